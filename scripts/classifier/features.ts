// What the classifier reads of a sentence: the engine's tokens
// (src/engine/tokens.ts), words as Snowball stems (English and Russian),
// numbers and punctuation as they stand, joined by spaces. fastText adds the
// word bigrams (wordNgrams).
import { stemmer as stemEnglish } from "@orama/stemmers/english";
import type { Lang } from "../../src/engine/schema";
import { tokenize } from "../../src/engine/tokens";

export function features(text: string, lang: Lang): string {
  return tokenize(text, lang)
    .map((t) => (t.kind !== "word" ? t.norm : lang === "en" ? stemEnglish(t.norm) : t.stem))
    .join(" ");
}
