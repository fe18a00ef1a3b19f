// The evidence's quotes, held to their source texts (../shared/sources/): a
// quote is a verbatim span of its source that ends where its thought ends,
// and a Russian source's quote carries an English translation for the
// English UI. `npm run check:claims` runs this; tests/claims/quotes.test.ts
// checks the checker.
import type { Source, SourceQuote } from "../src/engine/schema";

/** What has quotes: a claim (its evidence), or an omission topic (`omission:<topic>`). */
export interface Quoted {
  id: string;
  evidence: readonly SourceQuote[];
}

/** Punctuation that leaves a thought open: "Nonspecific complications are much more serious:". */
const OPEN_END = /[:;,(\-–—]$/u;
/** Punctuation that closes a sentence, with any closing quote or bracket after it. */
const CLOSED_END = /[.!?…][)"»”’]*$/u;
/** Where a quote may stop without its sentence's last mark: the end of a line (a list item, a heading, a clause that introduces a list), before at most that mark. */
const LINE_END = /^[.;:!?…]?[ \t]*(?:\r?\n|$)/u;

/** Whether the quote, found at `at` in `text`, ends where its sentence or line ends. */
function endsWhole(text: string, at: number, quote: string): boolean {
  if (OPEN_END.test(quote)) return false;
  return CLOSED_END.test(quote) || LINE_END.test(text.slice(at + quote.length));
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** What is wrong with each quote, as "claim evidence.N: problem" lines; none when all is well. */
export function quoteProblems(
  claims: readonly Quoted[],
  sources: readonly Source[],
  sourceText: (file: string) => string,
): string[] {
  const langOf = new Map(sources.map((s) => [s.file, s.lang]));
  const problems: string[] = [];
  for (const claim of claims)
    claim.evidence.forEach((e, i) => {
      const where = `${claim.id} evidence.${i}`;
      const quote = e.quote.trim();
      if (quote !== e.quote) problems.push(`${where}: space at either end of the quote`);
      const text = sourceText(e.source);
      const found = occurrences(text, quote);
      if (!found.length) problems.push(`${where}: not a verbatim span of ${e.source}: "${quote}"`);
      else if (!found.some((at) => endsWhole(text, at, quote)))
        problems.push(`${where}: ends mid-sentence in ${e.source}: "${quote}"`);
      if (langOf.get(e.source) === "ru" && !e.translation)
        problems.push(`${where}: a Russian source's quote needs its English translation`);
      if (e.translation?.trim() === quote)
        problems.push(`${where}: the translation repeats the quote`);
    });
  return problems;
}
