// text blocks -> sentences -> topic -> findings. Pure: no DOM, no browser API.
import type { ClaimsDb, CompiledClaim } from "./claims";
import { maySpellNumber, withDigits } from "./english";
import { isShorter } from "./figure-reason";
import { detectLang } from "./language";
import { findNumberSpans, mayStartSpan, type NumberSpan } from "./numbers";
import {
  matchAt,
  mayMatch,
  PatternIndex,
  PatternWords,
  type WordPlan,
  type Match,
  type Pattern,
  type Sentence,
} from "./pattern";
import type { Claim, Evidence, Lang, Numeric, OmissionTopicId, Verdict } from "./schema";
import { indexed, occurrences, type CompiledLexicon } from "./lexicon";
import { omissionIndex, OmissionScan, type Omission, type OmissionHits } from "./omissions";
import { isExcludedAfter, isExcludedInClause, spansCondition } from "./clause";
import { permittedBySubject } from "./granted";
import { isMinimised } from "./qualifiers";
import { isAsked, isDistanced, isNegated, isNegator, isQuoted } from "./scope";
import { splitSentences } from "./sentences";
import { CARRY_REACH, isAboutOtherProcedure, isAmongOtherProceduresOnly } from "./subject";
import { isSessionTime } from "./time-words";
import { tokenize, type Token } from "./tokens";
import { detectTopic, topicText, type PageSignals, type TopicVerdict } from "./topic";

export interface Finding {
  claim: string;
  verdict: Verdict;
  /** The sentence as it stands in the input block. */
  text: string;
  block: number;
  start: number;
  end: number;
  lang: Lang;
  assertion: string;
  note: string;
  evidence: Evidence[];
}

/** A claim's pattern as the index holds it: with the claim, and the pattern's words by number (PatternWords). */
interface Candidate {
  claim: CompiledClaim;
  words: WordPlan;
}

type Hits = Array<ReadonlyArray<readonly [Pattern, Candidate]> | undefined>;

export interface CheckOptions {
  /** Check even when the page is not about mesotherapy. */
  force?: boolean;
  /** Treat every block as this language instead of detecting it. */
  lang?: Lang;
  /**
   * The page's language as its opening gave it, for a later part of a page:
   * each block's language is detected against it, as the whole page's would be.
   * Otherwise the page's language is read from these blocks.
   */
  pageLang?: Lang;
  signals?: PageSignals;
}

export interface CheckResult {
  about: TopicVerdict;
  findings: Finding[];
  /** What the page never tells its reader (claims/omissions.json); empty unless the page is about mesotherapy. */
  omissions: Omission[];
}

export type { Omission, OmissionTopicId };

/** Why a match of a claim's pattern was, or was not, a finding. */
export type Outcome =
  | "asserted"
  | "negated"
  | "asked"
  | "quoted"
  | "an interval"
  | "minimised"
  | "conditional"
  | "another procedure"
  | "not a session interval"
  | "numbers in range"
  | "excluded"
  | "vetoed"
  | "others' claim";

/** One match the engine weighed: its claim, its rule, the words it matched, and the outcome. */
export interface Step {
  claim: Claim;
  rule: string;
  words: string;
  outcome: Outcome;
  /** For an excluded or vetoed match: the exclude or veto that turned it away. */
  by?: string;
}

export interface Checker {
  check(blocks: readonly string[], options?: CheckOptions): CheckResult;
  /**
   * Builds what the first check of `lang` would build first (its pattern
   * index), so that work can be done before the text arrives.
   */
  prepare(lang: Lang): void;
  /** Findings of one sentence, for tests and editors. */
  checkSentence(sentence: string, lang: Lang): Array<{ claim: Claim; verdict: Verdict }>;
  /** Every match the engine weighed in a text, sentence by sentence, and what became of it (`npm run eval -- --explain`). */
  explain(text: string, lang: Lang): Step[];
  /**
   * The topics a text of `lang` leaves out, as if it were about mesotherapy: for tests and
   * editors (the examples in omissions.json). `trace` hears the sentence that mentions each other topic.
   */
  omissionsOf(
    blocks: readonly string[],
    lang: Lang,
    trace?: (topic: OmissionTopicId, by: "pattern" | "item", sentence: string) => void,
  ): OmissionTopicId[];
}

