// Negation, question and distancing scope: whether a matched claim is asserted.
import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
import { createChecker } from "../../src/engine/engine";
import type { Lang } from "../../src/engine/schema";
import { isAsked, isDistanced, isNegated } from "../../src/engine/scope";
import { firstMatch, sentence } from "./match-helpers";

const db = loadClaims();
const checker = createChecker(db);
const claimIds = (text: string, lang: Lang) =>
  checker.checkSentence(text, lang).map((r) => r.claim.id);

const negated = (pattern: string, text: string, lang: Lang) => {
  const s = sentence(text, lang);
  return isNegated(s, firstMatch(pattern, s, lang), lang);
};
const asked = (pattern: string, text: string, lang: Lang) => {
  const s = sentence(text, lang);
  return isAsked(text, s, firstMatch(pattern, s, lang), lang);
};

describe("negation scope through checkSentence", () => {
  it.each<[Lang, string, string[]]>([
    ["en", "No pain and no downtime.", ["painless", "no-downtime"]],
    ["en", "No side effects and no recovery period.", ["harmless", "no-downtime"]],
    ["en", "There is no pain, no swelling and no downtime.", ["painless", "no-downtime"]],
    ["ru", "Никакой боли и никакого восстановительного периода.", ["painless", "no-downtime"]],
    ["ru", "Без боли и без побочных эффектов.", ["painless", "harmless"]],
  ])("%s: %s asserts both", (lang, text, expected) => {
    const found = claimIds(text, lang);
    for (const id of expected) expect(found).toContain(id);
  });

  it.each<[Lang, string]>([
    ["ru", "Процедуру нужно проводить не более 1 раза в 10 дней."],
    ["ru", "Сеансы проводят не чаще одного раза в неделю."],
    ["en", "Sessions are done no more than once a week."],
  ])("%s: a quantifying negator is not a denial: %s", (lang, text) => {
    expect(claimIds(text, lang)).toContain("session-interval");
  });

  it.each<[string, string]>([
    ["It is not just painless, it is quick.", "painless"],
    ["Mesotherapy isn't merely good for treating active acne.", "acne-active"],
    ["Mesotherapy is not only painless but also fast.", "painless"],
  ])("en: 'not just / merely / only' adds rather than denies: %s", (text, id) => {
    expect(claimIds(text, "en")).toContain(id);
    expect(claimIds(text.replace(/ (just|merely|only)\b/, ""), "en")).not.toContain(id);
  });

  it.each<[Lang, string, string]>([
    ["en", "It is not cheap, but it is painless.", "painless"],
    [
      "en",
      "The price is not low, but the procedure is completely safe with no side effects.",
      "harmless",
    ],
    ["ru", "Процедура недешёвая, но зато безболезненная.", "painless"],
    ["ru", "Дёшево не будет, зато безболезненно.", "painless"],
  ])("%s: a denial does not reach across a clause break: %s", (lang, text, id) => {
    expect(claimIds(text, lang)).toContain(id);
  });

  it.each<[Lang, string, string]>([
    ["en", "Mesotherapy is not painless.", "painless"],
    ["en", "Mesotherapy is never painless.", "painless"],
    ["en", "Nobody will tell you it is painless.", "painless"],
    ["ru", "Мезотерапия не безболезненна.", "painless"],
    ["ru", "Безболезненной эту процедуру назвать нельзя.", "painless"],
    ["ru", "Безболезненной её не назовёшь.", "painless"],
    ["ru", "Мезотерапия никогда не бывает безболезненной.", "painless"],
  ])("%s: a denial denies: %s", (lang, text, id) => {
    expect(claimIds(text, lang)).not.toContain(id);
  });
});

