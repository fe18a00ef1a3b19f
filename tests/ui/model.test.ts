import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
import type { FindingView } from "../../src/ext/protocol";
import { strings, uiLang } from "../../src/ui/i18n";
import { groupByClaim, groupVerdict } from "../../src/ui/model";

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
});
