// A small token pattern language for the claims' matching rules. Rules are
// data, so they are compiled once into token matchers rather than regular
// expressions: a claims file cannot make matching slower than linear, since
// every element consumes a bounded number of tokens.
//
//   painless              a word (Russian: compared by Snowball stem)
//   pain*                 a prefix of the word
//   no|without            alternatives
//   side_effect*          a run of words, as one alternative ("no side_effect*|risk")
//   ?very                 optional element
//   ~3                    up to 3 tokens of any kind except clause punctuation
//   @age @interval @days @num   a number span found by numbers.ts
import { foldText, stemFor, type Token } from "./tokens";
import type { Lang } from "./schema";
import type { NumberSpan, SpanKind } from "./numbers";

export type Atom =
  | { type: "word"; value: string; prefix: boolean; stem?: string }
  | { type: "span"; kind: SpanKind };

export type Element =
  | { type: "alt"; alts: Atom[][]; optional: boolean }
  | { type: "gap"; max: number };

export interface Pattern {
  source: string;
  elements: Element[];
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
const WORD_ATOM = /^[\p{L}\p{M}\p{Nd}'’+.-]+\*?$/u;
const SPAN_KINDS = new Set<SpanKind>(["age", "interval", "days", "num"]);
/** A gap never crosses these: they end a clause. */
// Dashes are let through: in Russian a dash is often the copula ("Возраст — не помеха").
const CLAUSE_BREAK = new Set([".", ";", ":", "!", "?", "(", ")", "…"]);

export class PatternError extends Error {}

/** "risk-free" is three tokens on a page ("risk", "-", "free"), so it is three atoms here. */
function compileAtoms(raw: string, lang: Lang): Atom[] {
  if (raw.length > 1 && raw.includes("-") && !raw.startsWith("@")) {
    return raw.split(/(-)/).filter(Boolean).map((part) => compileAtom(part, lang));
  }
  return [compileAtom(raw, lang)];
}

// Short Russian stems collide ("боли" and "более" both stem to "бол"): below
// this length an exact word matches its exact form only.
const MIN_STEM = 4;

function compileAtom(raw: string, lang: Lang): Atom {
  if (raw.startsWith("@")) {
    const kind = raw.slice(1) as SpanKind;
    if (!SPAN_KINDS.has(kind)) throw new PatternError(`unknown span "${raw}" (use @age, @interval, @days or @num)`);
    return { type: "span", kind };
  }
  if (!WORD_ATOM.test(raw)) throw new PatternError(`"${raw}" is not a word, a prefix (word*) or a span (@age)`);
  const word = foldText(raw);
  if (word.endsWith("*")) return { type: "word", value: word.slice(0, -1), prefix: true };
  const stem = stemFor(lang, word);
  return { type: "word", value: word, prefix: false, stem: stem !== word && stem.length >= MIN_STEM ? stem : undefined };
}

export function compilePattern(source: string, lang: Lang): Pattern {
  const parts = source.trim().split(/\s+/);
  if (parts.length > MAX_ELEMENTS) throw new PatternError(`more than ${MAX_ELEMENTS} elements`);
  const elements: Element[] = parts.map((part): Element => {
    if (part.startsWith("~")) {
      const max = Number(part.slice(1));
      if (!Number.isInteger(max) || max < 1 || max > MAX_GAP) throw new PatternError(`gap "${part}" must be ~1 to ~${MAX_GAP}`);
      return { type: "gap", max };
    }
    const optional = part.startsWith("?");
    const body = optional ? part.slice(1) : part;
    if (!body) throw new PatternError(`empty element in "${source}"`);
    const alts = body.split("|").map((alt) => {
      if (!alt) throw new PatternError(`empty alternative in "${part}"`);
      return alt.split("_").flatMap((atom) => compileAtoms(atom, lang));
    });
    return { type: "alt", alts, optional };
  });
  const first = elements[0];
  const last = elements.at(-1);
  if (!first || first.type !== "alt" || first.optional || !last || last.type !== "alt" || last.optional) {
    throw new PatternError(`"${source}" must begin and end with a required word`);
  }
  return { source, elements };
}

export interface Sentence {
  tokens: Token[];
  /** Number spans by the index of their first token. */
  spansAt: Map<number, NumberSpan[]>;
}

function atomLength(atom: Atom, s: Sentence, at: number): NumberSpan | number | null {
  const token = s.tokens[at];
  if (!token) return null;
  if (atom.type === "span") {
    const spans = s.spansAt.get(at);
    const span = spans?.find((x) => atom.kind === "num" || x.kind === atom.kind);
    return span ?? null;
  }
  if (atom.prefix) return token.kind !== "punct" && token.norm.startsWith(atom.value) ? 1 : null;
  return token.norm === atom.value || (atom.stem !== undefined && token.stem === atom.stem) ? 1 : null;
}

/** Where a run of atoms matches from `at`: the end index and any spans, or null. */
function matchAlt(alt: Atom[], s: Sentence, at: number): { end: number; spans: NumberSpan[] } | null {
  let pos = at;
  const spans: NumberSpan[] = [];
  for (const atom of alt) {
    const got = atomLength(atom, s, pos);
    if (got === null) return null;
    if (typeof got === "number") pos += got;
    else {
      spans.push(got);
      pos = got.end;
    }
  }
  return { end: pos, spans };
}

/** The first match of the pattern that starts at token `start`, or null. Bounded work per start. */
export function matchAt(p: Pattern, s: Sentence, start: number): Match | null {
  const walk = (el: number, pos: number, gapTokens: number[], spans: NumberSpan[]): Match | null => {
    const element = p.elements[el];
    if (!element) return { start, end: pos, gapTokens, spans };
    if (element.type === "gap") {
      for (let k = 0; k <= element.max; k++) {
        if (k > 0) {
          const t = s.tokens[pos + k - 1];
          if (!t || CLAUSE_BREAK.has(t.norm)) break;
        }
        const skipped = k ? [...gapTokens, ...range(pos, pos + k)] : gapTokens;
        const found = walk(el + 1, pos + k, skipped, spans);
        if (found) return found;
      }
      return null;
    }
    for (const alt of element.alts) {
      const got = matchAlt(alt, s, pos);
      if (got) {
        const found = walk(el + 1, got.end, gapTokens, got.spans.length ? [...spans, ...got.spans] : spans);
        if (found) return found;
      }
    }
    return element.optional ? walk(el + 1, pos, gapTokens, spans) : null;
  };
  return walk(0, start, [], []);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** The atoms a match can begin with: the prefilter indexes patterns by them. */
export function firstAtoms(p: Pattern): Atom[] {
  const first = p.elements[0];
  return first?.type === "alt" ? first.alts.map((alt) => alt[0]!) : [];
}
