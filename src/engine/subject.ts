// Whom a sentence's claim is about. A page about mesotherapy also talks about
// laser hair removal, Botox, peels or yoga; "Botox alone needs no downtime" is
// no claim about mesotherapy, while "Mesotherapy, unlike Botox, needs no
// downtime" is. The procedure named nearest before the match (else first at
// or after its start) is the subject; one named after "unlike" in its
// clause, or after a likeness (", like PRP,"), or right after "not", is never it. Claims that name other procedures themselves skip this check.
import { occurrences, type CompiledLexicon } from "./lexicon";
import type { Match, Pattern, Sentence } from "./pattern";
import { allLanguages } from "./words";

/** How far after "unlike" / "в отличие от" the procedures it sets aside may be named, within its clause. */
const CONTRAST_REACH = 8;
/** How far after "known as" / "называют" a procedure word is a nickname ('known as a "lunchtime facelift"'). */
const NAMING_REACH = 4;
/** How far after "not" / "не" the procedure it sets aside may be named ("not the Botox"). */
const NEGATOR_REACH = 2;

interface Mention {
  start: number;
  /** The token after the name. */
  end: number;
  mesotherapy: boolean;
}

/** Where the words after "unlike" or a likeness end: at the clause's punctuation, within CONTRAST_REACH. */
function setAsideEnd(s: Sentence, from: number): number {
  let i = from;
  while (i < from + CONTRAST_REACH && s.tokens[i] && s.tokens[i]!.kind !== "punct") i++;
  return i;
}

// A sentence is asked for its mentions once per match weighed in it, and again as the sentences after it look back.
const mentionsBySentence = new WeakMap<Sentence, { lexicon: CompiledLexicon; found: Mention[] }>();

/** The procedures the sentence names (its mentionsIn()), worked out once per sentence. */
function mentions(s: Sentence, lexicon: CompiledLexicon): readonly Mention[] {
  let known = mentionsBySentence.get(s);
  if (known?.lexicon !== lexicon) {
    known = { lexicon, found: mentionsIn(s, lexicon) };
    mentionsBySentence.set(s, known);
  }
  return known.found;
}

function mentionsIn(s: Sentence, lexicon: CompiledLexicon): Mention[] {
  // Names here are neither mesotherapy's nor another procedure's: "unlike X", "not X".
  const contrasted = new Set<number>();
  for (const c of occurrences(lexicon.contrast, s))
    for (let i = c.end, end = setAsideEnd(s, c.end); i < end; i++) contrasted.add(i);
  for (const c of occurrences(lexicon.negator, s))
    for (let i = c.end; i < c.end + NEGATOR_REACH; i++) contrasted.add(i);
  // Names here are no other procedure's, though mesotherapy's may be: what mesotherapy
  // is likened to ("Mesotherapy, like PRP, …"; "PRP, like mesotherapy, …" keeps it), and nicknames.
  const notOther = new Set(contrasted);
  for (const c of occurrences(lexicon.likeness, s)) {
    const before = s.tokens[c.start - 1];
    // After a noun or a dash, "like" gives examples ("others—like an oxygen facial—are safe").
    if (before && before.norm !== ",") continue;
    for (let i = c.end, end = setAsideEnd(s, c.end); i < end; i++) notOther.add(i);
  }
  for (const n of occurrences(lexicon.naming, s))
    for (let i = n.end; i < n.end + NAMING_REACH; i++) notOther.add(i);
  const found: Mention[] = [];
  // A word named as another procedure is not also mesotherapy: "мезонити" (threads) begins as "мезо*" does.
  const others = occurrences(lexicon.otherProcedure, s);
  const otherStarts = new Set(others.map((x) => x.start));
  const meso = occurrences(lexicon.mesotherapy, s);
  for (const x of meso)
    if (!contrasted.has(x.start) && !otherStarts.has(x.start))
      found.push({ start: x.start, end: x.end, mesotherapy: true });
  // A name right before mesotherapy's says which kind it is: "fat-dissolving meso", "лазерная мезотерапия".
  const mesoStarts = new Set(meso.map((x) => x.start));
  const kindOfMesotherapy = (end: number) =>
    mesoStarts.has(end) || (s.tokens[end]?.norm === "-" && mesoStarts.has(end + 1));
  for (const x of others)
    if (!notOther.has(x.start) && !kindOfMesotherapy(x.end))
      found.push({ start: x.start, end: x.end, mesotherapy: false });
  const named = new Set(found.map((x) => x.start));
  for (let i = 0; i < s.tokens.length; i++)
    if (
      !named.has(i) &&
      !notOther.has(i) &&
      !kindOfMesotherapy(i + 1) &&
      namesUnlisted(s, i, lexicon)
    )
      found.push({ start: i, end: i + 1, mesotherapy: false });
  // Only where mesotherapy goes unnamed: "Mesotherapy gives collagen stimulation with no downtime" is its own claim.
  if (lexicon.procedureHead && !found.some((x) => x.mesotherapy)) {
    // Words already read as a mention, or as mesotherapy's name, are no modifier of another's.
    const covered = new Set<number>();
    for (const m of [...meso, ...others]) for (let i = m.start; i < m.end; i++) covered.add(i);
    for (const i of unlistedCompounds(s, lexicon.procedureHead, covered))
      if (!named.has(i) && !notOther.has(i))
        found.push({ start: i, end: i + 2, mesotherapy: false });
  }
  return found;
}

