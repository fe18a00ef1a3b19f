// The keyboard commands (src/ext/commands.ts). The note's "dismiss" as the
// background takes it is tests/ext/background.test.ts's.
import { describe, expect, it, vi } from "vitest";
import { COMMANDS, listenToCommands, runCommand, type CommandApis } from "../../src/ext/commands";

function apis(
  active: Array<{ id?: number }> = [{ id: 12 }],
  reply: () => Promise<unknown> = async () => undefined,
) {
  let listener: ((command: string, tab?: { id?: number }) => void) | undefined;
  const api = {
    runtime: { sendMessage: vi.fn() },
    tabs: { sendMessage: vi.fn(reply), query: vi.fn(async () => active) },
    commands: { onCommand: { addListener: (l: typeof listener) => (listener = l) } },
  } satisfies CommandApis;
  return { api, press: (c: string, tab?: { id?: number }) => listener!(c, tab) };
}

describe("keyboard commands", () => {
  it("are the manifest's two, next and previous", () => {
    expect(COMMANDS).toEqual({ "next-finding": "next", "previous-finding": "previous" });
  });

  it("tell the tab the browser names to go to the next or previous finding", async () => {
    const { api } = apis();
    expect(await runCommand(api, "next-finding", { id: 3 })).toBe(true);
    expect(await runCommand(api, "previous-finding", { id: 3 })).toBe(true);
    expect(api.tabs.sendMessage.mock.calls).toEqual([
      [3, { type: "goToFinding", to: "next" }],
      [3, { type: "goToFinding", to: "previous" }],
    ]);
    expect(api.tabs.query).not.toHaveBeenCalled();
  });

  it("without a tab from the browser, ask for the active tab of the current window", async () => {
    const { api } = apis([{ id: 12 }]);
    expect(await runCommand(api, "next-finding")).toBe(true);
    expect(api.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(12, { type: "goToFinding", to: "next" });
  });

  it("ignore other commands, and a tab with no page checker is no error", async () => {
    const none = apis([]);
    expect(await runCommand(none.api, "next-finding")).toBe(false);
    const { api } = apis([{ id: 12 }], async () => {
      throw new Error("Could not establish connection. Receiving end does not exist.");
    });
    expect(await runCommand(api, "_execute_action", { id: 1 })).toBe(false);
    expect(await runCommand(api, "next-finding", { id: 1 })).toBe(false);
    expect(api.tabs.sendMessage).toHaveBeenCalledTimes(1);
  });

  it("follow the browser's onCommand, and hand back what it runs", async () => {
    const { api, press } = apis();
    const run = listenToCommands(api);
    press("previous-finding", { id: 5 });
    await vi.waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledTimes(1));
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(5, { type: "goToFinding", to: "previous" });
    expect(await run("next-finding", { id: 6 })).toBe(true);
    expect(api.tabs.sendMessage).toHaveBeenLastCalledWith(6, { type: "goToFinding", to: "next" });
  });
});
