// Where a highlighted range is on the page, seen from the top document: its
// place in page order and its box in the window. A range may sit in a shadow
// tree or a same-origin frame (src/dom/ walks both), so each is lifted to the
// top document through the shadow hosts and frame elements around it.
import { DOCUMENT_FRAGMENT_NODE } from "../dom/tags";
import type { Box } from "./placement";

// Node's constants, by value: linkedom (the unit tests) and every realm agree on them.
const PRECEDING = 2;
const FOLLOWING = 4;

/** The node, then the shadow host or frame element around its tree, and so on up to the top document. */
function liftChain(node: Node): Node[] {
  const chain: Node[] = [node];
  for (let at: Node | null = node; at;) {
    const root = at.getRootNode();
    // By node type, not instanceof: a frame's nodes come from another realm.
    const up: Node | null =
      root.nodeType === DOCUMENT_FRAGMENT_NODE && "host" in root
        ? (root as ShadowRoot).host
        : ((root as Document).defaultView?.frameElement ?? null);
    if (up) chain.push(up);
    at = up;
  }
  return chain.reverse();
}

/** Page order of two ranges by their starts: negative when `a` comes first. */
export function comparePageOrder(a: Range, b: Range): number {
  const ca = liftChain(a.startContainer);
  const cb = liftChain(b.startContainer);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & FOLLOWING) return -1;
    if (position & PRECEDING) return 1;
    return 0;
  }
  if (ca.length !== cb.length) return ca.length - cb.length;
  return a.startOffset - b.startOffset;
}

/** The range's bounding box in the top window, or null once its text has left the page. */
export function boxInTopWindow(range: Range): Box | null {
  if (range.collapsed || !range.startContainer.isConnected) return null;
  const r = range.getBoundingClientRect();
  let { left, top, right, bottom } = r;
  // Each frame's box offsets the one inside it (its border and padding too: clientLeft/Top are the border).
  for (
    let win: Window | null = range.startContainer.ownerDocument?.defaultView ?? null;
    win && win !== window && win.frameElement;
    win = win.parent
  ) {
    const frame = win.frameElement as HTMLElement;
    const f = frame.getBoundingClientRect();
    const dx = f.left + frame.clientLeft;
    const dy = f.top + frame.clientTop;
    left += dx;
    right += dx;
    top += dy;
    bottom += dy;
  }
  return { left, top, right, bottom };
}
