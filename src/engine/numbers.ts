// Numbers with units, found on a sentence's tokens: ages ("from 16",
// "с 18 лет", "70-year-olds"), durations ("2-3 days") and intervals between
// sessions ("every other day", "twice a week", "раз в 2 дня", "через день").
// Values are normalised to years (age) and days (durations, intervals).
import type { Token } from "./tokens";
import { allLanguages, allValues } from "./words";

export type SpanKind = "age" | "interval" | "days" | "num";

export interface NumberSpan {
  kind: SpanKind;
  /** Token indexes, end exclusive. */
  start: number;
  end: number;
  min: number;
  max: number;
}

// The words are the languages' (claims/words/<lang>.json); a span's words may
// mix languages on mixed pages, so each list is one set across them.
const NUMBER_WORDS = allValues((w) => w.numbers.words);
/** Punctuation between the ends of a range; the words are the languages'. */
const RANGE_SEPARATORS = new Set([
  "-",
  "–",
  "—",
  ...allLanguages((w) => w.numbers.rangeSeparators),
]);
const DAY_UNITS = [...allValues((w) => w.numbers.dayUnits)];
const PERIODIC = allValues((w) => w.numbers.periodic);
const EVERY = allLanguages((w) => w.numbers.every);
const EVERY_OTHER = allLanguages((w) => w.numbers.everyOther);
const ALTERNATE_DAY = allLanguages((w) => w.numbers.alternateDay);
const ALTERNATE_DAY_NOT_BEFORE = allLanguages((w) => w.numbers.alternateDayNotBefore);
const ONE_UNIT = allLanguages((w) => w.numbers.oneUnit);
const AGE_UNITS = allLanguages((w) => w.numbers.ageUnits);
const AGE_UNIT_PREFIXES = [...allLanguages((w) => w.numbers.ageUnitPrefixes)];
const AGE_BEFORE = allLanguages((w) => w.numbers.ageBefore);
const AGE_BEFORE_LINK = allLanguages((w) => w.numbers.ageBeforeLink);
const BARE_AGE_BEFORE = allLanguages((w) => w.numbers.bareAgeBefore);
const BARE_AGE_AFTER = allLanguages((w) => w.numbers.bareAgeAfter);
const YEARS = allLanguages((w) => w.numbers.years);
const YEARS_OLD = allLanguages((w) => w.numbers.yearsOld);
const AGE_OPEN_ENDS = [...allLanguages((w) => w.numbers.ageOpenEnds)].map((p) => p.split(" "));
const YEAR_PREPOSITIONS = allLanguages((w) => w.numbers.yearPrepositions);
const DURATION_BEFORE = allLanguages((w) => w.numbers.durationBefore);
const DURATION_AFTER = allLanguages((w) => w.numbers.durationAfter);

function isAgeUnitWord(norm: string): boolean {
  return AGE_UNIT_PREFIXES.some((p) => norm.startsWith(p));
}

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
  // "1.5" / "1,5"
  const frac = fractionAt(tokens, i);
  if (frac) return readRangeTail(tokens, a + frac.value, frac.end);
  return readRangeTail(tokens, a, i + 1);
}

function readRangeTail(
  tokens: Token[],
  a: number,
  end: number,
): { min: number; max: number; end: number } {
  const sep = tokens[end];
  const b = numberValue(tokens[end + 1]);
  if (sep && RANGE_SEPARATORS.has(sep.norm) && b !== null) {
    // "1-1.5": the upper end may have a fraction too.
    const frac = fractionAt(tokens, end + 1);
    const hi = b + (frac?.value ?? 0);
    if (hi >= a) return { min: a, max: hi, end: frac ? frac.end : end + 2 };
  }
  return { min: a, max: a, end };
}

/** The fraction of a decimal whose whole part is token i ("1.5", "1,5": the point written right after it), or null. */
function fractionAt(tokens: Token[], i: number): { value: number; end: number } | null {
  const point = tokens[i + 1];
  const digits = tokens[i + 2];
  if (
    (point?.norm === "." || point?.norm === ",") &&
    digits?.kind === "num" &&
    point.start === tokens[i]!.end &&
    digits.start === point.end
  )
    return { value: Number(`0.${digits.norm}`), end: i + 3 };
  return null;
}

const TIMES_WORDS = allLanguages((w) => w.numbers.timesWords);
const FIXED_TIMES = allValues((w) => w.numbers.fixedTimes);
const SESSION_PREFIXES = [...allLanguages((w) => w.numbers.sessionPrefixes)];
const PERIOD_LEADS = allLanguages((w) => w.numbers.periodLeads);
const COUNT_LEADS = allLanguages((w) => w.numbers.countLeads);
const VAGUE_COUNTS = allValues((w) => w.numbers.vagueCounts);
/** Words between a count and its session word: "2-3 mesotherapy treatments". */
const SESSION_WORD_REACH = 1;

const isSessionWord = (t: Token | undefined) =>
  !!t && t.kind === "word" && SESSION_PREFIXES.some((p) => t.norm.startsWith(p));