describe("isNegated", () => {
  it("sees a negator before the match in its clause", () => {
    expect(negated("painless", "Mesotherapy is not painless.", "en")).toBe(true);
    expect(negated("безболезненна", "Мезотерапия не безболезненна.", "ru")).toBe(true);
  });

  it("sees a negator inside a gap", () => {
    expect(negated("pain ~3 felt", "The pain is not felt.", "en")).toBe(true);
  });

  it("does not see a negator across a clause break", () => {
    expect(negated("painless", "It is not cheap, but painless.", "en")).toBe(false);
    expect(negated("безболезненна", "Не дёшево, но безболезненна.", "ru")).toBe(false);
  });

  it("does not take a quantifying negator for a denial", () => {
    expect(negated("раза", "Процедуру нужно проводить не более 1 раза в 10 дней.", "ru")).toBe(
      false,
    );
    expect(negated("once", "No more than once a week.", "en")).toBe(false);
  });

  it("sees a Russian denial after the match", () => {
    expect(negated("безболезненной", "Безболезненной эту процедуру назвать нельзя.", "ru")).toBe(
      true,
    );
  });

  it("takes a Russian negator that a ни-word agrees with for negative concord, not a denial", () => {
    expect(negated("никакой ~2 боли", "Пациент не испытывает никакой боли.", "ru")).toBe(false);
    expect(negated("никаких ~2 рисков", "Мезотерапия не несёт никаких рисков.", "ru")).toBe(false);
    expect(negated("не ~2 нужны ~3 осмотр", "Не нужны ни осмотр, ни проба.", "ru")).toBe(false);
    // Not a ни-word: "не без боли" still denies, and so does a negator inside a gap.
    expect(negated("без ~2 боли", "Процедура проходит не без боли.", "ru")).toBe(true);
    expect(negated("боли ~3 ощущается", "Боли не ощущается.", "ru")).toBe(true);
    // English has no such concord.
    expect(negated("no ~2 pain", "It is not that there is no pain.", "en")).toBe(true);
  });

  it("takes the first part of a hyphenated compound for a kind, not a denial", () => {
    expect(negated("fine ~2 period", "Our no-needle treatment is fine on period days.", "en")).toBe(
      false,
    );
    expect(negated("fine ~2 period", "Our treatment is no fine on period days.", "en")).toBe(true);
  });

  it("takes 'ни капли / ни разу' before a Russian negator for its intensifier, not a second denial", () => {
    expect(negated("не ~2 больно", "Ни капли не больно было на мезо.", "ru")).toBe(false);
    expect(negated("не ~2 больно", "Ни разу не больно не было.", "ru")).toBe(false);
    expect(negated("больно", "Ни капли не больно.", "ru")).toBe(true);
  });

  it("reads a Russian trailing denial followed by 'только / лишь' as the claim's exception", () => {
    const claim = "практически ~1 не_имеет ~2 противопоказаний";
    expect(
      negated(
        claim,
        "Мезотерапия практически не имеет противопоказаний, не проводим её только при диабете.",
        "ru",
      ),
    ).toBe(false);
    expect(
      negated(claim, "Мезотерапия практически не имеет противопоказаний, не проводим её.", "ru"),
    ).toBe(true);
  });

  it("reads a Russian trailing denial after a comma and an infinitive as that verb's, not the claim's", () => {
    const claim = "не_мешают";
    expect(
      negated(claim, "Месячные не мешают проведению мезотерапии, запись отменять не нужно.", "ru"),
    ).toBe(false);
    // With no comma, the infinitive is the claim's own: "назвать нельзя" denies it.
    expect(negated("безболезненной", "Безболезненной эту процедуру назвать нельзя.", "ru")).toBe(
      true,
    );
  });

  it("does not see a negator far before the match", () => {
    expect(
      negated("painless", "No, really, this is what we have always said it is, painless.", "en"),
    ).toBe(false);
  });
});

