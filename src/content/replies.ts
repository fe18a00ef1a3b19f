// What the checker accepts from the background and the side panel. zod/mini
// (a few KB) rather than zod: the checker is injected into every mesotherapy
// page. The full reply's schema is CheckReply in src/ext/messages.ts;
// tests/ext/replies.test.ts keeps the two in step.
import { z } from "zod/mini";

const count = z.number().check(z.int(), z.nonnegative());

export const PageReplyFinding = z.object({
  id: count,
  verdict: z.enum(["contradicted", "disputed"]),
  block: count,
  start: count,
  end: count,
  assertion: z.string(),
  summary: z.string(),
});
export type PageReplyFinding = z.infer<typeof PageReplyFinding>;

export const PageReply = z.object({ findings: z.array(PageReplyFinding) });

export const Incoming = z.discriminatedUnion("type", [z.object({ type: z.literal("showFinding"), id: count }), z.object({ type: z.literal("checkAnyway") })]);
