// Builds the CLI as one file, dist/mesocheck.cjs (run by bin/mesocheck.js).
// `npm ci` runs it (the `prepare` script), so `npx mesocheck` works right
// after install. What start-up would otherwise pay for is done here, once:
// - the claims are read, validated and compiled now, and the compiled
//   database is embedded as JSON text (src/engine/serialize.ts): the bundle
//   reads no claims file and loads no zod;
// - compromise, which the engine calls only on English sentences that spell
//   a number out, stays in the bundle but is evaluated on its first call;
// - V8's code cache of the bundle is made by a run of it (dist/mesocheck.cache);
// - the bundle is ASCII only (asciiOnly), so bin/mesocheck.js reads it as Latin-1.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import ts from "typescript";
import { ClaimsError } from "../src/engine/claims";
import { loadClaims } from "../src/cli/load-claims";
import { embeddedClaims } from "../src/engine/embed";
import { lazyCompromiseSource } from "./lazy-compromise";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const BUNDLE = fileURLToPath(new URL("../dist/mesocheck.cjs", import.meta.url));
const CACHE = fileURLToPath(new URL("../dist/mesocheck.cache", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/mesocheck.js", import.meta.url));

/** `mesocheck:claims` (src/cli/claims-module.d.ts): the database, compiled. */
const embedClaims = (json: string): Plugin => ({
  name: "embed-claims",
  setup(b) {
    b.onResolve({ filter: /^mesocheck:claims$/ }, (args) => ({
      path: args.path,
      namespace: "claims",
    }));
    b.onLoad({ filter: /.*/, namespace: "claims" }, () => ({
      contents: `import { fromJson } from "./src/engine/serialize";\nlet decoded;\nexport const db = () => (decoded ??= fromJson(${JSON.stringify(json)}));\n`,
      loader: "js",
      resolveDir: ROOT,
    }));
  },
});

// The engine imports compromise at the top (src/engine/english.ts); here that
// import gets a module that evaluates it on its first call (scripts/lazy-compromise.ts).
const lazyCompromise: Plugin = {
  name: "lazy-compromise",
  setup(b) {
    b.onResolve({ filter: /^compromise$/ }, () => ({ path: "compromise", namespace: "lazy" }));
    b.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: lazyCompromiseSource(),
      loader: "js",
      resolveDir: ROOT,
    }));
  },
};

/**
 * The bundle's code with every non-ASCII character written as its \\uXXXX
 * escape. esbuild escapes them in strings and identifiers but leaves them in
 * regular expression literals (compromise's dashes and quotes, /[-\u2013]/),
 * where the escape means the same character, and in a tagged template's raw
 * text, where it would not: there it throws. An ASCII-only file can be read
 * as Latin-1, which Node does several times quicker than it decodes 3 MB of
 * UTF-8 (about 8 against 50 ms at each start, on the project's machine).
 */
export function asciiOnly(code: string): string {
  if (!/[^\0-\x7f]/.test(code)) return code;
  const file = ts.createSourceFile(
    "bundle.js",
    code,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.JS,
  );
  const visit = (node: ts.Node): void => {
    if (ts.isTemplateLiteralToken(node) && /[^\0-\x7f]/.test(node.getText(file)))
      throw new Error(
        `asciiOnly: a template literal holds a non-ASCII character: ${node.getText(file).slice(0, 80)}`,
      );
    ts.forEachChild(node, visit);
  };
  visit(file);
  return code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Throws ClaimsError, naming the file and the field, on a malformed claims database. */
export async function buildCli(): Promise<void> {
  const claims = embeddedClaims(loadClaims());
  rmSync(BUNDLE, { force: true });
  rmSync(CACHE, { force: true });
  mkdirSync(fileURLToPath(new URL("../dist/", import.meta.url)), { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL("../src/cli/run.ts", import.meta.url))],
    outfile: BUNDLE,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minify: true,
    legalComments: "none",
    plugins: [embedClaims(claims), lazyCompromise],
    logLevel: "warning",
  });
  writeFileSync(BUNDLE, asciiOnly(readFileSync(BUNDLE, "utf8")));
  // V8's code cache of the bundle, made by a run of the built CLI itself (so
  // with the Node and the flags it will run with) on both demo articles, one
  // page: what that run compiled is kept, and later starts skip compiling it.
  const demo = (name: string) =>
    readFileSync(fileURLToPath(new URL(`../examples/${name}`, import.meta.url)));
  const warm = spawnSync(process.execPath, [BIN, "--json", "--force", "-"], {
    input: Buffer.concat([demo("article-en.html"), demo("article-ru.html")]),
    env: { ...process.env, MESOCHECK_WRITE_CACHE: "1" },
    stdio: ["pipe", "ignore", "inherit"],
  });
  if (warm.status !== 0)
    throw new Error(`the built CLI failed on the demo articles (exit code ${warm.status})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await buildCli();
    const kb = (file: string) => `${(statSync(file).size / 1024).toFixed(0)} KB`;
    console.log(
      `mesocheck: built ${BUNDLE.slice(ROOT.length)} (${kb(BUNDLE)}) and its code cache (${kb(CACHE)})`,
    );
  } catch (e) {
    // A malformed claims file is named with its field, as `npm run build` does.
    console.error(e instanceof ClaimsError ? `claims: ${e.message}` : e);
    process.exit(1);
  }
}
