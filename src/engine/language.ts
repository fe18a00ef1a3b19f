import type { Lang } from "./schema";

// Enough letters to tell a paragraph's language; counting every letter of
// every block was a tenth of the engine's time.
const LETTERS = 400;

/** Russian if Cyrillic letters outnumber Latin ones among the first 400 letters (of the first 2,000 characters). */
export function detectLang(text: string, fallback: Lang = "en"): Lang {
  let cyrillic = 0;
  let latin = 0;
  const end = Math.min(text.length, 2000);
  // Past half of LETTERS one side has won: the other can no longer draw level.
  for (
    let i = 0;
    i < end && cyrillic + latin < LETTERS && cyrillic <= LETTERS / 2 && latin <= LETTERS / 2;
    i++
  ) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  if (cyrillic === latin) return fallback;
  return cyrillic > latin ? "ru" : "en";
}
