// The token pattern language of the claims' rules.
import { describe, expect, it } from "vitest";
import { findNumberSpans } from "../../src/engine/numbers";
import { readFileSync } from "node:fs";
import { loadClaims } from "../../src/cli/load-claims";
import {
  compilePattern,
  matchAt,
  mayMatch,
  PatternError,
  PatternWords,
  type Pattern,
  type Sentence,
} from "../../src/engine/pattern";
import type { Lang } from "../../src/engine/schema";
import { tokenize } from "../../src/engine/tokens";

function sentence(text: string, lang: Lang): Sentence {
  const tokens = tokenize(text, lang);
  return { tokens, spansAt: findNumberSpans(tokens) };
}

/** The text of the first match of the pattern in the sentence, or null. */
function firstMatch(pattern: string, text: string, lang: Lang = "en"): string | null {
  const p = compilePattern(pattern, lang);
  const s = sentence(text, lang);
  for (let i = 0; i < s.tokens.length; i++) {
    const m = matchAt(p, s, i);
    if (m) return text.slice(s.tokens[m.start]!.start, s.tokens[m.end - 1]!.end);
  }
  return null;
}
const matches = (pattern: string, text: string, lang: Lang = "en") =>
  firstMatch(pattern, text, lang) !== null;

describe("alternatives", () => {
  it("tries the longest first, so a phrase is not cut short by the word it begins with", () => {
    expect(firstMatch("generally|generally_speaking", "Generally speaking, it is safe.")).toBe(
      "Generally speaking",
    );
    expect(firstMatch("no|no_more ~1 pain", "No more pain after it.")).toBe("No more pain");
  });

  it("falls back to a shorter one when the rest of the pattern needs it", () => {
    expect(firstMatch("generally|generally_speaking speaking", "Generally speaking, yes.")).toBe(
      "Generally speaking",
    );
  });
});

describe("compilePattern errors", () => {
  it.each([
    ["a gap of 0", "no ~0 pain"],
    ["a gap over the maximum", "no ~9 pain"],
    ["a gap of 99", "~99 foo"],
    ["a gap that is not a number", "no ~x pain"],
    ["a fractional gap", "no ~1.5 pain"],
    ["an empty alternative in the middle", "no|| pain"],
    ["an empty alternative at the end", "no| pain"],
    ["an empty alternative at the start", "|no pain"],
    ["a lone ?", "no ? pain"],
    ["a start with an optional", "?very painless"],
    ["an end with an optional", "painless ?procedure"],
    ["a start with a gap", "~2 painless"],
    ["an end with a gap", "painless ~2"],
    ["an unknown span", "from @year"],
    ["an unknown span in an alternative", "every @age|@weeks"],
    ["a word with a character outside words", "pain!"],
    ["a regular expression group", "(pain)"],
    ["more than 16 elements", Array.from({ length: 17 }, (_, i) => `w${i}`).join(" ")],
  ])("throws PatternError on %s (%s)", (_what, source) => {
    expect(() => compilePattern(source, "en")).toThrow(PatternError);
  });

  it("accepts well-formed patterns", () => {
    for (const source of [
      "painless",
      "pain*",
      "no|without pain",
      "no ?any pain",
      "no ~3 pain",
      "side_effect*",
      "every @interval",
      "risk-free",
      "@age ~6 can",
    ]) {
      expect(() => compilePattern(source, "en")).not.toThrow();
    }
    expect(() => compilePattern("без ~2 боли", "ru")).not.toThrow();
  });

  it("names the faulty element in the message", () => {
    expect(() => compilePattern("no ~9 pain", "en")).toThrow(/~9/);
    expect(() => compilePattern("from @year", "en")).toThrow(/@year/);
  });
});

