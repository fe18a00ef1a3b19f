// The claims database's shape. Everything under claims/ is parsed through
// these schemas: in the tests, by the build (scripts/check-claims.ts), and
// whenever the engine loads it.
import { z } from "zod";

export const Lang = z.enum(["en", "ru"]);
export type Lang = z.infer<typeof Lang>;

export const Bilingual = z.object({ en: z.string().min(1), ru: z.string().min(1) }).strict();
export type Bilingual = z.infer<typeof Bilingual>;

/** A source article, cited by its file name in ../shared/sources/. */
export const SourceFile = z
  .string()
  .regex(
    /^\d{3}_[0-9a-f]{16}\.txt$/,
    "must be a source file name such as 001_768b966119802768.txt",
  );

export const Source = z
  .object({
    file: SourceFile,
    lang: Lang,
    /** As the text gives it, in its language; for a text without one, what it is (the CLI prints it). */
    title: z.string().min(1),
    /** The text has no title: what the side panel says instead, in each UI language. */
    untitled: Bilingual.optional(),
    /** Who published it, as far as the text shows (or that it does not), in each UI language. */
    publisher: Bilingual,
    about: z.string().min(1),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const Evidence = z
  .object({
    source: SourceFile,
    stance: z.enum(["asserts", "contradicts"]),
    /** Verbatim from the source, in its own language; short, and ending where its thought ends (scripts/check-claims.ts). */
    quote: z.string().min(3).max(300),
    /** The quote in the other UI language (English for a Russian source, Russian for an English one), shown beneath it. */
    translation: z.string().min(3).max(400).optional(),
  })
  .strict();
export type Evidence = z.infer<typeof Evidence>;

const Alternatives = z.array(z.string().min(1)).min(1);

/** Named word lists for `$name` in the rules; in omissions.json a name may not shadow a lexicon subject. */
const WordLists = z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), Alternatives);

/**
 * Matching rules for one language, in the token pattern language of
 * src/engine/pattern.ts (space-separated tokens; `a|b` alternatives; `pain*`
 * prefix; `~N` a gap of up to N tokens; `?word` optional). Compiled once.
 */
export const LangRules = z
  .object({
    /** The sentence asserts the claim if any of these matches outside a negation. */
    patterns: z.array(z.string().min(1)).min(1),
    /** Any match of these vetoes the sentence ("minimal discomfort" is not "painless"). */
    exclude: z.array(z.string().min(1)).default([]),
    /**
     * A match of these vetoes only a match in its own clause (between commas,
     * semicolons, colons, brackets or dashes): "treats acne scars" is excluded
     * by "scars", "treats acne, post-acne scars, rosacea" is not.
     */
    excludeInClause: z.array(z.string().min(1)).default([]),
    /**
     * A match of these that begins right after the match vetoes it: "treats
     * acne scars" is excluded by "scars" after "treats acne", while "treats acne
     * and acne scars" keeps its claim.
     */
    excludeAfter: z.array(z.string().min(1)).default([]),
    /**
     * Words of a question that a bare "no" answers with the claim: "Does it
     * hurt? No." is painless, "Is there any downtime? None." no downtime. A
     * question the claim's patterns match is answered by "yes" without these.
     */
    answeredNo: z.array(z.string().min(1)).default([]),
    /**
     * Word lists that the rules above name as `$name` ("$procedure ~6 $same-visit"),
     * so that a list several rules share is written once.
     */
    words: WordLists.default({}),
  })
  .strict();
export type LangRules = z.infer<typeof LangRules>;

