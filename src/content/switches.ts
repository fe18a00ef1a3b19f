// The gate's read of the two switches: the same keys and fallbacks as
// src/ext/settings.ts (anything but a well-formed "off" means on), without
// its validation library, which the gate on every page cannot afford.
import { PAUSED_KEY, siteKeyOf } from "../ext/keys";

export async function readSwitchesRaw(
  hostname: string,
): Promise<{ site: boolean; paused: boolean }> {
  const site = siteKeyOf(hostname);
  const stored = await browser.storage.local
    .get([site, PAUSED_KEY])
    .catch(() => ({}) as Record<string, unknown>);
  const entry = stored[site] as { enabled?: unknown } | undefined;
  return {
    site: !(entry && typeof entry === "object" && entry.enabled === false),
    paused: stored[PAUSED_KEY] === true,
  };
}
