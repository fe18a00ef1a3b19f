// The note (src/content/note.ts) and the findings behind it
// (src/content/finding-notes.ts), in linkedom: what it says and in which
// language, its buttons, when it goes, "Not a claim here"; and its colours,
// held to WCAG AA in both schemes. Placement, focus and the live region in a
// real browser: tests/e2e/note.test.ts.
import { parseHTML } from "linkedom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FindingNotes, SWITCH_MS } from "../../src/content/finding-notes";
import { LEAVE_MS, Note, type NoteHandlers } from "../../src/content/note";
import { noteLang, noteStrings } from "../../src/content/note-strings";
import { DARK, LIGHT, type Scheme } from "../../src/content/note-style";
import type { ContentToBackground } from "../../src/ext/protocol";
import type { PageReplyFinding } from "../../src/ext/protocol-mini";

const g = globalThis as Record<string, unknown>;
const saved = { document: g.document, window: g.window, innerWidth: g.innerWidth };
afterEach(() => {
  Object.assign(g, saved);
  vi.useRealTimers();
});

/** A linkedom page as the globals the note uses, and a handle on each closed shadow root made. */
function page() {
  const { document, window } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  Object.assign(g, { document, window, innerWidth: 1024, innerHeight: 768 });
  const roots: ShadowRoot[] = [];
  const proto = window.HTMLElement.prototype as HTMLElement;
  const attach = proto.attachShadow;
  proto.attachShadow = function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  };
  return { document, roots };
}

const CONTENT = {
  id: 3,
  verdict: "contradicted" as const,
  assertion: "Mesotherapy is safe during pregnancy",
  note: "Every source names pregnancy as a contraindication. Do not stop a prescribed medicine on your own.",
  lang: "en",
};

function makeNote(lang: "en" | "ru" = "en") {
  const handlers = { openPanel: vi.fn(), dismiss: vi.fn(), closed: vi.fn() } satisfies NoteHandlers;
  const note = new Note(
    () => noteStrings(lang),
    () => ({ left: 10, top: 100, right: 400, bottom: 140 }),
    handlers,
  );
  return { note, handlers };
}

const click = (el: Element) => el.dispatchEvent(new el.ownerDocument!.defaultView!.Event("click"));

describe("the note", () => {
  it("says 'Claim:' before the claim, shows the whole note and the disclaimer, with named buttons", () => {
    const { document, roots } = page();
    const { note } = makeNote();
    note.show(CONTENT, { focus: false });
    const root = roots[0]!;
    expect(document.querySelectorAll("mesocheck-note")).toHaveLength(1);
    expect(root.querySelector(".verdict")!.textContent).toBe("The sources contradict it");
    expect(root.querySelector(".claim")!.textContent).toBe(`Claim: ${CONTENT.assertion}`);
    expect(root.querySelector(".text")!.textContent).toBe(CONTENT.note);
    expect(root.querySelector(".disclaimer")!.textContent).toBe(
      "An aid to reading, not medical advice.",
    );
    const buttons = [...root.querySelectorAll("button")];
    expect(buttons.map((b) => b.getAttribute("aria-label") ?? b.textContent)).toEqual([
      "Close",
      "Open in the side panel",
      "Not a claim here",
    ]);
    expect(root.querySelector(".note")!.getAttribute("role")).toBe("dialog");
    expect(root.querySelector("[role=status]")!.getAttribute("aria-live")).toBe("polite");
    note.hide();
    expect(document.querySelectorAll("mesocheck-note")).toHaveLength(0);
  });

  it("labels follow the browser's language, the claim's words keep the page's", () => {
    const { roots } = page();
    const { note } = makeNote("ru");
    note.show(CONTENT, { focus: false });
    const root = roots[0]!;
    expect(root.querySelector(".note")!.getAttribute("lang")).toBe("ru");
    expect(root.querySelector(".claim")!.textContent).toBe(`Утверждение: ${CONTENT.assertion}`);
    expect(root.querySelector(".claim span[lang]")!.getAttribute("lang")).toBe("en");
    expect(root.querySelector(".text")!.getAttribute("lang")).toBe("en");
    expect(root.querySelector(".disclaimer")!.textContent).toBe(
      "Помощь в чтении, а не медицинский совет.",
    );
  });

  it("its buttons: close takes it away and says so, the others call their actions with the finding", () => {
    const { document, roots } = page();
    const { note, handlers } = makeNote();
    note.show(CONTENT, { focus: false });
    const [close, open, dismiss] = [...roots[0]!.querySelectorAll("button")];
    click(open!);
    click(dismiss!);
    expect(handlers.openPanel).toHaveBeenCalledWith(3);
    expect(handlers.dismiss).toHaveBeenCalledWith(3);
    expect(note.visible).toBe(true);
    click(close!);
    expect(note.visible).toBe(false);
    expect(document.querySelectorAll("mesocheck-note")).toHaveLength(0);
    expect(handlers.closed).toHaveBeenCalledWith(3, "button");
  });

  it("goes a moment after the pointer leaves, however often it is told, unless the pointer comes back", () => {
    page();
    vi.useFakeTimers();
    const { note, handlers } = makeNote();
    note.show(CONTENT, { focus: false });
    note.hideSoon();
    vi.advanceTimersByTime(LEAVE_MS - 100);
    note.hideSoon(); // another move off the findings does not start the wait again
    vi.advanceTimersByTime(100);
    expect(note.visible).toBe(false);
    expect(handlers.closed).toHaveBeenCalledWith(3, "left");
    note.show(CONTENT, { focus: false });
    note.hideSoon();
    note.keep();
    vi.advanceTimersByTime(LEAVE_MS * 3);
    expect(note.visible).toBe(true);
  });

  it("shows nothing for a finding whose sentence has gone", () => {
    const { document } = page();
    const note = new Note(
      () => noteStrings("en"),
      () => null,
      { openPanel: () => {}, dismiss: () => {}, closed: () => {} },
    );
    note.show(CONTENT, { focus: true });
    expect(note.visible).toBe(false);
    expect(document.querySelectorAll("mesocheck-note")).toHaveLength(0);
  });
});

