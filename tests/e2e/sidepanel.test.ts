// The side panel with findings, in real Chromium: ordered by risk, counted by
// verdict, filtered, each sentence with its own verdict and a "Show on page"
// named after it, sources a reader can judge, one heading hierarchy, the UI's
// language on <html>, no axe-core violation in light and dark, and its JS
// under 45 KB gzip.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXTENSION } from "../../scripts/chromium";
import { loadClaims } from "../../src/cli/load-claims";
import type { FindingView } from "../../src/ext/protocol";
import { byRisk, groupByClaim, summarize } from "../../src/ui/model";
import {
  allHighlighted,
  cliFindings,
  cliResult,
  ensureBuilt,
  launch,
  resetSettings,
  serve,
  tabIdOf,
  until,
  type Browser,
  type Served,
} from "./harness";
import { axeViolations } from "./axe";
import { strings } from "../../src/ui/i18n";
import { whyFigure } from "../../src/engine/figure-reason";
import { figureOf } from "../../src/engine/figures";

const PANEL_GZIP_BUDGET = 45_000;
const db = loadClaims();
const claims = db.claims.map((c) => c.claim);

let server: Served;
let ext: Browser;
let panel: Page;
const expected = cliFindings("article-en.html");
/** The CLI's findings as the panel's model groups them, in the order it shows them. */
const groups = byRisk(
  groupByClaim(
    expected.map((f, i): FindingView => ({ ...f, id: i, order: i, lang: "en" }) as FindingView),
    claims,
  ),
);

beforeAll(async () => {
  ensureBuilt();
  server = await serve();
  ext = await launch(true);
  await resetSettings(ext);
  const page = await ext.context.newPage();
  await page.goto(server.url("article-en.html"));
  await until(
    () => allHighlighted(page),
    (h) => h.length === expected.length,
  );
  panel = await ext.context.newPage();
  await panel.goto(
    `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${await tabIdOf(ext, page.url())}`,
  );
  await until(
    () => panel.locator("article.claim").count(),
    (n) => n === groups.length,
  );
});

afterAll(async () => {
  await ext?.context.close();
  await server?.close();
});

/** The text of each element, as written (not as CSS transforms or wraps it). */
const texts = (selector: string) =>
  panel
    .locator(selector)
    .evaluateAll((els) => els.map((e) => (e.textContent ?? "").replace(/\s+/g, " ").trim()));

