// The gate: cheap enough for every page. Native DOM calls only, and a bounded
// slice of text, so a page that is not about mesotherapy costs little.
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { pageSignals } from "../dom/signals";
import { NOT_TEXT, selectorOf } from "../dom/tags";
import {
  detectTopic,
  TERM_MENTIONS,
  type GatheredSignals,
  type TopicVerdict,
} from "../engine/topic";
import { sendFromContent } from "../ext/send";
import { readSwitchesRaw } from "./switches";
import { checkerLoaded, markStep, world } from "./world";

export type Signals = GatheredSignals;

const SLICE = 20_000;
/** Where text that names the topic is not the page's: code, inert markup, and the head (the title is a signal of its own). */
const NOT_PAGE_TEXT = selectorOf([...NOT_TEXT, "head"]);

// Plain searches for what every topic term contains: a regular expression
// would be compiled afresh on every page.
const mentions = (text: string) => TERM_MENTIONS.some((m) => text.includes(m));

/**
 * Scripts and styles, told by their text alone: every style rule, every JSON
 * block and nearly every script has a brace or an equals sign, which prose
 * rarely has. Text that never names the topic is only kept or dropped by this,
 * so a page that never names it is read without touching a single element:
 * the first element a content script reads makes Chromium build the element
 * interfaces in its world, about 1 ms whatever the page (npm run bench:page).
 */
const looksLikeCode = (text: string) => text.includes("{") || text.includes("=");

/** NodeFilter.SHOW_TEXT, spelled out: linkedom (the unit tests) has no NodeFilter global. */
const SHOW_TEXT = 4;
/** Text nodes the slice visits at most: whitespace between tags counts, so a page of empty markup stops too. */
const MAX_NODES = 4_000;

/**
 * The first SLICE characters of the page's text, read by a walker over the
 * document's text nodes that stops at its caps: the gate's cost is bounded by
 * the slice, not by the page (a 5 MB page's whole textContent took 50-60 ms).
 * Text that names the topic counts only outside scripts, styles, templates
 * and the head, asked of its elements; other text is dropped when it looks
 * like code (scripts and styles would crowd the page's words out of the
 * slice), and kept otherwise: a stray word from a tiny script or a noscript
 * changes no verdict, as only the topic's terms decide.
 */
export function textSlice(doc: Document): string {
  const walker = doc.createTreeWalker(doc, SHOW_TEXT);
  let out = "";
  let visited = 0;
  for (
    let node = walker.nextNode();
    node && out.length < SLICE && visited < MAX_NODES;
    node = walker.nextNode(), visited++
  ) {
    const value = node.nodeValue ?? "";
    if (value.trim() === "") continue;
    if (mentions(value) ? node.parentElement?.closest(NOT_PAGE_TEXT) : looksLikeCode(value))
      continue;
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
  const signals = pageSignals(doc);
  // Every term contains a mention, so fewer than three mentions are fewer than
  // three terms: detectTopic then needs a title, description or heading that
  // names it too. Without one the answer is no, before its patterns are built.
  if (
    named < 3 &&
    !mentions(signals.title) &&
    !mentions(signals.description) &&
    !signals.headings.some(mentions)
  ) {
    return { topic: OFF_TOPIC, signals };
  }
  return { topic: detectTopic(text, signals), signals };
}

function mentionCount(text: string): number {
  let n = 0;
  for (const m of TERM_MENTIONS)
    for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + m.length)) n++;
  return n;
}

/**
 * The gate, on every page: the topic check, then (on a mesotherapy page only)
 * the site's switch and the global pause. Only a page that passes both gets
 * the page checker, injected by the background. A page that is not about
 * mesotherapy costs one slice of its text and one message: no storage read,
 * no listeners. "Check anyway" and single-page navigation on such pages are
 * the background's to handle.
 */
export function startGate(ctx: ContentScriptContext): void {
  // The gate's own main-thread time on the page (for npm run bench:page, which
  // reads it from this world) counts from here: the WXT context is ours too.
  let firstStart: number | undefined = performance.now();
  let spent = 0;
  let watching = false;
  const report = (status: "off-topic" | "paused" | "site-off") => {
    world.__mesocheckGateMs = spent;
    void sendFromContent({ type: "status", url: location.href, status }).catch(() => {});
  };
  // After an update this script may share its world with the old one's
  // marks: the old gate clears its own when the new one starts (WXT tells it);
  // a page checker is asked whether its extension is still there.
  ctx.onInvalidated(() => {
    world.__mesocheckGated = undefined;
  });

  async function gate(): Promise<void> {
    // Injected again while the new document is still loading: the manifest's run comes later.
    if (
      checkerLoaded() ||
      world.__mesocheckGated === location.href ||
      document.readyState === "loading"
    )
      return;
    world.__mesocheckGated = location.href;
    const began = firstStart ?? performance.now();
    let started = began;
    firstStart = undefined;
    const { topic } = pageTopic(document);
    spent += performance.now() - started;
    if (!topic.mesotherapy) return report("off-topic");
    const switches = await readSwitchesRaw(location.hostname);
    // While the switches were read a newer copy of the gate may have started
    // (the extension installed or updated as the page loaded: it gates open
    // pages again), or asked for the checker: the page gets one checker.
    if (ctx.isInvalid || checkerLoaded()) return;
    started = performance.now();
    if (switches.paused || !switches.site) {
      watchSwitches();
      spent += performance.now() - started;
      return report(switches.paused ? "paused" : "site-off");
    }
    world.__mesocheckLoaded = true;
    // Marked only here: a page the gate stops has no check to time.
    markStep("gate", began);
    markStep("asked");
    void sendFromContent({ type: "loadChecker", lang: topic.lang }).catch(() => {});
  }

  // Switched off or paused on a mesotherapy page: gate again when switched back on.
  function watchSwitches(): void {
    if (watching) return;
    watching = true;
    const onStorage = () => {
      world.__mesocheckGated = undefined;
      void gate();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      try {
        browser.storage.onChanged.removeListener(onStorage);
      } catch {
        // The extension's APIs throw once its context is gone; the listener went with it.
      }
    });
  }

  void gate();
}
