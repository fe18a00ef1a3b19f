// The engine's checks of whether a matched sentence asserts its claim about
// mesotherapy: the sentence's subject (another procedure?), minimising
// qualifiers, time words that are no session interval, others' claims; and
// the subject x stance expansion of the lexicon.
import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
import { isExcludedAfter, isExcludedInClause, spansCondition } from "../../src/engine/clause";
import { createChecker } from "../../src/engine/engine";
import { expandAbout } from "../../src/engine/lexicon";
import { compilePattern, type Match, type Sentence } from "../../src/engine/pattern";
import { isMinimised } from "../../src/engine/qualifiers";
import type { Lang } from "../../src/engine/schema";
import { isDistanced } from "../../src/engine/scope";
import { isAboutOtherProcedure, isAmongOtherProceduresOnly } from "../../src/engine/subject";
import { isSessionTime } from "../../src/engine/time-words";
import { firstMatch, sentence } from "./match-helpers";

const db = loadClaims();
const checker = createChecker(db);
const claimIds = (text: string, lang: Lang) =>
  checker.checkSentence(text, lang).map((r) => r.claim.id);

function at(pattern: string, text: string, lang: Lang): [Sentence, Match] {
  const s = sentence(text, lang);
  return [s, firstMatch(pattern, s, lang)];
}

describe("excludes local to the match's clause", () => {
  const excluded = (pattern: string, exclude: string, text: string, lang: Lang) =>
    isExcludedInClause(...at(pattern, text, lang), [compilePattern(exclude, lang)]);

  it.each<[Lang, string, string, string]>([
    ["en", "treats acne", "scar*|post-acne", "Mesotherapy treats acne scars."],
    [
      "en",
      "treatment of acne",
      "scar*|post-acne",
      "It helps with the treatment of acne and post-acne marks.",
    ],
    ["en", "acne", "scar*", "Mesotherapy (acne scars) works."],
    ["ru", "лечит акне", "рубц*", "Мезотерапия лечит акне и рубцы."],
  ])("%s: the exclude vetoes %s in its clause: %s", (lang, pattern, exclude, text) => {
    expect(excluded(pattern.replaceAll(" ", "_"), exclude, text, lang)).toBe(true);
  });

  it.each<[Lang, string, string, string]>([
    ["en", "treatment of acne", "scar*|post-acne", "Uses: treatment of acne, post-acne, rosacea."],
    ["en", "treatment of acne", "scar*", "The treatment of acne; the removal of scars."],
    ["en", "acne", "scar*", "Mesotherapy treats acne (not scars)."],
    ["ru", "лечит акне", "рубц*", "Мезотерапия лечит акне, а также рубцы."],
  ])("%s: the exclude leaves %s in another clause alone: %s", (lang, pattern, exclude, text) => {
    expect(excluded(pattern.replaceAll(" ", "_"), exclude, text, lang)).toBe(false);
  });

  it("takes the clause of a list-spanning match's key (last) word, not its first item's", () => {
    const s = sentence("Можно устранить дефекты – рубцы, шрамы, акне.", "ru");
    const m = {
      start: s.tokens.findIndex((t) => t.norm === "устранить"),
      end: s.tokens.length - 1,
    };
    expect(s.tokens[m.end - 1]!.norm).toBe("акне");
    expect(isExcludedInClause(s, m as Match, [compilePattern("рубц*|шрам*", "ru")])).toBe(false);
    expect(
      claimIds("Мезотерапия помогает устранить дефекты кожи – рубцы, шрамы, акне, пятна.", "ru"),
    ).toContain("acne-active");
  });

  it("lets a listed indication through and keeps a scar out, whole sentences", () => {
    expect(
      claimIds(
        "Mesotherapy is used for the treatment of acne, the removal of post-acne scars.",
        "en",
      ),
    ).toContain("acne-active");
    expect(claimIds("Mesotherapy is great for treating acne scars.", "en")).not.toContain(
      "acne-active",
    );
  });
});

describe("excludes that begin right after the match", () => {
  const excluded = (pattern: string, exclude: string, text: string, lang: Lang) =>
    isExcludedAfter(...at(pattern, text, lang), [compilePattern(exclude, lang)]);

  it("vetoes 'treats acne' followed by 'scars', not 'treats acne and acne scars'", () => {
    expect(excluded("treats_acne", "scar*", "Mesotherapy treats acne scars.", "en")).toBe(true);
    expect(excluded("treats_acne", "scar*", "Mesotherapy treats acne and acne scars.", "en")).toBe(
      false,
    );
    expect(claimIds("Mesotherapy can effectively treat acne and some acne scars.", "en")).toContain(
      "acne-active",
    );
    expect(claimIds("Mesotherapy treats acne scars and enlarged pores.", "en")).not.toContain(
      "acne-active",
    );
  });

  it("reads past a hyphen: 'acne' + '-prone'", () => {
    expect(claimIds("Mesotherapy is suitable for acne-prone skin.", "en")).not.toContain(
      "acne-active",
    );
    expect(claimIds("Mesotherapy helps acne-prone skin with active breakouts.", "en")).toContain(
      "acne-active",
    );
  });
});

describe("a denied exclude", () => {
  it("does not veto when the word right before denies a one-word exclude", () => {
    expect(claimIds("Никто не запрещает вам делать мезотерапию в месячные.", "ru")).toContain(
      "menstruation-ok",
    );
    expect(claimIds("Мезотерапию в месячные делать запрещено.", "ru")).not.toContain(
      "menstruation-ok",
    );
    // A longer exclude keeps its veto: "doesn't hurt much" is no painless claim.
    expect(claimIds("It doesn't hurt much.", "en")).not.toContain("painless");
  });
});

describe("quotes and nicknames", () => {
  it("holds a claim in scare quotes or a nickname at arm's length", () => {
    expect(
      claimIds("Мезотерапия популярна благодаря «пожизненной гарантии» результата.", "ru"),
    ).not.toContain("lasting-results");
    expect(claimIds('They sell it as a "painless" procedure.', "en")).not.toContain("painless");
    // The quote may close inside the match, round its key word.
    expect(
      claimIds('Influencers showcase "instant" results of mesotherapy kits.', "en"),
    ).not.toContain("instant-results");
    expect(claimIds("Комплекс «пилинг + мезотерапия» проводится за один визит.", "ru")).toContain(
      "combine-procedures",
    );
    expect(
      claimIds("Also known as a lunchtime facelift, mesotherapy delivers quick results.", "en"),
    ).not.toContain("no-downtime");
  });

  it("keeps a claim that a quote does not wrap, and a nickname's sentence its other claims", () => {
    expect(claimIds('My verdict: "Mesotherapy is painless and quick."', "en")).toContain(
      "painless",
    );
    // Said by someone else, the quote is others' claim.
    expect(claimIds('She said: "Mesotherapy is painless and quick."', "en")).not.toContain(
      "painless",
    );
    expect(
      claimIds(
        'Mesotherapy is also known as a "lunchtime facelift" because most people can resume their normal activities immediately after the procedure.',
        "en",
      ),
    ).toContain("no-downtime");
  });
});

