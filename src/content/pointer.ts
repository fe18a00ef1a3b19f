// The pointer over the page: looked up once per frame, it shows the note of
// the finding under it, or lets the shown note go. Over the note itself it
// does nothing: the note stays while the pointer is on it.
import type { Marked } from "./highlights";

export interface PointerDeps {
  /** The mark under a point (Highlights.at). */
  markAt(x: number, y: number): Pick<Marked, "id"> | undefined;
  notes: {
    /** The pointer is on this finding's sentence, at x. */
    hover(id: number, x: number): void;
    /** The pointer is on no finding. */
    leave(): void;
    /** The event happened on the note (its host: the note's shadow root is closed). */
    isOwnNode(target: Node | null): boolean;
  };
  /** Listens on the document, capturing (so before the note's own handlers), for as long as the script lives (ctx.addEventListener). */
  listen(type: "mousemove" | "click", listener: (e: MouseEvent) => void): void;
  frame?: { request(cb: () => void): number; cancel(id: number): void };
}

export class PointerNotes {
  private bound = false;
  private frame = 0;

  constructor(private readonly deps: PointerDeps) {}

  /** What the pointer at (x, y) over `target` shows. */
  point(x: number, y: number, target: Node | null = null): void {
    if (this.deps.notes.isOwnNode(target)) return;
    const mark = this.deps.markAt(x, y);
    if (mark) this.deps.notes.hover(mark.id, x);
    else this.deps.notes.leave();
  }

  /** Starts listening, once: at the first highlight, so a page without one pays nothing. */
  listen(): void {
    if (this.bound) return;
    this.bound = true;
    const frame = this.deps.frame ?? {
      request: (cb: () => void) => requestAnimationFrame(cb),
      cancel: (id: number) => cancelAnimationFrame(id),
    };
    const onPointer = (e: MouseEvent) => {
      frame.cancel(this.frame);
      // Whether the event is on the note is asked now, not at the next frame: a
      // click on the note's close button has taken the note away by then, and
      // the sentence under the button would open a note again at once.
      if (this.deps.notes.isOwnNode(e.target as Node | null)) return;
      this.frame = frame.request(() => this.point(e.clientX, e.clientY));
    };
    let last: { x: number; y: number } | undefined;
    const onMove = (e: MouseEvent) => {
      // A move to the point of the last one is the browser's, sent when the page
      // changed under a still pointer (the note the reader just closed going
      // away): the reader did not move, so no note opens again at once. Within a
      // pixel: the browser's own move may round a fractional point.
      const still = !!last && Math.abs(last.x - e.clientX) < 1 && Math.abs(last.y - e.clientY) < 1;
      last = { x: e.clientX, y: e.clientY };
      if (!still) onPointer(e);
    };
    this.deps.listen("mousemove", onMove);
    this.deps.listen("click", onPointer);
  }
}
