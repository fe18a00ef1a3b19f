// The Firefox build (MV2: tabs.executeScript injects the checker, a sidebar
// instead of the side panel) in Debian's Firefox ESR, installed as a temporary
// add-on over WebDriver BiDi (puppeteer-core). The Chromium tests cover the
// rest in depth; this proves the Firefox build checks pages at all, and alike.
import { existsSync } from "node:fs";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { ROOT } from "../../scripts/chromium";
import { cliFindings, serve, until, type Served } from "./harness";

const FIREFOX = "/usr/bin/firefox-esr";
const BUILD = join(ROOT, ".output/firefox-mv2");

// `npm test` installs firefox-esr first (scripts/browsers.ts), or stops saying how.
describe("the Firefox build in Firefox ESR", () => {
  let server: Served;
  let firefox: Browser;

  beforeAll(async () => {
    if (!existsSync(join(BUILD, "manifest.json")))
      execFileSync("npx", ["wxt", "build", "-b", "firefox"], { cwd: ROOT, stdio: "inherit" });
    server = await serve();
    firefox = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
    });
    await firefox.installExtension(BUILD);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  type ByVerdict = Record<"contradicted" | "disputed", string[]>;
  const highlighted = (page: Page): Promise<ByVerdict> =>
    page.evaluate(() => {
      const texts = (name: string) =>
        [...((CSS.highlights.get(name) as Iterable<Range> | undefined) ?? [])]
          .map((r) => r.toString().replace(/\s+/g, " ").trim())
          .sort();
      return {
        contradicted: texts("mesocheck-contradicted"),
        disputed: texts("mesocheck-disputed"),
      };
    });

  async function open(name: string): Promise<{ page: Page; errors: string[] }> {
    const page = await firefox.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(server.url(name));
    return { page, errors };
  }

  it.each(["article-en.html", "article-ru.html"])(
    "highlights in %s exactly what the CLI finds, by verdict",
    async (name) => {
      const expected = cliFindings(name);
      const { page, errors } = await open(name);
      const got = await until(
        () => highlighted(page),
        (h) => h.contradicted.length + h.disputed.length === expected.length,
        15_000,
      );
      expect(got.contradicted).toEqual(
        expected
          .filter((f) => f.verdict === "contradicted")
          .map((f) => f.text)
          .sort(),
      );
      expect(got.disputed).toEqual(
        expected
          .filter((f) => f.verdict === "disputed")
          .map((f) => f.text)
          .sort(),
      );
      expect(errors).toEqual([]);
    },
  );

  /** Scrolls the first highlight of a verdict a third of the way down and returns a point on its first line. */
  const onHighlight = (page: Page, name: string) =>
    page.evaluate((n) => {
      const range = [...((CSS.highlights.get(n) as Iterable<Range> | undefined) ?? [])][0]!;
      scrollBy({ top: range.getBoundingClientRect().top - innerHeight / 3, behavior: "instant" });
      const line = range.getClientRects()[0]!;
      return { x: line.left + Math.min(8, line.width / 2), y: line.top + line.height / 2 };
    }, name);
  /** The note's box (its host: the shadow root is closed), or null when none is shown. */
  const noteBox = (page: Page) =>
    page.evaluate(() => {
      const host = document.querySelector("mesocheck-note");
      if (!host) return null;
      const r = host.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    });

  it("shows the note on hover, keeps it while the pointer is on it, and closes it on Escape and a click outside", async () => {
    const expected = cliFindings("article-en.html");
    const { page, errors } = await open("article-en.html");
    await until(
      () => highlighted(page),
      (h) => h.contradicted.length + h.disputed.length === expected.length,
      15_000,
    );
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const hoverOntoNote = async () => {
      const point = await onHighlight(page, "mesocheck-disputed");
      await page.mouse.move(point.x, point.y);
      const box = await until(
        () => noteBox(page),
        (b) => b !== null,
      );
      expect(box).not.toBeNull();
      // Onto the note and about on it, for longer than the note's 400 ms grace.
      for (let i = 0; i < 8; i++) {
        await page.mouse.move(box!.left + 20 + i * 8, box!.top + 16 + i * 4, { steps: 2 });
        await new Promise((r) => setTimeout(r, 120));
      }
      expect(await noteBox(page)).not.toBeNull();
    };
    await hoverOntoNote();
    await page.keyboard.press("Escape");
    expect(
      await until(
        () => noteBox(page),
        (b) => b === null,
      ),
    ).toBeNull();
    await hoverOntoNote();
    await page.mouse.click(2, 2);
    expect(
      await until(
        () => noteBox(page),
        (b) => b === null,
      ),
    ).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(errors).toEqual([]);
  });

  it("leaves a page that only uses trigger words alone", async () => {
    const { page, errors } = await open("offtopic.html");
    await new Promise((r) => setTimeout(r, 2000));
    expect(await highlighted(page)).toEqual({ contradicted: [], disputed: [] });
    expect(errors).toEqual([]);
  });
});
