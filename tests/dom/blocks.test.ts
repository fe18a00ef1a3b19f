import { describe, it, expect } from "vitest";
import { parseHTML } from "linkedom";
import { extractBlocks, locate, type TextBlock } from "../../src/dom/blocks";
import { parseHtml } from "../../src/dom/html";

function doc(body: string): Document {
  return parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
}

function texts(blocks: TextBlock[]): string[] {
  return blocks.map((b) => b.text);
}

/** Every segment covers exactly its node's data at its offsets, in order (a source line break or tab shown as the space a browser renders). */
function expectConsistent(block: TextBlock): void {
  let last = 0;
  for (const seg of block.segments) {
    expect(seg.start).toBeGreaterThanOrEqual(last);
    expect(seg.end - seg.start).toBe(seg.node.data.length);
    const shown = block.text.slice(seg.start, seg.end);
    expect([seg.node.data, seg.node.data.replace(/[\n\r\t\f]/g, " ")]).toContain(shown);
    last = seg.end;
  }
}

/** Text between two DOM positions, walking the block's segments. */
function rangeText(block: TextBlock, r: NonNullable<ReturnType<typeof locate>>): string {
  const nodes = block.segments.map((s) => s.node);
  const si = nodes.indexOf(r.startNode);
  const ei = nodes.indexOf(r.endNode);
  expect(si).toBeGreaterThanOrEqual(0);
  expect(ei).toBeGreaterThanOrEqual(si);
  if (si === ei) return r.startNode.data.slice(r.startOffset, r.endOffset);
  let out = r.startNode.data.slice(r.startOffset);
  for (let i = si + 1; i < ei; i++) out += nodes[i]!.data;
  return out + r.endNode.data.slice(0, r.endOffset);
}

