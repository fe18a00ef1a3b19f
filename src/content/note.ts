// The note beside a highlight. It lives in a closed shadow root, so page
// styles cannot reach it, and its host exists only while it is shown, so the
// page's DOM is left as it was the rest of the time. Text only: nothing from
// the page or the claims reaches HTML parsing.
//
// It stays while the pointer is on it or focus is in it; it goes on Escape, a
// click outside, its close button, or when its sentence leaves the window.
// Opened from the keyboard it takes focus, and gives it back when closed. A
// polite live region in the same shadow root says where the reader is
// ("Finding 3 of 16: ...").
import type { Verdict } from "../engine/schema";
import { NOTE_STYLE } from "./note-style";
import type { NoteStrings } from "./note-strings";
import { placeNote, type Box } from "./placement";

export interface NoteContent {
  id: number;
  verdict: Verdict;
  /** The claim, in the browser's UI language, as the note's labels. */
  assertion: string;
  /** What the sources say about it, whole, in the same language. */
  note: string;
  /** Why the figure the sentence states is contested ("5 days: the sources give 3–10 ..."), where it states one. */
  why?: string;
  /** The language of the claim's words and note ("en", "ru"). */
  lang: string;
}

export interface NoteOptions {
  /** Move focus into the note (a keyboard command, the side panel); closing gives it back. */
  focus: boolean;
  /** For the live region, e.g. "Finding 3 of 16: ...". */
  announce?: string;
  /** The pointer's x: the note starts there rather than at the sentence's left. */
  x?: number;
}

/** Why the note went: the reader closed it (escape, button, outside, dismissed), or it lost its reason to be (left, scrolled, gone, replaced). */
export type CloseReason =
  "escape" | "button" | "outside" | "dismissed" | "left" | "scrolled" | "gone";

export interface NoteHandlers {
  openPanel(id: number): void;
  dismiss(id: number): void;
  closed(id: number, reason: CloseReason): void;
}

/** Time to move the pointer from a sentence onto its note before it goes. */
export const LEAVE_MS = 400;
/** A live region's text is announced when it changes after the region is in the page: set a moment after. */
const ANNOUNCE_MS = 100;

export class Note {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private box: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private listening: AbortController | null = null;
  private content: NoteContent | null = null;
  private x: number | undefined;
  private hovered = false;
  private returnFocus: HTMLElement | null = null;
  private leaveTimer = 0;
  private announceTimer = 0;
  private frame = 0;

  /**
   * `anchor`: the box of a finding's sentence in the window, or null once its
   * text is gone. `strings`: the labels, in the browser's language.
   */
  constructor(
    private readonly strings: () => NoteStrings,
    private readonly anchor: (id: number) => Box | null,
    private readonly handlers: NoteHandlers,
  ) {}

  isOwnNode(node: Node | null | undefined): boolean {
    return node != null && node === this.host;
  }

  get visible(): boolean {
    return this.host !== null;
  }

  /** The finding whose note is shown. */
  get shownId(): number | undefined {
    return this.content?.id;
  }

  /** The pointer is on it or focus is in it: it stays. */
  get held(): boolean {
    return this.hovered || this.hasFocus;
  }

  private get hasFocus(): boolean {
    return this.root?.activeElement != null;
  }

  show(content: NoteContent, options: NoteOptions): void {
    const rect = this.anchor(content.id);
    if (!rect) return;
    clearTimeout(this.leaveTimer);
    this.leaveTimer = 0;
    if (options.focus && !this.hasFocus) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    if (!this.host) this.create();
    this.content = content;
    this.x = options.x;
    this.render(content);
    this.place(rect);
    if (options.focus) this.box!.focus({ preventScroll: true });
    if (options.announce !== undefined) this.announce(options.announce);
  }

  /** The pointer left the sentence: the note goes in a moment, unless the pointer reaches it or focus is in it. */
  hideSoon(): void {
    if (!this.host || this.held || this.leaveTimer) return;
    this.leaveTimer = window.setTimeout(() => {
      this.leaveTimer = 0;
      if (!this.held) this.hide("left");
    }, LEAVE_MS);
  }

  /** The pointer is back on the sentence. */
  keep(): void {
    clearTimeout(this.leaveTimer);
    this.leaveTimer = 0;
  }

  /** Takes the note away (and its host: the page's DOM is as it was); focus goes back where it was when the reader closed it. */
  hide(reason?: CloseReason): void {
    if (!this.host) return;
    const id = this.content?.id;
    const giveBack = this.hasFocus && reason !== undefined && reason !== "outside";
    clearTimeout(this.leaveTimer);
    clearTimeout(this.announceTimer);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.leaveTimer = this.announceTimer = this.frame = 0;
    this.listening?.abort();
    this.host.remove();
    this.host = this.root = this.box = this.live = this.listening = this.content = null;
    this.hovered = false;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (giveBack && back?.isConnected) back.focus({ preventScroll: true });
    if (id !== undefined && reason) this.handlers.closed(id, reason);
  }

