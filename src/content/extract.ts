// Extraction in the page: the walker in short slices with a yield to the
// event loop between them, so even a 5 MB page never blocks input for long.
import { BlockWalker, type TextBlock } from "../dom/blocks";
import { PartCutter, type PartLimits } from "./parts";

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

/**
 * Walks each root in turn, in slices, handing each slice's new blocks to
 * `take`. `stale()` abandons the walk (the page moved on): null.
 */
async function walk(
  roots: readonly Node[],
  stale: () => boolean,
  take: (blocks: readonly TextBlock[]) => void,
): Promise<{ truncated: boolean } | null> {
  let truncated = false;
  for (const root of roots) {
    const walker = new BlockWalker(root, { isHidden, textHidden, frameDocument });
    let taken = 0;
    for (;;) {
      const until = performance.now() + SLICE_MS;
      const done = walker.run(() => performance.now() > until);
      take(walker.blocks.slice(taken));
      taken = walker.blocks.length;
      if (done) break;
      await yieldToPage();
      if (stale()) return null;
    }
    truncated ||= walker.truncated;
  }
  return { truncated };
}

/** A message's worth of blocks (src/content/parts.ts). */
export interface ExtractedPart {
  blocks: TextBlock[];
  /** The last part, and the character cap ended the walk: the rest of the page was not read. */
  truncated: boolean;
}

/**
 * The page's blocks in parts, each ready as soon as the walk has read it: the
 * walk goes on in the page's idle time while the background checks the parts
 * before. Ends early, without a last part, when `stale()` says the page moved on.
 */
export function extractParts(
  roots: readonly Node[],
  stale: () => boolean,
  limits: Partial<PartLimits> = {},
): AsyncIterable<ExtractedPart> {
  const ready: ExtractedPart[] = [];
  let over = false;
  let wake: (() => void) | null = null;
  const push = (part: ExtractedPart) => {
    ready.push(part);
    wake?.();
  };
  const cutter = new PartCutter(limits);
  void walk(roots, stale, (more) => {
    for (const b of more) {
      const part = cutter.add(b);
      if (part) push({ blocks: part, truncated: false });
    }
  })
    .then((walked) => {
      if (!walked) return;
      // After the cap, the last part carries the news even when no block is left for it.
      const last = cutter.end() ?? (walked.truncated ? [] : null);
      if (last) push({ blocks: last, truncated: walked.truncated });
    })
    // The page's own DOM may throw where the walk reads it: the check ends, the page is untouched.
    .catch((error: unknown) => console.debug("MesoCheck: reading the page failed", error))
    .finally(() => {
      over = true;
      wake?.();
    });
  return {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const part = ready.shift();
        if (part) yield part;
        else if (over) return;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}
