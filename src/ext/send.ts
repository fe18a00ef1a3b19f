// The one way to send a message: a function per direction, typed from the
// protocol's schemas (type imports only: no validation library reaches the
// content scripts through here). A reply arrives as `unknown`: the sender
// parses it, as every receiver parses what it gets.
import type {
  BackgroundToContent,
  BackgroundToPanel,
  ContentToBackground,
  PanelToBackground,
  PanelToContent,
} from "./protocol";

/** The slice of the browser these need: the real `browser`, or a test's fake. */
export interface Messaging {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** A content script (the gate, the page checker) to the background. */
export function sendFromContent(
  message: ContentToBackground,
  api: Messaging = browser,
): Promise<unknown> {
  return api.runtime.sendMessage(message);
}

/** The side panel or the popup to the background. */
export function sendFromPanel(
  message: PanelToBackground,
  api: Messaging = browser,
): Promise<unknown> {
  return api.runtime.sendMessage(message);
}

/** The background to a tab's page checker. */
export function sendToContent(
  tabId: number,
  message: BackgroundToContent,
  api: Messaging = browser,
): Promise<unknown> {
  return api.tabs.sendMessage(tabId, message);
}

/** The side panel to a tab's page checker. */
export function sendPanelToContent(
  tabId: number,
  message: PanelToContent,
  api: Messaging = browser,
): Promise<unknown> {
  return api.tabs.sendMessage(tabId, message);
}

/** The background to any open side panel or popup. */
export function sendToPanels(
  message: BackgroundToPanel,
  api: Messaging = browser,
): Promise<unknown> {
  return api.runtime.sendMessage(message);
}
