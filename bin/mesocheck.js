#!/usr/bin/env node
// Starts the CLI bundle, dist/mesocheck.cjs, which `npm ci` builds (the
// `prepare` script; again with `npm run build:cli`). The bundle is compiled
// through V8's code cache, dist/mesocheck.cache, made by the build: start-up
// then skips parsing and compiling most of it. A cache V8 refuses (another
// Node version, other V8 flags) is ignored and the bundle compiled as usual.
// CommonJS (bin/package.json): Node starts it without its ES module loader.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");
const { Script } = require("node:vm");

const dist = join(__dirname, "..", "dist");
const bundle = join(dist, "mesocheck.cjs");
const cache = join(dist, "mesocheck.cache");

let source;
try {
  // The build writes it in ASCII only: read as Latin-1, several times quicker than decoding UTF-8.
  source = readFileSync(bundle, "latin1");
} catch {
  process.stderr.write(
    "mesocheck: the CLI is not built: run `npm run build:cli` (npm ci does it)\n",
  );
  process.exit(2);
}
// The build (scripts/build-cli.ts) sets this on a run of the CLI, then keeps what V8 compiled in that run.
const writeCache = process.env.MESOCHECK_WRITE_CACHE === "1";
let cachedData;
if (!writeCache) {
  try {
    cachedData = readFileSync(cache);
  } catch {
    // No cache: the bundle is compiled from source, a little slower.
  }
}
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
  { filename: bundle, cachedData },
);
const bundled = { exports: {} };
script.runInThisContext()(bundled.exports, require, bundled, bundle, dist);
if (writeCache) process.on("exit", () => writeFileSync(cache, script.createCachedData()));
// Batch mode's worker threads start this same file.
bundled.exports.run(pathToFileURL(__filename));
