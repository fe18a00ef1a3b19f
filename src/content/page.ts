// One page's life: gate, extract, ask the background, highlight; then follow
// the page as it changes and the user's switches as they flip.
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { DEFAULT_MAX_CHARS, locate, type TextBlock } from "../dom/blocks";
import { isPaused, shouldCheck, watchSettings } from "../ext/settings";
import { strings, uiLang } from "../ui/i18n";
import { extract } from "./extract";
import { pageTopic, type Signals } from "./gate";
import { Highlights } from "./highlights";
import { Note } from "./note";
import { partsOf } from "./parts";
import { Incoming, PageReply as Reply, type PageReplyFinding as ReplyFinding } from "./replies";

const BLOCK_LEVEL = "p,li,dd,dt,td,th,h1,h2,h3,h4,h5,h6,blockquote,figcaption,pre,article,section,div,main,aside,header,footer";
const SETTLE_MS = 300;

function labels(): { contradicted: string; disputed: string; open: string } {
  const t = strings(uiLang(browser.i18n.getUILanguage()));
  return { contradicted: t.contradicted, disputed: t.disputed, open: t.openPanel };
}

export function startPage(ctx: ContentScriptContext, force = false): void {
  const highlights = new Highlights();
  const info = new Map<number, ReplyFinding>();
  const note = new Note(() => void send({ type: "openPanel" }));
  let blockCount = 0;
  let signals: Signals | null = null;
  let forced = force;
  let observer: MutationObserver | null = null;
  let pending: MutationRecord[] = [];
  let settleTimer = 0;
  let generation = 0;

  const send = (message: unknown) => browser.runtime.sendMessage(message).catch(() => undefined);

  function teardown(): void {
    generation++;
    observer?.disconnect();
    observer = null;
    pending = [];
    clearTimeout(settleTimer);
    highlights.clear();
    info.clear();
    note.hide();
    blockCount = 0;
  }

  async function run(force: boolean): Promise<void> {
    const hostname = location.hostname;
    if (!force && !(await shouldCheck(hostname))) {
      teardown();
      await send({ type: "status", url: location.href, status: (await isPaused()) ? "paused" : "site-off" });
      return;
    }
    const gate = pageTopic(document);
    if (!force && !gate.topic.mesotherapy) {
      teardown();
      await send({ type: "status", url: location.href, status: "off-topic" });
      return;
    }
    teardown();
    signals = gate.signals;
    const mine = generation;
    const found = await extract(document.body ? [document.body] : [], () => mine !== generation);
    if (!found) return;
    // In parts (src/content/parts.ts); the first part starts the page's state afresh.
    let reset = true;
    for (const part of partsOf(found.blocks)) {
      await check(part, reset, force, mine, found.truncated);
      reset = false;
      if (mine !== generation) return;
    }
    observe();
  }

  async function check(blocks: TextBlock[], reset: boolean, force: boolean, mine: number, truncated = false): Promise<void> {
    // The cap is stated, not silent: the side panel says how much was read.
    const truncatedAt = truncated ? DEFAULT_MAX_CHARS : undefined;
    const first = blockCount;
    blockCount += blocks.length;
    if (!blocks.length && !reset) return;
    const reply = Reply.safeParse(await send({ type: "check", url: location.href, first, blocks: blocks.map((b) => b.text), signals, force, reset, truncatedAt }));
    if (!reply.success) return console.debug("MesoCheck: dropped a malformed reply", reply.error.issues[0]);
    // The page may have moved on (switched off, navigated) while the background worked.
    if (mine !== generation) return;
    for (const f of reply.data.findings) {
      const block = blocks[f.block];
      const at = block && locate(block, f.start, f.end);
      if (!at) continue;
      // The text node's own document: a same-origin frame's ranges belong to that frame.
      const range = (at.startNode.ownerDocument ?? document).createRange();
      range.setStart(at.startNode, at.startOffset);
      range.setEnd(at.endNode, at.endOffset);
      highlights.add({ id: f.id, verdict: f.verdict, range });
      info.set(f.id, f);
    }
    if (reply.data.findings.length) listenForPointer();
  }

  function observe(): void {
    if (!document.body) return;
    observer = new MutationObserver((records) => {
      pending.push(...records);
      clearTimeout(settleTimer);
      settleTimer = window.setTimeout(settle, SETTLE_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  /** Checks text the page added, and drops highlights of text it removed. Unchanged text is not rescanned. */
  function settle(): void {
    const records = pending;
    pending = [];
    const roots = new Set<Element>();
    for (const r of records) {
      const nodes = r.type === "characterData" ? [r.target] : [...r.addedNodes];
      for (const node of nodes) {
        if (note.isOwnNode(node)) continue;
        const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
        const root = el?.closest(BLOCK_LEVEL) ?? el;
        if (root?.isConnected) roots.add(root);
      }
    }
    const outermost = [...roots].filter((r) => ![...roots].some((o) => o !== r && o.contains(r)));
    const gone = highlights.stale();
    // A root checked again replaces the highlights inside it.
    const redone = highlights.all().filter((m) => outermost.some((r) => r.contains(m.range.startContainer))).map((m) => m.id);
    const removed = [...gone, ...redone];
    if (removed.length) {
      highlights.remove(removed);
      removed.forEach((id) => info.delete(id));
      void send({ type: "removed", ids: removed });
    }
    const mine = generation;
    void extract(outermost, () => mine !== generation).then(async (found) => {
      if (!found?.blocks.length) return;
      for (const part of partsOf(found.blocks)) {
        if (mine !== generation) return;
        await check(part, false, forced, mine);
      }
    });
  }

  let pointerBound = false;
  let frame = 0;
  function listenForPointer(): void {
    if (pointerBound) return;
    pointerBound = true;
    const onPointer = (e: MouseEvent) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const mark = highlights.at(e.clientX, e.clientY);
        const f = mark && info.get(mark.id);
        if (!f) return note.visible && note.hideSoon();
        const l = labels();
        note.show({ verdict: f.verdict, verdictLabel: l[f.verdict], assertion: f.assertion, summary: f.summary, openLabel: l.open }, e.clientX, e.clientY);
      });
    };
    ctx.addEventListener(document, "mousemove", onPointer, { passive: true });
    ctx.addEventListener(document, "click", onPointer, { passive: true });
  }

  function onMessage(raw: unknown, sender: { id?: string }): Promise<boolean> | undefined {
    // Only our own extension; anything malformed is dropped, with a debug line.
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = Incoming.safeParse(raw);
    if (!parsed.success) {
      console.debug("MesoCheck: dropped a malformed message", parsed.error.issues[0]);
      return undefined;
    }
    const msg = parsed.data;
    if (msg.type === "showFinding") {
      const mark = highlights.get(msg.id);
      mark?.range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "smooth" });
      highlights.flash(msg.id);
      return undefined;
    }
    forced = true;
    void run(true);
    // The background asked: tell it this page's checker took it, so it injects none.
    return Promise.resolve(true);
  }
  browser.runtime.onMessage.addListener(onMessage);

  const unwatch = watchSettings(location.hostname, () => void run(forced));
  ctx.addEventListener(window, "wxt:locationchange", () => {
    forced = false;
    void run(false);
  });
  // The extension was reloaded or updated: leave the page as it was, and the
  // world's flags clear for the new extension's gate, which the background
  // injects into open pages. Nothing tells an old script its extension went,
  // so it asks every second (WXT's timer checks runtime.id); only pages being
  // checked pay for it.
  ctx.setInterval(() => {}, 1000);
  // The new gate asks this before it trusts the world's "checker loaded" mark.
  (globalThis as unknown as Record<string, unknown>).__mesocheckLive = () => !ctx.isInvalid;
  ctx.onInvalidated(() => {
    teardown();
    // The extension APIs throw once their context is gone; the listeners go with it anyway.
    for (const release of [unwatch, () => browser.runtime.onMessage.removeListener(onMessage)]) {
      try {
        release();
      } catch {
        // context invalidated
      }
    }
    const world = globalThis as unknown as Record<string, unknown>;
    world.__mesocheckLoaded = world.__mesocheckGated = world.__mesocheckForce = world.__mesocheckLive = undefined;
  });

  void run(forced);
}