/**
 * Times per period: "once", "twice", "once or twice", "3 times", "2 раза",
 * "раз", "2 sessions", "2-3 mesotherapy treatments", "one to two" before "per".
 */
function readTimes(tokens: Token[], i: number): { min: number; max: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const fixed = FIXED_TIMES.get(t.norm);
  if (fixed) {
    // "once or twice", "once/twice"
    const sep = tokens[i + 1]?.norm;
    const upper = FIXED_TIMES.get(tokens[i + 2]?.norm ?? "");
    if (sep && (sep === "/" || RANGE_SEPARATORS.has(sep)) && upper && upper > fixed)
      return { min: fixed, max: upper, end: i + 3 };
    return { min: fixed, max: fixed, end: i + 1 };
  }
  const n = readNumber(tokens, i);
  if (!n) return null;
  const word = tokens[n.end];
  if (word && TIMES_WORDS.has(word.norm)) return { min: n.min, max: n.max, end: n.end + 1 };
  for (let j = n.end; j <= n.end + SESSION_WORD_REACH && tokens[j]?.kind === "word"; j++)
    if (isSessionWord(tokens[j])) return { min: n.min, max: n.max, end: j + 1 };
  if (word && COUNT_LEADS.has(word.norm)) return { min: n.min, max: n.max, end: n.end };
  return null;
}

/** "a week", "per 10 days", "в неделю", "в 10 дней": the period after a frequency word. */
function readPeriod(tokens: Token[], i: number): { min: number; max: number; end: number } | null {
  const lead = tokens[i]?.norm;
  if (lead === undefined || !PERIOD_LEADS.has(lead)) return null;
  let j = i + 1;
  // "in a week"
  if (ONE_UNIT.has(tokens[j]?.norm ?? "")) j++;
  const n = readNumber(tokens, j);
  if (n) j = n.end;
  const unit = dayUnit(tokens[j]);
  if (unit === null) return null;
  return { min: (n?.min ?? 1) * unit, max: (n?.max ?? 1) * unit, end: j + 1 };
}

/** Words that may follow a session word before its period: "2 сеанса мезотерапии в неделю", "two sessions of mesotherapy a week". */
const AFTER_SESSION_WORD_REACH = 2;

/** The period a few words after a count's session word ("2 сеанса мезотерапии | в неделю"), or null. */
function periodAfterSessionWord(tokens: Token[], end: number) {
  if (!isSessionWord(tokens[end - 1])) return null;
  for (let j = end; j < end + AFTER_SESSION_WORD_REACH && tokens[j]?.kind === "word"; j++) {
    const period = readPeriod(tokens, j + 1);
    if (period) return period;
  }
  return null;
}

function interval(start: number, end: number, min: number, max: number): NumberSpan {
  return { kind: "interval", start, end, min, max };
}

function readInterval(tokens: Token[], i: number): NumberSpan | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const days = PERIODIC.get(t.norm);
  if (days !== undefined) return interval(i, i + 1, days, days);
  if (EVERY.has(t.norm)) {
    if (next && EVERY_OTHER.has(next.norm)) {
      const unit = dayUnit(tokens[i + 2]);
      return unit === null ? null : interval(i, i + 3, 2 * unit, 2 * unit);
    }
    const vague = VAGUE_COUNTS.get(next?.norm ?? "");
    const n = vague ? { min: 2, max: vague, end: i + 2 } : readNumber(tokens, i + 1);
    const j = n ? n.end : i + 1;
    const unit = dayUnit(tokens[j]);
    return unit === null ? null : interval(i, j + 1, (n?.min ?? 1) * unit, (n?.max ?? 1) * unit);
  }
  if (ALTERNATE_DAY.has(t.norm)) {
    // "через день" is every other day; "через 2 дня" is a delay, left to the days span.
    const unit = dayUnit(next);
    return unit !== null && !ALTERNATE_DAY_NOT_BEFORE.has(next!.norm)
      ? interval(i, i + 2, 2 * unit, 2 * unit)
      : null;
  }
  const times = readTimes(tokens, i);
  if (!times) return null;
  const period = readPeriod(tokens, times.end) ?? periodAfterSessionWord(tokens, times.end);
  if (!period) return null;
  return interval(i, period.end, period.min / times.max, period.max / times.min);
}

/**
 * "раз в 2 года", "once in 2 years", "раз в 1-1.5 года": the number at i (or
 * the range it ends) says how often, so it is no age.
 */
function isPeriodOfTimes(tokens: Token[], i: number): boolean {
  let k = i;
  if (k >= 2 && RANGE_SEPARATORS.has(tokens[k - 1]!.norm) && numberValue(tokens[k - 2]) !== null)
    k -= 2;
  const lead = tokens[k - 1];
  const times = tokens[k - 2];
  return (
    !!lead &&
    PERIOD_LEADS.has(lead.norm) &&
    !!times &&
    (TIMES_WORDS.has(times.norm) || FIXED_TIMES.has(times.norm))
  );
}

