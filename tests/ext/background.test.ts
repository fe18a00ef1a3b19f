// The background's services on WXT's fakeBrowser: what each message does to a
// tab's state, its badge and the open panels; who may send what; injection.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { FIRST_PART_CHARS, partsOf } from "../../src/content/parts";
import { extractBlocks } from "../../src/dom/blocks";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { loadClaims } from "../../src/cli/load-claims";
import { startBackground, type BackgroundApis } from "../../src/ext/background";
import { FORCE_FILE, GATE_FILE, inject, PAGE_CHECKER_FILE } from "../../src/ext/inject";
import { PAUSED_KEY, tabKey } from "../../src/ext/keys";
import { badgeText, ICON, PAUSED_ICON } from "../../src/ext/toolbar";
import {
  CheckReply,
  TabState,
  type PageStatus,
  type ContentToBackground,
  type PanelToBackground,
} from "../../src/ext/protocol";

const db = loadClaims();
const PAGE = "https://clinic.example/meso";
const SIGNALS = { title: "Mesotherapy", description: "", headings: [], lang: "en" };
const BLOCKS = [
  "Mesotherapy is completely painless.",
  "Mesotherapy has no downtime at all, and no age limit.",
];

/** `stored`: local storage as the background finds it when it starts; `firefox`: MV2's browserAction, no action. */
async function setUp(
  tabReply: unknown = undefined,
  { stored = {}, firefox = false }: { stored?: Record<string, unknown>; firefox?: boolean } = {},
) {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(stored);
  const executeScript = vi.fn(async () => undefined);
  const panels = vi.fn(async () => undefined);
  const toTab = vi.fn(async () => tabReply);
  const open = vi.fn(async () => undefined);
  // The fake has no setIcon: the calls are recorded instead.
  const setIcon = vi.fn(async (_: { path: Record<string, string> }) => undefined);
  const api = {
    ...fakeBrowser,
    action: firefox ? undefined : { ...fakeBrowser.action, setIcon },
    browserAction: firefox ? { ...fakeBrowser.action, setIcon } : undefined,
    i18n: { getUILanguage: () => "en-US" },
    runtime: { ...fakeBrowser.runtime, getURL: fakeBrowser.runtime.getURL, sendMessage: panels },
    tabs: {
      ...fakeBrowser.tabs,
      sendMessage: toTab,
      query: vi.fn(async (q: { url?: string[] }) =>
        q.url ? [{ id: 7 }, { id: 8, discarded: true }] : [{ id: 3 }, { id: 4 }],
      ),
    },
    scripting: { executeScript },
    sidePanel: { open },
  } as unknown as BackgroundApis;
  // The embedded database's accessor: the background asks for it only when it needs the engine.
  const claimsDb = vi.fn(() => db);
  const { store, toolbar } = startBackground(api, claimsDb);
  const fromPage = (
    message: ContentToBackground | Record<string, unknown>,
    tabId = 3,
    frameId = 2,
  ) =>
    fakeBrowser.runtime.onMessage
      .trigger(message, {
        id: fakeBrowser.runtime.id,
        url: PAGE,
        tab: { id: tabId },
        frameId,
      } as never)
      .then((r) => r[0]);
  const fromPanel = (message: PanelToBackground | Record<string, unknown>) =>
    fakeBrowser.runtime.onMessage
      .trigger(message, {
        id: fakeBrowser.runtime.id,
        url: fakeBrowser.runtime.getURL("/sidepanel.html"),
      })
      .then((r) => r[0]);
  return {
    api,
    store,
    toolbar,
    claimsDb,
    setIcon,
    executeScript,
    panels,
    toTab,
    open,
    fromPage,
    fromPanel,
  };
}

const check = (reset: boolean, blocks = BLOCKS) =>
  ({ type: "check", url: PAGE, first: 0, blocks, signals: SIGNALS, reset }) as const;

