import type { Evidence as EvidenceItem, Lang, Source, SourceQuote } from "../engine/schema";
import type { Strings } from "./i18n";
import { quoteLines } from "./model";

/** Lines as text, one a line: the source's lists stay lists. */
function Lines({ text }: { text: string }) {
  const lines = quoteLines(text);
  return (
    <>
      {lines.map((line, i) => (
        <span key={i} class="line">
          {line}
        </span>
      ))}
    </>
  );
}

/** How a source is cited: title (or what it is), publisher, language. */
export function sourceTitle(source: Source, lang: Lang): string {
  return source.untitled?.[lang] ?? source.title;
}

/**
 * What one source says of a claim: its stance in words, the quote in the
 * source's own language, its translation beneath where that language is not
 * the UI's, and where it comes from.
 */
export function Evidence({
  item,
  source,
  lang,
  t,
}: {
  /** A claim's evidence (with the source's stance), or an omission topic's quote (none). */
  item: EvidenceItem | SourceQuote;
  source: Source | undefined;
  lang: Lang;
  t: Strings;
}) {
  const quoteLang = source?.lang;
  const translate = quoteLang !== undefined && quoteLang !== lang && item.translation;
  return (
    <li class={"stance" in item ? item.stance : undefined}>
      {"stance" in item && <p class="stance">{t.sourceSays[item.stance]}</p>}
      <blockquote lang={quoteLang}>
        <Lines text={item.quote} />
      </blockquote>
      {translate && (
        <p class="translation" lang={lang}>
          <span class="label">{t.translation}: </span>
          <Lines text={item.translation!} />
        </p>
      )}
      <p class="cite">
        {source ? (
          <>
            <cite lang={source.untitled ? lang : source.lang}>{sourceTitle(source, lang)}</cite>
            {` — ${source.publisher[lang]}, ${t.inLanguage[source.lang]}`}
          </>
        ) : (
          <cite>{item.source}</cite>
        )}
      </p>
    </li>
  );
}
