import { describe, expect, it } from "vitest";
import { extractBlocks } from "../../src/dom/blocks";
import { parseHtml } from "../../src/dom/html";

const texts = (html: string) => extractBlocks(parseHtml(html).body).map((b) => b.text.trim());

describe("page furniture is not the article", () => {
  it("skips navigation, sidebars and adverts, and keeps the article", () => {
    const html = `<html><body>
      <nav><a>Home</a> › <a>Injectables</a></nav>
      <div role="navigation">Menu</div>
      <article><p>Mesotherapy is virtually painless.</p></article>
      <aside><p>Laser hair removal: no downtime!</p></aside>
      <div class="card ad laser"><p>No side effects, 100% natural.</p></div>
      <div class="sponsored"><p>Sponsored text.</p></div>
      <div class="header"><p>Kept: a class that only contains the letters "ad".</p></div>
      <div role="complementary">Related posts</div>
    </body></html>`;
    expect(texts(html)).toEqual([
      "Mesotherapy is virtually painless.",
      'Kept: a class that only contains the letters "ad".',
    ]);
  });
});
