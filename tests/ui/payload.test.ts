// Claim texts that look like markup (a claims file is data, and data can be
// wrong): the hover note and the side panel show them as text. linkedom runs
// no scripts, so "never run" is checked as "never parsed into elements".
import { parseHTML } from "linkedom";
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { Note } from "../../src/content/note";
import { noteStrings } from "../../src/content/note-strings";
import type { Claim, Source } from "../../src/engine/schema";
import { FindingGroup } from "../../src/ui/FindingGroup";
import { strings } from "../../src/ui/i18n";

const PAYLOAD = "<img src=x onerror=window.__pwned=1>";
const SCRIPT = "<script>window.__pwned=2</script>";

const g = globalThis as Record<string, unknown>;
const saved = {
  document: g.document,
  window: g.window,
  innerWidth: g.innerWidth,
  innerHeight: g.innerHeight,
};
afterEach(() => Object.assign(g, saved));

function browserLike() {
  const { document, window } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  Object.assign(g, { document, window, innerWidth: 1024, innerHeight: 768 });
  return { document, window };
}

describe("markup-looking claim text", () => {
  it("is text in the hover note", () => {
    const { document, window } = browserLike();
    // The note's shadow root is closed: keep a handle on it as it is made.
    let root: ShadowRoot | undefined;
    const proto = window.HTMLElement.prototype as HTMLElement;
    const attach = proto.attachShadow;
    proto.attachShadow = function (this: HTMLElement, init: ShadowRootInit) {
      root = attach.call(this, init);
      return root;
    };
    const labels = { ...noteStrings("en"), disputed: SCRIPT, openPanel: PAYLOAD };
    const sentence = { left: 10, top: 10, right: 200, bottom: 30 };
    const note = new Note(
      () => labels,
      () => sentence,
      { openPanel: () => {}, dismiss: () => {}, closed: () => {} },
    );
    note.show(
      { id: 1, verdict: "disputed", assertion: PAYLOAD, note: `${PAYLOAD} ${SCRIPT}`, lang: "en" },
      { focus: false },
    );
    proto.attachShadow = attach;
    expect(root).toBeDefined();
    expect(root!.querySelectorAll("img, script")).toHaveLength(0);
    expect(root!.querySelector(".claim")!.textContent).toBe(`Claim: ${PAYLOAD}`);
    expect(root!.querySelector(".note")!.textContent).toContain(`${PAYLOAD} ${SCRIPT}`);
    expect(document.querySelectorAll("img, script")).toHaveLength(0);
    note.hide();
  });

  it("is text in the side panel", () => {
    const { document } = browserLike();
    const bilingual = { en: PAYLOAD, ru: SCRIPT };
    const claim = {
      id: "payload",
      assertion: bilingual,
      verdict: "disputed",
      evidence: [
        { source: PAYLOAD, stance: "denies", quote: SCRIPT },
        { source: "000_x.txt", stance: "contradicts", quote: PAYLOAD, translation: SCRIPT },
      ],
      note: { en: `${SCRIPT} ${PAYLOAD}`, ru: PAYLOAD },
      match: { en: {}, ru: {} },
    } as unknown as Claim;
    const container = document.createElement("div");
    document.body.appendChild(container);
    const group = {
      claim,
      findings: [
        {
          id: 0,
          claim: "payload",
          verdict: "disputed" as const,
          text: `Page says ${PAYLOAD}`,
          lang: "en" as const,
          order: 0,
        },
      ],
    };
    render(
      h(FindingGroup, {
        group,
        lang: "en",
        sources: new Map([
          [
            "000_x.txt",
            { file: "000_x.txt", lang: "ru", title: PAYLOAD, about: "", publisher: bilingual },
          ],
        ]) as Map<string, Source>,
        t: strings("en"),
        onShow: () => {},
        onHide: () => {},
      }),
      container,
    );
    expect(container.querySelectorAll("img, script")).toHaveLength(0);
    const text = container.textContent ?? "";
    for (const s of [PAYLOAD, SCRIPT, `Page says ${PAYLOAD}`, `${SCRIPT} ${PAYLOAD}`])
      expect(text).toContain(s);
    // The quote, its translation, the source's title and publisher, and the button's name, all as text.
    expect(container.querySelector("blockquote[lang=ru]")!.textContent).toBe(PAYLOAD);
    expect(container.querySelector(".translation")!.textContent).toContain(SCRIPT);
    expect(container.querySelector("cite[lang=ru]")!.textContent).toBe(PAYLOAD);
    expect(container.querySelector(".cite")!.textContent).toContain(PAYLOAD);
    expect(container.querySelector("button")!.getAttribute("aria-label")).toBe(
      `Show on page: Page says ${PAYLOAD}`,
    );
  });
});
