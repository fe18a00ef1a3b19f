// The keyboard commands (the manifest's `commands`, wxt.config.ts): next and
// previous finding. The browser reports a shortcut to the background, which
// tells the active tab's page checker; a tab without one (not checked, or a
// browser page) has nobody to answer, which is no error.
import type { Direction } from "../content/cursor";
import { sendToContent, type Messaging } from "./send";

/** The manifest's command names, and where each takes the reader. */
export const COMMANDS: Readonly<Record<string, Direction>> = {
  "next-finding": "next",
  "previous-finding": "previous",
};

export interface CommandApis extends Messaging {
  tabs: Messaging["tabs"] & {
    query(q: { active: true; currentWindow: true }): Promise<Array<{ id?: number }>>;
  };
  commands?: {
    onCommand: { addListener(l: (command: string, tab?: { id?: number }) => void): void };
  };
}

/**
 * Runs a command in `tab` (the browser passes the active tab), else the
 * active tab of the current window. Resolves whether a page checker was told.
 */
export async function runCommand(
  api: CommandApis,
  command: string,
  tab?: { id?: number },
): Promise<boolean> {
  const to = COMMANDS[command];
  if (!to) return false;
  const tabId = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return false;
  return sendToContent(tabId, { type: "goToFinding", to }, api).then(
    () => true,
    () => false,
  );
}

/** Follows the browser's commands; returns what a command runs, for the end-to-end tests, which cannot press an extension's shortcut. */
export function listenToCommands(
  api: CommandApis,
): (command: string, tab?: { id?: number }) => Promise<boolean> {
  const run = (command: string, tab?: { id?: number }) => runCommand(api, command, tab);
  api.commands?.onCommand.addListener((command, tab) => void run(command, tab));
  return run;
}
