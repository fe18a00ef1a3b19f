/**
 * Page-level signals (title, description, headings, language) used to decide
 * whether a page is about mesotherapy at all. Works on a browser document and
 * on a linkedom document. It deliberately avoids `document.title`,
 * `document.head` and `document.body`: on linkedom those getters create
 * missing <head>/<body> elements (mutating the page) or throw when the
 * document has no root element.
 */

import type { GatheredSignals } from "../engine/topic";

const ELEMENT_NODE = 1;
const MAX_HEADINGS = 20;
const MAX_HEADING_CHARS = 300;

/** Subtrees whose <title>/<h1> are not the page's (SVG titles, inert templates). */
const NO_DESCENT = new Set<string>(["svg", "math", "template", "script", "style", "noscript", "textarea"]);

function nameOf(el: Element): string {
  return (el.localName || el.tagName || "").toLowerCase();
}

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

  // Iterative pre-order walk over firstChild/nextSibling/parentNode: constant
  // memory, safe on arbitrarily deep documents. The document's own children
  // come from childNodes (linkedom leaves the doctype's nextSibling null).
  const tops = Array.from(doc.childNodes);
  let top = 0;
  let node: Node | null = tops[top] ?? null;
  while (node !== null) {
    let descend = true;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const name = nameOf(el);
      if (NO_DESCENT.has(name)) {
        descend = false;
      } else if (name === "title") {
        if (title === null) title = collapse(el.textContent ?? "");
        descend = false;
      } else if (name === "meta") {
        const content = el.getAttribute("content");
        if (content !== null) {
          const metaName = attr(el, "name");
          const property = attr(el, "property");
          if (description === null && metaName === "description") {
            description = collapse(content);
          } else if (ogDescription === null && (property === "og:description" || metaName === "og:description")) {
            ogDescription = collapse(content);
          }
        }
      } else if (name === "h1" || name === "h2" || name === "h3") {
        if (headings.length < MAX_HEADINGS) {
          const text = cap(collapse(el.textContent ?? ""), MAX_HEADING_CHARS);
          if (text !== "") headings.push(text);
        }
        descend = false;
      }
    }
    if (headings.length >= MAX_HEADINGS && title !== null && description !== null) break;

    const child: Node | null = descend ? node.firstChild : null;
    if (child !== null) {
      node = child;
      continue;
    }
    let current: Node | null = node;
    while (current !== null && current.parentNode !== doc && current.nextSibling === null) {
      current = current.parentNode;
    }
    if (current === null || current.parentNode === doc) {
      top += 1;
      node = tops[top] ?? null;
    } else {
      node = current.nextSibling;
    }
  }

  const root = doc.documentElement;
  let lang: string | null = null;
  if (root !== null && root !== undefined && nameOf(root) === "html") {
    const value = (root.getAttribute("lang") ?? "").trim();
    lang = value === "" ? null : value;
  }

  return {
    title: title ?? "",
    description: description || ogDescription || "",
    headings,
    lang,
  };
}
