// The background's answer to a "check": the engine's findings with ids, page
// order and the claim's words in the page's language. Pure, so the tests can
// hold it against both schemas that describe it (ReplyFinding, and the
// checker's lighter PageReply).
import type { CheckResult } from "../engine/engine";
import type { Claim } from "../engine/schema";
import type { ReplyFinding } from "./protocol";

export function toReply(
  result: CheckResult,
  claims: ReadonlyMap<string, Claim>,
  firstBlock: number,
  firstId: number,
): ReplyFinding[] {
  let nextId = firstId;
  return result.findings.map((f) => {
    const claim = claims.get(f.claim)!;
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
      assertion: claim.assertion[f.lang],
      note: claim.note[f.lang],
      evidence: claim.evidence,
    };
  });
}
