import { describe, expect, it } from "vitest";
import { pageTasks, type TraceEvent } from "../../scripts/page-tasks";

const URL = "http://127.0.0.1:1234/hostile-huge.html";
const started: TraceEvent = {
  name: "TracingStartedInBrowser",
  ph: "I",
  pid: 1,
  tid: 1,
  args: {
    data: {
      frames: [
        { url: URL, processId: 10 },
        { url: "http://127.0.0.1:1234/other.html", processId: 20 },
      ],
    },
  },
};
const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: "thread_name",
  ph: "M",
  pid,
  tid,
  args: { name },
});
const task = (pid: number, tid: number, ms: number, cpuMs: number): TraceEvent => ({
  name: "RunTask",
  ph: "X",
  pid,
  tid,
  dur: ms * 1000,
  tdur: cpuMs * 1000,
});

describe("pageTasks", () => {
  it("reports the page's main-thread tasks that reached 50 ms, in wall-clock or CPU time", () => {
    const events = [
      started,
      thread(10, 1, "CrRendererMain"),
      thread(10, 2, "Compositor"),
      thread(20, 1, "CrRendererMain"),
      task(10, 1, 80, 30), // waited for a core: long on the wall clock only
      task(10, 1, 40, 40), // short either way
      task(10, 1, 61.4, 55.6),
      task(10, 2, 200, 200), // the page's compositor thread, not its main thread
      task(20, 1, 300, 300), // another page's renderer
      { ...task(10, 1, 90, 90), ph: "B" }, // not a complete event
    ];
    expect(pageTasks(events, URL)).toEqual([
      { ms: 80, cpuMs: 30 },
      { ms: 61, cpuMs: 56 },
    ]);
  });

  it("fails when the page's renderer is not in the trace, rather than report no task", () => {
    expect(() => pageTasks([started, thread(20, 1, "CrRendererMain")], URL)).toThrow(
      /no renderer main thread/,
    );
  });
});
