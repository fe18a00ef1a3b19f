// The send functions: each direction reaches its API, and a message of the
// wrong direction or shape fails to compile (the @ts-expect-error lines are
// checked by `tsc --noEmit`: if one of them compiled, tsc would fail).
import { describe, expect, it, vi } from "vitest";
import {
  sendFromContent,
  sendFromPanel,
  sendPanelToContent,
  sendToContent,
  sendToPanels,
} from "../../src/ext/send";

function api() {
  return {
    runtime: { sendMessage: vi.fn(async () => "r") },
    tabs: { sendMessage: vi.fn(async () => "t") },
  };
}

describe("send", () => {
  it("sends each direction through its API", async () => {
    const a = api();
    expect(await sendFromContent({ type: "loadChecker" }, a)).toBe("r");
    expect(await sendFromPanel({ type: "getTabState", tabId: 2 }, a)).toBe("r");
    expect(
      await sendToPanels(
        {
          type: "tabChanged",
          tabId: 2,
          state: { url: "", hostname: "", status: "pending", about: null, findings: [] },
        },
        a,
      ),
    ).toBe("r");
    expect(await sendToContent(2, { type: "checkAnyway" }, a)).toBe("t");
    expect(await sendPanelToContent(2, { type: "showFinding", id: 1 }, a)).toBe("t");
    expect(a.runtime.sendMessage).toHaveBeenCalledTimes(3);
    expect(a.tabs.sendMessage).toHaveBeenCalledTimes(2);
  });

  it("refuses at compile time what the protocol does not have", () => {
    const a = api();
    // @ts-expect-error a panel's message from a content script
    void sendFromContent({ type: "getTabState", tabId: 1 }, a);
    void sendFromContent(
      {
        type: "check",
        url: "",
        first: 0,
        blocks: [],
        signals: { title: "", description: "", headings: [], lang: null },
        reset: true,
        // @ts-expect-error force is no longer part of a check
        force: true,
      },
      a,
    );
    // @ts-expect-error gateMs is no longer part of a status
    void sendFromContent({ type: "status", url: "", status: "off-topic", gateMs: 1 }, a);
    // @ts-expect-error not a status
    void sendFromContent({ type: "status", url: "", status: "great" }, a);
    // @ts-expect-error the panel shows findings, the background does not
    void sendToContent(1, { type: "showFinding", id: 1 }, a);
    // @ts-expect-error a content script's message from the panel
    void sendFromPanel({ type: "loadChecker" }, a);
    expect(a.runtime.sendMessage).toHaveBeenCalledTimes(5);
  });
});
