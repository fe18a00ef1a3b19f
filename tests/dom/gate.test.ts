// The gate's topic check (src/content/gate.ts) on parsed pages: it must agree
// with the engine's detectTopic on the visible text, whatever shortcut it takes.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { pageTopic } from "../../src/content/gate";
import { parseHtml } from "../../src/dom/html";

const page = (body: string, head = "<title>Studio news</title>") =>
  parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
const example = (name: string) =>
  parseHtml(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8"));

describe("pageTopic, the gate's check", () => {
  it.each([
    ["article-en.html", true],
    ["article-ru.html", true],
    ["offtopic-en.html", false],
  ])("%s: %s", (name, about) => {
    expect(pageTopic(example(name)).topic.mesotherapy).toBe(about);
  });

  it("stops at once on a page that never names it, with no signals read", () => {
    const result = pageTopic(page("<p>Painless laser hair removal with no downtime.</p>"));
    expect(result.topic.mesotherapy).toBe(false);
    expect(result.signals).toEqual({ title: "", description: "", headings: [], lang: null });
  });

  it("finds the terms in capitals and capitalised, in both scripts", () => {
    expect(
      pageTopic(
        page("<p>MESOTHERAPY today.</p><p>Mesotherapy tomorrow.</p><p>mesotherapy always.</p>"),
      ).topic.mesotherapy,
    ).toBe(true);
    expect(
      pageTopic(
        page("<p>МЕЗОТЕРАПИЯ сегодня.</p><p>Мезотерапия завтра.</p><p>мезотерапия всегда.</p>"),
      ).topic.mesotherapy,
    ).toBe(true);
  });

  it("does not count terms in scripts, styles or templates", () => {
    const hidden =
      "<script>var t = 'mesotherapy mesotherapy mesotherapy';</script><style>.mesotherapy{}</style><template><p>mesotherapy mesotherapy mesotherapy</p></template>";
    expect(pageTopic(page(`<p>Our salon news.</p>${hidden}`)).topic.mesotherapy).toBe(false);
  });

  it("agrees with detectTopic when the text names it twice: a heading about it decides", () => {
    const twice = "<p>Mesotherapy is our speciality.</p><p>Ask about mesotherapy today.</p>";
    expect(pageTopic(page(twice)).topic.mesotherapy).toBe(false);
    expect(pageTopic(page(`<h2>Mesotherapy</h2>${twice}`)).topic.mesotherapy).toBe(true);
    // Named twice, but "meso" alone is no term: still not about it.
    expect(
      pageTopic(page("<h2>Mesotherapy</h2><p>Meso is Greek.</p><p>Meso means middle.</p>")).topic
        .mesotherapy,
    ).toBe(false);
  });

  it("reads the title and description when the text names it once", () => {
    const once = "<p>Mesotherapy is our speciality.</p><p>Book online.</p>";
    expect(pageTopic(page(once)).topic.mesotherapy).toBe(false);
    const result = pageTopic(
      page(
        once,
        '<title>Clinic</title><meta name="description" content="Mesotherapy for face and hair">',
      ),
    );
    expect(result.topic.mesotherapy).toBe(true);
    expect(result.signals.description).toBe("Mesotherapy for face and hair");
  });
});

describe("pageTopic's reads are bounded", () => {
  const filler = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `<p>Garden diary, entry ${i}: the beans climbed the fence again.</p>`,
    ).join("");

  it("never reads the body's whole text, which grows with the page", () => {
    const doc = page(
      `${filler(50)}<h2>Mesotherapy</h2><p>Mesotherapy, mesotherapy, mesotherapy.</p>`,
    );
    Object.defineProperty(doc.body, "textContent", {
      get: () => {
        throw new Error("textContent read");
      },
    });
    Object.defineProperty(doc.body, "innerText", {
      get: () => {
        throw new Error("innerText read");
      },
    });
    expect(pageTopic(doc).topic.mesotherapy).toBe(true);
  });

  it("decides on the first 20,000 characters: an article after a long page of other text is not seen", () => {
    const late = page(
      `${filler(1000)}<h2>Mesotherapy</h2><p>Mesotherapy, mesotherapy, mesotherapy.</p>`,
    );
    expect(pageTopic(late).topic.mesotherapy).toBe(false);
    expect(
      pageTopic(
        page(`<h2>Mesotherapy</h2><p>Mesotherapy, mesotherapy, mesotherapy.</p>${filler(1000)}`),
      ).topic.mesotherapy,
    ).toBe(true);
  });

  /** The prototype, up the chain from `from`, that defines `name`. */
  const definer = (from: object, name: string): object => {
    let proto = Object.getPrototypeOf(from) as object | null;
    while (proto && !Object.getOwnPropertyDescriptor(proto, name))
      proto = Object.getPrototypeOf(proto) as object | null;
    if (!proto) throw new Error(`no ${name}`);
    return proto;
  };

  it("reads no element on a page that never names it: an element's first read costs about 1 ms in a fresh world", () => {
    const doc = page(
      `<script>window.dataLayer = window.dataLayer || [];</script><p>Our salon news.</p><p>Open on Sundays (from ten).</p>`,
      `<title>Studio news</title><style>.a { color: red }</style><script type="application/ld+json">{"name": "Studio"}</script>`,
    );
    const text = doc.body.firstChild!.firstChild!;
    const parent = vi.spyOn(definer(text, "parentElement") as Text, "parentElement", "get");
    const body = vi.spyOn(definer(doc, "body") as Document, "body", "get");
    try {
      const { topic } = pageTopic(doc);
      expect(topic.mesotherapy).toBe(false);
      expect(parent).not.toHaveBeenCalled();
      expect(body).not.toHaveBeenCalled();
    } finally {
      parent.mockRestore();
      body.mockRestore();
    }
  });

  it("keeps scripts and styles from crowding the page's words out of the slice", () => {
    const code = `<style>${".card { margin: 0 }".repeat(2000)}</style><script>${"var a = b(1);".repeat(2000)}</script>`;
    const article = "<h2>Mesotherapy</h2><p>Mesotherapy, mesotherapy, mesotherapy.</p>";
    expect(pageTopic(page(article, `<title>Clinic</title>${code}`)).topic.mesotherapy).toBe(true);
    expect(pageTopic(page(`${code}${article}`)).topic.mesotherapy).toBe(true);
  });

  it("does not count the title's terms as the text's: the title is a signal of its own", () => {
    const twice = "<p>Mesotherapy is our speciality.</p><p>Ask about mesotherapy today.</p>";
    expect(pageTopic(page(twice, "<title>Mesotherapy</title>")).topic.mesotherapy).toBe(
      pageTopic(page(twice, "<title>Studio news</title>")).topic.mesotherapy,
    );
  });

  it("stops after a bounded number of text nodes, even when they are all blank", () => {
    const blank = Array.from({ length: 20_000 }, () => "<span> </span>").join("");
    expect(
      pageTopic(page(`${blank}<p>Mesotherapy, mesotherapy, mesotherapy.</p>`)).topic.mesotherapy,
    ).toBe(false);
  });
});
