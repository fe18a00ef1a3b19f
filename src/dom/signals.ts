/**
 * Page-level signals (title, description, headings, language) used to decide
 * whether a page is about mesotherapy at all. One reader for the gate (a
 * browser document, on every page that names the topic) and the CLI (a
 * linkedom document). Its reads are bounded: a few native selector queries
 * and the text of at most MAX_HEADINGS headings and one title, never a walk
 * of the whole document in script. It avoids `document.title`,
 * `document.head` and `document.body`: on linkedom those getters create
 * missing <head>/<body> elements (mutating the page) or throw when the
 * document has no root element.
 */

import type { GatheredSignals } from "../engine/topic";
import { nameOf, NOT_PAGE, selectorOf, SIGNAL_HEADINGS } from "./tags";

/** The limits the background accepts (src/ext/protocol.ts). */
export const MAX_TITLE_CHARS = 2000;
export const MAX_DESCRIPTION_CHARS = 5000;
export const MAX_HEADINGS = 20;
export const MAX_HEADING_CHARS = 300;

/** Not the page's: inside an SVG, a template, a script..., or inside a heading or title (not read twice). */
const NOT_OWN = selectorOf([...NOT_PAGE, ...SIGNAL_HEADINGS, "title"]);
const WANTED = selectorOf(["title", "meta[content]", ...SIGNAL_HEADINGS]);

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return text.slice(0, cut).trimEnd();
}

function attr(el: Element, name: string): string {
  return (el.getAttribute(name) ?? "").trim().toLowerCase();
}

export function pageSignals(doc: Document): GatheredSignals {
  let title: string | null = null;
  let description: string | null = null;
  let ogDescription: string | null = null;
  const headings: string[] = [];

  // One native query for all three, in document order; a document without a
  // root element (linkedom, empty input) has nothing to query.
  const found = doc.documentElement ? doc.querySelectorAll(WANTED) : [];
  for (const el of found) {
    if (el.parentElement?.closest(NOT_OWN)) continue;
    const name = nameOf(el);
    if (name === "title") {
      title ??= cap(collapse(el.textContent ?? ""), MAX_TITLE_CHARS);
    } else if (name === "meta") {
      const content = el.getAttribute("content") ?? "";
      const metaName = attr(el, "name");
      if (description === null && metaName === "description") description = collapse(content);
      else if (
        ogDescription === null &&
        (attr(el, "property") === "og:description" || metaName === "og:description")
      )
        ogDescription = collapse(content);
    } else if (headings.length < MAX_HEADINGS) {
      const text = cap(collapse(el.textContent ?? ""), MAX_HEADING_CHARS);
      if (text !== "") headings.push(text);
    }
    if (headings.length >= MAX_HEADINGS && title !== null && description !== null) break;
  }

  const root = doc.documentElement;
  let lang: string | null = null;
  if (root !== null && root !== undefined && nameOf(root) === "html") {
    const value = (root.getAttribute("lang") ?? "").trim();
    lang = value === "" ? null : value;
  }

  return {
    title: title ?? "",
    description: cap(description || ogDescription || "", MAX_DESCRIPTION_CHARS),
    headings,
    lang,
  };
}
