/** The argument batch mode starts its worker threads with (src/cli/batch.ts), so that run.ts knows one without loading node:worker_threads. */
export const WORKER_ARG = "--mesocheck-batch-worker";