describe("the sentence's subject", () => {
  const other = (pattern: string, text: string, lang: Lang) =>
    isAboutOtherProcedure(...at(pattern, text, lang), db.lexicon[lang]);

  it.each<[Lang, string, string]>([
    ["en", "no downtime", "Botox alone needs no downtime at all."],
    ["en", "painless", "Laser hair removal is painless with our new device."],
    ["en", "no age limit", "Plasma therapy has no age limit."],
    ["en", "painless", "Mesotherapy is fine, but PRP and Botox are painless."],
    ["en", "once a month", "Between mesotherapy courses I also do a peel once a month."],
    ["en", "painless", "Mesotherapy is great, but laser hair removal is painless."],
    ["en", "painless", "Unlike mesotherapy, laser hair removal is painless."],
    ["ru", "безболезненна", "Лазерная эпиляция безболезненна."],
    ["ru", "в любом возрасте", "Йогой можно заниматься в любом возрасте."],
    ["ru", "не требуют", "Мезонити не требуют восстановления."],
    // "not" sets aside only a procedure named right after it.
    ["en", "no reason not", "There is no reason not to have acupuncture with diabetes."],
    // A trade mark names a brand the lexicon need not list.
    ["en", "no downtime", "Zelvique® needs no downtime at all."],
    ["en", "painless", "The Glowra™ treatment is painless."],
    // So does the ending of a procedure's name the list lacks.
    ["en", "painless", "Hydrotherapy is painless."],
    ["ru", "безболезненна", "Кислородотерапия безболезненна."],
    // So does a word before a procedure's head noun: "<name> therapy / injections / peel".
    ["en", "no downtime", "Shockwave therapy requires no downtime."],
    ["en", "painless", "Keloid injections are painless."],
    ["en", "no downtime", "A Hollywood peel has no downtime."],
    ["en", "painless", "To finish, a hydra facial is painless."],
    // A name before "procedure", "treatment(s)", "session" or "facial": a capital mid-sentence, or an acronym.
    [
      "en",
      "immediate improvements",
      "After the Threadlift procedure, you see immediate improvements.",
    ],
    ["en", "safe", "Sodium Deoxycholate treatments are safe and effective."],
    ["en", "perfect for addressing acne", "LED treatments are perfect for addressing acne."],
    ["en", "every two weeks", "We book a BB facial every two weeks."],
  ])("%s: another procedure is the subject of %s in: %s", (lang, pattern, text) => {
    expect(other(pattern.replaceAll(" ", "_"), text, lang)).toBe(true);
  });

  it.each<[Lang, string, string]>([
    ["en", "no downtime", "Mesotherapy, unlike Botox, needs no downtime."],
    ["en", "painless", "Unlike laser resurfacing, mesotherapy is painless."],
    ["en", "painless", "Laser hair removal hurts, but mesotherapy is painless."],
    ["en", "painless", "The procedure is painless."],
    ["ru", "не требует", "Мезотерапия, в отличие от ботокса, не требует восстановления."],
    ["ru", "держится", "Подтяжка держится годами, это вам не филлеры."],
    // "unlike" sets aside every procedure named in its clause.
    [
      "en",
      "resume",
      "Unlike with harsher procedures like chemical peels, you can resume your routine at once.",
    ],
    ["en", "painless", "It is mesotherapy, not Botox, that is painless."],
    ["en", "painless", "Unlike Zelvique®, mesotherapy is painless."],
    // A name holding mesotherapy's stem is mesotherapy, whatever its ending.
    ["en", "painless", "Oxymezotherapy is painless."],
    // Words that name mesotherapy themselves are said of it, whatever is named before.
    [
      "en",
      "none with mesotherapy",
      "Downtime after a face lift is two weeks, while there is none with mesotherapy.",
    ],
    // A head noun after a generic word, or in a sentence that names mesotherapy, names no other procedure.
    ["en", "painless", "These injections are painless."],
    ["en", "painless", "The micro-injections are painless."],
    ["en", "no downtime", "Cocktail injections need no downtime."],
    ["en", "no downtime", "Mesotherapy gives collagen stimulation with no downtime."],
    // "treatment", "procedure" are the page's own words for it: a lower-case word, a problem, a
    // word the lexicon keeps generic, a capital opening the sentence or a title names no other.
    ["en", "painless", "The acne treatment is painless."],
    ["en", "painless", "Acne treatment with mesotherapy is painless."],
    ["en", "painless", "Our Acne Treatment is painless."],
    ["en", "painless", "The Hair Loss treatment is painless."],
    ["en", "no downtime", "A quick Face treatment needs no downtime."],
    ["en", "no downtime", "Our NCTF treatment needs no downtime."],
    ["en", "painless", "The Dermaheal procedure is painless."],
    ["en", "painless", "Innovative treatments are painless."],
    ["en", "painless", "Results: Painless Sessions And No Downtime"],
    ["en", "painless", "Result: Glowy treatments are painless."],
    ["en", "painless", "IT IS A PAINLESS TREATMENT FOR ALL."],
    // "facial" before a noun is an adjective, not the name of a facial.
    ["en", "no downtime", "It gives an overall facial glow with no downtime."],
    ["en", "painless", "Lower facial injections are painless."],
    // A list that names mesotherapy says of it what it says of the list.
    ["en", "painless", "Mesotherapy and laser hair removal are painless."],
    ["en", "painless", "Mesotherapy, PRP or Botox: each is painless."],
    ["ru", "безболезненны", "Мезотерапия и биоревитализация безболезненны."],
    // The relative clause after what "unlike" sets aside is said of it.
    ["en", "painless", "Unlike mesotherapy, which is painless, Botox stings."],
    ["ru", "безболезненна", "В отличие от мезотерапии, которая безболезненна, ботокс болезнен."],
    // What mesotherapy is likened to after a comma, or opening the sentence, is no subject.
    ["en", "painless", "Mesotherapy, like PRP, is painless."],
    ["en", "no downtime", "Like Botox, it requires no downtime."],
    ["en", "painless", "PRP, like mesotherapy, is painless."],
    ["ru", "безболезненна", "Мезотерапия, как и биоревитализация, безболезненна."],
    // So are the words "unlike" sets aside, when they name it.
    [
      "en",
      "immediate results",
      "Unlike mesotherapy that delivers immediate results, peels are slow.",
    ],
  ])("%s: mesotherapy stays the subject of %s in: %s", (lang, pattern, text) => {
    expect(other(pattern.replaceAll(" ", "_"), text, lang)).toBe(false);
  });

  it.each<[Lang, string, string]>([
    [
      "en",
      "permanently",
      "Unlike liposuction, which removes fat cells permanently, mesotherapy reduces fat cell size.",
    ],
    ["ru", "навсегда", "В отличие от ботокса, который действует навсегда, мезотерапию повторяют."],
    // "Like" that gives examples leaves them the subject.
    ["en", "painless", "Treatments like Botox are painless."],
    ["en", "safe", "Others—like an oxygen facial—are safe for expecting moms."],
    // The words set aside, up to their comma, even when they name no listed procedure.
    [
      "en",
      "immediate changes",
      "Unlike some procedures that deliver immediate changes, mesotherapy works slowly.",
    ],
    [
      "ru",
      "мгновенный",
      "В отличие от процедур с мгновенным эффектом, мезотерапия действует постепенно.",
    ],
  ])(
    "%s: the relative clause after 'unlike' is said of what it sets aside: %s in %s",
    (lang, pattern, text) => {
      expect(other(pattern, text, lang)).toBe(true);
    },
  );

  describe("a paragraph's subject, carried to a sentence that names none", () => {
    const found = (paragraph: string, lang: Lang) =>
      checker.check([paragraph], { force: true, lang }).findings.map((f) => f.claim);

    it.each<[Lang, string]>([
      ["en", "Don’t worry if you have heard that getting Botox hurts. It doesn’t hurt a bit!"],
      ["en", "Laser hair removal takes ten minutes. There is no downtime at all."],
      // Two sentences back, past one that names no procedure.
      ["en", "Our peels use glycolic acid. Most clients love them. They are completely painless."],
      ["ru", "Биоревитализация проходит быстро. Процедура совершенно безболезненна."],
      // A name before "treatment" is read in the page's text, whichever sentence of its block.
      ["en", "The Glowy treatment is quick. It is completely painless."],
      [
        "en",
        "We love our clients. After the Threadlift procedure, you see immediate improvements.",
      ],
      ["en", "Any questions? Is the Glowy treatment painless? Yes, it is completely painless."],
      // Numbers spelled out are read in a text of their own.
      ["en", "After twenty Threadlift sessions, you see immediate improvements."],
    ])("%s: the sentences before name only another procedure: %s", (lang, paragraph) => {
      expect(found(paragraph, lang)).toEqual([]);
    });

    it.each<[Lang, string, string]>([
      ["en", "Mesotherapy takes ten minutes. It is completely painless.", "painless"],
      // A sentence before that names mesotherapy among others keeps it.
      ["en", "We combine mesotherapy with peels. There is no downtime at all.", "no-downtime"],
      // A procedure the sentence itself sets aside gives it a subject of its own.
      ["en", "Botox stings a little. Unlike Botox, it is completely painless.", "painless"],
      // Beyond reach: three sentences back.
      [
        "en",
        "Botox is quick. We open at nine. Parking is free. It is completely painless.",
        "painless",
      ],
      ["ru", "Мезотерапия проходит быстро. Процедура совершенно безболезненна.", "painless"],
      ["en", "The treatment is quick. It is completely painless.", "painless"],
      [
        "en",
        "Any questions? Is the treatment painless? Yes, it is completely painless.",
        "painless",
      ],
    ])("%s: mesotherapy stays the subject: %s", (lang, paragraph, claim) => {
      expect(found(paragraph, lang)).toContain(claim);
    });

    it("is carried within a paragraph, not from the one before", () => {
      const blocks = ["Laser hair removal takes ten minutes.", "It is completely painless."];
      expect(
        checker.check(blocks, { force: true, lang: "en" }).findings.map((f) => f.claim),
      ).toEqual(["painless"]);
    });
  });

  it("reads a procedure's name right before mesotherapy's as its kind, not another procedure", () => {
    const pattern = "rule_out";
    expect(
      other(pattern, "Being on anticoagulants doesn't rule out fat-dissolving meso.", "en"),
    ).toBe(false);
    expect(
      other(pattern, "Being on anticoagulants doesn't rule out fat-dissolving injections.", "en"),
    ).toBe(true);
    expect(other("безболезненна", "Лазерная мезотерапия безболезненна.", "ru")).toBe(false);
    expect(other("безболезненна", "Лазерная эпиляция безболезненна.", "ru")).toBe(true);
  });

  it("leaves claims that name other procedures themselves alone", () => {
    expect(claimIds("Mesotherapy can be combined with a peel in the same visit.", "en")).toContain(
      "combine-procedures",
    );
    expect(claimIds("We often do Botox and mesotherapy on the same day.", "en")).toContain(
      "combine-procedures",
    );
    expect(claimIds("It pairs well with Botox and fillers.", "en")).toContain("combine-procedures");
    expect(claimIds("Fillers can be combined with mesotherapy.", "en")).toContain(
      "combine-procedures",
    );
  });

  it("but not a combination of other procedures with each other", () => {
    const among = (pattern: string, text: string, lang: Lang) =>
      isAmongOtherProceduresOnly(...at(pattern, text, lang), db.lexicon[lang]);
    expect(
      among("in_conjunction_with", "Chemical peels can be used in conjunction with fillers.", "en"),
    ).toBe(true);
    expect(among("в_сочетании_с", "Пилинг делают в сочетании с ботоксом.", "ru")).toBe(true);
    expect(
      among(
        "in_conjunction_with",
        "Peels and mesotherapy are used in conjunction with fillers.",
        "en",
      ),
    ).toBe(false);
    expect(among("combined_with", "It can be combined with Botox.", "en")).toBe(false);
    expect(among("pairing", "Pairing skin boosters with microneedling works well.", "en")).toBe(
      true,
    );
    expect(among("combine", "Many people combine PRP with exosomes.", "en")).toBe(true);
    expect(among("combine", "You can combine it with Botox and fillers.", "en")).toBe(false);
    // After "with" come the partners of a combination, not the procedure combined.
    expect(among("combined_with", "Often combined with chemical peels or laser.", "en")).toBe(
      false,
    );
    expect(
      claimIds(
        "Chemical peels can be used in conjunction with other methods such as fillers.",
        "en",
      ),
    ).not.toContain("combine-procedures");
  });
});

