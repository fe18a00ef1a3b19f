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

// One character class per alternative, so the scan is linear on any input.
const TOKEN = /([\p{L}\p{M}]+)|(\p{Nd}+)|[^\s\p{L}\p{M}\p{Nd}]/gu;
const APOSTROPHE = new Set(["'", "’", "ʼ"]);

const NOT_CONTRACTIONS: Record<string, string> = { can: "can", won: "will", shan: "shall", ain: "is" };
const SUFFIX_CONTRACTIONS: Record<string, string> = { re: "are", ll: "will", ve: "have", m: "am", d: "would" };

export function foldText(text: string): string {
  return text.toLowerCase().replaceAll("ё", "е");
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

export function tokenize(sentence: string, lang: Lang): Token[] {
  const folded = foldText(sentence);
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) {
    const text = m[0];
    const start = m.index;
    const end = start + text.length;
    const kind: TokenKind = m[1] ? "word" : m[2] ? "num" : "punct";
    if (kind === "word" && lang === "en") {
      const prevApos = out.at(-1);
      const prevWord = out.at(-2);
      // "doesn" "'" "t" -> "does" "not"; "it" "'" "s" -> "it" "is".
      if (prevApos && prevWord && APOSTROPHE.has(prevApos.norm) && prevApos.start === prevWord.end && prevApos.end === start && prevWord.kind === "word") {
        if (text === "t" && prevWord.norm.endsWith("n")) {
          out.pop();
          const base = prevWord.norm.slice(0, -1);
          prevWord.norm = prevWord.stem = NOT_CONTRACTIONS[prevWord.norm] ?? base;
          out.push(make("word", "not", prevApos.start, end, lang));
          continue;
        }
        const expanded = text === "s" ? "is" : SUFFIX_CONTRACTIONS[text];
        if (expanded) {
          out.pop();
          out.push(make("word", expanded, prevApos.start, end, lang));
          continue;
        }
      }
    }
    out.push(make(kind, text, start, end, lang));
  }
  return out;
}
