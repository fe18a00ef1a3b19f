// The CLI's --json output: its schema, so editors and the eval can rely on it.
import { z } from "zod";
import { Evidence, Lang, OmissionTopicId, Verdict } from "../engine/schema";

export const CliFinding = z.object({
  claim: z.string(),
  verdict: Verdict,
  text: z.string(),
  block: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  lang: Lang,
  assertion: z.string(),
  note: z.string(),
  evidence: z.array(Evidence),
});

export const CliOutput = z.object({
  about: z.object({ mesotherapy: z.boolean(), lang: Lang, score: z.number() }),
  findings: z.array(CliFinding),
  /** What a page about mesotherapy never tells its reader (claims/omissions.json); empty for other pages. */
  omissions: z.array(z.object({ topic: OmissionTopicId, note: z.string() })),
  /** Present when the page's text passed the extraction cap and only its start was checked. */
  truncated: z.literal(true).optional(),
});
export type CliOutput = z.infer<typeof CliOutput>;
