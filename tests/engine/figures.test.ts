// Why a figure is contested: the words the engine judged, and the claim's
// reason worded around them, in each language.
import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
import { whyFigure } from "../../src/engine/figure-reason";
import { figureOf } from "../../src/engine/figures";
import { createChecker } from "../../src/engine/engine";

const db = loadClaims();
const claim = (id: string) => db.claims.find((c) => c.claim.id === id)!.claim;
const checker = createChecker(db);

describe("figureOf and whyFigure", () => {
  it("names the interval that made the finding, and says why, shorter than any source's or not", () => {
    const interval = claim("session-interval");
    const five = figureOf(
      interval,
      "Book a session every 5 days\n   until the course ends.",
      "en",
    )!;
    expect(five).toEqual({ words: "every 5 days", min: 5, max: 5 });
    expect(whyFigure(interval.numeric, five, "en")).toMatch(/^“every 5 days”: .*3–10 days/);
    expect(whyFigure(interval.numeric, five, "ru")).toMatch(/^«every 5 days»: /);
    const other = figureOf(interval, "Some clinics see you every other day.", "en")!;
    expect(other.min).toBe(2);
    expect(whyFigure(interval.numeric, other, "en")).toMatch(/shorter than any interval/);
    const ru = figureOf(interval, "Процедуру повторяют раз в 2 дня.", "ru")!;
    expect(ru.words).toBe("раз в 2 дня");
    expect(whyFigure(interval.numeric, ru, "ru")).toMatch(/^«раз в 2 дня»: чаще/);
  });

  it("names the age outside the range the sources give, and none where no figure is stated", () => {
    const age = claim("age-limit");
    const teen = figureOf(age, "Mesotherapy suits a teenager from 16 as well as anyone.", "en")!;
    expect(teen.min).toBe(16);
    expect(whyFigure(age.numeric, teen, "en")).toContain("“16”");
    expect(figureOf(age, "There is no age limit at all.", "en")).toBeNull();
    expect(figureOf(claim("painless"), "It is painless at 16.", "en")).toBeNull();
  });

  it("agrees with the engine's verdict on the figure", () => {
    for (const text of [
      "Book a session every 5 days.",
      "Some clinics will see you every other day.",
      "Sessions every 2-3 days are fine.",
    ]) {
      const [found] = checker.check([text], { force: true, lang: "en" }).findings;
      const figure = figureOf(claim("session-interval"), text, "en")!;
      const shorter = figure.min < 3;
      expect(found!.verdict).toBe(shorter ? "contradicted" : "disputed");
    }
  });

  it("keeps page text as text: a replacement pattern in it is not expanded", () => {
    const interval = claim("session-interval");
    const why = whyFigure(interval.numeric, { words: "$& $1 $$", min: 5, max: 5 }, "en")!;
    expect(why.startsWith("“$& $1 $$”")).toBe(true);
  });
});