describe("everyday time words and doses", () => {
  it("are no interval that overlaps a match", () => {
    expect(
      claimIds(
        "We treat clients on warfarin every day, it is completely safe with mesotherapy.",
        "en",
      ),
    ).toContain("blood-thinners-ok");
    expect(
      claimIds("After mesotherapy you can continue your daily activities at once.", "en"),
    ).toContain("no-downtime");
  });
});

describe("minimising qualifiers", () => {
  const minimised = (pattern: string, text: string, lang: Lang, minimisersAssert = false) =>
    isMinimised(...at(pattern, text, lang), db.lexicon[lang], minimisersAssert);

  it.each<[Lang, string, string]>([
    ["en", "painless", "Mesotherapy is relatively painless."],
    ["en", "painless", "It is a comparatively painless way to refresh the skin."],
    ["en", "no_downtime", "There is little to no downtime."],
    ["en", "downtime", "Expect minimal downtime."],
    ["en", "safe", "Mesotherapy is generally safe, but it depends on your skin."],
    // "generally" right before the claim is relative, as "mostly" is: no near-absolute.
    ["en", "safe", "Mesotherapy is generally safe."],
    ["en", "painless", "The injections are generally painless."],
    ["ru", "нет ~1 побочных", "У мезотерапии чаще всего нет побочных эффектов."],
    ["en", "not ~3 painful", "The injections are not very painful."],
    ["en", "no ~2 side_effects", "There are no serious side effects."],
    ["ru", "безболезненна", "Мезотерапия сравнительно безболезненна."],
    ["ru", "безопасна", "Мезотерапия относительно безопасна, но всё зависит от кожи."],
    // "can be safe ... if": a possibility under a condition, no permission.
    [
      "en",
      "safe during pregnancy",
      "Mesotherapy can be safe during pregnancy if you use it properly.",
    ],
    ["ru", "безопасной", "Мезотерапия в 14 лет может быть безопасной, если её делает врач."],
    // A relative word that opens the clause qualifies it, a comma after it or not.
    ["en", "painless", "Generally, mesotherapy is painless."],
    ["en", "painless", "Generally, yes, mesotherapy is painless."],
    ["en", "safe", "In general, mesotherapy is safe and well tolerated."],
    ["ru", "безболезненна", "В основном, мезотерапия безболезненна."],
    ["en", "no ~1 side_effects", "In most cases, there will be no side effects."],
    // A relative word reaches over a short coordination that ends in the match.
    ["en", "painless", "The procedure is generally very safe and almost painless."],
    ["en", "painless", "It is a relatively quick and painless procedure."],
    ["ru", "безболезненна", "Процедура относительно быстрая и безболезненна."],
    // A hyphenated compound is one word of the coordination.
    ["en", "risk ?- free", "The process is relatively straightforward and risk-free."],
    ["en", "painful", "The injections are not excessively painful."],
    // A hedge in the match's clause with a turn after it.
    [
      "en",
      "straight ~3 back ~4 work",
      "You can usually go straight back to work, unless you bruise.",
    ],
    // A reservation ("technically", "формально") with a turn or a concession elsewhere grants the claim in form only.
    [
      "en",
      "safe",
      "Getting mesotherapy on your period is technically safe, but the discomfort is higher.",
    ],
    [
      "en",
      "performed",
      "While mesotherapy can technically be performed during your period, it is advisable to consult your doctor first.",
    ],
    ["en", "no ~1 downtime", "In theory there is no downtime, although most people bruise."],
    [
      "ru",
      "не ~1 противопоказание",
      "Месячные формально не противопоказание, но кожа в эти дни чувствительнее.",
    ],
  ])("%s: %s is minimised in: %s", (lang, pattern, text) => {
    expect(minimised(pattern, text, lang)).toBe(true);
  });

  it.each<[Lang, string, string]>([
    ["en", "painless", "The injections are virtually painless."],
    ["en", "painless", "The procedure is practically painless."],
    ["en", "no ~1 side_effects", "Mesotherapy has almost no side effects."],
    // "usually" alone is a frequency, labelled as asserting; it minimises only with a "but".
    ["en", "no ~1 recovery_period", "There is usually no recovery period."],
    ["ru", "безболезненна", "Мезотерапия практически безболезненна."],
    ["ru", "нет ~1 противопоказаний", "У мезотерапии почти нет противопоказаний."],
    // Another clause's relative word is not this clause's.
    ["en", "painless", "Severe bruising is rare, and mesotherapy is painless."],
    // A conjunct longer than an adjective is a predicate of its own.
    ["en", "can ~1 be ~1 done ~1 at_home", "It is relatively simple and can be done at home."],
    ["en", "no ~1 pain ~1 at ~1 all", "It is relatively quick and no pain at all."],
    // A conjunct with its own negator is a claim of its own.
    ["en", "no ~1 pain", "There is no lengthy recovery and no pain."],
    [
      "ru",
      "не ~2 нарушает",
      "Она не требует длительного восстановления и не нарушает привычный образ жизни.",
    ],
    // Nor is another clause's hedge, a turn after the match or not.
    [
      "en",
      "straight ~3 back ~4 work",
      "It usually takes ten minutes, and you can go straight back to work if needed.",
    ],
    // A reservation alone asserts; so does one after the match, or in another clause.
    ["en", "no ~1 downtime", "Technically, there's no downtime after mesotherapy."],
    ["en", "safe", "Mesotherapy is safe, technically easy to perform, though results vary."],
    [
      "en",
      "no ~1 downtime",
      "The protocol is technically demanding, but there is no downtime for the patient.",
    ],
  ])("%s: near-absolutes still assert %s in: %s", (lang, pattern, text) => {
    expect(minimised(pattern, text, lang)).toBe(false);
  });

  it("reads a frequency after the match, in its clause, as qualifying it ('safe in most cases')", () => {
    expect(claimIds("Mesotherapy is safe in most cases.", "en")).not.toContain("harmless");
    expect(
      claimIds("Мезотерапия безвредна для организма в большинстве случаев.", "ru"),
    ).not.toContain("harmless");
    // Not one in a later clause.
    expect(claimIds("Mesotherapy is painless and, in most cases, quick.", "en")).toContain(
      "painless",
    );
  });

  it("reads a qualifier that makes a kind ('minimally invasive') as qualifying that word only", () => {
    expect(
      claimIds("Mesotherapy is a minimally invasive and completely safe procedure.", "en"),
    ).toContain("harmless");
    expect(claimIds("Mesotherapy is minimally invasive and painless.", "en")).toContain("painless");
    // Inside the match too: "is a … safe treatment" spans the kind.
    expect(claimIds("Mesotherapy is a minimally invasive and safe treatment.", "en")).toContain(
      "harmless",
    );
    expect(
      claimIds("Mesotherapy is a minimally invasive, relatively safe treatment.", "en"),
    ).not.toContain("harmless");
    expect(claimIds("Мезотерапия минимально инвазивна и безболезненна.", "ru")).toContain(
      "painless",
    );
    expect(claimIds("Mesotherapy is relatively quick and painless.", "en")).not.toContain(
      "painless",
    );
    expect(
      claimIds("Mesotherapy is minimally invasive, relatively quick and painless.", "en"),
    ).not.toContain("painless");
  });

  it("lets a degree inside a claim that minimisers assert qualify its subject", () => {
    expect(claimIds("Mesotherapy can treat mild to severe acne breakouts.", "en")).toContain(
      "acne-active",
    );
    expect(claimIds("Mesotherapy has no serious side effects.", "en")).not.toContain("harmless");
  });

  it("lets a claim that minimisers assert keep its slight subject", () => {
    expect(minimised("slight ~1 fever", "A slight fever is no reason to cancel.", "en", true)).toBe(
      false,
    );
    expect(
      minimised(
        "relatively ~1 fever",
        "A relatively high fever is no reason to cancel.",
        "en",
        true,
      ),
    ).toBe(true);
    expect(
      claimIds("A slight fever is no reason to cancel your mesotherapy session.", "en"),
    ).toContain("infection-ok");
    expect(
      claimIds("One of the big advantages is the minimal number of contraindications.", "en"),
    ).toContain("few-contraindications");
  });
});

