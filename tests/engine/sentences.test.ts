// Sentence splitting: abbreviations, offsets, runaway sentences, Russian.
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/engine/schema";
import { splitSentences, type SentenceSpan } from "../../src/engine/sentences";

function expectOffsets(text: string, spans: SentenceSpan[]): void {
  for (const s of spans) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.text.length).toBeGreaterThan(0);
  }
  for (let i = 1; i < spans.length; i++)
    expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
}

describe("splitSentences", () => {
  it("keeps Dr. Smith inside a sentence", () => {
    const text = "Dr. Smith says mesotherapy is painless. Others disagree.";
    expect(splitSentences(text, "en").map((s) => s.text)).toEqual([
      "Dr. Smith says mesotherapy is painless.",
      "Others disagree.",
    ]);
  });

  it("keeps e.g. and i.e. inside a sentence", () => {
    const text =
      "Some cocktails, e.g. hyaluronic acid, are natural. Others, i.e. the rest, are not.";
    expect(splitSentences(text, "en").map((s) => s.text)).toEqual([
      "Some cocktails, e.g. hyaluronic acid, are natural.",
      "Others, i.e. the rest, are not.",
    ]);
  });

  it("keeps several abbreviations in one sentence", () => {
    const text = "Ask Dr. Jones or Prof. Brown, e.g. at the clinic. Then book.";
    expect(splitSentences(text, "en").map((s) => s.text)).toEqual([
      "Ask Dr. Jones or Prof. Brown, e.g. at the clinic.",
      "Then book.",
    ]);
  });

  it.each<[Lang, string]>([
    ["en", "  Mesotherapy is painless.  Is it?\n\nYes! Dr. Who agrees…   "],
    ["ru", "Мезотерапия безболезненна. Правда? Да!  Т.е. проф. Иванов согласен."],
    ["en", "No punctuation at all"],
    ["en", "A\u00A0sentence with non-breaking spaces.\u00A0Another one."],
  ])("gives offsets that slice back to the text (%s)", (lang, text) => {
    const spans = splitSentences(text, lang);
    expect(spans.length).toBeGreaterThan(0);
    expectOffsets(text, spans);
  });

  it("splits Russian", () => {
    const text = "Мезотерапия безболезненна. Это правда? Да! Процедуру проводит врач.";
    expect(splitSentences(text, "ru").map((s) => s.text)).toEqual([
      "Мезотерапия безболезненна.",
      "Это правда?",
      "Да!",
      "Процедуру проводит врач.",
    ]);
  });

  it("keeps Russian abbreviations inside a sentence", () => {
    const text =
      "Коктейль вводят неглубоко, т.е. в верхние слои кожи. Процедуру проводит проф. Иванов.";
    expect(splitSentences(text, "ru").map((s) => s.text)).toEqual([
      "Коктейль вводят неглубоко, т.е. в верхние слои кожи.",
      "Процедуру проводит проф. Иванов.",
    ]);
  });

  it("gives nothing for empty or blank text", () => {
    expect(splitSentences("", "en")).toEqual([]);
    expect(splitSentences("   \n\t ", "en")).toEqual([]);
  });

  it("cuts a 1 MB text without punctuation into sentences of at most 1000 characters", () => {
    const text = "mesotherapy is painless and safe ".repeat(32_000).slice(0, 1_000_000);
    expect(text.length).toBe(1_000_000);
    const spans = splitSentences(text, "en");
    expect(spans.length).toBeGreaterThanOrEqual(1000);
    for (const s of spans) expect(s.text.length).toBeLessThanOrEqual(1000);
    expectOffsets(text, spans);
    // Nothing but whitespace is lost between the pieces.
    expect(
      spans
        .map((s) => s.text)
        .join(" ")
        .replace(/\s+/g, " "),
    ).toBe(text.trim().replace(/\s+/g, " "));
  });

  it("cuts a 1 MB text without spaces into sentences of at most 1000 characters", () => {
    const text = "x".repeat(1_000_000);
    const spans = splitSentences(text, "en");
    for (const s of spans) expect(s.text.length).toBeLessThanOrEqual(1000);
    expect(spans.map((s) => s.text).join("")).toBe(text);
  });
});

describe("splitSentences cuts at breaks the segmenter always makes, with its boundaries", () => {
  // The segmenter over the whole block, as splitSentences did before it cut
  // at line breaks and at ". Capital" first: the boundaries must not change.
  const ABBREVIATION =
    /(?:^|[\s(])(?:dr|mr|mrs|ms|prof|st|vs|e\.g|i\.e|approx|incl|no|fig|т\.е|т\.к|т\.н|др|проф|г|ул|им|см|напр|мин)\.\s*$/iu;
  function bySegmenterAlone(text: string, lang: Lang): string[] {
    const raw: Array<{ start: number; end: number }> = [];
    for (const seg of new Intl.Segmenter(lang, { granularity: "sentence" }).segment(text)) {
      const prev = raw.at(-1);
      const end = seg.index + seg.segment.length;
      if (prev && ABBREVIATION.test(text.slice(Math.max(prev.start, prev.end - 12), prev.end)))
        prev.end = end;
      else raw.push({ start: seg.index, end });
    }
    return raw.map((r) => text.slice(r.start, r.end).trim()).filter(Boolean);
  }

  const sentences = [
    "Mesotherapy is painless.",
    "Is it safe?",
    "No downtime at all!",
    "Dr. Smith disagrees.",
    "It costs 1.5 times more, e.g. in Moscow.",
    "«Мезотерапия безболезненна», — говорит врач.",
    "Процедура безопасна.",
    "См. также отзывы.",
    "2. Book a session.",
    "the rest follows in lower case.",
    "U.S. clinics differ.",
    "Prices vary… Ask first.",
    "“Quite painless.” Others say no.",
  ];
  const joins = [" ", "  ", "\n", "\n\n", "\r\n", " \n ", "\t", ""];

  it("on blocks of real and awkward sentences joined every way", () => {
    // A fixed-seed generator: the same blocks on every run.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let blocks = 0;
    for (let i = 0; i < 600; i++) {
      const parts: string[] = [];
      const count = 1 + next(8);
      for (let k = 0; k < count; k++) {
        parts.push(sentences[next(sentences.length)]!);
        if (k < count - 1) parts.push(joins[next(joins.length)]!);
      }
      const text = parts.join("");
      for (const lang of ["en", "ru"] as const) {
        expect(
          splitSentences(text, lang).map((s) => s.text),
          JSON.stringify(text),
        ).toEqual(bySegmenterAlone(text, lang));
        blocks++;
      }
    }
    expect(blocks).toBe(1200);
  });
});
