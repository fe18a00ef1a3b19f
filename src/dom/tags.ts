// Tag lists and node helpers shared by the gate, the page checker, the CLI's
// HTML reader and the signal reader. Plain arrays (lower-case local names),
// so a bundle keeps only the lists it uses; each reader builds its own Set
// or selector. Works on browser documents and on linkedom.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_TYPE_NODE = 10;
export const DOCUMENT_FRAGMENT_NODE = 11;

/** An element's lower-case local name ("" if it has none). */
export function nameOf(el: Element): string {
  return (el.localName || el.tagName || "").toLowerCase();
}

/** Elements whose text is never the page's text: code, styles, inert markup, form text. */
export const NOT_TEXT = ["script", "style", "noscript", "template", "textarea"] as const;

/** Subtrees whose <title>/<h1> are not the page's (SVG titles, inert templates). */
export const NOT_PAGE = [...NOT_TEXT, "svg", "math"] as const;

/** Elements whose whole subtree never contributes readable article text. */
export const SKIPPED = [
  ...NOT_PAGE,
  "input",
  "select",
  "option",
  "optgroup",
  "datalist",
  "button",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "video",
  "audio",
  "canvas",
  "head",
  "title",
  "meta",
  "link",
  "base",
  "noembed",
  "noframes",
] as const;

/** Page furniture by element: navigation and sidebars. */
export const FURNITURE = ["nav", "aside"] as const;
/** Page furniture by ARIA role. */
export const FURNITURE_ROLES = ["navigation", "complementary", "banner", "contentinfo"] as const;
/** Page furniture by class token: adverts. */
export const AD_CLASSES = [
  "ad",
  "ads",
  "advert",
  "adverts",
  "advertisement",
  "sponsored",
  "promo",
  "banner-ad",
] as const;

/** Elements that start and end a text block (everything else is inline). */
export const BLOCKS = [
  "p",
  "div",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "td",
  "th",
  "section",
  "article",
  "header",
  "footer",
  "nav",
  "aside",
  "main",
  "blockquote",
  "pre",
  "dd",
  "dt",
  "figcaption",
  "form",
  "fieldset",
  "table",
  "tr",
  "ul",
  "ol",
  "dl",
  "address",
  "details",
  "summary",
  "hr",
  "body",
  "html",
  // Also block-level in every browser's default style sheet:
  "figure",
  "caption",
  "thead",
  "tbody",
  "tfoot",
  "legend",
  "hgroup",
  "menu",
  "dialog",
  "center",
  "search",
  "listing",
  "plaintext",
  "xmp",
] as const;

/**
 * The blocks a page's change is checked again within: the nearest of these
 * around a changed node (a subset of BLOCKS: not lists, tables or forms,
 * which would re-check whole lists for one new item).
 */
export const RECHECKED_BLOCKS = [
  "p",
  "li",
  "dd",
  "dt",
  "td",
  "th",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "figcaption",
  "pre",
  "article",
  "section",
  "div",
  "main",
  "aside",
  "header",
  "footer",
] as const;

/** The headings whose text is a page signal. */
export const SIGNAL_HEADINGS = ["h1", "h2", "h3"] as const;

/** Elements that belong in <head> when they come before any body content. */
export const HEAD_ONLY = ["title", "meta", "link", "base", "style"] as const;

/** A CSS selector matching any of the names. */
export function selectorOf(names: readonly string[]): string {
  return names.join(", ");
}
