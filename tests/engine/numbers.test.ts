// Ages and intervals between sessions: through the checker, and directly on
// findNumberSpans.
import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
import { createChecker } from "../../src/engine/engine";
import { findNumberSpans, type NumberSpan, type SpanKind } from "../../src/engine/numbers";
import type { Lang } from "../../src/engine/schema";
import { tokenize } from "../../src/engine/tokens";

const checker = createChecker(loadClaims());
const verdictOf = (text: string, lang: Lang, id: string) =>
  checker.checkSentence(text, lang).find((r) => r.claim.id === id)?.verdict;

describe("ages through checkSentence", () => {
  it.each<[Lang, string]>([
    ["en", "Mesotherapy can be done from 16."],
    ["en", "Our clinic performs mesotherapy for clients from 16 years old."],
    ["ru", "Мезотерапию можно делать с 18 лет."],
    ["en", "The procedure works well even at 75."],
    ["en", "Mesotherapy can be done even at 75."],
    ["ru", "Даже в 70 лет мезотерапия даёт отличный результат."],
    ["ru", "Мезотерапию можно делать и в 70 лет."],
    ["en", "Even fourteen-year-olds can have mesotherapy for acne scars."],
    ["en", "Mesotherapy is suitable for 14-year-olds with oily skin."],
  ])("%s: %s -> age-limit", (lang, text) => {
    expect(verdictOf(text, lang, "age-limit")).toBe("disputed");
  });

  it.each<[Lang, string]>([
    ["en", "Mesotherapy is recommended from 25."],
    ["en", "Mesotherapy can be started from 25 years old."],
    ["ru", "Мезотерапию рекомендуют делать с 25 лет."],
    ["ru", "Мезотерапию можно начинать с 25 лет."],
    ["en", "It is recommended from 20-25 up to 55-60."],
    [
      "en",
      "Mesotherapy is recommended from the age of 20-25 and remains effective up to 55-60 years.",
    ],
    ["ru", "Процедуру рекомендуют с 20–25 лет, и она эффективна до 55–60 лет."],
  ])("%s: %s -> no age-limit", (lang, text) => {
    expect(verdictOf(text, lang, "age-limit")).toBeUndefined();
  });
});

describe("intervals through checkSentence", () => {
  it.each<[Lang, string]>([
    ["en", "Sessions are held every 7-10 days."],
    ["ru", "Процедуру повторяют раз в 7 дней."],
    ["en", "The injections are done once a week."],
    ["en", "The procedure is done twice a week."],
    ["ru", "Сеансы проводят каждые 7–10 дней."],
    ["en", "The interval between sessions is 3 days."],
  ])("%s: %s -> disputed", (lang, text) => {
    expect(verdictOf(text, lang, "session-interval")).toBe("disputed");
  });

  it.each<[Lang, string]>([
    ["en", "Sessions can be done every other day."],
    ["ru", "Процедуру делают через день."],
    ["ru", "Сеансы проводят раз в 2 дня."],
    ["en", "Sessions can be repeated every day."],
    ["en", "The roller can be used for injections every day."],
    ["ru", "Мезороллер можно использовать ежедневно."],
  ])("%s: %s -> contradicted", (lang, text) => {
    expect(verdictOf(text, lang, "session-interval")).toBe("contradicted");
  });

  it.each<[Lang, string]>([
    ["en", "The course is repeated every 6-12 months."],
    ["ru", "Курс повторяют каждые 6–12 месяцев."],
    ["en", "The course is repeated once a year."],
  ])("%s: %s -> no session-interval", (lang, text) => {
    expect(verdictOf(text, lang, "session-interval")).toBeUndefined();
  });
});

/** The spans of a sentence, flattened, without token positions. */
function spans(text: string, lang: Lang): NumberSpan[] {
  return [...findNumberSpans(tokenize(text, lang)).values()].flat();
}
function spansOf(text: string, lang: Lang, kind: SpanKind): Array<[number, number]> {
  return spans(text, lang)
    .filter((s) => s.kind === kind)
    .map((s) => [s.min, s.max]);
}
/**
 * The value of the first span of a kind: a range also holds shorter spans
 * that begin inside it ("3 days" in "2-3 days"), which are not asserted on.
 */
