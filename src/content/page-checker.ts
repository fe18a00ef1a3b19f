// The page checker, injected into pages the gate passed: extract, ask the
// background, highlight; then follow the page as it changes and the user's
// switches as they flip. Built from a page session (generations, teardown), a
// mutation batcher and the pointer's notes.
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { DEFAULT_MAX_CHARS, locate, type TextBlock } from "../dom/blocks";
import { pageSignals } from "../dom/signals";
import { PageReply } from "../ext/protocol-mini";
import type { PageSignals } from "../ext/protocol";
import { sendFromContent } from "../ext/send";
import { watchSettings } from "../ext/settings";
import { changedRoots, MutationBatcher } from "./batcher";
import { extractParts } from "./extract";
import { FindingNotes } from "./finding-notes";
import { pageTopic } from "./gate";
import { Highlights } from "./highlights";
import { noteLang, noteStrings, type NoteStrings } from "./note-strings";
import { FIRST_PART_CHARS } from "./parts";
import { PointerNotes } from "./pointer";
import { PageSession } from "./session";
import { readSwitchesRaw } from "./switches";
import { listenToExtension } from "./incoming";
import { clearWorld, markStep, world } from "./world";

/** The note's words follow the browser's language, as the side panel's do. */
const labels = (): NoteStrings => noteStrings(noteLang(browser.i18n.getUILanguage()));

const send = (message: Parameters<typeof sendFromContent>[0]) =>
  sendFromContent(message).catch(() => undefined);

/** Why the page is left alone (the status the background is told), or null: it is checked. */
function leftAlone(
  switches: { site: boolean; paused: boolean } | null,
  onTopic: boolean,
): "paused" | "site-off" | "off-topic" | null {
  if (switches?.paused) return "paused";
  if (switches?.site === false) return "site-off";
  return onTopic ? null : "off-topic";
}

export function startPageChecker(ctx: ContentScriptContext, force = false): void {
  const session = new PageSession();
  const highlights = new Highlights();
  const notes = new FindingNotes({
    highlights,
    strings: labels,
    send: (message) => void send(message),
    url: () => location.href,
  });
  const pointer = new PointerNotes({
    markAt: (x, y) => highlights.at(x, y),
    notes,
    listen: (type, listener) =>
      ctx.addEventListener(document, type, listener, { passive: true, capture: true }),
  });
  const batcher = new MutationBatcher(settle);
  let blockCount = 0;
  let signals: PageSignals | null = null;
  let forced = force;

  session.onTeardown(() => {
    batcher.stop();
    notes.clear();
    highlights.clear();
    blockCount = 0;
  });

  async function run(force: boolean): Promise<void> {
    markStep("checker");
    // The switches are read while the page is: the gate read them a moment
    // ago, so this read only catches a flip since (the watch below catches any
    // later one), and the page's text need not wait for its round trip.
    // Forced ("check anyway"), neither they nor the topic are asked.
    const switches = force ? null : readSwitchesRaw(location.hostname);
    const gate = force ? null : pageTopic(document);
    const onTopic = !gate || gate.topic.mesotherapy;
    session.teardown();
    const mine = session.current;
    let leaving = false;
    // Read while the switches are: the first part is ready once the page's opening is read.
    const parts = onTopic
      ? extractParts(document.body ? [document.body] : [], () => leaving || session.isStale(mine), {
          firstChars: FIRST_PART_CHARS,
        })
      : null;
    const read = await switches;
    // A newer run took over while this one read (a switch flipped, the address changed).
    if (session.isStale(mine)) return;
    const status = leftAlone(read, onTopic);
    if (status) {
      leaving = true;
      await send({ type: "status", url: location.href, status });
      return;
    }
    if (!parts) return;
    signals = gate?.signals ?? pageSignals(document);
    // The first part starts the page's state afresh; later ones add to it.
    // Each goes as soon as it is read, not after the reply to the one before:
    // the background checks a tab's parts in the order sent.
    const checking: Promise<void>[] = [];
    for await (const part of parts) {
      if (!checking.length) markStep("extracted");
      checking.push(check(part.blocks, !checking.length, mine, part.truncated));
      if (session.isStale(mine)) return;
    }
    await Promise.all(checking);
    // The walk was abandoned (the page moved on) before its last part.
    if (session.isStale(mine)) return;
    markStep("painted");
    if (document.body) batcher.observe(document.body);
  }

  async function check(
    blocks: TextBlock[],
    reset: boolean,
    mine: number,
    truncated = false,
  ): Promise<void> {
    // The cap is stated, not silent: the side panel says how much was read.
    const truncatedAt = truncated ? DEFAULT_MAX_CHARS : undefined;
    const first = blockCount;
    blockCount += blocks.length;
    if ((!blocks.length && !reset && !truncated) || !signals) return;
    const reply = PageReply.safeParse(
      await send({
        type: "check",
        url: location.href,
        first,
        blocks: blocks.map((b) => b.text),
        signals,
        reset,
        truncatedAt,
      }),
    );
    markStep("replied");
    if (!reply.success)
      return console.debug("MesoCheck: dropped a malformed reply", reply.error.issues[0]);
    // The page may have moved on (switched off, navigated) while the background worked.
    if (session.isStale(mine)) return;
    for (const f of reply.data.findings) {
      const block = blocks[f.block];
      const at = block && locate(block, f.start, f.end);
      if (!at || !notes.add(f)) continue;
      // The text node's own document: a same-origin frame's ranges belong to that frame.
      const range = (at.startNode.ownerDocument ?? document).createRange();
      range.setStart(at.startNode, at.startOffset);
      range.setEnd(at.endNode, at.endOffset);
      highlights.add({ id: f.id, verdict: f.verdict, range });
      pointer.listen();
    }
  }

  /** Checks text the page added, and drops highlights of text it removed. Unchanged text is not rescanned. */
  function settle(records: MutationRecord[]): void {
    const outermost = changedRoots(records, (node) => notes.isOwnNode(node));
    const gone = highlights.stale();
    // A root checked again replaces the highlights inside it.
    const redone = highlights
      .all()
      .filter((m) => outermost.some((r) => r.contains(m.range.startContainer)))
      .map((m) => m.id);
    const removed = [...gone, ...redone];
    if (removed.length) {
      notes.delete(removed);
      highlights.remove(removed);
      void send({ type: "removed", ids: removed });
    }
    const mine = session.current;
    void (async () => {
      for await (const part of extractParts(outermost, () => session.isStale(mine))) {
        if (session.isStale(mine)) return;
        await check(part.blocks, false, mine);
      }
    })();
  }

  const stopListening = listenToExtension({
    showFinding: (id) => notes.show(id),
    goToFinding: (to) => notes.step(to),
    checkAnyway() {
      forced = true;
      void run(true);
    },
    hideFinding: (id) => notes.dismiss(id, false),
    restoreFinding(finding) {
      notes.restore(finding);
      void run(forced);
    },
  });

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
  // The new gate asks this before it trusts the world's "page checker loaded" mark.
  world.__mesocheckLive = () => !ctx.isInvalid;
  ctx.onInvalidated(() => {
    session.teardown();
    // The extension APIs throw once their context is gone; the listeners go with it anyway.
    for (const release of [unwatch, stopListening]) {
      try {
        release();
      } catch {
        // context invalidated
      }
    }
    clearWorld();
  });

  void run(forced);
}
