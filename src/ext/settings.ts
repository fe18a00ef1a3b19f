// The user's switches, in extension storage. One key per site, so a corrupt
// or half-written value falls back to the default for that site alone and the
// other sites keep theirs.
import { storage } from "wxt/utils/storage";
import { z } from "zod/mini";
import { PAUSED_KEY, SITE_KEY_PREFIX, siteKeyOf } from "./keys";

const SiteSetting = z.object({ enabled: z.boolean() });
const Paused = z.boolean();

export const SITE_PREFIX = `local:${SITE_KEY_PREFIX}`;
const pausedItem = storage.defineItem<unknown>(`local:${PAUSED_KEY}`, { fallback: false });

/** Hostnames as keys: lower case, no port, no trailing dot. */
export function siteKey(hostname: string): `local:${string}` {
  return `local:${siteKeyOf(hostname)}`;
}

export async function isSiteEnabled(hostname: string): Promise<boolean> {
  const parsed = SiteSetting.safeParse(await storage.getItem(siteKey(hostname)));
  return parsed.success ? parsed.data.enabled : true;
}

export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  // The default (on) is not stored: thousands of visited sites cost nothing.
  if (enabled) await storage.removeItem(siteKey(hostname));
  else await storage.setItem(siteKey(hostname), { enabled: false });
}

export async function isPaused(): Promise<boolean> {
  const parsed = Paused.safeParse(await pausedItem.getValue());
  return parsed.success ? parsed.data : false;
}

export async function setPaused(paused: boolean): Promise<void> {
  await pausedItem.setValue(paused);
}

/** Calls back when the site's switch or the global pause changes. */
export function watchSettings(hostname: string, onChange: () => void): () => void {
  const unwatchSite = storage.watch(siteKey(hostname), onChange);
  const unwatchPaused = pausedItem.watch(onChange);
  return () => {
    unwatchSite();
    unwatchPaused();
  };
}

/** Whether the page should be checked: not paused and the site switched on. */
export async function shouldCheck(hostname: string): Promise<boolean> {
  const [paused, enabled] = await Promise.all([isPaused(), isSiteEnabled(hostname)]);
  return !paused && enabled;
}
