// The findings on the page and their note: shown on hover, or by the reader's
// next/previous commands and the side panel's "Show on page", which scroll to
// the sentence, mark it as the current one and open its note with focus in it;
// and "Not a claim here", which hides a finding on this page.
import type { ContentToBackground } from "../ext/protocol";
import type { PageReplyFinding } from "../ext/protocol-mini";
import { FindingCursor, type Direction } from "./cursor";
import type { Highlights } from "./highlights";
import { Note, type CloseReason } from "./note";
import type { NoteStrings } from "./note-strings";
import { boxInTopWindow } from "./page-geometry";
import { MARGIN } from "./placement";

export interface FindingNotesDeps {
  highlights: Pick<
    Highlights,
    "get" | "inPageOrder" | "markCurrent" | "unmarkCurrent" | "remove" | "currentId"
  >;
  strings(): NoteStrings;
  send(message: ContentToBackground): void;
  /** The page's address now. */
  url(): string;
}

/** Closed by the reader: the current mark goes with the note. */
const READER_CLOSED: ReadonlySet<CloseReason> = new Set(["escape", "button", "outside"]);

/** How long the pointer stays on another finding before its note replaces the shown one. */
export const SWITCH_MS = 150;

export class FindingNotes {
  private readonly findings = new Map<number, PageReplyFinding>();
  private readonly cursor = new FindingCursor();
  /** Claim and sentence of the findings hidden on this page (`dismissedAt`), so a check of changed text does not bring them back. */
  private dismissed = new Set<string>();
  private dismissedAt = "";
  /** The finding whose note replaces the shown one if the pointer stays on it (hover). */
  private switching: { id: number; x: number; timer: number } | undefined;
  readonly note: Note;

  constructor(private readonly deps: FindingNotesDeps) {
    this.note = new Note(
      () => deps.strings(),
      (id) => {
        const mark = deps.highlights.get(id);
        return mark ? boxInTopWindow(mark.range) : null;
      },
      {
        openPanel: () => deps.send({ type: "openPanel" }),
        dismiss: (id) => this.dismiss(id),
        closed: (_id, reason) => {
          this.cancelSwitch();
          if (READER_CLOSED.has(reason)) deps.highlights.unmarkCurrent();
        },
      },
    );
  }

  /** A finding to highlight; false when the reader hid it on this page (the background is told again: it has a new id). */
  add(finding: PageReplyFinding): boolean {
    if (this.isDismissed(finding)) {
      this.deps.send(this.dismissMessage(finding));
      return false;
    }
    this.findings.set(finding.id, finding);
    return true;
  }

  /** Findings whose text left the page. */
  delete(ids: Iterable<number>): void {
    for (const id of ids) {
      this.findings.delete(id);
      if (this.note.shownId === id) this.note.hide("gone");
    }
  }

  /** The page is no longer checked (switched off, navigated, extension gone). */
  clear(): void {
    this.cancelSwitch();
    this.findings.clear();
    this.cursor.set(undefined);
    this.note.hide();
  }

  /**
   * The pointer is on a finding's sentence: its note shows, unless another note
   * is held (pointer or focus in it). While another finding's note is shown, it
   * is replaced only once the pointer has stayed on this sentence for
   * SWITCH_MS: on its way down to the note, the pointer crosses the sentences
   * between, and the note the reader was reaching for must not go from under it.
   */
  hover(id: number, x: number): void {
    const finding = this.findings.get(id);
    if (!finding) return this.leave();
    if (this.note.shownId === id) {
      this.cancelSwitch();
      return this.note.keep();
    }
    if (this.note.visible && this.note.held) return this.cancelSwitch();
    if (!this.note.visible) {
      this.cancelSwitch();
      return this.note.show(this.contentOf(finding), { focus: false, x });
    }
    // Another finding's note is shown: wait for the pointer to stay here (the
    // wait runs from when it came, so moving along the sentence does not restart it).
    this.note.keep();
    if (this.switching?.id === id) {
      this.switching.x = x;
      return;
    }
    this.cancelSwitch();
    const switching = { id, x, timer: 0 };
    switching.timer = window.setTimeout(() => {
      this.switching = undefined;
      const to = this.findings.get(switching.id);
      // Not once the note went (scrolled away, closed) or the pointer reached it.
      if (!to || !this.note.visible || this.note.held || this.note.shownId === switching.id) return;
      this.note.show(this.contentOf(to), { focus: false, x: switching.x });
    }, SWITCH_MS);
    this.switching = switching;
  }

