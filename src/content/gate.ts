// The per-page gate: cheap enough for every page. Native DOM calls only, and a
// bounded slice of text, so a page that is not about mesotherapy costs little.
import { detectTopic, type GatheredSignals, type TopicVerdict } from "../engine/topic";

export type Signals = GatheredSignals;

const SLICE = 20_000;
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA"]);
const SKIPPED_SELECTOR = "script, style, noscript, template, textarea";

export function quickSignals(doc: Document): Signals {
  const meta = doc.querySelector('meta[name="description" i], meta[property="og:description" i]');
  const headings = [...doc.querySelectorAll("h1, h2, h3")].slice(0, 20).map((h) => (h.textContent ?? "").trim().slice(0, 300));
  return {
    title: doc.title.slice(0, 2000),
    description: (meta?.getAttribute("content") ?? "").slice(0, 5000),
    headings,
    lang: doc.documentElement.getAttribute("lang"),
  };
}

// Every term the topic check counts contains one of these, as written in
// lower case, capitalised or in capitals. Plain searches: a regular expression
// would be compiled afresh on every page.
const MENTIONS = ["meso", "Meso", "MESO", "мезо", "Мезо", "МЕЗО"];
const mentions = (text: string) => MENTIONS.some((m) => text.includes(m));

const BLANK = /^\s*$/;
/** NodeFilter.SHOW_TEXT, spelled out: linkedom (the unit tests) has no NodeFilter global. */
const SHOW_TEXT = 4;
/** Text nodes the slice visits at most: whitespace between tags counts, so a page of empty markup stops too. */
const MAX_NODES = 4_000;

/**
 * The first SLICE characters of the page's text, skipping scripts and styles,
 * read by a walker that stops at its caps: the gate's cost is bounded by the
 * slice, not by the page (a 5 MB page's whole textContent took 50-60 ms).
 */
export function textSlice(doc: Document): string {
  if (!doc.body) return "";
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  let out = "";
  let visited = 0;
  for (let node = walker.nextNode(); node && out.length < SLICE && visited < MAX_NODES; node = walker.nextNode(), visited++) {
    const value = node.nodeValue ?? "";
    // Whitespace between tags is most text nodes: it never needs its parent
    // looked up, which is the walk's main cost in a fresh content-script world.
    if (BLANK.test(value) || SKIP.has(node.parentElement?.tagName ?? "")) continue;
    // Deeper inside a skipped element (a template's markup, where no browser
    // renders it): asked only of text that names the topic, which is rare.
    if (mentions(value) && node.parentElement?.closest(SKIPPED_SELECTOR)) continue;
    out += `${value}\n`;
  }
  return out.slice(0, SLICE);
}

const OFF_TOPIC: TopicVerdict = { mesotherapy: false, lang: "en", score: 0 };
const NO_SIGNALS: Signals = { title: "", description: "", headings: [], lang: null };

/**
 * detectTopic() on the page, from bounded reads only, in the order that costs
 * least on the pages most common: first the slice of visible text (most pages
 * never name mesotherapy there and stop), then the signals, which cost DOM
 * queries, only once the text names it: the title or headings alone never
 * make a page about it.
 */
export function pageTopic(doc: Document): { topic: TopicVerdict; signals: Signals } {
  const text = textSlice(doc);
  const named = mentionCount(text);
  if (named === 0) return { topic: OFF_TOPIC, signals: NO_SIGNALS };
  const signals = quickSignals(doc);
  // Every term contains a mention, so fewer than three mentions are fewer than
  // three terms: detectTopic then needs a title, description or heading that
  // names it too. Without one the answer is no, before its patterns are built.
  if (named < 3 && !mentions(signals.title) && !mentions(signals.description) && !signals.headings.some(mentions)) {
    return { topic: OFF_TOPIC, signals };
  }
  return { topic: detectTopic(text, signals), signals };
}

function mentionCount(text: string): number {
  let n = 0;
  for (const m of MENTIONS) for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + m.length)) n++;
  return n;
}
