// What the popup says of a tab, in each state, and its counts of claims and sentences.
import { describe, expect, it } from "vitest";
import type { FindingView, PageStatus, TabState } from "../../src/ext/protocol";
import { strings } from "../../src/ui/i18n";
import { popupStatus, type PopupInputs } from "../../src/ui/popup-status";

const finding = (id: number, claim: string, verdict: FindingView["verdict"], order: number) => ({
  id,
  claim,
  verdict,
  text: `sentence ${order}`,
  lang: "en" as const,
  order,
});

const state = (status: PageStatus, findings: FindingView[] = [], mesotherapy = true): TabState => ({
  url: "https://clinic.example/meso",
  hostname: "clinic.example",
  status,
  about: status === "checked" ? { mesotherapy, lang: "en", score: 3 } : null,
  findings,
});

const inputs = (over: Partial<PopupInputs>): PopupInputs => ({
  webPage: true,
  state: null,
  paused: false,
  siteOn: true,
  ...over,
});

describe("popupStatus", () => {
  it("names each reason a page was not checked", () => {
    expect(popupStatus(inputs({ state: state("off-topic") })).kind).toBe("off-topic");
    expect(popupStatus(inputs({ state: state("site-off"), siteOn: false })).kind).toBe("site-off");
    expect(popupStatus(inputs({ state: state("paused"), paused: true })).kind).toBe("paused");
    expect(popupStatus(inputs({ webPage: false })).kind).toBe("cannot-check");
    expect(popupStatus(inputs({ webPage: false, state: state("checked") })).kind).toBe(
      "cannot-check",
    );
    expect(popupStatus(inputs({ state: state("pending") })).kind).toBe("checking");
    expect(popupStatus(inputs({})).kind).toBe("not-yet");
  });

  it("follows the switches as they are now: the pause over anything, a switch back on means checking again", () => {
    expect(popupStatus(inputs({ state: state("off-topic"), paused: true })).kind).toBe("paused");
    expect(
      popupStatus(inputs({ state: state("site-off"), paused: true, siteOn: false })).kind,
    ).toBe("paused");
    expect(popupStatus(inputs({ state: state("off-topic"), siteOn: false })).kind).toBe("site-off");
    expect(popupStatus(inputs({ state: state("paused") })).kind).toBe("checking");
    expect(popupStatus(inputs({ state: state("site-off") })).kind).toBe("checking");
  });

  it("counts claims and sentences apart, each sentence by its worst verdict", () => {
    const findings = [
      finding(0, "painless", "disputed", 10),
      finding(1, "painless", "disputed", 20),
      // One sentence, two claims, one of them contradicted.
      finding(2, "no-downtime", "disputed", 30),
      finding(3, "pregnancy", "contradicted", 30),
      finding(4, "pregnancy", "contradicted", 40),
    ];
    expect(popupStatus(inputs({ state: state("checked", findings) }))).toEqual({
      kind: "checked",
      claims: 3,
      sentences: 4,
      contradicted: 2,
      disputed: 2,
      anyway: false,
    });
  });

  it("says a page was checked anyway: paused, switched off or off-topic", () => {
    const anyway = (over: Partial<PopupInputs>) => {
      const s = popupStatus(inputs(over));
      return s.kind === "checked" && s.anyway;
    };
    expect(anyway({ state: state("checked"), paused: true })).toBe(true);
    expect(anyway({ state: state("checked"), siteOn: false })).toBe(true);
    expect(anyway({ state: state("checked", [], false) })).toBe(true);
    expect(anyway({ state: state("checked") })).toBe(false);
  });
});

describe("the popup's counts in words", () => {
  it("English, singular and plural", () => {
    const t = strings("en");
    expect(t.popupChecked(16, 18)).toBe("Checked: 16 contested claims in 18 sentences.");
    expect(t.popupChecked(1, 1)).toBe("Checked: 1 contested claim in 1 sentence.");
    expect(t.popupVerdicts(2, 16)).toBe(
      "The sources contradict 2 of these sentences and disagree on 16.",
    );
    expect(t.popupVerdicts(1, 0)).toBe("The sources contradict it.");
    expect(t.popupVerdicts(0, 1)).toBe("The sources disagree on it.");
  });

  it("Russian, with its three plural forms", () => {
    const t = strings("ru");
    expect(t.popupChecked(1, 21)).toBe("Проверена: 1 спорное утверждение в 21 предложении.");
    expect(t.popupChecked(3, 2)).toBe("Проверена: 3 спорных утверждения в 2 предложениях.");
    expect(t.popupChecked(16, 18)).toBe("Проверена: 16 спорных утверждений в 18 предложениях.");
  });
});
