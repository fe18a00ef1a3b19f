// What the side panel shows, derived from a tab's state and the claims database.
import type { Verdict } from "../engine/schema";
import type { ClaimText } from "../ext/claims-content";
import type { FindingView } from "../ext/protocol";

export interface ClaimGroup {
  claim: ClaimText;
  findings: FindingView[];
}

/** Findings in page order, grouped by claim; groups in the order their first finding appears. */
export function groupByClaim(
  findings: readonly FindingView[],
  claims: readonly ClaimText[],
): ClaimGroup[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const groups = new Map<string, ClaimGroup>();
  for (const f of [...findings].sort((a, b) => a.order - b.order)) {
    const claim = byId.get(f.claim);
    if (!claim) continue;
    const group = groups.get(f.claim) ?? { claim, findings: [] };
    group.findings.push(f);
    groups.set(f.claim, group);
  }
  return [...groups.values()];
}

/** The verdict a group shows: contradicted if any of its findings is (an interval shorter than every source's). */
export function groupVerdict(group: ClaimGroup): Verdict {
  return group.findings.some((f) => f.verdict === "contradicted") ? "contradicted" : "disputed";
}
