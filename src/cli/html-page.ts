// A page's text blocks from HTML, or from plain text when it is not HTML. The
// CLI's main thread loads this module (and linkedom, whose evaluation is about
// 25 ms of a start) only when the input is HTML (main.ts).
import { BlockWalker } from "../dom/blocks";
import { parseHtml } from "../dom/html";
import { pageSignals } from "../dom/signals";
import { looksLikeHtml } from "../dom/sniff";
import { readText, type Page } from "./input";

/** HTML, through the same visible-text extraction the extension uses. */
export function readHtml(html: string): Page {
  const doc = parseHtml(html);
  const root = doc.body ?? doc.documentElement ?? doc;
  const walker = new BlockWalker(root);
  walker.run();
  return {
    blocks: walker.blocks.map((b) => b.text),
    truncated: walker.truncated,
    signals: pageSignals(doc),
  };
}

export function readPage(text: string): Page {
  return looksLikeHtml(text) ? readHtml(text) : readText(text);
}
