// mesocheck [--json] [--force] [--lang en|ru] <file.html | file.txt | ->
// mesocheck --jsonl [--workers N] [--force] [--lang en|ru] [FILE | -]
import { readFileSync, readSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { ClaimsDb } from "../engine/claims";
import { createChecker } from "../engine/engine";
import type { Lang } from "../engine/schema";
import { formatForPeople, toCliOutput } from "./format";
import { looksLikeHtml } from "../dom/sniff";
import {
  CAP_NOTE,
  decode,
  fileError,
  InputError,
  MAX_INPUT_BYTES,
  readText,
  type Page,
} from "./input";

// One line, so a bad option costs two lines of stderr.
const USAGE =
  "usage: mesocheck [--json] [--force] [--lang en|ru] <file.html | file.txt | ->, or mesocheck --jsonl [--workers N] [--force] [--lang en|ru] [file.jsonl | -]";

export interface Args {
  json: boolean;
  force: boolean;
  lang?: Lang;
  file: string;
  /** Batch mode: one JSON document a line in, one JSON line out. */
  jsonl: boolean;
  workers: number;
}

class UsageError extends Error {}

/** Where main() gets what it cannot carry itself: the claims, and (batch mode) the script a worker thread runs. */
export interface CliEnv {
  loadDb: () => ClaimsDb;
  workerScript: URL;
}

const MAX_WORKERS = 256;

export function parseArgs(argv: string[]): Args | "help" {
  const args: Partial<Args> = { json: false, force: false, jsonl: false };
  let workers: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") return "help";
    else if (a === "--json") args.json = true;
    else if (a === "--force") args.force = true;
    else if (a === "--lang" || a.startsWith("--lang=")) {
      const value = a === "--lang" ? argv[++i] : a.slice("--lang=".length);
      if (value !== "en" && value !== "ru")
        throw new UsageError(`--lang takes en or ru, not ${value ?? "nothing"}`);
      args.lang = value;
    } else if (a === "--jsonl") args.jsonl = true;
    else if (a === "--workers" || a.startsWith("--workers=")) {
      const value = a === "--workers" ? argv[++i] : a.slice("--workers=".length);
      workers = Number(value);
      if (!/^\d+$/.test(value ?? "") || workers < 1 || workers > MAX_WORKERS)
        throw new UsageError(
          `--workers takes a whole number from 1 to ${MAX_WORKERS}, not ${value ?? "nothing"}`,
        );
    } else if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option ${a}`);
    else if (args.file !== undefined)
      throw new UsageError(`one input at a time (got ${args.file} and ${a})`);
    else args.file = a;
  }
  if (workers !== undefined && !args.jsonl) throw new UsageError("--workers goes with --jsonl");
  if (args.jsonl) {
    args.file ??= "-";
    args.workers = workers ?? availableParallelism();
  } else if (args.file === undefined) throw new UsageError("no input: give a file, or - for stdin");
  return args as Args;
}

const tooLarge = (name: string) =>
  new InputError(`${name}: too large (over ${MAX_INPUT_BYTES / 1024 / 1024} MB)`);

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
    throw fileError(file, e);
  }
  return decode(bytes, file === "-" ? "stdin" : file);
}

/** The exit code: 0 checked, 2 a bad option or input; batch mode: 0 every line checked, 1 some lines were errors. */
export function main(argv: string[], env: CliEnv): number | Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === "help") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    // Batch mode's module, and node:worker_threads with it, is loaded only for a batch.
    if (args.jsonl)
      return import("./batch").then((b) => b.runBatch(args, env.workerScript)).catch(fail);
    const text = readInput(args.file);
    // linkedom is loaded for HTML only: plain text is spared its evaluation.
    if (looksLikeHtml(text))
      return import("./html-page").then((p) => report(args, env, p.readHtml(text))).catch(fail);
    return report(args, env, readText(text));
  } catch (e) {
    return fail(e);
  }
}

function report(args: Args, env: CliEnv, page: Page): number {
  const db = env.loadDb();
  const result = createChecker(db).check(page.blocks, {
    force: args.force,
    lang: args.lang,
    signals: page.signals,
  });
  // The cap is said on stderr, so --json output stays one object.
  if (page.truncated) process.stderr.write(`mesocheck: note: ${CAP_NOTE}\n`);
  if (args.json) process.stdout.write(`${JSON.stringify(toCliOutput(result, page.truncated))}\n`);
  else
    process.stdout.write(
      `${formatForPeople(result, new Map(db.sources.map((s) => [s.file, s.title])))}\n`,
    );
  return 0;
}

/** One line on stderr (and the usage after a bad option), exit code 2. */
function fail(e: unknown): number {
  if (e instanceof UsageError) process.stderr.write(`mesocheck: ${e.message}\n${USAGE}\n`);
  // By name: the bundle embeds the claims and does not load their validation (src/engine/claims.ts).
  else if (e instanceof InputError || (e instanceof Error && e.name === "ClaimsError"))
    process.stderr.write(`mesocheck: ${e.message}\n`);
  else process.stderr.write(`mesocheck: internal error: ${(e as Error)?.message ?? String(e)}\n`);
  return 2;
}
