// Turning a file's bytes into text blocks, the way the browser would see them.
// HTML is read by html-page.ts, which main.ts loads for HTML input only (with linkedom, about 25 ms of a start).
import { DEFAULT_MAX_CHARS } from "../dom/blocks";
import type { PageSignals } from "../engine/topic";

export class InputError extends Error {}

/** Bigger inputs are refused rather than read: memory stays bounded. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;
/** 2000000 as "2,000,000", without toLocaleString: its first call loads ICU's number formats, a real share of the CLI's start-up. */
export function withCommas(n: number): string {
  const digits = String(n);
  let out = "";
  for (let i = 0; i < digits.length; i++)
    out += (i && (digits.length - i) % 3 === 0 ? "," : "") + digits[i];
  return out;
}
export const CAP_NOTE = `only the first ${withCommas(DEFAULT_MAX_CHARS)} characters of the page's text were checked`;

/** A file that cannot be read, said in a few words ("x.html: no such file"). */
export function fileError(file: string, e: unknown): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "is a directory"
        : code === "EACCES"
          ? "permission denied"
          : (e as Error).message;
  return new InputError(`${file}: ${why}`);
}

const CHARSET = /charset\s*=\s*["']?([\w-]+)/i;

/** UTF-8 when the bytes are valid UTF-8; else the page's declared charset; else windows-1251, the common legacy Russian encoding. */
export function decode(bytes: Uint8Array, name: string): string {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(`${name}: looks like a binary file, not text or HTML`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    const declared = CHARSET.exec(new TextDecoder("latin1").decode(head))?.[1]?.toLowerCase();
    const label =
      declared && declared !== "utf-8" && declared !== "utf8" ? declared : "windows-1251";
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

/** Plain text: paragraphs are separated by blank lines. */
export function readText(text: string): Page {
  return {
    blocks: text.split(/\n[ \t\r]*\n/).filter((p) => p.trim()),
    truncated: false,
    signals: {},
  };
}
