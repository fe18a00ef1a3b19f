// Where the note goes (src/content/placement.ts): beside its sentence, never
// over it, within the window however narrow.
import { describe, expect, it } from "vitest";
import { GAP, MARGIN, MIN_HEIGHT, placeNote, type Box } from "../../src/content/placement";

const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});
const covers = (
  p: { left: number; top: number },
  size: { width: number; height: number },
  s: Box,
) =>
  p.left < s.right &&
  s.left < p.left + size.width &&
  p.top < s.bottom &&
  s.top < p.top + size.height;

describe("placeNote", () => {
  const window = { width: 1280, height: 800 };
  const note = { width: 360, height: 220 };

  it("goes below the sentence, from the pointer, when there is room", () => {
    const sentence = box(100, 200, 800, 250);
    const p = placeNote(sentence, window, note, 400);
    expect(p).toEqual({
      side: "below",
      left: 384,
      top: 250 + GAP,
      maxHeight: 800 - MARGIN - 250 - GAP,
    });
    expect(covers(p, note, sentence)).toBe(false);
  });

  it("starts at the sentence's left without a pointer", () => {
    expect(placeNote(box(100, 200, 800, 250), window, note).left).toBe(84);
  });

  it("flips above a sentence near the bottom of the window", () => {
    const sentence = box(100, 700, 800, 740);
    const p = placeNote(sentence, window, note, 200);
    expect(p.side).toBe("above");
    expect(p.top + note.height).toBe(700 - GAP);
    expect(covers(p, note, sentence)).toBe(false);
  });

  it("with room on neither side, takes the roomier one and caps its height to it", () => {
    const sentence = box(20, 200, 380, 320);
    const tall = { width: 360, height: 600 };
    const p = placeNote(sentence, { width: 400, height: 700 }, tall);
    expect(p.side).toBe("below");
    expect(p.maxHeight).toBe(700 - MARGIN - 320 - GAP);
    expect(p.top).toBe(320 + GAP);
    expect(covers(p, { width: 360, height: p.maxHeight }, sentence)).toBe(false);
    const high = placeNote(box(20, 400, 380, 500), { width: 400, height: 700 }, tall);
    expect(high.side).toBe("above");
    expect(high.maxHeight).toBe(400 - GAP - MARGIN);
    expect(high.top).toBe(MARGIN);
    expect(high.top + high.maxHeight).toBe(400 - GAP);
  });

  it.each([
    ["a 400 px window", 400, 700],
    ["a 640 px window at 200% zoom", 320, 400],
  ])("fits %s: within its width, clear of the sentence", (_name, width, height) => {
    const narrow = { width: width - 2 * MARGIN, height: 180 };
    const sentence = box(10, 60, width - 10, 130);
    for (const x of [0, width / 2, width - 1]) {
      const p = placeNote(sentence, { width, height }, narrow, x);
      expect(p.left).toBeGreaterThanOrEqual(MARGIN);
      expect(p.left + narrow.width).toBeLessThanOrEqual(width - MARGIN);
      expect(p.top + Math.min(narrow.height, p.maxHeight)).toBeLessThanOrEqual(height - MARGIN);
      expect(covers(p, narrow, sentence)).toBe(false);
    }
  });

  it("keeps a usable height when the sentence fills the window, and stays inside it", () => {
    const p = placeNote(
      box(10, 5, 390, 690),
      { width: 400, height: 700 },
      { width: 360, height: 300 },
    );
    expect(p.maxHeight).toBe(MIN_HEIGHT);
    expect(p.top).toBeGreaterThanOrEqual(MARGIN);
    expect(p.top + MIN_HEIGHT).toBeLessThanOrEqual(700 - MARGIN);
  });
});
