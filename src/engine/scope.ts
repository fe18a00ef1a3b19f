// Whether a matched claim is asserted: not denied ("is not painless"), not
// framed as a myth or someone else's claim, not asked. Negation and questions
// are grammar and live here; the words of others' claims are the lexicon's.
import { indexed, occurrences, type CompiledLexicon } from "./lexicon";
import {
  compilePattern,
  matchAt,
  mayMatch,
  type Match,
  type Pattern,
  type Sentence,
} from "./pattern";
import type { Lang } from "./schema";
import type { Token } from "./tokens";
import { allLanguages, perLanguage, WORDS } from "./words";

// The words are the languages' (claims/words/<lang>.json).
const NEGATORS = perLanguage((w) => w.negation.negators);
/** "no more than", "не чаще", "not only": a negator that quantifies rather than denies. */
const NEGATOR_RELEASE = allLanguages((w) => w.negation.release);
/** A denial does not reach across these. */
const SCOPE_BREAK = new Set([
  ...[".", ",", ";", ":", "!", "?", "—", "–", "(", ")"],
  ...allLanguages((w) => w.negation.scopeBreaks),
]);
const LOOKBACK = 6;
const INTRODUCERS = allLanguages((w) => w.framing.introducers);
const FRAME_JOINS = allLanguages((w) => w.framing.joins);
const COMPLEMENTISERS = allLanguages((w) => w.framing.complementisers);
const CONTRASTS = allLanguages((w) => w.framing.contrasts);

export function isNegator(tokens: Token[], i: number, lang: Lang): boolean {
  const t = tokens[i];
  if (!t || !NEGATORS[lang].has(t.norm)) return false;
  const next = tokens[i + 1];
  if (!next) return true;
  // A compound's first part names a kind, it denies nothing: "a no-needle treatment is fine".
  if (next.norm === "-" && next.start === t.end && tokens[i + 2]?.start === next.end) return false;
  return !NEGATOR_RELEASE.has(next.norm);
}

const CONCORD = perLanguage((w) => w.negation.concord ?? []);

/** A concord word after a negator inside the match agrees with it: "не нужны ни осмотр". */
function agrees(tokens: Token[], i: number, m: Match, lang: Lang): boolean {
  if (!CONCORD[lang].has(tokens[i]!.norm)) return false;
  for (let j = m.start; j < i; j++) if (isNegator(tokens, j, lang)) return true;
  return false;
}

/**
 * A negator before the match in its clause, or inside one of its gaps, denies it;
 * not one that a concord word opening the match agrees with ("не испытывает никакой боли").
 */
export function isNegated(s: Sentence, m: Match, lang: Lang): boolean {
  const { tokens } = s;
  if (m.gapTokens.some((i) => isNegator(tokens, i, lang) && !agrees(tokens, i, m, lang)))
    return true;
  const concordOpens = CONCORD[lang].has(tokens[m.start]!.norm);
  for (let i = m.start - 1, seen = 0; i >= 0 && seen < LOOKBACK; i--, seen++) {
    const t = tokens[i]!;
    if (SCOPE_BREAK.has(t.norm)) break;
    if (isNegator(tokens, i, lang) && !concordOpens) return true;
  }
  if (LEADING_DENIAL[lang].some((p) => endsBefore(p, s, m.start))) return true;
  // "Никаких побочных эффектов не бывает" is a double negative: an assertion.
  if (assertsAbsence(s, m, lang)) return false;
  return TRAILING_DENIAL[lang].some((p) => deniesFrom(p, s, m.end, 6));
}

const TRAILING_EXCEPTIONS = allLanguages((w) => w.negation.trailingExceptions);
/** How far after a trailing denial its exception word may stand ("не проводим её только при"). */
const EXCEPTION_REACH = 3;

/** A trailing denial from `from` on, unless what follows it names an exception. */
function deniesFrom(p: Pattern, s: Sentence, from: number, within: number): boolean {
  const denial = matchFrom(p, s, from, within);
  if (!denial) return false;
  for (let i = denial.end; i < Math.min(s.tokens.length, denial.end + EXCEPTION_REACH); i++)
    if (TRAILING_EXCEPTIONS.has(s.tokens[i]!.norm)) return false;
  return !deniesOwnVerb(s, from, denial.start);
}

