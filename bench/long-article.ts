// The 10,000-word article as bench:page and profile:worker load it in Chromium.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { longArticle, ROOT } from "../scripts/chromium";

/** How many highlights the CLI finds in the long article: the count the page must reach. */
export function expectedHighlights(): number {
  const out = execFileSync(process.execPath, [join(ROOT, "bin/mesocheck.js"), "--json", "-"], {
    input: longArticle(),
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return (JSON.parse(out) as { findings: unknown[] }).findings.length;
}

/**
 * Chromium loads an unpacked extension anew at every start, as if installed
 * (onInstalled, whose handler gates the open tabs): a restarted browser is
 * given that long to settle before its first page, as a user's packed
 * extension needs no such reload.
 */
export const RESTART_SETTLE_MS = 1500;