// What a token is a key word of: some claim's patterns, some omission topic's, or both.
const CLAIM_KEY = 1;
const OMISSION_KEY = 2;

interface TokenKeys {
  claims: Hits[number];
  omissions: OmissionHits;
  /** A key of some claim's pattern, a number span's possible start included. */
  claimKey: boolean;
  /** Its norm's and stem's numbers among the claims' patterns' words (PatternWords). */
  words: readonly number[];
  /** mayStartSpan(): a sentence with no such token has no number span. */
  spanLead: boolean;
  /** An English word that may spell a number out: a sentence with none is read as it is (withDigits). */
  spelled: boolean;
}

/** A sentence without number spans shares this one (a sentence's spans are read-only). */
const NO_SPANS: ReadonlyMap<number, NumberSpan[]> = new Map();

/** A sentence that asks, kept for the one after that may answer it; `source` is the text its tokens' offsets point into (its block). */
interface Question {
  text: string;
  source?: string;
  tokens: Token[];
  keys: TokenKeys[];
}
const MAX_MEMO = 50_000;

export function createChecker(db: ClaimsDb): Checker {
  const patternWords = new PatternWords();
  // Each language's index is built on its first sentence: a page, and a CLI
  // run or a service worker's life, often reads one language only.
  const built: Partial<Record<Lang, PatternIndex<Candidate>>> = {};
  function indexOf(lang: Lang): PatternIndex<Candidate> {
    let index = built[lang];
    if (index === undefined) {
      index = built[lang] = new PatternIndex<Candidate>();
      for (const claim of db.claims)
        for (const pattern of claim.rules[lang].patterns)
          index.add(pattern, { claim, words: patternWords.add(pattern) });
    }
    return index;
  }
  const omissionKeys = omissionIndex(db.omissions);
  // What each word is a key of, looked up once per spelling: a token's stem
  // and kind follow from its norm, so its norm alone stands for it.
  const keysBy = { en: new Map<string, TokenKeys>(), ru: new Map<string, TokenKeys>() };
  function keysOf(t: Token, lang: Lang): TokenKeys {
    const memo = keysBy[lang];
    let keys = memo.get(t.norm);
    if (keys === undefined) {
      if (memo.size >= MAX_MEMO) memo.clear();
      const index = indexOf(lang);
      const claims = index.hitsOf(t);
      const spanLead = mayStartSpan(t);
      keys = {
        claims,
        omissions: omissionKeys[lang].hitsOf(t),
        claimKey: claims !== undefined || (index.hasSpanKeys && spanLead),
        words: patternWords.idsOf(t),
        spanLead,
        spelled: lang === "en" && maySpellNumber(t.norm),
      };
      memo.set(t.norm, keys);
    }
    return keys;
  }

  /** Whether a candidate may match the sentence last marked: most listed do not, and are not listed. */
  const admits = (c: Candidate) => patternWords.mayMatch(c.words);

  function checkSentence(text: string, lang: Lang): Array<{ claim: Claim; verdict: Verdict }> {
    const tokens = tokenize(text, lang);
    return hasCandidate(tokens, lang) ? checkTokens(text, tokens, lang) : [];
  }

  function explain(text: string, lang: Lang): Step[] {
    const steps: Step[] = [];
    const read: Sentence[] = [];
    for (const s of splitSentences(text, lang)) {
      const tokens = tokenize(s.text, lang);
      const n = read.length;
      if (hasCandidate(tokens, lang))
        checkTokens(
          s.text,
          tokens,
          lang,
          undefined,
          (step) => steps.push(step),
          false,
          () => read.slice(Math.max(0, n - CARRY_REACH), n),
        );
      read.push({ tokens, spansAt: NO_SPANS, source: s.text });
    }
    return steps;
  }

  /** Tokens the prefilter has passed, with their keysOf() when the caller has them; `trace` hears every match weighed. */
  function checkTokens(
    text: string,
    tokens: Token[],
    lang: Lang,
    keys?: TokenKeys[],
    trace?: (step: Step) => void,
    answeredYes = false,
    preceding?: () => readonly Sentence[],
    source = text,
  ): Array<{ claim: Claim; verdict: Verdict }> {
    // Most sentences spell no number out: their keys tell, and withDigits() is not asked.
    const read = keys?.some((k) => k.spelled) === false ? null : withDigits(text, tokens, lang);
    if ((read && read.tokens !== tokens) || !keys) {
      // Numbers spelled out are read in a text of their own, which the new tokens point into.
      if (read && read.tokens !== tokens) source = read.text;
      tokens = read?.tokens ?? tokens;
      keys = tokens.map((t) => keysOf(t, lang));
    }
    // The keys' parts, in one pass: their words for PatternWords, their claims for the candidates.
    const tokenWords: Array<readonly number[]> = new Array(keys.length);
    const hits: Hits = new Array(keys.length);
    let spanLead = false;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      tokenWords[i] = k.words;
      hits[i] = k.claims;
      spanLead ||= k.spanLead;
    }
    const spansAt = spanLead ? findNumberSpans(tokens) : NO_SPANS;
    patternWords.mark(tokenWords, spansAt);
    const sentence: Sentence = { tokens, spansAt, source };
    const lexicon = db.lexicon[lang];
    // The claims asserted, in the order found: a sentence asserts few, so a list is searched.
    const results: Array<{ claim: CompiledClaim; verdict: Verdict; m: Match }> = [];
    const asserted = (claim: CompiledClaim) => results.some((r) => r.claim === claim);
    const say = (claim: CompiledClaim, pattern: Pattern, m: Match, outcome: Outcome) =>
      trace?.({
        claim: claim.claim,
        rule: pattern.source,
        words: text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end),
        outcome,
        by:
          outcome === "excluded" || outcome === "vetoed"
            ? rejectingRule(sentence, m, claim.rules[lang], lang)
            : undefined,
      });
    for (const [pattern, { claim, words }] of indexOf(lang).candidates(sentence, hits, admits)) {
      if (asserted(claim)) continue;
      const latest = patternWords.latestStart(words);
      for (const i of patternWords.startsOf(words)) {
        if (i > latest) break;
        if (!patternWords.mayBeginAt(words, i)) continue;
        const m = matchAt(pattern, sentence, i);
        if (!m) continue;
        const rejected = rejection(text, sentence, m, claim, lang, lexicon, answeredYes, preceding);
        if (rejected) {
          say(claim, pattern, m, rejected);
          if (rejected === "negated" || rejected === "asked" || rejected === "quoted") continue;
          if (
            rejected !== "excluded" &&
            rejected !== "vetoed" &&
            rejected !== "numbers in range" &&
            rejected !== "conditional"
          )
            continue;
          break;
        }
        say(claim, pattern, m, "asserted");
        const verdict = numericVerdict(claim.claim, sessionSpans(claim, m, sentence, lexicon))!;
        results.push({ claim, verdict, m });
        break;
      }
    }
    // Framing is checked last: few sentences get this far.
    if (!results.length) return [];
    const found: Array<{ claim: Claim; verdict: Verdict }> = [];
    for (const { claim: c, verdict, m } of results) {
      if (isDistanced(sentence, lexicon, m)) {
        trace?.({ claim: c.claim, rule: "", words: text, outcome: "others' claim" });
        continue;
      }
      found.push({ claim: c.claim, verdict });
    }
    return found;
  }

  /** Why a match is no finding, or null when it asserts its claim. Cheapest checks first. */
  function rejection(
    text: string,
    s: Sentence,
    m: Match,
    claim: CompiledClaim,
    lang: Lang,
    lexicon: CompiledLexicon,
    answeredYes = false,
    preceding?: () => readonly Sentence[],
  ): Outcome | null {
    if (isNegated(s, m, lang)) return "negated";
    if (!answeredYes && isAsked(text, s, m, lang)) return "asked";
    if (isQuoted(s, m, lexicon)) return "quoted";
    if (!claim.claim.numeric && overlapsInterval(s, m, lexicon)) return "an interval";
    // A stated interval is a figure, not an absolute to be qualified ("typically 1–3 weeks apart, depending on the goal").
    if (
      claim.claim.numeric?.kind !== "interval" &&
      isMinimised(s, m, lexicon, claim.claim.minimisersAssert)
    )
      return "minimised";
    // A condition on how it is done ("safe when performed by a professional"): a stated interval is a figure still.
    if (
      claim.claim.numeric?.kind !== "interval" &&
      !claim.claim.conditionsAssert &&
      (indexed(lexicon.conditional).matchesAnywhere(s) || spansCondition(s, m))
    )
      return "conditional";
    if (
      claim.claim.namesOtherProcedures
        ? isAmongOtherProceduresOnly(s, m, lexicon)
        : isAboutOtherProcedure(s, m, lexicon, preceding)
    )
      return "another procedure";
    const spans = sessionSpans(claim, m, s, lexicon);
    if (spans.length < m.spans.length && !spans.length) return "not a session interval";
    if (!numericVerdict(claim.claim, spans)) return "numbers in range";
    // A claim's excludes are indexed when a match of it first gets this far: most never do, and start-up is spared them.
    if (isExcludedBy(indexed(claim.rules[lang].exclude), s, lang)) return "excluded";
    if (isExcludedInClause(s, m, claim.rules[lang].excludeInClause)) return "excluded";
    if (isExcludedAfter(s, m, claim.rules[lang].excludeAfter)) return "excluded";
    if (isVetoed(s, claim.rules[lang].vetoes, lang)) return "vetoed";
    return null;
  }

  /** Spans are not known yet: a token that may start one stands in for them. */
  function hasCandidate(tokens: Token[], lang: Lang): boolean {
    const index = indexOf(lang);
    return tokens.some((t) => index.isKey(t, mayStartSpan(t)));
  }

  function check(blocks: readonly string[], options: CheckOptions = {}): CheckResult {
    const about = detectTopic(topicText(blocks), options.signals ?? {}, options.lang);
    if (!about.mesotherapy && !options.force) return { about, findings: [], omissions: [] };
    // Only a page about mesotherapy can leave out what a reader of one should know; a forced check of another page gets none.
    const scan = about.mesotherapy ? new OmissionScan(db.omissions, omissionKeys) : null;
    const pageLang = options.pageLang ?? about.lang;
    const findings = checkBlocks(blocks, options, pageLang, scan);
    return { about, findings, omissions: scan?.omissions(options.lang ?? pageLang) ?? [] };
  }

  function omissionsOf(
    blocks: readonly string[],
    lang: Lang,
    trace?: (topic: OmissionTopicId, by: "pattern" | "item", sentence: string) => void,
  ): OmissionTopicId[] {
    const scan = new OmissionScan(db.omissions, omissionKeys, trace);
    checkBlocks(blocks, { lang }, lang, scan);
    return scan.omissions(lang).map((o) => o.topic);
  }

  /** What a question asserts when its yes is given ("Is it safe? Yes."): its own words, read as said. */
  function askedAsSaid(question: Question, lang: Lang): Array<{ claim: Claim; verdict: Verdict }> {
    const { text, tokens, keys, source } = question;
    return checkTokens(text, tokens, lang, keys, undefined, true, undefined, source);
  }

  /**
   * The claims a short answer settles: "Is mesotherapy safe? Yes." asserts
   * what the question asks, as if it were said; "Does it hurt? No." or "Is
   * there any downtime? None." the claims whose `answeredNo` words the
   * question holds. An answer that goes on with a turn or a qualifier ("Yes,
   * but only ...", "No, just a slight sting") settles nothing, nor does "no"
   * to a question that names another procedure or is itself negative.
   */
  function answeredBy(
    question: Question,
    answer: Token[],
    lang: Lang,
    sameBlock = true,
  ): Array<{ claim: Claim; verdict: Verdict }> {
    const lexicon = db.lexicon[lang];
    const a: Sentence = { tokens: answer, spansAt: NO_SPANS };
    const alone = (m: Match | null) => m !== null && (answer[m.end]?.kind ?? "punct") === "punct";
    const at = answerOpening(a, lexicon);
    const yes =
      alone(matchAt(lexicon.answers.yes, a, at)) || alone(matchAt(lexicon.answers.grants, a, at));
    const no = !yes && alone(matchAt(lexicon.answers.no, a, at));
    // An answer that grants in its own words ("Bleeding disorder? The amounts are so tiny it's no issue for you.").
    // In the question's block only, as any reading of an answer's own words with its question.
    const grants = sameBlock && !yes && !no && occurrences(lexicon.answers.grants, a).length > 0;
    if (!yes && !no && !grants) return [];
    const { turn, relative, minimising, intensity } = lexicon;
    for (const words of [turn, relative, minimising, intensity, lexicon.answers.unless])
      if (occurrences(words, a, at).length) return [];
    if (indexed(lexicon.conditional).matchesAnywhere(a)) return [];
    const q: Sentence = { tokens: question.tokens, spansAt: NO_SPANS, source: question.source };
    const whole: Match = { start: 0, end: q.tokens.length, gapTokens: [], spans: [] };
    const plain = () =>
      !q.tokens.some((_, i) => isNegator(q.tokens, i, lang)) &&
      !isAboutOtherProcedure(q, whole, lexicon);
    if (yes || grants) {
      // A grant in the answer's own words speaks only to a plain question's subject.
      if (grants && !plain()) return [];
      const asked = askedAsSaid(question, lang);
      // A yes asserts what the question asks; a grant in the answer's words asks nothing of it.
      if (asked.length) return yes ? asked : [];
      if (!plain()) return [];
      // A question that names only a subject ("Breastfeeding? Go ahead."): its claims of permission.
      return permittedBySubject(q, a, lexicon, db.claims).map(({ claim }) => ({
        claim,
        verdict: numericVerdict(claim, [])!,
      }));
    }
    if (!plain()) return [];
    const asked: Array<{ claim: Claim; words: Match[] }> = [];
    for (const { claim, rules } of db.claims) {
      const words = rules[lang].answeredNo.flatMap((p) => occurrences(p, q));
      if (words.length) asked.push({ claim, words });
    }
    // The words one claim asks by lie inside another's: the question asks the longer
    // ("Are there any age restrictions? No." asks of age, not of restrictions after it).
    const inside = (x: Match, y: Match) =>
      y.start <= x.start && x.end <= y.end && y.end - y.start > x.end - x.start;
    return asked
      .filter(
        (a) =>
          !a.words.every((x) => asked.some((b) => b !== a && b.words.some((y) => inside(x, y)))),
      )
      .map(({ claim }) => ({ claim, verdict: numericVerdict(claim, [])! }));
  }

  /**
   * An answer read with its question's words, the two as one sentence: the
   * question may name the subject and the answer take the stance ("Pregnant?
   * You can still have it.", "Taking blood thinners? The treatment is still
   * safe for you."). `joint` is what the two say together; `asked`, what the
   * question asks by itself ("Painless? Not for me." adds nothing to it).
   * Null for an answer that opens with a no.
   */
  function readWithQuestion(
    question: Question,
    answer: Token[],
    answerKeys: TokenKeys[],
    answerText: string,
    lang: Lang,
    preceding: () => readonly Sentence[],
  ): { joint: Array<{ claim: Claim; verdict: Verdict }>; asked: () => Set<string> } | null {
    if (!answer.length) return null;
    const lexicon = db.lexicon[lang];
    const a: Sentence = { tokens: answer, spansAt: NO_SPANS };
    if (opensWithNo(a, lexicon)) return null;
    // The two as one sentence, the question's mark read as a comma: its tokens, not the text again.
    let end = question.tokens.length;
    while (end > 0 && question.tokens[end - 1]!.kind === "punct") end--;
    const last = question.tokens[end - 1];
    const comma: Token = {
      kind: "punct",
      norm: ",",
      stem: ",",
      start: last?.end ?? 0,
      end: last?.end ?? 0,
    };
    const mark = question.text.lastIndexOf("?");
    const text = `${mark < 0 ? question.text : question.text.slice(0, mark)}, ${answerText}`;
    // The answer's lead and yes are left out: a pattern's reach from the question's words counts no filler.
    const body = answerBody(a, lexicon);
    const joint = checkTokens(
      text,
      [...question.tokens.slice(0, end), comma, ...answer.slice(body)],
      lang,
      [...question.keys.slice(0, end), keysOf(comma, lang), ...answerKeys.slice(body)],
      undefined,
      true,
      preceding,
      question.source,
    );
    let asked: Set<string> | undefined;
    return {
      joint,
      asked: () => (asked ??= new Set(askedAsSaid(question, lang).map((f) => f.claim.id))),
    };
  }

  /** What each token of the block in hand is a key of (CLAIM_KEY, OMISSION_KEY): one buffer for all blocks, not one each. */
  let keyBuffer = new Uint8Array(1024);

  /** The findings of each block's sentences; `scan` hears the sentences with an omission topic's key word, in the same pass. */
  function checkBlocks(
    blocks: readonly string[],
    options: CheckOptions,
    pageLang: Lang,
    scan: OmissionScan | null,
  ): Finding[] {
    const findings: Finding[] = [];
    // The sentence before, when it asks a question with some key word: the next may answer it,
    // in its block or, when it ends one (a FAQ's heading), opening the next.
    let question: (Question & { block: number; start: number }) | null = null;
    // The page's sentences counted, for how far a list reaches: a block that is not segmented counts as one.
    let at = 0;
    blocks.forEach((block, b) => {
      const lang = options.lang ?? detectLang(block, pageLang);
      // A block with no key word of any claim or topic is never segmented; a sentence without one is never tried.
      const tokens = tokenize(block, lang);
      // Each token is looked up once; its keys serve the prefilter and the candidates.
      const keys: TokenKeys[] = new Array(tokens.length);
      // Once every topic is mentioned, tokens are no longer looked up for them.
      const scanning = scan !== null && !scan.done;
      const omissionHits: OmissionHits[] = scanning ? new Array(tokens.length) : [];
      if (keyBuffer.length < tokens.length) keyBuffer = new Uint8Array(tokens.length * 2);
      const keyOf = keyBuffer;
      let anyKey = 0;
      for (let i = 0; i < tokens.length; i++) {
        const k = keysOf(tokens[i]!, lang);
        keys[i] = k;
        let key = k.claimKey ? CLAIM_KEY : 0;
        if (scanning && (omissionHits[i] = k.omissions) !== undefined) key |= OMISSION_KEY;
        keyOf[i] = key;
        anyKey |= key;
      }
      // A block with no key word may still answer the question that ended the block before ("No.").
      if (!anyKey && !question) {
        at++;
        return;
      }
      const finding = (
        claim: Claim,
        verdict: Verdict,
        text: string,
        start: number,
        end: number,
      ): Finding => ({
        claim: claim.id,
        verdict,
        text,
        block: b,
        start,
        end,
        lang,
        assertion: claim.assertion[lang],
        note: claim.note[lang],
        evidence: claim.evidence,
      });
      let t = 0;
      const sentences = splitSentences(block, lang);
      // Where each sentence read so far in the block begins: the ones before a sentence may name its subject.
      const starts: number[] = [];
      // Each sentence before as one Sentence, made when first asked for: the subject checks' memos are kept by sentence.
      const before: Sentence[] = [];
      const sentenceAt = (k: number): Sentence =>
        (before[k] ??= {
          tokens: tokens.slice(starts[k], starts[k + 1]),
          spansAt: NO_SPANS,
          source: block,
        });
      for (const s of sentences) {
        at++;
        while (t < tokens.length && tokens[t]!.start < s.start) t++;
        const first = t;
        starts.push(first);
        const n = starts.length - 1;
        const preceding = (): Sentence[] => {
          const out: Sentence[] = [];
          for (let k = Math.max(0, n - CARRY_REACH); k < n; k++) out.push(sentenceAt(k));
          return out;
        };
        let key = 0;
        for (; t < tokens.length && tokens[t]!.end <= s.end; t++) key |= keyOf[t]!;
        const asked = question;
        question =
          key && s.text.trimEnd().endsWith("?")
            ? {
                text: s.text,
                source: block,
                block: b,
                start: s.start,
                tokens: tokens.slice(first, t),
                keys: keys.slice(first, t),
              }
            : null;
        const before = findings.length;
        if (key & CLAIM_KEY) {
          for (const { claim, verdict } of checkTokens(
            s.text,
            tokens.slice(first, t),
            lang,
            keys.slice(first, t),
            undefined,
            false,
            preceding,
            block,
          ))
            findings.push(finding(claim, verdict, s.text, s.start, s.end));
        }
        if (asked) {
          // The pair in one block is one finding; an answer in a block of its own stands for it.
          const pairFinding = (claim: Claim, verdict: Verdict, q: typeof asked) =>
            q.block === b
              ? finding(claim, verdict, block.slice(q.start, s.end), q.start, s.end)
              : finding(claim, verdict, s.text, s.start, s.end);
          const answer = tokens.slice(first, t);
          const own = findings.splice(before);
          // A finding of the answer itself ("Yes, it is completely safe") stands for the pair.
          const settled = answeredBy(asked, answer, lang, asked.block === b);
          // In its block only: a block after a question is not always its answer.
          const read =
            asked.block === b && (own.length || !settled.length)
              ? readWithQuestion(asked, answer, keys.slice(first, t), s.text, lang, preceding)
              : null;
          // The answer's own claims, as its question's words leave them: "Can I have it
          // while menstruating? Yes, it's perfectly safe" says nothing of harm in general.
          const joint = read && new Set(read.joint.map((f) => f.claim.id));
          findings.push(...(joint ? own.filter((f) => joint.has(f.claim)) : own));
          for (const { claim, verdict } of settled)
            if (!findings.slice(before).some((f) => f.claim === claim.id))
              findings.push(pairFinding(claim, verdict, asked));
          // Read with its question, the answer says what it says of the question's subject.
          const news = read?.joint.filter((f) => !own.some((o) => o.claim === f.claim.id)) ?? [];
          if (!settled.length && news.length) {
            const asks = read!.asked();
            const fresh = read!.joint.filter((f) => !asks.has(f.claim.id));
            if (fresh.some((f) => !own.some((o) => o.claim === f.claim.id))) {
              findings.length = before;
              for (const { claim, verdict } of fresh)
                findings.push(pairFinding(claim, verdict, asked));
            }
          }
        }
        if (!key) continue;
        if (key & OMISSION_KEY && !scan!.done)
          scan!.observe(
            s.text,
            { tokens: tokens.slice(first, t), spansAt: NO_SPANS },
            omissionHits.slice(first, t),
            lang,
            at,
            sentences.length === 1,
            findings.slice(before).map((f) => f.claim),
            db.lexicon[lang],
          );
      }
    });
    return findings;
  }

  return { check, prepare: (lang) => void indexOf(lang), checkSentence, explain, omissionsOf };
}

