// The small note shown over a highlight. It lives in a closed shadow root, so
// page styles cannot reach it, and its host exists only while it is shown, so
// the page's DOM is left as it was the rest of the time. Text only: nothing
// from the page or the claims reaches HTML parsing.
import type { Verdict } from "../engine/schema";

export interface NoteContent {
  verdictLabel: string;
  verdict: Verdict;
  assertion: string;
  summary: string;
  openLabel: string;
}

const STYLE = `
/* !important: a host's own :host rules lose to the page's normal rules but win over
   its !important ones, and some pages put !important on everything (even left/top). */
:host { all: initial !important; display: block !important; position: fixed !important; z-index: 2147483647 !important;
  left: var(--mesocheck-x) !important; top: var(--mesocheck-y) !important; visibility: visible !important; opacity: 1 !important; }
.note { font: 13px/1.4 system-ui, sans-serif; max-width: 320px; padding: 10px 12px; border-radius: 8px;
  background: #fff; color: #1c1b1f; box-shadow: 0 4px 16px rgba(0,0,0,.25); border-left: 4px solid var(--c); }
.verdict { font-weight: 600; color: var(--c); font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
.claim { font-weight: 600; margin: 2px 0 4px; }
button { all: unset; cursor: pointer; color: #0b57d0; text-decoration: underline; margin-top: 6px; display: inline-block; }
@media (prefers-color-scheme: dark) { .note { background: #2b2930; color: #e6e1e5; } button { color: #a8c7fa; } }
`;

export class Note {
  private host: HTMLElement | null = null;
  private hideTimer = 0;

  constructor(private onOpenPanel: () => void) {}

  isOwnNode(node: Node): boolean {
    return node === this.host;
  }

  show(content: NoteContent, x: number, y: number): void {
    clearTimeout(this.hideTimer);
    this.hide();
    const host = document.createElement("mesocheck-note");
    const root = host.attachShadow({ mode: "closed" });
    const style = document.createElement("style");
    style.textContent = STYLE;
    const box = document.createElement("div");
    box.className = "note";
    box.style.setProperty("--c", content.verdict === "contradicted" ? "#c62828" : "#b26a00");
    const verdict = document.createElement("div");
    verdict.className = "verdict";
    verdict.textContent = content.verdictLabel;
    const claim = document.createElement("div");
    claim.className = "claim";
    claim.textContent = content.assertion;
    const summary = document.createElement("div");
    summary.textContent = content.summary;
    const open = document.createElement("button");
    open.textContent = content.openLabel;
    open.addEventListener("click", () => this.onOpenPanel());
    box.append(verdict, claim, summary, open);
    root.append(style, box);
    host.style.setProperty("--mesocheck-x", `${Math.min(x + 12, innerWidth - 340)}px`);
    host.style.setProperty("--mesocheck-y", `${Math.min(y + 16, innerHeight - 160)}px`);
    host.addEventListener("mouseenter", () => clearTimeout(this.hideTimer));
    host.addEventListener("mouseleave", () => this.hideSoon());
    document.documentElement.append(host);
    this.host = host;
  }

  hideSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hide(), 400);
  }

  hide(): void {
    this.host?.remove();
    this.host = null;
  }

  get visible(): boolean {
    return this.host !== null;
  }
}
