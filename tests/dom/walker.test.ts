// The resumable walk behind extractBlocks: pausing changes nothing, depth
// costs no stack, the cap is reported, and the browser-only hooks are used.
import { describe, expect, it } from "vitest";
import { BlockWalker, extractBlocks } from "../../src/dom/blocks";
import { parseHtml } from "../../src/dom/html";

const doc = (body: string) =>
  parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

describe("BlockWalker", () => {
  it("gives the same blocks however often it is paused", () => {
    const d = doc(
      Array.from(
        { length: 300 },
        (_, i) => `<p>Paragraph <b>${i}</b> with <i>inline</i> text.</p>`,
      ).join(""),
    );
    const whole = extractBlocks(d.body).map((b) => b.text);
    const walker = new BlockWalker(d.body);
    let slices = 1;
    while (!walker.run(() => true)) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(walker.blocks.map((b) => b.text)).toEqual(whole);
  });

  it("walks 5,000 nested elements without recursion", () => {
    const d = doc("<div id=top></div>");
    let node = d.getElementById("top")!;
    for (let i = 0; i < 5000; i++) {
      const child = d.createElement(i % 2 ? "div" : "span");
      node.appendChild(child);
      node = child;
    }
    node.appendChild(d.createTextNode("Deep down."));
    expect(extractBlocks(d.body).map((b) => b.text)).toEqual(["Deep down."]);
  });

  it("says when the character cap stopped it", () => {
    const d = doc("<p>12345</p><p>67890</p>");
    const capped = new BlockWalker(d.body, { maxChars: 7 });
    capped.run();
    expect(capped.truncated).toBe(true);
    expect(capped.blocks.map((b) => b.text)).toEqual(["12345"]);
    const whole = new BlockWalker(d.body, { maxChars: 10 });
    whole.run();
    expect(whole.truncated).toBe(false);
  });

  it("skips only the own text of an element whose text is hidden, not its children", () => {
    const d = doc('<div class="teaser">Hidden words <p>Shown again.</p></div>');
    const blocks = extractBlocks(d.body, {
      textHidden: (el) => el.getAttribute("class") === "teaser",
    });
    expect(blocks.map((b) => b.text.trim())).toEqual(["Shown again."]);
  });

  it("reads a frame's document when the browser hands it over, and skips frames otherwise", () => {
    const inner = doc("<p>Inside the frame.</p>");
    const d = doc('<p>Before.</p><iframe id="f"></iframe><p>After.</p>');
    expect(extractBlocks(d.body).map((b) => b.text)).toEqual(["Before.", "After."]);
    const withFrame = extractBlocks(d.body, {
      frameDocument: (el) => (el.getAttribute("id") === "f" ? inner : null),
    });
    expect(withFrame.map((b) => b.text)).toEqual(["Before.", "Inside the frame.", "After."]);
    expect(extractBlocks(d.body, { frameDocument: () => null }).map((b) => b.text)).toEqual([
      "Before.",
      "After.",
    ]);
  });
});
