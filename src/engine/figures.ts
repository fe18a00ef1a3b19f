// Why a figure is contested: for a finding of a numeric claim (an age, an
// interval between sessions), the words that state the figure the engine
// judged ("every 5 days") and the claim's own explanation of it ("{figure}:
// the sources give 3–10 days..."). The background finds the words once per
// finding; the note and the side panel word the reason in their language
// (src/engine/figure-reason.ts, which the side panel can load without the engine).
import { contestedFigure } from "./engine";
import { withDigits } from "./english";
import { findNumberSpans } from "./numbers";
import { type Figure } from "./figure-reason";
import type { Claim, Lang } from "./schema";
import { tokenize } from "./tokens";

/** The figure that makes the sentence a finding of the claim, or null (not numeric, or no figure stated). */
export function figureOf(claim: Pick<Claim, "numeric">, text: string, lang: Lang): Figure | null {
  if (!claim.numeric) return null;
  const { text: source, tokens } = withDigits(text, tokenize(text, lang), lang);
  const spans = [...findNumberSpans(tokens).values()].flat();
  const span = contestedFigure(claim.numeric, spans);
  if (!span) return null;
  // One space for a run: the sentence may keep a page's source line breaks as spaces.
  const words = source
    .slice(tokens[span.start]!.start, tokens[span.end - 1]!.end)
    .replace(/\s+/g, " ");
  return { words, min: span.min, max: span.max };
}

export type { Figure };
