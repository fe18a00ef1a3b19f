// Is the page about mesotherapy? And check() on pages that are and are not.
import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
import { createChecker } from "../../src/engine/engine";
import { countTerms, detectTopic, topicText } from "../../src/engine/topic";

const checker = createChecker(loadClaims());

const ARTICLE_EN = [
  "Facial mesotherapy: what you need to know",
  "Mesotherapy is a cosmetic procedure in which a cocktail of vitamins and hyaluronic acid is injected into the skin with a fine needle.",
  "The procedure is painless, and there is no recovery period.",
  "A course of mesotherapy usually takes 4-6 sessions, held every 7-10 days.",
  "Before mesotherapy, the doctor checks for contraindications such as pregnancy.",
];

const ARTICLE_RU = [
  "Мезотерапия лица: что нужно знать",
  "Мезотерапия — это косметическая процедура, при которой под кожу тонкой иглой вводят коктейль из витаминов и гиалуроновой кислоты.",
  "Процедура безболезненна, восстановительного периода нет.",
  "Курс мезотерапии обычно состоит из 4–6 сеансов с интервалом 7–10 дней.",
  "Перед мезотерапией врач проверяет противопоказания, например беременность.",
];

const LASER = [
  "Our diode laser hair removal is practically painless thanks to contact cooling.",
  "There is no recovery period, and you can go back to work the same day.",
  "Most clients need 6-8 sessions spaced 4-6 weeks apart. It is completely safe and has no side effects.",
];

const GYM = [
  "FitLife gym: there is no age limit, our members are from 14 to 84.",
  "Training is painless for beginners, and classes are held twice a week.",
  "No doctor's consultation is needed to sign up. Your first month is free.",
];

const PRICE_LIST = [
  "Price list, spring season.",
  "Women's haircut £45, men's haircut £25, colouring from £80, balayage from £120.",
  "Manicure £30, gel polish £35, pedicure £40, eyebrow shaping £15.",
  "Classic facial £60, chemical peel £75, mesotherapy £140, LED therapy £40, body wrap £70.",
  "All our treatments are painless and have no side effects.",
];

const LASER_RU = [
  "Лазерная эпиляция на нашем аппарате практически безболезненна.",
  "Восстановительного периода нет, на работу можно выйти в тот же день.",
  "Процедуры проводят раз в 4–6 недель, побочных эффектов нет.",
];

describe("countTerms", () => {
  it.each([
    ["mesotherapy", 1],
    ["Meso-therapy and meso therapy", 2],
    ["a mesoroller, a meso-cocktail and mesolift", 3],
    ["мезотерапия, мезо-терапии и мезотерапию", 3],
    ["мезороллер и мезококтейль", 2],
    // Capitals in both scripts: the pattern is case-insensitive without the u flag too.
    ["MESOTHERAPY, МЕЗОТЕРАПИЯ и Мезолифтинг", 3],
    ["laser hair removal", 0],
    ["", 0],
  ])("%s: %i", (text, n) => {
    expect(countTerms(text)).toBe(n);
  });
});

describe("topicText", () => {
  // Blocks whose line breaks fall on either side of the 20,000th character, and a page shorter than that.
  it.each([
    ["one block past the slice", ["x".repeat(25_000), "mesotherapy"]],
    ["a break at the slice's last character", ["a".repeat(19_999), "b".repeat(10)]],
    ["a break right after the slice", ["a".repeat(20_000), "b".repeat(10)]],
    ["many short blocks", Array.from({ length: 3_000 }, (_, i) => `block ${i}`)],
    ["a short page", ARTICLE_EN],
  ])("%s: the whole page's join as far as detectTopic reads", (_, blocks) => {
    expect(topicText(blocks).slice(0, 20_000)).toBe(blocks.join("\n").slice(0, 20_000));
  });
});

