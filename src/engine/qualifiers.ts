// Minimising qualifiers: by the labelling convention near-absolutes still
// assert ("virtually painless", "почти нет противопоказаний") while relative
// or minimising words do not ("relatively painless", "minimal downtime",
// "little to no downtime", "generally safe, but it depends on your skin").
import { isClauseEnd } from "./clause";
import { occurrences, type CompiledLexicon } from "./lexicon";
import type { Match, Sentence } from "./pattern";
import { isNegator } from "./scope";

/** A minimising word may stand this many tokens before the match ("fairly and reasonably painless" aside). */
const REACH = 3;

/** Whether the match is qualified into a relative claim; `minimisersAssert` leaves only the adverbs and hedges to do it. */
export function isMinimised(
  s: Sentence,
  m: Match,
  lexicon: CompiledLexicon,
  minimisersAssert = false,
): boolean {
  const isRelative = (q: Match) =>
    !namesKind(s, q, m, lexicon) &&
    (q.start >= m.start ||
      isRightBefore(s, q, m) ||
      opensClauseOf(s, q, m) ||
      coordinatesWith(s, q, m, lexicon));
  for (const words of [lexicon.relative, lexicon.clauseWide])
    if (occurrences(words, s, 0, m.end).some(isRelative)) return true;
  if (isQualifiedAfter(s, m, lexicon)) return true;
  // Inside the match of such a claim, a degree qualifies its subject ("treats mild to severe acne").
  for (const q of occurrences(lexicon.intensity, s, 0, m.end))
    if (!(minimisersAssert && q.start > m.start) && isRelative(q)) return true;
  if (isReserved(s, m, lexicon)) return true;
  if (minimisersAssert) return isHedged(s, m, lexicon);
  // Right before the match with nothing but words between, or at either end
  // of it ("pain is minimal"); inside, it qualifies the subject ("a slight cold").
  for (const q of occurrences(lexicon.minimising, s, m.start - REACH, m.end)) {
    if (q.start === m.start || q.end === m.end) return true;
    // "little to no downtime" overlaps the match "no downtime".
    if (q.start < m.start && (q.end > m.start || isRightBefore(s, q, m))) return true;
  }
  return isHedged(s, m, lexicon);
}

/** "safe in most cases": a clause-wide qualifier after the match, in its clause, no punctuation between. */
function isQualifiedAfter(s: Sentence, m: Match, lexicon: CompiledLexicon): boolean {
  let end = m.end;
  while (end < s.tokens.length && s.tokens[end]!.kind !== "punct") end++;
  return occurrences(lexicon.clauseWide, s, m.end, end).some((q) => q.end <= end);
}

/**
 * "minimally invasive": the qualifier makes the word after it a kind and
 * qualifies nothing else, before the match or inside it ("a minimally invasive
 * and safe treatment").
 */
function namesKind(s: Sentence, q: Match, m: Match, lexicon: CompiledLexicon): boolean {
  return (
    q.end < m.end && occurrences(lexicon.kind, s, q.end, q.end + 1).some((k) => k.end <= m.end)
  );
}

/**
 * "Generally, mesotherapy is painless", "In general, it is safe": the
 * qualifier opens the clause that holds the match, a comma at most after it,
 * no other punctuation between.
 */
function opensClauseOf(s: Sentence, q: Match, m: Match): boolean {
  if (q.end > m.start) return false;
  const before = s.tokens[q.start - 1];
  if (before && before.kind !== "punct") return false;
  return reaches(s, q, m, (i) => s.tokens[i]!.kind === "punct");
}

/** No token from the qualifier to the match is a `stop`, but a comma right after the qualifier ("Generally, …") and a one-word aside after it ("Generally, yes, …"). */
function reaches(s: Sentence, q: Match, m: Match, stop: (i: number) => boolean): boolean {
  const comma = (i: number) => s.tokens[i]?.norm === ",";
  // "Generally, yes, you can …": a one-word aside between two commas right after it.
  const aside = comma(q.end) && s.tokens[q.end + 1]?.kind === "word" && comma(q.end + 2);
  for (let i = q.end; i < m.start; i++)
    if (stop(i) && !(i === q.end && comma(i)) && !(aside && i === q.end + 2)) return false;
  return true;
}

/** Words a qualifier may reach over when they hold a coordinator: "generally [very safe and] almost painless". */
const COORDINATION_REACH = 4;
/** The longest match, in tokens, that a coordination can hold. */
const COORDINATED_MATCH = 2;

/**
 * The qualifier stands before a short coordination that ends in the match, no
 * punctuation between: "generally very safe and almost painless", "relatively
 * quick and painless" qualify both. A match that opens with its own negator is
 * a claim of its own ("no lengthy recovery and no pain", "не требует длительного
 * восстановления и не нарушает …"), and so is a match longer than an adjective.
 */
function coordinatesWith(s: Sentence, q: Match, m: Match, lexicon: CompiledLexicon): boolean {
  if (q.end > m.start || m.start - q.end > COORDINATION_REACH) return false;
  // A word or two, as an adjective is: a longer match is a predicate of its own ("relatively simple and can be done at home").
  // A hyphenated compound is one word ("relatively straightforward and risk-free").
  let words = 0;
  for (let i = m.start; i < m.end; i++) if (s.tokens[i]!.norm !== "-") words++;
  if (words > COORDINATED_MATCH) return false;
  for (let i = q.end; i <= m.start; i++)
    if (s.tokens[i]!.kind === "punct" || isNegator(s.tokens, i, lexicon.lang)) return false;
  return occurrences(lexicon.coordinator, s, q.end, m.start).length > 0;
}

/** At most one word between the qualifier and the match, and no punctuation. */
function isRightBefore(s: Sentence, q: Match, m: Match): boolean {
  return (
    q.end <= m.start &&
    q.end >= m.start - 1 &&
    !s.tokens.slice(q.end, m.start).some((t) => t.kind === "punct")
  );
}

/**
 * "generally X, but ...": a hedge in the match's clause, before the end of the
 * match, and a turn after it. A hedge in an earlier clause qualifies that one
 * ("it usually takes ten minutes, and you can go straight back to work if needed").
 */
function isHedged(s: Sentence, m: Match, lexicon: CompiledLexicon): boolean {
  return (
    occurrences(lexicon.hedge, s, 0, m.end).some((q) =>
      reaches(s, q, m, (i) => isClauseEnd(s, i)),
    ) && occurrences(lexicon.turn, s, m.end).length > 0
  );
}

/**
 * "technically safe, but the discomfort is higher", "While it is technically
 * possible, it is advisable to …": a reservation in the match's clause, before
 * the match ends, grants the claim in form only when the sentence also turns
 * or concedes outside the match. Alone it asserts ("Technically, there's no
 * downtime after mesotherapy").
 */
function isReserved(s: Sentence, m: Match, lexicon: CompiledLexicon): boolean {
  if (
    !occurrences(lexicon.reservation, s, 0, m.end).some(
      (q) => q.start >= m.start || reaches(s, q, m, (i) => isClauseEnd(s, i)),
    )
  )
    return false;
  const outside = (q: Match) => q.end <= m.start || q.start >= m.end;
  return (
    occurrences(lexicon.turn, s).some(outside) || occurrences(lexicon.concession, s).some(outside)
  );
}
