// Sentences of a block, with their offsets. Intl.Segmenter does the work; we
// undo its splits after abbreviations and cut runaway "sentences" (a page
// without punctuation) so that no sentence grows without bound.
import type { Lang } from "./schema";

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATION_END =
  /(?:^|[\s(])(?:dr|mr|mrs|ms|prof|st|vs|e\.g|i\.e|approx|incl|no|fig|т\.е|т\.к|т\.н|др|проф|г|ул|им|см|напр|мин)\.\s*$/iu;
const MAX_SENTENCE = 1000;

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: "sentence" })));
  return s;
}

// Where a sentence can end inside a block; a block with none before its last
// characters is one sentence and skips the segmenter.
const INNER_END = /[.!?…。]\s*\S/u;

export function splitSentences(text: string, lang: Lang): SentenceSpan[] {
  if (text.length <= MAX_SENTENCE && !INNER_END.test(text) && !text.includes("\n")) {
    const out: SentenceSpan[] = [];
    pushTrimmed(out, text, 0, text.length);
    return out;
  }
  const raw: Array<{ start: number; end: number }> = [];
  const push = (start: number, end: number) => {
    const prev = raw.at(-1);
    // Only the tail of the previous sentence is tested, so this stays linear.
    if (prev && ABBREVIATION_END.test(text.slice(Math.max(prev.start, prev.end - 12), prev.end)))
      prev.end = end;
    else raw.push({ start, end });
  };
  for (const piece of sureBreaks(text)) {
    const one = text.slice(piece.start, piece.end);
    // A piece holds no line break but at its end, where it is cut.
    if (one.length <= MAX_SENTENCE && !INNER_END.test(one)) {
      push(piece.start, piece.end);
      continue;
    }
    for (const window of windows(one)) {
      for (const seg of segmenter(lang).segment(one.slice(window.start, window.end))) {
        const start = piece.start + window.start + seg.index;
        push(start, start + seg.segment.length);
      }
    }
  }
  const out: SentenceSpan[] = [];
  for (const r of raw)
    for (const piece of capLength(text, r.start, r.end))
      pushTrimmed(out, text, piece.start, piece.end);
  return out;
}

// Breaks ICU's sentence rules always make (UAX #29): after a line break
// (SB4), and after a full stop, question or exclamation mark and plain spaces
// before a capital letter (SB11). The block is cut there first, so that most
// pieces are one sentence each and skip the segmenter, which was a fifth of
// the engine's time; the boundaries are the same.
const SURE_BREAK = /[.!?] +(?=\p{Lu})|\n/gu;

function sureBreaks(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const m of text.matchAll(SURE_BREAK)) {
    const cut = m.index + m[0].length;
    out.push({ start: from, end: cut });
    from = cut;
  }
  out.push({ start: from, end: text.length });
  return out;
}

// ICU's sentence segmenter is quadratic on some inputs ("Dr. e.g. i.e. "
// repeated): it only ever sees windows this long, cut after a sentence end
// where there is one, else at a space.
const WINDOW = 4000;

function windows(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let from = 0;
  while (text.length - from > WINDOW) {
    // Both searches look back over half a window at most.
    let cut = -1;
    for (let i = from + WINDOW; i > from + WINDOW / 2 && cut < 0; i--)
      if (/[.!?…]/u.test(text[i - 1]!) && /\s/u.test(text[i]!)) cut = i;
    for (let i = from + WINDOW; i > from + WINDOW / 2 && cut < 0; i--) if (text[i] === " ") cut = i;
    if (cut < 0) cut = from + WINDOW;
    out.push({ start: from, end: cut });
    from = cut;
  }
  out.push({ start: from, end: text.length });
  return out;
}

function capLength(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  if (end - start <= MAX_SENTENCE) return [{ start, end }];
  const pieces: Array<{ start: number; end: number }> = [];
  let from = start;
  while (end - from > MAX_SENTENCE) {
    let cut = text.lastIndexOf(" ", from + MAX_SENTENCE);
    if (cut <= from + MAX_SENTENCE / 2) cut = from + MAX_SENTENCE;
    pieces.push({ start: from, end: cut });
    from = cut;
  }
  pieces.push({ start: from, end });
  return pieces;
}

function pushTrimmed(out: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
