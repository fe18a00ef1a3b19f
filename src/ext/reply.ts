// The background's answer to a "check": the engine's findings with ids, page
// order and the claim's words in the browser's UI language. Pure, so the tests can
// hold it against both schemas that describe it (ReplyFinding, and the
// checker's lighter PageReply).
import type { CheckResult } from "../engine/engine";
import { whyFigure } from "../engine/figure-reason";
import { figureOf } from "../engine/figures";
import type { Claim, Lang } from "../engine/schema";
import type { ReplyFinding } from "./protocol";

export function toReply(
  result: CheckResult,
  claims: ReadonlyMap<string, Claim>,
  firstBlock: number,
  firstId: number,
  /** The language the reader's browser shows: the note's words are in it (one language per view). */
  uiLang: Lang,
): ReplyFinding[] {
  let nextId = firstId;
  return result.findings.map((f) => {
    const claim = claims.get(f.claim)!;
    const figure = figureOf(claim, f.text, f.lang);
    const why = figure && whyFigure(claim.numeric, figure, uiLang);
    return {
      id: nextId++,
      claim: f.claim,
      verdict: f.verdict,
      text: f.text,
      lang: f.lang,
      // Page order: block first, then offset within it.
      order: (firstBlock + f.block) * 100_000 + Math.min(f.start, 99_999),
      block: f.block,
      start: f.start,
      end: f.end,
      assertion: claim.assertion[uiLang],
      note: claim.note[uiLang],
      noteLang: uiLang,
      ...(figure && { figure }),
      ...(why && { why }),
    };
  });
}
