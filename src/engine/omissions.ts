// What a page about mesotherapy never tells its reader: contraindications,
// complications, who should do it, aftercare. The engine's one pass over a
// page's sentences hands each sentence with a topic's key word to a scan,
// which marks a topic mentioned when the page states it. A denial ("no side
// effects"), a question or others' claim is no mention: the checks are the
// claims' own (scope.ts). The words are data (claims/omissions.json).
import { indexed, type CompiledLexicon } from "./lexicon";
import { matchAt, mayMatch, PatternIndex, type Pattern, type Sentence } from "./pattern";
import type { Lang, OmissionTopic, OmissionTopicId, SourceQuote } from "./schema";
import { isAsked, isDistanced, isNegated } from "./scope";

export interface CompiledOmissionRules {
  patterns: Pattern[];
  heads: Pattern[];
  items: Pattern[];
  exclude: Pattern[];
}

export interface CompiledOmission {
  topic: OmissionTopic;
  rules: Record<Lang, CompiledOmissionRules>;
}

/** A topic the page leaves out, with what the sources say about it. */
export interface Omission {
  topic: OmissionTopicId;
  /** In the page's language. */
  note: string;
  evidence: SourceQuote[];
}

type Role = "mention" | "head" | "item";
interface Entry {
  topic: number;
  role: Role;
}
export type OmissionHits = ReadonlyArray<readonly [Pattern, Entry]> | undefined;

/**
 * A list's items may follow its head in the same sentence and in this many
 * sentences after it (a block that is not segmented counts as one): a heading,
 * a sentence or two, then `<li>`s.
 */
export const LIST_REACH = 4;

/** Every topic's patterns by language, made once per checker: an index is no data to embed. */
export function omissionIndex(topics: CompiledOmission[]): Record<Lang, PatternIndex<Entry>> {
  const index = { en: new PatternIndex<Entry>(), ru: new PatternIndex<Entry>() };
  topics.forEach(({ rules }, topic) => {
    for (const lang of ["en", "ru"] as const) {
      const add = (patterns: Pattern[], role: Role) => {
        for (const p of patterns) index[lang].add(p, { topic, role });
      };
      add(rules[lang].patterns, "mention");
      add(rules[lang].heads, "head");
      add(rules[lang].items, "item");
    }
  });
  return index;
}

/** One page's scan: which topics it has mentioned so far, and which lists are open. */
export class OmissionScan {
  private mentioned: boolean[];
  /** For each topic, the last sentence an open list reaches, or -1. */
  private listUntil: number[];
  private left: number;

  constructor(
    private topics: CompiledOmission[],
    private index: Record<Lang, PatternIndex<Entry>>,
    /** Hears each mention: its topic, whether a rule or a list's item, and the sentence. */
    private trace?: (topic: OmissionTopicId, by: "pattern" | "item", sentence: string) => void,
  ) {
    this.mentioned = topics.map(() => false);
    this.listUntil = topics.map(() => -1);
    this.left = topics.length;
  }

  /** Every topic is mentioned: the rest of the page need not be looked at for them. */
  get done(): boolean {
    return this.left === 0;
  }

  /**
   * The page's sentence number `at` (counted by checkBlocks), with its tokens'
   * hits and the claims the engine found it asserting: one of a topic's
   * `deniedBy` makes it no mention. `alone`: it is its block's only sentence.
   */
  observe(
    text: string,
    s: Sentence,
    hits: OmissionHits[],
    lang: Lang,
    at: number,
    alone: boolean,
    claims: readonly string[],
    lexicon: CompiledLexicon,
  ): void {
    const candidates = this.index[lang].candidates(s, hits);
    if (!candidates.length) return;
    // Sentence-wide checks, each made once and only when a match needs it.
    let distanced: boolean | undefined;
    let excluded: Array<boolean | undefined> | undefined;
    // Heads first: a list may open and go on in one sentence ("Contraindications: pregnancy, ...").
    if (opensList(text, alone)) {
      for (const [p, { topic, role }] of candidates) {
        if (role !== "head" || this.mentioned[topic] || this.listUntil[topic]! >= at + LIST_REACH)
          continue;
        // A head may be a question: "Who should not have mesotherapy?" opens a list.
        if (!firstStated(p, s, lang, null)) continue;
        if ((excluded ??= [])[topic] ?? (excluded[topic] = this.excludes(topic, s, lang))) continue;
        if (!(distanced ??= isDistanced(s, lexicon))) this.listUntil[topic] = at + LIST_REACH;
      }
    }
    for (const [p, { topic, role }] of candidates) {
      if (role === "head" || this.mentioned[topic]) continue;
      if (role === "item" && this.listUntil[topic]! < at) continue;
      // Items of lists are often bans ("do not go to the sauna"): their negation is not checked.
      if (!(role === "item" ? firstStated(p, s, lang, null, false) : firstStated(p, s, lang, text)))
        continue;
      if ((distanced ??= isDistanced(s, lexicon)) || this.denies(topic, claims)) continue;
      if ((excluded ??= [])[topic] ?? (excluded[topic] = this.excludes(topic, s, lang))) continue;
      this.mentioned[topic] = true;
      this.left--;
      this.trace?.(this.topics[topic]!.topic.topic, role === "item" ? "item" : "pattern", text);
    }
  }

  /** Whether a topic's `exclude` matches anywhere in the sentence ("side effects: none"). */
  private excludes(topic: number, s: Sentence, lang: Lang): boolean {
    return indexed(this.topics[topic]!.rules[lang].exclude).matchesAnywhere(s);
  }

  /** Whether the sentence asserts a claim that denies the topic. */
  private denies(topic: number, claims: readonly string[]): boolean {
    if (!claims.length) return false;
    for (const id of this.topics[topic]!.topic.deniedBy) if (claims.includes(id)) return true;
    return false;
  }

  /** The topics never mentioned, in the data's order, their notes in `lang`. */
  omissions(lang: Lang): Omission[] {
    return this.topics
      .filter((_, i) => !this.mentioned[i])
      .map(({ topic }) => ({
        topic: topic.topic,
        note: topic.note[lang],
        evidence: topic.evidence,
      }));
  }
}

const CLOSERS = new Set(['"', "'", "»", "”", ")", "]", " ", "\t", "\n", "\r"]);

/**
 * Whether a sentence with a head's words can open a list: it ends with a colon
 * ("Contraindications:") or a question mark ("Who should not have it?"), or it
 * is a heading (a block of its own without a full stop). "The list of
 * contraindications is short." opens none.
 */
function opensList(text: string, alone: boolean): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  const last = text[i];
  if (last === ":" || last === "?") return true;
  return alone && last !== "." && last !== "!" && last !== "…" && last !== ";";
}

/**
 * Whether the pattern matches somewhere the claims' checks let stand: not
 * denied (when `negation` is checked) and, given the sentence's text, not asked.
 */
function firstStated(
  p: Pattern,
  s: Sentence,
  lang: Lang,
  askedIn: string | null,
  negation = true,
): boolean {
  if (!mayMatch(p, s)) return false;
  for (let i = 0; i < s.tokens.length; i++) {
    const m = matchAt(p, s, i);
    if (!m) continue;
    if (negation && isNegated(s, m, lang)) continue;
    if (askedIn !== null && isAsked(askedIn, s, m, lang)) continue;
    return true;
  }
  return false;
}
