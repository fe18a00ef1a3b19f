// axe-core on a page of ours (side panel, popup, the note's page): the
// violations in one colour scheme, as "id: targets" lines, [] when none.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
}

export async function axeViolations(page: Page, colorScheme: "light" | "dark"): Promise<string[]> {
  await page.emulateMedia({ colorScheme });
  // Evaluated over the DevTools protocol: our pages' CSP forbids injected script tags, not this.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(): Promise<AxeResult> } };
    return (await axe.run()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`,
    );
  });
  return violations.map((v) => `${colorScheme}: ${v}`);
}
