// The reply to a "check" is described twice: CheckReply (zod, the background)
// and PageReply (zod/mini, the checker, kept small). A real reply must pass
// both, and what one refuses the other refuses too, so they cannot drift apart.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
import { readPage } from "../../src/cli/html-page";
import {
  PageReply,
  PageReplyFinding,
  Incoming,
  PanelIncoming,
  PanelTabState,
} from "../../src/ext/protocol-mini";
import { createChecker } from "../../src/engine/engine";
import {
  BackgroundToPanel,
  CheckReply,
  FindingView,
  TabState,
  ToContent,
} from "../../src/ext/protocol";
import { toReply } from "../../src/ext/reply";

const db = loadClaims();
const claims = new Map(db.claims.map((c) => [c.claim.id, c.claim]));

function realReply(example: string, uiLang: "en" | "ru" = "en") {
  const page = readPage(
    readFileSync(new URL(`../../examples/${example}`, import.meta.url), "utf8"),
  );
  const result = createChecker(db).check(page.blocks, { signals: page.signals });
  return { about: result.about, findings: toReply(result, claims, 3, 10, uiLang) };
}

describe("the reply to a check", () => {
  it.each(["article-en.html", "article-ru.html"])("from %s passes both schemas", (example) => {
    const reply = realReply(example);
    expect(reply.findings.length).toBeGreaterThan(5);
    expect(CheckReply.safeParse(reply).success).toBe(true);
    expect(PageReply.safeParse(reply).success).toBe(true);
    // Ids run on from the first one given; page order follows the blocks.
    expect(reply.findings.map((f) => f.id)).toEqual(reply.findings.map((_, i) => 10 + i));
    // The claim's whole note, in the UI's language: the note on the page shows all of it.
    for (const f of reply.findings) expect(f.note).toBe(claims.get(f.claim)!.note.en);
    expect(reply.findings.some((f) => /[.!?]\s+\S/.test(f.note))).toBe(true);
    const orders = reply.findings.map((f) => f.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it("carries only what the page checker and the tab's state use, not the claim's evidence", () => {
    // The side panel shows the evidence from its own copy of the claims; sent
    // with each of a long article's findings it made two thirds of the reply.
    // ReplyFindingAllRead (protocol-mini.ts) holds the schema to this at compile
    // time; here, what toReply() actually builds.
    const used = new Set([
      ...Object.keys(PageReplyFinding.shape),
      ...Object.keys(FindingView.shape),
    ]);
    for (const f of realReply("article-en.html").findings)
      for (const key of Object.keys(f)) expect(used, key).toContain(key);
  });

  it("words the note in the UI's language whatever the page's: one language per view", () => {
    for (const ui of ["en", "ru"] as const)
      for (const f of realReply("article-ru.html", ui).findings) {
        expect(f.lang).toBe("ru");
        expect(f.noteLang).toBe(ui);
        expect(f.assertion).toBe(claims.get(f.claim)!.assertion[ui]);
        expect(f.note).toBe(claims.get(f.claim)!.note[ui]);
      }
  });

  const broken: Array<[string, (f: Record<string, unknown>) => void]> = [
    ["a negative offset", (f) => (f.start = -1)],
    ["a fractional block", (f) => (f.block = 1.5)],
    ["an unknown verdict", (f) => (f.verdict = "maybe")],
    ["no assertion", (f) => delete f.assertion],
    ["a note that is not text", (f) => (f.note = { html: "<img src=x onerror=alert(1)>" })],
    ["no claim", (f) => delete f.claim],
    ["an unknown language", (f) => (f.lang = "de")],
    ["no id", (f) => delete f.id],
  ];
  it.each(broken)("with %s is refused by both", (_name, breakIt) => {
    const reply = structuredClone(realReply("article-en.html")) as {
      findings: Array<Record<string, unknown>>;
    };
    breakIt(reply.findings[0]!);
    expect(CheckReply.safeParse(reply).success).toBe(false);
    expect(PageReply.safeParse(reply).success).toBe(false);
  });

  it("every message the checker accepts, the full schema accepts, and the other way round", () => {
    const samples: unknown[] = [
      { type: "showFinding", id: 3 },
      { type: "checkAnyway" },
      { type: "goToFinding", to: "next" },
      { type: "goToFinding", to: "previous" },
      { type: "goToFinding", to: "first" },
      { type: "goToFinding" },
      { type: "showFinding", id: -1 },
      { type: "showFinding" },
      { type: "highlightAll" },
      "checkAnyway",
      null,
    ];
    for (const m of samples)
      expect(Incoming.safeParse(m).success, JSON.stringify(m)).toBe(ToContent.safeParse(m).success);
  });
});

describe("a tab's state, as the side panel reads it", () => {
  const state = {
    url: "https://example.org/a",
    hostname: "example.org",
    status: "checked",
    about: { mesotherapy: true, lang: "en", score: 7 },
    findings: [
      {
        id: 0,
        claim: "painless",
        verdict: "disputed",
        text: "It is painless.",
        lang: "en",
        order: 3,
      },
    ],
  };
  const variants: Array<[string, unknown]> = [
    ["a checked page", state],
    ["a cut page", { ...state, truncatedAt: 2_000_000 }],
    ["a page not yet checked", { ...state, status: "pending", about: null, findings: [] }],
    ["an unknown status", { ...state, status: "done" }],
    ["a zero cut", { ...state, truncatedAt: 0 }],
    [
      "a finding of another verdict",
      { ...state, findings: [{ ...state.findings[0], verdict: "maybe" }] },
    ],
    [
      "a finding without its text",
      { ...state, findings: [{ ...state.findings[0], text: undefined }] },
    ],
    ["a fractional order", { ...state, findings: [{ ...state.findings[0], order: 0.5 }] }],
    ["no about", { ...state, about: undefined }],
    ["not an object", "checked"],
  ];

  it.each(variants)("%s: the panel's copy and the full schema agree", (_name, value) => {
    expect(PanelTabState.safeParse(value).success).toBe(TabState.safeParse(value).success);
    const message = { type: "tabChanged", tabId: 4, state: value };
    expect(PanelIncoming.safeParse(message).success).toBe(
      BackgroundToPanel.safeParse(message).success,
    );
  });

  it("both take a real state and refuse a message of another type", () => {
    expect(PanelTabState.safeParse(state).success).toBe(true);
    expect(PanelIncoming.safeParse({ type: "tabChanged", tabId: 4, state }).success).toBe(true);
    const other = { type: "tabClosed", tabId: 4, state };
    expect(PanelIncoming.safeParse(other).success).toBe(false);
    expect(BackgroundToPanel.safeParse(other).success).toBe(false);
  });
});