describe("extractBlocks", () => {
  it("reads a paragraph wrapped in the HTML source as one line, as a browser shows it, but keeps <br> and <pre> breaks", () => {
    const d = doc(
      "<p>Mesotherapy is\n    completely painless\tand\r\nsafe.<br>New line.</p><pre>a\nb</pre>" +
        "<pre><b>c\nd</b></pre>",
    );
    const blocks = extractBlocks(d.body);
    expect(texts(blocks)).toEqual([
      "Mesotherapy is     completely painless and  safe.\nNew line.",
      "a\nb",
      "c\nd",
    ]);
    blocks.forEach(expectConsistent);
    const at = locate(blocks[0]!, 15, 50)!;
    expect(rangeText(blocks[0]!, at)).toBe("    completely painless\tand\r\nsafe.");
  });

  it("keeps paragraphs and other block elements apart", () => {
    const d = doc(
      "<p>First paragraph.</p><p>Second paragraph.</p><ul><li>One</li><li>Two</li></ul><h2>Head</h2><table><tr><td>A</td><td>B</td></tr></table>",
    );
    expect(texts(extractBlocks(d))).toEqual([
      "First paragraph.",
      "Second paragraph.",
      "One",
      "Two",
      "Head",
      "A",
      "B",
    ]);
  });

  it("splits text before and after a nested block", () => {
    const d = doc("<div>Before <p>inside</p> after</div>");
    expect(texts(extractBlocks(d)).map((t) => t.trim())).toEqual(["Before", "inside", "after"]);
  });

  it("joins inline markup into one block whose segments map back", () => {
    const d = doc(
      '<p>Mesotherapy <a href="#">injects</a> <b>vitamins</b> and <em>hyaluronic acid</em> into <span>the skin</span>.</p>',
    );
    const blocks = extractBlocks(d);
    expect(blocks).toHaveLength(1);
    const block = blocks[0]!;
    expect(block.text).toBe("Mesotherapy injects vitamins and hyaluronic acid into the skin.");
    expectConsistent(block);
    expect(block.segments.map((s) => s.node.data)).toEqual([
      "Mesotherapy ",
      "injects",
      " ",
      "vitamins",
      " and ",
      "hyaluronic acid",
      " into ",
      "the skin",
      ".",
    ]);
  });

  it("locates a sentence crossing an <em>", () => {
    const d = doc("<p>Intro text. It uses <em>microinjections</em> of cocktails. Outro.</p>");
    const block = extractBlocks(d)[0]!;
    const sentence = "It uses microinjections of cocktails.";
    const start = block.text.indexOf(sentence);
    const r = locate(block, start, start + sentence.length);
    expect(r).not.toBeNull();
    expect(r!.startNode.data).toBe("Intro text. It uses ");
    expect(r!.startOffset).toBe("Intro text. ".length);
    expect(r!.endNode.data).toBe(" of cocktails. Outro.");
    expect(r!.endOffset).toBe(" of cocktails.".length);
    expect(rangeText(block, r!)).toBe(sentence);
  });

  it("locate handles node boundaries, single nodes and bad input", () => {
    const d = doc("<p>ab<b>cd</b>ef</p>");
    const block = extractBlocks(d)[0]!;
    // exactly one node
    const whole = locate(block, 2, 4)!;
    expect(whole.startNode.data).toBe("cd");
    expect(whole.endNode.data).toBe("cd");
    expect([whole.startOffset, whole.endOffset]).toEqual([0, 2]);
    // an end on a boundary stays in the earlier node, a start moves to the later one
    const first = locate(block, 0, 2)!;
    expect(first.endNode.data).toBe("ab");
    expect(first.endOffset).toBe(2);
    for (let s = 0; s <= 6; s++) {
      for (let e = s + 1; e <= 6; e++) {
        expect(rangeText(block, locate(block, s, e)!)).toBe(block.text.slice(s, e));
      }
    }
    expect(locate(block, -1, 2)).toBeNull();
    expect(locate(block, 3, 2)).toBeNull();
    expect(locate(block, 0, 7)).toBeNull();
    // a stale block (text changed since extraction) is rejected
    block.segments[0]!.node.data = "abc";
    expect(locate(block, 0, 2)).toBeNull();
  });

  it("inserts \\n for <br> and maps around it", () => {
    const d = doc("<p>Line one<br>Line two<br/>Line three</p>");
    const blocks = extractBlocks(d);
    expect(texts(blocks)).toEqual(["Line one\nLine two\nLine three"]);
    const block = blocks[0]!;
    expectConsistent(block);
    expect(block.segments).toHaveLength(3);
    // range starting on the \n moves to the next line; ending on it moves back
    const r = locate(block, 8, 17)!;
    expect(r.startNode.data).toBe("Line two");
    expect(r.startOffset).toBe(0);
    expect(r.endNode.data).toBe("Line two");
    expect(r.endOffset).toBe(8);
    expect(locate(block, 8, 9)).toBeNull(); // only the <br>
  });

  it("skips scripts, styles, hidden and editable content", () => {
    const d = doc(
      [
        "<p>Visible one.</p>",
        "<script>var claim = 'mesotherapy melts fat';</script>",
        "<style>p { color: red }</style>",
        "<noscript>Enable JS</noscript>",
        "<template><p>Template text</p></template>",
        "<p hidden>Hidden attribute</p>",
        '<div aria-hidden="true"><p>Aria hidden</p></div>',
        '<div aria-hidden="false"><p>Aria visible</p></div>',
        '<div style="color: red; DISPLAY : none !important"><p>Display none</p></div>',
        '<div style="visibility:hidden">Visibility hidden</div>',
        '<div contenteditable="true"><p>Editable</p></div>',
        "<div contenteditable><p>Editable empty attr</p></div>",
        '<div contenteditable="false"><p>Not editable</p></div>',
        "<textarea>Typed text</textarea>",
        "<form><input value='x'><select><option>Opt</option></select><button>Click</button></form>",
        "<svg><text>Svg text</text></svg>",
        "<iframe>frame</iframe><canvas>canvas</canvas><object>obj</object>",
        "<p>Visible <span style='display:none'>secret </span>two.</p>",
      ].join(""),
    );
    expect(texts(extractBlocks(d))).toEqual([
      "Visible one.",
      "Aria visible",
      "Not editable",
      "Visible two.",
    ]);
  });

  it("never extracts the head, even from the document root", () => {
    const d = doc("<p>Body.</p>");
    expect(texts(extractBlocks(d))).toEqual(["Body."]);
  });

  it("applies the rules to the root's ancestors", () => {
    const d = doc(
      '<div contenteditable="true"><p id="in">Inside editor</p></div><div hidden><p id="h">Hidden</p></div><p id="ok">Fine</p>',
    );
    expect(extractBlocks(d.getElementById("in")!)).toEqual([]);
    expect(extractBlocks(d.getElementById("h")!)).toEqual([]);
    expect(texts(extractBlocks(d.getElementById("ok")!))).toEqual(["Fine"]);
  });

  it("calls isHidden once per element and skips its subtree", () => {
    const d = doc('<p>Keep</p><p class="x">Drop <b>this</b></p><div><span>Keep too</span></div>');
    const seen: string[] = [];
    const blocks = extractBlocks(d, {
      isHidden: (el) => {
        seen.push(el.localName);
        return el.getAttribute("class") === "x";
      },
    });
    expect(texts(blocks)).toEqual(["Keep", "Keep too"]);
    expect(seen).toEqual(["html", "body", "p", "p", "div", "span"]);
  });

  it("drops whitespace-only blocks and keeps raw whitespace", () => {
    const d = doc("<div>\n  <p>  spaced   text </p>\n  <p> \u00a0 </p>\n</div>");
    expect(texts(extractBlocks(d))).toEqual(["  spaced   text "]);
  });

  it("treats unknown and custom elements as inline, inline display:block as a block", () => {
    const d = doc(
      "<p>a <my-widget>b</my-widget> <foo>c</foo></p><span>x</span><span style='display: block'>y</span><span>z</span>",
    );
    expect(texts(extractBlocks(d))).toEqual(["a b c", "x", "y", "z"]);
  });

  it("survives nesting 5,000 deep", () => {
    const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
    const body = document.body;
    let parent: Element = body;
    for (let i = 0; i < 5000; i++) {
      const el = document.createElement(i % 2 === 0 ? "div" : "span");
      parent.appendChild(el);
      parent = el;
    }
    parent.appendChild(document.createTextNode("Deep text."));
    body.appendChild(document.createElement("p")).appendChild(document.createTextNode("After."));
    expect(texts(extractBlocks(document))).toEqual(["Deep text.", "After."]);
  });

  it("survives deep inline nesting and keeps it one block", () => {
    const { document } = parseHTML(
      "<!doctype html><html><head></head><body><p id='p'></p></body></html>",
    );
    let parent: Element = document.getElementById("p")!;
    for (let i = 0; i < 6000; i++) {
      parent.appendChild(document.createTextNode("w"));
      parent = parent.appendChild(document.createElement("span"));
    }
    const blocks = extractBlocks(document);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text).toBe("w".repeat(6000));
    expectConsistent(blocks[0]!);
  });

  it("stops at maxChars", () => {
    const paragraphs = Array.from(
      { length: 100 },
      (_, i) => `<p>Paragraph number ${String(i).padStart(3, "0")}.</p>`,
    ).join("");
    const d = doc(paragraphs);
    const all = extractBlocks(d);
    expect(all).toHaveLength(100);
    const limited = extractBlocks(d, { maxChars: 100 });
    const total = limited.reduce((n, b) => n + b.text.length, 0);
    expect(total).toBeLessThanOrEqual(100);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.length).toBeLessThan(10);
    expect(texts(limited)).toEqual(texts(all).slice(0, limited.length));
    expect(extractBlocks(d, { maxChars: 0 })).toEqual([]);
  });

  it("descends into open shadow roots as separate blocks", () => {
    const d = doc('<p>Light before <x-card id="host">light child</x-card> after</p>');
    const host = d.getElementById("host")!;
    const shadow = host.attachShadow({ mode: "open" });
    const inner = d.createElement("p");
    inner.appendChild(d.createTextNode("Shadow text."));
    shadow.appendChild(inner);
    expect(texts(extractBlocks(d))).toEqual(["Light before ", "Shadow text.", "light child after"]);
  });

  it("accepts a text node, an element or a fragment as root", () => {
    const d = doc("<p id='p'>Only <i>this</i>.</p><p>Not this.</p>");
    const p = d.getElementById("p")!;
    expect(texts(extractBlocks(p))).toEqual(["Only this."]);
    expect(texts(extractBlocks(p.firstChild!))).toEqual(["Only "]);
    const frag = d.createDocumentFragment();
    frag.appendChild(d.createTextNode("frag"));
    expect(texts(extractBlocks(frag))).toEqual(["frag"]);
  });
});