describe("the background", () => {
  beforeEach(() => void fakeBrowser.reset());

  it("checks a page checker's blocks: the reply, the tab's state in session storage, the badge, the panels told", async () => {
    const bg = await setUp();
    const reply = CheckReply.parse(await bg.fromPage(check(true)));
    expect(reply.findings.length).toBeGreaterThan(1);
    const stored = TabState.parse((await fakeBrowser.storage.session.get(tabKey(3)))[tabKey(3)]);
    expect(stored).toMatchObject({ url: PAGE, hostname: "clinic.example", status: "checked" });
    expect(stored.findings.map((f) => f.id)).toEqual(reply.findings.map((f) => f.id));
    expect(Object.keys(stored.findings[0]!).sort()).toEqual([
      "claim",
      "id",
      "lang",
      "order",
      "text",
      "verdict",
    ]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe(String(reply.findings.length));
    expect(bg.panels).toHaveBeenLastCalledWith({ type: "tabChanged", tabId: 3, state: stored });
  });

  it("adds a later part's findings with new ids, and starts afresh on reset", async () => {
    const bg = await setUp();
    const first = CheckReply.parse(await bg.fromPage(check(true)));
    const more = CheckReply.parse(await bg.fromPage(check(false)));
    expect(more.findings[0]!.id).toBe(first.findings.length);
    expect((await bg.store.get(3))!.findings).toHaveLength(first.findings.length * 2);
    await bg.fromPage(check(true));
    expect((await bg.store.get(3))!.findings).toHaveLength(first.findings.length);
  });

  it("checks a tab's parts in the order sent when the page does not wait for each reply", async () => {
    const bg = await setUp();
    const [first, more, last] = (
      await Promise.all([
        bg.fromPage(check(true)),
        bg.fromPage({ ...check(false), first: BLOCKS.length }),
        bg.fromPage({ ...check(false), first: BLOCKS.length * 2 }),
      ])
    ).map((r) => CheckReply.parse(r));
    const ids = [first!, more!, last!].flatMap((r) => r.findings.map((f) => f.id));
    expect(ids).toEqual(ids.map((_, i) => i));
    const state = (await bg.store.get(3))!;
    expect(state.findings.map((f) => f.id)).toEqual(ids);
    // Page order follows the parts.
    const order = state.findings.map((f) => f.order);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("drops removed findings, and a status clears them", async () => {
    const bg = await setUp();
    const reply = CheckReply.parse(await bg.fromPage(check(true)));
    await bg.fromPage({ type: "removed", ids: [reply.findings[0]!.id] });
    await vi.waitFor(async () =>
      expect((await bg.store.get(3))!.findings).toHaveLength(reply.findings.length - 1),
    );
    await bg.fromPage({ type: "status", url: PAGE, status: "off-topic" });
    await vi.waitFor(async () =>
      expect(await bg.store.get(3)).toEqual({
        url: PAGE,
        hostname: "clinic.example",
        status: "off-topic",
        about: null,
        findings: [],
      }),
    );
    await vi.waitFor(async () =>
      expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe(""),
    );
  });

  it("answers the panel's getTabState, from storage when the worker restarted", async () => {
    const bg = await setUp();
    await bg.fromPage({ type: "status", url: PAGE, status: "paused" });
    await vi.waitFor(async () =>
      expect(await bg.fromPanel({ type: "getTabState", tabId: 3 })).toMatchObject({
        status: "paused",
      }),
    );
    const state = (await fakeBrowser.storage.session.get(tabKey(3)))[tabKey(3)];
    const restarted = await setUp();
    await fakeBrowser.storage.session.set({ [tabKey(3)]: state });
    expect(await restarted.fromPanel({ type: "getTabState", tabId: 3 })).toMatchObject({
      status: "paused",
    });
    expect(await restarted.fromPanel({ type: "getTabState", tabId: 4 })).toBeNull();
  });

  it("takes each message only from its own side, from this extension, well formed", async () => {
    const bg = await setUp();
    await bg.fromPage({ type: "status", url: PAGE, status: "paused" });
    // A content script cannot read a tab's state or ask for a forced check; the panel cannot check blocks.
    expect(await bg.fromPage({ type: "getTabState", tabId: 3 })).toBeUndefined();
    expect(await bg.fromPage({ type: "checkAnyway", tabId: 3 })).toBeUndefined();
    expect(await bg.fromPanel(check(true))).toBeUndefined();
    // Another extension, and malformed messages.
    expect(
      (
        await fakeBrowser.runtime.onMessage.trigger(check(true), {
          id: "other",
          url: PAGE,
          tab: { id: 3 },
        } as never)
      )[0],
    ).toBeUndefined();
    expect(await bg.fromPage({ type: "check", url: PAGE })).toBeUndefined();
    expect(await bg.fromPage({ type: "status", url: PAGE, status: "great" })).toBeUndefined();
    expect(bg.executeScript).not.toHaveBeenCalled();
  });

  it("injects the page checker into the frame whose gate passed, and opens the panel for its tab", async () => {
    const bg = await setUp();
    await bg.fromPage({ type: "loadChecker" });
    expect(bg.executeScript).toHaveBeenCalledWith({
      target: { tabId: 3, frameIds: [2] },
      files: [PAGE_CHECKER_FILE],
    });
    await bg.fromPage({ type: "openPanel" });
    expect(bg.open).toHaveBeenCalledWith({ tabId: 3 });
  });

  it("readies the engine when a gate passes, after asking for the injection; not on a page that is not about mesotherapy", async () => {
    const bg = await setUp();
    await bg.fromPage({ type: "status", url: PAGE, status: "off-topic" });
    await bg.fromPage({ type: "loadChecker" });
    await new Promise((r) => setTimeout(r, 20));
    expect(bg.claimsDb).not.toHaveBeenCalled();
    await bg.fromPage({ type: "loadChecker", lang: "ru" });
    expect(bg.executeScript).toHaveBeenCalledTimes(2);
    expect(bg.claimsDb).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(bg.claimsDb).toHaveBeenCalled());
    // The readied engine is the one that checks.
    const calls = bg.claimsDb.mock.calls.length;
    const reply = CheckReply.parse(await bg.fromPage(check(true)));
    expect(reply.findings.length).toBeGreaterThan(1);
    expect(bg.claimsDb).toHaveBeenCalledTimes(calls + 1);
  });

  it("checks anyway through a page checker already there, else injects one, forced", async () => {
    const there = await setUp(true);
    expect(await there.fromPanel({ type: "checkAnyway", tabId: 5 })).toBe(true);
    expect(there.toTab).toHaveBeenCalledWith(5, { type: "checkAnyway" });
    expect(there.executeScript).not.toHaveBeenCalled();
    const none = await setUp(undefined);
    expect(await none.fromPanel({ type: "checkAnyway", tabId: 5 })).toBe(true);
    expect(none.executeScript).toHaveBeenCalledWith({
      target: { tabId: 5, frameIds: [0] },
      files: [FORCE_FILE, PAGE_CHECKER_FILE],
    });
  });

  it("gates a single-page site's new address when the gate stopped the old one; forgets closed tabs", async () => {
    const bg = await setUp();
    await bg.fromPage({ type: "status", url: PAGE, status: "off-topic" });
    await vi.waitFor(async () => expect(await bg.store.get(3)).toBeDefined());
    await fakeBrowser.tabs.onUpdated.trigger(3, { url: `${PAGE}/next` }, {} as never);
    await vi.waitFor(() =>
      expect(bg.executeScript).toHaveBeenCalledWith({
        target: { tabId: 3, frameIds: [0] },
        files: [GATE_FILE],
      }),
    );
    await fakeBrowser.tabs.onRemoved.trigger(3, {} as never);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.session.get(tabKey(3))).toEqual({}),
    );
  });

  it("gives open pages the gate when installed or updated, not discarded tabs", async () => {
    const bg = await setUp();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: "update" } as never);
    await vi.waitFor(() =>
      expect(bg.executeScript).toHaveBeenCalledWith({
        target: { tabId: 7, frameIds: [0] },
        files: [GATE_FILE],
      }),
    );
    expect(bg.executeScript).toHaveBeenCalledTimes(1);
  });
});

