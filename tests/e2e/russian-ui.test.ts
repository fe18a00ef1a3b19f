// The UI follows the browser's language: Chromium started with --lang=ru shows
// the popup and the side panel in Russian, claim notes included.
import { expect, it } from "vitest";
import { allHighlighted, cliFindings, tabIdOf, until, extensionForFile } from "./harness";

const env = extensionForFile({ lang: "ru" });

it("shows the side panel and the popup in Russian, with the switches' Russian names", async () => {
  // Debian's Chromium has its Russian locale in the chromium-l10n package (.ci/run installs it).
  expect(
    await env.ext.worker!.evaluate(() => chrome.i18n.getUILanguage()),
    "Chromium's Russian locale: apt-get install chromium-l10n",
  ).toMatch(/^ru/);
  const expected = cliFindings("article-ru.html");
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url("article-ru.html"));
  await until(
    () => allHighlighted(page),
    (h) => h.length === expected.length,
  );
  const tabId = await tabIdOf(env.ext, page.url());

  const panel = await env.ext.context.newPage();
  await panel.goto(`chrome-extension://${env.ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  await expect.poll(() => panel.locator("main").getAttribute("lang")).toBe("ru");
  await panel.getByRole("switch", { name: "Проверять этот сайт" }).waitFor();
  await panel.getByRole("switch", { name: "Приостановить везде" }).waitFor();
  const text = await until(
    () => panel.locator("main").innerText(),
    (t) => t.includes(expected[0]!.text),
  );
  expect(text).toContain("MesoCheck помогает читать критически и не заменяет консультацию врача.");
  // Claim notes in Russian too: no English assertion shows.
  expect(text).not.toMatch(/The sources|Sources disagree|Sources contradict/);
  expect(await panel.locator("html").getAttribute("lang")).toBe("ru");
  expect(text).toMatch(/ утвержд\p{L}+ в \d+ предложени/u);
  // Quotes keep their language: a Russian source's as it is, an English source's with its Russian translation.
  for (const summary of await panel.locator(".evidence > summary").all()) await summary.click();
  const russian = panel.locator('.evidence li:has(blockquote[lang="ru"])').first();
  expect(await russian.locator(".translation").count()).toBe(0);
  const english = panel.locator('.evidence li:has(blockquote[lang="en"])').first();
  expect(await english.locator('.translation[lang="ru"]').innerText()).toMatch(
    /^Перевод:\s\p{Script=Cyrillic}/u,
  );
  expect(await english.locator(".cite").innerText()).toContain("на английском");

  const popup = await env.ext.context.newPage();
  await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html`);
  await popup.getByRole("switch", { name: "Проверять этот сайт" }).waitFor();
});
