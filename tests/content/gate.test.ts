// The gate's handover between copies of itself: when the extension is
// installed or updated while a page loads, the background gates the open page
// again while the manifest's gate may be part way through; the page must get
// one page checker, not two. (The gate's topic decision is tested in
// tests/engine/topic.test.ts and end to end in tests/e2e/gate.test.ts.)
import { parseHTML } from "linkedom";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startGate } from "../../src/content/gate";
import { clearWorld } from "../../src/content/world";

const PAGE = "https://clinic.example/mesotherapy";
const ARTICLE = `<html lang="en"><head><title>Mesotherapy: what to expect</title></head><body><article>
<h1>Mesotherapy</h1><p>Mesotherapy is a course of micro-injections. Mesotherapy sessions are short.</p>
<p>Before mesotherapy, see a doctor: mesotherapy is not for everyone.</p></article></body></html>`;

/** A content-script context as WXT's behaves for the gate: invalidated when a newer copy starts. */
function fakeContext() {
  const listeners: Array<() => void> = [];
  const ctx = {
    isInvalid: false,
    onInvalidated: (listener: () => void) => void listeners.push(listener),
  };
  const invalidate = () => {
    ctx.isInvalid = true;
    for (const listener of listeners) listener();
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("the gate", () => {
  let sent: unknown[];

  beforeEach(() => {
    fakeBrowser.reset();
    clearWorld();
    const { document } = parseHTML(ARTICLE);
    Object.defineProperty(document, "readyState", { value: "complete" });
    vi.stubGlobal("document", document);
    vi.stubGlobal("location", new URL(PAGE));
    sent = [];
    vi.spyOn(fakeBrowser.runtime, "sendMessage").mockImplementation(async (message: unknown) => {
      sent.push(message);
      return undefined;
    });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    clearWorld();
  });

  const loadCheckers = () => sent.filter((m) => (m as { type?: string }).type === "loadChecker");

  it("asks for a page checker on a page about mesotherapy, with the page's language", async () => {
    startGate(fakeContext().ctx);
    await flush();
    expect(loadCheckers()).toEqual([{ type: "loadChecker", lang: "en" }]);
  });

  it("asks once when a newer copy starts while the first reads the switches", async () => {
    const first = fakeContext();
    startGate(first.ctx);
    // The first copy is now waiting on storage; the background injects a newer one.
    first.invalidate();
    startGate(fakeContext().ctx);
    await flush();
    expect(loadCheckers()).toHaveLength(1);
  });

  it("asks for nothing more when the page is gated again after its checker was asked for", async () => {
    startGate(fakeContext().ctx);
    await flush();
    startGate(fakeContext().ctx);
    await flush();
    expect(loadCheckers()).toHaveLength(1);
  });
});
