/**
 * Text-block extraction shared by the content script (real browser DOM) and
 * the CLI (linkedom). Only structural DOM APIs are used (nodeType, localName,
 * getAttribute, firstChild/nextSibling, shadowRoot): no `instanceof` against
 * globals, no `window`, no HTML parsing of page text.
 */
import {
  AD_CLASSES,
  BLOCKS as BLOCK_TAGS,
  DOCUMENT_FRAGMENT_NODE,
  DOCUMENT_NODE,
  ELEMENT_NODE,
  FURNITURE as FURNITURE_TAGS,
  FURNITURE_ROLES as FURNITURE_ROLE_NAMES,
  nameOf,
  SKIPPED as SKIPPED_TAGS,
  TEXT_NODE,
} from "./tags";

/** [start,end) offsets in block.text covered by the whole of node.data. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

export interface TextBlock {
  text: string;
  segments: TextSegment[];
}

export interface ExtractOptions {
  /** Extra visibility test (the browser passes one using checkVisibility); called once per element, skip the subtree when it returns true. */
  isHidden?: (el: Element) => boolean;
  /**
   * The element's own text is invisible although its descendants may show
   * (CSS `visibility: hidden` is inherited but a child can undo it). Asked
   * only for elements that have text children.
   */
  textHidden?: (el: Element) => boolean;
  /** The document inside a frame element, when it may be read (same origin); otherwise frames are skipped. */
  frameDocument?: (frame: Element) => Document | null;
  /** Stop after this many characters in all (huge pages); default 2_000_000. */
  maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 2_000_000;

const SKIPPED = new Set<string>(SKIPPED_TAGS);

/**
 * Page furniture rather than the article: navigation, sidebars and adverts.
 * Their text (a laser advert's "no downtime", a "Home" breadcrumb) is not what
 * the article claims, so it is neither checked nor highlighted.
 */
const FURNITURE = new Set<string>(FURNITURE_TAGS);
const FURNITURE_ROLES = new Set<string>(FURNITURE_ROLE_NAMES);
const AD_TOKENS = new Set<string>(AD_CLASSES);

function isFurniture(el: Element, name: string): boolean {
  if (FURNITURE.has(name)) return true;
  const role = el.getAttribute("role");
  if (role !== null && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  const cls = el.getAttribute("class");
  if (cls)
    for (const token of cls.toLowerCase().split(/\s+/)) if (AD_TOKENS.has(token)) return true;
  return false;
}

/** Elements that start and end a block (everything else is inline). */
const BLOCKS = new Set<string>(BLOCK_TAGS);

/** Inline `display` values that make an otherwise inline element a block. */
const BLOCK_DISPLAY_PREFIXES = ["block", "flex", "grid", "list-item", "table", "flow-root"];

interface InlineStyle {
  hidden: boolean;
  block: boolean;
}

/** Very small `style` attribute reader: only `display` and `visibility`. */
function readInlineStyle(style: string): InlineStyle {
  let hidden = false;
  let block = false;
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    if (property !== "display" && property !== "visibility") continue;
    let value = declaration.slice(colon + 1).toLowerCase();
    const bang = value.indexOf("!");
    if (bang >= 0) value = value.slice(0, bang);
    value = value.trim();
    if (property === "display") {
      if (value === "none") hidden = true;
      else if (BLOCK_DISPLAY_PREFIXES.some((p) => value.startsWith(p))) block = true;
    } else if (value === "hidden" || value === "collapse") {
      hidden = true;
    }
  }
  return { hidden, block };
}

function isEditable(el: Element): boolean {
  const ce = el.getAttribute("contenteditable");
  return ce !== null && ce.trim().toLowerCase() !== "false";
}

const NOT_SKIPPED: InlineStyle = { hidden: false, block: false };

/**
 * Built-in rules (no callback). Returns null when the element's subtree must
 * be skipped, otherwise the parsed inline style (for the block upgrade).
 */
function builtinCheck(el: Element, name: string): InlineStyle | null {
  if (SKIPPED.has(name) || isFurniture(el, name)) return null;
  if (el.getAttribute("hidden") !== null) return null;
  const ariaHidden = el.getAttribute("aria-hidden");
  if (ariaHidden !== null && ariaHidden.trim().toLowerCase() === "true") return null;
  if (isEditable(el)) return null;
  const style = el.getAttribute("style");
  if (style === null || style === "") return NOT_SKIPPED;
  const parsed = readInlineStyle(style);
  return parsed.hidden ? null : parsed;
}

/** Parent across shadow boundaries (a shadow root's parent is its host). */
function parentOf(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent !== null && parent !== undefined) return parent;
  if (node.nodeType === DOCUMENT_FRAGMENT_NODE) {
    const host = (node as ShadowRoot).host;
    if (host !== null && host !== undefined) return host;
  }
  return null;
}