/** Claims about numbers: the stated value decides whether, and how, the sentence is contested. */
export const Numeric = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("age"),
      /** Ages the sources give as suitable; a stated age outside it is a finding. */
      suitable: z.tuple([z.number().int().nonnegative(), z.number().int().positive()]),
      /** Why a stated age is contested, "{figure}" standing for the words that state it. */
      explain: Bilingual.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal("interval"),
      /** Days between sessions the sources give; a shorter stated interval contradicts all of them. */
      days: z.tuple([z.number().positive(), z.number().positive()]),
      shorter: z.enum(["disputed", "contradicted"]),
      /** Longer than this, a stated interval is between courses ("every 6-12 months"), not sessions. */
      longest: z.number().positive(),
      /** Why a stated interval is contested, "{figure}" standing for the words that state it. */
      explain: Bilingual.optional(),
      /** The same, for an interval shorter than any the sources give. */
      explainShorter: Bilingual.optional(),
    })
    .strict(),
]);
export type Numeric = z.infer<typeof Numeric>;

/**
 * What a claim is about, said as data: a subject of the lexicon (pain,
 * downtime, blood thinners ...) and the stance that asserts the claim of it
 * (permission, absence ...). `unless` names a stance that, said of the same
 * subject and not denied, vetoes the sentence ("stop aspirin a week before").
 */
export const About = z
  .object({
    subject: z.string().min(1),
    stance: z.string().min(1),
    unless: z.string().min(1).optional(),
  })
  .strict();
export type About = z.infer<typeof About>;

/** Sentences of a claim's own, checked by the build: `asserts` must be found with the claim, `lookalikes` must not. */
export const Examples = z
  .object({
    asserts: z.array(z.string().min(1)).min(1),
    lookalikes: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Examples = z.infer<typeof Examples>;

export const Verdict = z.enum(["disputed", "contradicted"]);
export type Verdict = z.infer<typeof Verdict>;

export const Claim = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    assertion: Bilingual,
    /** disputed: the sources disagree; contradicted: every source that speaks to it says otherwise. */
    verdict: Verdict,
    evidence: z.array(Evidence).min(1),
    note: Bilingual,
    /** "safety": believed, the claim can lead a reader into harm (treated despite a contraindication, or by no specialist); the side panel lists these first. */
    risk: z.enum(["safety"]).optional(),
    numeric: Numeric.optional(),
    about: z.array(About).default([]),
    /** The claim itself names other procedures ("combined with Botox"): the sentence-subject check does not apply. */
    namesOtherProcedures: z.boolean().default(false),
    /**
     * Minimising words ("minimal", "slight", "небольшой") still assert the claim:
     * it is relative itself ("a minimal number of contraindications"), or they
     * narrow its subject ("a slight fever is no reason to cancel").
     */
    minimisersAssert: z.boolean().default(false),
    /**
     * A condition on the manner of the procedure (the lexicon's `conditional`) still
     * asserts the claim: doing it at home "if you follow the right precautions" is
     * doing it at home.
     */
    conditionsAssert: z.boolean().default(false),
    match: z.object({ en: LangRules, ru: LangRules }).strict(),
    examples: z.object({ en: Examples, ru: Examples }).strict(),
  })
  .strict();
export type Claim = z.infer<typeof Claim>;

export const Caveat = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    kind: z.enum(["contraindication", "complication", "aftercare", "warning-sign"]),
    text: Bilingual,
    sources: z.array(SourceFile).min(1),
  })
  .strict();
export type Caveat = z.infer<typeof Caveat>;

/** Pattern-language alternatives ("pain", "blood_thinner*"), joined with | into one element. */
/** Patterns in which `$` stands for a subject's alternatives ("no|without ~2 $"). */
const Templates = z
  .array(z.string().regex(/(?:^|\s)\$(?:\s|$)/u, "must hold $ (the subject) as one element"))
  .min(1);

/**
 * One language's words for subjects and stances, shared by every claim, and
 * the words the engine's checks of a sentence need: the procedures a sentence
 * may be about, minimising qualifiers, others' claims, non-session time words.
 */