describe("the note's strings", () => {
  it("follow the browser: Russian for a Russian UI, English otherwise, with the same keys", () => {
    expect(noteLang("ru-RU")).toBe("ru");
    expect(noteLang("en-GB")).toBe("en");
    expect(noteLang("de")).toBe("en");
    expect(Object.keys(noteStrings("ru")).sort()).toEqual(Object.keys(noteStrings("en")).sort());
    expect(noteStrings("en").position(3, 16)).toBe("Finding 3 of 16");
    expect(noteStrings("ru").position(3, 16)).toBe("Находка 3 из 16");
  });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("the note's colours", () => {
  it("the contrast check itself: black on white is 21:1, grey #777 on white under 4.5:1", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it.each([
    ["light", LIGHT],
    ["dark", DARK],
  ] as Array<[string, Scheme]>)(
    "every text colour reaches 4.5:1 on the %s background",
    (_name, s) => {
      const texts = { text: s.text, muted: s.muted, action: s.action, ...s.verdict };
      for (const [name, colour] of Object.entries(texts))
        expect(contrast(colour, s.background), name).toBeGreaterThanOrEqual(4.5);
    },
  );
});

describe("FindingNotes: 'Not a claim here'", () => {
  const finding = (id: number, text = "Mesotherapy is painless."): PageReplyFinding => ({
    id,
    claim: "painless",
    verdict: "disputed",
    text,
    lang: "en",
    noteLang: "en",
    block: 0,
    start: 0,
    end: text.length,
    assertion: "Mesotherapy is painless",
    note: "It hurts.",
  });

  function setUp() {
    page();
    const sent: ContentToBackground[] = [];
    let url = "https://clinic.example/meso";
    const highlights = {
      get: vi.fn(() => undefined),
      inPageOrder: vi.fn(() => []),
      markCurrent: vi.fn(),
      unmarkCurrent: vi.fn(),
      remove: vi.fn(),
      currentId: undefined,
    };
    const notes = new FindingNotes({
      highlights,
      strings: () => noteStrings("en"),
      send: (m) => sent.push(m),
      url: () => url,
    });
    return { notes, sent, highlights, goTo: (u: string) => (url = u) };
  }

  it("hides the finding's highlight and sends dismiss with its id, address, claim and sentence", () => {
    const { notes, sent, highlights } = setUp();
    expect(notes.add(finding(4))).toBe(true);
    expect(notes.add(finding(5, "No downtime."))).toBe(true);
    notes.dismiss(4);
    expect(highlights.remove).toHaveBeenCalledWith([4]);
    expect(sent).toEqual([
      {
        type: "dismiss",
        url: "https://clinic.example/meso",
        id: 4,
        claim: "painless",
        text: "Mesotherapy is painless.",
      },
    ]);
    // Only once: it is no longer a finding here.
    notes.dismiss(4);
    expect(sent).toHaveLength(1);
  });

  it("keeps it hidden when changed text brings it back on the same page (the background is told its new id), not on another page", () => {
    const { notes, sent, goTo } = setUp();
    notes.add(finding(4));
    notes.dismiss(4);
    expect(notes.add(finding(9))).toBe(false);
    expect(sent.map((m) => m.type === "dismiss" && m.id)).toEqual([4, 9]);
    expect(notes.add(finding(10, "Another sentence."))).toBe(true);
    goTo("https://clinic.example/other");
    expect(notes.add(finding(11))).toBe(true);
    expect(sent).toHaveLength(2);
  });
});

describe("FindingNotes: the pointer on the way to a note", () => {
  const finding = (id: number): PageReplyFinding => ({
    id,
    claim: "painless",
    verdict: "disputed",
    text: `Sentence ${id}.`,
    lang: "en",
    noteLang: "en",
    block: 0,
    start: 0,
    end: 11,
    assertion: `Assertion ${id}`,
    note: `Note ${id}.`,
  });

  /** Two findings on consecutive lines, with a range the note can be placed by. */
  function setUp() {
    const { roots } = page();
    vi.useFakeTimers();
    const mark = (id: number) => ({
      id,
      range: {
        collapsed: false,
        startContainer: { isConnected: true, ownerDocument: { defaultView: window } },
        getBoundingClientRect: () => ({
          left: 10,
          top: 100 + id * 20,
          right: 400,
          bottom: 118 + id * 20,
        }),
      } as unknown as Range,
    });
    const notes = new FindingNotes({
      highlights: {
        get: vi.fn((id: number) => mark(id)),
        inPageOrder: vi.fn(() => []),
        markCurrent: vi.fn(),
        unmarkCurrent: vi.fn(),
        remove: vi.fn(),
        currentId: undefined,
      } as never,
      strings: () => noteStrings("en"),
      send: () => {},
      url: () => "https://clinic.example/meso",
    });
    notes.add(finding(1));
    notes.add(finding(2));
    const shownClaim = () => roots.at(-1)?.querySelector(".claim span[lang]")?.textContent ?? null;
    return { notes, shownClaim };
  }

  it("crossing another sentence on the way does not replace the note; staying on it does", () => {
    const { notes, shownClaim } = setUp();
    notes.hover(1, 20);
    expect(shownClaim()).toBe("Assertion 1");
    // Down across sentence 2, onto the note.
    notes.hover(2, 24);
    vi.advanceTimersByTime(SWITCH_MS / 2);
    notes.hover(2, 28); // moving along it does not start the wait again
    vi.advanceTimersByTime(SWITCH_MS / 2 - 1);
    expect(notes.note.shownId).toBe(1);
    // It stayed on sentence 2: its note replaces the first.
    vi.advanceTimersByTime(1);
    expect(notes.note.shownId).toBe(2);
    expect(shownClaim()).toBe("Assertion 2");
  });

  it("back on the first sentence, or off every sentence, before the wait is over: no switch", () => {
    const { notes } = setUp();
    notes.hover(1, 20);
    notes.hover(2, 20);
    notes.hover(1, 20);
    vi.advanceTimersByTime(SWITCH_MS * 3);
    expect(notes.note.shownId).toBe(1);
    notes.hover(2, 20);
    notes.leave();
    vi.advanceTimersByTime(SWITCH_MS);
    expect(notes.note.shownId).toBe(1);
    // And the note then goes as it does when the pointer leaves.
    vi.advanceTimersByTime(LEAVE_MS);
    expect(notes.note.visible).toBe(false);
  });

  it("once the note went (its sentence scrolled away, or closed) before the wait is over, no note comes back", () => {
    const { notes } = setUp();
    notes.hover(1, 20);
    notes.hover(2, 20);
    notes.note.hide("scrolled");
    vi.advanceTimersByTime(SWITCH_MS * 2);
    expect(notes.note.visible).toBe(false);
  });

  it("with no note shown, the sentence's note shows at once", () => {
    const { notes } = setUp();
    notes.hover(2, 20);
    expect(notes.note.shownId).toBe(2);
  });
});
