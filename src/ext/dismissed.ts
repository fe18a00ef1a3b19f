// "Not a claim here": the findings a reader hid, remembered per page address
// and sentence across visits. One storage key per page (keys.ts), so a
// corrupt value costs that page's list alone. A dismissal names the sentence
// and the claim, not a finding's id (ids change with every visit), and keeps
// what a claim editor needs to add it to the corpus as a negative example.
import { storage } from "wxt/utils/storage";
import { z } from "zod/mini";
import { DISMISSED_KEY_PREFIX, dismissedKeyOf, pageAddressOf } from "./keys";

export const Dismissal = z.object({
  text: z.string(),
  claim: z.string(),
  lang: z.enum(["en", "ru"]),
  verdict: z.enum(["contradicted", "disputed"]),
});
export type Dismissal = z.infer<typeof Dismissal>;
const PageDismissals = z.array(Dismissal);

/** A line of the export: what tests/corpus takes (`npm run corpus -- add`) once labelled. */
export interface DismissalLine extends Dismissal {
  url: string;
}

/** A page keeps at most this many: a runaway page cannot fill the store. */
export const MAX_PER_PAGE = 500;

type Said = { text: string; claim: string };

/** The same claim in the same sentence, runs of white space made one: a reflowed page still matches. */
function sameFinding(d: Said, finding: Said): boolean {
  return d.claim === finding.claim && squash(d.text) === squash(finding.text);
}
function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function itemOf(url: string): `local:${string}` {
  return `local:${dismissedKeyOf(url)}`;
}

/** The page's dismissals; an unreadable value reads as none. */
export async function dismissalsOf(url: string): Promise<Dismissal[]> {
  const parsed = PageDismissals.safeParse(await storage.getItem(itemOf(url)));
  return parsed.success ? parsed.data : [];
}

export function isDismissed(list: readonly Dismissal[], finding: Said): boolean {
  return list.some((d) => sameFinding(d, finding));
}

/** Hides the finding on this page from now on. */
export async function dismiss(url: string, d: Dismissal): Promise<void> {
  const list = await dismissalsOf(url);
  if (isDismissed(list, d)) return;
  const next = [...list, Dismissal.parse(d)].slice(-MAX_PER_PAGE);
  await storage.setItem(itemOf(url), next);
}

/** Shows it again; the key goes when the page's last dismissal does. */
export async function undismiss(url: string, finding: Said): Promise<void> {
  const list = await dismissalsOf(url);
  const next = list.filter((d) => !sameFinding(d, finding));
  if (next.length === list.length) return;
  if (next.length) await storage.setItem(itemOf(url), next);
  else await storage.removeItem(itemOf(url));
}

/** Every page's dismissals, for the export; pages in address order. */
export async function allDismissals(
  area: { get(keys: null): Promise<Record<string, unknown>> } = browser.storage.local,
): Promise<DismissalLine[]> {
  const items = await area.get(null);
  const lines: DismissalLine[] = [];
  for (const key of Object.keys(items).sort()) {
    if (!key.startsWith(DISMISSED_KEY_PREFIX)) continue;
    const parsed = PageDismissals.safeParse(items[key]);
    if (!parsed.success) continue;
    const url = pageAddressOf(key.slice(DISMISSED_KEY_PREFIX.length));
    for (const d of parsed.data) lines.push({ url, ...d });
  }
  return lines;
}

/** JSON lines, `{"url","lang","text","claim","verdict"}` each. */
export function toJsonLines(lines: readonly DismissalLine[]): string {
  return lines
    .map(({ url, lang, text, claim, verdict }) =>
      JSON.stringify({ url, lang, text, claim, verdict }),
    )
    .map((l) => `${l}\n`)
    .join("");
}
