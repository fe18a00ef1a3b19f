// Renders the toolbar and store icons (public/icon/<size>.png) from one SVG,
// in the same Chromium the tests use. Run once after changing the drawing:
// npx tsx scripts/icons.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, ROOT } from "./chromium";

// A speech mark with a tick: "what the page says, checked". Red as the badge.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#b3261e"/>
  <path d="M30 34h68a10 10 0 0 1 10 10v34a10 10 0 0 1-10 10H60l-22 18v-18h-8a10 10 0 0 1-10-10V44a10 10 0 0 1 10-10z" fill="#fff"/>
  <path d="M44 61l13 13 27-27" fill="none" stroke="#b3261e" stroke-width="11" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await launch(false);
const page = await browser.context.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${SVG.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  writeFileSync(
    join(ROOT, "public/icon", `${size}.png`),
    await page.screenshot({ omitBackground: true }),
  );
}
await browser.context.close();