/**
 * Where an answer's yes or no would stand: at its start, or after a lead and its punctuation
 * ("In a word: yes!", "A: No."). A lead is one only before punctuation or a yes or no: "A meso facial …" has none.
 */
function answerOpening(answer: Sentence, lexicon: CompiledLexicon): number {
  const lead = matchAt(lexicon.answers.leads, answer, 0);
  if (!lead) return 0;
  let at = lead.end;
  while (answer.tokens[at]?.kind === "punct") at++;
  const { yes, no } = lexicon.answers;
  return at > lead.end || matchAt(yes, answer, at) || matchAt(no, answer, at) ? at : 0;
}

const endsWord = (a: Sentence, m: Match | null) =>
  m !== null && (a.tokens[m.end]?.kind ?? "punct") === "punct";

/** An answer's no stands alone ("No.", "No, you can't"): "No problem at all" and "No need to wait" open a phrase that grants. */
function opensWithNo(answer: Sentence, lexicon: CompiledLexicon): boolean {
  return endsWord(answer, matchAt(lexicon.answers.no, answer, answerOpening(answer, lexicon)));
}

/** Where an answer's own words begin, past its lead and a yes standing alone ("Yes, that's fine": "that's fine"). */
function answerBody(answer: Sentence, lexicon: CompiledLexicon): number {
  let at = answerOpening(answer, lexicon);
  const yes = matchAt(lexicon.answers.yes, answer, at);
  if (!endsWord(answer, yes)) return at;
  at = yes!.end;
  while (answer.tokens[at]?.kind === "punct") at++;
  return at;
}