describe("the side panel with findings", () => {
  // Each test starts from the whole list, whatever the one before it left.
  beforeEach(async () => {
    await panel.getByRole("radio", { name: /^All/ }).check();
  });

  it("lists the claims ordered by risk: safety claims the sources contradict first", async () => {
    expect(groups.length).toBeGreaterThan(5);
    expect(await texts("article.claim h3")).toEqual(groups.map((g) => g.claim.assertion.en));
    const first = groups[0]!;
    expect(first.claim.risk).toBe("safety");
    expect(first.findings.some((f) => f.verdict === "contradicted")).toBe(true);
    const safety = groups.filter((g) => g.claim.risk === "safety").length;
    expect(safety).toBeGreaterThan(1);
    expect(groups.slice(safety).every((g) => g.claim.risk !== "safety")).toBe(true);
  });

  it("counts claims and sentences apart, and claims by verdict", async () => {
    const s = summarize(groups);
    expect(s.sentences).toBe(expected.length);
    expect(s.claims).toBeLessThan(s.sentences);
    const line = (await texts(".findings .counts"))[0]!;
    expect(line).toContain(`${s.claims} claims in ${s.sentences} sentences`);
    expect(line).toContain(`${s.byVerdict.contradicted} the sources contradict`);
    expect(line).toContain(`${s.byVerdict.disputed} they disagree`);
  });

  it("shows each sentence with its own verdict and a 'Show on page' named after it", async () => {
    const shown = await panel.locator(".sentences li").evaluateAll((items) =>
      items.map((li) => ({
        text: li.querySelector("q")!.textContent!.replace(/\s+/g, " ").trim(),
        label: li.querySelector(".verdict")!.textContent,
      })),
    );
    const label = (v: string) =>
      v === "contradicted" ? "The sources contradict it" : "The sources disagree";
    expect(shown).toEqual(
      groups.flatMap((g) => g.findings.map((f) => ({ text: f.text, label: label(f.verdict) }))),
    );
    for (const f of expected)
      expect(
        await panel.getByRole("button", { name: `Show on page: ${f.text}`, exact: true }).count(),
        f.text,
      ).toBe(expected.filter((e) => e.text === f.text).length);
  });

  it("folds a claim's sentences away and back", async () => {
    const summary = panel.locator("article.claim").first().locator(".sentences > summary");
    const firstButton = panel
      .locator("article.claim")
      .first()
      .getByRole("button", { name: /^Show on page: / })
      .first();
    expect(await firstButton.isVisible()).toBe(true);
    await summary.click();
    expect(await firstButton.isVisible()).toBe(false);
    await summary.click();
    expect(await firstButton.isVisible()).toBe(true);
  });

  it("filters by verdict", async () => {
    const s = summarize(groups);
    await panel.getByRole("radio", { name: /^The sources contradict it/ }).check();
    expect(await panel.locator("article.claim").count()).toBe(s.byVerdict.contradicted);
    expect(await texts("article.claim > header .verdict")).toEqual(
      Array(s.byVerdict.contradicted).fill("The sources contradict it"),
    );
    await panel.getByRole("radio", { name: /^The sources disagree/ }).check();
    expect(await panel.locator("article.claim").count()).toBe(s.byVerdict.disputed);
    await panel.getByRole("radio", { name: /^All/ }).check();
    expect(await panel.locator("article.claim").count()).toBe(s.claims);
  });

  it("explains red and amber in a legend", async () => {
    const legend = (await texts(".legend dl"))[0]!;
    expect(legend).toContain("Red");
    expect(legend).toContain("Amber");
    expect(legend).toContain("every source that speaks to it says otherwise");
  });

  it("quotes a Russian source in Russian, with its English translation beneath, and names every source's publisher and language", async () => {
    const claim = panel.locator("article.claim").filter({ hasText: groups[0]!.claim.assertion.en });
    await claim.locator(".evidence > summary").click();
    const russian = claim.locator('.evidence li:has(blockquote[lang="ru"])').first();
    const quote = await russian.locator("blockquote").innerText();
    expect(quote).toMatch(/\p{Script=Cyrillic}/u);
    const translation = await russian.locator('.translation[lang="en"]').innerText();
    expect(translation).toMatch(/^Translation:\s[A-Z]/);
    expect(await russian.locator(".cite").innerText()).toContain("in Russian");
    const english = claim.locator('.evidence li:has(blockquote[lang="en"])').first();
    expect(await english.locator(".translation").count()).toBe(0);
    const listed = await texts(".sources li");
    expect(listed).toHaveLength(db.sources.length);
    db.sources.forEach((s, i) => {
      expect(listed[i]).toContain(s.untitled?.en ?? s.title);
      expect(listed[i]).toContain(s.publisher.en);
      expect(listed[i]).toContain(s.lang === "ru" ? "in Russian" : "in English");
    });
  });

  it("has one heading hierarchy and the UI's language on <html>", async () => {
    expect(await panel.locator("html").getAttribute("lang")).toBe("en");
    const levels = await panel
      .locator("h1, h2, h3, h4, h5, h6")
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((level, i) => {
      if (i) expect(level, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    expect(levels.filter((l) => l === 3).length).toBeGreaterThanOrEqual(groups.length);
  });

  it.each(["light", "dark"] as const)(
    "has no axe-core violation in the %s colour scheme",
    async (colorScheme) => {
      // Every fold open, so axe sees every label, quote and translation.
      await panel.evaluate(() =>
        document.querySelectorAll("details").forEach((d) => (d.open = true)),
      );
      const violations = await axeViolations(panel, colorScheme);
      expect(violations).toEqual([]);
      expect(await panel.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
        colorScheme === "dark",
      );
    },
  );
});

it("says under each sentence with a contested figure why it is contested, as the claim words it", async () => {
  const numeric = expected.filter((f) => claims.find((c) => c.id === f.claim)!.numeric);
  const withFigure = numeric
    .map((f) => {
      const claim = claims.find((c) => c.id === f.claim)!;
      const figure = figureOf(claim, f.text, "en");
      return figure && { text: f.text, why: whyFigure(claim.numeric, figure, "en")! };
    })
    .filter((x) => x !== null);
  expect(withFigure.length).toBeGreaterThanOrEqual(2);
  const shown = await panel.locator(".sentences li").evaluateAll((lis) =>
    lis.map((li) => ({
      text: (li.querySelector("q")?.textContent ?? "").replace(/\s+/g, " ").trim(),
      why: li.querySelector(".why")?.textContent ?? null,
    })),
  );
  for (const f of withFigure) expect(shown).toContainEqual(f);
  expect(shown.filter((s) => s.why !== null)).toHaveLength(withFigure.length);
});

it("shows first what a promotional page leaves out, as the CLI finds it, each with what the sources say", async () => {
  const omitted = cliResult("promo-en.html").omissions.map((o) => o.topic);
  expect(omitted).toEqual(expect.arrayContaining(["contraindications", "complications"]));
  const page = await ext.context.newPage();
  await page.goto(server.url("promo-en.html"));
  const view = await ext.context.newPage();
  await view.goto(
    `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${await tabIdOf(ext, page.url())}`,
  );
  const section = view.locator("section.omissions");
  await until(
    () => section.locator("article.omission").count(),
    (n) => n === omitted.length,
  );
  const t = strings("en");
  expect(await section.locator("h2").textContent()).toBe(t.omissionsTitle);
  expect(await section.locator("h3").allTextContents()).toEqual(
    omitted.map((o) => t.omissionTopics[o as keyof typeof t.omissionTopics]),
  );
  // Before the claims the page makes.
  expect(
    await view.evaluate(
      () =>
        !!(
          document
            .querySelector("section.omissions")!
            .compareDocumentPosition(document.querySelector("section.findings")!) &
          Node.DOCUMENT_POSITION_FOLLOWING
        ),
    ),
  ).toBe(true);
  await section
    .locator("details.evidence")
    .first()
    .evaluate((d) => ((d as HTMLDetailsElement).open = true));
  expect(
    await section.locator("details.evidence").first().locator("blockquote").count(),
  ).toBeGreaterThan(1);
  for (const scheme of ["light", "dark"] as const)
    expect(await axeViolations(view, scheme)).toEqual([]);
  // The demo article names every topic: nothing left out, no section.
  expect(cliResult("article-en.html").omissions).toEqual([]);
  expect(await panel.locator("section.omissions").count()).toBe(0);
  await page.close();
  await view.close();
});

/** The scripts a page loads: its module scripts and preloads, and what they import, on and on. */
function scriptsOf(html: string, dir: string): string[] {
  const queue = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), "utf8");
    for (const m of code.matchAll(/(?:from|import)\(?"(\.{1,2}\/[^"]+\.js)"/g))
      queue.push(join(dirname(file), m[1]!));
  }
  return [...seen];
}

it("loads at most 45 KB of JS, gzipped, in the side panel", () => {
  ensureBuilt();
  const scripts = scriptsOf(readFileSync(join(EXTENSION, "sidepanel.html"), "utf8"), EXTENSION);
  expect(scripts.some((f) => f.includes("sidepanel"))).toBe(true);
  const sizes = scripts.map((f) => gzipSync(readFileSync(join(EXTENSION, f)), { level: 9 }).length);
  const total = sizes.reduce((a, b) => a + b, 0);
  console.log(`side panel JS: ${scripts.join(", ")}: ${total} bytes gzip`);
  expect(total).toBeLessThanOrEqual(PANEL_GZIP_BUDGET);
});