/**
 * When extraction starts below the document (e.g. a subtree reported by a
 * MutationObserver), the built-in rules still apply to the root's ancestors:
 * text inside an editor, a script or a hidden container is never extracted.
 */
function insideSkippedAncestor(root: Node): boolean {
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (
    doc !== null &&
    doc !== undefined &&
    typeof doc.designMode === "string" &&
    doc.designMode.toLowerCase() === "on"
  ) {
    return true;
  }
  for (let node = parentOf(root); node !== null; node = parentOf(node)) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (builtinCheck(el, nameOf(el)) === null) return true;
  }
  return false;
}

interface Frame {
  /** Next sibling to visit in this container. */
  next: Node | null;
  /** The container is block-level (or a shadow root): flush when leaving it. */
  block: boolean;
  /** Visit `next` alone, not its following siblings. */
  single?: boolean;
  /** The element whose children these are, for textHidden. */
  owner?: Element;
  /** textHidden(owner), asked once, at the first text child. */
  textHidden?: boolean;
  /** Inside <pre> (and its old cousins): line breaks in the source are the text's own. */
  pre?: boolean;
}

/** Elements whose source line breaks are shown as breaks; everywhere else a browser shows them as spaces. */
const PRESERVES_BREAKS = new Set(["pre", "listing", "plaintext", "xmp"]);
/** Line breaks and tabs that a browser renders as a space: replaced one for one, so offsets still map to the DOM. */
const SOURCE_BREAK = /[\n\r\t\f]/g;

function insidePre(root: Node): boolean {
  for (let node: Node | null = root; node !== null; node = parentOf(node))
    if (node.nodeType === ELEMENT_NODE && PRESERVES_BREAKS.has(nameOf(node as Element)))
      return true;
  return false;
}

/**
 * Splits the text under a root into blocks: no block spans two block-level
 * elements. Each block's text is the concatenation of its text nodes' data
 * (plus "\n" for each <br>), so offsets map back to the DOM; a line break or
 * tab in the HTML source becomes a space, as a browser shows it (not in
 * <pre>), so that a paragraph wrapped in the source is one run of sentences.
 *
 * The walk keeps its own stack (no recursion: a page may nest thousands of
 * elements deep) and can stop between any two nodes and resume later, so a
 * caller in a browser can spread a huge page over many short tasks.
 */
export class BlockWalker {
  readonly blocks: TextBlock[] = [];
  /** The character cap was reached: the rest of the page was not read. */
  truncated = false;
  private readonly stack: Frame[] = [];
  private readonly maxChars: number;
  private parts: string[] = [];
  private segments: TextSegment[] = [];
  private length = 0;
  private total = 0;
  private done = false;

  constructor(
    root: Node,
    private readonly options: ExtractOptions = {},
  ) {
    const rawMax = options.maxChars;
    this.maxChars = rawMax === undefined || Number.isNaN(rawMax) ? DEFAULT_MAX_CHARS : rawMax;
    if (this.maxChars <= 0 || insideSkippedAncestor(root)) this.done = true;
    else this.stack.push({ next: root, block: false, single: true, pre: insidePre(root) });
  }

  /**
   * Walks until the end, or until `pause()` says stop (it is asked every 64
   * nodes). Returns true when the walk is complete.
   */
  run(pause?: () => boolean): boolean {
    const stack = this.stack;
    let n = 0;
    while (!this.done) {
      if (pause !== undefined && ++n % 64 === 0 && pause()) return false;
      const frame = stack[stack.length - 1];
      if (frame === undefined) break;
      const node = frame.next;
      if (node === null) {
        stack.pop();
        if (frame.block) this.flush();
        continue;
      }
      frame.next = frame.single === true ? null : node.nextSibling;
      this.visit(node, frame);
    }
    this.done = true;
    this.flush();
    return true;
  }

  private flush(): void {
    if (this.length === 0) return;
    const text = this.parts.join("");
    if (/\S/.test(text)) this.blocks.push({ text, segments: this.segments });
    this.parts = [];
    this.segments = [];
    this.length = 0;
  }

  /** Room for n more characters; otherwise the walk ends here, and says so. */
  private room(n: number): boolean {
    if (this.total + n <= this.maxChars) return true;
    this.truncated = true;
    this.done = true;
    return false;
  }

