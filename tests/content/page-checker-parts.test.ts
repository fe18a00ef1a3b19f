// The page checker's parts that need no browser: the page session, the
// mutation batcher, the pointer and the incoming messages (linkedom where a
// DOM is needed).
import { parseHTML } from "linkedom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { changedRoots, MutationBatcher } from "../../src/content/batcher";
import { listenToExtension, type RuntimeEvents } from "../../src/content/incoming";
import { PointerNotes, type PointerDeps } from "../../src/content/pointer";
import { PageSession } from "../../src/content/session";

afterEach(() => vi.useRealTimers());

describe("PageSession", () => {
  it("makes work begun before a teardown stale, and runs the cleanups in order at each teardown", () => {
    const session = new PageSession();
    const order: string[] = [];
    session.onTeardown(() => order.push("a"));
    session.onTeardown(() => order.push("b"));
    const mine = session.current;
    const stale = session.staleCheck();
    expect(session.isStale(mine)).toBe(false);
    expect(stale()).toBe(false);
    session.teardown();
    expect(session.isStale(mine)).toBe(true);
    expect(stale()).toBe(true);
    expect(session.isStale(session.current)).toBe(false);
    session.teardown();
    expect(order).toEqual(["a", "b", "a", "b"]);
  });
});

describe("changedRoots", () => {
  const { document } = parseHTML(
    '<html><body><article><p id="p1">One <b id="b">two</b></p><div id="d"><p id="p2">x</p></div></article><ul id="ul"><li id="li">item</li></ul><span id="own">note</span></body></html>',
  );
  const $ = (id: string) => document.getElementById(id)!;
  const added = (...nodes: Node[]) =>
    ({
      type: "childList",
      target: nodes[0]!.parentNode!,
      addedNodes: nodes as unknown as NodeList,
    }) as const;

  it("checks the nearest block around each added node or changed text, outermost only", () => {
    const text = $("b").firstChild!;
    expect(
      changedRoots(
        [{ type: "characterData", target: text, addedNodes: [] as unknown as NodeList }],
        () => false,
      ),
    ).toEqual([$("p1")]);
    // A list item is checked on its own, not the whole list.
    expect(changedRoots([added($("li"))], () => false)).toEqual([$("li")]);
    // p2 is inside d, which was added too: d alone.
    expect(changedRoots([added($("p2")), added($("d"))], () => false)).toEqual([$("d")]);
  });

  it("skips our own nodes and nodes that already left the page", () => {
    expect(changedRoots([added($("own"))], (n) => n === $("own"))).toEqual([]);
    const gone = document.createElement("p");
    expect(changedRoots([added(gone)], () => false)).toEqual([]);
  });
});

describe("MutationBatcher", () => {
  it("hands on the records once the page has been quiet for the settle time, then starts afresh", () => {
    vi.useFakeTimers();
    const settled: unknown[][] = [];
    const batcher = new MutationBatcher((r) => settled.push(r), 300);
    const r = (n: number) => ({ n }) as unknown as MutationRecord;
    batcher.add([r(1)]);
    vi.advanceTimersByTime(200);
    batcher.add([r(2), r(3)]);
    vi.advanceTimersByTime(299);
    expect(settled).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(settled).toEqual([[r(1), r(2), r(3)]]);
    batcher.add([r(4)]);
    batcher.stop();
    vi.advanceTimersByTime(1000);
    expect(settled).toHaveLength(1);
  });

  it("observes the subtree for added nodes and text, and disconnects on stop", () => {
    const observed: unknown[] = [];
    const disconnect = vi.fn();
    class FakeObserver {
      observe(target: Node, options: MutationObserverInit) {
        observed.push(target, options);
      }
      disconnect = disconnect;
    }
    const batcher = new MutationBatcher(
      () => {},
      300,
      FakeObserver as unknown as typeof MutationObserver,
    );
    const root = parseHTML("<html><body></body></html>").document.body;
    batcher.observe(root);
    expect(observed).toEqual([root, { childList: true, subtree: true, characterData: true }]);
    batcher.stop();
    expect(disconnect).toHaveBeenCalled();
  });
});

