// The note's look. Its colours are data, so tests/content/note.test.ts can
// hold every text colour to WCAG AA (4.5:1) on the note's background, in the
// light and the dark scheme.
import type { Verdict } from "../engine/schema";

export interface Scheme {
  background: string;
  text: string;
  /** The disclaimer: quieter than the text, still AA. */
  muted: string;
  action: string;
  verdict: Record<Verdict, string>;
}

export const LIGHT: Scheme = {
  background: "#ffffff",
  text: "#1c1b1f",
  muted: "#49454f",
  action: "#0b57d0",
  verdict: { contradicted: "#b3261e", disputed: "#8a4f00" },
};

export const DARK: Scheme = {
  background: "#2b2930",
  text: "#e6e1e5",
  muted: "#cac4d0",
  action: "#a8c7fa",
  verdict: { contradicted: "#ffb4ab", disputed: "#ffb95c" },
};

const vars = (s: Scheme) =>
  `--bg: ${s.background}; --fg: ${s.text}; --muted: ${s.muted}; --action: ${s.action}; ` +
  `--contradicted: ${s.verdict.contradicted}; --disputed: ${s.verdict.disputed};`;

export const NOTE_STYLE = `
/* !important: a host's own :host rules lose to the page's normal rules but win over
   its !important ones, and some pages put !important on everything (even left/top). */
:host { all: initial !important; display: block !important; position: fixed !important; z-index: 2147483647 !important;
  left: var(--mesocheck-x) !important; top: var(--mesocheck-y) !important; visibility: visible !important; opacity: 1 !important; }
.note { ${vars(LIGHT)} box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: var(--mesocheck-max-height, none);
  overflow: auto; font: 14px/1.45 system-ui, sans-serif; padding: 10px 12px; border-radius: 8px;
  background: var(--bg); color: var(--fg); box-shadow: 0 4px 16px rgba(0,0,0,.3); border-left: 4px solid var(--c); }
.note[data-verdict="contradicted"] { --c: var(--contradicted); }
.note[data-verdict="disputed"] { --c: var(--disputed); }
.note:focus { outline: 2px solid var(--action); outline-offset: 1px; }
.head { display: flex; align-items: start; gap: 8px; }
.verdict { flex: 1; font-weight: 600; color: var(--c); font-size: 12px; text-transform: uppercase; letter-spacing: .03em; padding-top: 4px; }
.claim { font-weight: 600; margin: 2px 0 6px; }
.label { font-weight: 400; }
.text { margin: 0 0 6px; }
.why { font-weight: 600; }
.disclaimer { margin: 0 0 4px; font-size: 12px; color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; gap: 4px 12px; }
button { all: unset; box-sizing: border-box; cursor: pointer; color: var(--action); min-height: 24px; padding: 2px 0; text-decoration: underline; }
button.close { min-width: 24px; text-align: center; text-decoration: none; font-size: 18px; line-height: 20px; color: var(--fg); }
button:focus-visible { outline: 2px solid var(--action); outline-offset: 1px; border-radius: 2px; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) { .note { ${vars(DARK)} } }
`;
