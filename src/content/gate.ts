// The per-page gate: cheap enough for every page. Native DOM calls only, and a
// bounded slice of text, so a page that is not about mesotherapy costs little.
import { detectTopic, type TopicVerdict } from "../engine/topic";

export interface Signals {
  title: string;
  description: string;
  headings: string[];
  lang: string | null;
}

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

/** The first SLICE characters of the page's text, skipping scripts and styles. */
export function textSlice(doc: Document): string {
  if (!doc.body) return "";
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let out = "";
  for (let node = walker.nextNode(); node && out.length < SLICE; node = walker.nextNode()) {
    if (!SKIP.has(node.parentElement?.tagName ?? "")) out += `${node.nodeValue ?? ""}\n`;
  }
  return out.slice(0, SLICE);
}

// Every term the topic check counts contains one of these: a page without
// them cannot pass, and most pages on the web are such pages.
const MENTION = /meso|мезо/i;
const NO_SIGNALS: Signals = { title: "", description: "", headings: [], lang: null };

export function pageTopic(doc: Document): { topic: TopicVerdict; signals: Signals } {
  const text = textSlice(doc);
  if (!MENTION.test(text) && !MENTION.test(doc.title)) return { topic: { mesotherapy: false, lang: "en", score: 0 }, signals: NO_SIGNALS };
  const signals = quickSignals(doc);
  return { topic: detectTopic(text, signals), signals };
}
