// compromise runs only on English candidate sentences, and only where they
// spell numbers out ("fourteen-year-olds", "seventy"): it turns them into
// digits for numbers.ts. Parsing every sentence would cost ~6 ms per KB.
import nlp from "compromise";

import type { Lang } from "./schema";
import { tokenize, type Token } from "./tokens";

const SPELLED =
  /^(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)/;
const UNIT = /^(?:year|old|day|week|month|time|session|visit)/;

/** Whether a word may begin a spelled-out number: a sentence with none has no spelled number (hasSpelledNumber). */
export function maySpellNumber(norm: string): boolean {
  return SPELLED.test(norm);
}

/** A spelled-out number next to a unit ("seventy years", "fourteen-year-olds"): the only case compromise is called for. */
export function hasSpelledNumber(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) => maySpellNumber(t.norm) && tokens.slice(i + 1, i + 4).some((u) => UNIT.test(u.norm)),
  );
}

export function numbersToDigits(sentence: string): string {
  const doc = nlp(sentence);
  doc.numbers().toNumber();
  return doc.text();
}

/**
 * The sentence as numbers.ts reads it: with spelled-out numbers as digits,
 * retokenized, where an English sentence spells one next to a unit; else as
 * it is (the same tokens).
 */
export function withDigits(
  text: string,
  tokens: Token[],
  lang: Lang,
): { text: string; tokens: Token[] } {
  if (lang !== "en" || !hasSpelledNumber(tokens)) return { text, tokens };
  const digits = numbersToDigits(text);
  return { text: digits, tokens: tokenize(digits, lang) };
}
