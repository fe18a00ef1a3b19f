// The tasks of a page's main thread, read from a DevTools protocol trace.

/** One task of the page's main thread: its wall-clock length, and the CPU time the thread spent in it. */
export interface PageTask {
  ms: number;
  cpuMs: number;
}

/** Tasks shorter than this, in wall-clock time and in CPU time, are not reported. */
const REPORTED_TASK_MS = 50;

/** Trace events of the kind the DevTools protocol reports (only the fields read here). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frames?: Array<{ url?: string; processId?: number }> } };
}

/**
 * The tasks of a page's main thread (renderer process) in a trace, those that
 * reached REPORTED_TASK_MS in wall-clock or CPU time.
 */
export function pageTasks(events: readonly TraceEvent[], url: string): PageTask[] {
  const pids = new Set<number>();
  for (const e of events)
    if (e.name === "TracingStartedInBrowser")
      for (const f of e.args?.data?.frames ?? [])
        if (f.url === url && f.processId !== undefined) pids.add(f.processId);
  const mainThreads = new Set(
    events
      .filter(
        (e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && pids.has(e.pid),
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  if (!mainThreads.size) throw new Error(`no renderer main thread of ${url} in the trace`);
  const tasks: PageTask[] = [];
  for (const e of events) {
    if (e.name !== "RunTask" || e.ph !== "X" || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    const ms = (e.dur ?? 0) / 1000;
    const cpuMs = (e.tdur ?? 0) / 1000;
    if (ms >= REPORTED_TASK_MS || cpuMs >= REPORTED_TASK_MS)
      tasks.push({ ms: Math.round(ms), cpuMs: Math.round(cpuMs) });
  }
  return tasks;
}
