// text blocks -> sentences -> topic -> findings. Pure: no DOM, no browser API.
import type { ClaimsDb, CompiledClaim } from "./claims";
import { hasSpelledNumber, numbersToDigits } from "./english";
import { detectLang } from "./language";
import { findNumberSpans, mayStartSpan, type NumberSpan } from "./numbers";
import { firstAtoms, matchAt, type Match, type Pattern, type Sentence } from "./pattern";
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

interface PatternRef {
  claim: CompiledClaim;
  pattern: Pattern;
}

/** Which patterns can start at a token: the cheap prefilter over every sentence. */
class AnchorIndex {
  private exact = new Map<string, PatternRef[]>();
  private prefixes = new Map<string, Array<[string, PatternRef]>>();
  private spans: PatternRef[] = [];

  add(ref: PatternRef): void {
    for (const atom of firstAtoms(ref.pattern)) {
      if (atom.type === "span") this.spans.push(ref);
      else if (atom.prefix) {
        const key = atom.value.slice(0, 2);
        const list = this.prefixes.get(key) ?? [];
        list.push([atom.value, ref]);
        this.prefixes.set(key, list);
      } else {
        for (const key of atom.stem ? [atom.value, atom.stem] : [atom.value]) {
          const list = this.exact.get(key) ?? [];
          list.push(ref);
          this.exact.set(key, list);
        }
      }
    }
  }

  /** Patterns that may start at token t. */
  at(t: Token, hasSpan: boolean, out: PatternRef[]): void {
    for (const r of this.exact.get(t.norm) ?? []) out.push(r);
    if (t.stem !== t.norm) for (const r of this.exact.get(t.stem) ?? []) out.push(r);
    for (const [prefix, r] of this.prefixes.get(t.norm.slice(0, 2)) ?? []) if (t.norm.startsWith(prefix)) out.push(r);
    if (hasSpan) for (const r of this.spans) out.push(r);
  }
}

export interface Checker {
  check(blocks: readonly string[], options?: CheckOptions): CheckResult;
  /** Findings of one sentence, for tests and editors. */
  checkSentence(sentence: string, lang: Lang): Array<{ claim: Claim; verdict: Verdict }>;
}

export function createChecker(db: ClaimsDb): Checker {
  const index = { en: new AnchorIndex(), ru: new AnchorIndex() } satisfies Record<Lang, AnchorIndex>;
  for (const claim of db.claims) {
    for (const lang of ["en", "ru"] as const) for (const pattern of claim.rules[lang].patterns) index[lang].add({ claim, pattern });
  }

  function checkSentence(text: string, lang: Lang): Array<{ claim: Claim; verdict: Verdict }> {
    let tokens = tokenize(text, lang);
    if (!tokens.length) return [];
    if (!hasCandidate(tokens, lang)) return [];
    if (lang === "en" && hasSpelledNumber(text)) tokens = tokenize(numbersToDigits(text), lang);
    const sentence: Sentence = { tokens, spansAt: findNumberSpans(tokens) };
    if (isDistanced(sentence, lang)) return [];

    const results = new Map<CompiledClaim, Verdict>();
    const refs: PatternRef[] = [];
    for (let i = 0; i < tokens.length; i++) {
      refs.length = 0;
      index[lang].at(tokens[i]!, sentence.spansAt.has(i), refs);
      for (const { claim, pattern } of refs) {
        if (results.has(claim)) continue;
        const m = matchAt(pattern, sentence, i);
        if (!m || isNegated(sentence, m, lang) || isAsked(text, sentence, m, lang)) continue;
        if (!claim.claim.numeric && overlapsInterval(sentence, m)) continue;
        const verdict = numericVerdict(claim.claim, m.spans);
        if (verdict && !excluded(claim, sentence, lang)) results.set(claim, verdict);
      }
    }
    return [...results].map(([c, verdict]) => ({ claim: c.claim, verdict }));
  }

  function hasCandidate(tokens: Token[], lang: Lang): boolean {
    const refs: PatternRef[] = [];
    // Spans are not known yet: a token that may start one stands in for them.
    for (const t of tokens) {
      index[lang].at(t, mayStartSpan(t), refs);
      if (refs.length) return true;
    }
    return false;
  }

  function check(blocks: readonly string[], options: CheckOptions = {}): CheckResult {
    const about = detectTopic(blocks.join("\n"), options.signals ?? {}, options.lang);
    if (!about.mesotherapy && !options.force) return { about, findings: [] };
    const findings: Finding[] = [];
    blocks.forEach((block, b) => {
      const lang = options.lang ?? detectLang(block, about.lang);
      for (const s of splitSentences(block, lang)) {
        for (const { claim, verdict } of checkSentence(s.text, lang)) {
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

function excluded(claim: CompiledClaim, s: Sentence, lang: Lang): boolean {
  const exclude = claim.rules[lang].exclude;
  if (!exclude.length) return false;
  for (let i = 0; i < s.tokens.length; i++) for (const p of exclude) if (matchAt(p, s, i)) return true;
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