describe("detectTopic", () => {
  it("passes an English article about mesotherapy", () => {
    const v = detectTopic(ARTICLE_EN.join("\n"));
    expect(v.mesotherapy).toBe(true);
    expect(v.lang).toBe("en");
    expect(v.score).toBeGreaterThanOrEqual(3);
  });

  it("passes a Russian article about mesotherapy", () => {
    const v = detectTopic(ARTICLE_RU.join("\n"));
    expect(v.mesotherapy).toBe(true);
    expect(v.lang).toBe("ru");
  });

  it.each([
    ["painless laser hair removal", LASER.join("\n")],
    ["лазерная эпиляция", LASER_RU.join("\n")],
    ["a gym advert with no age limit", GYM.join("\n")],
    ["a price list naming mesotherapy once", PRICE_LIST.join("\n")],
    ["an empty page", ""],
  ])("does not pass %s", (_what, text) => {
    expect(detectTopic(text).mesotherapy).toBe(false);
  });

  it("does not pass the price list even with a generic title", () => {
    expect(
      detectTopic(PRICE_LIST.join("\n"), {
        title: "Beauty Salon Lotus — prices",
        headings: ["Prices", "Facials"],
      }).mesotherapy,
    ).toBe(false);
  });

  it("passes one mention in the text with a title about mesotherapy", () => {
    const body = "Our clinic offers mesotherapy for the face and scalp. Book a visit today.";
    expect(detectTopic(body).mesotherapy).toBe(false);
    expect(detectTopic(body, { title: "Mesotherapy in London" }).mesotherapy).toBe(true);
    expect(detectTopic(body, { description: "Everything about mesotherapy" }).mesotherapy).toBe(
      true,
    );
  });

  it("does not count a title that is just the text's first line", () => {
    const body = "Mesotherapy £140\nHaircut £45\nManicure £30";
    expect(detectTopic(body, { title: "Mesotherapy £140" }).mesotherapy).toBe(false);
  });

  it("passes two mentions in the text with a heading about mesotherapy", () => {
    const body = "We offer mesotherapy. Mesotherapy is done by a doctor.";
    expect(detectTopic(body).mesotherapy).toBe(false);
    expect(detectTopic(body, { headings: ["Mesotherapy for the face"] }).mesotherapy).toBe(true);
  });

  it("takes the language from the text, or from a forced language", () => {
    expect(detectTopic(ARTICLE_RU.join("\n"), { lang: "en" }).lang).toBe("ru");
    expect(detectTopic(ARTICLE_EN.join("\n"), {}, "ru").lang).toBe("ru");
  });

  it("reads only a bounded slice of a long page", () => {
    const filler = "Lorem ipsum dolor sit amet. ".repeat(2000);
    expect(detectTopic(filler + ARTICLE_EN.join("\n")).mesotherapy).toBe(false);
  });
});

describe("check() and the topic gate", () => {
  it.each([
    ["laser hair removal", LASER],
    ["лазерная эпиляция", LASER_RU],
    ["a gym advert", GYM],
    ["a price list", PRICE_LIST],
  ])("finds nothing on an off-topic page (%s)", (_what, blocks) => {
    const result = checker.check(blocks);
    expect(result.about.mesotherapy).toBe(false);
    expect(result.findings).toEqual([]);
  });

  it("finds claims on an off-topic page with force", () => {
    const forced = (blocks: string[]) => checker.check(blocks, { force: true });
    expect(forced(LASER).about.mesotherapy).toBe(false);
    expect(forced(LASER).findings.map((f) => f.claim)).toContain("no-downtime");
    expect(forced(LASER_RU).findings.map((f) => f.claim)).toContain("no-downtime");
    expect(forced(GYM).findings.map((f) => f.claim)).toEqual(
      expect.arrayContaining(["age-limit", "painless"]),
    );
    expect(forced(PRICE_LIST).findings.map((f) => f.claim)).toContain("harmless");
  });

  it.each([
    ["en", ARTICLE_EN],
    ["ru", ARTICLE_RU],
  ] as const)("finds claims on an article (%s), with offsets into their block", (lang, blocks) => {
    const { about, findings } = checker.check(blocks);
    expect(about.mesotherapy).toBe(true);
    const ids = findings.map((f) => f.claim);
    for (const id of ["painless", "no-downtime", "session-interval"]) expect(ids).toContain(id);
    for (const f of findings) {
      expect(f.lang).toBe(lang);
      expect(blocks[f.block]!.slice(f.start, f.end)).toBe(f.text);
      expect(f.assertion.length).toBeGreaterThan(0);
      expect(f.note.length).toBeGreaterThan(0);
      expect(f.evidence.length).toBeGreaterThan(0);
    }
  });

  it("uses page signals for the gate", () => {
    const blocks = ["Our mesotherapy is painless."];
    expect(checker.check(blocks).findings).toEqual([]);
    expect(
      checker
        .check(blocks, { signals: { title: "Mesotherapy at Lotus clinic" } })
        .findings.map((f) => f.claim),
    ).toContain("painless");
  });

  it("treats every block as a forced language", () => {
    const { findings } = checker.check(
      ["Мезотерапия безболезненна. Мезотерапия лица. Мезотерапия тела."],
      { lang: "ru" },
    );
    expect(findings.map((f) => f.claim)).toEqual(["painless"]);
    expect(findings[0]!.lang).toBe("ru");
  });
});
