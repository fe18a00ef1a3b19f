// Renders the toolbar and store icons (public/icon/<size>.png) and the paused
// toolbar icon (public/icon-paused/<size>.png) from SVG, in the same Chromium
// the tests use. Run once after changing a drawing: npx tsx scripts/icons.mts
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, ROOT } from "./chromium";

// A speech mark with a tick: "what the page says, checked". Red as the badge.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#b3261e"/>
  <path d="M30 34h68a10 10 0 0 1 10 10v34a10 10 0 0 1-10 10H60l-22 18v-18h-8a10 10 0 0 1-10-10V44a10 10 0 0 1 10-10z" fill="#fff"/>
  <path d="M44 61l13 13 27-27" fill="none" stroke="#b3261e" stroke-width="11" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

// Paused: the same speech mark in grey, with two pause bars in place of the
// tick, so it reads as "not checking" in colour and in shape (not by colour alone).
const PAUSED_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#5f6368"/>
  <path d="M30 34h68a10 10 0 0 1 10 10v34a10 10 0 0 1-10 10H60l-22 18v-18h-8a10 10 0 0 1-10-10V44a10 10 0 0 1 10-10z" fill="#fff"/>
  <rect x="48" y="45" width="11" height="32" rx="3" fill="#5f6368"/>
  <rect x="69" y="45" width="11" height="32" rx="3" fill="#5f6368"/>
</svg>`;

const SETS = [
  { svg: SVG, dir: "public/icon", sizes: [16, 32, 48, 128] },
  // Toolbar sizes only: the stores and the extensions page keep the usual icon.
  { svg: PAUSED_SVG, dir: "public/icon-paused", sizes: [16, 32] },
];

const browser = await launch(false);
const page = await browser.context.newPage();
for (const { svg, dir, sizes } of SETS) {
  mkdirSync(join(ROOT, dir), { recursive: true });
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    writeFileSync(join(ROOT, dir, `${size}.png`), await page.screenshot({ omitBackground: true }));
  }
}
await browser.context.close();