describe("a question and its short answer", () => {
  const found = (text: string, lang: Lang) =>
    checker.check([text], { force: true, lang }).findings.map((f) => [f.claim, f.text]);

  it.each<[Lang, string, string]>([
    ["en", "pregnancy-ok", "Can I have mesotherapy while pregnant? Yes."],
    ["en", "combine-procedures", "Can mesotherapy be combined with Botox? Absolutely!"],
    ["en", "harmless", "Is mesotherapy safe? Yes."],
    ["en", "painless", "Does mesotherapy hurt? Not at all."],
    ["en", "no-downtime", "Is there any downtime? None."],
    ["en", "no-downtime", "Is there any downtime? None whatsoever."],
    ["en", "age-limit", "Is there an age limit for mesotherapy? No."],
    [
      "en",
      "pregnancy-ok",
      "Is it safe to have mesotherapy while breastfeeding? The answer is a resounding yes.",
    ],
    ["ru", "painless", "Больно ли делать мезотерапию? Нет."],
    ["ru", "menstruation-ok", "Можно ли делать мезотерапию во время месячных? Можно."],
    // A no to a question of stopping, waiting or harm grants the permission.
    ["en", "blood-thinners-ok", "Do I have to stop my aspirin before mesotherapy? No."],
    ["ru", "blood-thinners-ok", "Надо ли бросать аспирин перед мезотерапией? Нет."],
    ["en", "menstruation-ok", "Does my period matter for mesotherapy? No."],
    ["en", "pregnancy-ok", "Will mesotherapy harm my baby? No."],
    // A lead before the yes or no.
    ["en", "pregnancy-ok", "Is mesotherapy safe during pregnancy? In a word, yes!"],
    ["en", "painless", "Does mesotherapy hurt? In short: no."],
    ["ru", "painless", "Больно ли делать мезотерапию? Если коротко: нет."],
    // An answer's label is a lead; a yes may be a phrase that grants.
    ["en", "painless", "Does mesotherapy hurt? A: No."],
    ["en", "menstruation-ok", "Can I have mesotherapy on my period? No problem at all."],
    ["en", "menstruation-ok", "Can I have mesotherapy on my period? Go ahead."],
    ["ru", "menstruation-ok", "Можно ли делать мезотерапию во время месячных? Без проблем."],
  ])("%s: %s is asserted by the pair, which is its finding: %s", (lang, claim, text) => {
    expect(claimIds(text.slice(0, text.indexOf("?") + 1), lang)).not.toContain(claim);
    expect(found(text, lang)).toContainEqual([claim, text]);
  });

  it.each<[Lang, string]>([
    ["en", "Can I have mesotherapy while pregnant? Yes, but only after the first trimester."],
    ["en", "Is mesotherapy painful? No, most patients feel only a slight sting."],
    ["en", "Does mesotherapy hurt? No more than a pinch."],
    ["en", "Isn't mesotherapy painful? No."],
    ["en", "Is Botox painful? No."],
    ["en", "Is mesotherapy safe? It depends on your health."],
    [
      "en",
      "Is mesotherapy safe for teenagers? The answer is yes — when it is chosen thoughtfully.",
    ],
    ["en", "Is it safe to take B12 while breastfeeding? Yes."],
    ["ru", "Можно ли делать мезотерапию при простуде? Нет."],
    ["en", "Is mesotherapy safe during pregnancy? In a word, yes, but ask your doctor first."],
    ["en", "Is mesotherapy safe during pregnancy? In a word, it depends."],
    // "A" is a lead only as a label: "A little" is no answer's opening.
    ["en", "Is mesotherapy painful? A little, but it passes."],
    ["en", "Can I have mesotherapy on my period? No way."],
  ])(
    "%s: no finding where the answer takes it back, is no short answer, or answers of another procedure: %s",
    (lang, text) => {
      expect(found(text, lang)).toEqual([]);
    },
  );

  it("pairs a question that ends a block with an answer opening the next (a FAQ's heading), and reports the answer", () => {
    const blocks = ["Does mesotherapy hurt?", "No. The needles are very fine."];
    expect(
      checker.check(blocks, { force: true, lang: "en" }).findings.map((f) => [f.claim, f.block]),
    ).toEqual([["painless", 1]]);
    // A block between them breaks the pair.
    expect(
      checker.check([blocks[0]!, "A photo of the clinic", blocks[1]!], { force: true, lang: "en" })
        .findings,
    ).toEqual([]);
  });

  it.each<[Lang, string, string]>([
    ["en", "pregnancy-ok", "Pregnant? You can still enjoy these injections with us."],
    ["en", "blood-thinners-ok", "Taking blood thinners? The treatment is still safe for you."],
    ["en", "infection-ok", "Got a cold? You can still have your meso."],
    ["ru", "menstruation-ok", "Месячные? Не проблема для мезо."],
    // A no that opens a phrase ("No need to …", "No problem, …") is no answer's no.
    ["en", "pregnancy-ok", "Breastfeeding? No need to put your meso on hold."],
    ["en", "menstruation-ok", "On your period? No problem at all, you can still have your meso."],
    // The answer's yes is no word between the question's subject and the answer's stance.
    [
      "ru",
      "chronic-disease-ok",
      "Можно ли делать мезо при болезнях сердца и сосудов? Да, это не препятствие.",
    ],
  ])(
    "%s: %s is asserted by an answer read with the subject its question names: %s",
    (lang, claim, text) => {
      const answer = text.slice(text.indexOf("?") + 2);
      expect(claimIds(answer, lang)).not.toContain(claim);
      // The answer's "safe" is said of the question's subject: no `harmless` of its own.
      expect(found(text, lang)).toEqual([[claim, text]]);
    },
  );

  it.each<[Lang, string]>([
    ["en", "Painless? Not for me."],
    ["en", "Pregnant? No, you can't have it until you stop breastfeeding."],
    ["en", "Breastfeeding? No, postpone your meso."],
    ["ru", "Беременность? Нет, мезо придётся отложить."],
    ["en", "Is it safe during pregnancy? The short answer: no conclusive studies exist."],
  ])("%s: no finding where the answer denies or the question asks alone: %s", (lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });

  it.each<[Lang, string, string]>([
    // The question asks by the longer words: age restrictions, not restrictions after the visit.
    ["en", "age-limit", "Are there any age restrictions for mesotherapy? No."],
    ["ru", "age-limit", "Есть ли ограничения по возрасту для мезотерапии? Нет."],
    ["en", "aftercare-none", "Are there any restrictions after mesotherapy? No."],
    // A near-absolute no is a no ("почти нет противопоказаний" asserts).
    ["en", "harmless", "Are there side effects? Virtually none."],
    ["en", "no-downtime", "Is there any downtime? Practically none."],
    ["ru", "few-contraindications", "Есть ли противопоказания к мезотерапии? Практически нет."],
  ])("%s: %s is what a no to this question asserts: %s", (lang, claim, text) => {
    expect(found(text, lang).map(([c]) => c)).toEqual([claim]);
  });

  // The question names only a subject; a yes or a grant standing alone grants it.
  it.each<[Lang, string, string]>([
    ["en", "pregnancy-ok", "Breastfeeding? Go ahead."],
    [
      "en",
      "pregnancy-ok",
      "Breastfeeding and fancy a meso glow-up? Go for it, your baby won't notice.",
    ],
    [
      "en",
      "menstruation-ok",
      "Menstruating on the day of your meso appointment? That's no obstacle at all.",
    ],
    ["en", "blood-thinners-ok", "On warfarin and booked for meso? Yes, that's fine."],
    ["ru", "pregnancy-ok", "Кормите грудью? Не помеха."],
    // Or a grant in the answer's own words.
    [
      "en",
      "blood-thinners-ok",
      "Bleeding disorder? The amounts injected in meso are so tiny it's no issue for you.",
    ],
    ["ru", "infection-ok", "Простуда? Мезо в этом случае — не проблема."],
    ["en", "infection-ok", "Cold sore on your lip? We'll still treat your forehead as planned."],
  ])(
    "%s: %s is granted by an answer to a question that names its subject: %s",
    (lang, claim, text) => {
      expect(found(text, lang).map(([c]) => c)).toEqual([claim]);
    },
  );

  it.each<[Lang, string]>([
    // A question word asks for something else than a yes.
    ["en", "When can I have meso if I'm breastfeeding? You can."],
    // A restriction in the question or the answer turns the yes around.
    [
      "ru",
      "Повышенная температура мешает проведению мезотерапии? Да, сеанс в таком случае переносят.",
    ],
    ["en", "Pregnant? Yes, postpone your meso until after the birth."],
    ["en", "Pregnant? Go ahead, but wait until the second trimester."],
    // The question is about another procedure.
    ["en", "Botox while breastfeeding? Go ahead."],
    // A yes that goes on with its own words grants nothing by itself.
    ["en", "Breastfeeding? Go ahead and ask your doctor first."],
    // A grant in the answer's words with a turn, a condition or a restriction grants nothing.
    ["en", "Pregnant? The treatment is safe for most women, but not for you."],
    ["en", "Diabetic? It's fine if your sugar is stable."],
    ["en", "On warfarin? Your doctor will decide whether it's safe to stop it."],
    ["en", "Pregnant? Postpone it; after the birth it's perfectly safe."],
    ["ru", "Беременность? Можно, но только после родов."],
    ["en", "Breastfeeding? We'll still do it once you're done feeding."],
  ])("%s: no grant where the answer or the question says otherwise: %s", (lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });

  it("reads the answer's own 'safe' of the subject its question asks about, not of harm in general", () => {
    const text = "Can I have mesotherapy while menstruating? Absolutely, it's perfectly safe.";
    expect(claimIds(text.slice(text.indexOf("?") + 2), "en")).toContain("harmless");
    expect(found(text, "en")).toEqual([["menstruation-ok", text]]);
  });

  it("reads an answer with its question in the question's block only", () => {
    expect(
      checker.check(["Pregnant?", "You can still enjoy these injections with us."], {
        force: true,
        lang: "en",
      }).findings,
    ).toEqual([]);
  });

  it("reports a claim the answer asserts itself once, for the answer", () => {
    expect(found("Is mesotherapy safe? Yes, it is completely safe.", "en")).toEqual([
      ["harmless", "Yes, it is completely safe."],
    ]);
  });
});