  private create(): void {
    const host = document.createElement("mesocheck-note");
    const root = host.attachShadow({ mode: "closed" });
    const style = document.createElement("style");
    style.textContent = NOTE_STYLE;
    const box = document.createElement("div");
    box.className = "note";
    box.tabIndex = -1;
    box.setAttribute("role", "dialog");
    const live = document.createElement("div");
    live.className = "live";
    live.setAttribute("role", "status");
    live.setAttribute("aria-live", "polite");
    root.append(style, box, live);
    const listening = new AbortController();
    const on = { signal: listening.signal };
    host.addEventListener(
      "mouseenter",
      () => {
        this.hovered = true;
        this.keep();
      },
      on,
    );
    host.addEventListener(
      "mouseleave",
      () => {
        this.hovered = false;
        this.hideSoon();
      },
      on,
    );
    root.addEventListener("focusout", (e) => this.focusLeft(e as FocusEvent), on);
    const capture = { ...on, capture: true };
    document.addEventListener("keydown", (e) => this.key(e), capture);
    document.addEventListener("pointerdown", (e) => this.pointerDown(e), capture);
    document.addEventListener("scroll", () => this.follow(), { ...capture, passive: true });
    window.addEventListener("resize", () => this.follow(), { ...on, passive: true });
    document.documentElement.append(host);
    this.host = host;
    this.root = root;
    this.box = box;
    this.live = live;
    this.listening = listening;
  }

  private render(content: NoteContent): void {
    const t = this.strings();
    const box = this.box!;
    box.dataset.verdict = content.verdict;
    box.setAttribute("aria-label", t.noteName);
    box.lang = t.lang;
    const head = el("div", "head");
    head.append(el("div", "verdict", t[content.verdict]), this.button("close", t.close));
    const claim = el("p", "claim");
    const words = el("span", "", content.assertion);
    words.lang = content.lang;
    claim.append(el("span", "label", t.claim), " ", words);
    const text = el("p", "text", content.note);
    text.lang = content.lang;
    const why = content.why ? [el("p", "text why", content.why)] : [];
    for (const w of why) w.lang = content.lang;
    const actions = el("div", "actions");
    const open = this.button("open", t.openPanel);
    const dismiss = this.button("dismiss", t.dismiss);
    actions.append(open, dismiss);
    box.replaceChildren(head, claim, ...why, text, el("p", "disclaimer", t.disclaimer), actions);
  }

  /** A button of the note; the close button shows "×" and is named by its label. */
  private button(kind: "close" | "open" | "dismiss", label: string) {
    const b = el("button", kind, kind === "close" ? "×" : label);
    b.type = "button";
    if (kind === "close") b.setAttribute("aria-label", label);
    b.addEventListener("click", () => {
      const id = this.content?.id;
      if (id === undefined) return;
      if (kind === "open") this.handlers.openPanel(id);
      else if (kind === "dismiss") this.handlers.dismiss(id);
      else this.hide("button");
    });
    return b;
  }

  /** Beside its sentence (src/content/placement.ts), measured at its natural height. */
  private place(rect: Box): void {
    const host = this.host!;
    host.style.removeProperty("--mesocheck-max-height");
    const size = this.box!.getBoundingClientRect();
    const at = placeNote(
      rect,
      viewport(),
      { width: size.width, height: this.box!.scrollHeight },
      this.x,
    );
    host.style.setProperty("--mesocheck-x", `${at.left}px`);
    host.style.setProperty("--mesocheck-y", `${at.top}px`);
    host.style.setProperty("--mesocheck-max-height", `${at.maxHeight}px`);
  }

  /** Scrolled or resized: the note follows its sentence, or goes once the sentence has left the window. */
  private follow(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const id = this.content?.id;
      if (id === undefined) return;
      const rect = this.anchor(id);
      if (!rect) return this.hide("gone");
      const { height } = viewport();
      if (rect.bottom <= 0 || rect.top >= height) return this.hide("scrolled");
      this.place(rect);
    });
  }

  private key(e: KeyboardEvent): void {
    if (e.key !== "Escape") return;
    // The page's own Escape handling is left alone unless the reader is in the note.
    if (this.hasFocus) {
      e.preventDefault();
      e.stopPropagation();
    }
    this.hide("escape");
  }

  private pointerDown(e: Event): void {
    if (!this.host || e.composedPath().includes(this.host)) return;
    this.hide("outside");
  }

  /** Focus moved on past the note (Tab from its last button): it goes. Not when the window lost focus. */
  private focusLeft(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    if (!to || (this.root && this.root.contains(to))) return;
    if (!this.hovered) this.hide("left");
  }

  private announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.live!.textContent = "";
    this.announceTimer = window.setTimeout(() => {
      if (this.live) this.live.textContent = text;
    }, ANNOUNCE_MS);
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The window's size without its scroll bars (innerWidth/innerHeight where the root's client box is not the window's, as in quirks mode). */
function viewport(): { width: number; height: number } {
  const root = document.documentElement;
  return {
    width: Math.min(innerWidth, root.clientWidth || innerWidth),
    height: Math.min(innerHeight, root.clientHeight || innerHeight),
  };
}
