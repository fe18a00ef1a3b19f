// The messages a page's blocks travel in: in order, none lost, each within both limits.
import { describe, expect, it } from "vitest";
import { partsOf } from "../../src/content/parts";
import type { TextBlock } from "../../src/dom/blocks";

const block = (text: string): TextBlock => ({ text, segments: [] });
const texts = (parts: TextBlock[][]) => parts.map((p) => p.map((b) => b.text));

describe("partsOf", () => {
  it("keeps every block, in order, cutting at the block limit", () => {
    const blocks = ["a", "b", "c", "d", "e"].map(block);
    expect(texts(partsOf(blocks, 2, 1000))).toEqual([["a", "b"], ["c", "d"], ["e"]]);
  });

  it("cuts at the character limit, and a block over it travels alone", () => {
    const blocks = ["aaaa", "bbbb", "cc", "dddddddddd", "e"].map(block);
    expect(texts(partsOf(blocks, 100, 8))).toEqual([
      ["aaaa", "bbbb"],
      ["cc"],
      ["dddddddddd"],
      ["e"],
    ]);
  });

  it("gives one empty part for no blocks, so the page's state still starts afresh", () => {
    expect(partsOf([])).toEqual([[]]);
  });

  it("cuts 2,000,000 characters into parts of at most the default limit", () => {
    const blocks = Array.from({ length: 10_000 }, (_, i) => block(`${i}`.padEnd(200, "x")));
    const parts = partsOf(blocks);
    expect(parts.flat()).toHaveLength(10_000);
    for (const part of parts)
      expect(part.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(200_000);
    expect(parts.length).toBe(10);
  });
});
