// Whether a matched claim is asserted: not denied ("is not painless"), not
// framed as a myth or someone else's claim, not asked. Negation and questions
// are grammar and live here; the words of others' claims are the lexicon's.
import { indexed, type CompiledLexicon } from "./lexicon";
import { compilePattern, matchAt, type Match, type Pattern, type Sentence } from "./pattern";
import type { Lang } from "./schema";
import type { Token } from "./tokens";

const NEGATORS: Record<Lang, Set<string>> = {
  en: new Set([
    "not",
    "no",
    "never",
    "nor",
    "neither",
    "none",
    "nothing",
    "cannot",
    "hardly",
    "nobody",
    "without",
  ]),
  ru: new Set(["не", "нет", "ни", "никогда", "нельзя", "невозможно"]),
};
/** "no more than", "не чаще", "not only": a negator that quantifies rather than denies. */
const NEGATOR_RELEASE = new Set([
  "more",
  "less",
  "later",
  "earlier",
  "sooner",
  "fewer",
  "only",
  "longer",
  "более",
  "менее",
  "чаще",
  "реже",
  "раньше",
  "позднее",
  "позже",
  "только",
  "меньше",
  "больше",
  "дольше",
]);
/** A denial does not reach across these. */
const SCOPE_BREAK = new Set([
  ".",
  ",",
  ";",
  ":",
  "!",
  "?",
  "—",
  "–",
  "(",
  ")",
  "and",
  "but",
  "however",
  "although",
  "though",
  "yet",
  "while",
  "because",
  "since",
  "so",
  "но",
  "однако",
  "а",
  "зато",
  "хотя",
  "поэтому",
  "потому",
  "так",
  "и",
]);
const LOOKBACK = 6;

function isNegator(tokens: Token[], i: number, lang: Lang): boolean {
  const t = tokens[i];
  if (!t || !NEGATORS[lang].has(t.norm)) return false;
  const next = tokens[i + 1];
  return !(next && NEGATOR_RELEASE.has(next.norm));
}

/** A negator before the match in its clause, or inside one of its gaps, denies it. */
export function isNegated(s: Sentence, m: Match, lang: Lang): boolean {
  const { tokens } = s;
  if (m.gapTokens.some((i) => isNegator(tokens, i, lang))) return true;
  for (let i = m.start - 1, seen = 0; i >= 0 && seen < LOOKBACK; i--, seen++) {
    const t = tokens[i]!;
    if (SCOPE_BREAK.has(t.norm)) break;
    if (isNegator(tokens, i, lang)) return true;
  }
  // "Никаких побочных эффектов не бывает" is a double negative: an assertion.
  if (assertsAbsence(s, m, lang)) return false;
  return TRAILING_DENIAL[lang].some((p) => matchesFrom(p, s, m.end, 6));
}

const ABSENCE: Record<Lang, RegExp> = {
  en: /^(?:no|without|none|zero)$/,
  ru: /^(?:нет|без|ни|никаких|никакого|никакой|никакие|никакую|никто|ничего)$/,
};

function assertsAbsence(s: Sentence, m: Match, lang: Lang): boolean {
  for (let i = m.start; i < m.end; i++) if (ABSENCE[lang].test(s.tokens[i]!.norm)) return true;
  return false;
}

// Russian often denies after the fact: "безболезненной её назвать нельзя".
const TRAILING_DENIAL: Record<Lang, Pattern[]> = {
  en: [
    "is_not_true|is_a_myth|is_false|is_untrue|does_not_exist|do_not_exist|no_such_thing",
    "is_not_visible|are_not_visible|not_noticeable|will_not_work|does_not_work",
    "not_really|not_at_all|not_quite",
    "we_do_not|we_never|is_not_recommended|are_not_recommended|not_recommended|is_not_allowed|not_allowed|is_forbidden|is_prohibited",
  ].map((p) => compilePattern(p, "en")),
  ru: [
    "нельзя",
    "не_назвать|не_назовешь|не_скажешь",
    "это_не_так|это_миф|неправда|не_бывает|не_существует",
    "не_заметен|не_заметна|не_заметно|не_виден|не_видна|не_видно|не_получится|не_выйдет|не_удастся",
    "не_делаем|не_делают|не_проводим|не_проводят|не_рекомендуем|не_советуем|не_стоит|не_следует|не_рекомендуется|не_нужно|не_допускается|запрещено|запрещена",
  ].map((p) => compilePattern(p, "ru")),
};

function matchesFrom(p: Pattern, s: Sentence, from: number, within: number): boolean {
  for (let i = from; i < Math.min(s.tokens.length, from + within); i++) {
    if (
      SCOPE_BREAK.has(s.tokens[i]!.norm) &&
      s.tokens[i]!.norm !== "," &&
      s.tokens[i]!.norm !== "и"
    )
      return false;
    if (matchAt(p, s, i)) return true;
  }
  return false;
}

// Not "have": "Have a session every week" is an order, not a question.
const EN_QUESTION_OPENERS = new Set([
  "is",
  "are",
  "can",
  "does",
  "do",
  "will",
  "should",
  "could",
  "would",
  "may",
  "did",
]);
const EN_QUESTION_SUBJECTS = new Set([
  "it",
  "mesotherapy",
  "you",
  "the",
  "this",
  "i",
  "we",
  "they",
  "she",
  "he",
  "a",
  "an",
  "my",
  "your",
  "there",
  "these",
  "such",
  "one",
  "anyone",
  "everyone",
  "people",
  "women",
  "men",
]);

const CLAUSE_END = new Set(["—", "–", ":", ";"]);
const TRAILING = new Set(['"', "'", "»", "”", ")", "]"]);

/** "…painless?" and "…painless?»": a backward scan, linear on any input. */
function endsWithQuestionMark(sentence: string): boolean {
  let i = sentence.length - 1;
  while (i >= 0 && (TRAILING.has(sentence[i]!) || /\s/u.test(sentence[i]!))) i--;
  return sentence[i] === "?";
}

/**
 * Whether the clause holding the match is asked. "Painless and no downtime —
 * what more could you want?" asks only its last clause.
 */
export function isAsked(sentence: string, s: Sentence, m: Match, lang: Lang): boolean {
  const { tokens } = s;
  let clauseEnd = tokens.length;
  for (let i = m.end; i < tokens.length; i++) {
    if (CLAUSE_END.has(tokens[i]!.norm)) {
      clauseEnd = i;
      break;
    }
  }
  if (clauseEnd === tokens.length && endsWithQuestionMark(sentence)) return true;
  let clauseStart = 0;
  for (let i = m.start - 1; i >= 0; i--) {
    if (CLAUSE_END.has(tokens[i]!.norm)) {
      clauseStart = i + 1;
      break;
    }
  }
  if (lang === "ru") return tokens.slice(clauseStart, clauseEnd).some((t) => t.norm === "ли");
  const first = tokens[clauseStart];
  const second = tokens[clauseStart + 1];
  return (
    !!first &&
    !!second &&
    EN_QUESTION_OPENERS.has(first.norm) &&
    EN_QUESTION_SUBJECTS.has(second.norm)
  );
}

/**
 * Whether the sentence reports the claim as others' (a myth, "clinics claim",
 * "принято считать") without the writer adopting it ("…, and they are right").
 * The words are the lexicon's `reported` and `adopted`.
 */
export function isDistanced(s: Sentence, lexicon: CompiledLexicon): boolean {
  return (
    indexed(lexicon.reported).matchesAnywhere(s) && !indexed(lexicon.adopted).matchesAnywhere(s)
  );
}
