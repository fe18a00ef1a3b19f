// Why a stated figure is contested, worded from the claim's data: pure, with
// type imports only, so the side panel words it without loading the engine.
import type { Lang, Numeric } from "./schema";

/** A stated figure: its words as written (digits where the sentence spelled them out), and its value. */
export interface Figure {
  words: string;
  min: number;
  max: number;
}

/** An interval shorter than any the sources give (the claim's `shorter` verdict and reason). */
export function isShorter(rule: Numeric, figure: { min: number }): boolean {
  return rule.kind === "interval" && figure.min < rule.days[0];
}

/** The claim's reason, in `lang`, with the figure's words in it; null when the claim words none. */
export function whyFigure(rule: Numeric | undefined, figure: Figure, lang: Lang): string | null {
  if (!rule) return null;
  const template =
    (rule.kind === "interval" && isShorter(rule, figure) && rule.explainShorter) || rule.explain;
  // A function, so that "$&" in page text is not read as a replacement pattern.
  return template ? template[lang].replace("{figure}", () => figure.words) : null;
}