const INFINITIVE_ENDINGS = allLanguages((w) => w.negation.infinitiveEndings);

/** An infinitive after a comma, before the denial: the denial is of that verb's clause. */
function deniesOwnVerb(s: Sentence, from: number, at: number): boolean {
  let comma = -1;
  for (let i = from; i < at; i++) if (s.tokens[i]!.norm === ",") comma = i;
  if (comma < 0) return false;
  for (let i = comma + 1; i < at; i++) {
    const { norm, kind } = s.tokens[i]!;
    if (kind === "punct") continue;
    for (const ending of INFINITIVE_ENDINGS) if (norm.endsWith(ending)) return true;
  }
  return false;
}

const ABSENCE = perLanguage((w) => w.negation.absence);

function assertsAbsence(s: Sentence, m: Match, lang: Lang): boolean {
  for (let i = m.start; i < m.end; i++) if (ABSENCE[lang].has(s.tokens[i]!.norm)) return true;
  return false;
}

/** Each language's patterns from its words (claims/words/<lang>.json), compiled once. */
const patternsPerLanguage = (pick: (w: (typeof WORDS)[Lang]) => string[]) =>
  Object.fromEntries(
    Object.entries(WORDS).map(([lang, w]) => [
      lang,
      pick(w).map((p) => compilePattern(p, lang as Lang)),
    ]),
  ) as Record<Lang, Pattern[]>;

// Russian often denies after the fact: "безболезненной её назвать нельзя".
const TRAILING_DENIAL = patternsPerLanguage((w) => w.negation.trailingDenials);
// "Far from painless", "anything but safe": a denial a scope break ("but") would hide from the lookback.
const LEADING_DENIAL = patternsPerLanguage((w) => w.negation.leadingDenials);
/** How far before the match a leading denial may end ("far from completely painless"). */
const LEADING_GAP = 2;

/** Whether the pattern matches so that it ends at most LEADING_GAP tokens before `at`. */
function endsBefore(p: Pattern, s: Sentence, at: number): boolean {
  for (let i = Math.max(0, at - LOOKBACK); i < at; i++) {
    const found = matchAt(p, s, i);
    if (found && found.end <= at && found.end >= at - LEADING_GAP) return true;
  }
  return false;
}

/** Words a trailing denial reaches across, besides a comma ("…, и это миф"). */
const TRAILING_BRIDGES = allLanguages((w) => w.negation.trailingDenialBridges);

function matchFrom(p: Pattern, s: Sentence, from: number, within: number): Match | null {
  for (let i = from; i < Math.min(s.tokens.length, from + within); i++) {
    if (
      SCOPE_BREAK.has(s.tokens[i]!.norm) &&
      s.tokens[i]!.norm !== "," &&
      !TRAILING_BRIDGES.has(s.tokens[i]!.norm)
    )
      return null;
    const found = matchAt(p, s, i);
    if (found) return found;
  }
  return null;
}

// Not "have": "Have a session every week" is an order, not a question.
const QUESTION_OPENERS = perLanguage((w) => w.questions.openers);
const QUESTION_SUBJECTS = perLanguage((w) => w.questions.subjects);
const QUESTION_PARTICLES = perLanguage((w) => w.questions.particles);
const INDIRECT_ASKS = perLanguage((w) => w.questions.indirectAsks);
const INDIRECT_JOINS = perLanguage((w) => w.questions.indirectJoins);
const BACK_REFERENCES = perLanguage((w) => w.questions.backReferences);
const ASKING_JOINS = perLanguage((w) => w.questions.askingJoins);
const ALTERNATIVES = perLanguage((w) => w.questions.alternatives);
/** How far before "if" / "whether" the asking word may stand ("wonder, quite reasonably, if", "check with your doctor whether"). */
const INDIRECT_REACH = 4;

