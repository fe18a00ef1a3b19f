/**
 * Node-side HTML entry point for the CLI: linkedom parsing. Whether a text is
 * HTML at all is sniff.ts's to say, which loads no linkedom.
 */
import { parseHTML } from "linkedom";
import {
  DOCUMENT_TYPE_NODE,
  ELEMENT_NODE,
  HEAD_ONLY as HEAD_ONLY_TAGS,
  nameOf as elementName,
  TEXT_NODE,
} from "./tags";

/** Elements that belong in <head> when they come before any body content. */
const HEAD_ONLY = new Set<string>(HEAD_ONLY_TAGS);

function nameOf(node: Node): string | null {
  return node.nodeType === ELEMENT_NODE ? elementName(node as Element) : null;
}

function isWhitespaceText(node: Node): boolean {
  return node.nodeType === TEXT_NODE && !/\S/.test((node as Text).data);
}

/** Snapshot of the children (childNodes: linkedom leaves the doctype's nextSibling null). */
function childList(parent: Node): Node[] {
  return Array.from(parent.childNodes);
}

/**
 * linkedom does not build the implied <html>/<head>/<body> of the HTML
 * parsing algorithm: a fragment such as "<p>x</p>" yields a document whose
 * root element is the <p>, and `document.body` then throws (no root) or
 * inserts an empty <body> inside the <p>. Rebuild the usual shape so that
 * `document.documentElement` is <html> with <head> then <body> holding the
 * content, as a browser would.
 */
function normalize(doc: Document): void {
  let html = doc.documentElement as Element | null;
  if (html === null || html === undefined || nameOf(html) !== "html") {
    const wrapper = doc.createElement("html");
    for (const child of childList(doc)) {
      if (child.nodeType !== DOCUMENT_TYPE_NODE) wrapper.appendChild(child);
    }
    doc.appendChild(wrapper);
    html = wrapper;
  }

  let head: Element | null = null;
  let body: Element | null = null;
  for (const child of childList(html)) {
    const name = nameOf(child);
    if (name === "head" && head === null) head = child as Element;
    else if (name === "body" && body === null) body = child as Element;
  }
  const existingHead = head !== null;
  const existingBody = body !== null;
  if (
    existingHead &&
    existingBody &&
    html.firstElementChild === head &&
    head?.nextElementSibling === body
  ) {
    let clean = true;
    for (const child of childList(html)) {
      if (child.nodeType === ELEMENT_NODE && child !== head && child !== body) clean = false;
      else if (child.nodeType === TEXT_NODE && !isWhitespaceText(child)) clean = false;
    }
    if (clean) return;
  }
  const headEl = head ?? doc.createElement("head");
  const bodyEl = body ?? doc.createElement("body");

  // Distribute the other children of <html>: head-only elements seen before
  // any content go to <head>; everything else goes to <body>, keeping order
  // (content before an existing <body> goes in front of its children).
  const beforeBody: Node[] = [];
  const afterBody: Node[] = [];
  let seenBody = false;
  let seenContent = false;
  for (const child of childList(html)) {
    if (child === headEl) continue;
    if (child === bodyEl) {
      seenBody = true;
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE && child.nodeType !== TEXT_NODE) continue; // comments stay put
    if (isWhitespaceText(child) && !seenContent) continue;
    const name = nameOf(child);
    if (!seenBody && !seenContent && name !== null && HEAD_ONLY.has(name)) {
      headEl.appendChild(child);
      continue;
    }
    seenContent = true;
    (seenBody ? afterBody : beforeBody).push(child);
  }
  const firstBodyChild = bodyEl.firstChild;
  for (const node of beforeBody) bodyEl.insertBefore(node, firstBodyChild);
  for (const node of afterBody) bodyEl.appendChild(node);

  if (headEl.parentNode !== html || html.firstElementChild !== headEl) {
    html.insertBefore(headEl, html.firstChild);
  }
  if (bodyEl.parentNode !== html || headEl.nextElementSibling !== bodyEl) {
    html.insertBefore(bodyEl, headEl.nextSibling);
  }
}

/** Parse an HTML string with linkedom (Node side) into a document with <html>, <head> and <body>. */
export function parseHtml(html: string): Document {
  const source = html.charCodeAt(0) === 0xfeff ? html.slice(1) : html;
  const { document } = parseHTML(source);
  normalize(document);
  return document;
}
