// What the side panel shows of the claims: assertions, notes, verdicts,
// evidence, sources and caveats. The build extracts them from the validated
// database (wxt.config.ts, `mesocheck:claim-content`): no rule, example or
// schema reaches the panel.
import { content } from "mesocheck:claim-content";
import type { Caveat, Claim, Source } from "../engine/schema";

/** What the panel reads of a claim: its words and evidence, never its rules. */
export type ClaimText = Pick<Claim, "id" | "assertion" | "verdict" | "evidence" | "note">;

export interface ClaimContent {
  claims: ClaimText[];
  sources: Source[];
  caveats: Caveat[];
}

export function claimContent(): ClaimContent {
  return content;
}