export const Lexicon = z
  .object({
    lang: Lang,
    subjects: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), Alternatives),
    stances: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), Templates),
    /**
     * Sentence-wide excludes of every claim said with a stance, by stance: what
     * takes back any permission ("only with your doctor's approval", "только с
     * разрешения врача") is the stance's, not one claim's.
     */
    stanceExcludes: z
      .record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.array(z.string().min(1)))
      .default({}),
    procedures: z
      .object({
        /** Words that name mesotherapy itself. */
        mesotherapy: Alternatives,
        /** Other named procedures, products or activities a sentence may be about instead. */
        other: Alternatives,
        /** Endings of procedures' names ("-plasty", "-therapy", "-пластика"): a longer word with one names a procedure the list above lacks. */
        otherEndings: z.array(z.string().regex(/^\p{Ll}+$/u)),
        /**
         * Head nouns of a procedure's name ("therapy", "injections", "peel"): after a
         * word that is not `generic`, they name a procedure the list above lacks
         * ("shockwave therapy", "keloid injections", "Hollywood peel").
         */
        heads: Alternatives.optional(),
        /** Heads that are adjectives too: a head only before no word, or a generic word that is no head ("a hydra facial is", not "overall facial tone"). */
        adjectiveHeads: Alternatives.optional(),
        /** Words before a head that leave it mesotherapy's or anyone's ("these injections", "painless injections", "vitamin cocktail injections"). */
        generic: Alternatives.optional(),
        /**
         * Head nouns that name a procedure only after a proper name, a capital mid-sentence
         * or an acronym that is not `generic` ("the Threadlift procedure", "LED treatments");
         * "acne treatment" or "the Skin treatment" names none.
         */
        namedHeads: Alternatives.optional(),
        /** What a treatment treats, or where: left generic before a named head ("our Acne Treatment", "Fat Reduction procedures"). */
        problems: Alternatives.optional(),
        /** "unlike", "в отличие от": a procedure named after it in its clause is not the sentence's subject ("Unlike with harsher procedures like chemical peels, ..."). */
        contrast: Alternatives,
        /**
         * "like", "как и": after a comma or opening the sentence, the procedure named
         * after it in its clause is a likeness, not the subject ("Mesotherapy, like PRP,
         * is painless"); "procedures like Botox" names examples and is left alone.
         */
        likeness: Alternatives,
        /** "known as", "называют": a procedure word right after it is a nickname ("a 'lunchtime facelift'"), not a mention. */
        naming: Alternatives,
        /** "not", "не": a procedure named right after it is not the subject ("not Botox"), one further on may be ("no reason not to have acupuncture"). */
        negators: Alternatives,
        /** "with", "с": what follows is the partner of a combination, not the procedure combined ("combined with peels"). */
        partners: Alternatives,
      })
      .strict(),
    qualifiers: z
      .object({
        /** Words that make a match relative anywhere in it or right before it, or opening its clause: "relatively painless", "Generally, it is safe", "относительно безопасна". */
        relative: Alternatives,
        /**
         * Degree adjectives, relative as those are ("no serious side effects"), except
         * inside the match of a claim whose minimisers assert, where they qualify its
         * subject ("treats mild to severe acne", "даже при сильной простуде").
         */
        intensities: Alternatives,
        /** Words that minimise a match right before it or at either end of it: "minimal downtime", "little to no downtime", "pain is minimal". */
        minimising: Alternatives,
        /**
         * Phrases that qualify the clause holding the match from before it, as `relative`
         * words do ("In most cases, it is safe"), or from after it ("safe in most cases",
         * "безвредна в большинстве случаев").
         */
        clauseWide: Alternatives,
        /** "generally safe, but it depends": a hedge before the match and a turn after it. */
        hedges: Alternatives,
        turns: Alternatives,
        /**
         * Words that grant a claim in form only ("technically safe, but the discomfort
         * is higher", "формально не противопоказание, но …"): before the match in its
         * clause, with a turn or a concession anywhere else in the sentence.
         */
        reservations: Alternatives,
        /** Words besides the turns that open a concession ("While it is technically possible, …"). */
        concessions: Alternatives,
        /** "generally very safe and almost painless": a relative word reaches over a short coordination ending in the match. */
        coordinators: Alternatives,
        /** Words a relative qualifier right before them makes a kind, not a degree: "minimally invasive and painless" qualifies no claim. */
        kinds: Alternatives,
      })
      .strict(),
    /** Patterns that report a claim as others' ("clinics claim", "принято считать"). */
    reported: z.array(z.string().min(1)).min(1),
    /**
     * Patterns that attribute a claim to someone ("some patients report", "клиники
     * уверяют"): like `reported`, except that one in a later clause opened by a
     * turn ("painless, though some people may feel a sting") frames that clause only.
     */
    attributed: z.array(z.string().min(1)).default([]),
    /**
     * The words of a short answer to a yes/no question ("Yes.", "Absolutely!",
     * "No.", "None.", "Да.", "Нет."), which open the sentence after it and
     * stand alone before punctuation.
     */
    answers: z
      .object({
        yes: Alternatives,
        no: Alternatives,
        /** Words besides the qualifiers' turns that make an answer conditional ("Yes — when it is chosen thoughtfully"). */
        unless: Alternatives,
        /** Words an answer may open with before its yes or no ("In a word, yes!", "Одним словом — да"). */
        leads: Alternatives,
        /**
         * Answers that grant what a question names, standing alone as a yes does
         * ("Breastfeeding? Go ahead.", "On your period? That's no obstacle.").
         */
        grants: Alternatives,
        /** Words that open a question no yes answers ("When …?", "Как …?"). */
        openQuestions: Alternatives,
        /** Words of a restriction that keep a yes from granting a question's subject ("Does a fever rule it out? Yes."). */
        restricts: Alternatives,
      })
      .strict(),
    /** Patterns by which the writer adopts a reported claim ("and they are right"). */
    adopted: z.array(z.string().min(1)).min(1),
    /**
     * Conditions on the manner of the procedure ("when performed by a qualified
     * practitioner", "in skilled hands", "при правильном проведении"): by the
     * labelling convention they take any claim back but a stated interval. A
     * condition on the person's state ("as long as your sugar is stable") does not.
     */
    conditional: z.array(z.string().min(1)).default([]),
    /** Time words that are no interval between sessions. */
    notIntervals: z
      .object({
        /**
         * What comes in sessions, or stands for what does ("sessions", "the
         * procedure", "it", "between", "repeat"): a stated rhythm in a sentence
         * with none of these, nor mesotherapy's name, is another thing's ("we
         * water the garden every week"). Mesotherapy's names
         * (procedures.mesotherapy) count too, and are not repeated here.
         */
        owners: Alternatives,
        /** Near a stated frequency, these make it a dose ("a baby aspirin daily"). */
        doses: Alternatives,
        /** Right after a span, these make it a pause before the visit ("three days beforehand"). */
        before: Alternatives,
        /** ... unless, within a few words after those, one of these names the next session ("6 weeks before a second treatment"). */
        nextSession: Alternatives,
        /** Right after a span, these make it everyday life ("your daily activities", "повседневные дела"). */
        everyday: Alternatives,
        /** Right after a span, these ("after", "после") ... */
        after: Alternatives,
        /** ... then, within a few words, one of these makes the span a wait after an event, not after a session ("a week after your period ends", "через неделю после родов"). */
        events: Alternatives,
      })
      .strict(),
  })
  .strict();