function readAgeOrDays(tokens: Token[], i: number): NumberSpan | null {
  // "a fortnight", "a week", "одну неделю": one unit.
  if (ONE_UNIT.has(tokens[i]!.norm)) {
    const unit = dayUnit(tokens[i + 1]);
    if (unit !== null) return { kind: "days", start: i, end: i + 2, min: unit, max: unit };
  }
  const n = readNumber(tokens, i);
  if (!n) return null;
  const after = tokens[n.end];
  const before = tokens[i - 1];
  if (isPeriodOfTimes(tokens, i)) return null;
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
  if (
    before &&
    AGE_BEFORE_LINK.has(before.norm) &&
    tokens[i - 2] &&
    AGE_BEFORE.has(tokens[i - 2]!.norm)
  )
    return age(n.end);
  // A letter glued to the number is a name, not a preposition: "В12", "C15".
  const bare =
    n.min >= 12 &&
    n.max <= 120 &&
    before &&
    BARE_AGE_BEFORE.has(before.norm) &&
    before.end < tokens[i]!.start;
  if (
    bare &&
    (!after ||
      (after.kind === "punct" && after.norm !== "%" && after.norm !== "-") ||
      BARE_AGE_AFTER.has(after.norm))
  )
    return age(n.end);
  if (!after) return null;
  // "18 and older", "18 years and up": an open-ended age, the years said or not.
  const openAt = YEARS.has(after.norm) ? n.end + 1 : n.end;
  if (n.min >= 12 && n.max <= 120 && isOpenEnd(tokens, openAt)) return age(openAt + 2);
  if (AGE_UNITS.has(after.norm)) return isDuration(tokens, i, n.end) ? null : age(n.end + 1);
  if (after.norm === "+" || isAgeUnitWord(after.norm)) return age(n.end + 1);
  // "-year-old(s)", "- летние"
  if (after.norm === "-" && tokens[n.end + 1]) {
    const w = tokens[n.end + 1]!.norm;
    if (YEARS.has(w) || isAgeUnitWord(w))
      return age(n.end + 2 + (tokens[n.end + 2]?.norm === "-" ? 2 : 0));
  }
  if (YEARS.has(after.norm)) {
    const old = tokens[n.end + 1];
    if (old && YEARS_OLD.has(old.norm)) return age(n.end + 2);
    // "at 70 years", "from 16 years" are ages; "for over 50 years" is a duration.
    if (before && YEAR_PREPOSITIONS.has(before.norm) && !isDuration(tokens, i, n.end))
      return age(n.end + 1);
  }
  return null;
}

/**
 * Whether "N years" at `i` (its unit at `unitAt`) is a length of time, not an
 * age: "на 10—15 лет", "через 5 лет", "for over 50 years", "9 лет назад". A
 * word of duration stands right before the number or before its year
 * preposition; for a range's second number, read on its own too, the word
 * before the range decides.
 */
function isDuration(tokens: Token[], i: number, unitAt: number): boolean {
  let lead = i - 1;
  if (
    tokens[lead] &&
    RANGE_SEPARATORS.has(tokens[lead]!.norm) &&
    numberValue(tokens[lead - 1]) !== null
  )
    lead -= 2;
  const isDurationWord = (t: Token | undefined) => t !== undefined && DURATION_BEFORE.has(t.norm);
  const before = tokens[lead];
  const after = tokens[unitAt + 1];
  return (
    isDurationWord(before) ||
    (before !== undefined &&
      YEAR_PREPOSITIONS.has(before.norm) &&
      isDurationWord(tokens[lead - 1])) ||
    (after !== undefined && DURATION_AFTER.has(after.norm))
  );
}

/** Whether the two tokens at `at` leave an age open ("and older", "и старше"). */
function isOpenEnd(tokens: Token[], at: number): boolean {
  return AGE_OPEN_ENDS.some(
    ([first, second]) => tokens[at]?.norm === first && tokens[at + 1]?.norm === second,
  );
}

// Number words are leads too: one set lookup per token on the hot path.
const SPAN_LEADS = new Set([...allLanguages((w) => w.numbers.spanLeads), ...NUMBER_WORDS.keys()]);

/** Whether a span may hold this token: the prefilter's stand-in before spans are computed ("a fortnight" is keyed by "fortnight"). */
export function mayStartSpan(t: Token): boolean {
  return t.kind === "num" || SPAN_LEADS.has(t.norm);
}

/**
 * The words a span can begin with besides digits: the first token readInterval(),
 * readAgeOrDays() and readNumber() look up. A span begins at no other token, so no
 * reader is asked there.
 */
const SPAN_STARTS = new Set([
  ...NUMBER_WORDS.keys(),
  ...PERIODIC.keys(),
  ...EVERY,
  ...ALTERNATE_DAY,
  ...FIXED_TIMES.keys(),
  ...ONE_UNIT,
]);

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
    if (t.kind === "punct" || (t.kind !== "num" && !SPAN_STARTS.has(t.norm))) continue;
    // The digits after a decimal point belong to the number before it ("1.5 года" is no age of 5).
    if (i >= 2 && t.kind === "num" && tokens[i - 2]!.kind === "num" && fractionAt(tokens, i - 2))
      continue;
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
