// Messages between the content script, the background and the side panel.
// Every message is parsed with these schemas where it arrives; anything else
// (other senders, malformed payloads) is dropped.
import { z } from "zod";
import { Evidence, Lang, Verdict } from "../engine/schema";

export const FindingView = z.object({
  /** Unique within its tab; the side panel's "show on page" names it. */
  id: z.number().int().nonnegative(),
  claim: z.string(),
  verdict: Verdict,
  text: z.string(),
  lang: Lang,
  /** Position of the sentence in the page, for page order. */
  order: z.number().int().nonnegative(),
});
export type FindingView = z.infer<typeof FindingView>;

export const PageStatus = z.enum(["pending", "off-topic", "site-off", "paused", "checked"]);
export type PageStatus = z.infer<typeof PageStatus>;

export const About = z.object({ mesotherapy: z.boolean(), lang: Lang, score: z.number() });

/** What the background knows of a tab; the side panel renders it. */
export const TabState = z.object({
  url: z.string(),
  hostname: z.string(),
  status: PageStatus,
  about: About.nullable(),
  findings: z.array(FindingView),
  /** Only this many characters of the page were read (huge pages): the side panel says so. */
  truncatedAt: z.number().int().positive().optional(),
  /** The gate's own main-thread time on this page, when it stopped the page there. */
  gateMs: z.number().nonnegative().optional(),
});
export type TabState = z.infer<typeof TabState>;

const Signals = z.object({
  title: z.string().max(2000),
  description: z.string().max(5000),
  headings: z.array(z.string().max(300)).max(20),
  lang: z.string().max(35).nullable(),
});

/** content script -> background */
export const ToBackground = z.discriminatedUnion("type", [
  /** New text blocks to check; `first` is the page-wide index of blocks[0]. */
  z.object({
    type: z.literal("check"),
    url: z.string(),
    first: z.number().int().nonnegative(),
    blocks: z.array(z.string()).max(20_000),
    signals: Signals,
    force: z.boolean(),
    /** Start a new page state (navigation, switched back on) rather than adding to it. */
    reset: z.boolean(),
    /** The page's text was cut at this many characters. */
    truncatedAt: z.number().int().positive().optional(),
  }),
  /** The page is not checked: off-topic, switched off, paused. Clears its findings. */
  z.object({ type: z.literal("status"), url: z.string(), status: PageStatus, gateMs: z.number().nonnegative().optional() }),
  /** Findings whose text left the page. */
  z.object({ type: z.literal("removed"), ids: z.array(z.number().int().nonnegative()) }),
  /** The gate passed: inject the checker into this frame. */
  z.object({ type: z.literal("loadChecker") }),
  /** A click on "open in side panel" in a highlight's note. */
  z.object({ type: z.literal("openPanel") }),
  /** side panel -> background */
  z.object({ type: z.literal("getTabState"), tabId: z.number().int() }),
  /** side panel -> background: check this tab's page even if the gate stopped it. Replies whether it could. */
  z.object({ type: z.literal("checkAnyway"), tabId: z.number().int() }),
]);
export type ToBackground = z.infer<typeof ToBackground>;

/** The findings of a "check", with their block and offsets, for the content script to highlight. */
export const CheckReply = z.object({
  about: About,
  findings: z.array(
    FindingView.extend({
      block: z.number().int().nonnegative(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      /** The claim, in the page's language. */
      assertion: z.string(),
      /** One line of what the sources say. */
      summary: z.string(),
      evidence: z.array(Evidence),
    }),
  ),
});
export type CheckReply = z.infer<typeof CheckReply>;

/** background or side panel -> content script */
export const ToContent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("showFinding"), id: z.number().int().nonnegative() }),
  z.object({ type: z.literal("checkAnyway") }),
]);
export type ToContent = z.infer<typeof ToContent>;

/** background -> side panel: a tab's state changed. */
export const TabChanged = z.object({ type: z.literal("tabChanged"), tabId: z.number().int(), state: TabState });
export type TabChanged = z.infer<typeof TabChanged>;
