// The entry of the CLI bundle (dist/mesocheck.cjs, built by scripts/build-cli.ts
// and started by bin/mesocheck.js): the command on the main thread, batch
// mode's checker in a worker thread. The claims database is embedded by the
// build, validated and compiled.
import { db } from "mesocheck:claims";
import { main } from "./main";
import { WORKER_ARG } from "./worker-arg";

/** `bin` is the script a batch worker thread starts: bin/mesocheck.js, which loads this bundle again. */
export function run(bin: URL): void {
  // Batch mode's worker threads are started with WORKER_ARG. Only they, and a
  // batch's main thread, load node:worker_threads (about 10 ms of a start).
  if (process.argv[2] === WORKER_ARG)
    void import("./batch-worker").then((w) => (w.inWorker() ? w.serveBatch(db()) : command(bin)));
  else command(bin);
}

function command(bin: URL): void {
  const code = main(process.argv.slice(2), { loadDb: db, workerScript: bin });
  if (typeof code === "number") process.exitCode = code;
  else void code.then((c) => (process.exitCode = c));
}