/**
 * Where a word names a procedure by the head noun after it ("shockwave
 * therapy", "keloid injections", "a Hollywood peel"): the word is no listed
 * procedure, no part of one, and none of the words that leave a head generic
 * ("these injections", "painless injections", "micro-injections").
 */
function unlistedCompounds(
  s: Sentence,
  {
    head,
    generic,
    named,
    problems,
    adjective,
  }: { head: Pattern; generic: Pattern; named?: Pattern; problems?: Pattern; adjective?: Pattern },
  covered: Set<number>,
): number[] {
  const starts: number[] = [];
  const heads = [...occurrences(head, s)];
  // "facial" is a noun before no word or a function word ("a hydra facial is"), else an adjective ("overall facial tone").
  if (adjective)
    for (const h of occurrences(adjective, s)) {
      const after = s.tokens[h.end];
      const isHead = (p: Pattern | undefined) => !!p && occurrences(p, s, h.end, h.end + 1).length;
      if (
        !after ||
        after.kind !== "word" ||
        (isHead(generic) && !isHead(head) && !isHead(named) && !isHead(adjective))
      )
        heads.push(h);
    }
  // "treatment", "procedure" are any page's words for its own procedure: only a name makes them another's.
  if (named)
    for (const h of occurrences(named, s)) {
      const i = h.start - 1;
      if (properName(s, i) && !(problems && occurrences(problems, s, i, i + 1).length))
        heads.push(h);
    }
  for (const h of heads) {
    const i = h.start - 1;
    const t = s.tokens[i];
    if (!t || t.kind !== "word" || covered.has(i) || covered.has(h.start)) continue;
    if (occurrences(generic, s, i, i + 1).length || starts.includes(i)) continue;
    starts.push(i);
  }
  return starts;
}

/** The word as the text spells it, where the sentence keeps its text. */
function spelled(s: Sentence, i: number): string | undefined {
  const t = s.tokens[i];
  return s.source && t?.kind === "word" ? s.source.slice(t.start, t.end) : undefined;
}

const hasCapital = (w: string) => w[0] !== w[0]!.toLowerCase();
const isAcronym = (w: string) => w.length > 1 && w === w.toUpperCase() && hasCapital(w);

/**
 * Whether word i is spelled as a name: an acronym ("LED", not amid shouting
 * "VERY SAFE"), or a capital after another word ("the Threadlift") in a
 * sentence that is no title ("Benefits Of Skin Treatments").
 */
function properName(s: Sentence, i: number): boolean {
  const w = spelled(s, i);
  if (!w) return false;
  const next = spelled(s, i + 1);
  if (isAcronym(w)) {
    const before = spelled(s, i - 1);
    return !(before && isAcronym(before)) && !(next && isAcronym(next));
  }
  // Not the first word, nor one after a colon or quote ("Results: Only procedures that ...").
  const before = s.tokens[i - 1]?.kind;
  if (!hasCapital(w) || (before !== "word" && before !== "num")) return false;
  // A title capitalises most of its longer words (the name and the word after it aside).
  let { capitals, long } = longWords(s);
  for (const k of [i, i + 1]) {
    const other = spelled(s, k);
    if (!other || other.length < TITLE_WORD) continue;
    long--;
    if (hasCapital(other)) capitals--;
  }
  return capitals * 2 < long;
}

