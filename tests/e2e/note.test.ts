// The note on the page, in real Chromium: it stays while hovered, closes on
// Escape, a click outside and its close button, sits beside its sentence
// (below, above near the bottom of the window, within a narrow window), shows
// the claim as a claim, the whole note and the disclaimer; the keyboard
// commands walk the findings in page order with a live region saying where
// the reader is; "Show on page" marks the sentence until the next action;
// "Not a claim here" hides a finding and tells the background.
//
// The note's shadow root is closed, so the tests reach into it through the
// DevTools protocol (DOM.getDocument pierces closed roots), as a screen reader
// reaches it through the accessibility tree, which is checked too.
import type { CDPSession, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
import { allHighlighted, cliFindings, tabIdOf, until, extensionForFile } from "./harness";

const env = extensionForFile();

const ARTICLE = "article-en.html";
const findings = () =>
  cliFindings(ARTICLE) as Array<
    ReturnType<typeof cliFindings>[number] & {
      assertion: string;
      note: string;
    }
  >;
const norm = (s: string) => s.replace(/\s+/g, " ").trim();

async function open(name = ARTICLE, size = { width: 1280, height: 800 }): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.setViewportSize(size);
  await page.goto(env.server.url(name));
  const n = cliFindings(name).length;
  await until(
    () => allHighlighted(page),
    (h) => h.length === n,
  );
  return page;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the note shows, read from inside its closed shadow root. */
interface NoteView {
  text: string;
  claim: string;
  claimLang: string;
  body: string;
  bodyLang: string;
  disclaimer: string;
  verdict: string;
  buttons: string[];
  live: string;
  /** The focused element inside the note: its class, or "note" for the note itself; "" when focus is elsewhere. */
  focused: string;
  box: Rect;
  buttonBoxes: Record<string, Rect>;
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The note's view, or null when no note is shown. */
async function note(page: Page): Promise<NoteView | null> {
  const session = await cdp(page);
  const { root } = (await session.send("DOM.getDocument", { depth: 2, pierce: true })) as {
    root: DomNode;
  };
  const html = root.children?.find((n) => n.nodeName === "HTML");
  const host = html?.children?.find((n) => n.nodeName === "MESOCHECK-NOTE");
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await session.send("DOM.resolveNode", {
    backendNodeId: shadow.backendNodeId,
  });
  const read = function (this: ShadowRoot) {
    const q = (s: string) => this.querySelector(s);
    const rect = (e: Element | null) => {
      const r = e!.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const words = q(".claim span[lang]");
    const body = q(".text");
    const active = this.activeElement;
    const buttons = [...this.querySelectorAll("button")];
    return {
      text: q(".note")!.textContent!,
      claim: q(".claim")!.textContent!,
      claimLang: words!.getAttribute("lang")!,
      body: body!.textContent!,
      bodyLang: body!.getAttribute("lang")!,
      disclaimer: q(".disclaimer")!.textContent!,
      verdict: q(".verdict")!.textContent!,
      buttons: buttons.map((b) => b.getAttribute("aria-label") ?? b.textContent!),
      live: q("[role=status]")!.textContent!,
      focused: active ? active.className : "",
      box: rect(q(".note")),
      buttonBoxes: Object.fromEntries(
        buttons.map((b) => [b.getAttribute("aria-label") ?? b.textContent!, rect(b)]),
      ),
    };
  };
  const { result } = await session.send("Runtime.callFunctionOn", {
    objectId: object.objectId!,
    functionDeclaration: read.toString(),
    returnByValue: true,
  });
  return result.value as NoteView;
}

const noteShown = (page: Page) =>
  until(
    () => note(page),
    (n) => n !== null,
  );
const noteGone = (page: Page) =>
  until(
    () => note(page),
    (n) => n === null,
  );

/** Highlighted ranges of one highlight, in page order as registered. */
function rangesOf(page: Page, name: string): Promise<Array<{ text: string; rect: Rect }>> {
  return page.evaluate((n) => {
    const ranges = [...((CSS.highlights.get(n) as Iterable<Range> | undefined) ?? [])];
    return ranges.map((r) => {
      const b = r.getBoundingClientRect();
      return {
        text: r.toString().replace(/\s+/g, " ").trim(),
        rect: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
      };
    });
  }, name);
}

const current = async (page: Page) =>
  (await rangesOf(page, "mesocheck-current")).map((r) => r.text);

/** Scrolls a sentence so its top is at `top` in the window, and returns a point on its first line and its box. */
async function placeSentence(
  page: Page,
  text: string,
  top: number,
): Promise<{ x: number; y: number; rect: Rect }> {
  return page.evaluate(
    ({ text, top }) => {
      const all = ["mesocheck-contradicted", "mesocheck-disputed"].flatMap((n) => [
        ...((CSS.highlights.get(n) as Iterable<Range> | undefined) ?? []),
      ]);
      const range = all.find((r) => r.toString().replace(/\s+/g, " ").trim() === text)!;
      scrollBy({ top: range.getBoundingClientRect().top - top, behavior: "instant" });
      const line = range.getClientRects()[0]!;
      const b = range.getBoundingClientRect();
      return {
        x: line.left + Math.min(8, line.width / 2),
        y: line.top + line.height / 2,
        rect: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
      };
    },
    { text, top },
  );
}

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Runs what the browser runs for a keyboard shortcut (src/ext/commands.ts, exposed by entrypoints/background.ts). */
async function command(page: Page, name: "next-finding" | "previous-finding"): Promise<boolean> {
  const tabId = await tabIdOf(env.ext, page.url());
  return env.ext.worker!.evaluate(
    ({ name, tabId }) =>
      (
        globalThis as unknown as {
          mesocheckCommand(c: string, tab: { id: number }): Promise<boolean>;
        }
      ).mesocheckCommand(name, { id: tabId }),
    { name, tabId },
  );
}

describe("the note on hover", () => {
  it("speaks the browser's language on a page in another: a Russian article in an English browser", async () => {
    const page = await open("article-ru.html");
    const db = loadClaims();
    const f = cliFindings("article-ru.html")[0]!;
    const claim = db.claims.find((c) => c.claim.id === f.claim)!.claim;
    const { x, y } = await placeSentence(page, norm(f.text), 200);
    await page.mouse.move(x, y);
    const shown = (await noteShown(page))!;
    expect(norm(shown.claim)).toBe(`Claim: ${norm(claim.assertion.en)}`);
    expect(shown.claimLang).toBe("en");
    expect(norm(shown.body)).toBe(norm(claim.note.en));
    expect(shown.bodyLang).toBe("en");
  });

  it("shows the claim as a claim, the whole note, the verdict and the disclaimer, beside its sentence, and stays while hovered", async () => {
    const page = await open();
    const f = findings().find((x) => x.verdict === "disputed")!;
    const { x, y, rect } = await placeSentence(page, norm(f.text), 200);
    await page.mouse.move(x, y);
    const shown = (await noteShown(page))!;
    expect(norm(shown.claim)).toBe(`Claim: ${norm(f.assertion)}`);
    expect(shown.claimLang).toBe("en");
    expect(norm(shown.body)).toBe(norm(f.note));
    expect(shown.bodyLang).toBe("en");
    expect(shown.verdict).toBe("The sources disagree");
    expect(shown.disclaimer).toBe("An aid to reading, not medical advice.");
    expect(shown.buttons).toEqual(["Close", "Open in the side panel", "Not a claim here"]);
    // Below the sentence, not over it.
    expect(shown.box.top).toBeGreaterThanOrEqual(rect.bottom);
    expect(overlaps(shown.box, rect)).toBe(false);
    // Onto the note, moving about on it for longer than the old 400 ms timer.
    const { box } = shown;
    await page.mouse.move(box.left + 20, box.top + 10, { steps: 5 });
    for (let i = 0; i < 10; i++) {
      await page.mouse.move(box.left + 20 + i * 10, box.top + 20 + i * 3);
      await page.waitForTimeout(100);
    }
    expect(await note(page)).not.toBeNull();
    // Off the note and every highlight: it goes.
    await page.mouse.move(2, 2);
    expect(await noteGone(page)).toBeNull();
  });

  it("closes on Escape, on a click outside and with its close button, leaving the page's DOM as it was", async () => {
    const page = await open();
    const f = findings()[0]!;
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const hover = async () => {
      const { x, y } = await placeSentence(page, norm(f.text), 200);
      await page.mouse.move(x, y);
      const shown = (await noteShown(page))!;
      // The pointer rests on the note, so only the action under test closes it.
      // In one move: a path down to it may cross the next sentence, whose note
      // replaces this one if the pointer is slow there (on one core it was).
      await page.mouse.move(shown.box.left + 30, shown.box.top + 30);
      const held = (await note(page))!;
      expect(held.claim).toBe(shown.claim);
      return held;
    };
    await hover();
    await page.keyboard.press("Escape");
    expect(await noteGone(page)).toBeNull();

    await hover();
    await page.mouse.click(2, 2);
    expect(await noteGone(page)).toBeNull();

    const shown = await hover();
    const close = shown.buttonBoxes.Close!;
    await page.mouse.click((close.left + close.right) / 2, (close.top + close.bottom) / 2);
    expect(await noteGone(page)).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it("flips above a sentence near the bottom of the window", async () => {
    const page = await open();
    const f = findings()[1]!;
    const { x, y, rect } = await placeSentence(page, norm(f.text), 800 - 90);
    await page.mouse.move(x, y);
    const shown = (await noteShown(page))!;
    expect(shown.box.bottom).toBeLessThanOrEqual(rect.top);
    expect(shown.box.top).toBeGreaterThanOrEqual(0);
  });

  // 400 px: a narrow window; 320 CSS px: a 640 px window at 200% zoom (WCAG's reflow width).
  it.each([400, 320])("fits a %i px wide window without covering its sentence", async (width) => {
    const page = await open(ARTICLE, { width, height: 700 });
    const f = findings().find((x) => x.verdict === "contradicted")!;
    const { x, y, rect } = await placeSentence(page, norm(f.text), 120);
    await page.mouse.move(x, y);
    const shown = (await noteShown(page))!;
    expect(shown.box.left).toBeGreaterThanOrEqual(0);
    expect(shown.box.right).toBeLessThanOrEqual(width);
    expect(shown.box.bottom).toBeLessThanOrEqual(700);
    expect(overlaps(shown.box, rect)).toBe(false);
  });

  it("goes when its sentence scrolls out of the window", async () => {
    const page = await open();
    const f = findings()[0]!;
    const { x, y } = await placeSentence(page, norm(f.text), 200);
    await page.mouse.move(x, y);
    const shown = (await noteShown(page))!;
    // Focus in the note would hold it against the pointer, never against its sentence leaving.
    await page.mouse.move(shown.box.left + 20, shown.box.top + 20, { steps: 3 });
    await page.evaluate(() => scrollBy({ top: innerHeight * 2, behavior: "instant" }));
    expect(await noteGone(page)).toBeNull();
  });
});

describe("keyboard commands and screen readers", () => {
  it("next and previous walk the findings in page order, mark the current one, and the live region says where the reader is", async () => {
    const page = await open();
    const expected = findings();
    const total = expected.length;
    const walk: Array<{ current: string[]; live: string }> = [];
    const step = async (name: "next-finding" | "previous-finding") => {
      expect(await command(page, name)).toBe(true);
      // The region is emptied, then given its new text: wait for text other than the last.
      const last = walk[walk.length - 1]?.live;
      const live = await until(
        async () => (await note(page))?.live ?? "",
        (l) => l !== "" && l !== last,
      );
      walk.push({ current: await current(page), live });
    };
    await step("next-finding");
    await step("next-finding");
    await step("previous-finding");
    await step("previous-finding");
    const said = (i: number) => `Finding ${i + 1} of ${total}: ${norm(expected[i]!.assertion)}`;
    expect(walk.map((w) => norm(w.live))).toEqual([said(0), said(1), said(0), said(total - 1)]);
    expect(walk.map((w) => w.current)).toEqual([
      [norm(expected[0]!.text)],
      [norm(expected[1]!.text)],
      [norm(expected[0]!.text)],
      [norm(expected[total - 1]!.text)],
    ]);
  });

  it("opens the note with focus in it: Tab moves between its buttons, Escape closes it and gives focus back", async () => {
    const page = await open();
    // The reader was on a link of the page.
    await page.locator("a").first().focus();
    const link = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await command(page, "next-finding");
    const shown = (await until(
      () => note(page),
      (v) => v?.focused === "note",
    ))!;
    expect(shown.focused).toBe("note");
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab");
      order.push((await note(page))!.focused);
    }
    await page.keyboard.press("Shift+Tab");
    order.push((await note(page))!.focused);
    expect(order).toEqual(["close", "open", "dismiss", "open"]);
    await page.keyboard.press("Escape");
    expect(await noteGone(page)).toBeNull();
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(
      link,
    );
    // The mark went with the note the reader closed.
    expect(await current(page)).toEqual([]);
  });

  it("is a named dialog with named buttons and a polite status region in the accessibility tree", async () => {
    const page = await open();
    await command(page, "next-finding");
    await until(
      () => note(page),
      (v) => (v?.live ?? "") !== "",
    );
    const session = await cdp(page);
    const { nodes } = (await session.send("Accessibility.getFullAXTree")) as {
      nodes: Array<{
        role?: { value: string };
        name?: { value: string };
        properties?: Array<{ name: string; value: { value: unknown } }>;
      }>;
    };
    const named = (role: string) =>
      nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value ?? "");
    expect(named("dialog")).toEqual(["MesoCheck note"]);
    expect(named("button")).toEqual(
      expect.arrayContaining(["Close", "Open in the side panel", "Not a claim here"]),
    );
    const status = nodes.filter((n) => n.role?.value === "status");
    expect(status).toHaveLength(1);
    expect(status[0]!.properties?.find((p) => p.name === "live")?.value.value).toBe("polite");
  });
});

describe("'Show on page' and 'Not a claim here'", () => {
  it("'Show on page' marks the sentence until the next action and opens its note", async () => {
    const page = await open();
    const tabId = await tabIdOf(env.ext, page.url());
    const expected = findings();
    const panel = await env.ext.context.newPage();
    await panel.goto(`chrome-extension://${env.ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    // What the side panel's button sends (PanelToContent showFinding), for the third finding.
    const ids = await env.ext.worker!.evaluate(async (id) => {
      const key = `mesocheck-tab-${id}`;
      const state = (await chrome.storage.session.get(key))[key] as {
        findings: Array<{ id: number; order: number }>;
      };
      return state.findings.sort((a, b) => a.order - b.order).map((f) => f.id);
    }, tabId);
    await panel.evaluate(
      ({ tabId, id }) => chrome.tabs.sendMessage(tabId, { type: "showFinding", id }),
      { tabId, id: ids[2]! },
    );
    const shown = (await until(
      () => note(page),
      (v) => (v?.live ?? "") !== "",
    ))!;
    expect(norm(shown.live)).toBe(
      `Finding 3 of ${expected.length}: ${norm(expected[2]!.assertion)}`,
    );
    // Still marked well after the old 1.6 s flash.
    await page.waitForTimeout(2500);
    expect(await current(page)).toEqual([norm(expected[2]!.text)]);
    // The next action moves the mark on.
    await command(page, "next-finding");
    expect(
      await until(
        () => current(page),
        (c) => c[0] === norm(expected[3]!.text),
      ),
    ).toEqual([norm(expected[3]!.text)]);
  });

  it("'Not a claim here' hides that finding's highlight and sends dismiss with its id, claim and text", async () => {
    const page = await open();
    const tabId = await tabIdOf(env.ext, page.url());
    const expected = findings();
    await env.ext.worker!.evaluate(() => {
      const g = globalThis as unknown as { dismissed: unknown[] };
      g.dismissed = [];
      chrome.runtime.onMessage.addListener((m: { type?: string }) => {
        if (m?.type === "dismiss") g.dismissed.push(m);
      });
    });
    await command(page, "next-finding");
    await until(
      () => note(page),
      (v) => v?.focused === "note",
    );
    // By keyboard: Tab to the third button, Enter.
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
    expect((await note(page))!.focused).toBe("dismiss");
    await page.keyboard.press("Enter");
    expect(await noteGone(page)).toBeNull();
    const first = norm(expected[0]!.text);
    const left = await until(
      () => allHighlighted(page),
      (h) => h.length === expected.length - 1,
    );
    expect(left).not.toContain(first);
    expect(left).toHaveLength(expected.length - 1);
    const sent = await until(
      () =>
        env.ext.worker!.evaluate(
          () => (globalThis as unknown as { dismissed: Array<Record<string, unknown>> }).dismissed,
        ),
      (d) => d.length > 0,
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      type: "dismiss",
      url: page.url(),
      claim: expected[0]!.claim,
    });
    expect(norm(String(sent[0]!.text))).toBe(first);
    expect(typeof sent[0]!.id).toBe("number");
    // The badge counts what is left on the page.
    expect(
      await until(
        () => env.ext.worker!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
        (b) => b === String(expected.length - 1),
      ),
    ).toBe(String(expected.length - 1));
    // The next finding is now the first of the walk.
    await page.keyboard.press("Escape");
    await command(page, "next-finding");
    expect(
      await until(
        () => current(page),
        (c) => c.length === 1,
      ),
    ).toEqual([norm(expected[1]!.text)]);
  });
});

it("switching the site off takes the note, the current mark and the highlights away, leaving the page's DOM as it was", async () => {
  const page = await open();
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await command(page, "next-finding");
  await until(
    () => note(page),
    (v) => (v?.live ?? "") !== "",
  );
  expect(await current(page)).toHaveLength(1);
  await env.ext.worker!.evaluate(() =>
    chrome.storage.local.set({ "site:127.0.0.1": { enabled: false } }),
  );
  expect(await noteGone(page)).toBeNull();
  expect(
    await until(
      () => allHighlighted(page),
      (h) => h.length === 0,
    ),
  ).toEqual([]);
  expect(await current(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
});
