// Numbers with units, found on a sentence's tokens: ages ("from 16",
// "с 18 лет", "70-year-olds"), durations ("2-3 days") and intervals between
// sessions ("every other day", "twice a week", "раз в 2 дня", "через день").
// Values are normalised to years (age) and days (durations, intervals).
import type { Token } from "./tokens";

export type SpanKind = "age" | "interval" | "days" | "num";

export interface NumberSpan {
  kind: SpanKind;
  /** Token indexes, end exclusive. */
  start: number;
  end: number;
  min: number;
  max: number;
}

const NUMBER_WORDS = new Map<string, number>(
  Object.entries({
    // English words reach here only where compromise has not turned them into digits.
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    // Russian, in the forms that precede units and "раз".
    один: 1,
    одна: 1,
    одну: 1,
    одного: 1,
    одной: 1,
    два: 2,
    две: 2,
    двух: 2,
    три: 3,
    трех: 3,
    четыре: 4,
    четырех: 4,
    пять: 5,
    пяти: 5,
    шесть: 6,
    шести: 6,
    семь: 7,
    семи: 7,
    восемь: 8,
    восьми: 8,
    девять: 9,
    девяти: 9,
    десять: 10,
    десяти: 10,
    двенадцать: 12,
    четырнадцать: 14,
    четырнадцати: 14,
    пятнадцать: 15,
    пятнадцати: 15,
    шестнадцать: 16,
    шестнадцати: 16,
    семнадцать: 17,
    семнадцати: 17,
    восемнадцать: 18,
    восемнадцати: 18,
    двадцать: 20,
    двадцати: 20,
    тридцать: 30,
    тридцати: 30,
    сорок: 40,
    сорока: 40,
    пятьдесят: 50,
    пятидесяти: 50,
    шестьдесят: 60,
    шестидесяти: 60,
    семьдесят: 70,
    семидесяти: 70,
    восемьдесят: 80,
    восьмидесяти: 80,
  }),
);

const RANGE_SEPARATORS = new Set(["-", "–", "—", "to", "or", "and", "до", "или", "и"]);
const DAY_UNITS: Array<[string, number]> = [
  ["day", 1],
  ["week", 7],
  ["fortnight", 14],
  // "every Thursday", "каждый четверг": weekly.
  ["monday", 7],
  ["tuesday", 7],
  ["wednesday", 7],
  ["thursday", 7],
  ["friday", 7],
  ["saturday", 7],
  ["sunday", 7],
  ["понедельник", 7],
  ["вторник", 7],
  ["сред", 7],
  ["четверг", 7],
  ["пятниц", 7],
  ["суббот", 7],
  ["воскресень", 7],
  ["month", 30],
  ["дн", 1],
  ["ден", 1],
  ["сут", 1],
  ["недел", 7],
  ["месяц", 30],
  ["месяч", 30],
];
const AGE_UNITS = new Set(["old", "olds", "yo", "лет", "года", "год"]);
const AGE_BEFORE = new Set(["age", "aged", "ages", "возраст", "возраста", "возрасте", "возрасту"]);
/** "even at 75", "хоть в 80", "с 16, ...": a bare number after these reads as an age when nothing unit-like follows. */
const BARE_AGE_BEFORE = new Set([
  "at",
  "over",
  "after",
  "past",
  "beyond",
  "from",
  "aged",
  "until",
  "в",
  "после",
  "с",
  "от",
  "старше",
  "младше",
  "за",
  "хоть",
]);
const BARE_AGE_AFTER = new Set([
  "and",
  "or",
  "too",
  "also",
  "can",
  "may",
  "и",
  "или",
  "хоть",
  "тоже",
  "можно",
  "уже",
]);
const YEAR_PREPOSITIONS = new Set([
  "at",
  "in",
  "from",
  "after",
  "over",
  "under",
  "until",
  "till",
  "to",
  "past",
  "before",
  "since",
  "above",
  "beyond",
]);

function dayUnit(t: Token | undefined): number | null {
  if (!t || t.kind !== "word") return null;
  for (const [prefix, days] of DAY_UNITS) if (t.norm.startsWith(prefix)) return days;
  return null;
}

function numberValue(t: Token | undefined): number | null {
  if (!t) return null;
  if (t.kind === "num") return t.norm.length <= 6 ? Number(t.norm) : null;
  return NUMBER_WORDS.get(t.norm) ?? null;
}

