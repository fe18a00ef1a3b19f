// The clause that holds a match: an `excludeInClause` pattern vetoes a match
// only there, so "treats acne scars" is excluded by "scars" while "treats
// acne, post-acne scars, rosacea" is not. An `excludeAfter` pattern vetoes
// a match only when it begins right after it: "treats acne scars", not "treats
// acne and acne scars".
import { matchAt, mayMatch, type Match, type Pattern, type Sentence } from "./pattern";
import { allLanguages } from "./words";

/** Punctuation that ends a clause or a list item; a hyphen or slash does not ("post-acne"). */
const CLAUSE_ENDS = new Set([",", ";", ":", "(", ")", "[", "]", "–", "—", "•"]);

/** Whether the token at `i` ends a clause or a list item. */
export const isClauseEnd = (s: Sentence, i: number): boolean =>
  s.tokens[i]!.kind === "punct" && CLAUSE_ENDS.has(s.tokens[i]!.norm);

/**
 * Whether an `excludeInClause` pattern matches inside the clause that holds the
 * match's last word, its key word (from the boundary before that word to the
 * one after): a match may reach across a list ("устранить дефекты – рубцы,
 * шрамы, акне"), and the scars are then another item's.
 */
export function isExcludedInClause(s: Sentence, m: Match, exclude: Pattern[]): boolean {
  if (!exclude.length) return false;
  const { tokens } = s;
  const ends = (i: number) => isClauseEnd(s, i);
  let from = m.end - 1;
  while (from > 0 && !ends(from - 1)) from--;
  let to = m.end;
  while (to < tokens.length && !ends(to)) to++;
  for (const p of exclude) {
    if (!mayMatch(p, s)) continue;
    for (let i = from; i < to; i++) {
      const x = matchAt(p, s, i);
      if (x && x.end <= to) return true;
    }
  }
  return false;
}

/** Whether an `excludeAfter` pattern begins right after the match, or after a hyphen there ("treats acne" + "scars", "acne" + "-prone"). */
export function isExcludedAfter(s: Sentence, m: Match, exclude: Pattern[]): boolean {
  const at = s.tokens[m.end]?.norm === "-" ? m.end + 1 : m.end;
  return exclude.some((p) => mayMatch(p, s) && matchAt(p, s, at) !== null);
}

const CONDITIONS = allLanguages((w) => w.framing.conditions);
const CONCESSIVES = allLanguages((w) => w.framing.concessives);

/**
 * Whether the match reaches over a clause end into a condition: its stance
 * and its subject then stand in two clauses, one a condition of the other
 * ("может быть допустима, если состав одобрит врач, ведущий беременность").
 * "Even if" concedes and asserts ("safe, even if you are pregnant").
 */
export function spansCondition(s: Sentence, m: Match): boolean {
  const { tokens } = s;
  let clauseEnd = false;
  for (const i of m.gapTokens) {
    if (isClauseEnd(s, i)) clauseEnd = true;
    else if (clauseEnd && CONDITIONS.has(tokens[i]!.norm))
      return !CONCESSIVES.has(tokens[i - 1]?.norm ?? "");
  }
  return false;
}
