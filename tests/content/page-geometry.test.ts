// Page order of highlighted ranges (src/content/page-geometry.ts), across a
// shadow tree: what "next finding" follows.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { comparePageOrder } from "../../src/content/page-geometry";

describe("comparePageOrder", () => {
  it("orders ranges as their sentences come on the page, a shadow tree's where its host is", () => {
    const { document } = parseHTML(
      '<html><body><p id="a"><span>First.</span> <span>Second.</span></p><div id="host"></div><p id="c">Last.</p></body></html>',
    );
    const shadow = document.getElementById("host")!.attachShadow({ mode: "open" });
    const inner = document.createElement("p");
    inner.textContent = "Inside.";
    shadow.append(inner);
    // Only a range's start counts. linkedom's Range cannot be set, and its
    // compareDocumentPosition is wrong for text nodes: starts in elements.
    const range = (node: Node, start: number) =>
      ({ startContainer: node, startOffset: start }) as Range;
    const a = document.getElementById("a")!;
    const ranges = {
      second: range(a, 1),
      last: range(document.getElementById("c")!, 0),
      inside: range(inner, 0),
      first: range(a, 0),
    };
    const sorted = Object.entries(ranges)
      .sort(([, x], [, y]) => comparePageOrder(x, y))
      .map(([name]) => name);
    expect(sorted).toEqual(["first", "second", "inside", "last"]);
  });
});
