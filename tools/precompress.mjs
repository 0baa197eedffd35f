// Writes foo.br (brotli, quality 11) and foo.gz (gzip -9) beside each file of a build that
// they make smaller, for servers that send them as they are (nginx's brotli_static and
// gzip_static, deploy/nginx/repere.conf): the best compression, paid once at build time
// instead of at each request. tools/post-build.mjs runs it last, once every file is final.
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The compressed copies, which are not files of the build (nor precached, nor counted). */
export const PRECOMPRESSED = /\.(br|gz)$/;

const ENCODINGS = {
  br: (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  gz: (bytes) => gzipSync(bytes, { level: 9 }),
};

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Compresses every file of `dir` again; a copy that would not be smaller is removed. */
export function precompress(dir) {
  for (const path of filesUnder(dir).filter((path) => !PRECOMPRESSED.test(path))) {
    const bytes = readFileSync(path);
    for (const [extension, compress] of Object.entries(ENCODINGS)) {
      const packed = compress(bytes);
      if (packed.length < bytes.length) writeFileSync(`${path}.${extension}`, packed);
      else rmSync(`${path}.${extension}`, { force: true });
    }
  }
}
