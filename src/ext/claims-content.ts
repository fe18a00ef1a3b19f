// What the side panel shows of the claims: assertions, notes, verdicts,
// evidence, sources and caveats, as the files hold them. No rule is compiled
// and no schema loaded here; the build has validated these same files
// (wxt.config.ts embeds them for the background, and fails on a bad one).
import type { Caveat, Claim, Source } from "../engine/schema";

/** What the panel reads of a claim: its words and evidence, never its rules. */
export type ClaimText = Pick<Claim, "id" | "assertion" | "verdict" | "evidence" | "note">;

const claimFiles = import.meta.glob<ClaimText>(["/claims/*.json", "!/claims/sources.json", "!/claims/caveats.json"], { eager: true, import: "default" });
const sourcesFile = import.meta.glob<Source[]>("/claims/sources.json", { eager: true, import: "default" });
const caveatsFile = import.meta.glob<Caveat[]>("/claims/caveats.json", { eager: true, import: "default" });

export interface ClaimContent {
  claims: ClaimText[];
  sources: Source[];
  caveats: Caveat[];
}

const content: ClaimContent = {
  claims: Object.values(claimFiles).sort((a, b) => a.id.localeCompare(b.id)),
  sources: Object.values(sourcesFile)[0] ?? [],
  caveats: Object.values(caveatsFile)[0] ?? [],
};

export function claimContent(): ClaimContent {
  return content;
}