describe("matching", () => {
  it("matches a word exactly, case-insensitively", () => {
    expect(matches("painless", "Mesotherapy is PAINLESS.")).toBe(true);
    expect(matches("pain", "It is painless.")).toBe(false);
  });

  it("matches prefixes", () => {
    expect(firstMatch("pain*", "It is painless.")).toBe("painless");
    expect(matches("painless*", "Painlessness is its strength.")).toBe(true);
    expect(matches("pain*", "It is spain.")).toBe(false);
    expect(matches("contraindicat*", "Contraindications are few.")).toBe(true);
  });

  it("matches alternatives", () => {
    expect(firstMatch("no|without pain", "It is done without pain.")).toBe("without pain");
    expect(firstMatch("no|without pain", "There is no pain.")).toBe("no pain");
    expect(matches("no|without pain", "There is little pain.")).toBe(false);
  });

  it("matches optional elements when present or absent", () => {
    expect(firstMatch("no ?any pain", "There is no any pain.")).toBe("no any pain");
    expect(firstMatch("no ?any pain", "There is no pain.")).toBe("no pain");
  });

  it("matches `_` runs as one alternative", () => {
    expect(firstMatch("no side_effect*", "It has no side effects at all.")).toBe("no side effects");
    expect(firstMatch("no side_effect*|risk", "It has no risk.")).toBe("no risk");
    expect(firstMatch("no side_effect*|risk", "It has no side effect.")).toBe("no side effect");
    expect(matches("no side_effect*", "It has no side.")).toBe(false);
    expect(matches("no side_effect*", "No effects on the side.")).toBe(false);
  });

  it("reads a rule's contractions as the tokenizer reads a page's ('won't' is 'will not')", () => {
    expect(firstMatch("won't_get_in_the_way", "Diabetes won't get in the way.")).toBe(
      "won't get in the way",
    );
    expect(matches("won't_get_in_the_way", "Diabetes will not get in the way.")).toBe(true);
    expect(matches("doesn't ~1 hurt", "It doesn't really hurt.")).toBe(true);
    expect(matches("doctor's_appointment", "Book a doctor's appointment.")).toBe(true);
    expect(matches("won't_get_in_the_way", "Diabetes will get in the way.")).toBe(false);
  });

  it("matches hyphenated atoms against hyphenated words", () => {
    expect(firstMatch("risk-free", "A risk-free procedure.")).toBe("risk-free");
    expect(matches("risk-free", "The procedure is risk - free.")).toBe(true);
    expect(matches("risk-free", "Free of risk.")).toBe(false);
    expect(matches("so-called", "the so-called painless method")).toBe(true);
  });

  it("matches contractions as expanded words", () => {
    expect(matches("does not hurt", "It doesn't hurt.")).toBe(true);
    expect(matches("can not", "You can't.")).toBe(true);
    expect(matches("it is painless", "It’s painless.")).toBe(true);
  });

  it("names a colon or a dash, as in a clinic's fact lines, where a gap may not cross a colon", () => {
    expect(matches("downtime :|–|— none", "Downtime: none.")).toBe(true);
    expect(matches("downtime :|–|— none", "Downtime – none.")).toBe(true);
    expect(matches("downtime :|–|— none", "Downtime: 2 days, then none.")).toBe(false);
    expect(matches("downtime ~3 none", "Downtime: none.")).toBe(false);
    expect(() => compilePattern("downtime ; none", "en")).toThrow(PatternError);
  });

  it("matches Russian inflections through stems", () => {
    expect(matches("безболезненна", "Процедура безболезненна.", "ru")).toBe(true);
    expect(matches("безболезненна", "Это безболезненную процедуру напоминает.", "ru")).toBe(true);
    expect(matches("безболезненна", "Безболезненный укол.", "ru")).toBe(true);
    expect(matches("безболезненную", "Процедура безболезненна.", "ru")).toBe(true);
    expect(matches("побочных эффектов", "Побочные эффекты бывают.", "ru")).toBe(true);
    // A word that is its own stem begins a pattern whose first word is another form of it.
    expect(matches("вечером ~3 бассейн*", "В тот же вечер можно идти в бассейн.", "ru")).toBe(true);
  });

  it("does not stem short Russian words into each other", () => {
    // "боли" and "более" share the Snowball stem "бол".
    expect(matches("боли", "не более 1 раза", "ru")).toBe(false);
    expect(matches("боли", "без боли", "ru")).toBe(true);
  });

  it("folds ё to е in patterns and text", () => {
    expect(matches("ещё", "Что еще нужно?", "ru")).toBe(true);
    expect(matches("еще", "Что ещё нужно?", "ru")).toBe(true);
    expect(matches("остаётся", "Следов не остается.", "ru")).toBe(true);
    expect(matches("отёк*", "Отеки проходят.", "ru")).toBe(true);
  });

  it("lets a gap through up to N tokens, not more", () => {
    expect(firstMatch("no ~3 pain", "No real pain.")).toBe("No real pain");
    expect(matches("no ~3 pain", "No real, actual pain.")).toBe(true);
    expect(matches("no ~3 pain", "No real, actual, pain.")).toBe(false);
    expect(matches("no ~1 pain", "No real actual pain.")).toBe(false);
    expect(matches("no ~2 pain", "No real actual pain.")).toBe(true);
  });

  it.each([
    ["a full stop", "No worries. Pain is rare."],
    ["a colon", "No worries: pain is rare."],
    ["a semicolon", "No worries; pain is rare."],
    ["a question mark", "No worries? Pain is rare."],
    ["a bracket", "No worries (pain is rare)."],
  ])("does not let a gap cross %s", (_what, text) => {
    expect(matches("no ~3 pain", text)).toBe(false);
  });

  it("counts a hyphenated word as one word, and a hyphen between spaces as a token", () => {
    expect(firstMatch("no ~1 downtime", "No post-treatment downtime.")).toBe(
      "No post-treatment downtime",
    );
    expect(matches("no ~1 downtime", "No post - treatment downtime.")).toBe(false);
    expect(matches("no ~1 downtime", "No post-treatment, real downtime.")).toBe(false);
    expect(matches("нет ~1 боли", "Нет какой-либо боли.", "ru")).toBe(true);
    // A number's ending is part of it ("1-го", "10-minute"); a range is not one word.
    expect(matches("с ~1 1 ~1 раза", "Видно с 1-го раза.", "ru")).toBe(true);
    expect(matches("every ~1 weeks", "Every 2-3 weeks.")).toBe(false);
  });

  it("lets a gap cross a comma and a dash", () => {
    expect(matches("no ~3 pain", "No worries, pain is rare.")).toBe(true);
    expect(matches("возраст ~3 помеха", "Возраст — не помеха.", "ru")).toBe(true);
  });

  it("counts no dash or quotation mark among a gap's words, as it counts a comma", () => {
    // A Russian dash stands for a copula; quotation marks wrap words without adding one.
    expect(
      matches("насморк ~4 переносить", "Насморк и першение в горле — переносить не нужно.", "ru"),
    ).toBe(true);
    expect(
      matches("насморк ~4 переносить", "Насморк и першение в горле, переносить не нужно.", "ru"),
    ).toBe(false);
    expect(matches("no ~2 downtime", "No “real” downtime.")).toBe(true);
    expect(matches("no ~1 downtime", "No “real” downtime.")).toBe(true);
    expect(matches("no ~1 downtime", "No real, actual downtime.")).toBe(false);
  });

  it("lets a ~list through any run of short items, each ended by a comma or a coordinator", () => {
    const p = "helps ~2 ~list acne";
    expect(firstMatch(p, "It helps with acne.")).toBe("helps with acne");
    expect(
      firstMatch(p, "It helps with dull, dehydrated skin, fine lines, melasma and acne."),
    ).toBe("helps with dull, dehydrated skin, fine lines, melasma and acne");
    expect(
      firstMatch(
        "помогает ~2 ~list прыщи",
        "Помогает при целлюлите, выпадении волос и прыщах.",
        "ru",
      ),
    ).toBe("Помогает при целлюлите, выпадении волос и прыщах");
    // An item of more than four words is no list item; a clause break ends the list.
    expect(
      firstMatch(p, "It helps with skin that has been exposed to the sun, and acne."),
    ).toBeNull();
    expect(firstMatch(p, "It helps with wrinkles. Melasma, and acne.")).toBeNull();
    // Without a separator before it, the word after a list is out of reach.
    expect(firstMatch(p, "It helps with wrinkles, melasma, dull skin acne.")).toBeNull();
  });

  it("reports the tokens a gap let through", () => {
    const p = compilePattern("no ~3 pain", "en");
    const s = sentence("no real pain", "en");
    expect(matchAt(p, s, 0)).toMatchObject({ start: 0, end: 3, gapTokens: [1] });
  });

  it("matches number spans", () => {
    expect(matches("every @days", "Repeat it every 7 days.")).toBe(true);
    expect(matches("@interval", "Repeat it every 7 days.")).toBe(true);
    expect(matches("from @age", "Suitable from 16.")).toBe(true);
    expect(matches("from @age", "Costs from 16 %.")).toBe(false);
    expect(matches("after @days", "Swelling goes after 2-3 days.")).toBe(true);
    expect(matches("@num", "Price 140.")).toBe(true);
    const p = compilePattern("@interval", "en");
    const s = sentence("twice a week", "en");
    expect(matchAt(p, s, 0)?.spans[0]).toMatchObject({ kind: "interval", min: 3.5, max: 3.5 });
  });
});