const CLAUSE_END = new Set(["—", "–", ":", ";"]);
const TRAILING = new Set(['"', "'", "»", "”", ")", "]"]);

/** "…painless?" and "…painless?»": a backward scan, linear on any input. */
function endsWithQuestionMark(sentence: string): boolean {
  let i = sentence.length - 1;
  while (i >= 0 && (TRAILING.has(sentence[i]!) || /\s/u.test(sentence[i]!))) i--;
  return sentence[i] === "?";
}

/** "whether you are 20 or 70": an alternative before the next comma makes "whether" concessive, not asked. */
function offersAlternative(
  tokens: Sentence["tokens"],
  from: number,
  to: number,
  lang: Lang,
): boolean {
  for (let i = from; i < to && tokens[i]!.norm !== ","; i++)
    if (ALTERNATIVES[lang].has(tokens[i]!.norm)) return true;
  return false;
}

/**
 * "Mesotherapy at home: is it possible?", "Мезотерапия дома: возможно ли это?":
 * the last clause asks about what the clauses before it said, through a word
 * pointing back ("it", "это").
 */
function asksBack(tokens: Sentence["tokens"], from: number, lang: Lang): boolean {
  let start = from;
  for (let i = tokens.length - 1; i > from; i--)
    if (CLAUSE_END.has(tokens[i]!.norm)) {
      start = i;
      break;
    }
  const last = tokens.slice(start + 1);
  const pointsBack = (t?: Token) => !!t && BACK_REFERENCES[lang].has(t.norm);
  // "… ли это?" anywhere in it; "is it …?" opening it.
  if (last.some((t) => QUESTION_PARTICLES[lang].has(t.norm))) return last.some(pointsBack);
  return !!last[0] && QUESTION_OPENERS[lang].has(last[0].norm) && pointsBack(last[1]);
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
  // The sentence's question mark asks the match's clause if it is the last, or if the last asks back.
  if (
    endsWithQuestionMark(sentence) &&
    (clauseEnd === tokens.length || asksBack(tokens, clauseEnd, lang))
  )
    return true;
  let clauseStart = 0;
  for (let i = m.start - 1; i >= 0; i--) {
    if (CLAUSE_END.has(tokens[i]!.norm)) {
      clauseStart = i + 1;
      break;
    }
  }
  // "… ли …"
  if (tokens.slice(clauseStart, clauseEnd).some((t) => QUESTION_PARTICLES[lang].has(t.norm)))
    return true;
  // "Many people wonder if they can …": an indirect question before the match, or
  // inside it ("…диабета и подсказать, насколько безопасно").
  for (let i = clauseStart; i < m.end - 1; i++) {
    if (
      ASKING_JOINS[lang].has(tokens[i]!.norm) &&
      !offersAlternative(tokens, i + 1, clauseEnd, lang)
    )
      return true;
    if (!INDIRECT_JOINS[lang].has(tokens[i]!.norm)) continue;
    for (let j = Math.max(clauseStart, i - INDIRECT_REACH); j < i; j++)
      if (INDIRECT_ASKS[lang].has(tokens[j]!.norm)) return true;
  }
  // "Is it …"
  const first = tokens[clauseStart];
  const second = tokens[clauseStart + 1];
  return (
    !!first &&
    !!second &&
    QUESTION_OPENERS[lang].has(first.norm) &&
    QUESTION_SUBJECTS[lang].has(second.norm)
  );
}

/**
 * Whether the sentence reports the claim as others' (a myth, "clinics claim",
 * "принято считать") without the writer adopting it ("…, and they are right").
 * An attribution in a later clause opened by a turn frames that clause, not
 * the match ("Mesotherapy is painless, though some people may feel a sting"),
 * and one in an earlier clause does not reach past a turn either.
 * The words are the lexicon's `reported`, `attributed` and `adopted`.
 */
