// Tokens of one sentence, normalised for matching. Offsets are into the
// sentence so a match can be reported as it stands in the input.
import { stemmer as stemRussian } from "@orama/stemmers/russian";
import type { Lang } from "./schema";

export type TokenKind = "word" | "num" | "punct";

export interface Token {
  kind: TokenKind;
  /** Lower-cased, ё folded to е, contractions expanded ("n't" -> "not"). */
  norm: string;
  /** Russian: Snowball stem of norm; English: norm. */
  stem: string;
  start: number;
  end: number;
}

const SPACE = 0;
const LETTER = 1;
const DIGIT = 2;
const PUNCT = 3;
type CharClass = typeof SPACE | typeof LETTER | typeof DIGIT | typeof PUNCT;

const IS_LETTER = /^[\p{L}\p{M}]$/u;
const IS_DIGIT = /^\p{Nd}$/u;
const IS_SPACE = /^\s$/u;

/** ASCII and Cyrillic by code; anything else by its Unicode category. */
function classify(text: string, i: number, c: number): CharClass {
  if (c <= 32) return SPACE;
  if (c >= 48 && c <= 57) return DIGIT;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER;
  if (c < 128) return PUNCT;
  if (c >= 0x400 && c <= 0x4ff) return LETTER;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  if (IS_LETTER.test(ch)) return LETTER;
  if (IS_DIGIT.test(ch)) return DIGIT;
  return IS_SPACE.test(ch) ? SPACE : PUNCT;
}

const APOSTROPHE = new Set(["'", "’", "ʼ"]);

const NOT_CONTRACTIONS: Record<string, string> = {
  can: "can",
  won: "will",
  shan: "shall",
  ain: "is",
};
const SUFFIX_CONTRACTIONS: Record<string, string> = {
  re: "are",
  ll: "will",
  ve: "have",
  m: "am",
  d: "would",
};

export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("ё") ? lower.replaceAll("ё", "е") : lower;
}

// Words repeat across a page; the Snowball stemmer is the costliest step per token.
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 50_000;

export function stemFor(lang: Lang, norm: string): string {
  if (lang !== "ru" || norm.length <= 2) return norm;
  let stem = stems.get(norm);
  if (stem === undefined) {
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stems.set(norm, (stem = stemRussian(norm)));
  }
  return stem;
}

function make(kind: TokenKind, norm: string, start: number, end: number, lang: Lang): Token {
  return { kind, norm, stem: kind === "word" ? stemFor(lang, norm) : norm, start, end };
}

/** One pass over the characters: runs of letters, runs of digits, and single other characters. */
export function tokenize(sentence: string, lang: Lang): Token[] {
  const out: Token[] = [];
  const n = sentence.length;
  // Folding the whole text once is the same as folding each token, unless
  // lower-casing changed its length ("İ"): then each token is folded alone.
  const whole = foldText(sentence);
  const fold =
    whole.length === n
      ? (a: number, b: number) => whole.slice(a, b)
      : (a: number, b: number) => foldText(sentence.slice(a, b));
  let i = 0;
  while (i < n) {
    const c = sentence.charCodeAt(i);
    const cls = classify(sentence, i, c);
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    if (cls === SPACE) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    if (cls !== PUNCT) {
      while (i < n) {
        const d = sentence.charCodeAt(i);
        const w = d >= 0xd800 && d <= 0xdbff && i + 1 < n ? 2 : 1;
        if (classify(sentence, i, d) !== cls) break;
        i += w;
      }
    }
    push(
      out,
      cls === LETTER ? "word" : cls === DIGIT ? "num" : "punct",
      fold(start, i),
      start,
      i,
      lang,
    );
  }
  return out;
}

function push(
  out: Token[],
  kind: TokenKind,
  text: string,
  start: number,
  end: number,
  lang: Lang,
): void {
  if (kind === "word" && lang === "en") {
    const prevApos = out[out.length - 1];
    const prevWord = out[out.length - 2];
    // "doesn" "'" "t" -> "does" "not"; "it" "'" "s" -> "it" "is". Most words
    // follow a space, so the offsets are compared first.
    if (
      prevApos &&
      prevWord &&
      prevApos.end === start &&
      prevApos.start === prevWord.end &&
      prevWord.kind === "word" &&
      APOSTROPHE.has(prevApos.norm)
    ) {
      if (text === "t" && prevWord.norm.endsWith("n")) {
        out.pop();
        prevWord.norm = prevWord.stem =
          NOT_CONTRACTIONS[prevWord.norm] ?? prevWord.norm.slice(0, -1);
        out.push(make("word", "not", prevApos.start, end, lang));
        return;
      }
      const expanded = text === "s" ? "is" : SUFFIX_CONTRACTIONS[text];
      if (expanded) {
        out.pop();
        out.push(make("word", expanded, prevApos.start, end, lang));
        return;
      }
    }
  }
  out.push(make(kind, text, start, end, lang));
}