/** A number or a range ("3-7", "3 to 7", "от 3 до 7") at token i. */
function readNumber(tokens: Token[], i: number): { min: number; max: number; end: number } | null {
  const a = numberValue(tokens[i]);
  if (a === null) return null;
  const end = i + 1;
  // "1.5" / "1,5"
  if (
    (tokens[end]?.norm === "." || tokens[end]?.norm === ",") &&
    tokens[end + 1]?.kind === "num" &&
    tokens[end]!.start === tokens[i]!.end
  ) {
    const frac = Number(`0.${tokens[end + 1]!.norm}`);
    return readRangeTail(tokens, a + frac, end + 2);
  }
  return readRangeTail(tokens, a, end);
}

function readRangeTail(
  tokens: Token[],
  a: number,
  end: number,
): { min: number; max: number; end: number } {
  const sep = tokens[end];
  const b = numberValue(tokens[end + 1]);
  if (sep && RANGE_SEPARATORS.has(sep.norm) && b !== null && b >= a)
    return { min: a, max: b, end: end + 2 };
  return { min: a, max: a, end };
}

const TIMES_WORDS = new Set(["times", "time", "раз", "раза"]);
const FIXED_TIMES = new Map([
  ["once", 1],
  ["twice", 2],
  ["thrice", 3],
  ["раз", 1],
  ["раза", 1],
]);
/** "1-2 sessions a week", "одного сеанса в неделю": a count of sessions reads as a frequency too. */
const SESSION_PREFIXES = [
  "session",
  "visit",
  "treatment",
  "procedure",
  "сеанс",
  "процедур",
  "визит",
];

/** Times per period: "once", "twice", "3 times", "2 раза", "раз", "2 sessions". */
function readTimes(tokens: Token[], i: number): { min: number; max: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const fixed = FIXED_TIMES.get(t.norm);
  if (fixed) return { min: fixed, max: fixed, end: i + 1 };
  const n = readNumber(tokens, i);
  const word = n && tokens[n.end];
  if (
    n &&
    word &&
    (TIMES_WORDS.has(word.norm) || SESSION_PREFIXES.some((p) => word.norm.startsWith(p)))
  ) {
    return { min: n.min, max: n.max, end: n.end + 1 };
  }
  return null;
}

/** "a week", "per 10 days", "в неделю", "в 10 дней": the period after a frequency word. */
function readPeriod(tokens: Token[], i: number): { min: number; max: number; end: number } | null {
  const lead = tokens[i]?.norm;
  if (
    lead !== "a" &&
    lead !== "per" &&
    lead !== "every" &&
    lead !== "each" &&
    lead !== "in" &&
    lead !== "в" &&
    lead !== "an"
  )
    return null;
  let j = i + 1;
  const n = readNumber(tokens, j);
  if (n) j = n.end;
  const unit = dayUnit(tokens[j]);
  if (unit === null) return null;
  return { min: (n?.min ?? 1) * unit, max: (n?.max ?? 1) * unit, end: j + 1 };
}

function interval(start: number, end: number, min: number, max: number): NumberSpan {
  return { kind: "interval", start, end, min, max };
}

function readInterval(tokens: Token[], i: number): NumberSpan | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  switch (t.norm) {
    case "daily":
    case "ежедневно":
      return interval(i, i + 1, 1, 1);
    case "weekly":
    case "еженедельно":
      return interval(i, i + 1, 7, 7);
    case "fortnightly":
      return interval(i, i + 1, 14, 14);
    case "monthly":
    case "ежемесячно":
      return interval(i, i + 1, 30, 30);
    case "every":
    case "each":
    case "каждый":
    case "каждые":
    case "каждую":
    case "каждая": {
      if (next?.norm === "other" || next?.norm === "second" || next?.norm === "второй") {
        const unit = dayUnit(tokens[i + 2]);
        return unit === null ? null : interval(i, i + 3, 2 * unit, 2 * unit);
      }
      const n = readNumber(tokens, i + 1);
      const j = n ? n.end : i + 1;
      const unit = dayUnit(tokens[j]);
      return unit === null ? null : interval(i, j + 1, (n?.min ?? 1) * unit, (n?.max ?? 1) * unit);
    }
    case "через": {
      // "через день" is every other day; "через 2 дня" is a delay, left to the days span.
      const unit = dayUnit(next);
      return unit !== null && next!.norm !== "дня" && next!.norm !== "дней"
        ? interval(i, i + 2, 2 * unit, 2 * unit)
        : null;
    }
  }
  const times = readTimes(tokens, i);
  if (!times) return null;
  const period = readPeriod(tokens, times.end);
  if (!period) return null;
  return interval(i, period.end, period.min / times.max, period.max / times.min);
}

