// A small token pattern language for the claims' matching rules. Rules are
// data, so they are compiled once into token matchers rather than regular
// expressions: a claims file cannot make matching slower than linear, since
// every element consumes a bounded number of tokens.
//
//   painless              a word (Russian: compared by Snowball stem)
//   =безопасна            that exact form only, never its stem ("безопасности" is not "безопасна")
//   pain*                 a prefix of the word
//   no|without            alternatives
//   side_effect*          a run of words, as one alternative ("no side_effect*|risk")
//   ?very                 optional element
//   ~3                    up to 3 tokens of any kind except clause punctuation
//   ~list                 a run of short list items, each ended by a comma or a
//                         coordinator ("wrinkles, melasma, dull skin and"), or none
//   @age @interval @days @num   a number span found by numbers.ts
//   :  –  —               the punctuation of "Downtime: none" (a gap never crosses a colon)
import { foldText, stemFor, tokenize, type Token } from "./tokens";
import type { Lang } from "./schema";
import type { NumberSpan, SpanKind } from "./numbers";
import { allLanguages } from "./words";

export type Atom =
  | { type: "word"; value: string; prefix: boolean; stem?: string }
  | { type: "span"; kind: SpanKind };

/**
 * An element's alternatives by what they begin with: a whole word or its stem,
 * or a prefix's first two letters (bucketOf). Each list in the order of the
 * alternatives, which is the order they are tried in.
 */
export interface Starts {
  words: Map<string, number[]>;
  buckets: Map<number, number[]>;
  /**
   * The firstTwo() of its words, stems and prefixes, as a 256-bit set: most tokens a
   * gap or a scan tries begin none of an element's alternatives, and most of those are
   * told by one bit, before any map is looked up.
   */
  firstTwos: Uint32Array;
}

/** A string's first two characters hashed to 0-255: equal for a word and its prefixes of two or more. */
function firstTwo(s: string): number {
  return (s.charCodeAt(0) * 31 + (s.length > 1 ? s.charCodeAt(1) : 0)) & 255;
}

const hasBit = (bits: Uint32Array, bit: number) => ((bits[bit >>> 5]! >>> (bit & 31)) & 1) === 1;

export interface AltElement {
  type: "alt";
  alts: Atom[][];
  optional: boolean;
  /**
   * Which alternatives can begin at a token (only those are tried there), or null when one
   * begins with a number span. Made on the element's first use (startsOfElement), not
   * compiled in: these maps were the costliest part of the embedded database to rebuild
   * at start-up, and many elements are never reached.
   */
  starts?: Starts | null;
  /** What indexing asks of the element (keysOfElement()), made on its first use, as `starts` is. */
  keys?: ElementKeys;
}

/**
 * A required element's keys for the indexes. Elements are shared among
 * patterns (a stance's words recur in every subject's patterns: 1,321
 * distinct among 4,626), so each is worked out once, not once per pattern.
 */
interface ElementKeys {
  /** Each alternative's rarest atom (the first of the rarest), for keyElement(). */
  rarest: Atom[];
  /** Their summed atomCost(): keyElement() keys a pattern by its cheapest element. */
  cost: number;
  /** The element's planGroups() group, or null when some alternative has no key. */
  plan: string[] | null;
}

export type Element = AltElement | { type: "gap"; max: number } | { type: "list" };

export interface Pattern {
  source: string;
  elements: Element[];
  /** The words and prefixes the first element can begin with: tested at every token, so kept as a set. */
  begins: { words: Set<string>; stems: Set<string>; prefixes: string[]; span: boolean };
  /**
   * For each required element made of whole words only, the words and stems
   * that can begin it: a sentence lacking all of one group cannot match.
   */
  required: string[][];
}

export interface Match {
  start: number;
  end: number;
  /** Token indexes that a gap let through: a negation there negates the match. */
  gapTokens: number[];
  spans: NumberSpan[];
}

