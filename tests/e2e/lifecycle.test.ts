// The extension updated (or reloaded) while a checked page is open: the old
// checker notices its context is gone and takes its highlights and listeners
// away, the new extension checks the open page again, and the page sees no
// error and no change to its DOM.
import { chromium } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { debuggingPort, EXTENSION } from "../../scripts/chromium";
import {
  allHighlighted,
  cliFindings,
  ensureBuilt,
  launch,
  serve,
  until,
  type Browser,
  type Served,
} from "./harness";

let server: Served;
let ext: Browser;

beforeAll(async () => {
  ensureBuilt();
  server = await serve();
  // A debugging port, for CDP's Extensions.loadUnpacked: installing the build
  // again over itself is an update as the browser sees it (chrome.runtime.reload()
  // unloads a command-line extension for good in headless Chromium).
  ext = await launch(true, true, undefined, [
    "--remote-debugging-port=0",
    "--enable-unsafe-extension-debugging",
  ]);
});

afterAll(async () => {
  await ext?.context.close();
  await server?.close();
});

/** Installs the build again over the running extension: an update. */
async function update(): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort(ext)}`);
  try {
    const cdp = await browser.newBrowserCDPSession();
    await cdp.send("Extensions.loadUnpacked" as never, { path: EXTENSION } as never);
  } finally {
    await browser.close().catch(() => {});
  }
}

it("cleans up after an update and checks the open page again, with no error and the DOM as it was", async () => {
  const expected = cliFindings("article-en.html")
    .map((f) => f.text)
    .sort();
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message} ${e.stack ?? ""}`));
  // (The test server has no favicon: Chromium's 404 for it is no error of ours.)
  page.on(
    "console",
    (m) =>
      m.type() === "error" &&
      !m.location().url.endsWith("/favicon.ico") &&
      errors.push(`console: ${m.text()}`),
  );
  await page.goto(server.url("article-en.html"));
  expect(
    await until(
      () => allHighlighted(page),
      (h) => h.length === expected.length,
    ),
  ).toEqual(expected);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  // The page keeps the old checker's highlight objects, to see them emptied.
  await page.evaluate(() => {
    (window as unknown as { __old: unknown[] }).__old = [
      CSS.highlights.get("mesocheck-contradicted"),
      CSS.highlights.get("mesocheck-disputed"),
    ];
  });

  // Two more pages where the gate stopped: one off-topic, one on a site switched off ("localhost").
  await ext.worker!.evaluate(() =>
    chrome.storage.local.set({ "site:localhost": { enabled: false } }),
  );
  const others = await Promise.all(
    ["offtopic.html", "article-ru.html"].map(async (name, i) => {
      const p = await ext.context.newPage();
      p.on("pageerror", (e) => errors.push(`pageerror on ${name}: ${e.message}`));
      await p.goto(i === 0 ? server.url(name) : server.url(name).replace("127.0.0.1", "localhost"));
      return p;
    }),
  );
  await others[1]!.waitForTimeout(500);
  expect(await allHighlighted(others[1]!)).toEqual([]);

  const old = ext.worker!;
  await update();
  const worker = await until(
    async () => ext.context.serviceWorkers().find((w) => w !== old) ?? null,
    (w) => w !== null,
    20_000,
  );
  expect(worker).not.toBeNull();
  ext.worker = worker;

  const oldSizes = () =>
    page.evaluate(() =>
      (window as unknown as { __old: Array<Set<Range>> }).__old.map((h) => h.size),
    );
  expect(await until(oldSizes, (s) => s.every((n) => n === 0))).toEqual([0, 0]);
  expect(
    await until(
      () => allHighlighted(page),
      (h) => h.length === expected.length,
    ),
  ).toEqual(expected);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  // The switched-off site stays off under the new extension, and comes on when switched on.
  await others[1]!.waitForTimeout(500);
  expect(await allHighlighted(others[1]!)).toEqual([]);
  await ext.worker!.evaluate(() => chrome.storage.local.remove("site:localhost"));
  expect(
    (
      await until(
        () => allHighlighted(others[1]!),
        (h) => h.length > 0,
      )
    ).length,
  ).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
