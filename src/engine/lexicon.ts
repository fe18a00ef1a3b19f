// A language's lexicon (claims/lexicon/<lang>.json), compiled once: the
// words the engine's sentence checks look for, and the subject x stance
// templates that claims' `about` expands into patterns.
import {
  compilePattern,
  matchAt,
  PatternError,
  PatternIndex,
  type Match,
  type Pattern,
  type Sentence,
} from "./pattern";
import type { About, Lang, Lexicon } from "./schema";

export interface CompiledLexicon {
  lang: Lang;
  source: Lexicon;
  mesotherapy: Pattern;
  otherProcedure: Pattern;
  /** Head nouns of procedures' names and the words before them that leave them generic (both or neither). */
  procedureHead?: {
    head: Pattern;
    generic: Pattern;
    named?: Pattern;
    problems?: Pattern;
    adjective?: Pattern;
  };
  contrast: Pattern;
  likeness: Pattern;
  negator: Pattern;
  naming: Pattern;
  partner: Pattern;
  relative: Pattern;
  intensity: Pattern;
  minimising: Pattern;
  clauseWide: Pattern;
  hedge: Pattern;
  turn: Pattern;
  reservation: Pattern;
  concession: Pattern;
  coordinator: Pattern;
  /** A short answer's words, "yes" and "no" (answers in the lexicon file). */
  answers: {
    yes: Pattern;
    no: Pattern;
    unless: Pattern;
    leads: Pattern;
    grants: Pattern;
    openQuestions: Pattern;
    restricts: Pattern;
  };
  /** Words that a relative qualifier right before them makes a kind ("minimally invasive"). */
  kind: Pattern;
  /** Patterns as data (the compiled database is embedded in builds); `indexed()` makes their index once. */
  reported: Pattern[];
  attributed: Pattern[];
  adopted: Pattern[];
  /** Conditions on the manner of the procedure, which take a claim back ("when performed by a qualified practitioner"). */
  conditional: Pattern[];
  owner: Pattern;
  dose: Pattern;
  before: Pattern;
  nextSession: Pattern;
  everyday: Pattern;
  after: Pattern;
  event: Pattern;
}

/** Alternatives as one pattern of one element. */
const anyOf = (alternatives: string[], lang: Lang): Pattern =>
  compilePattern(alternatives.join("|"), lang);

const subjectPatterns = new WeakMap<CompiledLexicon, Map<string, Pattern>>();

/** A subject's words as one pattern, compiled on first use: few answers ever ask for one. */
export function subjectWords(lexicon: CompiledLexicon, subject: string): Pattern | undefined {
  const words = lexicon.source.subjects[subject];
  if (!words) return undefined;
  let known = subjectPatterns.get(lexicon);
  if (!known) subjectPatterns.set(lexicon, (known = new Map()));
  let p = known.get(subject);
  if (!p) known.set(subject, (p = anyOf(words, lexicon.lang)));
  return p;
}

const indexes = new WeakMap<Pattern[], PatternIndex<null>>();

/** The index of a list of patterns, made on first use: an index is no data to embed, so it is not part of the compiled lexicon. */
export function indexed(patterns: Pattern[]): PatternIndex<null> {
  let index = indexes.get(patterns);
  if (!index) {
    index = new PatternIndex<null>();
    for (const p of patterns) index.add(p, null);
    indexes.set(patterns, index);
  }
  return index;
}

