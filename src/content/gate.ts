// The per-page gate: cheap enough for every page. Native DOM calls only, and a
// bounded slice of text, so a page that is not about mesotherapy costs little.
import { detectTopic, type GatheredSignals, type TopicVerdict } from "../engine/topic";

export type Signals = GatheredSignals;

const SLICE = 20_000;
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA"]);

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

const BLANK = /^\s*$/;

/** The first SLICE characters of the page's text, skipping scripts and styles. */
export function textSlice(doc: Document): string {
  if (!doc.body) return "";
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let out = "";
  for (let node = walker.nextNode(); node && out.length < SLICE; node = walker.nextNode()) {
    const value = node.nodeValue ?? "";
    // Whitespace between tags is most text nodes: it never needs its parent
    // looked up, which is the walk's main cost in a fresh content-script world.
    if (!BLANK.test(value) && !SKIP.has(node.parentElement?.tagName ?? "")) out += `${value}\n`;
  }
  return out.slice(0, SLICE);
}

// Up to this size the body's text has its scripts and styles cut out, which
// takes a wrapper per script rather than per text node; beyond it, the walk.
const CUT_MAX = 200_000;

function withoutSkipped(doc: Document, all: string): string {
  let text = all;
  for (const el of doc.body.querySelectorAll("script, style, noscript, template, textarea")) {
    const inner = el.textContent ?? "";
    if (inner) text = text.replace(inner, "\n");
  }
  return text;
}

// Every term the topic check counts contains one of these, as written in
// lower case, capitalised or in capitals. Plain searches: a regular expression
// would be compiled afresh on every page.
const MENTIONS = ["meso", "Meso", "MESO", "мезо", "Мезо", "МЕЗО"];
const mentions = (text: string) => MENTIONS.some((m) => text.includes(m));

const OFF_TOPIC: TopicVerdict = { mesotherapy: false, lang: "en", score: 0 };
const NO_SIGNALS: Signals = { title: "", description: "", headings: [], lang: null };

/**
 * detectTopic() on the page, in the order that costs least on the pages most
 * common. First the body's whole textContent: one native call, where walking
 * the text makes a wrapper per node in a fresh content-script world. It holds
 * script text too, so it can only say no: most pages stop here. Then the
 * visible slice, and the signals, which cost DOM queries, only once the text
 * names it: the title or headings alone never make a page about it.
 */
export function pageTopic(doc: Document): { topic: TopicVerdict; signals: Signals } {
  // (innerText would give the visible text in one call too, but it lays the
  // page out: it measured 3 to 8 ms on the off-topic fixtures.)
  const all = doc.body?.textContent ?? "";
  if (!mentions(all)) return { topic: OFF_TOPIC, signals: NO_SIGNALS };
  const text = all.length <= CUT_MAX ? withoutSkipped(doc, all).slice(0, SLICE) : textSlice(doc);
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
