// The page checker's side of BackgroundToContent and PanelToContent: only our
// own extension, parsed with the zod/mini copy; anything malformed is dropped,
// with a debug line.
import { Incoming } from "../ext/protocol-mini";
import type { Direction } from "./cursor";

export interface IncomingHandlers {
  showFinding(id: number): void;
  /** A keyboard command, through the background. */
  goToFinding(to: Direction): void;
  /** The background asked: the reply tells it this page checker took it, so it injects none. */
  checkAnyway(): void;
  /** Hidden from the side panel ("not a claim here"). */
  hideFinding(id: number): void;
  /** That hiding undone: check again so the finding comes back. */
  restoreFinding(finding: { claim: string; text: string }): void;
}

export interface RuntimeEvents {
  id: string;
  onMessage: {
    addListener(l: (raw: unknown, sender: { id?: string }) => Promise<boolean> | undefined): void;
    removeListener(
      l: (raw: unknown, sender: { id?: string }) => Promise<boolean> | undefined,
    ): void;
  };
}

/** Starts listening; returns the function that stops. */
export function listenToExtension(
  handlers: IncomingHandlers,
  runtime: RuntimeEvents = browser.runtime,
): () => void {
  const onMessage = (raw: unknown, sender: { id?: string }): Promise<boolean> | undefined => {
    if (sender.id !== runtime.id) return undefined;
    const parsed = Incoming.safeParse(raw);
    if (!parsed.success) {
      console.debug("MesoCheck: dropped a malformed message", parsed.error.issues[0]);
      return undefined;
    }
    const msg = parsed.data;
    switch (msg.type) {
      case "showFinding":
        handlers.showFinding(msg.id);
        return undefined;
      case "goToFinding":
        handlers.goToFinding(msg.to);
        return undefined;
      case "checkAnyway":
        handlers.checkAnyway();
        return Promise.resolve(true);
      case "hideFinding":
        handlers.hideFinding(msg.id);
        return undefined;
      case "restoreFinding":
        handlers.restoreFinding({ claim: msg.claim, text: msg.text });
        return undefined;
    }
  };
  runtime.onMessage.addListener(onMessage);
  return () => runtime.onMessage.removeListener(onMessage);
}