function firstOf(text: string, lang: Lang, kind: SpanKind): [number, number] | undefined {
  const first = spans(text, lang)
    .filter((s) => s.kind === kind)
    .sort((a, b) => a.start - b.start || b.end - a.end)[0];
  return first && [first.min, first.max];
}

describe("findNumberSpans", () => {
  it("reads bare ages after a preposition", () => {
    expect(spansOf("suitable from 16", "en", "age")).toEqual([[16, 16]]);
    expect(spansOf("even at 75.", "en", "age")).toEqual([[75, 75]]);
    expect(spansOf("можно хоть в 80, результат будет", "ru", "age")).toEqual([[80, 80]]);
    // A first person's own age: "I'm 16 and …", "Мне 16, и …"; not "мне 30 минут".
    expect(spansOf("I'm 16 and get it", "en", "age")).toEqual([[16, 16]]);
    expect(spansOf("Мне 16, и я делаю", "ru", "age")).toEqual([[16, 16]]);
    expect(spansOf("мне 30 минут хватило", "ru", "age")).toEqual([]);
  });

  it("reads no age where the letter is glued to the number: a name such as В12", () => {
    expect(spansOf("для чего делаются уколы В12, что они дают", "ru", "age")).toEqual([]);
    expect(spansOf("делаются уколы в 12, что они дают", "ru", "age")).toEqual([[12, 12]]);
  });

  it("reads ages with units", () => {
    expect(spansOf("с 18 лет", "ru", "age")).toEqual([[18, 18]]);
    expect(spansOf("в 70 лет", "ru", "age")).toEqual([[70, 70]]);
    expect(spansOf("70-year-olds love it", "en", "age")).toEqual([[70, 70]]);
    expect(spansOf("no restriction on 16 year olds", "en", "age")).toEqual([[16, 16]]);
    expect(spansOf("women aged 45", "en", "age")).toEqual([[45, 45]]);
    expect(firstOf("from the age of 20-25", "en", "age")).toEqual([20, 25]);
    expect(spansOf("clients 60+ are welcome", "en", "age")).toEqual([[60, 60]]);
    expect(spansOf("at 70 years", "en", "age")).toEqual([[70, 70]]);
  });

  it("reads an age left open at one end, the years said or not", () => {
    expect(spansOf("patients who are 18 years and older", "en", "age")).toEqual([[18, 18]]);
    expect(spansOf("for clients 16 and up", "en", "age")).toEqual([[16, 16]]);
    expect(spansOf("пациентам 18 лет и старше", "ru", "age")).toEqual([[18, 18]]);
    // A count of years with "and more" is a duration, and a price is no age.
    expect(spansOf("the results last 18 years and more", "en", "age")).toEqual([]);
    expect(spansOf("it costs 200 and up", "en", "age")).toEqual([]);
  });

  it("gives the token range of a span", () => {
    const tokens = tokenize("even at 75", "en");
    const found = findNumberSpans(tokens);
    expect(found.get(2)).toEqual([{ kind: "age", start: 2, end: 3, min: 75, max: 75 }]);
    const iv = findNumberSpans(tokenize("every 7-10 days", "en"))
      .get(0)!
      .find((s) => s.kind === "interval");
    expect(iv).toEqual({ kind: "interval", start: 0, end: 5, min: 7, max: 10 });
  });

  it("does not read durations or bare numbers as ages", () => {
    expect(spansOf("the method has been used for over 50 years", "en", "age")).toEqual([]);
    expect(spansOf("it costs 25 dollars", "en", "age")).toEqual([]);
    expect(spansOf("from 16 %", "en", "age")).toEqual([]);
  });

  it.each<[Lang, string]>([
    ["ru", "помогает отодвинуть увядание на 10—15 лет"],
    ["ru", "через 5 лет эффект сохраняется"],
    ["ru", "в течение 3 лет"],
    ["ru", "коррекция проведена 9 лет назад"],
    ["ru", "прошло 4 года, а целлюлит не вернулся"],
    ["en", "since 16 years ago"],
  ])("%s: a length of time in years, at either end of a range, is no age: %s", (lang, text) => {
    expect(spansOf(text, lang, "age")).toEqual([]);
  });

  it.each<[Lang, string, Array<[number, number]>]>([
    // A range after an age's preposition stays ages, at both ends.
    [
      "ru",
      "делают от 14 до 16 лет",
      [
        [14, 16],
        [16, 16],
      ],
    ],
    ["ru", "мне уже 70 лет", [[70, 70]]],
    ["en", "since 16 years", [[16, 16]]],
  ])("%s: the same numbers with no word of duration stay ages: %s", (lang, text, ages) => {
    expect(spansOf(text, lang, "age")).toEqual(ages);
  });

  it("reads how often a course is repeated as no age", () => {
    expect(spansOf("Курс повторяют раз в 2 года.", "ru", "age")).toEqual([]);
    expect(spansOf("Её проводят раз в 1-1.5 года.", "ru", "age")).toEqual([]);
    expect(spansOf("Repeat the course once in 2 years.", "en", "age")).toEqual([]);
    expect(spansOf("Мезотерапию можно делать с 14-16 лет.", "ru", "age")).toEqual([
      [14, 16],
      [16, 16],
    ]);
  });

  it("reads a decimal at either end of a range, and no age in its fraction", () => {
    expect(firstOf("Интервал 1,5-2 недели.", "ru", "days")).toEqual([10.5, 14]);
    expect(firstOf("spaced 1-1.5 weeks apart", "en", "days")).toEqual([7, 10.5]);
    expect(spansOf("раз в 1-1.5 года", "ru", "age")).toEqual([]);
  });

  it("reads durations as days", () => {
    expect(firstOf("bruises last 2-3 days", "en", "days")).toEqual([2, 3]);
    expect(firstOf("recovery takes 1.5 weeks", "en", "days")).toEqual([10.5, 10.5]);
    expect(spansOf("через 2 дня", "ru", "days")).toEqual([[2, 2]]);
    expect(spansOf("через 2 дня", "ru", "interval")).toEqual([]);
    expect(firstOf("от 3 до 7 дней", "ru", "days")).toEqual([3, 7]);
  });

  it.each<[Lang, string, number, number]>([
    ["en", "every 7-10 days", 7, 10],
    ["en", "every other day", 2, 2],
    ["en", "once a week", 7, 7],
    ["en", "twice a week", 3.5, 3.5],
    ["en", "every day", 1, 1],
    ["en", "daily", 1, 1],
    ["en", "weekly", 7, 7],
    ["en", "every 6-12 months", 180, 360],
    ["en", "1-2 sessions a week", 3.5, 7],
    ["ru", "раз в 7 дней", 7, 7],
    ["ru", "раз в 2 дня", 2, 2],
    ["ru", "через день", 2, 2],
    ["ru", "каждые 7–10 дней", 7, 10],
    ["ru", "раз в неделю", 7, 7],
    ["ru", "2 раза в неделю", 3.5, 3.5],
    ["ru", "одного сеанса в неделю", 7, 7],
    ["en", "2-3 mesotherapy treatments per week", 7 / 3, 3.5],
    ["en", "once or twice a week", 3.5, 7],
    ["en", "once/twice in a week", 3.5, 7],
    ["en", "one to two per week", 3.5, 7],
    ["en", "one injection per week", 7, 7],
    ["en", "every few weeks", 14, 21],
    ["ru", "каждые несколько недель", 14, 28],
    ["ru", "2 сеанса мезотерапии в неделю", 3.5, 3.5],
    ["en", "two sessions of mesotherapy a week", 3.5, 3.5],
  ])("%s: %s is an interval of %s-%s days", (lang, text, min, max) => {
    expect(firstOf(text, lang, "interval")).toEqual([min, max]);
  });

  it("reads no frequency in a count of something else", () => {
    expect(spansOf("we see 40 patients per week", "en", "interval")).toEqual([]);
    expect(spansOf("take 2 tablets per day", "en", "interval")).toEqual([]);
    expect(spansOf("2 сеанса мезотерапии и крема в неделю", "ru", "interval")).toEqual([]);
    expect(spansOf("a few weeks later", "en", "interval")).toEqual([]);
  });

  it("finds nothing in text without numbers", () => {
    expect(findNumberSpans(tokenize("mesotherapy is a cosmetic procedure", "en")).size).toBe(0);
    expect(findNumberSpans([]).size).toBe(0);
  });

  it("reads a bare number as num", () => {
    expect(spansOf("price 140", "en", "num")).toEqual([[140, 140]]);
  });
});