export type Lexicon = z.infer<typeof Lexicon>;

export const SourcesFile = z.array(Source).min(1);
export const CaveatsFile = z.array(Caveat).min(1);

/** A language's word lists for the engine (claims/words/<lang>.json; src/engine/words.ts). */
const WordList = z.array(z.string().min(1));
/** word → a number: a value, or a unit's length in days. */
const WordValues = z.record(z.string().min(1), z.number().positive());

export const WordsFile = z.strictObject({
  lang: Lang,
  /** Names of mesotherapy that make a page about it (the gate counts them); a space stands for a space, a hyphen or nothing. */
  topicTerms: WordList.min(1),
  negation: z.strictObject({
    negators: WordList,
    /** A negator followed by one of these quantifies rather than denies ("no more than"). */
    release: WordList,
    /** A denial does not reach across these (besides punctuation). */
    scopeBreaks: WordList,
    /** Words that assert an absence inside a match ("no pain"): with a negator before them, a double negative. */
    absence: WordList,
    /**
     * Negative concord (Russian ни-words): a negator before a match that opens with one of
     * these, or before one of these inside a match, agrees with it rather than denying it
     * ("не испытывает никакой боли", "не нужны ни осмотр, ни проба").
     */
    concord: WordList.optional(),
    /** Patterns that deny what comes before them ("… is a myth"). */
    trailingDenials: WordList,
    /** Patterns that deny what follows them at once ("far from painless", "anything but safe"). */
    leadingDenials: WordList,
    /** Words a trailing denial may reach across besides a comma. */
    trailingDenialBridges: WordList,
    /** Right after a trailing denial, these make it the claim's exception, not its denial ("…, не проводим её только при диабете"). */
    trailingExceptions: WordList.default([]),
    /**
     * Endings of an infinitive: one after a comma and before a trailing denial is
     * the verb that denial denies, in a clause of its own ("…, запись отменять не нужно").
     */
    infinitiveEndings: WordList.default([]),
  }),
  questions: z.strictObject({
    /** A clause opening with one of these and then one of `subjects` is asked ("Is it …"). */
    openers: WordList,
    subjects: WordList,
    /** A clause holding one of these is asked ("… ли …"). */
    particles: WordList,
    /** A match after one of these and then one of `indirectJoins` is asked ("people wonder if they can …"). */
    indirectAsks: WordList.default([]),
    indirectJoins: WordList.default([]),
    /** Words a last, asked clause points back with: "…: is it possible?", "…: возможно ли это?". */
    backReferences: WordList.default([]),
    /**
     * Joins that ask with no asking word before them when no alternative follows in their
     * comma's span: "no study shows whether its effects are permanent", not "whether you are 20 or 70".
     */
    askingJoins: WordList.default([]),
    /** The words that offer an alternative after an asking join ("or"). */
    alternatives: WordList.default([]),
  }),
  framing: z.strictObject({
    /**
     * An attribution ending in one of these introduces the claim after it
     * ("popular as", "known for", "известна как"): it frames no claim before it.
     */
    introducers: WordList,
    /** …unless one of these stands between them: the claim is a clause of its own ("… is safe and popular as …"). */
    joins: WordList,
    /** Words that open a relative clause: "Unlike liposuction, which …" says the clause of liposuction. */
    relatives: WordList,
    /**
     * Right after an attribution (past a comma), one of these opens what it
     * reports: it frames no claim before it ("…, косметолог говорит, что …").
     */
    complementisers: WordList.default([]),
    /** An attribution before one of these does not reach the clause it opens ("One study found …, but we recommend …"). */
    contrasts: WordList.default([]),
    /** Words that open a condition ("if", "если"): a match reaching across a clause end into one is no claim. */
    conditions: WordList.default([]),
    /** A condition word right after one of these concedes rather than conditions ("even if", "даже если"). */
    concessives: WordList.default([]),
  }),
  index: z.strictObject({
    /** So common that indexing a pattern by them would try it on nearly every sentence. */
    commonWords: WordList,
    commonPrefixes: WordList,
  }),
  numbers: z.strictObject({
    words: WordValues,
    rangeSeparators: WordList,
    /** Prefixes of units of time, with their length in days. */
    dayUnits: WordValues,
    /** "daily", "еженедельно": an interval in one word, in days. */
    periodic: WordValues,
    every: WordList,
    everyOther: WordList,
    /** "через день": every other day, unless the unit is one of `alternateDayNotBefore` ("через 2 дня" is a delay). */
    alternateDay: WordList,
    alternateDayNotBefore: WordList,
    /** "a week", "a fortnight": one unit. */
    oneUnit: WordList,
    timesWords: WordList,
    fixedTimes: WordValues,
    /** A count of these is a frequency too ("2 sessions a week", "2-3 mesotherapy treatments a week"). */
    sessionPrefixes: WordList,
    periodLeads: WordList,
    /** Leads after which a bare count is a frequency ("one to two per week"). */
    countLeads: WordList,
    /** "every few weeks": a count said in a word, with its largest value (the least is 2). */
    vagueCounts: WordValues,
    /** Tokens a number span may start with, besides digits and number words. */
    spanLeads: WordList,
    ageUnits: WordList,
    ageUnitPrefixes: WordList,
    ageBefore: WordList,
    /** "at the age of 16". */
    ageBeforeLink: WordList,
    /** A bare number after these reads as an age ("even at 75"), when one of `bareAgeAfter` or nothing follows. */
    bareAgeBefore: WordList,
    bareAgeAfter: WordList,
    years: WordList,
    yearsOld: WordList,
    /** Two words that leave an age open at one end: "18 (years) and older", "18 лет и старше". */
    ageOpenEnds: WordList,
    /** "at 70 years" is an age; after a word of `durationBefore` ("for over 50 years") it is not. */
    yearPrepositions: WordList,
    /**
     * Right before "N years" (or a range's first number), or before its year
     * preposition, a length of time, not an age: "на 10 лет", "через 5 лет",
     * "for over 50 years".
     */
    durationBefore: WordList,
    /** After "N years", a length of time or a date: "10 лет назад", "10 years ago". */
    durationAfter: WordList,
  }),
});
export type WordsFile = z.infer<typeof WordsFile>;

