// Serves a build through nginx with the production config (deploy/nginx/), on 127.0.0.1, in
// the foreground, as whoever runs it: `make serve`, the e2e tests and `make bench`. Each
// server gets a folder of its own for the config (deploy/nginx/loopback.conf filled in),
// the CSP map of the build it serves, its pid file and temp folders; it is removed on stop.
// Usage: node tools/nginx.mjs [dir] [port]   (defaults: dist 8080; 0 = any free port)
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { nginxCspMap } from "./headers.mjs";

/** Debian's (tools/install.sh serve), with its brotli_static module (deploy/nginx/loopback.conf). */
export const NGINX = "/usr/sbin/nginx";
const DEPLOY = fileURLToPath(new URL("../deploy/nginx", import.meta.url));

/** A port nobody listens on now (nginx, unlike Node, cannot say which one port 0 gave). */
async function freePort() {
  const probe = createServer().listen(0, "127.0.0.1");
  await new Promise((done) => probe.once("listening", done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

/** Runs nginx for `dir` on `port`; resolves once it listens (its pid file is written after). */
async function run(dir, port) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run \`tools/install.sh serve\` (make serve and make test do)`);
  const prefix = mkdtempSync(join(tmpdir(), "repere-nginx-"));
  const config = readFileSync(join(DEPLOY, "loopback.conf"), "utf8")
    .replaceAll("@PREFIX@", prefix)
    .replaceAll("@PORT@", String(port))
    .replaceAll("@ROOT@", resolve(dir))
    // Run as root (CI), nginx would start its workers as nobody, who cannot read a build
    // copied into a private temp folder (the e2e update test): they stay the caller.
    .replace("@USER@", process.getuid?.() === 0 ? "user root;" : "");
  writeFileSync(join(prefix, "nginx.conf"), config);
  writeFileSync(join(prefix, "repere-csp.conf"), nginxCspMap(dir));
  symlinkSync(DEPLOY, join(prefix, "repere"));

  const child = spawn(NGINX, ["-p", prefix, "-c", join(prefix, "nginx.conf"), "-e", "stderr"], {
    stdio: ["ignore", "inherit", "pipe"],
  });
  let errors = "";
  const collect = (chunk) => (errors += chunk);
  child.stderr.on("data", collect);
  const exited = new Promise((done) => child.once("exit", done));
  const removePrefix = () => rmSync(prefix, { recursive: true, force: true });
  // A test or a bench that throws must not leave nginx running, nor its folder.
  const killOnExit = () => {
    child.kill();
    removePrefix();
  };
  process.once("exit", killOnExit);
  const cleanUp = () => {
    process.off("exit", killOnExit);
    removePrefix();
  };

  const pidFile = join(prefix, "nginx.pid");
  const running = () => child.exitCode === null && child.signalCode === null;
  const started = (async () => {
    while (running() && !(existsSync(pidFile) && Number(readFileSync(pidFile, "utf8")) === child.pid)) {
      await new Promise((done) => setTimeout(done, 20));
    }
  })();
  await Promise.race([started, exited]);
  if (!running()) {
    cleanUp();
    const error = new Error(`nginx (${NGINX}) exited with ${(await exited) ?? "a signal"} before serving ${dir}:\n${errors}`);
    error.portTaken = errors.includes("Address already in use");
    throw error;
  }
  child.stderr.off("data", collect);
  process.stderr.write(errors);
  child.stderr.pipe(process.stderr);
  return {
    origin: `http://127.0.0.1:${port}`,
    exited,
    async stop() {
      if (running()) child.kill();
      await exited;
      cleanUp();
    },
  };
}

/**
 * Serves `dir` on 127.0.0.1:`port`, or on a free port if `port` is 0; resolves to
 * `{ origin, exited, stop }` (stop resolves once nginx is gone).
 */
export async function startNginx(dir, port = 0) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(dir, port || (await freePort()));
    } catch (error) {
      // Another program took the free port between the probe and nginx: take another.
      if (port || !error.portTaken || attempt === 5) throw error;
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = "dist", port = "8080"] = process.argv.slice(2);
  const server = await startNginx(dir, Number(port));
  console.log(`Repère on ${server.origin}/ (nginx, serving ${resolve(dir)}; Ctrl-C stops it)`);
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      stopping = true;
      server.stop().then(() => process.exit(0));
    });
  }
  const code = await server.exited;
  if (!stopping) {
    console.error(`nginx stopped on its own (${code})`);
    process.exit(1);
  }
}
