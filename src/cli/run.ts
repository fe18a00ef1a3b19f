// The entry of the CLI bundle (dist/mesocheck.cjs, built by scripts/build-cli.ts
// and started by bin/mesocheck.js): the command on the main thread, batch
// mode's checker in a worker thread. The claims database is embedded by the
// build, validated and compiled.
import { isMainThread } from "node:worker_threads";
import { db } from "mesocheck:claims";
import { serveBatch } from "./batch-worker";
import { main } from "./main";

/** `bin` is the script a batch worker thread starts: bin/mesocheck.js, which loads this bundle again. */
export function run(bin: URL): void {
  if (!isMainThread) return serveBatch(db());
  const code = main(process.argv.slice(2), { loadDb: db, workerScript: bin });
  if (typeof code === "number") process.exitCode = code;
  else void code.then((c) => (process.exitCode = c));
}
