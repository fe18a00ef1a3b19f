// Nothing leaves the browser: every request Chromium makes beyond loopback,
// from pages, the extension's service worker, its side panel and popup, goes
// through a recording proxy, while the extension checks an article.
import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { allHighlighted, cliFindings, ensureBuilt, launch, serve, tabIdOf, until, type Browser, type Served } from "./harness";

// Chromium's own calls home, switched off so that what remains is ours to explain.
const QUIET_CHROMIUM = [
  "--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationGuideModelDownloading,Translate,MediaRouter,SafeBrowsing",
  "--disable-client-side-phishing-detection",
  "--disable-domain-reliability",
  "--no-pings",
  "--disable-default-apps",
];

// What remains is Chromium's own: sign-in, update checks, network time. It
// calls these with or without any extension; our builds hold no request API
// at all (manifest.test.ts scans them), so nothing of ours can hide here.
const CHROMIUM_OWN = new Set(["accounts.google.com", "update.googleapis.com", "clients2.google.com"]);
const hostOf = (line: string) => {
  const target = line.split(" ")[1]!;
  return target.includes("://") ? new URL(target).hostname : target.split(":")[0]!;
};

let server: Served;
let ext: Browser;
let proxy: Server;
const seen: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  server = await serve();
  // Plain HTTP arrives as absolute URLs; HTTPS as CONNECT. Both are recorded and refused.
  proxy = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.statusCode = 502;
    res.end();
  });
  proxy.on("connect", (req, socket: Socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const { port } = proxy.address() as { port: number };
  // Loopback (the fixture server) bypasses the proxy, as by default; everything else goes through it.
  ext = await launch(true, true, undefined, [`--proxy-server=http://127.0.0.1:${port}`, ...QUIET_CHROMIUM]);
});

afterAll(async () => {
  await ext?.context.close();
  await server?.close();
  await new Promise((r) => proxy?.close(r));
});

it("makes no network request while it checks a page, with the side panel and popup open", async () => {
  const expected = cliFindings("article-en.html");
  const page = await ext.context.newPage();
  await page.goto(server.url("article-en.html"));
  expect(await until(() => allHighlighted(page), (h) => h.length === expected.length)).toHaveLength(expected.length);
  const tabId = await tabIdOf(ext, page.url());
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  await until(() => panel.locator("main").innerText(), (t) => t.includes(expected[0]!.text));
  await panel.getByRole("button", { name: "Show on page" }).first().click();
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.getByRole("switch", { name: "Check this site" }).waitFor();
  // A hover note, and a quiet spell for anything deferred.
  const first = await page.evaluate(() => {
    const r = [...(CSS.highlights.get("mesocheck-contradicted") as Iterable<Range>)][0]!.getBoundingClientRect();
    return { x: r.left + 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(first.x, first.y);
  await page.waitForTimeout(1500);
  expect(seen.filter((line) => !CHROMIUM_OWN.has(hostOf(line)))).toEqual([]);
});

it("would see a request: the recorder catches one from the service worker and one from a page", async () => {
  await ext.worker!.evaluate(() => fetch("http://probe-worker.invalid/").catch(() => null));
  const page = await ext.context.newPage();
  await page.goto("http://probe-page.invalid/").catch(() => null);
  await until(async () => seen.length, (n) => n >= 2);
  expect(seen.join("\n")).toContain("probe-worker.invalid");
  expect(seen.join("\n")).toContain("probe-page.invalid");
});