describe("mesotherapy's references in a claim's subject ($meso-ref)", () => {
  // Each subject slot that takes a pronoun takes every name and reference the lexicon lists.
  it.each(["Meso is safe.", "They are safe.", "These injections are safe.", "It is safe."])(
    "en: harmless is said of mesotherapy by any of its references: %s",
    (text) => {
      expect(claimIds(text, "en")).toContain("harmless");
    },
  );

  it("en: a slot of names only takes every name ($meso-name): micro-injections too", () => {
    expect(claimIds("This summer, try our micro-injection + PRP combo.", "en")).toContain(
      "combine-procedures",
    );
    expect(claimIds("This summer, try our PRP + peel combo.", "en")).not.toContain(
      "combine-procedures",
    );
  });

  it("ru: a slot of names only takes every name ($meso-name): мезоинъекции too", () => {
    expect(claimIds("Курс мезоинъекций от высыпаний — ваш вариант.", "ru")).toContain(
      "acne-active",
    );
    expect(claimIds("Курс пилингов от высыпаний — ваш вариант.", "ru")).not.toContain(
      "acne-active",
    );
  });

  it("ru: harmless is said of mesotherapy by any of its references", () => {
    expect(claimIds("Мезоинъекции — безопасная методика.", "ru")).toContain("harmless");
    expect(claimIds("Пилинг — безопасная методика.", "ru")).not.toContain("harmless");
  });

  it.each([
    // A head noun another procedure's name qualifies is no reference to mesotherapy.
    "Deep facial cleansing treatments are safe.",
    "They are not safe.",
  ])("en: no harmless: %s", (text) => {
    expect(claimIds(text, "en")).not.toContain("harmless");
  });
});

