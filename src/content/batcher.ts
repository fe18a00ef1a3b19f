// The page's changes, batched until it settles: then the outermost blocks
// around the added or changed text are handed on to be checked again.
import { ELEMENT_NODE, RECHECKED_BLOCKS, selectorOf } from "../dom/tags";

const BLOCK_LEVEL = selectorOf(RECHECKED_BLOCKS);
export const SETTLE_MS = 300;

/**
 * The blocks to check again for these changes: for each added node or changed
 * text, its nearest block (or its element), still in the page, and only the
 * outermost of those. `isOwn` skips our own nodes (the note).
 */
export function changedRoots(
  records: readonly Pick<MutationRecord, "type" | "target" | "addedNodes">[],
  isOwn: (node: Node) => boolean,
): Element[] {
  const roots = new Set<Element>();
  for (const r of records) {
    const nodes = r.type === "characterData" ? [r.target] : [...r.addedNodes];
    for (const node of nodes) {
      if (isOwn(node)) continue;
      const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
      const root = el?.closest(BLOCK_LEVEL) ?? el;
      if (root?.isConnected) roots.add(root);
    }
  }
  return [...roots].filter((r) => ![...roots].some((o) => o !== r && o.contains(r)));
}

/** Collects a subtree's mutations and hands them on once none came for SETTLE_MS. */
export class MutationBatcher {
  private observer: MutationObserver | null = null;
  private pending: MutationRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onSettle: (records: MutationRecord[]) => void,
    private readonly settleMs = SETTLE_MS,
    private readonly Observer?: typeof MutationObserver,
  ) {}

  observe(root: Node): void {
    const Observer = this.Observer ?? MutationObserver;
    this.observer = new Observer((records) => this.add(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Records arrived: the settle timer starts again. */
  add(records: readonly MutationRecord[]): void {
    this.pending.push(...records);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settle(), this.settleMs);
  }

  private settle(): void {
    const records = this.pending;
    this.pending = [];
    this.onSettle(records);
  }

  /** Stops observing and drops what was pending. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending = [];
    clearTimeout(this.timer);
  }
}
