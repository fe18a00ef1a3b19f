import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  allDismissals,
  dismiss,
  dismissalsOf,
  isDismissed,
  MAX_PER_PAGE,
  toJsonLines,
  undismiss,
  type Dismissal,
} from "../../src/ext/dismissed";

const URL_A = "https://blog.example/meso?page=2#faq";
const painless: Dismissal = {
  text: "The procedure is  painless.",
  claim: "painless",
  lang: "en",
  verdict: "disputed",
};

describe("dismissed findings", () => {
  beforeEach(() => fakeBrowser.reset());

  it("are remembered per page address, whatever the fragment, and per sentence and claim", async () => {
    await dismiss(URL_A, painless);
    const again = await dismissalsOf("https://blog.example/meso?page=2");
    expect(again).toEqual([painless]);
    expect(isDismissed(again, { text: "The procedure is painless.", claim: "painless" })).toBe(
      true,
    );
    expect(isDismissed(again, { text: "The procedure is painless.", claim: "harmless" })).toBe(
      false,
    );
    expect(await dismissalsOf("https://blog.example/meso?page=3")).toEqual([]);
  });

  it("does not store the same dismissal twice, and undo removes it and, when it is the last, its key", async () => {
    await dismiss(URL_A, painless);
    await dismiss(URL_A, { ...painless, text: "The procedure is painless." });
    expect(await dismissalsOf(URL_A)).toHaveLength(1);
    await undismiss(URL_A, { text: "The procedure is painless.", claim: "painless" });
    expect(await dismissalsOf(URL_A)).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it("reads a corrupt page's value as none without losing other pages'", async () => {
    await dismiss(URL_A, painless);
    await fakeBrowser.storage.local.set({ "dismissed:https://other.example/": "garbage{" });
    expect(await dismissalsOf("https://other.example/")).toEqual([]);
    expect(await dismissalsOf(URL_A)).toHaveLength(1);
    expect((await allDismissals()).map((l) => l.url)).toEqual(["https://blog.example/meso?page=2"]);
  });

  it("keeps the most recent when a page has too many", async () => {
    await fakeBrowser.storage.local.set({
      "dismissed:https://x.example/": Array.from({ length: MAX_PER_PAGE }, (_, k) => ({
        ...painless,
        text: `s${k}`,
      })),
    });
    await dismiss("https://x.example/", { ...painless, text: "newest" });
    const list = await dismissalsOf("https://x.example/");
    expect(list).toHaveLength(MAX_PER_PAGE);
    expect(list.at(-1)!.text).toBe("newest");
    expect(list[0]!.text).toBe("s1");
  });

  it("exports every page's dismissals as JSON lines a claim editor can read", async () => {
    await dismiss(URL_A, painless);
    await dismiss("https://a.example/", {
      text: "Мезотерапия безопасна.",
      claim: "harmless",
      lang: "ru",
      verdict: "contradicted",
    });
    const lines = toJsonLines(await allDismissals())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        url: "https://a.example/",
        lang: "ru",
        text: "Мезотерапия безопасна.",
        claim: "harmless",
        verdict: "contradicted",
      },
      { url: "https://blog.example/meso?page=2", ...painless },
    ]);
    expect(Object.keys(lines[0]!)).toEqual(["url", "lang", "text", "claim", "verdict"]);
  });
});
