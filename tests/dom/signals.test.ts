import { describe, it, expect } from "vitest";
import { parseHTML } from "linkedom";
import { pageSignals } from "../../src/dom/signals";
import { parseHtml } from "../../src/dom/html";

describe("pageSignals", () => {
  it("reads title, description, headings and lang from a normal page", () => {
    const long = "x".repeat(400);
    const headings = Array.from({ length: 25 }, (_, i) => `<h2>Section ${i}</h2>`).join("");
    const d = parseHtml(`<!doctype html><html lang="fr"><head>
      <title>  Mésothérapie :\n le guide  </title>
      <meta property="og:description" content="OG text">
      <meta name="Description" content=" Tout sur la mésothérapie. ">
    </head><body>
      <svg><title>icon</title></svg>
      <h1>Main <em>title</em></h1><h4>Not this</h4><h3>   </h3><h3>${long}</h3>${headings}
    </body></html>`);
    const s = pageSignals(d);
    expect(s.title).toBe("Mésothérapie : le guide");
    expect(s.description).toBe("Tout sur la mésothérapie.");
    expect(s.lang).toBe("fr");
    expect(s.headings).toHaveLength(20);
    expect(s.headings[0]).toBe("Main title");
    expect(s.headings[1]).toBe("x".repeat(300));
    expect(s.headings[2]).toBe("Section 0");
  });

  it("falls back to og:description", () => {
    const d = parseHtml(
      '<html><head><meta property="og:description" content="From OG"></head><body></body></html>',
    );
    expect(pageSignals(d).description).toBe("From OG");
  });

  it("does not throw on an empty document, nor mutate it", () => {
    const { document } = parseHTML("");
    expect(pageSignals(document)).toEqual({ title: "", description: "", headings: [], lang: null });
    expect(document.documentElement).toBeNull();
    const { document: frag } = parseHTML("<h1>Only a heading</h1>");
    expect(pageSignals(frag)).toEqual({
      title: "",
      description: "",
      headings: ["Only a heading"],
      lang: null,
    });
    expect(frag.toString()).toBe("<h1>Only a heading</h1>");
    expect(pageSignals(parseHtml(""))).toEqual({
      title: "",
      description: "",
      headings: [],
      lang: null,
    });
  });

  it("does not overflow on a deep document", () => {
    const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
    let parent: Element = document.body;
    for (let i = 0; i < 5000; i++) parent = parent.appendChild(document.createElement("div"));
    parent.appendChild(document.createElement("h2")).appendChild(document.createTextNode("Deep"));
    expect(pageSignals(document).headings).toEqual(["Deep"]);
  });

  it("keeps within the limits the background accepts, and reads headings once", () => {
    const d =
      parseHtml(`<html><head><title>${"t".repeat(3000)}</title><meta name="description" content="${"d".repeat(6000)}"></head>
      <body><h1>Outer <h2>inner</h2></h1><template><h2>Inert</h2></template><math><title>m</title></math></body></html>`);
    const s = pageSignals(d);
    expect(s.title).toHaveLength(2000);
    expect(s.description).toHaveLength(5000);
    expect(s.headings.every((h) => h.length <= 300)).toBe(true);
    expect(s.headings).not.toContain("Inert");
  });
});