/** An interval claim counts only the spans that time sessions, not doses or pauses before the visit. */
function sessionSpans(
  claim: CompiledClaim,
  m: Match,
  s: Sentence,
  lexicon: CompiledLexicon,
): NumberSpan[] {
  if (claim.claim.numeric?.kind !== "interval" || !m.spans.length) return m.spans;
  return m.spans.filter((span) => isSessionTime(span, s, lexicon));
}

/** Which exclude or veto of a claim turns a match away, for editors (`npm run eval -- --explain`); the checks' own order. */
function rejectingRule(
  s: Sentence,
  m: Match,
  rules: CompiledClaim["rules"][Lang],
  lang: Lang,
): string | undefined {
  const denied = (x: Match) =>
    x.end - x.start === 1 && x.start > 0 && isNegator(s.tokens, x.start - 1, lang);
  return (
    rules.exclude.find((p) => occurrences(p, s).some((x) => !denied(x))) ??
    rules.excludeInClause.find((p) => isExcludedInClause(s, m, [p])) ??
    rules.excludeAfter.find((p) => isExcludedAfter(s, m, [p])) ??
    rules.vetoes.find((p) => isVetoed(s, [p], lang))
  )?.source;
}

/** A veto ("stop aspirin a week before") counts where it is not itself denied ("no need to stop aspirin"). */
function isVetoed(s: Sentence, vetoes: Pattern[], lang: Lang): boolean {
  return vetoes.some(
    (p) => mayMatch(p, s) && occurrences(p, s).some((m) => !isNegated(s, m, lang)),
  );
}