describe("PointerNotes", () => {
  function setUp(markId?: number) {
    const listeners: Array<[string, (e: MouseEvent) => void]> = [];
    const own = { own: true } as unknown as Node;
    const notes = { hover: vi.fn(), leave: vi.fn(), isOwnNode: (n: Node | null) => n === own };
    const deps: PointerDeps = {
      markAt: () => (markId === undefined ? undefined : { id: markId }),
      notes,
      listen: (type, l) => listeners.push([type, l]),
      frame: { request: (cb) => (cb(), 1), cancel: () => {} },
    };
    return { pointer: new PointerNotes(deps), notes, listeners, own };
  }

  it("listens only once asked, once, and shows the note of the finding under the pointer", () => {
    const { pointer, notes, listeners } = setUp(4);
    expect(listeners).toEqual([]);
    pointer.listen();
    pointer.listen();
    expect(listeners.map(([t]) => t)).toEqual(["mousemove", "click"]);
    listeners[0]![1]({ clientX: 10, clientY: 20, target: null } as unknown as MouseEvent);
    expect(notes.hover).toHaveBeenCalledWith(4, 10);
    expect(notes.leave).not.toHaveBeenCalled();
  });

  it("lets the note go when the pointer is on no finding", () => {
    const { pointer, notes } = setUp(undefined);
    pointer.point(1, 1);
    expect(notes.hover).not.toHaveBeenCalled();
    expect(notes.leave).toHaveBeenCalledTimes(1);
  });

  it("opens no note under the pointer after a click that closed the note from inside it", () => {
    const frames: Array<() => void> = [];
    let open = true;
    const note = { own: true } as unknown as Node;
    const notes = {
      hover: vi.fn(),
      leave: vi.fn(),
      isOwnNode: (n: Node | null) => open && n === note,
    };
    const listeners: Array<[string, (e: MouseEvent) => void]> = [];
    const pointer = new PointerNotes({
      markAt: () => ({ id: 7 }),
      notes,
      listen: (type, l) => listeners.push([type, l]),
      frame: { request: (cb) => frames.push(cb), cancel: () => {} },
    });
    pointer.listen();
    const click = listeners.find(([t]) => t === "click")![1];
    // The close button's click reaches the listener (capturing) while the note is up...
    click({ clientX: 5, clientY: 5, target: note } as unknown as MouseEvent);
    // ...then the button takes the note away, before the next frame.
    open = false;
    for (const f of frames) f();
    expect(notes.hover).not.toHaveBeenCalled();
  });

  it("opens no note again at a move the browser sends to the same point after the note went", () => {
    const { pointer, notes, listeners } = setUp(4);
    pointer.listen();
    const move = listeners.find(([t]) => t === "mousemove")![1];
    move({ clientX: 10, clientY: 20, target: null } as unknown as MouseEvent);
    expect(notes.hover).toHaveBeenCalledTimes(1);
    // The reader closes the note with a key; the page changes under the still pointer
    // (the browser's move may round the point).
    move({ clientX: 10, clientY: 20, target: null } as unknown as MouseEvent);
    move({ clientX: 10.5, clientY: 20, target: null } as unknown as MouseEvent);
    expect(notes.hover).toHaveBeenCalledTimes(1);
    // The reader moves: it shows again.
    move({ clientX: 14, clientY: 20, target: null } as unknown as MouseEvent);
    expect(notes.hover).toHaveBeenCalledTimes(2);
  });

  it("does nothing while the pointer is on the note itself, so the note stays", () => {
    const { pointer, notes, own } = setUp(undefined);
    for (let i = 0; i < 5; i++) pointer.point(i, i, own);
    expect(notes.leave).not.toHaveBeenCalled();
    expect(notes.hover).not.toHaveBeenCalled();
  });
});

describe("listenToExtension", () => {
  function setUp() {
    let listener: Parameters<RuntimeEvents["onMessage"]["addListener"]>[0] | undefined;
    const runtime: RuntimeEvents = {
      id: "us",
      onMessage: {
        addListener: (l) => (listener = l),
        removeListener: () => (listener = undefined),
      },
    };
    const handlers = {
      showFinding: vi.fn(),
      goToFinding: vi.fn(),
      checkAnyway: vi.fn(),
      hideFinding: vi.fn(),
      restoreFinding: vi.fn(),
    };
    const stop = listenToExtension(handlers, runtime);
    return {
      send: (raw: unknown, id = "us") => listener?.(raw, { id }),
      handlers,
      stop,
      listening: () => listener !== undefined,
    };
  }

  it("shows a finding, goes to the next or previous one, and takes a check-anyway with a true reply", async () => {
    const { send, handlers } = setUp();
    expect(send({ type: "showFinding", id: 2 })).toBeUndefined();
    expect(handlers.showFinding).toHaveBeenCalledWith(2);
    expect(send({ type: "goToFinding", to: "previous" })).toBeUndefined();
    expect(send({ type: "goToFinding", to: "next" })).toBeUndefined();
    expect(handlers.goToFinding.mock.calls).toEqual([["previous"], ["next"]]);
    expect(await send({ type: "checkAnyway" })).toBe(true);
    expect(handlers.checkAnyway).toHaveBeenCalledTimes(1);
  });

  it("hides a finding the side panel hid, and restores one whose hiding was undone", () => {
    const { send, handlers } = setUp();
    expect(send({ type: "hideFinding", id: 4 })).toBeUndefined();
    expect(handlers.hideFinding).toHaveBeenCalledWith(4);
    send({ type: "restoreFinding", claim: "painless", text: "It is painless." });
    expect(handlers.restoreFinding).toHaveBeenCalledWith({
      claim: "painless",
      text: "It is painless.",
    });
    send({ type: "restoreFinding", claim: "painless" });
    expect(handlers.restoreFinding).toHaveBeenCalledTimes(1);
  });

  it("ignores other extensions and malformed messages, and stops listening", () => {
    const { send, handlers, stop, listening } = setUp();
    expect(send({ type: "checkAnyway" }, "other")).toBeUndefined();
    expect(send({ type: "showFinding", id: -1 })).toBeUndefined();
    expect(send({ type: "highlightAll" })).toBeUndefined();
    expect(send({ type: "goToFinding", to: "first" })).toBeUndefined();
    expect(handlers.showFinding).not.toHaveBeenCalled();
    expect(handlers.goToFinding).not.toHaveBeenCalled();
    expect(handlers.checkAnyway).not.toHaveBeenCalled();
    stop();
    expect(listening()).toBe(false);
  });
});
