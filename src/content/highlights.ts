// Highlights through the CSS Custom Highlight API: ranges are painted without
// touching the page's DOM. One Highlight per verdict, plus one for a flash.
export type Verdict = "contradicted" | "disputed";

const NAMES: Record<Verdict, string> = { contradicted: "mesocheck-contradicted", disputed: "mesocheck-disputed" };
const FLASH = "mesocheck-flash";

export interface Marked {
  id: number;
  verdict: Verdict;
  range: Range;
}

export class Highlights {
  private byId = new Map<number, Marked>();
  private sets: Record<Verdict, Highlight> | null = null;

  private ensure(): Record<Verdict, Highlight> {
    if (!this.sets) {
      this.sets = { contradicted: new Highlight(), disputed: new Highlight() };
      CSS.highlights.set(NAMES.contradicted, this.sets.contradicted);
      CSS.highlights.set(NAMES.disputed, this.sets.disputed);
    }
    return this.sets;
  }

  add(mark: Marked): void {
    this.byId.set(mark.id, mark);
    this.ensure()[mark.verdict].add(mark.range);
  }

  get(id: number): Marked | undefined {
    return this.byId.get(id);
  }

  all(): Marked[] {
    return [...this.byId.values()];
  }

  remove(ids: Iterable<number>): void {
    for (const id of ids) {
      const mark = this.byId.get(id);
      if (!mark) continue;
      this.sets?.[mark.verdict].delete(mark.range);
      this.byId.delete(id);
    }
  }

  /** Marks whose text has left the page: their ranges collapsed or lost their nodes. */
  stale(): number[] {
    return this.all()
      .filter((m) => m.range.collapsed || !m.range.startContainer.isConnected || !m.range.endContainer.isConnected)
      .map((m) => m.id);
  }

  flash(id: number): void {
    const mark = this.byId.get(id);
    if (!mark) return;
    const flash = new Highlight(mark.range);
    CSS.highlights.set(FLASH, flash);
    setTimeout(() => CSS.highlights.get(FLASH) === flash && CSS.highlights.delete(FLASH), 1600);
  }

  /** The mark under a point, if any. */
  at(x: number, y: number): Marked | undefined {
    const doc = document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
    const caret = doc.caretPositionFromPoint?.(x, y);
    const node = caret?.offsetNode ?? document.caretRangeFromPoint?.(x, y)?.startContainer;
    const offset = caret?.offset ?? document.caretRangeFromPoint?.(x, y)?.startOffset ?? 0;
    if (!node || node.nodeType !== Node.TEXT_NODE) return undefined;
    for (const mark of this.byId.values()) {
      try {
        if (mark.range.isPointInRange(node, offset)) return mark;
      } catch {
        // A node from another document: not ours.
      }
    }
    return undefined;
  }

  clear(): void {
    this.byId.clear();
    if (this.sets) {
      CSS.highlights.delete(NAMES.contradicted);
      CSS.highlights.delete(NAMES.disputed);
      this.sets = null;
    }
    CSS.highlights.delete(FLASH);
  }
}
