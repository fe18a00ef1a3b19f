// The flags our content scripts share in the extension's isolated world of a
// page: the gate, the page checker and force-check.ts run there one after
// another, and after an update the old extension's scripts share it with the
// new one's, so the names never change.
interface WorldFlags {
  /** A page checker was asked for (by the gate) or is running in this world. */
  __mesocheckLoaded?: boolean;
  /** The address the gate last judged in this world. */
  __mesocheckGated?: string;
  /** Set just before a page checker is injected for "check this page anyway". */
  __mesocheckForce?: boolean;
  /** Set by the page checker: whether its extension context is still alive. */
  __mesocheckLive?: () => boolean;
  /** The gate's own main-thread time on this page, in ms: read by npm run bench:page through the DevTools protocol, never sent. */
  __mesocheckGateMs?: number;
  /** When each step of the page's first check happened (performance.now()): read by npm run bench:page, never sent. */
  __mesocheckMarks?: Partial<Record<CheckStep, number>>;
}

/**
 * The steps from the gate to the painted highlights, in order: the gate
 * starts, asks for the page checker, the checker starts, has the first part
 * of the page's blocks (and the switches), has the background's reply to it,
 * has painted every part.
 */
export const CHECK_STEPS = ["gate", "asked", "checker", "extracted", "replied", "painted"] as const;
export type CheckStep = (typeof CHECK_STEPS)[number];

export const world = globalThis as typeof globalThis & WorldFlags;

/** Notes when a step of the page's first check happened; later checks (page changes, switches) leave the marks alone. */
export function markStep(step: CheckStep, at = performance.now()): void {
  (world.__mesocheckMarks ??= {})[step] ??= at;
}

/** A page checker is running here, and its extension is still there (an updated extension's old one is not). */
export function checkerLoaded(): boolean {
  return (
    world.__mesocheckLoaded === true &&
    (typeof world.__mesocheckLive !== "function" || world.__mesocheckLive())
  );
}

/** Everything cleared, for the new extension's gate after an update. */
export function clearWorld(): void {
  world.__mesocheckLoaded =
    world.__mesocheckGated =
    world.__mesocheckForce =
    world.__mesocheckLive =
      undefined;
}