/** What a page about mesotherapy may leave out (claims/omissions.json). */
export const OmissionTopicId = z.enum([
  "contraindications",
  "complications",
  "specialist",
  "aftercare",
]);
export type OmissionTopicId = z.infer<typeof OmissionTopicId>;

/** A passage of a source that supports a topic's note: verbatim, in its own language; short. */
export const SourceQuote = z
  .object({
    source: SourceFile,
    /** Verbatim, whole (scripts/quotes.ts), as a claim's evidence quotes. */
    quote: z.string().min(3).max(300),
    /** The quote in the other UI language, shown beneath it. */
    translation: z.string().min(3).max(400).optional(),
  })
  .strict();
export type SourceQuote = z.infer<typeof SourceQuote>;

/**
 * The words by which a page tells its reader about a topic, in the pattern
 * language of src/engine/pattern.ts, where an element `$name` stands for the
 * alternatives of a word list (the file's `words`, else a lexicon subject).
 */
export const OmissionRules = z
  .object({
    /** A match that is stated (not denied, asked or reported as others') is a mention. */
    patterns: z.array(z.string().min(1)).default([]),
    /** A stated match opens a list ("Contraindications:", "After the session, avoid:")... */
    heads: z.array(z.string().min(1)).default([]),
    /** ...and a match of one of these in that sentence or the next blocks is a mention (list items are often bans: their negation is not checked). */
    items: z.array(z.string().min(1)).default([]),
    /** Any match of these makes the sentence no mention ("side effects: none", "bruise-free"). */
    exclude: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type OmissionRules = z.infer<typeof OmissionRules>;

/** Short pages (blocks one a line), checked by the build: `mentions` must not get the omission, `omits` must. */
export const OmissionExamples = z
  .object({
    mentions: z.array(z.string().min(1)).min(1),
    omits: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type OmissionExamples = z.infer<typeof OmissionExamples>;

export const OmissionTopic = z
  .object({
    topic: OmissionTopicId,
    /** What the sources say about it, for the reader of a page that leaves it out. */
    note: Bilingual,
    evidence: z.array(SourceQuote).min(1),
    /** Claims that deny the topic: a sentence the engine finds asserting one is no mention ("safe while breastfeeding"). */
    deniedBy: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).default([]),
    match: z.object({ en: OmissionRules, ru: OmissionRules }).strict(),
    examples: z.object({ en: OmissionExamples, ru: OmissionExamples }).strict(),
  })
  .strict();
export type OmissionTopic = z.infer<typeof OmissionTopic>;

export const OmissionsFile = z
  .object({
    words: z.object({ en: WordLists, ru: WordLists }).strict(),
    topics: z.array(OmissionTopic).min(1),
  })
  .strict();
export type OmissionsFile = z.infer<typeof OmissionsFile>;
