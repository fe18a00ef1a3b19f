// The popup in real Chromium, for a tab in each state: the words it shows, the
// toolbar badge and icon, and axe-core on it in light and dark.
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { allHighlighted, cliFindings, tabIdOf, until, extensionForFile } from "./harness";
import { axeViolations as axeIn } from "./axe";

const env = extensionForFile();

async function open(name: string): Promise<{ page: Page; tabId: number }> {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url(name));
  return { page, tabId: await tabIdOf(env.ext, page.url()) };
}

/** The popup's page for a tab (a real popup describes the active tab; a test pins it). */
async function popup(tabId?: number): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.goto(
    `chrome-extension://${env.ext.extensionId}/popup.html${tabId === undefined ? "" : `?tabId=${tabId}`}`,
  );
  await page.getByRole("switch", { name: "Pause everywhere" }).waitFor();
  return page;
}

/** The popup's status lines, once they include `expected`. */
async function statusOf(page: Page, expected: RegExp): Promise<string> {
  const status = page.getByRole("status");
  const text = await until(
    () => status.innerText(),
    (t) => expected.test(t),
  );
  expect(text).toMatch(expected);
  return text;
}

const badge = (tabId: number) =>
  env.ext.worker!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** axe-core's violations on the page, in the light theme and then the dark one. */
async function axeViolations(page: Page): Promise<string[]> {
  return [...(await axeIn(page, "light")), ...(await axeIn(page, "dark"))];
}

it("on a checked page: the claims and sentences, by verdict, as the engine finds them, and the badge's count", async () => {
  // The CLI's findings carry their block and start too (the harness types only what it uses).
  const expected = cliFindings("article-en.html") as unknown as Array<{
    claim: string;
    verdict: string;
    block: number;
    start: number;
  }>;
  const { page, tabId } = await open("article-en.html");
  await until(
    () => allHighlighted(page),
    (h) => h.length === expected.length,
  );
  const view = await popup(tabId);
  expect(await view.locator("html").getAttribute("lang")).toBe("en");
  const text = await statusOf(view, /^Checked: /);
  // Sentences by position, each by its worst verdict.
  const worst = new Map<string, boolean>();
  for (const f of expected) {
    const at = `${f.block}:${f.start}`;
    worst.set(at, (worst.get(at) ?? false) || f.verdict === "contradicted");
  }
  const contradicted = [...worst.values()].filter(Boolean).length;
  const claims = new Set(expected.map((f) => f.claim)).size;
  expect(claims).toBeGreaterThan(5);
  expect(text).toContain(`Checked: ${claims} contested claims in ${worst.size} sentences.`);
  expect(text).toContain(
    `The sources contradict ${contradicted} of these sentences and disagree on ${worst.size - contradicted}.`,
  );
  expect(await badge(tabId)).toBe(String(expected.length));
  expect(await view.getByRole("button", { name: "Check this page anyway" }).count()).toBe(0);
  expect(await axeViolations(view)).toEqual([]);
});

it("on an off-topic page: says so, no count, and 'check anyway' checks it", async () => {
  const { tabId } = await open("offtopic.html");
  const view = await popup(tabId);
  await statusOf(view, /^Not checked: this page is not about mesotherapy\.$/);
  expect(await badge(tabId)).toBe("");
  expect(await axeViolations(view)).toEqual([]);
  await view.getByRole("button", { name: "Check this page anyway" }).click();
  const text = await statusOf(view, /^Checked/);
  expect(text).toContain("Checked anyway, at your request.");
});

it("on a site switched off: says so, its switch off, no count; checked anyway, the count shows", async () => {
  const expected = cliFindings("article-en.html");
  await env.ext.worker!.evaluate(() =>
    chrome.storage.local.set({ "site:127.0.0.1": { enabled: false } }),
  );
  const { page, tabId } = await open("article-en.html");
  const view = await popup(tabId);
  await statusOf(view, /^Not checked: checking is switched off for this site\.$/);
  expect(await view.getByRole("switch", { name: "Check this site" }).isChecked()).toBe(false);
  expect(await badge(tabId)).toBe("");
  expect(await allHighlighted(page)).toEqual([]);
  expect(await axeViolations(view)).toEqual([]);

  await view.getByRole("button", { name: "Check this page anyway" }).click();
  const text = await statusOf(view, /^Checked: \d+ contested claims/);
  expect(text).toContain("Checked anyway, at your request.");
  expect(
    await until(
      () => badge(tabId),
      (b) => b !== "",
    ),
  ).toBe(String(expected.length));
});

it("paused everywhere: says so over the page's state, the site switch keeps its state with the pause's note, the paused icon and no count", async () => {
  const expected = cliFindings("article-en.html");
  const { page, tabId } = await open("article-en.html");
  await until(
    () => allHighlighted(page),
    (h) => h.length === expected.length,
  );
  // Chromium has no getIcon: the background's setIcon calls are recorded, and only once they succeed.
  await env.ext.worker!.evaluate(() => {
    const g = globalThis as unknown as { iconsSet: string[] };
    g.iconsSet = [];
    const set = chrome.action.setIcon.bind(chrome.action);
    chrome.action.setIcon = ((details: Parameters<typeof set>[0]) =>
      set(details).then(() => {
        g.iconsSet.push(JSON.stringify(details.path));
      })) as typeof set;
  });
  const iconsSet = () =>
    env.ext.worker!.evaluate(() => (globalThis as unknown as { iconsSet: string[] }).iconsSet);

  const view = await popup(tabId);
  await statusOf(view, /^Checked: /);
  await view.getByRole("switch", { name: "Pause everywhere" }).check();
  await statusOf(view, /^Not checked: MesoCheck is paused everywhere\.$/);
  const site = view.getByRole("switch", { name: "Check this site" });
  expect(await site.isChecked()).toBe(true);
  expect(await site.getAttribute("aria-describedby")).toBeTruthy();
  const note = view.locator(`[id="${await site.getAttribute("aria-describedby")}"]`);
  expect(await note.innerText()).toBe("Paused everywhere: this site is not checked either way.");
  expect(
    await until(
      () => badge(tabId),
      (b) => b === "",
    ),
  ).toBe("");
  expect(await until(iconsSet, (s) => s.length > 0)).toEqual([
    JSON.stringify({ "16": "icon-paused/16.png", "32": "icon-paused/32.png" }),
  ]);
  expect(await env.ext.worker!.evaluate(() => chrome.action.getTitle({}))).toBe(
    "MesoCheck: paused everywhere",
  );
  expect(await axeViolations(view)).toEqual([]);

  await view.getByRole("switch", { name: "Pause everywhere" }).uncheck();
  await statusOf(view, /^Checked: /);
  expect(
    await until(
      () => badge(tabId),
      (b) => b !== "",
    ),
  ).toBe(String(expected.length));
  expect((await iconsSet()).at(-1)).toBe(
    JSON.stringify({ "16": "icon/16.png", "32": "icon/32.png" }),
  );
});

it("on a browser page (the popup's own tab here): says it cannot be checked", async () => {
  const view = await popup();
  await statusOf(view, /^MesoCheck cannot check this page/);
  expect(await view.getByRole("switch", { name: "Check this site" }).isDisabled()).toBe(true);
  expect(await axeViolations(view)).toEqual([]);
});
