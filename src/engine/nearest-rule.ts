// For a claim the engine missed: the rule of it that came nearest, by the
// share of its required word groups the sentence has (`npm run eval -- --explain`).
import type { CompiledClaim } from "./claims";
import type { Pattern } from "./pattern";
import type { Lang } from "./schema";
import { tokenize } from "./tokens";

export interface NearestRule {
  rule: string;
  /** Required word groups of the rule that the sentence has, of all it has. */
  have: number;
  of: number;
}

export function nearestRule(claim: CompiledClaim, text: string, lang: Lang): NearestRule | null {
  const words = new Set<string>();
  for (const t of tokenize(text, lang)) words.add(t.norm).add(t.stem);
  let best: NearestRule | null = null;
  let bestShare = -1;
  for (const p of claim.rules[lang].patterns) {
    const have = groupsPresent(p, words, text);
    const of = p.required.length || 1;
    if (have / of > bestShare) [best, bestShare] = [{ rule: p.source, have, of }, have / of];
  }
  return best;
}

/** Groups with a word in the sentence; a group of prefixes is judged by its first atom's text. */
function groupsPresent(p: Pattern, words: Set<string>, text: string): number {
  let n = 0;
  for (const group of p.required)
    if (group.some((w) => words.has(w) || text.toLowerCase().includes(w))) n++;
  return n;
}
