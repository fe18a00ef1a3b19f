// Batch mode, in a worker thread: one input line in, one output line out.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { ClaimsDb } from "../engine/claims";
import { createChecker, type Checker } from "../engine/engine";
import type { Lang } from "../engine/schema";
import { toCliOutput } from "./format";
import { readHtml } from "./html-page";
import { readText } from "./input";

export interface BatchOptions {
  force: boolean;
  lang?: Lang;
}

/** What the main thread sends a worker: the line's place in the output, its number in the input, its text. */
export interface BatchJob {
  seq: number;
  line: number;
  text: string;
}

export interface BatchReply {
  seq: number;
  ok: boolean;
  out: string;
}

export const errorLine = (line: number, error: string) => JSON.stringify({ line, error });

/**
 * For tests only: MESOCHECK_TEST_FAIL="throw:<url>" makes the check of the
 * document with that url throw; "exit:<url>" makes the worker thread exit
 * mid-document, as a crash would. Unset, it costs one comparison a document.
 */
function failureHook(): (url: string) => void {
  const spec = process.env.MESOCHECK_TEST_FAIL;
  const colon = spec?.indexOf(":") ?? -1;
  if (!spec || colon < 0) return () => {};
  const how = spec.slice(0, colon);
  const target = spec.slice(colon + 1);
  return (url) => {
    if (url !== target) return;
    if (how === "exit") process.exit(70);
    throw new Error("injected failure (MESOCHECK_TEST_FAIL)");
  };
}

/** One line of input: `{"url", "html"}` or `{"url", "text"}`. Anything else, or a check that throws, is an error line. */
export function checkLine(
  job: BatchJob,
  checker: Checker,
  options: BatchOptions,
  hook: (url: string) => void = () => {},
): BatchReply {
  const error = (message: string): BatchReply => ({
    seq: job.seq,
    ok: false,
    out: errorLine(job.line, message),
  });
  if (!job.text.trim()) return error("empty line");
  let doc: unknown;
  try {
    doc = JSON.parse(job.text);
  } catch (e) {
    return error(`not JSON (${(e as Error).message})`);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    return error("not a JSON object");
  const { url, html, text } = doc as Record<string, unknown>;
  if (typeof url !== "string") return error('"url" must be a string');
  if ((typeof html === "string") === (typeof text === "string"))
    return error('give one of "html" or "text", as a string');
  try {
    hook(url);
    const page = typeof html === "string" ? readHtml(html) : readText(text as string);
    const result = checker.check(page.blocks, {
      force: options.force,
      lang: options.lang,
      signals: page.signals,
    });
    return {
      seq: job.seq,
      ok: true,
      out: JSON.stringify({ url, ...toCliOutput(result, page.truncated) }),
    };
  } catch (e) {
    return error(`internal error: ${(e as Error)?.message ?? String(e)}`);
  }
}

/** Whether this is a worker thread (one started with WORKER_ARG may still be the main thread, if someone typed it). */
export const inWorker = (): boolean => !isMainThread;

/** The worker thread's side: check each job as it comes, in order. */
export function serveBatch(db: ClaimsDb): void {
  const port = parentPort!;
  const options = (workerData as { batch: BatchOptions }).batch;
  const checker = createChecker(db);
  const hook = failureHook();
  port.on("message", (job: BatchJob) => port.postMessage(checkLine(job, checker, options, hook)));
}
