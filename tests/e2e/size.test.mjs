// Size gate: the gzip total of everything the first visit downloads (the service worker
// precaches all of dist/) must stay within the budget in size-budget.txt.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test("the first load stays within the gzip size budget", () => {
  const budget = Number(readFileSync("size-budget.txt", "utf8").match(/^\d+/m)[0]);
  const sizes = files("dist").map((path) => [path, gzipSync(readFileSync(path), { level: 9 }).length]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  assert.ok(total <= budget, `first load is ${total} B gzip, over the ${budget} B budget:\n` +
    sizes.map(([path, size]) => `  ${path}: ${size} B`).join("\n"));
});
