// What the side panel gets of the claims database: each claim's words,
// evidence and risk, each omission topic's note and evidence, the sources and
// the caveats; never rules or examples.
// The build calls this (wxt.config.ts, `mesocheck:claim-content`), so what the
// panel may read is said once, here, beside its type.
import type { Caveat, Claim, OmissionTopic, Source } from "../engine/schema";

/** What the panel reads of a claim: its words and evidence, never its rules. */
export type ClaimText = Pick<
  Claim,
  "id" | "assertion" | "verdict" | "evidence" | "note" | "risk" | "numeric"
>;

/** What the panel reads of an omission topic: its note and the sources' words, never its rules. */
export type OmissionText = Pick<OmissionTopic, "topic" | "note" | "evidence">;

export interface ClaimContent {
  claims: ClaimText[];
  omissions: OmissionText[];
  sources: Source[];
  caveats: Caveat[];
}

export function claimContentOf(db: {
  claims: ReadonlyArray<{ claim: Claim }>;
  sources: Source[];
  caveats: Caveat[];
  omissions: ReadonlyArray<{ topic: OmissionTopic }>;
}): ClaimContent {
  const claims = db.claims.map(
    ({ claim: { id, assertion, verdict, evidence, note, risk, numeric } }) => ({
      id,
      assertion,
      verdict,
      evidence,
      note,
      ...(risk && { risk }),
      ...(numeric && { numeric }),
    }),
  );
  const omissions = db.omissions.map(({ topic: { topic, note, evidence } }) => ({
    topic,
    note,
    evidence,
  }));
  return { claims, omissions, sources: db.sources, caveats: db.caveats };
}