const MAX_GAP = 8;
const MAX_ELEMENTS = 16;
/** Words one item of a ~list may hold ("dull, dehydrated skin"), and tokens the whole run may. */
const LIST_ITEM = 4;
const LIST_MAX = 32;
/** What ends an item of a ~list: a comma, or a coordinator of either language. */
const LIST_SEPARATORS = new Set([",", "and", "or", "&", "/", "и", "или"]);
const WORD_ATOM = /^[\p{L}\p{M}\p{Nd}'’+.-]+\*?$/u;
const APOSTROPHES = /['’ʼ]/u;
// Punctuation a rule may name: the colon and dashes of "Downtime: none", "Побочные эффекты — нет".
const PUNCT_ATOM = new Set([":", "–", "—"]);
const SPAN_KINDS = new Set<SpanKind>(["age", "interval", "days", "num"]);
/** A gap never crosses these: they end a clause. */
// Dashes are let through: in Russian a dash is often the copula ("Возраст — не помеха").
const CLAUSE_BREAK = new Set([".", ";", ":", "!", "?", "(", ")", "…"]);

/** Tokens a gap lets through without counting them: a dash stands for a copula in Russian ("Насморк — не помеха"), quotation marks add no word. */
const FREE_IN_GAP = new Set(["—", "–", "«", "»", '"', "“", "”", "'"]);
const FREE_MAX = 2;

export class PatternError extends Error {}

/** "risk-free" is three tokens on a page ("risk", "-", "free"), so it is three atoms here. */
function compileAtoms(raw: string, lang: Lang): Atom[] {
  // A page's "won't" is two tokens ("will", "not"), as the tokenizer expands it; so is a rule's.
  if (APOSTROPHES.test(raw) && !raw.startsWith("=") && !raw.endsWith("*")) {
    const words = tokenize(raw, lang).filter((t) => t.kind === "word" && t.norm);
    if (words.length) return words.flatMap((t) => compileAtoms(t.norm, lang));
  }
  if (raw.length > 1 && raw.includes("-") && !raw.startsWith("@")) {
    return raw
      .split(/(-)/)
      .filter(Boolean)
      .map((part) => compileAtom(part, lang));
  }
  return [compileAtom(raw, lang)];
}

// Short Russian stems collide ("боли" and "более" both stem to "бол"): below
// this length an exact word matches its exact form only.
const MIN_STEM = 4;

function compileAtom(raw: string, lang: Lang): Atom {
  if (raw.startsWith("@")) {
    const kind = raw.slice(1) as SpanKind;
    if (!SPAN_KINDS.has(kind))
      throw new PatternError(`unknown span "${raw}" (use @age, @interval, @days or @num)`);
    return { type: "span", kind };
  }
  if (PUNCT_ATOM.has(raw)) return { type: "word", value: raw, prefix: false };
  const exact = raw.length > 1 && raw.startsWith("=");
  if (exact) raw = raw.slice(1);
  if (!WORD_ATOM.test(raw))
    throw new PatternError(
      `"${raw}" is not a word, an exact form (=word), a prefix (word*), a span (@age) or one of : – —`,
    );
  const word = foldText(raw);
  if (word.endsWith("*")) {
    // The prefilter buckets prefixes by their first two characters.
    if (word.length < 3)
      throw new PatternError(`prefix "${raw}" needs at least two characters before *`);
    return { type: "word", value: word.slice(0, -1), prefix: true };
  }
  if (exact) return { type: "word", value: word, prefix: false };
  const stem = stemFor(lang, word);
  return {
    type: "word",
    value: word,
    prefix: false,
    stem: stem !== word && stem.length >= MIN_STEM ? stem : undefined,
  };
}

export function compilePattern(source: string, lang: Lang): Pattern {
  const parts = source.trim().split(/\s+/);
  if (parts.length > MAX_ELEMENTS) throw new PatternError(`more than ${MAX_ELEMENTS} elements`);
  const elements: Element[] = parts.map((part): Element => {
    if (part === "~list") return { type: "list" };
    if (part.startsWith("~")) {
      const max = Number(part.slice(1));
      if (!Number.isInteger(max) || max < 1 || max > MAX_GAP)
        throw new PatternError(`gap "${part}" must be ~1 to ~${MAX_GAP}`);
      return { type: "gap", max };
    }
    const optional = part.startsWith("?");
    const body = optional ? part.slice(1) : part;
    if (!body) throw new PatternError(`empty element in "${source}"`);
    const alts = body.split("|").map((alt) => {
      if (!alt) throw new PatternError(`empty alternative in "${part}"`);
      return alt.split("_").flatMap((atom) => compileAtoms(atom, lang));
    });
    // The longest alternative is tried first, so a phrase is not cut short by
    // a word it begins with ("generally speaking" before "generally"); the
    // others follow in their written order.
    alts.sort((a, b) => b.length - a.length);
    return { type: "alt", alts, optional };
  });
  const first = elements[0];
  const last = elements.at(-1);
  if (
    !first ||
    first.type !== "alt" ||
    first.optional ||
    !last ||
    last.type !== "alt" ||
    last.optional
  ) {
    throw new PatternError(`"${source}" must begin and end with a required word`);
  }
  const begins = {
    words: new Set<string>(),
    stems: new Set<string>(),
    prefixes: [] as string[],
    span: false,
  };
  for (const alt of first.alts) {
    const atom = alt[0]!;
    if (atom.type === "span") begins.span = true;
    else if (atom.prefix) begins.prefixes.push(atom.value);
    else {
      begins.words.add(atom.value);
      if (atom.stem) begins.stems.add(atom.stem);
    }
  }
  return { source, elements, begins, required: requiredWords(elements) };
}

function startsOf(alts: Atom[][]): Starts | null {
  const words = new Map<string, number[]>();
  const buckets = new Map<number, number[]>();
  const firstTwos = new Uint32Array(8);
  const mark = (s: string) => {
    const bit = firstTwo(s);
    firstTwos[bit >>> 5]! |= 1 << (bit & 31);
  };
  for (const [i, alt] of alts.entries()) {
    const atom = alt[0]!;
    if (atom.type === "span") return null;
    mark(atom.value);
    if (atom.prefix) push(buckets, bucketOf(atom.value), i);
    else {
      push(words, atom.value, i);
      if (atom.stem && atom.stem !== atom.value) {
        push(words, atom.stem, i);
        mark(atom.stem);
      }
    }
  }
  return { words, buckets, firstTwos };
}

/** The element's starts, made and kept on its first use. */
function startsOfElement(element: AltElement): Starts | null {
  let starts = element.starts;
  if (starts === undefined) element.starts = starts = startsOf(element.alts);
  return starts;
}

const NO_ALTS: readonly number[] = [];

/** The alternatives that may begin with this token, in order: most tokens begin none, or those of one word. */
function altsAt(starts: Starts, token: Token): readonly number[] {
  // A token's norm shares its first two letters with a word it is and a prefix it begins with; its stem, with a stem it is.
  if (
    !hasBit(starts.firstTwos, firstTwo(token.norm)) &&
    (token.stem === token.norm || !hasBit(starts.firstTwos, firstTwo(token.stem)))
  )
    return NO_ALTS;
  const byNorm = starts.words.get(token.norm);
  const byStem = token.stem !== token.norm ? starts.words.get(token.stem) : undefined;
  const byPrefix =
    starts.buckets.size && token.kind !== "punct"
      ? starts.buckets.get(bucketOf(token.norm))
      : undefined;
  const one = byNorm ?? byStem ?? byPrefix;
  if (!one) return NO_ALTS;
  if ((byNorm ? 1 : 0) + (byStem ? 1 : 0) + (byPrefix ? 1 : 0) === 1) return one;
  return [...new Set([...(byNorm ?? []), ...(byStem ?? []), ...(byPrefix ?? [])])].sort(
    (a, b) => a - b,
  );
}

type WordAtom = Extract<Atom, { type: "word" }>;

/** A run matches only where all its words are, so its rarest whole word stands for it ("fine" for "is_fine"); null for a run of prefixes or spans alone. */
function rarestWord(alt: Atom[]): WordAtom | null {
  const words = alt.filter((a): a is WordAtom => a.type === "word" && !a.prefix);
  return words.length ? words.reduce((a, b) => (atomCost(b) < atomCost(a) ? b : a)) : null;
}

const wordKeys = (w: WordAtom) => (w.stem ? [w.value, w.stem] : [w.value]);

function requiredWords(elements: Element[]): string[][] {
  const groups: string[][] = [];
  for (const el of elements) {
    if (el.type !== "alt" || el.optional) continue;
    const rarest = el.alts.map(rarestWord);
    // An alternative of prefixes or spans alone cannot be looked up.
    if (rarest.some((a) => a === null)) continue;
    groups.push(rarest.flatMap((a) => wordKeys(a!)));
  }
  return groups;
}

/**
 * PatternWords' required groups: for each required element, a key of each alternative, so a
 * sentence with no key of some group cannot match. As Pattern.required (mayMatch), but an
 * alternative's rarest whole word is the longest of the rarest (longer words are rarer:
 * "patches" stands for "red_patches", not "red"), and an alternative of prefixes stands by
 * its first prefix's bucket (bucketKey), which holds every token the prefix matches: coarser
 * than a word, yet still necessary. An element with an alternative of number spans alone
 * makes no group.
 */
function planGroups(p: Pattern): string[][] {
  // mayMatch() stops at the first group a sentence lacks: the smallest groups, likelier to be
  // lacking and quicker to look for, are asked first, and the key element's last, as the index
  // lists a pattern only for a sentence with its key words.
  const key = keyElementOf(p);
  const required = p.elements.filter(
    (el): el is AltElement => el.type === "alt" && !el.optional && el !== key,
  );
  required.sort(
    (a, b) => (keysOfElement(a).plan?.length ?? 0) - (keysOfElement(b).plan?.length ?? 0),
  );
  if (key) required.push(key);
  return required.flatMap((el) => {
    const plan = keysOfElement(el).plan;
    return plan ? [plan] : [];
  });
}

/**
 * Works out what indexing asks of each required element of the pattern
 * (keysOfElement) now, so that the keys travel with the pattern: the builds
 * embed them (src/engine/embed.ts), and building a language's index at start-up
 * then only looks them up. What they are does not depend on when they are made.
 */
export function keyPattern(p: Pattern): void {
  for (const el of p.elements) if (el.type === "alt" && !el.optional) keysOfElement(el);
}

function keysOfElement(el: AltElement): ElementKeys {
  if (el.keys) return el.keys;
  let cost = 0;
  const rarest = el.alts.map((alt) => {
    let best = alt[0]!;
    let bestCost = atomCost(best);
    for (let i = 1; i < alt.length; i++) {
      const c = atomCost(alt[i]!);
      if (c < bestCost) [best, bestCost] = [alt[i]!, c];
    }
    cost += bestCost;
    return best;
  });
  const keys = el.alts.map((alt) => {
    const word = longestRarestWord(alt);
    if (word) return wordKeys(word);
    const prefix = alt.find((a): a is WordAtom => a.type === "word" && a.prefix);
    return prefix ? [bucketKey(bucketOf(prefix.value))] : null;
  });
  const plan = keys.every((k) => k !== null) ? keys.flat() : null;
  return (el.keys = { rarest, cost, plan });
}

/** The kinds of the span atoms among these. */
function spanKinds(atoms: Atom[]): SpanKind[] {
  return atoms.flatMap((a) => (a.type === "span" ? [a.kind] : []));
}

/** The required elements whose every alternative begins with a number span, by their kinds (matchAlt needs one at or after the start). */
function spanGroups(p: Pattern): SpanKind[][] {
  const groups: SpanKind[][] = [];
  for (const el of p.elements) {
    if (el.type !== "alt" || el.optional) continue;
    const firsts = el.alts.map((alt) => alt[0]!);
    if (firsts.every((a) => a.type === "span")) groups.push(spanKinds(firsts));
  }
  return groups;
}

/** The rarest whole word of a run by atomCost(), the longest of those, the first of those. */
function longestRarestWord(alt: Atom[]): WordAtom | null {
  let best: WordAtom | null = null;
  let bestCost = Infinity;
  for (const a of alt) {
    if (a.type !== "word" || a.prefix) continue;
    const cost = atomCost(a);
    if (cost < bestCost || (cost === bestCost && a.value.length > best!.value.length))
      [best, bestCost] = [a, cost];
  }
  return best;
}

export interface Sentence {
  tokens: Token[];
  /** Number spans by the index of their first token. */
  spansAt: ReadonlyMap<number, NumberSpan[]>;
  /** Every token's norm and stem, made by mayMatch() when first needed. */
  words?: Set<string>;
  /** The text the tokens' offsets point into, for the case of a word ("the Threadlift procedure"). */
  source?: string;
}

/** Whether the sentence has some word of each of the pattern's required groups: a necessary condition, cheaper than trying every position. */
export function mayMatch(p: Pattern, s: Sentence): boolean {
  if (!p.required.length) return true;
  if (!s.words) {
    s.words = new Set();
    for (const t of s.tokens) {
      s.words.add(t.norm);
      if (t.stem !== t.norm) s.words.add(t.stem);
    }
  }
  const words = s.words;
  return p.required.every((group) => group.some((w) => words.has(w)));
}

const NO_IDS: readonly number[] = [];
/** A prefix bucket (bucketOf) as a vocabulary entry: "\u0001" begins no token, so no word has this form. */
const bucketKey = (bucket: number) => `\u0001${bucket}`;

/**
 * What PatternWords knows of one pattern, by word number: the checker keeps it
 * beside the pattern, so no map is looked up per pattern and sentence.
 */
export interface WordPlan {
  /** The required groups (planGroups()), by their numbers among every plan's groups (PatternWords.groupWords). */
  groups: Int32Array;
  /** The numbers of the words, stems and prefix buckets the first element can begin with. */
  begins: Set<number>;
  /** The first element may begin with a number span. */
  span: boolean;
  /** The kinds of number span the first element may begin with: "num" stands for any (matchAlt). */
  beginSpans: readonly SpanKind[];
  /** The required elements of number spans alone, by the kinds each may be: a sentence with no such span cannot match. */
  spanGroups: ReadonlyArray<readonly SpanKind[]>;
}

/** Whether a span of this kind may stand for an atom of one of these kinds ("num" takes any, as in matchAlt). */
const fits = (kinds: readonly SpanKind[], kind: SpanKind) =>
  kinds.includes("num") || kinds.includes(kind);

type SpanKinds = ReadonlyMap<number, ReadonlyArray<{ kind: SpanKind }>>;

/**
 * mayMatch() and a first look at where a match may begin, for many patterns over
 * one sentence at a time, as the checker asks them: the words the patterns
 * require or begin with are numbered once, a sentence's words marked by number,
 * so no set is built per sentence and no string hashed per pattern and position.
 */
export class PatternWords {
  private ids = new Map<string, number>();
  private plans = new Map<Pattern, WordPlan>();
  private marks = new Uint32Array(0);
  /** By word number: the last token of the sentence last marked that has it (valid where marked). */
  private lastAt = new Int32Array(0);
  private stamp = 0;
  private tokenIds: ReadonlyArray<readonly number[]> = [];
  private spansAt: SpanKinds = new Map();
  /** By kind, the first token of the last span of the sentence last marked; -1 if it has none. */
  private lastSpan: Record<SpanKind | "any", number> = {
    age: -1,
    interval: -1,
    days: -1,
    num: -1,
    any: -1,
  };
  /** By group number: its keys' word numbers. Groups recur among patterns (a subject's words in each of its stances' patterns). */
  private groupWords: Int32Array[] = [];
  private groupIds = new Map<string, number>();
  private groupByArray = new Map<readonly string[], number>();
  /**
   * By group number: the stamp of the sentence it was last looked for in, and whether that
   * sentence has one of its words. Each group is looked for once per sentence, however many
   * candidate patterns ask for it.
   */
  private groupOf = new Uint32Array(0);
  private groupIn = new Uint8Array(0);
  private wordAt: number[] = [];
  /** wordAt and the number spans' first tokens, in order: made once per sentence, when a pattern that may begin with a span asks. */
  private wordOrSpanAt: number[] = [];
  private wordOrSpanOf = 0;

  /** Numbers the pattern's words; its plan, the same one however often it is added. */
  add(p: Pattern): WordPlan {
    let plan = this.plans.get(p);
    if (plan) return plan;
    const groups = planGroups(p).map((g) => this.groupIdOf(g));
    const { words, stems, prefixes, span } = p.begins;
    const begins = [...words, ...stems].map((w) => this.idOf(w));
    for (const prefix of prefixes) begins.push(this.idOf(bucketKey(bucketOf(prefix))));
    plan = {
      groups: Int32Array.from(groups),
      begins: new Set(begins),
      span,
      beginSpans: spanKinds((p.elements[0] as AltElement).alts.map((alt) => alt[0]!)),
      spanGroups: spanGroups(p),
    };
    this.plans.set(p, plan);
    return plan;
  }

  /** The plan of a pattern added before. */
  plan(p: Pattern): WordPlan {
    const plan = this.plans.get(p);
    if (!plan) throw new Error(`pattern "${p.source}" was not added`);
    return plan;
  }

  /**
   * A group's number. A shared element's group is one array, met once per pattern that has
   * the element: it is numbered by identity first, and its words only the first time, which
   * made building an index a quarter slower when every pattern's groups were joined into keys.
   */
  private groupIdOf(group: readonly string[]): number {
    let id = this.groupByArray.get(group);
    if (id !== undefined) return id;
    const words = group.map((w) => this.idOf(w));
    const key = words.join(",");
    id = this.groupIds.get(key);
    if (id === undefined) {
      this.groupIds.set(key, (id = this.groupWords.length));
      this.groupWords.push(Int32Array.from(words));
    }
    this.groupByArray.set(group, id);
    return id;
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) this.ids.set(word, (id = this.ids.size));
    return id;
  }

  /** The numbers of a token's norm, stem and first two letters among the patterns' words: none for most tokens. */
  idsOf(t: Token): readonly number[] {
    let ids: number[] | undefined;
    const add = (key: string) => {
      const id = this.ids.get(key);
      if (id !== undefined) (ids ??= []).push(id);
    };
    add(t.norm);
    if (t.stem !== t.norm) add(t.stem);
    if (t.kind !== "punct") add(bucketKey(bucketOf(t.norm)));
    return ids ?? NO_IDS;
  }

  /** Begins a sentence: the idsOf() of each of its tokens, in order, and its number spans by first token. */
  mark(tokenIds: ReadonlyArray<readonly number[]>, spansAt: SpanKinds = new Map()): void {
    if (this.marks.length < this.ids.size) {
      this.marks = new Uint32Array(this.ids.size);
      this.lastAt = new Int32Array(this.ids.size);
    }
    if (this.groupOf.length < this.groupWords.length) {
      this.groupOf = new Uint32Array(this.groupWords.length);
      this.groupIn = new Uint8Array(this.groupWords.length);
    }
    if (++this.stamp === 0xffffffff) {
      this.marks.fill(0);
      this.groupOf.fill(0);
      this.stamp = 1;
      this.wordOrSpanOf = 0;
    }
    this.wordAt.length = 0;
    for (let i = 0; i < tokenIds.length; i++) {
      const ids = tokenIds[i]!;
      if (!ids.length) continue;
      this.wordAt.push(i);
      for (const id of ids) {
        this.marks[id] = this.stamp;
        this.lastAt[id] = i;
      }
    }
    this.tokenIds = tokenIds;
    this.spansAt = spansAt;
    const last = this.lastSpan;
    last.age = last.interval = last.days = last.num = last.any = -1;
    for (const [at, spans] of spansAt) {
      for (const { kind } of spans) if (at > last[kind]) last[kind] = at;
      if (at > last.any) last.any = at;
    }
  }

  /** The first token of the sentence's last span that fits one of these kinds, or -1. */
  private lastSpanOf(kinds: readonly SpanKind[]): number {
    if (kinds.includes("num")) return this.lastSpan.any;
    let last = -1;
    for (const kind of kinds) if (this.lastSpan[kind] > last) last = this.lastSpan[kind];
    return last;
  }

  /**
   * Where in the sentence last marked a match of p may begin, in order: the tokens that
   * are some pattern's word, and for a pattern that may begin with a number, where a span begins.
   */
  startsOf(p: WordPlan): readonly number[] {
    if (!p.span || !this.spansAt.size) return this.wordAt;
    if (this.wordOrSpanOf !== this.stamp) {
      const at = new Set([...this.wordAt, ...this.spansAt.keys()]);
      this.wordOrSpanAt = [...at].sort((a, b) => a - b);
      this.wordOrSpanOf = this.stamp;
    }
    return this.wordOrSpanAt;
  }

  /** Whether the sentence last marked has some word of group `g`. */
  private hasGroup(g: number): boolean {
    if (this.groupOf[g] === this.stamp) return this.groupIn[g] === 1;
    const words = this.groupWords[g]!;
    let some = 0;
    for (let k = 0; k < words.length; k++)
      if (this.marks[words[k]!] === this.stamp) {
        some = 1;
        break;
      }
    this.groupOf[g] = this.stamp;
    this.groupIn[g] = some;
    return some === 1;
  }

  /** mayMatch(p, s) for the sentence last marked: some word of each required group is in it. */
  mayMatch(p: WordPlan): boolean {
    const groups = p.groups;
    for (let g = 0; g < groups.length; g++) if (!this.hasGroup(groups[g]!)) return false;
    for (const kinds of p.spanGroups) if (this.lastSpanOf(kinds) < 0) return false;
    return true;
  }

  /**
   * For a pattern mayMatch() passed, the last token of the sentence last marked where a match
   * may begin: every required group's word is at or after a match's start, so no match begins
   * after the last token of the group whose words end first.
   */
  latestStart(p: WordPlan): number {
    let latest = this.tokenIds.length - 1;
    for (const g of p.groups) {
      let last = -1;
      for (const id of this.groupWords[g]!)
        if (this.marks[id] === this.stamp && this.lastAt[id]! > last) last = this.lastAt[id]!;
      if (last < latest) latest = last;
    }
    for (const kinds of p.spanGroups) latest = Math.min(latest, this.lastSpanOf(kinds));
    return latest;
  }

  /** False where no match of p can begin at token `at` of the sentence last marked; true is for matchAt() to settle. */
  mayBeginAt(p: WordPlan, at: number): boolean {
    if (p.span && this.spansAt.get(at)?.some((x) => fits(p.beginSpans, x.kind))) return true;
    const ids = this.tokenIds[at]!;
    for (const id of ids) if (p.begins.has(id)) return true;
    return false;
  }
}

/** Whether token i is a hyphen inside a word, or what follows one: the word began before it ("post-treatment", "какой-либо", "1-го"). */
function inHyphenatedWord(tokens: readonly Token[], i: number): boolean {
  return isWordHyphen(tokens, i) || (i > 0 && isWordHyphen(tokens, i - 1));
}

/** A hyphen between a word or number and a word, nothing between ("post-treatment", "10-minute", "1-го"); not a range ("2-3"). */
function isWordHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.norm !== "-") return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    (before?.kind === "word" || before?.kind === "num") &&
    after?.kind === "word" &&
    before.end === t.start &&
    after.start === t.end
  );
}