describe("prefix length", () => {
  it("rejects a one-character prefix, which the prefilter could never match", () => {
    expect(() => compilePattern("a* b", "en")).toThrow(PatternError);
    expect(() => compilePattern("ab* c", "en")).not.toThrow();
  });
});

describe("mayMatch, the required-words shortcut", () => {
  it("rejects a sentence that lacks every word of a required element", () => {
    const p = compilePattern("no|without ~2 pain|discomfort", "en");
    expect(mayMatch(p, sentence("There is some pain.", "en"))).toBe(false);
    expect(mayMatch(p, sentence("Without any pain.", "en"))).toBe(true);
    // Russian words are found by stem as well as by form.
    expect(
      mayMatch(compilePattern("безболезненная", "ru"), sentence("Процедура безболезненна.", "ru")),
    ).toBe(true);
  });

  it("never rejects a sentence that some claim rule matches (every rule, every labelled sentence)", () => {
    const db = loadClaims();
    const lines = readFileSync(new URL("../eval/sentences.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter(Boolean);
    let matched = 0;
    for (const line of lines) {
      const { text, lang } = JSON.parse(line) as { text: string; lang: Lang };
      const s = sentence(text, lang);
      for (const claim of db.claims) {
        for (const p of [...claim.rules[lang].patterns, ...claim.rules[lang].exclude]) {
          const hit = s.tokens.some((_, i) => matchAt(p, s, i) !== null);
          if (!hit) continue;
          matched++;
          expect(mayMatch(p, s), `${claim.claim.id}: ${p.source} / ${text}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe("PatternWords, the checker's shortcuts over many patterns", () => {
  /** A PatternWords over the patterns, marked with the sentence. */
  function marked(patterns: Pattern[], s: Sentence): PatternWords {
    const words = new PatternWords();
    for (const p of patterns) words.add(p);
    words.mark(
      s.tokens.map((t) => words.idsOf(t)),
      s.spansAt,
    );
    return words;
  }

  it("never refuses a sentence the pattern matches, refuses more than mayMatch, and offers every position where a match begins (every rule, every labelled sentence)", () => {
    const db = loadClaims();
    const lines = readFileSync(new URL("../eval/sentences.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter(Boolean);
    let begun = 0;
    const refused = { plan: 0, mayMatch: 0 };
    for (const lang of ["en", "ru"] as const) {
      const patterns = db.claims.flatMap((c) => c.rules[lang].patterns);
      for (const line of lines) {
        const { text, lang: of } = JSON.parse(line) as { text: string; lang: Lang };
        if (of !== lang) continue;
        const s = sentence(text, lang);
        const words = marked(patterns, s);
        for (const p of patterns) {
          const plan = words.plan(p);
          if (!words.mayMatch(plan)) refused.plan++;
          if (!mayMatch(p, s)) refused.mayMatch++;
          const offered = words.startsOf(plan).filter((i) => words.mayBeginAt(plan, i));
          for (let i = 0; i < s.tokens.length; i++) {
            if (!matchAt(p, s, i)) continue;
            expect(words.mayMatch(plan), `${p.source} / ${text}`).toBe(true);
            expect(words.latestStart(plan), `${p.source} at ${i} / ${text}`).toBeGreaterThanOrEqual(
              i,
            );
            begun++;
            expect(offered, `${p.source} at ${i} / ${text}`).toContain(i);
          }
        }
      }
    }
    expect(begun).toBeGreaterThan(100);
    // Its groups are keyed by longer words and by prefixes: it refuses more sentences than mayMatch.
    expect(refused.plan).toBeGreaterThan(refused.mayMatch);
  });

  it("offers only the tokens that are some pattern's word, and where a number span begins to a pattern that may begin with one", () => {
    const byWord = compilePattern("no ~2 pain", "en");
    const byAge = compilePattern("@age|age ~2 fine", "en");
    const s = sentence("At 70 it is fine: no pain, at any age.", "en");
    const words = marked([byWord, byAge], s);
    const [word, age] = [words.plan(byWord), words.plan(byAge)];
    const norms = (at: readonly number[]) => at.map((i) => s.tokens[i]!.norm);
    expect(norms(words.startsOf(word))).toEqual(["fine", "no", "pain", "age"]);
    expect(norms(words.startsOf(word).filter((i) => words.mayBeginAt(word, i)))).toEqual(["no"]);
    expect(norms(words.startsOf(age))).toEqual(["70", "fine", "no", "pain", "age"]);
    // "70" is a number, not an age: only a pattern that takes any number may begin there.
    expect(norms(words.startsOf(age).filter((i) => words.mayBeginAt(age, i)))).toEqual(["age"]);
    const byNum = compilePattern("@num|age ~2 fine", "en");
    const num = marked([byNum], s).plan(byNum);
    const numbers = marked([byNum], s);
    expect(norms(numbers.startsOf(num).filter((i) => numbers.mayBeginAt(num, i)))).toEqual([
      "70",
      "age",
    ]);
    // Without a span in the sentence, the words alone.
    const plain = sentence("Fine at any age.", "en");
    words.mark(
      plain.tokens.map((t) => words.idsOf(t)),
      plain.spansAt,
    );
    expect(words.startsOf(age).map((i) => plain.tokens[i]!.norm)).toEqual(["fine", "age"]);
  });

  it("gives one plan per pattern, however often it is added, and refuses a pattern it was never given", () => {
    const p = compilePattern("no pain", "en");
    const words = marked([p], sentence("No pain.", "en"));
    expect(words.add(p)).toBe(words.plan(p));
    expect(() => words.plan(compilePattern("no pain", "en"))).toThrow(/not added/);
  });

  it("requires a key of each required element with a prefix alternative too, by the prefix's first two letters", () => {
    const p = compilePattern("no ~3 swim*|sauna", "en");
    expect(p.required).toEqual([["no"]]);
    const words = marked([p], sentence("No swimming for a day.", "en"));
    expect(words.mayMatch(words.plan(p))).toBe(true);
    // "swollen" shares "sw" with "swim*": the check is coarse, matchAt() settles it.
    words.mark(sentence("No swollen skin.", "en").tokens.map((t) => words.idsOf(t)));
    expect(words.mayMatch(words.plan(p))).toBe(true);
    words.mark(sentence("No pain at all.", "en").tokens.map((t) => words.idsOf(t)));
    expect(words.mayMatch(words.plan(p))).toBe(false);
    // An element with a number span alternative has no such group.
    const q = compilePattern("no ~3 @days|sauna", "en");
    const byDays = marked([q], sentence("No pain at all.", "en"));
    expect(byDays.mayMatch(byDays.plan(q))).toBe(true);
  });

  it("tells the last token a match may begin at: none after the last of a required group's words", () => {
    const p = compilePattern("no|never ~3 pain|bruising", "en");
    const s = sentence("No bruising at first, no pain later, and no worries.", "en");
    const words = marked([p], s);
    const plan = words.plan(p);
    // "no worries" comes after the last "pain": the last start is the second "no".
    expect(s.tokens[words.latestStart(plan)]!.norm).toBe("pain");
    expect(
      words
        .startsOf(plan)
        .filter((i) => i <= words.latestStart(plan) && words.mayBeginAt(plan, i))
        .map((i) => s.tokens[i]!.start),
    ).toEqual([0, 22]);
  });

  it("requires a span of the kind an element of spans alone takes, at or before the last start", () => {
    const p = compilePattern("fine|safe ~6 @age", "en");
    const q = compilePattern("fine|safe ~6 @num", "en");
    const number = sentence("It is fine: 70 of them.", "en");
    const words = marked([p, q], number);
    // "70" is a number, not an age.
    expect(words.mayMatch(words.plan(p))).toBe(false);
    expect(words.mayMatch(words.plan(q))).toBe(true);
    const age = sentence("It is fine for women over 40 years old, and safe.", "en");
    words.mark(
      age.tokens.map((t) => words.idsOf(t)),
      age.spansAt,
    );
    expect(words.mayMatch(words.plan(p))).toBe(true);
    // "safe" comes after the age, which a match needs at or after its start: none begins past "40".
    expect(words.latestStart(words.plan(p))).toBe(age.tokens.findIndex((t) => t.norm === "40"));
  });

  it("keys a run by its longest rarest word", () => {
    const p = compilePattern("no ~3 red_patches", "en");
    const s = sentence("No, only red skin.", "en");
    const words = marked([p], s);
    // mayMatch keys the run by its first rarest word, "red"; the plan by "patches", which is absent.
    expect(mayMatch(p, s)).toBe(true);
    expect(words.mayMatch(words.plan(p))).toBe(false);
  });

  it("requires a word of every required group", () => {
    const p = compilePattern("painless|harmless ~3 procedure|treatment", "en");
    const words = marked([p], sentence("A painless, quick treatment.", "en"));
    expect(words.mayMatch(words.plan(p))).toBe(true);
    words.mark(sentence("A painless, quick visit.", "en").tokens.map((t) => words.idsOf(t)));
    expect(words.mayMatch(words.plan(p))).toBe(false);
  });
});

describe("alternatives by their first word", () => {
  it("tries the alternatives that begin with a token longest first, then in their written order, prefixes and words alike", () => {
    // The longer "painless_injections" wins over "pain*", wherever it is written.
    expect(firstMatch("pain*|painless_injections", "Painless injections.")).toBe(
      "Painless injections",
    );
    expect(firstMatch("painless_injections|pain*", "Painless injections.")).toBe(
      "Painless injections",
    );
    // A stem and a prefix of the same token both offer their alternative.
    expect(
      firstMatch("безболезн*|безболезненная_процедура", "Безболезненная процедура.", "ru"),
    ).toBe("Безболезненная процедура");
  });
});

describe("exact forms", () => {
  it("=word matches that form only, not its stem", () => {
    const s = (text: string) => ({ tokens: tokenize(text, "ru"), spansAt: new Map() });
    const p = compilePattern("=безопасна", "ru");
    expect(matchAt(p, s("безопасна"), 0)).not.toBeNull();
    expect(matchAt(p, s("безопасности"), 0)).toBeNull();
    expect(matchAt(compilePattern("безопасна", "ru"), s("безопасности"), 0)).not.toBeNull();
  });
});
