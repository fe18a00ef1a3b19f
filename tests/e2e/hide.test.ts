// "Not a claim here" end to end in Chromium: hidden from the side panel and
// from the note, remembered across visits to the page (not to another page),
// listed under "Hidden" with undo that brings the highlight back, and
// exported from the panel as JSON lines; axe-core on the panel with its
// hidden list.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { axeViolations } from "./axe";
import { allHighlighted, cliFindings, tabIdOf, until, extensionForFile } from "./harness";

const env = extensionForFile();

const ARTICLE = "article-en.html";
const expected = cliFindings(ARTICLE);
const norm = (s: string) => s.replace(/\s+/g, " ").trim();

async function highlightedCount(page: Page, n: number): Promise<string[]> {
  return until(
    () => allHighlighted(page),
    (h) => h.length === n,
  );
}

async function openArticle(url = env.server.url(ARTICLE)): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.goto(url);
  await highlightedCount(page, expected.length);
  return page;
}

async function openPanel(page: Page): Promise<Page> {
  const panel = await env.ext.context.newPage();
  await panel.goto(
    `chrome-extension://${env.ext.extensionId}/sidepanel.html?tabId=${await tabIdOf(env.ext, page.url())}`,
  );
  await until(
    () => panel.locator("article.claim").count(),
    (n) => n > 0,
  );
  return panel;
}

const badge = async (page: Page) => {
  const tabId = await tabIdOf(env.ext, page.url());
  return env.ext.worker!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
};

it("from the side panel: the highlight goes, the panel lists it under Hidden, and undo brings it back", async () => {
  const page = await openArticle();
  const panel = await openPanel(page);
  const target = expected[0]!;
  await panel.getByRole("button", { name: `Not a claim here: ${norm(target.text)}` }).click();
  const left = await highlightedCount(page, expected.length - 1);
  expect(left).not.toContain(norm(target.text));
  const hidden = panel.locator(".hidden-findings");
  await until(
    () => hidden.locator("li").count(),
    (n) => n === 1,
  );
  expect(norm((await hidden.locator("li q").textContent()) ?? "")).toBe(norm(target.text));
  expect(await panel.getByRole("heading", { name: "Hidden on this page (1)" }).count()).toBe(1);
  expect(
    await panel.getByRole("button", { name: `Show on page: ${norm(target.text)}` }).count(),
  ).toBe(0);
  expect(
    await until(
      () => badge(page),
      (b) => b === String(expected.length - 1),
    ),
  ).toBe(String(expected.length - 1));
  for (const scheme of ["light", "dark"] as const)
    expect(await axeViolations(panel, scheme)).toEqual([]);

  await panel.getByRole("button", { name: `Show again: ${norm(target.text)}` }).click();
  const back = await highlightedCount(page, expected.length);
  expect(back).toContain(norm(target.text));
  await until(
    () => hidden.locator("li").count(),
    (n) => n === 0,
  );
});

it("from the note, remembered on the next visit to the page and not on another page", async () => {
  const page = await openArticle();
  // The keyboard command opens the first finding's note with focus in it.
  const tabId = await tabIdOf(env.ext, page.url());
  await env.ext.worker!.evaluate(
    (id) =>
      (
        globalThis as unknown as {
          mesocheckCommand(c: string, tab: { id: number }): Promise<boolean>;
        }
      ).mesocheckCommand("next-finding", { id }),
    tabId,
  );
  const first = norm(
    (
      await until(
        () =>
          page.evaluate(() =>
            [...((CSS.highlights.get("mesocheck-current") as Iterable<Range>) ?? [])].map((r) =>
              r.toString(),
            ),
          ),
        (c) => c.length === 1,
      )
    )[0]!,
  );
  // Close, Open in the side panel, Not a claim here.
  for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  expect(await highlightedCount(page, expected.length - 1)).not.toContain(first);

  // The same page again, with another fragment: still hidden.
  await page.goto(`${env.server.url(ARTICLE)}#again`);
  await page.reload();
  const again = await highlightedCount(page, expected.length - 1);
  expect(again).not.toContain(first);
  // The same article at another address: highlighted.
  const other = await openArticle(`${env.server.url(ARTICLE)}?copy=1`);
  expect(await allHighlighted(other)).toContain(first);
});

it("exports every page's hidden findings as JSON lines a claim editor can add to the corpus", async () => {
  const page = await openArticle();
  const panel = await openPanel(page);
  const [a, b] = [expected[0]!, expected[1]!];
  for (const f of [a, b]) {
    await panel.getByRole("button", { name: `Not a claim here: ${norm(f.text)}` }).click();
    await until(
      () => panel.getByRole("button", { name: `Show again: ${norm(f.text)}` }).count(),
      (n) => n === 1,
    );
  }
  const download = panel.waitForEvent("download");
  await panel.getByRole("button", { name: /Export all 2 hidden findings/ }).click();
  const file = await (await download).path();
  const lines = readFileSync(file, "utf8")
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, string>);
  expect(lines.map((l) => Object.keys(l))).toEqual([
    ["url", "lang", "text", "claim", "verdict"],
    ["url", "lang", "text", "claim", "verdict"],
  ]);
  expect(lines.map((l) => [l.url, l.lang, norm(l.text!), l.claim, l.verdict])).toEqual(
    [a, b].map((f) => [env.server.url(ARTICLE), "en", norm(f.text), f.claim, f.verdict]),
  );
});