describe("a contested figure", () => {
  beforeEach(() => void fakeBrowser.reset());

  it("comes with its words for the panel and its reason, in the UI's language, for the note", async () => {
    const bg = await setUp();
    const reply = CheckReply.parse(
      await bg.fromPage(
        check(true, [
          "Mesotherapy sessions can be booked every other day.",
          "Мезотерапию можно делать раз в 2 дня.",
          "Mesotherapy is completely painless.",
        ]),
      ),
    );
    const [en, ru] = reply.findings.filter((f) => f.claim === "session-interval");
    expect(en!.figure).toEqual({ words: "every other day", min: 2, max: 2 });
    expect(en!.why).toMatch(/^“every other day”: shorter than any interval/);
    // A Russian sentence, an English browser: the note speaks English, quoting the words as written.
    expect(ru!.why).toMatch(/^“раз в 2 дня”: shorter than any interval/);
    expect(ru!.noteLang).toBe("en");
    expect(reply.findings.find((f) => f.claim === "painless")).not.toHaveProperty("why");
    const state = (await bg.store.get(3))!;
    expect(state.findings.find((f) => f.id === en!.id)!.figure).toEqual(en!.figure);
  });
});

describe("what the page leaves out", () => {
  beforeEach(() => void fakeBrowser.reset());

  it("lists the topics no part of the page has mentioned, narrowing as parts come, afresh on reset", async () => {
    const bg = await setUp();
    // Three mentions: about mesotherapy by the engine's own reading, not only the gate's.
    const promo = [...BLOCKS, "Book your mesotherapy course today."];
    await bg.fromPage(check(true, promo));
    const first = (await bg.store.get(3))!.omissions!;
    expect(first).toEqual(["contraindications", "complications", "specialist", "aftercare"]);
    // A later part that is not itself about mesotherapy still mentions a topic.
    await bg.fromPage(check(false, ["Pregnancy is an absolute contraindication."]));
    expect((await bg.store.get(3))!.omissions).toEqual([
      "complications",
      "specialist",
      "aftercare",
    ]);
    await bg.fromPage(check(false, ["Bruising and swelling are common after the injections."]));
    expect((await bg.store.get(3))!.omissions).toEqual(["specialist", "aftercare"]);
    await bg.fromPage(check(true, promo));
    expect((await bg.store.get(3))!.omissions).toEqual(first);
  });

  it("lists none for a page checked anyway that is not about mesotherapy", async () => {
    const bg = await setUp();
    await bg.fromPage({
      type: "check",
      url: PAGE,
      first: 0,
      blocks: ["Our bakery opens at nine. Fresh bread every day."],
      signals: { title: "Bakery", description: "", headings: [], lang: "en" },
      reset: true,
    });
    expect((await bg.store.get(3))!.omissions).toEqual([]);
  });
});

