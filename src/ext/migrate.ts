// The switches' storage layout is versioned (VERSION_KEY). Version 1 is the
// layout that has shipped from the first release: `{ enabled: false }` under
// `site:<hostname>` for each site switched off, and a boolean
// `pausedEverywhere`; a store without the version key was written by it. A
// change of layout adds a step to MIGRATIONS; the background runs them on
// install, update and start-up.
import { VERSION_KEY } from "./keys";

export const CURRENT_VERSION = 2;

/**
 * One step, to version N from N-1: given every stored item, what to write and
 * what to remove. A step must give the same result when run again on its own
 * output mixed with its input (a run cut short is repeated from the start),
 * and must drop or keep a malformed value for its own key alone.
 */
export type Migration = (items: Readonly<Record<string, unknown>>) => {
  set: Record<string, unknown>;
  remove: string[];
};

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 2 adds `dismissed:<page address>` keys (src/ext/dismissed.ts) and
  // changes none of version 1's: nothing to convert.
  2: () => ({ set: {}, remove: [] }),
};

export interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export type MigrationResult = { from: number; to: number };

/** Brings the stored switches to `current`: one read of the store, then each step's writes, the version last. */
export async function migrateSettings(
  area: StorageArea,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current = CURRENT_VERSION,
): Promise<MigrationResult> {
  let items = await area.get(null);
  const stored = items[VERSION_KEY];
  // Absent (written before versioning) or unreadable: the first layout.
  const from = typeof stored === "number" && Number.isInteger(stored) && stored >= 1 ? stored : 1;
  // Written by a newer version (the user went back to an older one): left as
  // it is for that version to find; what this one can read, it reads.
  if (from > current) return { from, to: from };
  for (let version = from + 1; version <= current; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration to settings version ${version}`);
    const { set, remove } = step(items);
    // New keys first, then the old ones go: a reader in between sees both, never neither.
    if (Object.keys(set).length) await area.set(set);
    if (remove.length) await area.remove(remove);
    items = { ...items, ...set };
    for (const key of remove) delete items[key];
  }
  if (stored !== current) await area.set({ [VERSION_KEY]: current });
  return { from, to: current };
}
