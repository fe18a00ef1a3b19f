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