/** Where a run of atoms matching from `at` ends, pushing any spans it used; -1 if it does not match. */
function matchAlt(alt: Atom[], s: Sentence, at: number, spans: NumberSpan[]): number {
  let pos = at;
  for (const atom of alt) {
    const token = s.tokens[pos];
    if (!token) return -1;
    if (atom.type === "span") {
      const span = s.spansAt.get(pos)?.find((x) => atom.kind === "num" || x.kind === atom.kind);
      if (!span) return -1;
      spans.push(span);
      pos = span.end;
    } else if (
      atom.prefix
        ? token.kind !== "punct" && token.norm.startsWith(atom.value)
        : token.norm === atom.value || (atom.stem !== undefined && token.stem === atom.stem)
    ) {
      pos++;
    } else return -1;
  }
  return pos;
}

// Backtracking over a bounded number of tokens: every element consumes at
// most a fixed number, so the work per start position is bounded too.
// `gaps` holds [from, to) pairs of tokens that gaps let through.
function walk(
  elements: Element[],
  el: number,
  s: Sentence,
  pos: number,
  gaps: number[],
  spans: NumberSpan[],
): number {
  const element = elements[el];
  if (!element) return pos;
  if (element.type === "gap") {
    // Words the gap has let through: a hyphenated word ("post-treatment") counts as one.
    // Dashes and quotation marks count for nothing, up to FREE_MAX of them: a bounded walk on any page.
    let used = 0;
    let free = 0;
    for (let k = 0; used <= element.max; k++) {
      if (k > 0) {
        const t = s.tokens[pos + k - 1];
        if (!t || CLAUSE_BREAK.has(t.norm)) break;
        if (FREE_IN_GAP.has(t.norm) && ++free <= FREE_MAX) {
          // counted for nothing
        } else if (!inHyphenatedWord(s.tokens, pos + k - 1) && ++used > element.max) break;
      }
      const end = walkPast(elements, el, s, pos, pos + k, gaps, spans);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (element.type === "list") return walkList(elements, el, s, pos, gaps, spans);
  // Most positions a gap tries begin none of a long list of alternatives: one lookup tells which do.
  const token = s.tokens[pos];
  const starts = startsOfElement(element);
  const order = !starts ? undefined : token ? altsAt(starts, token) : NO_ALTS;
  return walkAlts(elements, el, s, pos, gaps, spans, order);
}

/**
 * walk() at a ~list: the rest of the pattern is tried after no item, then after
 * each item's separator in turn, as far as LIST_MAX tokens and no clause break.
 * Its tokens count as a gap's (a negation among them negates the match).
 */
function walkList(
  elements: Element[],
  el: number,
  s: Sentence,
  pos: number,
  gaps: number[],
  spans: NumberSpan[],
): number {
  let end = walkPast(elements, el, s, pos, pos, gaps, spans);
  let words = 0;
  for (let p = pos; end < 0 && p < pos + LIST_MAX;) {
    const t = s.tokens[p++];
    if (!t || CLAUSE_BREAK.has(t.norm)) break;
    if (!LIST_SEPARATORS.has(t.norm)) {
      if (!inHyphenatedWord(s.tokens, p - 1) && ++words > LIST_ITEM) break;
      continue;
    }
    words = 0;
    end = walkPast(elements, el, s, pos, p, gaps, spans);
  }
  return end;
}

/** walk() on from the element after `el` at token `to`, the tokens [from, to) let through as a gap's. */
function walkPast(
  elements: Element[],
  el: number,
  s: Sentence,
  from: number,
  to: number,
  gaps: number[],
  spans: NumberSpan[],
): number {
  if (to > from) gaps.push(from, to);
  const end = walk(elements, el + 1, s, to, gaps, spans);
  if (end < 0 && to > from) {
    gaps.pop();
    gaps.pop();
  }
  return end;
}

/** walk() at an element of alternatives, trying those `order` names (all of them, in order, without one). */
function walkAlts(
  elements: Element[],
  el: number,
  s: Sentence,
  pos: number,
  gaps: number[],
  spans: NumberSpan[],
  order: readonly number[] | undefined,
): number {
  const element = elements[el] as AltElement;
  const tries = order ? order.length : element.alts.length;
  for (let k = 0; k < tries; k++) {
    const alt = element.alts[order ? order[k]! : k]!;
    const mark = spans.length;
    const altEnd = matchAlt(alt, s, pos, spans);
    if (altEnd >= 0) {
      const end = walk(elements, el + 1, s, altEnd, gaps, spans);
      if (end >= 0) return end;
    }
    while (spans.length > mark) spans.pop();
  }
  return element.optional ? walk(elements, el + 1, s, pos, gaps, spans) : -1;
}

/** Whether some alternative of a first element without `starts` (one may begin with a number span) can begin at `at`: a check that allocates nothing. */
function mayBeginAt(p: Pattern, s: Sentence, at: number): boolean {
  const token = s.tokens[at];
  if (!token) return false;
  const { words, stems, prefixes, span } = p.begins;
  // The stem is looked up even when it equals the norm: "вечер" begins "вечером", whose stem it is.
  if (words.has(token.norm) || stems.has(token.stem)) return true;
  if (span && s.spansAt.has(at)) return true;
  if (token.kind === "punct") return false;
  for (const prefix of prefixes) if (token.norm.startsWith(prefix)) return true;
  return false;
}

/** The first match of the pattern that starts at token `start`, or null. */
export function matchAt(p: Pattern, s: Sentence, start: number): Match | null {
  // Most starts begin none of the first element's alternatives: that is settled before anything is
  // allocated, and the lookup that tells which alternatives begin here is the one walk() would make.
  const first = p.elements[0] as AltElement;
  const starts = startsOfElement(first);
  let order: readonly number[] | undefined;
  if (starts) {
    const token = s.tokens[start];
    order = token ? altsAt(starts, token) : NO_ALTS;
    if (!order.length) return null;
  } else if (!mayBeginAt(p, s, start)) return null;
  const gaps: number[] = [];
  const spans: NumberSpan[] = [];
  const end = order
    ? walkAlts(p.elements, 0, s, start, gaps, spans, order)
    : walk(p.elements, 0, s, start, gaps, spans);
  if (end < 0) return null;
  const gapTokens: number[] = [];
  for (let i = 0; i < gaps.length; i += 2)
    for (let t = gaps[i]!; t < gaps[i + 1]!; t++) gapTokens.push(t);
  return { start, end, gapTokens, spans };
}

// Words so common in any text, or in any text on the claims' topic, that
// indexing a pattern by them would make it a candidate in nearly every
// sentence: the languages' (claims/words/<lang>.json), and small numbers.
const COMMON = new Set([
  ...["1", "2", "3", "4", "5", "-"],
  ...allLanguages((w) => w.index.commonWords),
]);
const COMMON_PREFIXES = [...allLanguages((w) => w.index.commonPrefixes)];

/** atomCost() of each prefix met: comparing one with every common prefix was most of building the indexes. */
const prefixCosts = new Map<string, number>();

function atomCost(atom: Atom): number {
  if (atom.type === "span") return 20;
  if (atom.prefix) {
    let cost = prefixCosts.get(atom.value);
    if (cost === undefined) {
      const common = COMMON_PREFIXES.some(
        (c) => c.startsWith(atom.value) || atom.value.startsWith(c),
      );
      cost = common ? 100 : atom.value.length <= 3 ? 10 : 1;
      prefixCosts.set(atom.value, cost);
    }
    return cost;
  }
  return COMMON.has(atom.value) || atom.value.length < 2 ? 100 : 1;
}

/** The required element whose words are rarest: a sentence without one of them cannot match. */
function keyElement(p: Pattern): Atom[] {
  const key = keyElementOf(p);
  // Each alternative is represented by its rarest atom (the first of the rarest).
  return key ? keysOfElement(key).rarest : [];
}

/** keyElementOf() by pattern: building an index asks it twice of each (planGroups, keyElement). */
const keyElements = new WeakMap<Pattern, AltElement | null>();

/** The required element keyElement() keys the pattern by: the first of the cheapest. */
function keyElementOf(p: Pattern): AltElement | null {
  let best = keyElements.get(p);
  if (best !== undefined) return best;
  best = null;
  let bestCost = Infinity;
  for (const el of p.elements) {
    if (el.type !== "alt" || el.optional) continue;
    const cost = keysOfElement(el).cost;
    if (cost < bestCost) {
      best = el;
      bestCost = cost;
    }
  }
  keyElements.set(p, best);
  return best;
}

/** Prefixes are bucketed by their first two characters, as a number: no string is cut per token. */
function bucketOf(norm: string): number {
  return norm.charCodeAt(0) * 0x10000 + (norm.length > 1 ? norm.charCodeAt(1) : 0);
}

/**
 * Patterns indexed by their rarest required words: the cheap prefilter over
 * every sentence. Only the patterns a sentence has a key word for are tried,
 * and only at positions where their first element matches.
 */
export class PatternIndex<T> {
  private exact = new Map<string, Array<[Pattern, T]>>();
  /** Prefix keys by bucketOf(), each prefix once with all its patterns. */
  private prefixes = new Map<number, Array<{ prefix: string; entries: Array<[Pattern, T]> }>>();
  private spanKeyed: Array<[Pattern, T]> = [];
  /** By each pattern's number: the candidates() call that last listed it. */
  private listedIn: number[] = [];
  private numbers = new Map<Pattern, number>();
  private call = 0;

  add(pattern: Pattern, value: T): void {
    // A pattern is listed once per key, however many alternatives share it.
    const seen = new Set<string>();
    const once = (key: string) => !seen.has(key) && !!seen.add(key);
    // Entries carry their pattern's number for candidates(): a pattern added twice is listed once.
    let n = this.numbers.get(pattern);
    if (n === undefined) {
      this.numbers.set(pattern, (n = this.listedIn.length));
      this.listedIn.push(0);
    }
    const entry = numbered(pattern, value, n);
    for (const atom of keyElement(pattern)) {
      if (atom.type === "span") {
        if (once("@")) this.spanKeyed.push(entry);
      } else if (atom.prefix) {
        if (once(`*${atom.value}`)) this.addPrefix(atom.value, entry);
      } else {
        for (const key of atom.stem ? [atom.value, atom.stem] : [atom.value])
          if (once(key)) push(this.exact, key, entry);
      }
    }
  }

  private addPrefix(prefix: string, entry: [Pattern, T]): void {
    const key = bucketOf(prefix);
    const bucket = this.prefixes.get(key) ?? [];
    this.prefixes.set(key, bucket);
    const same = bucket.find((b) => b.prefix === prefix);
    if (same) same.entries.push(entry);
    else bucket.push({ prefix, entries: [entry] });
  }

  /** Whether some pattern begins with a number span: a token that may start one is then a key. */
  get hasSpanKeys(): boolean {
    return this.spanKeyed.length > 0;
  }

  /** The patterns token t is a key word of (spans aside), or undefined: allocates only when it is a key of several kinds. */
  hitsOf(t: Token): ReadonlyArray<readonly [Pattern, T]> | undefined {
    let hits: ReadonlyArray<readonly [Pattern, T]> | undefined = this.exact.get(t.norm);
    const byStem = t.stem !== t.norm ? this.exact.get(t.stem) : undefined;
    if (byStem) hits = hits ? [...hits, ...byStem] : byStem;
    if (t.kind === "punct") return hits;
    const bucket = this.prefixes.get(bucketOf(t.norm));
    if (!bucket) return hits;
    for (const { prefix, entries } of bucket)
      if (t.norm.startsWith(prefix)) hits = hits ? [...hits, ...entries] : entries;
    return hits;
  }

  /** Whether token t is a key word of some pattern. `spanMayStart` stands in for spans not yet computed. */
  isKey(t: Token, spanMayStart: boolean): boolean {
    return (spanMayStart && this.hasSpanKeys) || this.hitsOf(t) !== undefined;
  }

  /**
   * The patterns a sentence has key words for, each once, with their values.
   * `hits` are the sentence's tokens' hitsOf(), when the caller has them already;
   * `admits`, when given, turns away the patterns that cannot match (most, in the checker) before they are listed.
   */
  candidates(
    s: Sentence,
    hits?: ReadonlyArray<ReadonlyArray<readonly [Pattern, T]> | undefined>,
    admits?: (value: T) => boolean,
  ): Array<readonly [Pattern, T]> {
    const out: Array<readonly [Pattern, T]> = [];
    // Patterns already listed are marked with this call's number: no set per sentence.
    const call = ++this.call;
    const addAll = (list: ReadonlyArray<readonly [Pattern, T]> | undefined) => {
      if (list) {
        for (const entry of list) {
          const [, value, n] = entry as unknown as Numbered<T>;
          if (this.listedIn[n] === call) continue;
          this.listedIn[n] = call;
          if (!admits || admits(value)) out.push(entry);
        }
      }
    };
    const spans = s.spansAt.size > 0 && this.spanKeyed.length > 0;
    for (let i = 0; i < s.tokens.length; i++) {
      addAll(hits ? hits[i] : this.hitsOf(s.tokens[i]!));
      if (spans && s.spansAt.has(i)) addAll(this.spanKeyed);
    }
    return out;
  }

  /** Whether any pattern matches anywhere in the sentence. */
  matchesAnywhere(s: Sentence): boolean {
    for (const [p] of this.candidates(s)) {
      if (!mayMatch(p, s)) continue;
      for (let i = 0; i < s.tokens.length; i++) if (matchAt(p, s, i)) return true;
    }
    return false;
  }
}

/** An index's entry: its pattern and value, and a third element, its number in the index. */
type Numbered<T> = readonly [Pattern, T, number];
const numbered = <T>(pattern: Pattern, value: T, n: number): [Pattern, T] =>
  [pattern, value, n] as unknown as [Pattern, T];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
