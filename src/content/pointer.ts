// The note over a highlight: the pointer's position is looked up once per
// frame, and the note shows the finding under it, or goes.
import type { Marked } from "./highlights";
import type { NoteContent } from "./note";
import type { PageReplyFinding } from "../ext/protocol-mini";

export interface Labels {
  contradicted: string;
  disputed: string;
  open: string;
}

export interface PointerDeps {
  /** The mark under a point (Highlights.at). */
  markAt(x: number, y: number): Pick<Marked, "id"> | undefined;
  note: {
    visible: boolean;
    show(content: NoteContent, x: number, y: number): void;
    hideSoon(): void;
  };
  labels(): Labels;
  /** Listens on the document for as long as the script lives (ctx.addEventListener). */
  listen(type: "mousemove" | "click", listener: (e: MouseEvent) => void): void;
  frame?: { request(cb: () => void): number; cancel(id: number): void };
}

export class PointerNotes {
  private readonly findings = new Map<number, PageReplyFinding>();
  private bound = false;
  private frame = 0;

  constructor(private readonly deps: PointerDeps) {}

  /** A highlighted finding: its note can show. Starts listening at the first one. */
  add(finding: PageReplyFinding): void {
    this.findings.set(finding.id, finding);
    this.listen();
  }

  delete(ids: Iterable<number>): void {
    for (const id of ids) this.findings.delete(id);
  }

  clear(): void {
    this.findings.clear();
  }

  /** What the pointer at (x, y) shows: the note of the finding under it, else the note goes. */
  point(x: number, y: number): void {
    const mark = this.deps.markAt(x, y);
    const f = mark && this.findings.get(mark.id);
    if (!f) {
      if (this.deps.note.visible) this.deps.note.hideSoon();
      return;
    }
    const l = this.deps.labels();
    this.deps.note.show(
      {
        verdict: f.verdict,
        verdictLabel: l[f.verdict],
        assertion: f.assertion,
        summary: f.summary,
        openLabel: l.open,
      },
      x,
      y,
    );
  }

  private listen(): void {
    if (this.bound) return;
    this.bound = true;
    const frame = this.deps.frame ?? {
      request: (cb: () => void) => requestAnimationFrame(cb),
      cancel: (id: number) => cancelAnimationFrame(id),
    };
    const onPointer = (e: MouseEvent) => {
      frame.cancel(this.frame);
      this.frame = frame.request(() => this.point(e.clientX, e.clientY));
    };
    this.deps.listen("mousemove", onPointer);
    this.deps.listen("click", onPointer);
  }
}