/** The shortest word a title is expected to capitalise. */
const TITLE_WORD = 4;
const longWordsBySentence = new WeakMap<Sentence, { capitals: number; long: number }>();

/** How many of the sentence's words are long, and how many of those are capitalised: counted once a sentence, so any number of names costs one pass. */
function longWords(s: Sentence): { capitals: number; long: number } {
  let known = longWordsBySentence.get(s);
  if (!known) {
    known = { capitals: 0, long: 0 };
    for (let k = 0; k < s.tokens.length; k++) {
      const w = spelled(s, k);
      if (!w || w.length < TITLE_WORD) continue;
      known.long++;
      if (hasCapital(w)) known.capitals++;
    }
    longWordsBySentence.set(s, known);
  }
  return known;
}

/**
 * A word the lexicon does not list that still names a product or procedure:
 * by a trade mark after it ("Kybella®", "CoolSculpting™") or by the ending of
 * its kind ("cryotherapy", "ринопластика"), unless it holds mesotherapy's stem
 * ("oxymezotherapy" is mesotherapy under another prefix).
 */
function namesUnlisted(s: Sentence, i: number, lexicon: CompiledLexicon): boolean {
  const t = s.tokens[i]!;
  if (t.kind !== "word") return false;
  if (BRAND_MARKS.has(s.tokens[i + 1]?.norm ?? "")) return true;
  const { otherEndings, mesotherapy } = lexicon.source.procedures;
  return (
    otherEndings.some((e) => t.norm.length > e.length + 2 && t.norm.endsWith(e)) &&
    !mesotherapy.some((w) => w.endsWith("*") && t.norm.includes(w.slice(0, -1)))
  );
}

const BRAND_MARKS = new Set(["®", "™", "℠"]);

/** Whether the sentence names any procedure, even one it sets aside ("unlike Botox", "like PRP"). */
function namesAnyProcedure(s: Sentence, lexicon: CompiledLexicon): boolean {
  return (
    occurrences(lexicon.mesotherapy, s).length > 0 ||
    occurrences(lexicon.otherProcedure, s).length > 0
  );
}

/** How many sentences back a paragraph's subject is looked for ("Botox is quick. It doesn't hurt a bit!"). */
export const CARRY_REACH = 2;

/**
 * Whether the sentences before, in one paragraph, leave another procedure as
 * its subject: the nearest of them, within CARRY_REACH, that names any
 * procedure names only others ("Dermapen is a new device. It is a safe
 * treatment." is said of Dermapen). One that names mesotherapy keeps it.
 */
export function carriesOtherProcedure(
  before: readonly Sentence[],
  lexicon: CompiledLexicon,
): boolean {
  for (let k = before.length - 1; k >= 0 && k >= before.length - CARRY_REACH; k--) {
    const found = mentions(before[k]!, lexicon);
    if (found.length) return found.every((x) => !x.mesotherapy);
  }
  return false;
}

/**
 * Whether the match is said of another named procedure rather than of
 * mesotherapy. A sentence that names no procedure takes its paragraph's
 * subject from the sentences `preceding` it.
 */
export function isAboutOtherProcedure(
  s: Sentence,
  m: Match,
  lexicon: CompiledLexicon,
  preceding?: () => readonly Sentence[],
): boolean {
  const relative = contrastedRelative(s, m, lexicon);
  if (relative) return relative === "other";
  const found = mentions(s, lexicon);
  if (!found.length)
    // "Unlike Botox, it is painless" sets Botox aside: such a sentence has a subject of its own.
    return (
      !!preceding && !namesAnyProcedure(s, lexicon) && carriesOtherProcedure(preceding(), lexicon)
    );
  if (!found.some((x) => !x.mesotherapy)) return false;
  // The matched words name mesotherapy themselves ("there is none with mesotherapy").
  if (found.some((x) => x.mesotherapy && x.start >= m.start && x.end <= m.end)) return false;
  let before: Mention | undefined;
  let after: Mention | undefined;
  for (const x of found) {
    if (x.start < m.start && (!before || x.start > before.start)) before = x;
    if (x.start >= m.start && (!after || x.start < after.start)) after = x;
  }
  const subject = before ?? after;
  return !!subject && !subject.mesotherapy && !inListWithMesotherapy(s, subject, found, lexicon);
}

