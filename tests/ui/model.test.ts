import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
import type { FindingView } from "../../src/ext/protocol";
import { strings, uiLang } from "../../src/ui/i18n";
import {
  byRisk,
  filterByVerdict,
  groupByClaim,
  groupVerdict,
  quoteLines,
  summarize,
} from "../../src/ui/model";

const claims = loadClaims().claims.map((c) => c.claim);
const finding = (
  id: number,
  claim: string,
  order: number,
  verdict: "disputed" | "contradicted" = "disputed",
): FindingView => ({ id, claim, verdict, text: `sentence ${id}`, lang: "en", order });

describe("side panel model", () => {
  it("groups findings by claim in page order, groups ordered by first appearance", () => {
    const groups = groupByClaim(
      [
        finding(1, "painless", 50),
        finding(2, "age-limit", 10),
        finding(3, "painless", 5),
        finding(4, "unknown-claim", 1),
      ],
      claims,
    );
    expect(groups.map((g) => [g.claim.id, g.findings.map((f) => f.id)])).toEqual([
      ["painless", [3, 1]],
      ["age-limit", [2]],
    ]);
  });

  it("a group is contradicted when any finding in it is", () => {
    const [group] = groupByClaim(
      [finding(1, "session-interval", 1), finding(2, "session-interval", 2, "contradicted")],
      claims,
    );
    expect(groupVerdict(group!)).toBe("contradicted");
    expect(groupVerdict(groupByClaim([finding(1, "session-interval", 1)], claims)[0]!)).toBe(
      "disputed",
    );
  });

  it("follows the browser's language, with the switch names tests and screen readers use", () => {
    expect(uiLang("ru-RU")).toBe("ru");
    expect(uiLang("en-GB")).toBe("en");
    expect(uiLang("de")).toBe("en");
    expect(strings("en").checkSite).toBe("Check this site");
    expect(strings("ru").checkSite).toBe("Проверять этот сайт");
    expect(strings("ru").findings(3)).toContain("3");
  });

  it("marks the safety claims the issue names as data, and only claims about harm", () => {
    const safety = claims.filter((c) => c.risk === "safety").map((c) => c.id);
    for (const id of ["pregnancy-ok", "blood-thinners-ok", "home-injections", "chronic-disease-ok"])
      expect(safety).toContain(id);
    for (const id of ["painless", "instant-results", "lasting-results", "age-limit"])
      expect(safety).not.toContain(id);
  });

  it("orders by risk: safety claims first, contradicted before disputed, then page order", () => {
    const groups = groupByClaim(
      [
        finding(1, "painless", 1),
        finding(2, "aftercare-none", 2, "contradicted"),
        finding(3, "chronic-disease-ok", 3),
        finding(4, "session-interval", 4),
        finding(5, "pregnancy-ok", 5, "contradicted"),
        finding(6, "age-limit", 6),
        finding(7, "session-interval", 7, "contradicted"),
        finding(8, "blood-thinners-ok", 8, "contradicted"),
      ],
      claims,
    );
    expect(byRisk(groups).map((g) => g.claim.id)).toEqual([
      "pregnancy-ok",
      "blood-thinners-ok",
      "chronic-disease-ok",
      "aftercare-none",
      "session-interval",
      "painless",
      "age-limit",
    ]);
    // Page order stays the order within a claim, and groupByClaim is left as it was.
    expect(
      byRisk(groups)
        .find((g) => g.claim.id === "session-interval")!
        .findings.map((f) => f.id),
    ).toEqual([4, 7]);
    expect(groups[0]!.claim.id).toBe("painless");
  });

  it("counts claims and sentences apart, claims by the verdict they are filed under", () => {
    const groups = groupByClaim(
      [
        finding(1, "session-interval", 1),
        finding(2, "session-interval", 2, "contradicted"),
        finding(3, "painless", 3),
        finding(4, "painless", 4),
        finding(5, "age-limit", 5),
      ],
      claims,
    );
    expect(summarize(groups)).toEqual({
      claims: 3,
      sentences: 5,
      byVerdict: { contradicted: 1, disputed: 2 },
    });
    // A sentence that makes two claims (one page order) is one sentence.
    const twice = groupByClaim(
      [finding(1, "painless", 7), finding(2, "harmless", 7, "contradicted")],
      claims,
    );
    expect(summarize(twice)).toEqual({
      claims: 2,
      sentences: 1,
      byVerdict: { contradicted: 1, disputed: 1 },
    });
    expect(summarize([])).toEqual({
      claims: 0,
      sentences: 0,
      byVerdict: { contradicted: 0, disputed: 0 },
    });
  });

  it("filters claims by verdict, each sentence keeping its own", () => {
    const groups = groupByClaim(
      [
        finding(1, "session-interval", 1),
        finding(2, "session-interval", 2, "contradicted"),
        finding(3, "painless", 3),
      ],
      claims,
    );
    expect(filterByVerdict(groups, "all").map((g) => g.claim.id)).toEqual([
      "session-interval",
      "painless",
    ]);
    const [contradicted] = filterByVerdict(groups, "contradicted");
    expect(filterByVerdict(groups, "contradicted")).toHaveLength(1);
    expect(contradicted!.findings.map((f) => f.verdict)).toEqual(["disputed", "contradicted"]);
    expect(filterByVerdict(groups, "disputed").map((g) => g.claim.id)).toEqual(["painless"]);
  });

  it("shows a quote of a source's list as its lines, without blank lines or bullets' indentation", () => {
    expect(quoteLines("Не следует:\n\n  • мочить лицо водой;\n  • загорать.")).toEqual([
      "Не следует:",
      "• мочить лицо водой;",
      "• загорать.",
    ]);
    expect(quoteLines("One sentence.")).toEqual(["One sentence."]);
  });

  it("counts in words, with Russian plural forms", () => {
    const en = strings("en");
    const ru = strings("ru");
    expect(en.claimsInSentences(16, 18)).toBe("16 claims in 18 sentences");
    expect(en.claimsInSentences(1, 1)).toBe("1 claim in 1 sentence");
    expect(ru.claimsInSentences(16, 18)).toBe("16 утверждений в 18 предложениях");
    expect(ru.claimsInSentences(1, 21)).toBe("1 утверждение в 21 предложении");
    expect(ru.claimsInSentences(3, 12)).toBe("3 утверждения в 12 предложениях");
    expect(en.showSentence("It is painless.")).toBe("Show on page: It is painless.");
  });
});
