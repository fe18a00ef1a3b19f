// Opening the side panel: Chrome's sidePanel for a tab, Firefox's sidebar.
export interface PanelApis {
  sidePanel?: { open(o: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Undefined where the browser has neither. Call it inside the user's gesture (a click): opening a panel needs one. */
export function openPanel(api: PanelApis, tabId: number | null): Promise<void> | undefined {
  if (api.sidePanel && tabId !== null) return api.sidePanel.open({ tabId });
  return api.sidebarAction?.open();
}
