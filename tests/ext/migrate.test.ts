// The versioned layout of the switches: the runner, tried with a layout
// change made up for the test (version 1 is the only real layout so far).
import { describe, expect, it } from "vitest";
import { PAUSED_KEY, siteKeyOf, VERSION_KEY } from "../../src/ext/keys";
import {
  CURRENT_VERSION,
  MIGRATIONS,
  migrateSettings,
  type Migration,
  type StorageArea,
} from "../../src/ext/migrate";

/** A storage area in memory that counts its calls, and can fail a call on request. */
function area(initial: Record<string, unknown>) {
  const items = new Map(Object.entries(structuredClone(initial)));
  const calls = { get: 0, set: 0, remove: 0 };
  let failRemove = false;
  const store: StorageArea & {
    items: Map<string, unknown>;
    calls: typeof calls;
    failNextRemove(): void;
  } = {
    items,
    calls,
    failNextRemove: () => void (failRemove = true),
    async get() {
      calls.get++;
      return Object.fromEntries(structuredClone([...items]));
    },
    async set(values) {
      calls.set++;
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
    },
    async remove(keys) {
      calls.remove++;
      if (failRemove) {
        failRemove = false;
        throw new Error("storage quota / browser closed mid-write");
      }
      for (const k of keys) items.delete(k);
    },
  };
  return store;
}

// A made-up version 2: each site moves from `site:<host>` {enabled:false}
// to `switch:<host>` {on:false}. Malformed entries are dropped, each alone.
const toV2: Migration = (items) => {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith("site:")) continue;
    remove.push(key);
    const ok =
      typeof value === "object" &&
      value !== null &&
      (value as { enabled?: unknown }).enabled === false;
    if (ok) set[`switch:${key.slice(5)}`] = { on: false };
  }
  return { set, remove };
};
const V2 = { 2: toV2 };

const shipped = {
  [siteKeyOf("a.org")]: { enabled: false },
  [siteKeyOf("b.org")]: { enabled: false },
  [PAUSED_KEY]: true,
};

describe("migrateSettings", () => {
  it("reads a store written before versioning as version 1 and brings it to version 2 (dismissals added) leaving its switches as they are", async () => {
    expect(CURRENT_VERSION).toBe(2);
    expect(Object.keys(MIGRATIONS)).toEqual(["2"]);
    const store = area(shipped);
    expect(await migrateSettings(store)).toEqual({ from: 1, to: 2 });
    expect(Object.fromEntries(store.items)).toEqual({ ...shipped, [VERSION_KEY]: 2 });
    // Once marked, a second run writes nothing.
    await migrateSettings(store);
    expect(store.calls.set).toBe(1);
  });

  it("moves the previous layout to the next, dropping a corrupt entry alone", async () => {
    const store = area({
      ...shipped,
      [siteKeyOf("c.org")]: "garbage{",
      [siteKeyOf("d.org")]: { enabled: "no" },
    });
    expect(await migrateSettings(store, V2, 2)).toEqual({ from: 1, to: 2 });
    expect(Object.fromEntries(store.items)).toEqual({
      "switch:a.org": { on: false },
      "switch:b.org": { on: false },
      [PAUSED_KEY]: true,
      [VERSION_KEY]: 2,
    });
  });

  it("finishes a run that was cut short, with the same result as one that was not", async () => {
    const whole = area(shipped);
    await migrateSettings(whole, V2, 2);
    const cut = area(shipped);
    cut.failNextRemove();
    await expect(migrateSettings(cut, V2, 2)).rejects.toThrow(/mid-write/);
    // New keys written, old ones still there, version not yet marked: run again.
    expect(cut.items.get(VERSION_KEY)).toBeUndefined();
    expect(cut.items.get("switch:a.org")).toEqual({ on: false });
    await migrateSettings(cut, V2, 2);
    expect(Object.fromEntries(cut.items)).toEqual(Object.fromEntries(whole.items));
  });

  it("leaves a store written by a newer version alone", async () => {
    const newer = { "switch:a.org": { on: false, schedule: "weekdays" }, [VERSION_KEY]: 3 };
    const store = area(newer);
    expect(await migrateSettings(store, V2, 2)).toEqual({ from: 3, to: 3 });
    expect(Object.fromEntries(store.items)).toEqual(newer);
    expect(store.calls.set + store.calls.remove).toBe(0);
  });

  it("treats an unreadable version as the first layout", async () => {
    const store = area({ ...shipped, [VERSION_KEY]: "two" });
    expect(await migrateSettings(store, V2, 2)).toEqual({ from: 1, to: 2 });
    expect(store.items.get("switch:b.org")).toEqual({ on: false });
  });

  it("moves 5,000 sites in one read and one write of each kind", async () => {
    const many = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [siteKeyOf(`site${i}.example`), { enabled: false }]),
    );
    const store = area(many);
    await migrateSettings(store, V2, 2);
    expect(store.calls).toEqual({ get: 1, set: 2, remove: 1 });
    expect([...store.items.keys()].filter((k) => k.startsWith("switch:"))).toHaveLength(5000);
  });
});
