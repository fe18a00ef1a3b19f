// "Is this HTML or plain text?", apart from the parser (html.ts): the CLI asks
// it of every input and loads linkedom only for HTML.

function isSpace(code: number): boolean {
  // ASCII whitespace, NBSP, BOM (U+FEFF)
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0xfeff;
}

/** After `<name`, a tag name ends with whitespace, ">", "/" or the end of input. */
function tagAt(lower: string, index: number, name: string): boolean {
  if (!lower.startsWith(name, index)) return false;
  const after = index + name.length;
  if (after >= lower.length) return true;
  const code = lower.charCodeAt(after);
  return isSpace(code) || code === 0x3e /* > */ || code === 0x2f; /* / */
}

const SNIFF_CHARS = 1000;
const CONTENT_TAGS = ["<p", "<div", "<body", "<article"];

/**
 * True when `text` looks like an HTML document rather than plain text: it
 * starts (after whitespace/BOM) with `<!doctype` or `<html`, or a <p>, <div>,
 * <body> or <article> tag opens within its first 1000 characters.
 * Case-insensitive; linear in the inspected prefix.
 */
export function looksLikeHtml(text: string): boolean {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start += 1;
  // A few extra characters so a tag name straddling the limit can be checked.
  const lower = text.slice(start, start + SNIFF_CHARS + 16).toLowerCase();
  if (lower.startsWith("<!doctype") || tagAt(lower, 0, "<html")) return true;
  let index = lower.indexOf("<");
  while (index >= 0 && index < SNIFF_CHARS) {
    for (const tag of CONTENT_TAGS) {
      if (tagAt(lower, index, tag)) return true;
    }
    index = lower.indexOf("<", index + 1);
  }
  return false;
}
