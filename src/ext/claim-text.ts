// What the side panel gets of the claims database: each claim's words,
// evidence and risk, the sources and the caveats; never its rules or examples.
// The build calls this (wxt.config.ts, `mesocheck:claim-content`), so what the
// panel may read is said once, here, beside its type.
import type { Caveat, Claim, Source } from "../engine/schema";

/** What the panel reads of a claim: its words and evidence, never its rules. */
export type ClaimText = Pick<Claim, "id" | "assertion" | "verdict" | "evidence" | "note" | "risk">;

export interface ClaimContent {
  claims: ClaimText[];
  sources: Source[];
  caveats: Caveat[];
}

export function claimContentOf(db: {
  claims: ReadonlyArray<{ claim: Claim }>;
  sources: Source[];
  caveats: Caveat[];
}): ClaimContent {
  const claims = db.claims.map(({ claim: { id, assertion, verdict, evidence, note, risk } }) => ({
    id,
    assertion,
    verdict,
    evidence,
    note,
    ...(risk && { risk }),
  }));
  return { claims, sources: db.sources, caveats: db.caveats };
}
