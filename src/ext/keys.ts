// Storage keys, in one place with no dependencies. The switches: the gate on
// every page reads them raw (src/content/switches.ts), the UI and background
// through wxt/storage (src/ext/settings.ts).

/** A site's switch: one key per hostname (lower case, no trailing dot), present only when switched off. */
export function siteKeyOf(hostname: string): string {
  return `site:${hostname.toLowerCase().replace(/\.$/, "")}`;
}

export const SITE_KEY_PREFIX = "site:";
export const PAUSED_KEY = "pausedEverywhere";
/** The findings a reader hid on one page ("not a claim here"): one key per page address (src/ext/dismissed.ts). */
export const DISMISSED_KEY_PREFIX = "dismissed:";
/** A page's address as dismissals key it: no fragment, so "#top" and "#faq" are one page. */
export function pageAddressOf(url: string): string {
  const hash = url.indexOf("#");
  return hash < 0 ? url : url.slice(0, hash);
}
export function dismissedKeyOf(url: string): string {
  return `${DISMISSED_KEY_PREFIX}${pageAddressOf(url)}`;
}
/** The layout version of the keys above (src/ext/migrate.ts). */
export const VERSION_KEY = "settingsVersion";

/** A tab's state in session storage (the background's; tests and the demo read it too). */
export const TAB_KEY_PREFIX = "mesocheck-tab-";
export function tabKey(tabId: number): string {
  return `${TAB_KEY_PREFIX}${tabId}`;
}
