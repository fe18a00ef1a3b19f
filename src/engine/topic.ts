// Is this page about mesotherapy? Cheap enough to run on every page: it only
// counts a handful of stems in the title, headings, description and a bounded
// slice of the text. Trigger words ("painless", "no age limit") play no part.
import type { Lang } from "./schema";
import { detectLang } from "./language";
import { topicTerms as enTerms } from "../../claims/words/en.json";
import { topicTerms as ruTerms } from "../../claims/words/ru.json";

/** What a page says of itself besides its text; any field may be missing. */
export interface PageSignals {
  title?: string;
  description?: string;
  headings?: string[];
  lang?: string | null;
}

/** The signals as read from a page (src/dom/signals.ts, the content gate): every field there. */
export type GatheredSignals = Required<PageSignals>;

export interface TopicVerdict {
  mesotherapy: boolean;
  lang: Lang;
  /** Mentions of mesotherapy terms counted: title/headings twice, body once each. */
  score: number;
}

// The languages' names of mesotherapy. Named imports, so the gate's bundle
// holds these lists and nothing else of the words files.
const TERM_LIST = [...enTerms, ...ruTerms];
const TERMS = termsPattern(TERM_LIST);

/**
 * Strings that every term contains (its first four letters) in lower case,
 * capitalised and in capitals: the gate's plain-text prefilter, so a page
 * that never names the topic costs a few string searches.
 */
export const TERM_MENTIONS = [
  ...new Set(
    TERM_LIST.map((t) => t.slice(0, 4)).flatMap((m) => [
      m,
      m[0]!.toUpperCase() + m.slice(1),
      m.toUpperCase(),
    ]),
  ),
];
/** How much of a page's text the topic is read from (its opening characters). */
export const BODY_SLICE = 20_000;

/**
 * A page's blocks joined by line breaks, as far as detectTopic() reads them:
 * a long page is not joined whole (a copy of all its text) to read its start.
 */
export function topicText(blocks: readonly string[]): string {
  // Each block adds its length and a line break; more than BODY_SLICE covers the slice.
  let length = 0;
  let n = 0;
  while (n < blocks.length && length <= BODY_SLICE) length += blocks[n++]!.length + 1;
  return blocks.slice(0, n).join("\n");
}

/**
 * One regular expression for the terms, a space in a term standing for a
 * space, a hyphen or nothing ("мезо-терапия", "meso therapy"). An alternation
 * of literals with single optional characters: linear on any input.
 */
export function termsPattern(terms: readonly string[]): RegExp {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(terms.map((t) => t.split(" ").map(escape).join("[\\s-]?")).join("|"), "gi");
}

export function countTerms(text: string): number {
  TERMS.lastIndex = 0;
  let n = 0;
  while (TERMS.exec(text)) n++;
  return n;
}

/**
 * About mesotherapy when its terms recur: three mentions in the text, or two
 * with a heading about it, or one with a title or description about it that
 * is not just the text's first line. A page that names it once, in a list of
 * services, stays out.
 */
export function detectTopic(
  bodyText: string,
  signals: PageSignals = {},
  forcedLang?: Lang,
): TopicVerdict {
  const body = bodyText.slice(0, BODY_SLICE);
  const opening = body.slice(0, 400);
  const meta = [signals.title ?? "", signals.description ?? ""].filter(
    (h) => h.trim() && !opening.includes(h.trim()),
  );
  const inMeta = countTerms(meta.join("\n"));
  const inHeadings = countTerms((signals.headings ?? []).join("\n"));
  const inBody = countTerms(body);
  const mesotherapy =
    inBody >= 3 || (inBody >= 2 && inHeadings >= 1) || (inBody >= 1 && inMeta >= 1);
  const hinted = signals.lang?.toLowerCase().startsWith("ru")
    ? "ru"
    : signals.lang?.toLowerCase().startsWith("en")
      ? "en"
      : undefined;
  return {
    mesotherapy,
    lang: forcedLang ?? detectLang(body, hinted ?? "en"),
    score: inMeta * 2 + inHeadings + inBody,
  };
}