describe("a match that reaches across a condition", () => {
  it.each<[Lang, string, string]>([
    [
      "ru",
      "допуст* ~8 беремен*",
      "Мезотерапия может быть допустима, если состав одобрит врач, ведущий беременность.",
    ],
    ["en", "fine ~8 pregnan*", "It is fine, provided your doctor knows about the pregnancy."],
  ])("%s: the stance and the subject stand in a clause and its condition: %s", (lang, p, text) => {
    expect(spansCondition(...at(p, text, lang))).toBe(true);
  });

  it.each<[Lang, string, string]>([
    // "Even if" concedes.
    ["en", "safe ~8 pregnan*", "Mesotherapy is safe, even if you are pregnant."],
    ["ru", "можно ~8 беремен*", "Мезо можно делать, даже если вы беременны."],
    // A condition after the match is no part of it.
    ["en", "safe ~8 pregnan*", "It is safe during pregnancy if your doctor agrees."],
  ])("%s: no condition between the match's ends: %s", (lang, p, text) => {
    expect(spansCondition(...at(p, text, lang))).toBe(false);
  });

  it("takes back the claim whose match reaches into a condition, not one conceded", () => {
    expect(
      claimIds(
        "Мезотерапия при беременности может быть допустима, если состав одобрит врач, ведущий беременность.",
        "ru",
      ),
    ).not.toContain("pregnancy-ok");
    expect(claimIds("Mesotherapy is safe, even if you are pregnant.", "en")).toContain(
      "pregnancy-ok",
    );
  });
});

