// The messages a page's blocks travel in: in order, none lost, each within both limits.
import { describe, expect, it } from "vitest";
import { FIRST_PART_CHARS, PartCutter, partsOf } from "../../src/content/parts";
import type { TextBlock } from "../../src/dom/blocks";
import { topicText } from "../../src/engine/topic";

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

describe("the first part", () => {
  it("ends once it holds what the topic is read from, the whole page's opening", () => {
    const blocks = Array.from({ length: 400 }, (_, i) =>
      block(`Paragraph ${i}. `.padEnd(150, "x")),
    );
    const parts = partsOf(blocks, undefined, undefined, FIRST_PART_CHARS);
    expect(parts.flat()).toEqual(blocks);
    const texts = blocks.map((b) => b.text);
    const firstTexts = parts[0]!.map((b) => b.text);
    // The first part's topic text is the whole page's, and no block more is in it.
    expect(topicText(firstTexts)).toBe(topicText(texts));
    expect(topicText(firstTexts)).toBe(firstTexts.join("\n"));
    expect(parts[0]!.length).toBeLessThan(blocks.length / 2);
    // Later parts are cut at the usual limits only.
    expect(parts).toHaveLength(2);
  });

  it("is not cut after a block that asks a question: its answer may open the next", () => {
    const cutter = new PartCutter({ firstChars: 10 });
    expect(cutter.add(block("Does mesotherapy hurt at all? "))).toBeNull();
    expect(cutter.add(block("No, not at all."))).toBeNull();
    expect(cutter.add(block("More text follows here."))?.map((b) => b.text)).toEqual([
      "Does mesotherapy hurt at all? ",
      "No, not at all.",
    ]);
    // Only the first part ends early.
    expect(cutter.add(block("And more."))).toBeNull();
    expect(cutter.end()?.map((b) => b.text)).toEqual(["More text follows here.", "And more."]);
  });

  it("ends as the other parts do when the page's opening is short", () => {
    const cutter = new PartCutter({ firstChars: 1000 });
    expect(cutter.add(block("One."))).toBeNull();
    expect(cutter.end()?.map((b) => b.text)).toEqual(["One."]);
    // Nothing left after a part: no empty part.
    const cut = new PartCutter({ maxBlocks: 1 });
    cut.add(block("a"));
    expect(cut.add(block("b"))?.map((b) => b.text)).toEqual(["a"]);
    expect(cut.end()?.map((b) => b.text)).toEqual(["b"]);
    expect(new PartCutter().end()).toEqual([]);
  });
});