/**
 * "Unlike liposuction, which removes fat cells permanently, mesotherapy …":
 * the relative clause after the procedure "unlike" sets aside is said of it.
 * The match lies in that clause (from the relative word to the next
 * punctuation); what the words set aside name, mesotherapy or another
 * procedure, is its subject ("Unlike mesotherapy, which is painless, Botox …").
 * So are the words set aside themselves, up to their comma ("Unlike some
 * procedures that deliver immediate changes, mesotherapy …").
 */
function contrastedRelative(
  s: Sentence,
  m: Match,
  lexicon: CompiledLexicon,
): "mesotherapy" | "other" | null {
  const { tokens } = s;
  for (const c of occurrences(lexicon.contrast, s, 0, m.start)) {
    const comma = setAsideEnd(s, c.end);
    if (tokens[comma]?.norm !== ",") continue;
    const setAside: Sentence = { tokens: tokens.slice(c.end, comma), spansAt: NO_SPANS };
    const namesMesotherapy = occurrences(lexicon.mesotherapy, setAside).length > 0;
    // Inside the words set aside ("Unlike some procedures that deliver
    // immediate changes, mesotherapy …"): said of them, unless they name it.
    if (m.start >= c.end && m.end <= comma) return namesMesotherapy ? "mesotherapy" : "other";
    if (!RELATIVES.has(tokens[comma + 1]?.norm ?? "")) continue;
    if (m.start <= comma + 1) continue;
    let end = comma + 2;
    while (tokens[end] && tokens[end]!.kind !== "punct") end++;
    if (m.end > end) continue;
    if (namesMesotherapy) return "mesotherapy";
    if (occurrences(lexicon.otherProcedure, setAside).length) return "other";
  }
  return null;
}

const RELATIVES = allLanguages((w) => w.framing.relatives);
const NO_SPANS: Sentence["spansAt"] = new Map();

/** Tokens that join the names of a list: "mesotherapy, peels and laser". */
const LIST_MARKS = new Set([",", "&", "/"]);

/**
 * Whether the subject is one of a list of procedures that names mesotherapy
 * before it ("Mesotherapy and laser are safe during pregnancy", "mesotherapy,
 * peels and microdermabrasion are fine"): what the list is said to be,
 * mesotherapy is said to be too. Names are joined by at most two marks or
 * coordinators; a word between ("mesotherapy, glycolic peels") ends the list.
 */
function inListWithMesotherapy(
  s: Sentence,
  subject: Mention,
  found: readonly Mention[],
  lexicon: CompiledLexicon,
): boolean {
  const joins = (from: number, to: number) => {
    if (to - from < 1 || to - from > 2) return false;
    for (let j = from; j < to; j++) {
      const t = s.tokens[j]!;
      if (!LIST_MARKS.has(t.norm) && !occurrences(lexicon.coordinator, s, j, j + 1).length)
        return false;
    }
    return true;
  };
  let item = subject;
  for (;;) {
    // Adjacent names are one procedure's ("laser" + "hair removal").
    const previous = found.find(
      (x) =>
        x.end <= item.start &&
        (joins(x.end, item.start) || (x.end === item.start && !x.mesotherapy)),
    );
    if (!previous) return false;
    if (previous.mesotherapy) return true;
    item = previous;
  }
}

/** How far after a combining word its object may be named ("combining the PRP with …"). */
const OBJECT_REACH = 2;

/**
 * For a claim that names other procedures itself ("combined with Botox"):
 * whether the sentence names no mesotherapy and its subject, the procedure
 * named nearest before the match, is another one ("Chemical peels can be used
 * in conjunction with fillers"), or the match combines one other procedure
 * with another ("pairing skin boosters with microneedling", "combine PRP with
 * exosomes"). "It pairs well with Botox" and "combine it with Botox and
 * fillers" keep their claim.
 */
export function isAmongOtherProceduresOnly(
  s: Sentence,
  m: Match,
  lexicon: CompiledLexicon,
): boolean {
  const found = mentions(s, lexicon);
  if (found.some((x) => x.mesotherapy)) return false;
  if (found.some((x) => x.start < m.start)) return true;
  const object = found.find((x) => x.start > m.start && x.start <= m.start + OBJECT_REACH);
  if (!object || !found.some((x) => x.start > object.start)) return false;
  // "combined with peels or laser": after "with" come the partners, not what is combined.
  return !occurrences(lexicon.partner, s, m.start + 1, object.start).length;
}