describe("a page checked in parts", () => {
  beforeEach(() => void fakeBrowser.reset());

  /** The demo articles' paragraphs, repeated past the first part's size (the 10,000-word article of bench:page). */
  function article(lang: "en" | "ru"): string[] {
    const html = readFileSync(join(__dirname, `../../examples/article-${lang}.html`), "utf8");
    const blocks = extractBlocks(parseHTML(html).document.body).map((b) => b.text);
    return Array.from({ length: 8 }, () => blocks).flat();
  }

  it.each(["en", "ru"] as const)(
    "finds in the page checker's parts what it finds in the %s page whole: claims, places, language, omissions",
    async (lang) => {
      const blocks = article(lang);
      const signals = { ...SIGNALS, lang };
      const whole = async () => {
        const bg = await setUp();
        await bg.fromPage({ ...check(true, blocks), signals });
        return (await bg.store.get(3))!;
      };
      const parted = async () => {
        const bg = await setUp();
        const parts = partsOf(
          blocks.map((text) => ({ text, segments: [] })),
          undefined,
          undefined,
          FIRST_PART_CHARS,
        );
        let first = 0;
        for (const [i, part] of parts.entries()) {
          const texts = part.map((b) => b.text);
          await bg.fromPage({ ...check(i === 0, texts), first, signals });
          first += part.length;
        }
        return { state: (await bg.store.get(3))!, parts: parts.length };
      };
      const one = await whole();
      const { state, parts } = await parted();
      expect(parts).toBeGreaterThan(1);
      const where = (s: typeof one) => s.findings.map((f) => [f.claim, f.order, f.text, f.lang]);
      expect(one.findings.length).toBeGreaterThan(20);
      expect(where(state)).toEqual(where(one));
      expect(state.about).toEqual(one.about);
      expect(state.omissions).toEqual(one.omissions);
    },
  );
});