export function isDistanced(s: Sentence, lexicon: CompiledLexicon, m?: Match): boolean {
  if (indexed(lexicon.adopted).matchesAnywhere(s)) return false;
  if (indexed(lexicon.reported).matchesAnywhere(s)) return true;
  // An attribution before the match frames it unless a contrast opens the match's own
  // clause ("One study found …, but we recommend twice a week"); one after it, with no
  // turn between, as framesBefore says.
  const frames = (a: Match) =>
    !m ||
    (a.start < m.end
      ? !contrastBetween(s, a.end, m.start)
      : !occurrences(lexicon.turn, s, m.end, a.start).length && framesBefore(s, m, a));
  for (const [p] of indexed(lexicon.attributed).candidates(s))
    if (mayMatch(p, s) && occurrences(p, s).some(frames)) return true;
  return false;
}

function contrastBetween(s: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CONTRASTS.has(s.tokens[i]!.norm)) return true;
  return false;
}

/**
 * Whether an attribution after the claim frames it. One that introduces what
 * follows ("marketed as", "popular as") frames its subject, not a clause joined
 * before it ("… is very safe and gaining popularity as …"); any other ends the
 * claim's clause ("…, clinics claim.", "Myth … Reality:") or ends it but for
 * who says it ("…, как уверяют клиники"), as one with more words after it says
 * something of its own ("…, some patients describe a warm and tingly sensation").
 */
function framesBefore(s: Sentence, m: Match, a: Match): boolean {
  const last = s.tokens[a.end - 1]!;
  if (INTRODUCERS.has(last.norm)) {
    for (let i = m.end; i < a.start; i++) if (FRAME_JOINS.has(s.tokens[i]!.norm)) return false;
    return true;
  }
  if (last.kind === "punct") return true;
  // "…, the doctor says that …": what it reports follows it.
  const next = s.tokens[a.end]?.norm === "," ? a.end + 1 : a.end;
  if (COMPLEMENTISERS.has(s.tokens[next]?.norm ?? "")) return false;
  // Its clause may end on who says it: "…, как уверяют клиники", "…, says Dr. Brod".
  for (let i = a.end; i <= a.end + SAYER_WORDS; i++) {
    const t = s.tokens[i];
    if (!t || t.kind === "punct") return true;
  }
  return false;
}

/** How many words may follow an attribution in its clause: who says it, not a thing of its own. */
const SAYER_WORDS = 3;

const OPEN_QUOTES = new Set(["«", "“", "„", '"']);
const CLOSE_QUOTES = new Set(["»", "”", "“", '"']);
/** A quoted phrase this short is a scare quote or a slogan, not a title or a testimony. */
const QUOTE_MAX = 6;

/** How far after "known as" / "называют" a nickname may begin ('known as a "lunchtime facelift"'). */
const NICKNAME_REACH = 2;

/**
 * Whether the match sits inside a short quoted phrase, scare quotes or a
 * slogan the writer holds at arm's length ("«пожизненная гарантия»", 'the
 * "painless" procedure'), or is a nickname ("also known as a lunchtime facelift").
 */
export function isQuoted(s: Sentence, m: Match, lexicon: CompiledLexicon): boolean {
  for (const n of occurrences(lexicon.naming, s, m.start - NICKNAME_REACH - 1, m.start))
    if (n.end <= m.start && m.start - n.end <= NICKNAME_REACH) return true;
  const { tokens } = s;
  let open = -1;
  for (let i = m.start - 1; i >= Math.max(0, m.start - QUOTE_MAX); i--) {
    const t = tokens[i]!;
    if (t.kind !== "punct") continue;
    if (OPEN_QUOTES.has(t.norm)) open = i;
    break;
  }
  if (open < 0) return false;
  // The quote may close inside the match, round its key word or two: 'showcasing "instant" results'
  // (not round a longer name the match runs through: «пилинг + мезотерапия» проводится …).
  for (let i = m.start + 1; i < Math.min(m.end, m.start + 3); i++)
    if (CLOSE_QUOTES.has(tokens[i]!.norm)) return true;
  for (let i = m.end; i <= open + QUOTE_MAX + 1 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "punct") continue;
    return CLOSE_QUOTES.has(t.norm);
  }
  return false;
}
