// What the page checker and the side panel accept, in zod/mini (a few KB)
// rather than zod: the page checker is injected into every mesotherapy page,
// and the side panel's JS is kept under 45 KB gzip. Copies of schemas in
// src/ext/protocol.ts, held to them at compile time (below: a copy that
// drifts from its original fails `tsc`) and at run time by
// tests/ext/protocol.test.ts (the same inputs pass and fail both).
import { z } from "zod/mini";
import type { BackgroundToPanel, FindingView, ReplyFinding, TabState, ToContent } from "./protocol";

const count = z.number().check(z.int(), z.nonnegative());

/** The part of a ReplyFinding the page checker uses. */
export const PageReplyFinding = z.object({
  id: count,
  claim: z.string(),
  verdict: z.enum(["contradicted", "disputed"]),
  text: z.string(),
  lang: z.enum(["en", "ru"]),
  block: count,
  start: count,
  end: count,
  assertion: z.string(),
  noteLang: z.enum(["en", "ru"]),
  note: z.string(),
  why: z.optional(z.string()),
});
export type PageReplyFinding = z.infer<typeof PageReplyFinding>;

export const PageReply = z.object({ findings: z.array(PageReplyFinding) });

export const Incoming = z.discriminatedUnion("type", [
  z.object({ type: z.literal("showFinding"), id: count }),
  z.object({ type: z.literal("checkAnyway") }),
  z.object({ type: z.literal("goToFinding"), to: z.enum(["next", "previous"]) }),
  z.object({ type: z.literal("hideFinding"), id: count }),
  z.object({ type: z.literal("restoreFinding"), claim: z.string(), text: z.string() }),
]);

const lang = z.enum(["en", "ru"]);

const findingView = z.object({
  id: count,
  claim: z.string(),
  verdict: z.enum(["disputed", "contradicted"]),
  text: z.string(),
  lang,
  order: count,
  figure: z.optional(z.object({ words: z.string(), min: z.number(), max: z.number() })),
});

/** A tab's state as the side panel and the popup read it (TabState). */
export const PanelTabState = z.object({
  url: z.string(),
  hostname: z.string(),
  status: z.enum(["pending", "off-topic", "site-off", "paused", "checked"]),
  about: z.nullable(z.object({ mesotherapy: z.boolean(), lang, score: z.number() })),
  findings: z.array(findingView),
  omissions: z.optional(
    z.array(z.enum(["contraindications", "complications", "specialist", "aftercare"])),
  ),
  hidden: z.optional(z.array(findingView)),
  truncatedAt: z.optional(z.number().check(z.int(), z.positive())),
});

/** What the side panel and the popup accept from the background (BackgroundToPanel). */
export const PanelIncoming = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("tabChanged"),
    tabId: z.number().check(z.int()),
    state: PanelTabState,
  }),
]);

/** True only when A and B are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

export type PageReplyFindingInStep = Holds<
  Same<PageReplyFinding, Pick<ReplyFinding, keyof PageReplyFinding>>
>;
// And the other way: the background sends nothing that neither the page checker nor the tab's
// state reads (a claim's evidence, sent with every finding, once made two thirds of a reply).
export type ReplyFindingAllRead = Holds<
  Same<keyof ReplyFinding, keyof PageReplyFinding | keyof FindingView>
>;
export type IncomingInStep = Holds<Same<z.infer<typeof Incoming>, ToContent>>;
export type PanelTabStateInStep = Holds<Same<z.infer<typeof PanelTabState>, TabState>>;
export type PanelIncomingInStep = Holds<Same<z.infer<typeof PanelIncoming>, BackgroundToPanel>>;
