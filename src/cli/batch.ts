// mesocheck --jsonl: one JSON document a line in, one JSON line out, in input
// order, checked by a pool of worker threads. Memory stays bounded whatever
// the input's size: the input is read only as fast as lines are checked and
// written. Lines read and not yet written (waiting, being checked, or checked
// and waiting for an earlier line) are at most WINDOW_PER_WORKER a worker and
// MAX_HELD_BYTES (their text until checked, then their output line), and a
// line over the size cap is skipped, not held.
import { createReadStream, statSync } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { Worker } from "node:worker_threads";
import { errorLine, type BatchJob, type BatchOptions, type BatchReply } from "./batch-worker";
import { fileError, InputError, MAX_INPUT_BYTES } from "./input";
import { WORKER_ARG } from "./worker-arg";

const WINDOW_PER_WORKER = 16;
const MAX_HELD_BYTES = 64 * 1024 * 1024;
/** Each worker's heap, whatever the main thread's: a 32 MB page needs under half of it. A document that exhausts it is an error line. */
export const WORKER_HEAP_MB = 512;
export const LINE_TOO_LARGE = `line too large (over ${MAX_INPUT_BYTES / 1024 / 1024} MB)`;

export type InputLine = { line: number; text: string } | { line: number; error: string };

/** Lines of a byte stream, decoded as UTF-8; a line longer than maxBytes is reported, its bytes dropped as they come. */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  maxBytes: number,
): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let line = 0;
  const take = (): InputLine => {
    line++;
    if (overflow) return { line, error: LINE_TOO_LARGE };
    let text = Buffer.concat(parts, length).toString("utf8");
    if (text.endsWith("\r")) text = text.slice(0, -1);
    if (line === 1 && text.startsWith("\uFEFF")) text = text.slice(1);
    return { line, text };
  };
  const add = (piece: Buffer) => {
    if (overflow || !piece.length) return;
    if (length + piece.length > maxBytes) {
      overflow = true;
      parts = [];
      return;
    }
    parts.push(piece);
    length += piece.length;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      add(chunk.subarray(from, nl));
      yield take();
      parts = [];
      length = 0;
      overflow = false;
      from = nl + 1;
    }
    // Copied: the stream may reuse its buffer.
    if (from < chunk.length) add(Buffer.from(chunk.subarray(from)));
  }
  if (length || overflow) yield take();
}

function openInput(file: string): AsyncIterable<Buffer> {
  if (file === "-") return process.stdin;
  try {
    if (statSync(file).isDirectory())
      throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
  } catch (e) {
    throw fileError(file, e);
  }
  return createReadStream(file, { highWaterMark: 1 << 20 });
}

interface Slot {
  worker: Worker | null;
  /** Jobs sent and not answered, oldest first: a worker answers in order. */
  jobs: BatchJob[];
}

export interface BatchArgs extends BatchOptions {
  file: string;
  workers: number;
}

/** 0 when every line was checked and written, 1 when some were errors or the output was closed early. Throws InputError when the input cannot be read. */
export async function runBatch(
  args: BatchArgs,
  workerScript: URL,
  out: Writable = process.stdout,
): Promise<number> {
  const input = openInput(args.file);
  const options: BatchOptions = { force: args.force, lang: args.lang };
  const slots: Slot[] = [];
  const results = new Map<number, BatchReply>();
  const sizes = new Map<number, number>();
  let nextOut = 0;
  let held = 0;
  let heldBytes = 0;
  let errors = 0;
  let closing = false;
  let drained: Promise<unknown> | null = null;
  let wake: (() => void) | null = null;
  // The reader went away (`mesocheck --jsonl big.jsonl | head`): stop quietly.
  let outputClosed = false;
  const onOutputError = () => {
    outputClosed = true;
    wake?.();
  };
  out.on("error", onOutputError);

  const flush = () => {
    for (let r = results.get(nextOut); r && !outputClosed; r = results.get(nextOut)) {
      results.delete(nextOut++);
      held--;
      heldBytes -= r.out.length;
      if (!out.write(`${r.out}\n`))
        drained ??= once(out, "drain").then(() => (drained = null), onOutputError);
    }
  };
  const finish = (reply: BatchReply) => {
    if (!reply.ok) errors++;
    heldBytes += reply.out.length - (sizes.get(reply.seq) ?? 0);
    sizes.delete(reply.seq);
    results.set(reply.seq, reply);
    flush();
    wake?.();
  };

  const spawn = (slot: Slot) => {
    const worker = new Worker(workerScript, {
      argv: [WORKER_ARG],
      workerData: { batch: options },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let crash = "";
    worker.on("message", (reply: BatchReply) => {
      slot.jobs.splice(
        slot.jobs.findIndex((j) => j.seq === reply.seq),
        1,
      );
      finish(reply);
    });
    worker.on("error", (e) => (crash = e.message));
    worker.on("exit", (code) => {
      slot.worker = null;
      if (closing) return;
      // The oldest job was being checked when the worker died: it gets the
      // error line; the others it held are sent again, to a new worker.
      const [culprit, ...rest] = slot.jobs;
      slot.jobs = [];
      if (culprit)
        finish({
          seq: culprit.seq,
          ok: false,
          out: errorLine(
            culprit.line,
            `internal error: ${crash || `worker exited with code ${code}`}`,
          ),
        });
      for (const job of rest) dispatch(job);
    });
    slot.worker = worker;
  };

  /** To the least busy worker; a new one while there are fewer than asked for and all are busy. */
  function dispatch(job: BatchJob) {
    let slot = slots.reduce<Slot | undefined>(
      (best, s) => (!best || s.jobs.length < best.jobs.length ? s : best),
      undefined,
    );
    if (!slot || (slot.jobs.length && slots.length < args.workers))
      slots.push((slot = { worker: null, jobs: [] }));
    if (!slot.worker) spawn(slot);
    slot.jobs.push(job);
    slot.worker!.postMessage(job);
  }

  const until = async (ready: () => boolean) => {
    while (!ready()) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
  };

  let reading = true;
  try {
    let seq = 0;
    for await (const item of splitLines(input, MAX_INPUT_BYTES)) {
      if (outputClosed) break;
      const job = { seq: seq++, ...item };
      const bytes = "text" in job ? job.text.length : 0;
      await until(
        () =>
          outputClosed ||
          (held < args.workers * WINDOW_PER_WORKER &&
            (held === 0 || heldBytes + bytes <= MAX_HELD_BYTES)),
      );
      held++;
      heldBytes += bytes;
      sizes.set(job.seq, bytes);
      if ("error" in job) finish({ seq: job.seq, ok: false, out: errorLine(job.line, job.error) });
      else dispatch(job);
      if (drained) await drained;
    }
    reading = false;
    await until(() => outputClosed || held === 0);
    if (drained) await drained;
  } catch (e) {
    // Only reading can throw here: writing errors are events (onOutputError).
    throw e instanceof InputError || !reading
      ? e
      : fileError(args.file === "-" ? "stdin" : args.file, e);
  } finally {
    closing = true;
    await Promise.all(slots.map((s) => s.worker?.terminate()));
  }
  return errors || outputClosed ? 1 : 0;
}
