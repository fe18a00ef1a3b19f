import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  isPaused,
  isSiteEnabled,
  setPaused,
  setSiteEnabled,
  shouldCheck,
  siteKey,
  watchSettings,
} from "../../src/ext/settings";

describe("settings", () => {
  beforeEach(() => fakeBrowser.reset());

  it("checks every site by default and remembers a site switched off", async () => {
    expect(await isSiteEnabled("example.org")).toBe(true);
    await setSiteEnabled("Example.org", false);
    expect(await isSiteEnabled("example.org")).toBe(false);
    expect(await isSiteEnabled("other.org")).toBe(true);
    await setSiteEnabled("example.org", true);
    expect(await isSiteEnabled("example.org")).toBe(true);
    // Switching back on removes the entry: the default is not stored.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it("a corrupt value for one site falls back to the default without losing the others", async () => {
    await setSiteEnabled("a.org", false);
    await setSiteEnabled("b.org", false);
    await fakeBrowser.storage.local.set({ [siteKey("b.org").slice("local:".length)]: "garbage{" });
    await fakeBrowser.storage.local.set({ pausedEverywhere: { not: "a boolean" } });
    expect(await isSiteEnabled("b.org")).toBe(true);
    expect(await isSiteEnabled("a.org")).toBe(false);
    expect(await isPaused()).toBe(false);
  });

  it("pause everywhere overrides every site", async () => {
    expect(await shouldCheck("a.org")).toBe(true);
    await setPaused(true);
    expect(await shouldCheck("a.org")).toBe(false);
    await setPaused(false);
    await setSiteEnabled("a.org", false);
    expect(await shouldCheck("a.org")).toBe(false);
    expect(await shouldCheck("b.org")).toBe(true);
  });

  it("calls back when the site's switch or the pause changes, and not for other sites", async () => {
    let calls = 0;
    const unwatch = watchSettings("a.org", () => calls++);
    await setSiteEnabled("b.org", false);
    expect(calls).toBe(0);
    await setSiteEnabled("a.org", false);
    await setPaused(true);
    expect(calls).toBe(2);
    unwatch();
    await setPaused(false);
    expect(calls).toBe(2);
  });

  it("keeps thousands of sites apart, one key each", async () => {
    for (let i = 0; i < 5000; i++) await setSiteEnabled(`site${i}.org`, i % 2 === 0);
    expect(await isSiteEnabled("site1.org")).toBe(false);
    expect(await isSiteEnabled("site2.org")).toBe(true);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toHaveLength(2500);
  });

  it("reads one site's switch without reading the others, however many there are", async () => {
    await fakeBrowser.storage.local.set(
      Object.fromEntries(
        Array.from({ length: 5000 }, (_, i) => [`site:site${i}.org`, { enabled: false }]),
      ),
    );
    const asked: unknown[] = [];
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, "get").mockImplementation(((keys: unknown) => {
      asked.push(keys);
      return get(keys as string[]);
    }) as typeof fakeBrowser.storage.local.get);
    expect(await shouldCheck("site42.org")).toBe(false);
    expect(await shouldCheck("elsewhere.org")).toBe(true);
    // Each read names its keys: never null (everything) and never the other sites.
    const names = asked.flatMap((k) => (Array.isArray(k) ? k : [k]));
    expect(names).not.toContain(null);
    expect(new Set(names)).toEqual(
      new Set(["site:site42.org", "site:elsewhere.org", "pausedEverywhere"]),
    );
  });
});
