// compromise runs only on English candidate sentences, and only where they
// spell numbers out ("fourteen-year-olds", "seventy"): it turns them into
// digits for numbers.ts. Parsing every sentence would cost ~6 ms per KB.
import nlp from "compromise";

const SPELLED_NUMBER = /\b(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)/i;

export function hasSpelledNumber(sentence: string): boolean {
  return SPELLED_NUMBER.test(sentence);
}

export function numbersToDigits(sentence: string): string {
  const doc = nlp(sentence);
  doc.numbers().toNumber();
  return doc.text();
}
