// A page's text blocks, cut into the messages that carry them to the background.
import type { TextBlock } from "../dom/blocks";
import { BODY_SLICE } from "../engine/topic";

/** The background's limit on blocks per message (src/ext/messages.ts). */
export const MAX_BLOCKS = 20_000;
/**
 * Characters per message: a message is serialised on the page's main thread
 * in one go, and 2,000,000 characters at once made a 50-80 ms long task.
 */
export const MAX_CHARS = 200_000;
/**
 * The first part of a page's first check ends once it holds what the topic is
 * read from (the opening BODY_SLICE characters, src/engine/topic.ts, counted
 * as topicText() counts them): the first screens are checked and painted while
 * the rest of the page is still being read, and the page's topic and language
 * are the ones the whole page would give.
 */
export const FIRST_PART_CHARS = BODY_SLICE;

export interface PartLimits {
  maxBlocks: number;
  maxChars: number;
  /** Where the first part may end (soft: not after a question); Infinity for none. */
  firstChars: number;
}

const DEFAULTS: PartLimits = { maxBlocks: MAX_BLOCKS, maxChars: MAX_CHARS, firstChars: Infinity };

/**
 * Cuts blocks into parts as they come: consecutive runs, each within both
 * limits (a single block longer than maxChars travels alone). The first part
 * ends early, past `firstChars`, but never right after a block that ends with
 * a question: the engine reads a block that opens with an answer together
 * with the question that ended the block before, and a cut there would part them.
 */
export class PartCutter {
  private part: TextBlock[] = [];
  private chars = 0;
  private cuts = 0;
  private readonly limits: PartLimits;

  constructor(limits: Partial<PartLimits> = {}) {
    this.limits = { ...DEFAULTS, ...limits };
  }

  /** Adds the next block; returns the part that ended before it, if one did. */
  add(block: TextBlock): TextBlock[] | null {
    const size = block.text.length;
    const part = this.part;
    let done: TextBlock[] | null = null;
    if (part.length > 0) {
      const { maxBlocks, maxChars, firstChars } = this.limits;
      const full = part.length >= maxBlocks || this.chars + size > maxChars;
      // The first part's length as topicText() counts it: each block and a line break.
      const opened =
        this.cuts === 0 &&
        this.chars + part.length > firstChars &&
        !/\?\s*$/.test(part.at(-1)!.text);
      if (full || opened) done = this.take();
    }
    this.part.push(block);
    this.chars += size;
    return done;
  }

  /** The last part: what is left, or an empty part when none was cut (a page with no text still starts its state afresh). */
  end(): TextBlock[] | null {
    return this.part.length > 0 || this.cuts === 0 ? this.take() : null;
  }

  private take(): TextBlock[] {
    const part = this.part;
    this.part = [];
    this.chars = 0;
    this.cuts++;
    return part;
  }
}

/** All of `blocks` in parts (PartCutter); at least one part, even for no blocks. The tests' view of the cutter: the page checker cuts as it reads (extract.ts). */
export function partsOf(
  blocks: readonly TextBlock[],
  maxBlocks = MAX_BLOCKS,
  maxChars = MAX_CHARS,
  firstChars = Infinity,
): TextBlock[][] {
  const cutter = new PartCutter({ maxBlocks, maxChars, firstChars });
  const parts: TextBlock[][] = [];
  for (const block of blocks) {
    const part = cutter.add(block);
    if (part) parts.push(part);
  }
  const last = cutter.end();
  if (last) parts.push(last);
  return parts;
}
