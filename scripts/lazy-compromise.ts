// compromise as a module evaluated on its first call, for both bundles: the
// CLI's (esbuild, scripts/build-cli.ts) and the extension's background (Vite,
// wxt.config.ts). Evaluating compromise builds its lexicon, which was most of
// a waking service worker's time before the first page's highlights; the
// engine calls it only for an English sentence that spells a number out.
// Its one-file CommonJS build, which needs nothing else, becomes the body of
// a function: build-time code, no eval.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The source of a module whose default export calls compromise, evaluating it on the first call. */
export function lazyCompromiseSource(): string {
  const file = createRequire(import.meta.url).resolve("compromise");
  if (!file.endsWith(".cjs"))
    throw new Error(`lazyCompromise: expected compromise's CommonJS build, got ${file}`);
  return [
    "let nlp;",
    "function load() {",
    "  const module = { exports: {} };",
    "  const exports = module.exports;",
    readFileSync(file, "utf8"),
    "  return module.exports;",
    "}",
    "export default function lazyNlp(...args) {",
    "  nlp ??= load();",
    "  return nlp(...args);",
    "}",
  ].join("\n");
}