  /** The pointer is on no finding: the note goes in a moment, and no other replaces it. */
  leave(): void {
    this.cancelSwitch();
    this.note.hideSoon();
  }

  private cancelSwitch(): void {
    if (!this.switching) return;
    clearTimeout(this.switching.timer);
    this.switching = undefined;
  }

  isOwnNode(node: Node | null): boolean {
    return this.note.isOwnNode(node);
  }

  /** Next or previous finding in page order, from the current one or else from where the reader is. */
  step(direction: Direction): void {
    const ids = this.ordered();
    const tops = ids.map((id) => {
      const mark = this.deps.highlights.get(id);
      return (mark && boxInTopWindow(mark.range)?.top) ?? Number.NEGATIVE_INFINITY;
    });
    const at = this.cursor.step(ids, direction, tops, innerHeight);
    if (at) this.open(at.id, at.index, ids.length);
  }

  /** The side panel's "Show on page". */
  show(id: number): void {
    const ids = this.ordered();
    const index = ids.indexOf(id);
    if (index < 0) return;
    this.cursor.set(id);
    this.open(id, index, ids.length);
  }

  /** "Not a claim here": hidden on this page, and the background told (`tell`: false when the background asked). */
  dismiss(id: number, tell = true): void {
    const finding = this.findings.get(id);
    if (!finding) return;
    const url = this.deps.url();
    if (url !== this.dismissedAt) this.dismissed = new Set();
    this.dismissedAt = url;
    this.dismissed.add(keyOf(finding));
    this.note.hide("dismissed");
    this.deps.highlights.remove([id]);
    this.findings.delete(id);
    if (tell) this.deps.send(this.dismissMessage(finding));
  }

  /** Its hiding undone (from the side panel): a later check may highlight it again. */
  restore(finding: Pick<PageReplyFinding, "claim" | "text">): void {
    this.dismissed.delete(keyOf(finding));
  }

  private isDismissed(finding: PageReplyFinding): boolean {
    return this.dismissedAt === this.deps.url() && this.dismissed.has(keyOf(finding));
  }

  private dismissMessage(f: PageReplyFinding): ContentToBackground {
    return { type: "dismiss", url: this.deps.url(), id: f.id, claim: f.claim, text: f.text };
  }

  /** The highlighted findings' ids in page order. */
  private ordered(): number[] {
    return this.deps.highlights
      .inPageOrder()
      .map((m) => m.id)
      .filter((id) => this.findings.has(id));
  }

  private open(id: number, index: number, count: number): void {
    const finding = this.findings.get(id);
    const mark = this.deps.highlights.get(id);
    if (!finding || !mark) return;
    this.cancelSwitch();
    reveal(mark.range);
    this.deps.highlights.markCurrent(id);
    const t = this.deps.strings();
    this.note.show(this.contentOf(finding), {
      focus: true,
      announce: `${t.position(index + 1, count)}: ${finding.assertion}`,
    });
  }

  private contentOf(f: PageReplyFinding) {
    return {
      id: f.id,
      verdict: f.verdict,
      assertion: f.assertion,
      note: f.note,
      lang: f.noteLang,
      ...(f.why && { why: f.why }),
    };
  }
}

const keyOf = (f: Pick<PageReplyFinding, "claim" | "text">) => `${f.claim}\u0000${f.text}`;

/** Scrolls the sentence into the window, a third of the way down (room for its note below), unless it is in view already. At once: the note is placed where the sentence ends up. */
function reveal(range: Range): void {
  // Scrolling containers and frames around it first.
  range.startContainer.parentElement?.scrollIntoView({ block: "nearest", behavior: "instant" });
  const box = boxInTopWindow(range);
  if (!box) return;
  if (box.top >= MARGIN && box.bottom <= innerHeight - MARGIN) return;
  window.scrollBy({ top: box.top - innerHeight / 3, behavior: "instant" });
}
