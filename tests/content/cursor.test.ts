// Next / previous among the page's findings (src/content/cursor.ts).
import { describe, expect, it } from "vitest";
import { FindingCursor, stepIndex } from "../../src/content/cursor";

describe("stepIndex", () => {
  const tops = [-900, -300, 120, 480, 1400];
  const height = 800;

  it("from the current finding, steps one on or back, wrapping round", () => {
    expect(stepIndex(5, 2, "next", tops, height)).toBe(3);
    expect(stepIndex(5, 4, "next", tops, height)).toBe(0);
    expect(stepIndex(5, 2, "previous", tops, height)).toBe(1);
    expect(stepIndex(5, 0, "previous", tops, height)).toBe(4);
  });

  it("with none current, starts from the window: next is the first at or below its top, previous the last above its bottom", () => {
    expect(stepIndex(5, -1, "next", tops, height)).toBe(2);
    expect(stepIndex(5, -1, "previous", tops, height)).toBe(3);
  });

  it("with every finding above (or below) the window, wraps to the first (or last)", () => {
    expect(stepIndex(3, -1, "next", [-500, -400, -10], height)).toBe(0);
    expect(stepIndex(3, -1, "previous", [900, 1000, 1200], height)).toBe(2);
  });

  it("finds nothing on a page without findings", () => {
    expect(stepIndex(0, -1, "next", [], height)).toBe(-1);
    expect(stepIndex(0, -1, "previous", [], height)).toBe(-1);
  });
});

describe("FindingCursor", () => {
  it("walks ids in the order given, with each one's place, and goes on from a finding shown by other means", () => {
    const cursor = new FindingCursor();
    const ids = [7, 3, 9, 4];
    const tops = [10, 200, 400, 600];
    const walk = (d: "next" | "previous") => cursor.step(ids, d, tops, 800);
    expect([walk("next"), walk("next"), walk("previous"), walk("previous")]).toEqual([
      { id: 7, index: 0 },
      { id: 3, index: 1 },
      { id: 7, index: 0 },
      { id: 4, index: 3 },
    ]);
    cursor.set(9);
    expect(walk("next")).toEqual({ id: 4, index: 3 });
    expect(cursor.current).toBe(4);
  });

  it("when the current finding has gone, starts again from the window", () => {
    const cursor = new FindingCursor();
    cursor.set(5);
    expect(cursor.step([1, 2, 3], "next", [-100, 50, 300], 800)).toEqual({ id: 2, index: 1 });
  });

  it("lands nowhere on a page without findings", () => {
    const cursor = new FindingCursor();
    expect(cursor.step([], "next", [], 800)).toBeUndefined();
    expect(cursor.current).toBeUndefined();
  });
});