describe("conditions on the manner of the procedure", () => {
  // The lexicon's `conditional`: a claim made on condition of how the procedure
  // is done is taken back (the corpus's convention); one on the person's state is not.
  it.each<[Lang, string, string, string]>([
    [
      "en",
      "harmless",
      "Mesotherapy is completely harmless.",
      "When performed by a licensed professional, mesotherapy is completely harmless.",
    ],
    [
      "en",
      "harmless",
      "Mesotherapy has no side effects.",
      "In skilled hands, mesotherapy has no side effects.",
    ],
    [
      "en",
      "harmless",
      "Mesotherapy has no side effects.",
      "Mesotherapy has no side effects when carried out by a certified specialist.",
    ],
    [
      "en",
      "painless",
      "Mesotherapy is painless.",
      "Mesotherapy is painless if it is done correctly.",
    ],
    [
      "en",
      "pregnancy-ok",
      "Mesotherapy is safe during breastfeeding.",
      "Done properly, mesotherapy is safe during breastfeeding.",
    ],
    [
      "en",
      "harmless",
      "Mesotherapy is very safe.",
      "Provided a sterile technique is used, mesotherapy is very safe.",
    ],
    [
      "en",
      "no-downtime",
      "There is no downtime after mesotherapy.",
      "There is no downtime after mesotherapy as long as you follow the aftercare instructions.",
    ],
    [
      "ru",
      "painless",
      "Мезотерапия проходит совершенно безболезненно.",
      "При правильной технике мезотерапия проходит совершенно безболезненно.",
    ],
    [
      "ru",
      "harmless",
      "Мезотерапия абсолютно безопасна.",
      "В руках опытного специалиста мезотерапия абсолютно безопасна.",
    ],
    [
      "ru",
      "harmless",
      "Мезотерапия полностью безвредна.",
      "Если процедуру проводит квалифицированный врач, мезотерапия полностью безвредна.",
    ],
    [
      "ru",
      "painless",
      "Мезотерапия абсолютно безболезненна.",
      "При соблюдении всех правил мезотерапия абсолютно безболезненна.",
    ],
  ])('%s: %s, asserted in "%s", is taken back in: %s', (lang, claim, plain, conditional) => {
    expect(claimIds(plain, lang)).toContain(claim);
    expect(claimIds(conditional, lang)).not.toContain(claim);
  });

  it("leaves a condition on the person's state, a stated interval and doing it at home asserted", () => {
    expect(
      claimIds("Diabetics can go ahead with mesotherapy as long as their sugar is stable.", "en"),
    ).toContain("chronic-disease-ok");
    expect(
      claimIds(
        "Mesotherapy sessions are repeated every 7 days when performed by our doctors.",
        "en",
      ),
    ).toContain("session-interval");
    expect(
      claimIds("Yes, you can do mesotherapy at home, if you follow the right precautions.", "en"),
    ).toContain("home-injections");
  });
});

describe("time words that are no session interval", () => {
  const session = (text: string, lang: Lang) => {
    const s = sentence(text, lang);
    const spans = [...s.spansAt.values()].flat();
    expect(spans.length, text).toBeGreaterThan(0);
    return spans.every((span) => isSessionTime(span, s, db.lexicon[lang]));
  };

  it.each<[Lang, string]>([
    ["en", "If you take a baby aspirin daily, tell your doctor."],
    ["en", "Come off ibuprofen three days beforehand."],
    ["en", "You can resume your daily activities at once."],
    ["ru", "Если вы ежедневно принимаете аспирин, скажите врачу."],
    ["ru", "Отмените ибупрофен за три дня до процедуры."],
    ["en", "The best time is one week after your period ends."],
    ["ru", "Лучшее время для мезотерапии – через неделю после окончания менструации."],
    ["ru", "Процедуру можно делать через 2 месяца после родов."],
    ["en", "Avoid mesotherapy a few days before your monthly menstrual cycle."],
    // Nothing in the sentence comes in sessions: the rhythm is the garden's.
    [
      "en",
      "We watered at dusk and wrote down how tall everything had grown, as we do every week of the season.",
    ],
    ["ru", "Мы поливаем грядки вечером каждую неделю."],
  ])("%s: %s", (lang, text) => {
    expect(session(text, lang)).toBe(false);
  });

  it.each<[Lang, string]>([
    ["en", "Sessions are repeated every 2 days."],
    ["en", "Six sessions at two-week intervals."],
    ["ru", "Сеансы проводят через день."],
    ["en", "The second session follows two weeks after the first."],
    ["ru", "Повторный сеанс проводят через неделю после первой процедуры."],
    // "before" names the next session, not the visit: a gap, not a pause before it.
    ["en", "Wait 6-8 weeks before a second treatment."],
    ["ru", "Подождите 3 недели до следующей процедуры."],
    // What has sessions may be a pronoun, or the gap itself.
    ["en", "It is done once a week."],
    ["en", "Repeat every 7 days."],
    ["ru", "Её повторяют раз в неделю."],
  ])("%s: still an interval: %s", (lang, text) => {
    expect(session(text, lang)).toBe(true);
  });

  it("reads hyphenated and monthly intervals", () => {
    expect(claimIds("Each group received three treatments at two-week intervals.", "en")).toContain(
      "session-interval",
    );
    expect(claimIds("Sessions are done monthly.", "en")).toContain("session-interval");
    expect(
      claimIds("Patients can resume their daily activities immediately after the treatment.", "en"),
    ).not.toContain("session-interval");
  });
});

