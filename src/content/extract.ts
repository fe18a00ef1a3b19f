// Extraction in the page: the walker in short slices with a yield to the
// event loop between them, so even a 5 MB page never blocks input for long.
import { BlockWalker, type TextBlock } from "../dom/blocks";

/** Well under the 50 ms that counts as a long task, leaving room for the rest of the task. */
const SLICE_MS = 8;

/** Hidden by CSS (no box); an element with display: contents has no box but its children may. */
function isHidden(el: Element): boolean {
  if (typeof el.checkVisibility !== "function" || el.checkVisibility()) return false;
  return getComputedStyle(el).display !== "contents";
}

/**
 * visibility: hidden is inherited, and a descendant may set visible again: only
 * the element's own text is hidden. Asked through checkVisibility rather than
 * getComputedStyle, which makes a style object (a wrapper the garbage collector
 * must visit) per element: on a page of 100,000 elements those collections
 * were the checker's long tasks.
 */
function textHidden(el: Element): boolean {
  return !el.checkVisibility({ visibilityProperty: true });
}

/** A same-origin frame's document; null for cross-origin frames (contentDocument is null there, and reading it never throws). */
function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/** A macrotask boundary: input and rendering get their turn. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface Extracted {
  blocks: TextBlock[];
  /** The character cap was reached and the rest of the page was not read. */
  truncated: boolean;
}

/** The text blocks under each root in turn, in slices. `stale()` abandons the walk (the page moved on). */
export async function extract(
  roots: readonly Node[],
  stale: () => boolean,
): Promise<Extracted | null> {
  const blocks: TextBlock[] = [];
  let truncated = false;
  for (const root of roots) {
    const walker = new BlockWalker(root, { isHidden, textHidden, frameDocument });
    for (;;) {
      const until = performance.now() + SLICE_MS;
      if (walker.run(() => performance.now() > until)) break;
      await yieldToPage();
      if (stale()) return null;
    }
    for (const b of walker.blocks) blocks.push(b);
    truncated ||= walker.truncated;
  }
  return { blocks, truncated };
}