/** A lexicon pattern that does not compile, with the field that holds it ("reported.3"). */
export class LexiconPatternError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const { lang, procedures, qualifiers, notIntervals } = lexicon;
  const at = <T>(field: string, compile: () => T): T => {
    try {
      return compile();
    } catch (e) {
      if (e instanceof PatternError) throw new LexiconPatternError(field, e.message);
      throw e;
    }
  };
  const words = (field: string, alternatives: string[]) =>
    at(field, () => anyOf(alternatives, lang));
  const list = (field: "reported" | "attributed" | "adopted" | "conditional") =>
    lexicon[field].map((p, i) => at(`${field}.${i}`, () => compilePattern(p, lang)));
  return {
    lang,
    source: lexicon,
    mesotherapy: words("procedures.mesotherapy", procedures.mesotherapy),
    otherProcedure: words("procedures.other", procedures.other),
    procedureHead:
      procedures.heads && procedures.generic
        ? {
            head: words("procedures.heads", procedures.heads),
            generic: words("procedures.generic", procedures.generic),
            named: procedures.namedHeads && words("procedures.namedHeads", procedures.namedHeads),
            problems: procedures.problems && words("procedures.problems", procedures.problems),
            adjective:
              procedures.adjectiveHeads &&
              words("procedures.adjectiveHeads", procedures.adjectiveHeads),
          }
        : undefined,
    contrast: words("procedures.contrast", procedures.contrast),
    likeness: words("procedures.likeness", procedures.likeness),
    negator: words("procedures.negators", procedures.negators),
    naming: words("procedures.naming", procedures.naming),
    partner: words("procedures.partners", procedures.partners),
    relative: words("qualifiers.relative", qualifiers.relative),
    intensity: words("qualifiers.intensities", qualifiers.intensities),
    minimising: words("qualifiers.minimising", qualifiers.minimising),
    clauseWide: words("qualifiers.clauseWide", qualifiers.clauseWide),
    hedge: words("qualifiers.hedges", qualifiers.hedges),
    turn: words("qualifiers.turns", qualifiers.turns),
    reservation: words("qualifiers.reservations", qualifiers.reservations),
    concession: words("qualifiers.concessions", qualifiers.concessions),
    coordinator: words("qualifiers.coordinators", qualifiers.coordinators),
    kind: words("qualifiers.kinds", qualifiers.kinds),
    answers: {
      yes: words("answers.yes", lexicon.answers.yes),
      no: words("answers.no", lexicon.answers.no),
      unless: words("answers.unless", lexicon.answers.unless),
      leads: words("answers.leads", lexicon.answers.leads),
      grants: words("answers.grants", lexicon.answers.grants),
      openQuestions: words("answers.openQuestions", lexicon.answers.openQuestions),
      restricts: words("answers.restricts", lexicon.answers.restricts),
    },
    reported: list("reported"),
    attributed: list("attributed"),
    adopted: list("adopted"),
    conditional: list("conditional"),
    owner: words("notIntervals.owners", notIntervals.owners),
    dose: words("notIntervals.doses", notIntervals.doses),
    before: words("notIntervals.before", notIntervals.before),
    nextSession: words("notIntervals.nextSession", notIntervals.nextSession),
    everyday: words("notIntervals.everyday", notIntervals.everyday),
    after: words("notIntervals.after", notIntervals.after),
    event: words("notIntervals.events", notIntervals.events),
  };
}

/** Why an `about` cannot be expanded, as [field, message], or null. */
export function aboutError(about: About, lexicon: Lexicon): [string, string] | null {
  if (!lexicon.subjects[about.subject])
    return ["subject", `no subject "${about.subject}" in the ${lexicon.lang} lexicon`];
  if (!lexicon.stances[about.stance])
    return ["stance", `no stance "${about.stance}" in the ${lexicon.lang} lexicon`];
  if (about.unless && !lexicon.stances[about.unless])
    return ["unless", `no stance "${about.unless}" in the ${lexicon.lang} lexicon`];
  return null;
}

/** The pattern sources a subject said with a stance expands into: each of the stance's templates, `$` filled with the subject's words. */
export function expandAbout(subject: string, stance: string, lexicon: Lexicon): string[] {
  const words = lexicon.subjects[subject]!.join("|");
  return lexicon.stances[stance]!.map((template) =>
    template
      .split(/\s+/u)
      .map((part) => (part === "$" ? words : part))
      .join(" "),
  );
}

// A sentence with a match is asked about the same words by several checks
// and for several claims: each pattern is scanned once per sentence.
const scanned = new WeakMap<Sentence, Map<Pattern, Match[]>>();

/** Every match of the pattern in the sentence that starts from token `from` up to `to` (scanned once per sentence). */
export function occurrences(p: Pattern, s: Sentence, from = 0, to = s.tokens.length): Match[] {
  let bySentence = scanned.get(s);
  if (!bySentence) scanned.set(s, (bySentence = new Map()));
  let all = bySentence.get(p);
  if (!all) {
    all = [];
    for (let i = 0; i < s.tokens.length; i++) {
      const m = matchAt(p, s, i);
      if (m) all.push(m);
    }
    bySentence.set(p, all);
  }
  return from <= 0 && to >= s.tokens.length
    ? all
    : all.filter((m) => m.start >= from && m.start < to);
}
