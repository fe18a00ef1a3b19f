// Highlights through the CSS Custom Highlight API: ranges are painted without
// touching the page's DOM. One Highlight per verdict, plus one for the
// finding the reader was taken to ("current": next/previous, the side panel's
// "Show on page"), which stays until the next action.
import { DOCUMENT_NODE } from "../dom/tags";
import highlightRules from "./highlights.css?inline";
import { comparePageOrder } from "./page-geometry";

import type { Verdict } from "../engine/schema";

const NAMES: Record<Verdict, string> = {
  contradicted: "mesocheck-contradicted",
  disputed: "mesocheck-disputed",
};
const CURRENT = "mesocheck-current";

export interface Marked {
  id: number;
  verdict: Verdict;
  range: Range;
}

/**
 * The highlight rules: the manifest injects this file into the top document
 * (entrypoints/content/index.ts imports it); shadow trees and same-origin
 * frames get the same text as a constructed style sheet, adopted (no element
 * added).
 */
const STYLE = highlightRules;

/** The highlight registry of a range's own document: each document paints only ranges registered with it. */
function registryOf(doc: Document): HighlightRegistry | undefined {
  return doc === document ? CSS.highlights : doc.defaultView?.CSS.highlights;
}

export class Highlights {
  private byId = new Map<number, Marked>();
  private sets = new Map<Document, Record<Verdict, Highlight>>();
  private adopted: Array<{ root: Document | ShadowRoot; sheet: CSSStyleSheet }> = [];
  private current: { id: number; registry: HighlightRegistry; highlight: Highlight } | null = null;

  private setsFor(range: Range): Record<Verdict, Highlight> | undefined {
    const node = range.startContainer;
    const doc = node.ownerDocument ?? document;
    let sets = this.sets.get(doc);
    if (!sets) {
      const registry = registryOf(doc);
      if (!registry) return undefined; // a frame that has gone
      sets = { contradicted: new Highlight(), disputed: new Highlight() };
      registry.set(NAMES.contradicted, sets.contradicted);
      registry.set(NAMES.disputed, sets.disputed);
      this.sets.set(doc, sets);
    }
    this.style(node.getRootNode());
    return sets;
  }

  /** Gives a shadow root or a frame's document the highlight rules, once. */
  private style(root: Node): void {
    if (root === document || this.adopted.some((a) => a.root === root)) return;
    const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
    const win = doc?.defaultView;
    if (!win || !("adoptedStyleSheets" in root)) return;
    const target = root as Document | ShadowRoot;
    // Constructed in the root's own window: a sheet may only be adopted by the document it was made for.
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(STYLE);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    this.adopted.push({ root: target, sheet });
  }

  add(mark: Marked): void {
    const sets = this.setsFor(mark.range);
    if (!sets) return;
    this.byId.set(mark.id, mark);
    sets[mark.verdict].add(mark.range);
  }

  get(id: number): Marked | undefined {
    return this.byId.get(id);
  }

  all(): Marked[] {
    return [...this.byId.values()];
  }

  /** The marks in the order their sentences come on the page (shadow trees and frames where they sit). */
  inPageOrder(): Marked[] {
    return this.all().sort((a, b) => comparePageOrder(a.range, b.range));
  }

  remove(ids: Iterable<number>): void {
    for (const id of ids) {
      const mark = this.byId.get(id);
      if (!mark) continue;
      if (this.current?.id === id) this.unmarkCurrent();
      this.sets
        .get(mark.range.startContainer.ownerDocument ?? document)
        ?.[mark.verdict].delete(mark.range);
      this.byId.delete(id);
    }
  }

  /** Marks whose text has left the page: their ranges collapsed or lost their nodes. */
  stale(): number[] {
    return this.all()
      .filter(
        (m) =>
          m.range.collapsed ||
          !m.range.startContainer.isConnected ||
          !m.range.endContainer.isConnected,
      )
      .map((m) => m.id);
  }

  /** Marks one finding as the current one, over its verdict's colour; the one before is unmarked. */
  markCurrent(id: number): void {
    this.unmarkCurrent();
    const mark = this.byId.get(id);
    const registry = mark && registryOf(mark.range.startContainer.ownerDocument ?? document);
    if (!mark || !registry) return;
    const highlight = new Highlight(mark.range);
    // Above the verdict's highlight, which has the default priority 0.
    highlight.priority = 1;
    registry.set(CURRENT, highlight);
    this.current = { id, registry, highlight };
  }

  get currentId(): number | undefined {
    return this.current?.id;
  }

  unmarkCurrent(): void {
    const current = this.current;
    this.current = null;
    if (current && current.registry.get(CURRENT) === current.highlight)
      current.registry.delete(CURRENT);
  }

  /** The mark under a point, if any. */
  at(x: number, y: number): Marked | undefined {
    const doc = document as Document & {
      caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    };
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
    this.unmarkCurrent();
    this.byId.clear();
    for (const [doc, sets] of this.sets) {
      const registry = registryOf(doc);
      for (const verdict of ["contradicted", "disputed"] as const) {
        sets[verdict].clear();
        // Only our own: after an update, the new extension's checker may have registered its highlights already.
        if (registry?.get(NAMES[verdict]) === sets[verdict]) registry.delete(NAMES[verdict]);
      }
    }
    this.sets.clear();
    for (const { root, sheet } of this.adopted)
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    this.adopted = [];
  }
}
