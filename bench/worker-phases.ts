// The service worker's samples, by phase (bench/worker.profile.ts).
import type { Protocol } from "puppeteer-core";

/**
 * The phases, outermost first: Checks.prepare (the database decoded, then
 * the engine's language index, Engine.prepare), Checks.check (the engine's
 * check and the reply), TabStore.send (a state to session storage, the badge
 * and the side panels). A sample under Checks.prepare but not Engine.prepare
 * is the database's decoding.
 */
export const PHASES = ["decode", "index", "check", "store and show", "garbage collector"] as const;
export type Phase = (typeof PHASES)[number] | "other";

/** A sample's phase, from its stack's function names (root first): garbage collection wherever it falls, else the outermost phase. */
export function phaseOf(stack: string[]): Phase {
  if (stack.includes("(garbage collector)")) return "garbage collector";
  const prepare = stack.indexOf("prepare");
  if (prepare >= 0) return stack.indexOf("prepare", prepare + 1) >= 0 ? "index" : "decode";
  if (stack.includes("check")) return "check";
  if (stack.includes("send")) return "store and show";
  return "other";
}

/** Busy milliseconds per phase ((idle) and (program) left out). */
export function phases(profile: Protocol.Profiler.Profile): Record<Phase, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = Object.fromEntries([...PHASES, "other"].map((p) => [p, 0])) as Record<Phase, number>;
  profile.samples?.forEach((id, i) => {
    const leaf = byId.get(id)!.callFrame.functionName;
    if (leaf === "(idle)" || leaf === "(program)") return;
    const stack: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      stack.unshift(byId.get(at)!.callFrame.functionName);
    out[phaseOf(stack)] += (profile.timeDeltas?.[i] ?? 0) / 1000;
  });
  return out;
}