  private visit(node: Node, parent: Frame): void {
    const type = node.nodeType;
    const stack = this.stack;
    if (type === TEXT_NODE) {
      const textNode = node as Text;
      const data = textNode.data;
      if (data.length === 0) return;
      const textHidden = this.options.textHidden;
      if (textHidden !== undefined && parent.owner !== undefined) {
        parent.textHidden ??= textHidden(parent.owner);
        if (parent.textHidden) return;
      }
      if (!this.room(data.length)) return;
      this.parts.push(parent.pre === true ? data : data.replace(SOURCE_BREAK, " "));
      this.segments.push({ node: textNode, start: this.length, end: this.length + data.length });
      this.length += data.length;
      this.total += data.length;
      return;
    }
    if (type === DOCUMENT_NODE) {
      // linkedom leaves the doctype's nextSibling null, so a document's own
      // (few) children are taken from childNodes, one frame each.
      this.flush();
      stack.push({ next: null, block: true });
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child !== undefined) stack.push({ next: child, block: false, single: true });
      }
      return;
    }
    if (type === DOCUMENT_FRAGMENT_NODE) {
      this.flush();
      if (node.firstChild !== null) stack.push({ next: node.firstChild, block: true });
      return;
    }
    if (type !== ELEMENT_NODE) return; // comments, doctypes, processing instructions
    const el = node as Element;
    const name = nameOf(el);
    const isHidden = this.options.isHidden;
    if ((name === "iframe" || name === "frame") && this.options.frameDocument !== undefined) {
      // A same-origin frame's text is its own blocks; a cross-origin one gives null and is left alone.
      if (el.getAttribute("hidden") !== null || (isHidden !== undefined && isHidden(el))) return;
      const body = this.options.frameDocument(el)?.body;
      if (body === null || body === undefined) return;
      this.flush();
      stack.push({ next: body, block: true, single: true });
      return;
    }
    const style = builtinCheck(el, name);
    if (style === null) return;
    if (isHidden !== undefined && isHidden(el)) return;
    if (name === "br") {
      if (!this.room(1)) return;
      this.parts.push("\n");
      this.length += 1;
      this.total += 1;
      return;
    }
    const block = style.block || BLOCKS.has(name);
    if (block) this.flush();
    const pre = parent.pre === true || PRESERVES_BREAKS.has(name);
    if (el.firstChild !== null) stack.push({ next: el.firstChild, block, owner: el, pre });
    const shadow = el.shadowRoot;
    if (shadow !== null && shadow !== undefined && shadow.firstChild !== null) {
      // Pushed last, so walked first: the shadow tree's text forms its own blocks.
      this.flush();
      stack.push({ next: shadow.firstChild, block: true, owner: el, pre });
    }
  }
}

/** All the blocks under `root`, in one go (the CLI; small subtrees). */
export function extractBlocks(root: Node, options?: ExtractOptions): TextBlock[] {
  const walker = new BlockWalker(root, options);
  walker.run();
  return walker.blocks;
}

/** Index of the last segment with start <= offset, or -1. */
function lastStartingAtOrBefore(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const seg = segments[mid];
    if (seg === undefined) break;
    if (seg.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Index of the first segment with end >= offset, or segments.length. */
function firstEndingAtOrAfter(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = segments.length;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const seg = segments[mid];
    if (seg === undefined) break;
    if (seg.end >= offset) {
      found = mid;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  return found;
}

/** The segment still matches its node (the page may have changed since extraction). */
function fresh(seg: TextSegment): boolean {
  return seg.node.data.length === seg.end - seg.start;
}

/**
 * Map [start,end) of block.text back to DOM positions, for a Range.
 * A start inside a <br> gap moves forward to the next text node, an end inside
 * a gap moves back to the previous one. Returns null for out-of-range or
 * reversed offsets, a range that covers no text node (including a collapsed
 * range at the very end of the block or inside a trailing gap), or a stale
 * segment (its node's data no longer has the extracted length).
 */
export function locate(
  block: TextBlock,
  start: number,
  end: number,
): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | null {
  const { segments } = block;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end < start || end > block.text.length) return null;

  let si = lastStartingAtOrBefore(segments, start);
  let startOffset: number;
  const atStart = si >= 0 ? segments[si] : undefined;
  if (atStart !== undefined && start < atStart.end) {
    startOffset = start - atStart.start;
  } else {
    si += 1; // in a gap (or past a segment's end): begin at the next node
    startOffset = 0;
  }
  const startSeg = segments[si];
  if (startSeg === undefined || !fresh(startSeg)) return null;

  if (start === end) {
    if (startSeg.start + startOffset > end) return null; // collapsed inside a gap
    return {
      startNode: startSeg.node,
      startOffset,
      endNode: startSeg.node,
      endOffset: startOffset,
    };
  }

  let ei = firstEndingAtOrAfter(segments, end);
  let endOffset: number;
  const atEnd = segments[ei];
  if (atEnd !== undefined && atEnd.start < end) {
    endOffset = end - atEnd.start;
  } else {
    ei -= 1; // in a gap: end at the previous node's end
    const prev = segments[ei];
    endOffset = prev === undefined ? 0 : prev.end - prev.start;
  }
  const endSeg = segments[ei];
  if (endSeg === undefined || !fresh(endSeg)) return null;
  if (ei < si || (ei === si && endOffset <= startOffset)) return null;
  return { startNode: startSeg.node, startOffset, endNode: endSeg.node, endOffset };
}
