// The extension's one message protocol, split by direction. Every message is
// parsed with these schemas where it arrives; anything else (other senders,
// malformed payloads) is dropped. Senders go through src/ext/send.ts, typed
// from these schemas, so a wrong message fails to compile. The content
// scripts parse with the zod/mini copies in src/ext/protocol-mini.ts, which a
// compile-time check there keeps equal to these.
import { z } from "zod";
import {
  MAX_DESCRIPTION_CHARS,
  MAX_HEADING_CHARS,
  MAX_HEADINGS,
  MAX_TITLE_CHARS,
} from "../dom/signals";
import { Lang, OmissionTopicId, Verdict } from "../engine/schema";

export { Verdict };

const count = z.number().int().nonnegative();

/** A finding as the side panel and the tab's state keep it. */
export const FindingView = z.object({
  /** Unique within its tab; the side panel's "show on page" names it. */
  id: count,
  claim: z.string(),
  verdict: Verdict,
  text: z.string(),
  lang: Lang,
  /** Position of the sentence in the page, for page order. */
  order: count,
  /** The figure it states that made it a finding (an age, an interval): src/engine/figures.ts. */
  figure: z.object({ words: z.string(), min: z.number(), max: z.number() }).optional(),
});
export type FindingView = z.infer<typeof FindingView>;

/** A finding as a "check" returns it: where it is in its block, and the claim's words for the note. */
export const ReplyFinding = FindingView.extend({
  block: count,
  start: count,
  end: count,
  /** The claim, in the browser's UI language (`noteLang`). */
  assertion: z.string(),
  /** The language of `assertion`, `note` and `why`: the UI's, as the side panel's and the note's labels. */
  noteLang: Lang,
  /** Why its figure is contested (numeric claims that state one), in `noteLang`. */
  why: z.string().optional(),
  /** The claim's note (what the sources say, and what to do), whole, in `noteLang`. */
  note: z.string(),
});
export type ReplyFinding = z.infer<typeof ReplyFinding>;

/** The view of a reply's finding that the tab's state keeps. */
export function viewOf({
  id,
  claim,
  verdict,
  text,
  lang,
  order,
  figure,
}: FindingView): FindingView {
  return { id, claim, verdict, text, lang, order, ...(figure && { figure }) };
}

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
  /** What a page about mesotherapy never tells its reader (src/engine/omissions.ts): the side panel shows these first. */
  omissions: z.array(OmissionTopicId).optional(),
  /** Findings the reader hid on this page ("not a claim here"): listed apart, with undo. */
  hidden: z.array(FindingView).optional(),
  /** Only this many characters of the page were read (huge pages): the side panel says so. */
  truncatedAt: z.number().int().positive().optional(),
});
export type TabState = z.infer<typeof TabState>;

/** The page's signals, within the limits src/dom/signals.ts reads them to. */
export const PageSignals = z.object({
  title: z.string().max(MAX_TITLE_CHARS),
  description: z.string().max(MAX_DESCRIPTION_CHARS),
  headings: z.array(z.string().max(MAX_HEADING_CHARS)).max(MAX_HEADINGS),
  lang: z.string().max(35).nullable(),
});
export type PageSignals = z.infer<typeof PageSignals>;

/** The page checker's new text blocks; `first` is the page-wide index of blocks[0]. The engine checks them whatever their topic: the gate decided. */
export const CheckMessage = z.object({
  type: z.literal("check"),
  url: z.string(),
  first: count,
  blocks: z.array(z.string()).max(20_000),
  signals: PageSignals,
  /** Start a new page state (navigation, switched back on) rather than adding to it. */
  reset: z.boolean(),
  /** The page's text was cut at this many characters. */
  truncatedAt: z.number().int().positive().optional(),
});
export type CheckMessage = z.infer<typeof CheckMessage>;

/** content scripts (the gate, the page checker) -> background */
export const ContentToBackground = z.discriminatedUnion("type", [
  CheckMessage,
  /** The page is not checked: off-topic, switched off, paused. Clears its findings. */
  z.object({ type: z.literal("status"), url: z.string(), status: PageStatus }),
  /** Findings whose text left the page. */
  z.object({ type: z.literal("removed"), ids: z.array(count) }),
  /**
   * The gate passed: inject the page checker into this frame. `lang`, the page's
   * language as the gate read it: the background readies the engine for it
   * while the checker is injected and extracts the text.
   */
  z.object({ type: z.literal("loadChecker"), lang: Lang.optional() }),
  /** A click on "open in side panel" in a highlight's note. */
  z.object({ type: z.literal("openPanel") }),
  /** "Not a claim here" on a highlight's note: the page checker has hidden this finding on this page. */
  z.object({
    type: z.literal("dismiss"),
    url: z.string(),
    id: count,
    claim: z.string(),
    text: z.string(),
  }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** side panel, popup -> background */
export const PanelToBackground = z.discriminatedUnion("type", [
  /** Replies with the tab's state, or null. */
  z.object({ type: z.literal("getTabState"), tabId: z.number().int() }),
  /** Check this tab's page even if the gate stopped it. Replies whether it could. */
  z.object({ type: z.literal("checkAnyway"), tabId: z.number().int() }),
  /** "Not a claim here" in the panel (hidden: true), or its undo (false). */
  z.object({
    type: z.literal("setHidden"),
    tabId: z.number().int(),
    id: count,
    hidden: z.boolean(),
  }),
]);
export type PanelToBackground = z.infer<typeof PanelToBackground>;

/** background -> page checker */
export const BackgroundToContent = z.discriminatedUnion("type", [
  /** Check again, whatever the topic and switches. Replies true when a page checker took it. */
  z.object({ type: z.literal("checkAnyway") }),
  /** A keyboard command: take the reader to the next or previous finding, in page order, and open its note. */
  z.object({ type: z.literal("goToFinding"), to: z.enum(["next", "previous"]) }),
  /** Hidden from the side panel: take its highlight off the page. */
  z.object({ type: z.literal("hideFinding"), id: count }),
  /** Its hiding undone: forget it was hidden, and check the page again so it comes back. */
  z.object({ type: z.literal("restoreFinding"), claim: z.string(), text: z.string() }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;

/** side panel -> page checker */
export const PanelToContent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("showFinding"), id: count }),
]);
export type PanelToContent = z.infer<typeof PanelToContent>;

/** Everything the page checker accepts. */
export const ToContent = z.discriminatedUnion("type", [
  ...BackgroundToContent.options,
  ...PanelToContent.options,
]);
export type ToContent = z.infer<typeof ToContent>;

/** background -> side panel, popup: a tab's state changed. */
export const BackgroundToPanel = z.discriminatedUnion("type", [
  z.object({ type: z.literal("tabChanged"), tabId: z.number().int(), state: TabState }),
]);
export type BackgroundToPanel = z.infer<typeof BackgroundToPanel>;

/** The reply to a "check": the findings of its blocks, for the page checker to highlight. */
export const CheckReply = z.object({ about: About, findings: z.array(ReplyFinding) });
export type CheckReply = z.infer<typeof CheckReply>;
