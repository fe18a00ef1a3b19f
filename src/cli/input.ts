// Turning a file's bytes into text blocks, the way the browser would see them.
import { BlockWalker, DEFAULT_MAX_CHARS } from "../dom/blocks";
import { looksLikeHtml, parseHtml } from "../dom/html";
import { pageSignals } from "../dom/signals";
import type { PageSignals } from "../engine/topic";

export class InputError extends Error {}

/** Bigger inputs are refused rather than read: memory stays bounded. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;
export const CAP_NOTE = `only the first ${DEFAULT_MAX_CHARS.toLocaleString("en")} characters of the page's text were checked`;

const CHARSET = /charset\s*=\s*["']?([\w-]+)/i;

/** UTF-8 when the bytes are valid UTF-8; else the page's declared charset; else windows-1251, the common legacy Russian encoding. */
export function decode(bytes: Uint8Array, name: string): string {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(`${name}: looks like a binary file, not text or HTML`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    const declared = CHARSET.exec(new TextDecoder("latin1").decode(head))?.[1]?.toLowerCase();
    const label = declared && declared !== "utf-8" && declared !== "utf8" ? declared : "windows-1251";
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      return new TextDecoder("windows-1251").decode(bytes);
    }
  }
}

export interface Page {
  blocks: string[];
  /** The text stopped at the extraction cap (DEFAULT_MAX_CHARS): the rest of the page was not read. */
  truncated: boolean;
  // Plain text has none.
  signals: PageSignals;
}

export function readPage(text: string): Page {
  if (looksLikeHtml(text)) {
    const doc = parseHtml(text);
    const root = doc.body ?? doc.documentElement ?? doc;
    const walker = new BlockWalker(root);
    walker.run();
    return { blocks: walker.blocks.map((b) => b.text), truncated: walker.truncated, signals: pageSignals(doc) };
  }
  // Plain text: paragraphs are separated by blank lines.
  return { blocks: text.split(/\n[ \t\r]*\n/).filter((p) => p.trim()), truncated: false, signals: {} };
}
