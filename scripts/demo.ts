// npm run demo [-- --headless]: builds the extension, serves the bundled demo
// articles on 127.0.0.1 and opens Chromium with the extension on them. With
// --headless, or where there is no display, it prints the findings and saves
// screenshots of the highlighted pages, a note, the popup and the side panel,
// then exits.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build, launch, ROOT, serve, type Browser } from "./chromium";
import { TAB_KEY_PREFIX } from "../src/ext/keys";

const PAGES = ["article-en.html", "article-ru.html"];
const SHOTS = join(ROOT, "docs/screenshots");
const headless = process.argv.includes("--headless") || !process.env.DISPLAY;

interface TabFinding {
  claim: string;
  verdict: string;
  text: string;
}

async function findingsOf(
  browser: Browser,
  page: Page,
): Promise<{ tabId: number; findings: TabFinding[] }> {
  const url = page.url();
  for (let i = 0; i < 100; i++) {
    const state = await browser.worker!.evaluate(
      async ([u, prefix]) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
        if (!tab?.id) return null;
        const key = `${prefix}${tab.id}`;
        const stored = (await chrome.storage.session.get(key))[key] as
          { status: string; findings: TabFinding[] } | undefined;
        return { tabId: tab.id, status: stored?.status, findings: stored?.findings ?? [] };
      },
      [url, TAB_KEY_PREFIX] as const,
    );
    if (state?.status === "checked") return { tabId: state.tabId, findings: state.findings };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} was not checked`);
}

async function main(): Promise<void> {
  build();
  const server = await serve();
  const browser = await launch(true, headless);
  try {
    for (const name of PAGES) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(server.url(name));
      const { tabId, findings } = await findingsOf(browser, page);
      console.log(`\n${name}: ${findings.length} findings`);
      for (const f of findings) console.log(`  [${f.verdict}] ${f.claim}: ${f.text}`);
      if (!headless) continue;
      mkdirSync(SHOTS, { recursive: true });
      // Scroll to the first highlight so the picture shows some.
      await page.evaluate(() => {
        const first = [
          ...((CSS.highlights.get("mesocheck-disputed") as Iterable<Range> | undefined) ?? []),
        ][0];
        first?.startContainer.parentElement?.scrollIntoView({ block: "center" });
      });
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SHOTS, name.replace(".html", ".png")) });
      const lang = name.replace("article-", "").replace(".html", "");
      // The note, as the "next finding" command opens it (what the shortcut runs).
      await browser.worker!.evaluate(
        (id) =>
          (
            globalThis as unknown as {
              mesocheckCommand(c: string, tab: { id: number }): Promise<boolean>;
            }
          ).mesocheckCommand("next-finding", { id }),
        tabId,
      );
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, `note-${lang}.png`) });
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 360, height: 300 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForTimeout(500);
      await popup.screenshot({ path: join(SHOTS, `popup-${lang}.png`) });
      await popup.close();
      const panel = await browser.context.newPage();
      await panel.setViewportSize({ width: 420, height: 900 });
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
      await panel.waitForTimeout(500);
      await panel.screenshot({
        path: join(SHOTS, `sidepanel-${lang}.png`),
      });
    }
    if (headless) {
      console.log(`\nScreenshots in ${SHOTS}. MesoCheck is an aid to reading, not medical advice.`);
      return;
    }
    console.log("\nChromium is open with MesoCheck on the demo articles; close it to finish.");
    await new Promise((resolve) => browser.context.on("close", resolve));
  } finally {
    await browser.context.close().catch(() => {});
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(`demo: ${(e as Error).message}`);
  process.exit(1);
});
