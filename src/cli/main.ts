// mesocheck [--json] [--force] [--lang en|ru] <file.html | file.txt | ->
import { readFileSync, readSync, statSync } from "node:fs";
import { ClaimsError } from "../engine/claims";
import { createChecker, type CheckResult } from "../engine/engine";
import type { Lang } from "../engine/schema";
import { CAP_NOTE, decode, InputError, MAX_INPUT_BYTES, readPage } from "./input";
import { loadClaims } from "./load-claims";
import { CliOutput } from "./output";

const USAGE = "usage: mesocheck [--json] [--force] [--lang en|ru] <file.html | file.txt | ->";

interface Args {
  json: boolean;
  force: boolean;
  lang?: Lang;
  file: string;
}

class UsageError extends Error {}

export function parseArgs(argv: string[]): Args | "help" {
  const args: Partial<Args> = { json: false, force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") return "help";
    else if (a === "--json") args.json = true;
    else if (a === "--force") args.force = true;
    else if (a === "--lang" || a.startsWith("--lang=")) {
      const value = a === "--lang" ? argv[++i] : a.slice("--lang=".length);
      if (value !== "en" && value !== "ru") throw new UsageError(`--lang takes en or ru, not ${value ?? "nothing"}`);
      args.lang = value;
    } else if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option ${a}`);
    else if (args.file !== undefined) throw new UsageError(`one input at a time (got ${args.file} and ${a})`);
    else args.file = a;
  }
  if (args.file === undefined) throw new UsageError("no input: give a file, or - for stdin");
  return args as Args;
}

const tooLarge = (name: string) => new InputError(`${name}: too large (over ${MAX_INPUT_BYTES / 1024 / 1024} MB)`);

/** Standard input, read in chunks and refused once past the size limit rather than held whole. */
function readStdin(): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      // A non-blocking stdin with nothing yet: wait for it rather than fail.
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === "EOF") break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) throw tooLarge("stdin");
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function readInput(file: string): string {
  let bytes: Uint8Array;
  try {
    if (file !== "-" && statSync(file).size > MAX_INPUT_BYTES) throw tooLarge(file);
    bytes = file === "-" ? readStdin() : readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new InputError(`${file}: ${why}`);
  }
  return decode(bytes, file === "-" ? "stdin" : file);
}

function formatForPeople(result: CheckResult, sourceTitles: Map<string, string>): string {
  const { about, findings } = result;
  const lines = [`About mesotherapy: ${about.mesotherapy ? "yes" : "no"} (language ${about.lang}, score ${about.score})`];
  if (!about.mesotherapy && !findings.length) lines.push("Not checked: the page is not about mesotherapy (use --force to check it anyway).");
  for (const f of findings) {
    lines.push("", `[${f.verdict === "contradicted" ? "CONTRADICTED" : "DISPUTED"}] ${f.claim}: ${f.assertion}`, `  "${f.text}"`);
    for (const e of f.evidence) lines.push(`  - ${e.stance === "asserts" ? "agrees" : "disagrees"}: "${e.quote}" (${sourceTitles.get(e.source) ?? e.source})`);
    lines.push(`  Note: ${f.note}`);
  }
  lines.push("", `${findings.length} finding${findings.length === 1 ? "" : "s"}. MesoCheck is an aid to reading, not medical advice.`);
  return lines.join("\n");
}

export function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    if (args === "help") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const text = readInput(args.file);
    const db = loadClaims();
    const page = readPage(text);
    const result = createChecker(db).check(page.blocks, { force: args.force, lang: args.lang, signals: page.signals });
    // The cap is said on stderr, so --json output stays one object.
    if (page.truncated) process.stderr.write(`mesocheck: note: ${CAP_NOTE}\n`);
    if (args.json) process.stdout.write(`${JSON.stringify(CliOutput.parse({ ...result, ...(page.truncated && { truncated: true }) }))}\n`);
    else process.stdout.write(`${formatForPeople(result, new Map(db.sources.map((s) => [s.file, s.title])))}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) process.stderr.write(`mesocheck: ${e.message}\n${USAGE}\n`);
    else if (e instanceof InputError || e instanceof ClaimsError) process.stderr.write(`mesocheck: ${e.message}\n`);
    else process.stderr.write(`mesocheck: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    return 2;
  }
}
