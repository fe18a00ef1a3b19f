// Shared by the CLI bundle (scripts/build-cli.ts) and the extension's background (wxt.config.ts).
// The build embeds the validated, compiled claims database in the CLI bundle
// as compact JSON text, which the bundle parses at start: no file to read,
// nothing to validate again. Compact, because the compiled rules are
// thousands of small objects of a few shapes ({type, value, prefix, stem}):
// each object is written as its shape's number and its values, the keys once
// in a table. That makes the text about half as long, and JSON.parse of it
// plus rebuilding the objects is quicker than evaluating the same data as a
// JavaScript literal. The same few thousand words recur tens of thousands of
// times (every atom says "word"; a subject's words recur in each stance's
// patterns), so each string is written once, in a table ordered by use, and
// everywhere else as its number there: a third shorter again, and JSON.parse
// makes one string per word instead of one per use. Non-ASCII characters are
// escaped, so the bundle holds it as a one-byte string.
//
// Values the caller marks as shareable (the compiled patterns' atoms and
// elements: four in five of them repeat another, as a subject's words recur in
// every stance's patterns) are written once, in a table, and everywhere else
// as a reference; the reader makes each one object, shared by every place that
// refers to it. Only values nothing tells apart by identity may be shared.
//
// The database must be data: plain objects, arrays, Sets, Maps, strings,
// finite numbers, booleans, null, and undefined as an object's property
// (left out, as JSON does). Anything else (a class instance, a function, a
// RegExp, a cycle) fails the build, naming where it is, so a change to the
// compiled rules cannot be embedded wrongly.

export class SerializeError extends Error {}

type Json = null | boolean | number | string | Json[];

// Containers are arrays whose first item says what they are: an object's shape (>= 0), or one of these.
const ARRAY = -1;
const SET = -2;
const MAP = -3;
/** A number of the data, [NUMBER, n]: a bare number elsewhere is a string's place, or a shared value's (below). */
const NUMBER = -4;
/**
 * A value in the shared table is referred to by a bare negative number, -(i + 1)
 * for its place i (a bare number >= 0 is a string's place): a reference is
 * then no array of its own for JSON.parse to make, and there are tens of
 * thousands of them.
 */
const sharedRef = (place: number): number => -(place + 1);

interface Packed {
  shapes: string[][];
  strings: string[];
  shared: Json[];
  value: Json;
}

export interface JsonOptions {
  /**
   * Whether a plain object of these keys may be one object in many places once
   * read back. Arrays are shareable when all their items are. None is by default.
   */
  shareable?: (keys: readonly string[]) => boolean;
}