describe("others' claims", () => {
  const distanced = (text: string, lang: Lang) =>
    isDistanced(sentence(text, lang), db.lexicon[lang]);

  it.each<[Lang, string]>([
    ["en", "Clinics claim mesotherapy is harmless."],
    ["en", "Salons promise that mesotherapy is painless."],
    ["en", "According to the ads, mesotherapy has no side effects."],
    ["en", "As it is deemed safe, mesotherapy is popular."],
    ["ru", "Принято считать, что мезотерапия безвредна."],
    ["ru", "Говорят, что мезотерапия совершенно безопасна."],
    ["ru", "В рекламе пишут, что побочных эффектов у мезотерапии нет."],
  ])("%s: %s is reported", (lang, text) => {
    expect(distanced(text, lang)).toBe(true);
  });

  it.each<[Lang, string]>([
    ["en", "Clinics claim mesotherapy is harmless, and they are right."],
    ["en", "We promise a painless procedure."],
    ["ru", "Результаты говорят сами за себя: мезотерапия безболезненна."],
  ])("%s: %s is the writer's own", (lang, text) => {
    expect(distanced(text, lang)).toBe(false);
  });

  it("lets an attribution in a later clause after a turn frame that clause only", () => {
    const painless = "Mesotherapy is painless, though some people may feel a slight sting.";
    expect(claimIds(painless, "en")).toContain("painless");
    // Before the claim, or with no turn between, it frames the claim.
    expect(claimIds("Some people find mesotherapy painless.", "en")).not.toContain("painless");
    expect(claimIds("Mesotherapy is painless, as some patients report.", "en")).not.toContain(
      "painless",
    );
    // A refutation after a turn still takes the claim back.
    expect(claimIds("Mesotherapy is painless, but in reality it hurts.", "en")).not.toContain(
      "painless",
    );
  });

  it("lets an attribution that opens what it reports ('…, says that …') frame what follows, not the claim before it", () => {
    const claim = "К мезо противопоказаний почти никаких";
    expect(claimIds(`${claim}, косметолог говорит, что отказывает раз в год.`, "ru")).toContain(
      "few-contraindications",
    );
    expect(claimIds(`${claim}, как уверяют клиники.`, "ru")).not.toContain("few-contraindications");
  });

  it("does not let an attribution reach past a contrast into a clause of the writer's own", () => {
    const writers = "but we recommend sessions twice a week";
    expect(claimIds(`One study found results after five sessions, ${writers}.`, "en")).toContain(
      "session-interval",
    );
    expect(
      claimIds("Одни клиники обещают чудо, но мы проводим сеансы раз в неделю.", "ru"),
    ).toContain("session-interval");
    // Without the contrast the attribution frames the claim.
    expect(claimIds("One study found that sessions twice a week work best.", "en")).not.toContain(
      "session-interval",
    );
    expect(claimIds("Forums say mesotherapy is completely safe.", "en")).not.toContain("harmless");
  });

  it("lets an attribution that introduces what follows frame its subject, not a clause joined before it", () => {
    expect(
      claimIds("Mesotherapy is very safe and gaining popularity as a quick procedure.", "en"),
    ).toContain("harmless");
    expect(
      claimIds("Мезотерапия безболезненна и рекламируется как быстрая процедура.", "ru"),
    ).toContain("painless");
    // With no join between, the claim is the framed subject.
    expect(
      claimIds("At-home mesotherapy devices are marketed as tools to improve skin texture.", "en"),
    ).not.toContain("home-injections");
    // Any other frame after the claim frames it where it ends the claim's clause,
    // not where it goes on to say something of its own.
    expect(
      claimIds(
        "The mesotherapy injection itself is not painful, some patients describe a warm and tingly sensation.",
        "en",
      ),
    ).toContain("painless");
    expect(claimIds("Mesotherapy is painless, clinics claim.", "en")).not.toContain("painless");
    expect(claimIds("Мезотерапия безопасна, как уверяют клиники.", "ru")).not.toContain("harmless");
    expect(
      claimIds(
        "Mesotherapy is permanent. Reality: the effects of mesotherapy are temporary.",
        "en",
      ),
    ).not.toContain("lasting-results");
    expect(claimIds("Mesotherapy is painless, as some patients report.", "en")).not.toContain(
      "painless",
    );
  });
});

describe("subject and stance", () => {
  it("fills $ with the subject's words, once per template", () => {
    const sources = expandAbout("blood-thinners", "permission", db.lexicon.en.source);
    expect(sources).toHaveLength(db.lexicon.en.source.stances.permission!.length);
    for (const s of sources) expect(s).toContain("aspirin|baby_aspirin|warfarin");
  });

  it.each<[Lang, string, string]>([
    ["en", "chronic-disease-ok", "Diabetics can go ahead with mesotherapy."],
    ["en", "blood-thinners-ok", "You don't have to come off your aspirin before mesotherapy."],
    ["en", "blood-thinners-ok", "Being on blood thinners doesn't rule it out."],
    ["en", "menstruation-ok", "Your period doesn't rule out a mesotherapy session."],
    ["en", "acne-active", "Mesotherapy clears angry spots in a couple of sessions."],
    ["en", "instant-results", "You see the glow instantly after mesotherapy."],
    ["ru", "blood-thinners-ok", "Варфарин не помеха для мезотерапии."],
    ["ru", "chronic-disease-ok", "Врач сказал, что с гипертонией мезотерапию делать можно."],
    ["ru", "pregnancy-ok", "Беременным мезотерапия не противопоказана."],
  ])("%s: a new word of the stance finds %s: %s", (lang, id, text) => {
    expect(claimIds(text, lang)).toContain(id);
  });

  it.each<[Lang, string, string]>([
    ["en", "blood-thinners-ok", "Stop aspirin a week before; after that mesotherapy is fine."],
    [
      "en",
      "chronic-disease-ok",
      "Mesotherapy is not recommended for diabetics, though it is fine otherwise.",
    ],
    ["ru", "blood-thinners-ok", "Аспирин нужно отменить за неделю, тогда мезотерапия безопасна."],
  ])("%s: the restriction vetoes %s: %s", (lang, id, text) => {
    expect(claimIds(text, lang)).not.toContain(id);
  });

  it("explains what became of each match", () => {
    const steps = checker.explain("Botox alone needs no downtime at all.", "en");
    expect(
      steps.some(
        (s) =>
          s.claim.id === "no-downtime" &&
          s.outcome === "another procedure" &&
          s.words.includes("no downtime"),
      ),
    ).toBe(true);
  });

  it("names the exclude or veto that turned a match away", () => {
    const [vetoed] = checker
      .explain("Mesotherapy needs no downtime, but downtime is minimal.", "en")
      .filter((s) => s.claim.id === "no-downtime" && s.outcome === "vetoed");
    expect(vetoed?.by).toMatch(/^downtime\|.* minimal\|/);
    const [excluded] = checker
      .explain("You can resume normal activities at once but avoid the gym for 2 weeks.", "en")
      .filter((s) => s.claim.id === "no-downtime" && s.outcome === "excluded");
    expect(excluded?.by?.split("|")).toContain("for_2");
    // A finding names none.
    expect(
      checker
        .explain("Mesotherapy is completely painless.", "en")
        .filter((s) => s.outcome === "asserted")
        .every((s) => s.by === undefined),
    ).toBe(true);
  });
});
