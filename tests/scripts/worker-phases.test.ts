import { describe, expect, it } from "vitest";
import type { Protocol } from "puppeteer-core";
import { phaseOf, phases } from "../../bench/worker-phases";

describe("phaseOf", () => {
  it("tells the database's decoding from the engine's index, both under Checks.prepare", () => {
    expect(phaseOf(["(root)", "anon", "prepare", "eh", "Zm", "o"])).toBe("decode");
    expect(phaseOf(["(root)", "anon", "prepare", "prepare", "add"])).toBe("index");
  });

  it("names the check, the state's way out, garbage collection and the rest", () => {
    expect(phaseOf(["(root)", "anon", "check", "f", "ee"])).toBe("check");
    expect(phaseOf(["(root)", "anon", "send", "setAccessLevel"])).toBe("store and show");
    expect(phaseOf(["(root)", "(garbage collector)"])).toBe("garbage collector");
    expect(phaseOf(["(root)", "anon", "showTab"])).toBe("other");
  });
});

describe("phases", () => {
  const frame = (functionName: string) => ({
    functionName,
    scriptId: "1",
    url: "",
    lineNumber: 0,
    columnNumber: 0,
  });
  // root ─┬ prepare ─ prepare (index)
  //       │         └ Zm (decode)
  //       ├ check
  //       ├ (idle)
  //       └ (program)
  const profile: Protocol.Profiler.Profile = {
    nodes: [
      { id: 1, callFrame: frame("(root)"), children: [2, 5, 6, 7] },
      { id: 2, callFrame: frame("prepare"), children: [3, 4] },
      { id: 3, callFrame: frame("prepare") },
      { id: 4, callFrame: frame("Zm") },
      { id: 5, callFrame: frame("check") },
      { id: 6, callFrame: frame("(idle)") },
      { id: 7, callFrame: frame("(program)") },
    ],
    startTime: 0,
    endTime: 10_000,
    samples: [4, 4, 3, 5, 6, 7, 2],
    timeDeltas: [1000, 2000, 500, 4000, 9000, 9000, 250],
  };

  it("adds each sample's time, in ms, to its phase, leaving idle and (program) out", () => {
    expect(phases(profile)).toEqual({
      // The sample in Checks.prepare's own code is decoding too: the index is Engine.prepare's.
      decode: 3.25,
      index: 0.5,
      check: 4,
      "store and show": 0,
      "garbage collector": 0,
      other: 0,
    });
  });
});