/** The JSON text of a data value; throws SerializeError on anything that is not data. */
export function toJson(value: unknown, name = "db", options: JsonOptions = {}): string {
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const ancestors = new Set<object>();
  const uses = new Map<string, number>();
  const encode = (v: unknown, at: string): Json => {
    if (v === null || typeof v === "boolean") return v;
    if (typeof v === "string") {
      uses.set(v, (uses.get(v) ?? 0) + 1);
      return v;
    }
    if (typeof v === "number") {
      if (Number.isFinite(v) && !Object.is(v, -0)) return [NUMBER, v];
      throw new SerializeError(`${at}: ${v} cannot be embedded`);
    }
    if (typeof v !== "object")
      throw new SerializeError(
        `${at}: ${v === undefined ? "undefined" : `a ${typeof v}`} cannot be embedded here`,
      );
    if (ancestors.has(v)) throw new SerializeError(`${at}: a cycle cannot be embedded`);
    ancestors.add(v);
    try {
      if (Array.isArray(v)) return [ARRAY, ...v.map((x, i) => encode(x, `${at}.${i}`))];
      if (v instanceof Set) return [SET, ...[...v].map((x, i) => encode(x, `${at}.<item ${i}>`))];
      if (v instanceof Map)
        return [
          MAP,
          ...[...v].flatMap(([k, x], i) => [
            encode(k, `${at}.<key ${i}>`),
            encode(x, `${at}.${String(k)}`),
          ]),
        ];
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null)
        throw new SerializeError(
          `${at}: a ${v.constructor?.name ?? "class instance"} cannot be embedded`,
        );
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.some(([k]) => k === "__proto__"))
        throw new SerializeError(`${at}: a "__proto__" key cannot be embedded`);
      const keys = entries.map(([k]) => k);
      const signature = JSON.stringify(keys);
      let shape = shapeIds.get(signature);
      if (shape === undefined) shapeIds.set(signature, (shape = shapes.push(keys) - 1));
      return [shape, ...entries.map(([k, x]) => encode(x, `${at}.${k}`))];
    } finally {
      ancestors.delete(v);
    }
  };
  const encoded = encode(value, name);
  const { shared, value: deduplicated } = share(encoded, shapes, options.shareable);
  // The most used strings get the shortest numbers (a shared value's strings counted once).
  uses.clear();
  const count = (v: Json): void => {
    if (typeof v === "string") uses.set(v, (uses.get(v) ?? 0) + 1);
    else if (Array.isArray(v)) for (let i = 1; i < v.length; i++) count(v[i]!);
  };
  for (const v of [...shared, deduplicated]) count(v);
  const strings = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)!);
  const place = new Map(strings.map((s, i) => [s, i]));
  // An array's first item is its tag or shape, never a string.
  const number = (v: Json): Json =>
    typeof v === "string"
      ? place.get(v)!
      : Array.isArray(v)
        ? v.map((x, i) => (i === 0 ? x : number(x)))
        : v;
  const packed: Packed = {
    shapes,
    strings,
    shared: shared.map(number),
    value: number(deduplicated),
  };
  return JSON.stringify(packed).replace(
    /[^\0-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * The encoded value with each shareable container that occurs more than once
 * replaced by a reference to its place in the shared table. Occurrences are
 * counted where they would be written: inside a shared value only once.
 */
function share(
  value: Json,
  shapes: readonly string[][],
  shareable: JsonOptions["shareable"],
): { shared: Json[]; value: Json } {
  if (!shareable) return { shared: [], value };
  const keyOf = new Map<Json[], string | null>();
  // The JSON text of a shareable container (its identity when shared), null for one that is not.
  const key = (v: Json): string | null => {
    if (!Array.isArray(v)) return JSON.stringify(v);
    let k = keyOf.get(v);
    if (k !== undefined) return k;
    const tag = v[0] as number;
    const items = v.slice(1).map(key);
    const ok =
      tag !== SET &&
      tag !== MAP &&
      (tag === NUMBER || tag === ARRAY || (tag >= 0 && shareable(shapes[tag]!))) &&
      items.every((x) => x !== null);
    k = ok ? `[${tag},${items.join(",")}]` : null;
    keyOf.set(v, k);
    return k;
  };
  key(value);
  const counts = new Map<string, number>();
  const visit = (v: Json): void => {
    if (!Array.isArray(v)) return;
    const k = keyOf.get(v);
    if (k) {
      const n = (counts.get(k) ?? 0) + 1;
      counts.set(k, n);
      if (n > 1) return;
    }
    for (let i = 1; i < v.length; i++) visit(v[i]!);
  };
  visit(value);
  const places = new Map<string, number>();
  const shared: Json[] = [];
  const rewrite = (v: Json): Json => {
    if (!Array.isArray(v) || v[0] === NUMBER) return v;
    const k = keyOf.get(v);
    const copy = (): Json[] => v.map((x, i) => (i === 0 ? x : rewrite(x)));
    if (!k || counts.get(k)! < 2) return copy();
    let at = places.get(k);
    // Its parts are written (and placed) first; a value never contains itself, as there are no cycles.
    if (at === undefined) places.set(k, (at = shared.push(copy()) - 1));
    return sharedRef(at);
  };
  return { value: rewrite(value), shared };
}

/** The value toJson() wrote. */
export function fromJson<T>(text: string): T {
  const { shapes, strings, shared, value } = JSON.parse(text) as Packed;
  const made = new Array<unknown>(shared.length);
  const decode = (v: Json): unknown => {
    if (typeof v === "number") {
      if (v >= 0) return strings[v];
      // A shared value is a container, never undefined: made[at] is unset until it is decoded.
      const at = -v - 1;
      return made[at] ?? (made[at] = decode(shared[at]!));
    }
    if (!Array.isArray(v)) return v;
    const tag = v[0] as number;
    if (tag === NUMBER) return v[1];
    if (tag === ARRAY) {
      const out = new Array<unknown>(v.length - 1);
      for (let i = 1; i < v.length; i++) out[i - 1] = decode(v[i]!);
      return out;
    }
    if (tag === SET) {
      const out = new Set<unknown>();
      for (let i = 1; i < v.length; i++) out.add(decode(v[i]!));
      return out;
    }
    if (tag === MAP) {
      const out = new Map<unknown, unknown>();
      for (let i = 1; i < v.length; i += 2) out.set(decode(v[i]!), decode(v[i + 1]!));
      return out;
    }
    const keys = shapes[tag]!;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) out[keys[i]!] = decode(v[i + 1]!);
    return out;
  };
  return decode(value) as T;
}
