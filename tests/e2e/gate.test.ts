// The gate keeps no listeners on a page that is not about mesotherapy, so the
// background takes over there: "Check this page anyway" from the side panel,
// and a single-page site navigating to a mesotherapy article.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { FIXTURES, ROOT } from "../../scripts/chromium";
import { allHighlighted, tabIdOf, until, extensionForFile } from "./harness";
import { tabKey } from "../../src/ext/keys";

const env = extensionForFile();

async function open(name: string): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url(name));
  return page;
}

/** The sentences the CLI finds when told to check the page whatever its topic. */
function forcedFindings(name: string): string[] {
  const out = execFileSync(
    process.execPath,
    [join(ROOT, "bin/mesocheck.js"), "--json", "--force", join(FIXTURES, name)],
    { encoding: "utf8" },
  );
  return (JSON.parse(out) as { findings: Array<{ text: string }> }).findings
    .map((f) => f.text.replace(/\s+/g, " ").trim())
    .sort();
}

const status = (tabId: number) =>
  env.ext.worker!.evaluate(async (key) => {
    return (
      ((await chrome.storage.session.get(key))[key] as { status?: string } | undefined)?.status ??
      null
    );
  }, tabKey(tabId));

/** The tab's status once it is `expected`, or the last one seen when the time runs out. */
const statusOnceSettled = (tabId: number, expected: string) =>
  until(
    () => status(tabId),
    (s) => s === expected,
  );

it("'Check this page anyway' in the side panel checks a page the gate stopped", async () => {
  const expected = forcedFindings("offtopic.html");
  expect(expected.length).toBeGreaterThan(1);
  const page = await open("offtopic.html");
  const tabId = await tabIdOf(env.ext, page.url());
  expect(await statusOnceSettled(tabId, "off-topic")).toBe("off-topic");
  expect(await allHighlighted(page)).toEqual([]);

  const panel = await env.ext.context.newPage();
  await panel.goto(`chrome-extension://${env.ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByRole("button", { name: "Check this page anyway" }).click();
  expect(
    await until(
      () => allHighlighted(page),
      (h) => h.length === expected.length,
    ),
  ).toEqual(expected);
  expect(await statusOnceSettled(tabId, "checked")).toBe("checked");
});

it("checks a single-page site's article after it navigates there from a page about something else", async () => {
  const page = await open("spa.html");
  const tabId = await tabIdOf(env.ext, page.url());
  expect(await statusOnceSettled(tabId, "off-topic")).toBe("off-topic");
  await page.click("#open");
  const highlighted = await until(
    () => allHighlighted(page),
    (h) => h.length >= 2,
  );
  expect(highlighted).toEqual([
    "Mesotherapy is completely painless, so you will not need any cream.",
    "There is no downtime after mesotherapy, and you can go back to work at once.",
  ]);
});

it("drops a malformed message to the checker with a debug line, and keeps working", async () => {
  const page = await open("article-en.html");
  const logs: string[] = [];
  page.on("console", (m) => logs.push(`${m.type()}: ${m.text()}`));
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const count = (
    await until(
      () => allHighlighted(page),
      (h) => h.length > 10,
    )
  ).length;
  const tabId = await tabIdOf(env.ext, page.url());
  for (const bad of [
    { type: "showFinding", id: -1 },
    { type: "showFinding", id: "1" },
    { type: "wipe" },
    "checkAnyway",
    null,
  ]) {
    await env.ext.worker!.evaluate(
      ([id, msg]) => chrome.tabs.sendMessage(id as number, msg).catch(() => null),
      [tabId, bad] as const,
    );
  }
  expect(
    await until(
      async () => logs.filter((l) => l.includes("dropped a malformed message")).length,
      (n) => n >= 4,
    ),
  ).toBeGreaterThanOrEqual(4);
  expect(
    logs
      .filter((l) => l.includes("dropped a malformed message"))
      .every((l) => l.startsWith("debug")),
  ).toBe(true);
  expect(await allHighlighted(page)).toHaveLength(count);
  expect(errors).toEqual([]);
});
