// The reader's place among the page's findings, for "next" and "previous":
// the findings in page order, and the one last shown. Pure: ids and positions
// in, an id out.

export type Direction = "next" | "previous";

/**
 * The index a step lands on among `count` findings in page order. From the
 * current one (`current`, an index), the one after or before it, wrapping
 * round. With none current (or it went), from where the reader is: `tops` are
 * the findings' tops in the window, so "next" is the first at or below the
 * window's top, "previous" the last that starts above its bottom (`height`).
 * -1 when there is no finding.
 */
export function stepIndex(
  count: number,
  current: number,
  direction: Direction,
  tops: readonly number[],
  height: number,
): number {
  if (count === 0) return -1;
  if (current >= 0 && current < count)
    return direction === "next" ? (current + 1) % count : (current - 1 + count) % count;
  if (direction === "next") {
    const below = tops.findIndex((top) => top >= 0);
    return below < 0 ? 0 : below;
  }
  const above = tops.findLastIndex((top) => top < height);
  return above < 0 ? count - 1 : above;
}

export class FindingCursor {
  private currentId: number | undefined;

  /** The finding last shown, if any. */
  get current(): number | undefined {
    return this.currentId;
  }

  /** A finding was shown by other means (the side panel): steps go on from it. */
  set(id: number | undefined): void {
    this.currentId = id;
  }

  /**
   * Steps among `ids` (page order; `tops` as for stepIndex) and returns where
   * it lands, with its place: `index` from 0 of `ids.length`.
   */
  step(
    ids: readonly number[],
    direction: Direction,
    tops: readonly number[],
    height: number,
  ): { id: number; index: number } | undefined {
    const current = this.currentId === undefined ? -1 : ids.indexOf(this.currentId);
    const index = stepIndex(ids.length, current, direction, tops, height);
    const id = ids[index];
    if (id === undefined) return undefined;
    this.currentId = id;
    return { id, index };
  }
}