/** "one session a week" states an interval, not that one session is enough; "your daily activities" and "medication every day" do not. */
function overlapsInterval(s: Sentence, m: Match, lexicon: CompiledLexicon): boolean {
  for (let i = m.start; i < m.end; i++)
    if (s.spansAt.get(i)?.some((x) => x.kind === "interval" && isSessionTime(x, s, lexicon)))
      return true;
  return false;
}

/**
 * The verdict a match earns, or null when its numbers are not contested:
 * an age inside the range the sources give is no finding; an interval
 * shorter than any source's is contradicted.
 */
function numericVerdict(claim: Claim, spans: NumberSpan[]): Verdict | null {
  const rule = claim.numeric;
  if (!rule) return claim.verdict;
  const figure = contestedFigure(rule, spans);
  if (figure === null) return null;
  if (figure === undefined) return claim.verdict;
  return rule.kind === "interval" && isShorter(rule, figure) ? rule.shorter : claim.verdict;
}

/**
 * The span that makes a numeric claim's match a finding: an age outside the
 * suitable range, or the shortest interval between sessions. `undefined` when
 * the match states no figure of its kind (the words alone assert it), `null`
 * when every figure it states is in range (no finding).
 */
export function contestedFigure(rule: Numeric, spans: NumberSpan[]): NumberSpan | null | undefined {
  if (rule.kind === "age") {
    const ages = spans.filter((s) => s.kind === "age" || s.kind === "num");
    if (!ages.length) return undefined;
    const [lo, hi] = rule.suitable;
    return ages.find((a) => a.min < lo || a.max > hi) ?? null;
  }
  const intervals = spans.filter(
    (s) =>
      (s.kind === "interval" || s.kind === "days" || s.kind === "num") && s.min <= rule.longest,
  );
  if (!intervals.length) return spans.length ? null : undefined;
  return intervals.reduce((a, b) => (b.min < a.min ? b : a));
}

/**
 * Whether an exclude vetoes the sentence. A one-word exclude that the word
 * right before it denies does not ("при герпесе не запрещено", "not forbidden").
 */
function isExcludedBy(exclude: PatternIndex<null>, s: Sentence, lang: Lang): boolean {
  const denied = (m: Match) =>
    m.end - m.start === 1 && m.start > 0 && isNegator(s.tokens, m.start - 1, lang);
  for (const [p] of exclude.candidates(s))
    if (mayMatch(p, s) && occurrences(p, s).some((m) => !denied(m))) return true;
  return false;
}
