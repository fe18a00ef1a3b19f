// What the side panel shows, derived from a tab's state and the claims database.
import type { Verdict } from "../engine/schema";
import type { ClaimText } from "../ext/claims-content";
import type { FindingView } from "../ext/protocol";

export interface ClaimGroup {
  claim: ClaimText;
  /** The claim's sentences on the page, in page order; each keeps its own verdict. */
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

/**
 * The verdict a claim is filed under: contradicted if any of its sentences is
 * (an interval shorter than every source's), so the summary, the filter and
 * the order agree; each sentence still shows its own.
 */
export function groupVerdict(group: ClaimGroup): Verdict {
  return group.findings.some((f) => f.verdict === "contradicted") ? "contradicted" : "disputed";
}

/** How much a group can harm a reader who believes it: lower comes first. */
function riskRank(group: ClaimGroup): number {
  const safety = group.claim.risk === "safety" ? 0 : 2;
  return safety + (groupVerdict(group) === "contradicted" ? 0 : 1);
}

/**
 * Groups ordered by risk: safety claims before the rest, within each the
 * contradicted before the disputed, and otherwise in page order (the sort is
 * stable, and groupByClaim gives page order).
 */
export function byRisk(groups: readonly ClaimGroup[]): ClaimGroup[] {
  return [...groups].sort((a, b) => riskRank(a) - riskRank(b));
}

export interface Summary {
  claims: number;
  sentences: number;
  byVerdict: Record<Verdict, number>;
}

/**
 * The page's sentences that make contested claims, each with its worst verdict:
 * a sentence that makes two claims is one sentence (findings share its page order).
 * The side panel's summary and the popup count them alike.
 */
export function sentencesOf(findings: readonly FindingView[]): Map<number, Verdict> {
  const worst = new Map<number, Verdict>();
  for (const f of findings)
    if (worst.get(f.order) !== "contradicted") worst.set(f.order, f.verdict);
  return worst;
}

/** Claims and sentences counted apart; claims counted by the verdict they are filed under. */
export function summarize(groups: readonly ClaimGroup[]): Summary {
  const byVerdict: Record<Verdict, number> = { contradicted: 0, disputed: 0 };
  for (const g of groups) byVerdict[groupVerdict(g)]++;
  const sentences = sentencesOf(groups.flatMap((g) => g.findings)).size;
  return { claims: groups.length, sentences, byVerdict };
}

export type VerdictFilter = "all" | Verdict;

export function filterByVerdict(
  groups: readonly ClaimGroup[],
  filter: VerdictFilter,
): ClaimGroup[] {
  return filter === "all" ? [...groups] : groups.filter((g) => groupVerdict(g) === filter);
}

/** A quote's lines, without the blank lines and indentation of the source's lists. */
export function quoteLines(quote: string): string[] {
  return quote
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}
