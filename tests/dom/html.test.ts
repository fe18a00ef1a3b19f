import { describe, it, expect } from "vitest";
import { parseHtml } from "../../src/dom/html";
import { looksLikeHtml } from "../../src/dom/sniff";
import { extractBlocks } from "../../src/dom/blocks";

describe("parseHtml", () => {
  it("parses a full document", () => {
    const d = parseHtml(
      "<!DOCTYPE html><html lang='en'><head><title>T</title></head><body><p>Hello</p></body></html>",
    );
    expect(d.documentElement.localName).toBe("html");
    expect(d.title).toBe("T");
    expect(d.body.textContent).toBe("Hello");
  });

  it("gives a fragment the usual html/head/body shape", () => {
    const d = parseHtml("\uFEFF<title>Frag</title><p>One</p><p>Two</p>");
    expect(d.documentElement.localName).toBe("html");
    expect(d.head.textContent).toBe("Frag");
    expect(extractBlocks(d.body).map((b) => b.text)).toEqual(["One", "Two"]);
    expect(d.toString()).toBe(
      "<html><head><title>Frag</title></head><body><p>One</p><p>Two</p></body></html>",
    );
  });

  it("handles empty input, plain text and a missing body", () => {
    const empty = parseHtml("");
    expect(empty.documentElement.localName).toBe("html");
    expect(empty.body.childNodes.length).toBe(0);
    expect(parseHtml("just text").body.textContent).toBe("just text");
    const noBody = parseHtml("<html lang=de><title>x</title><p>Inhalt</p></html>");
    expect(noBody.documentElement.getAttribute("lang")).toBe("de");
    expect(noBody.head.textContent).toBe("x");
    expect(noBody.body.textContent).toBe("Inhalt");
  });
});

describe("looksLikeHtml", () => {
  it("recognises documents and fragments", () => {
    expect(looksLikeHtml("<!DOCTYPE html><html>")).toBe(true);
    expect(looksLikeHtml("\uFEFF \n\t<!doctype html>")).toBe(true);
    expect(looksLikeHtml("  <HTML lang=en>")).toBe(true);
    expect(looksLikeHtml("<html>")).toBe(true);
    expect(looksLikeHtml("Some intro <P class=x>text</P>")).toBe(true);
    expect(looksLikeHtml("<div>")).toBe(true);
    expect(looksLikeHtml("<body>")).toBe(true);
    expect(looksLikeHtml("<article\n>")).toBe(true);
    expect(looksLikeHtml("text <p")).toBe(true);
  });

  it("rejects plain text", () => {
    expect(looksLikeHtml("")).toBe(false);
    expect(looksLikeHtml("Mesotherapy is an injection technique.")).toBe(false);
    expect(looksLikeHtml("a < b and <pre> or <param> or <htmlx> or <divider>")).toBe(false);
    expect(looksLikeHtml("x".repeat(1000) + "<p>late</p>")).toBe(false);
  });

  it("is linear on adversarial input", () => {
    const t0 = Date.now();
    expect(looksLikeHtml("<".repeat(2_000_000))).toBe(false);
    expect(looksLikeHtml(" ".repeat(2_000_000))).toBe(false);
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
