// text blocks -> sentences -> topic -> findings. Pure: no DOM, no browser API.
import type { ClaimsDb, CompiledClaim } from "./claims";
import { hasSpelledNumber, numbersToDigits } from "./english";
import { detectLang } from "./language";
import { findNumberSpans, mayStartSpan, type NumberSpan } from "./numbers";
import { matchAt, mayMatch, PatternIndex, type Match, type Pattern, type Sentence } from "./pattern";
import type { Claim, Evidence, Lang, Verdict } from "./schema";
import { isAsked, isDistanced, isNegated } from "./scope";
import { splitSentences } from "./sentences";
import { tokenize, type Token } from "./tokens";
import { detectTopic, type PageSignals, type TopicVerdict } from "./topic";

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

type Hits = Array<ReadonlyArray<readonly [Pattern, CompiledClaim]> | undefined>;

export interface CheckOptions {
  /** Check even when the page is not about mesotherapy. */
  force?: boolean;
  /** Treat every block as this language instead of detecting it. */
  lang?: Lang;
  signals?: PageSignals;
}

export interface CheckResult {
  about: TopicVerdict;
  findings: Finding[];
}

export interface Checker {
  check(blocks: readonly string[], options?: CheckOptions): CheckResult;
  /** Findings of one sentence, for tests and editors. */
  checkSentence(sentence: string, lang: Lang): Array<{ claim: Claim; verdict: Verdict }>;
}

export function createChecker(db: ClaimsDb): Checker {
  const index = { en: new PatternIndex<CompiledClaim>(), ru: new PatternIndex<CompiledClaim>() } satisfies Record<Lang, PatternIndex<CompiledClaim>>;
  const exclusions = new Map<CompiledClaim, Record<Lang, PatternIndex<null>>>();
  for (const claim of db.claims) {
    const exclude = { en: new PatternIndex<null>(), ru: new PatternIndex<null>() };
    for (const lang of ["en", "ru"] as const) {
      for (const pattern of claim.rules[lang].patterns) index[lang].add(pattern, claim);
      for (const pattern of claim.rules[lang].exclude) exclude[lang].add(pattern, null);
    }
    exclusions.set(claim, exclude);
  }

  function checkSentence(text: string, lang: Lang): Array<{ claim: Claim; verdict: Verdict }> {
    const tokens = tokenize(text, lang);
    return hasCandidate(tokens, lang) ? checkTokens(text, tokens, lang) : [];
  }

  /** Tokens the prefilter has passed, with their key hits when the caller has them. */
  function checkTokens(text: string, tokens: Token[], lang: Lang, hits?: Hits): Array<{ claim: Claim; verdict: Verdict }> {
    if (lang === "en" && hasSpelledNumber(tokens)) {
      tokens = tokenize(numbersToDigits(text), lang);
      hits = undefined;
    }
    const spansAt = tokens.some(mayStartSpan) ? findNumberSpans(tokens) : new Map<number, NumberSpan[]>();
    const sentence: Sentence = { tokens, spansAt };
    const results = new Map<CompiledClaim, Verdict>();
    for (const [pattern, claim] of index[lang].candidates(sentence, hits)) {
      if (results.has(claim) || !mayMatch(pattern, sentence)) continue;
      for (let i = 0; i < tokens.length; i++) {
        const m = matchAt(pattern, sentence, i);
        if (!m || isNegated(sentence, m, lang) || isAsked(text, sentence, m, lang)) continue;
        if (!claim.claim.numeric && overlapsInterval(sentence, m)) continue;
        const verdict = numericVerdict(claim.claim, m.spans);
        if (verdict && !exclusions.get(claim)![lang].matchesAnywhere(sentence)) results.set(claim, verdict);
        break;
      }
    }
    // Framing is checked last: few sentences get this far.
    if (!results.size || isDistanced(sentence, lang)) return [];
    return [...results].map(([c, verdict]) => ({ claim: c.claim, verdict }));
  }

  /** Spans are not known yet: a token that may start one stands in for them. */
  function hasCandidate(tokens: Token[], lang: Lang): boolean {
    return tokens.some((t) => index[lang].isKey(t, mayStartSpan(t)));
  }

  function check(blocks: readonly string[], options: CheckOptions = {}): CheckResult {
    const about = detectTopic(blocks.join("\n"), options.signals ?? {}, options.lang);
    if (!about.mesotherapy && !options.force) return { about, findings: [] };
    const findings: Finding[] = [];
    blocks.forEach((block, b) => {
      const lang = options.lang ?? detectLang(block, about.lang);
      // A block with no key word of any claim is never segmented; a sentence without one is never tried.
      const tokens = tokenize(block, lang);
      // Each token is looked up once; its hits serve the prefilter and the candidates.
      const keys = index[lang];
      const hits: Hits = new Array(tokens.length);
      const isKey = new Array<boolean>(tokens.length);
      let anyKey = false;
      for (let i = 0; i < tokens.length; i++) {
        hits[i] = keys.hitsOf(tokens[i]!);
        anyKey = (isKey[i] = hits[i] !== undefined || (keys.hasSpanKeys && mayStartSpan(tokens[i]!))) || anyKey;
      }
      if (!anyKey) return;
      let t = 0;
      for (const s of splitSentences(block, lang)) {
        while (t < tokens.length && tokens[t]!.start < s.start) t++;
        const first = t;
        let hasKey = false;
        for (; t < tokens.length && tokens[t]!.end <= s.end; t++) if (isKey[t]) hasKey = true;
        if (!hasKey) continue;
        for (const { claim, verdict } of checkTokens(s.text, tokens.slice(first, t), lang, hits.slice(first, t))) {
          findings.push({
            claim: claim.id,
            verdict,
            text: s.text,
            block: b,
            start: s.start,
            end: s.end,
            lang,
            assertion: claim.assertion[lang],
            note: claim.note[lang],
            evidence: claim.evidence,
          });
        }
      }
    });
    return { about, findings };
  }

  return { check, checkSentence };
}

/** "one session a week" states an interval, not that one session is enough. */
function overlapsInterval(s: Sentence, m: Match): boolean {
  for (let i = m.start; i < m.end; i++) if (s.spansAt.get(i)?.some((x) => x.kind === "interval")) return true;
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
  if (rule.kind === "age") {
    const ages = spans.filter((s) => s.kind === "age" || s.kind === "num");
    if (!ages.length) return claim.verdict;
    const [lo, hi] = rule.suitable;
    return ages.some((a) => a.min < lo || a.max > hi) ? claim.verdict : null;
  }
  const intervals = spans.filter((s) => (s.kind === "interval" || s.kind === "days" || s.kind === "num") && s.min <= rule.longest);
  if (!intervals.length) return spans.length ? null : claim.verdict;
  return intervals.some((s) => s.min < rule.days[0]) ? rule.shorter : claim.verdict;
}
