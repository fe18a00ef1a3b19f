// An answer that grants what a question names: "Breastfeeding? Go ahead.",
// "On your period? That's no obstacle at all." The question says no stance,
// only a subject (a state of the reader's); the answer grants it. Claims of
// permission about that subject are then asserted, as if the two were said
// in one sentence ("You can have mesotherapy while breastfeeding").
import type { CompiledClaim } from "./claims";
import { matchAt, type Sentence } from "./pattern";
import { occurrences, subjectWords, type CompiledLexicon } from "./lexicon";

/** The stance whose claims a granting answer asserts of the question's subject. */
const PERMISSION = "permission";

/**
 * The claims of permission whose subject the question names. None for a
 * question that opens with a question word ("When can I …? You can."), whose
 * answer grants something else than its subject, nor where either speaks of
 * a restriction.
 */
export function permittedBySubject(
  question: Sentence,
  answer: Sentence,
  lexicon: CompiledLexicon,
  claims: readonly CompiledClaim[],
): CompiledClaim[] {
  let first = 0;
  while (question.tokens[first]?.kind === "punct") first++;
  if (matchAt(lexicon.answers.openQuestions, question, first)) return [];
  // A restriction in either turns the yes around ("Does a fever get in the way? Yes, the session is moved").
  if ([question, answer].some((x) => occurrences(lexicon.answers.restricts, x).length)) return [];
  return claims.filter(({ claim }) =>
    claim.about.some((a) => {
      if (a.stance !== PERMISSION) return false;
      const words = subjectWords(lexicon, a.subject);
      return !!words && occurrences(words, question).length > 0;
    }),
  );
}