describe("questions", () => {
  it.each<[Lang, string, string[]]>([
    ["en", "Painless and no downtime — what more could you want?", ["painless", "no-downtime"]],
    ["en", "No pain, no downtime: why wait?", ["painless", "no-downtime"]],
    [
      "ru",
      "Безболезненно и без восстановительного периода — что ещё нужно?",
      ["painless", "no-downtime"],
    ],
  ])("%s: an asked last clause does not ask the first: %s", (lang, text, expected) => {
    const found = claimIds(text, lang);
    for (const id of expected) expect(found).toContain(id);
  });

  it.each<[Lang, string, string]>([
    ["en", "Is mesotherapy painless?", "painless"],
    ["en", "Is mesotherapy painless", "painless"],
    ["en", "Mesotherapy is painless?", "painless"],
    ["en", "So is it really painless?", "painless"],
    ["en", "Does mesotherapy have no side effects?", "harmless"],
    ["ru", "Безболезненна ли мезотерапия?", "painless"],
    ["ru", "Мезотерапия безболезненна?", "painless"],
    ["ru", "Правда ли, что у мезотерапии нет побочных эффектов?", "harmless"],
  ])("%s: a question does not assert: %s", (lang, text, id) => {
    expect(claimIds(text, lang)).not.toContain(id);
  });

  it("isAsked is scoped to the clause", () => {
    expect(asked("painless", "Painless and no downtime — what more could you want?", "en")).toBe(
      false,
    );
    expect(asked("painless", "Is it painless?", "en")).toBe(true);
    expect(asked("безболезненна", "Безболезненна ли процедура?", "ru")).toBe(true);
    expect(asked("безболезненна", "Процедура безболезненна.", "ru")).toBe(false);
    expect(asked("painless", "Is it painless?\u201D", "en")).toBe(true);
  });

  it("a leading denial right before the match denies it, across a scope break", () => {
    expect(claimIds("Mesotherapy is far from painless.", "en")).toEqual([]);
    expect(claimIds("Mesotherapy is anything but painless.", "en")).toEqual([]);
    expect(claimIds("Mesotherapy is far from being completely painless.", "en")).toEqual([]);
    // Not one that ends further before it, nor one said of something else.
    expect(claimIds("Far from being painful, mesotherapy is painless.", "en")).toContain(
      "painless",
    );
    expect(claimIds("It is painless and by far the fastest.", "en")).toContain("painless");
  });

  it("an indirect question before the match asks it; an 'if' of condition does not", () => {
    expect(asked("at_home", "Many people wonder if they can do mesotherapy at home.", "en")).toBe(
      true,
    );
    expect(asked("painless", "Patients often ask whether mesotherapy is painless.", "en")).toBe(
      true,
    );
    expect(asked("painless", "If you are nervous, relax: mesotherapy is painless.", "en")).toBe(
      false,
    );
    expect(asked("at_home", "You can do it at home if you wish.", "en")).toBe(false);
    // Advice to find out is a question too, its asking word up to four words before.
    expect(asked("safe", "Check with your doctor whether mesotherapy is safe for you.", "en")).toBe(
      true,
    );
    expect(asked("safe", "Consult your dermatologist if mesotherapy is safe for you.", "en")).toBe(
      true,
    );
    expect(asked("painless", "Find out whether mesotherapy is painless.", "en")).toBe(true);
    expect(
      claimIds("Many people wonder if they can get mesotherapy during their period.", "en"),
    ).toEqual([]);
  });

  it("'whether' with no alternative asks with no asking word; with one ('20 or 70') it concedes", () => {
    expect(
      claimIds("There are no studies demonstrating whether its effects are permanent.", "en"),
    ).toEqual([]);
    expect(
      claimIds("No trial has measured whether its effects are permanent, or how safe it is.", "en"),
    ).toEqual([]);
    expect(claimIds("Whether you are young or old, mesotherapy is painless.", "en")).toContain(
      "painless",
    );
    expect(claimIds("It is painless, whether you choose the face or the scalp.", "en")).toContain(
      "painless",
    );
    // An "if" still needs its asking word: "show ... if" is a condition.
    expect(
      claimIds("It shows the best results if one treatment is done every 2 weeks.", "en"),
    ).toContain("session-interval");
  });

  it("a last clause that asks about the ones before it ('…: is it possible?') asks them", () => {
    expect(claimIds("Mesotherapy at home: is it possible?", "en")).toEqual([]);
    expect(claimIds("Мезотерапия безболезненна — так ли это?", "ru")).toEqual([]);
    // Not a question that points at nothing said before it.
    expect(claimIds("Mesotherapy is painless — what more could you want?", "en")).toContain(
      "painless",
    );
    expect(claimIds("Процедура безболезненна: что ещё нужно?", "ru")).toContain("painless");
  });

  it("an indirect question inside the match asks it", () => {
    expect(
      claimIds(
        "Врач оценит компенсацию сахарного диабета и подскажет, насколько безопасно делать мезотерапию.",
        "ru",
      ),
    ).toEqual([]);
    expect(
      claimIds("Многие задаются вопросом о безопасности мезотерапии при беременности.", "ru"),
    ).toEqual([]);
    expect(claimIds("При диабете мезотерапию делать безопасно.", "ru")).toContain(
      "chronic-disease-ok",
    );
  });
});

describe("distancing", () => {
  it.each<[Lang, string]>([
    ["en", "Myth: mesotherapy is painless."],
    ["en", "Many clinics claim that mesotherapy is painless."],
    ["en", "The so-called painless mesotherapy hurts."],
    ["en", "Mesotherapy is supposedly painless."],
    ["en", "Don't believe ads that say mesotherapy is painless."],
    ["ru", "Миф: мезотерапия безболезненна."],
    ["ru", "Многие считают, что мезотерапия безболезненна."],
    ["ru", "Мезотерапия якобы безболезненна."],
    ["ru", "Не верьте, что мезотерапия безболезненна."],
  ])("%s: %s is distanced", (lang, text) => {
    expect(isDistanced(sentence(text, lang), db.lexicon[lang])).toBe(true);
    expect(claimIds(text, lang)).not.toContain("painless");
  });

  it.each<[Lang, string]>([
    ["en", "We promise a painless procedure."],
    ["en", "Mesotherapy is painless."],
    ["ru", "Мы гарантируем безболезненную процедуру."],
  ])("%s: %s is not distanced", (lang, text) => {
    expect(isDistanced(sentence(text, lang), db.lexicon[lang])).toBe(false);
    expect(claimIds(text, lang)).toContain("painless");
  });
});
