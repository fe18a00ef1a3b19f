import type { Lang, Source } from "../engine/schema";
import { sourceTitle } from "./Evidence";
import type { Strings } from "./i18n";

/** The source articles, each with its title, publisher and language, so a reader can judge them. */
export function Sources({ sources, lang, t }: { sources: Source[]; lang: Lang; t: Strings }) {
  return (
    <section class="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t.sourcesTitle}</h2>
      <p>{t.sourcesIntro}</p>
      <ul>
        {sources.map((s) => (
          <li key={s.file}>
            <cite lang={s.untitled ? lang : s.lang}>{sourceTitle(s, lang)}</cite>
            <span class="meta">
              {`${t.publishedBy}: ${s.publisher[lang]} · ${t.inLanguage[s.lang]}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