describe("hiding a finding ('not a claim here')", () => {
  beforeEach(() => void fakeBrowser.reset());

  const dismissOf = (f: { id: number; claim: string; text: string }) => ({
    type: "dismiss" as const,
    url: PAGE,
    id: f.id,
    claim: f.claim,
    text: f.text,
  });

  it("from the page's note: stored, out of the findings and badge, into the hidden list, and left out of the page's next checks", async () => {
    const bg = await setUp();
    const reply = CheckReply.parse(await bg.fromPage(check(true)));
    const [first, ...rest] = reply.findings;
    await bg.fromPage(dismissOf(first!));
    await vi.waitFor(async () => expect((await bg.store.get(3))!.hidden).toHaveLength(1));
    const state = (await bg.store.get(3))!;
    expect(state.findings.map((f) => f.id)).toEqual(rest.map((f) => f.id));
    expect(state.hidden!.map((f) => f.text)).toEqual([first!.text]);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe(String(rest.length)),
    );
    // The page told no more than it did: its note took the highlight off itself.
    expect(bg.toTab).not.toHaveBeenCalled();
    // A later visit: the hidden sentence is neither in the reply nor among the findings.
    const again = CheckReply.parse(await bg.fromPage(check(true)));
    expect(again.findings.map((f) => f.text)).toEqual(rest.map((f) => f.text));
    const later = (await bg.store.get(3))!;
    expect(later.hidden!.map((f) => [f.claim, f.text])).toEqual([[first!.claim, first!.text]]);
    expect(later.findings).toHaveLength(rest.length);
  });

  it("takes a dismissal only for a finding the tab shows, and only from this extension", async () => {
    const bg = await setUp();
    const reply = CheckReply.parse(await bg.fromPage(check(true)));
    await fakeBrowser.runtime.onMessage.trigger(dismissOf(reply.findings[0]!), {
      id: "another-extension",
      url: PAGE,
      tab: { id: 3 },
    } as never);
    await bg.fromPage({ ...dismissOf(reply.findings[0]!), id: 999 });
    expect((await bg.store.get(3))!.findings).toHaveLength(reply.findings.length);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it("from the side panel: the page told to take the highlight off; undo brings it back through a new check", async () => {
    const bg = await setUp();
    const reply = CheckReply.parse(await bg.fromPage(check(true)));
    const target = reply.findings[1]!;
    expect(await bg.fromPanel({ type: "setHidden", tabId: 3, id: target.id, hidden: true })).toBe(
      true,
    );
    expect(bg.toTab).toHaveBeenLastCalledWith(3, { type: "hideFinding", id: target.id });
    expect((await bg.store.get(3))!.findings.map((f) => f.id)).not.toContain(target.id);
    // Hiding what is already hidden, or restoring what is not: nothing to do.
    expect(await bg.fromPanel({ type: "setHidden", tabId: 3, id: target.id, hidden: true })).toBe(
      false,
    );
    expect(await bg.fromPanel({ type: "setHidden", tabId: 3, id: 0, hidden: false })).toBe(false);

    expect(await bg.fromPanel({ type: "setHidden", tabId: 3, id: target.id, hidden: false })).toBe(
      true,
    );
    expect(bg.toTab).toHaveBeenLastCalledWith(3, {
      type: "restoreFinding",
      claim: target.claim,
      text: target.text,
    });
    expect((await bg.store.get(3))!.hidden).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    const again = CheckReply.parse(await bg.fromPage(check(true)));
    expect(again.findings.map((f) => f.text)).toContain(target.text);
  });
});

describe("the toolbar button", () => {
  beforeEach(() => void fakeBrowser.reset());
  const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
  const pause = (paused: boolean) => fakeBrowser.storage.local.set({ [PAUSED_KEY]: paused });

  it("while paused shows the paused icon and title and no count, and on resume the counts again", async () => {
    const bg = await setUp();
    const reply = CheckReply.parse(await bg.fromPage(check(true)));
    const count = String(reply.findings.length);
    expect(await badge(3)).toBe(count);
    // Started unpaused: the manifest's icon stays, nothing set.
    expect(bg.setIcon).not.toHaveBeenCalled();

    await pause(true);
    await vi.waitFor(async () => expect(await badge(3)).toBe(""));
    expect(bg.setIcon).toHaveBeenLastCalledWith({ path: PAUSED_ICON });
    expect(await fakeBrowser.action.getTitle({})).toBe("MesoCheck: paused everywhere");
    // A page checked anyway while paused keeps its findings, with no count.
    await bg.fromPage(check(true), 4);
    expect((await bg.store.get(4))!.findings).toHaveLength(reply.findings.length);
    expect(await badge(4)).toBe("");

    await pause(false);
    await vi.waitFor(async () => expect(await badge(3)).toBe(count));
    expect(await badge(4)).toBe(count);
    expect(bg.setIcon).toHaveBeenLastCalledWith({ path: ICON });
    expect(bg.setIcon).toHaveBeenCalledTimes(2);
    expect(await fakeBrowser.action.getTitle({})).toBe("MesoCheck");
  });

  it("sends the tab's states out in the order published, a slow one holding back the next", async () => {
    const bg = await setUp();
    const session = fakeBrowser.storage.session;
    const set = session.set.bind(session);
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    // The check's state is held on its way to storage.
    const slow = vi.spyOn(session, "set").mockImplementationOnce(async (items) => {
      await held;
      await set(items);
    });
    const checking = bg.fromPage(check(true));
    await vi.waitFor(() => expect(slow).toHaveBeenCalled());
    // Known to the background at once, not yet stored or counted on the badge.
    expect((await bg.store.get(3))!.status).toBe("checked");
    expect(await badge(3)).toBe("");
    // The page moves on: its status, published later, must be the last word.
    await bg.fromPage({ type: "status", url: PAGE, status: "site-off" });
    release();
    CheckReply.parse(await checking);
    await bg.store.settled();
    expect(await badge(3)).toBe("");
    expect(TabState.parse((await session.get(tabKey(3)))[tabKey(3)]).status).toBe("site-off");
  });

  it("started while paused (a browser restart), sets the paused icon and counts nothing", async () => {
    const bg = await setUp(undefined, { stored: { [PAUSED_KEY]: true } });
    await vi.waitFor(() => expect(bg.setIcon).toHaveBeenCalledWith({ path: PAUSED_ICON }));
    await bg.fromPage(check(true));
    expect((await bg.store.get(3))!.status).toBe("checked");
    expect(await badge(3)).toBe("");
  });

  it("counts nothing on a site switched off or a page off-topic, and ignores other settings", async () => {
    const bg = await setUp();
    await bg.fromPage(check(true));
    await bg.fromPage({ type: "status", url: PAGE, status: "site-off" });
    await vi.waitFor(async () => expect(await badge(3)).toBe(""));
    await bg.fromPage(check(true));
    expect(await badge(3)).not.toBe("");
    await fakeBrowser.storage.local.set({ "site:clinic.example": { enabled: false } });
    await fakeBrowser.storage.session.set({ [PAUSED_KEY]: true });
    expect(bg.setIcon).not.toHaveBeenCalled();
  });

  it("uses browserAction where there is no action (Firefox MV2)", async () => {
    const bg = await setUp(undefined, { firefox: true });
    const reply = CheckReply.parse(await bg.fromPage(check(true)));
    expect(await badge(3)).toBe(String(reply.findings.length));
    await pause(true);
    await vi.waitFor(() => expect(bg.setIcon).toHaveBeenCalledWith({ path: PAUSED_ICON }));
    await vi.waitFor(async () => expect(await badge(3)).toBe(""));
  });

  it("marks the page pending when the top frame's gate passes, not a frame's", async () => {
    const bg = await setUp();
    await bg.fromPage({ type: "status", url: PAGE, status: "off-topic" });
    await bg.fromPage({ type: "loadChecker" }, 3, 2);
    expect((await bg.store.get(3))!.status).toBe("off-topic");
    await bg.fromPage({ type: "loadChecker" }, 3, 0);
    expect(await bg.store.get(3)).toMatchObject({ url: PAGE, status: "pending", findings: [] });
  });
});

describe("badgeText", () => {
  const state = (status: PageStatus, n: number): TabState => ({
    url: PAGE,
    hostname: "clinic.example",
    status,
    about: null,
    findings: Array.from({ length: n }, (_, i) => ({
      id: i,
      claim: "painless",
      verdict: "disputed" as const,
      text: "x",
      lang: "en" as const,
      order: i,
    })),
  });

  it("is the count of a checked page's findings, and nothing otherwise or while paused", () => {
    expect(badgeText(state("checked", 3), false)).toBe("3");
    expect(badgeText(state("checked", 0), false)).toBe("");
    expect(badgeText(state("checked", 3), true)).toBe("");
    for (const status of ["pending", "off-topic", "site-off", "paused"] as const)
      expect(badgeText(state(status, 2), false), status).toBe("");
    expect(badgeText(undefined, false)).toBe("");
  });
});

describe("inject", () => {
  it("uses tabs.executeScript file by file where there is no scripting API (Firefox MV2), and says when it cannot", async () => {
    const executeScript = vi.fn(async () => undefined);
    expect(await inject({ tabs: { executeScript } }, 4, 1, ["/a.js", "/b.js"])).toBe(true);
    expect(executeScript.mock.calls).toEqual([
      [4, { file: "/a.js", frameId: 1 }],
      [4, { file: "/b.js", frameId: 1 }],
    ]);
    const refused = {
      scripting: { executeScript: vi.fn(async () => Promise.reject(new Error("no access"))) },
      tabs: {},
    };
    expect(await inject(refused, 4, 0, ["/a.js"])).toBe(false);
  });
});
