// A page's text blocks, cut into the messages that carry them to the background.
import type { TextBlock } from "../dom/blocks";

/** The background's limit on blocks per message (src/ext/messages.ts). */
export const MAX_BLOCKS = 20_000;
/**
 * Characters per message: a message is serialised on the page's main thread
 * in one go, and 2,000,000 characters at once made a 50-80 ms long task.
 */
export const MAX_CHARS = 200_000;

/**
 * Consecutive runs of blocks, each within both limits (a single block longer
 * than MAX_CHARS travels alone). At least one part, even for no blocks, so a
 * page whose text went still starts its state afresh.
 */
export function partsOf(
  blocks: readonly TextBlock[],
  maxBlocks = MAX_BLOCKS,
  maxChars = MAX_CHARS,
): TextBlock[][] {
  const parts: TextBlock[][] = [];
  let start = 0;
  let chars = 0;
  for (let i = 0; i < blocks.length; i++) {
    const size = blocks[i]!.text.length;
    if (i > start && (i - start >= maxBlocks || chars + size > maxChars)) {
      parts.push(blocks.slice(start, i));
      start = i;
      chars = 0;
    }
    chars += size;
  }
  parts.push(blocks.slice(start));
  return parts;
}