function readAgeOrDays(tokens: Token[], i: number): NumberSpan | null {
  // "a fortnight", "a week", "одну неделю": one unit.
  const article = tokens[i]!.norm;
  if (article === "a" || article === "an" || article === "one") {
    const unit = dayUnit(tokens[i + 1]);
    if (unit !== null) return { kind: "days", start: i, end: i + 2, min: unit, max: unit };
  }
  const n = readNumber(tokens, i);
  if (!n) return null;
  const after = tokens[n.end];
  const before = tokens[i - 1];
  const unit = dayUnit(after);
  if (unit !== null)
    return { kind: "days", start: i, end: n.end + 1, min: n.min * unit, max: n.max * unit };
  // "two-week intervals", "1-2 week intervals" (the range is read above), "10-дневный".
  const hyphenated = after?.norm === "-" ? dayUnit(tokens[n.end + 1]) : null;
  if (hyphenated !== null)
    return {
      kind: "days",
      start: i,
      end: n.end + 2,
      min: n.min * hyphenated,
      max: n.max * hyphenated,
    };
  const age = (end: number): NumberSpan => ({ kind: "age", start: i, end, min: n.min, max: n.max });
  if (before && AGE_BEFORE.has(before.norm)) return age(n.end);
  if (before?.norm === "of" && tokens[i - 2] && AGE_BEFORE.has(tokens[i - 2]!.norm))
    return age(n.end);
  const bare = n.min >= 12 && n.max <= 120 && before && BARE_AGE_BEFORE.has(before.norm);
  if (
    bare &&
    (!after ||
      (after.kind === "punct" && after.norm !== "%" && after.norm !== "-") ||
      BARE_AGE_AFTER.has(after.norm))
  )
    return age(n.end);
  if (!after) return null;
  if (after.norm === "+" || AGE_UNITS.has(after.norm) || after.norm.startsWith("летн"))
    return age(n.end + 1);
  // "-year-old(s)", "- летние"
  if (after.norm === "-" && tokens[n.end + 1]) {
    const w = tokens[n.end + 1]!.norm;
    if (w === "year" || w.startsWith("летн"))
      return age(n.end + 2 + (tokens[n.end + 2]?.norm === "-" ? 2 : 0));
  }
  if (after.norm === "years" || after.norm === "year") {
    if (tokens[n.end + 1]?.norm === "old") return age(n.end + 2);
    // "at 70 years", "from 16 years" are ages; "for over 50 years" is a duration.
    if (before && YEAR_PREPOSITIONS.has(before.norm) && tokens[i - 2]?.norm !== "for")
      return age(n.end + 1);
  }
  return null;
}

// Number words are leads too: one set lookup per token on the hot path.
const SPAN_LEADS = new Set([
  "fortnight",
  "every",
  "each",
  "once",
  "twice",
  "thrice",
  "daily",
  "weekly",
  "fortnightly",
  "monthly",
  "ежемесячно",
  "раз",
  "раза",
  "через",
  "каждый",
  "каждые",
  "каждую",
  "каждая",
  "ежедневно",
  "еженедельно",
  ...NUMBER_WORDS.keys(),
]);

/** Whether a span may hold this token: the prefilter's stand-in before spans are computed ("a fortnight" is keyed by "fortnight"). */
export function mayStartSpan(t: Token): boolean {
  return t.kind === "num" || SPAN_LEADS.has(t.norm);
}

/** Every number span in the sentence, by the index of its first token. */
export function findNumberSpans(tokens: Token[]): Map<number, NumberSpan[]> {
  const spans = new Map<number, NumberSpan[]>();
  const add = (s: NumberSpan) => {
    const list = spans.get(s.start);
    if (list) list.push(s);
    else spans.set(s.start, [s]);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct") continue;
    const iv = readInterval(tokens, i);
    if (iv) add(iv);
    const other = readAgeOrDays(tokens, i);
    if (other) add(other);
    else {
      const n = readNumber(tokens, i);
      if (n && (t.kind === "num" || NUMBER_WORDS.has(t.norm)))
        add({ kind: "num", start: i, end: n.end, min: n.min, max: n.max });
    }
  }
  return spans;
}
