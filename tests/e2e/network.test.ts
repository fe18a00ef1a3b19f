// Nothing leaves the browser from the extension: every request made by its
// service worker, its side panel and popup, and the page it checks (where its
// content scripts run) is recorded with who made it, through the DevTools
// protocol's Network events on each of those targets, while the extension
// checks an article. Chromium's own calls home (update checks, sign-in,
// network time) come from the browser process, belong to no target, and so
// are neither seen nor filtered by name: the test holds whatever hosts a
// Chromium build happens to call.
import type { Request } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  allHighlighted,
  cliFindings,
  ensureBuilt,
  launch,
  serve,
  tabIdOf,
  until,
  type Browser,
  type Served,
} from "./harness";

let server: Served;
let ext: Browser;
/** "who: METHOD url" for every request that is not to the fixture server or inside the extension. */
const seen: string[] = [];

/** The target a request came from: a service worker, or the page (extension page or web page) of its frame. */
function madeBy(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  try {
    return `page ${request.frame().page().url()}`;
  } catch {
    return "unknown";
  }
}

const local = (url: string) =>
  /^(?:chrome-extension|data|blob|about|chrome):/.test(url) ||
  new URL(url).hostname === "127.0.0.1";

beforeAll(async () => {
  ensureBuilt();
  server = await serve();
  ext = await launch(true);
  // Playwright reports service workers' requests too (Chromium), unless PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK is set.
  expect(process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK).toBeUndefined();
  ext.context.on("request", (request) => {
    if (!local(request.url()))
      seen.push(`${madeBy(request)}: ${request.method()} ${request.url()}`);
  });
});

afterAll(async () => {
  await ext?.context.close();
  await server?.close();
});

it("makes no network request while it checks a page, with the side panel and popup open", async () => {
  const expected = cliFindings("article-en.html");
  const page = await ext.context.newPage();
  await page.goto(server.url("article-en.html"));
  expect(
    await until(
      () => allHighlighted(page),
      (h) => h.length === expected.length,
    ),
  ).toHaveLength(expected.length);
  const tabId = await tabIdOf(ext, page.url());
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  await until(
    () => panel.locator("main").innerText(),
    (t) => t.includes(expected[0]!.text),
  );
  await panel.getByRole("button", { name: "Show on page" }).first().click();
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.getByRole("switch", { name: "Check this site" }).waitFor();
  // A hover note, and a quiet spell for anything deferred.
  const first = await page.evaluate(() => {
    const r = [
      ...(CSS.highlights.get("mesocheck-contradicted") as Iterable<Range>),
    ][0]!.getBoundingClientRect();
    return { x: r.left + 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(first.x, first.y);
  await page.waitForTimeout(1500);
  expect(seen).toEqual([]);
});

it("would see a request, and says who made it: one from the service worker, one from a page", async () => {
  await ext.worker!.evaluate(() => fetch("http://probe-worker.invalid/").catch(() => null));
  const page = await ext.context.newPage();
  await page.goto("http://probe-page.invalid/").catch(() => null);
  await until(
    async () => seen.length,
    (n) => n >= 2,
  );
  expect(seen).toContain(`service worker ${ext.worker!.url()}: GET http://probe-worker.invalid/`);
  expect(
    seen.some(
      (line) => line.startsWith("page ") && line.endsWith(": GET http://probe-page.invalid/"),
    ),
  ).toBe(true);
});
