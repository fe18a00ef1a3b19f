// Where the note goes: beside its sentence, never over it. Below the sentence
// when it fits there, else above it (near the bottom of the window), else on
// the roomier side with its height capped to that room (it scrolls inside);
// and within the window's width, however narrow or zoomed. Pure: rectangles in,
// a position out.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The most the note may be tall there; more scrolls inside it. */
  maxHeight: number;
  side: "below" | "above";
}

/** Between the sentence and the note. */
export const GAP = 6;
/** Between the note and the window's edges. */
export const MARGIN = 8;
/** Shorter than this, a note is no use: it may then cover part of a sentence taller than the window. */
export const MIN_HEIGHT = 96;

/**
 * `sentence`: the sentence's bounding box in the window; `viewport`: the
 * window's size (without scroll bars); `note`: the note's natural size;
 * `x`: where along the sentence the note starts (the pointer's x), else its left.
 */
export function placeNote(sentence: Box, viewport: Size, note: Size, x?: number): Placement {
  const below = viewport.height - MARGIN - (sentence.bottom + GAP);
  const above = sentence.top - GAP - MARGIN;
  const side = note.height <= below || (note.height > above && below >= above) ? "below" : "above";
  const room = Math.max(side === "below" ? below : above, MIN_HEIGHT);
  const height = Math.min(note.height, room);
  const wanted = side === "below" ? sentence.bottom + GAP : sentence.top - GAP - height;
  return {
    left: clamp((x ?? sentence.left) - 16, MARGIN, viewport.width - MARGIN - note.width),
    top: clamp(wanted, MARGIN, viewport.height - MARGIN - height),
    maxHeight: room,
    side,
  };
}

/** `value` within [low, high]; `low` when the range is empty (a window narrower than the note). */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}
