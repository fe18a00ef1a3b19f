import type { OmissionText } from "../ext/claim-text";
import type { Lang, OmissionTopicId, Source } from "../engine/schema";
import { Evidence } from "./Evidence";
import type { Strings } from "./i18n";

interface Props {
  topics: readonly OmissionTopicId[];
  content: readonly OmissionText[];
  sources: Map<string, Source>;
  lang: Lang;
  t: Strings;
}

/**
 * What the article never tells its reader (contraindications, complications,
 * who should do it, aftercare): first in the panel, since a page that names
 * no risk misleads most. Each with what the sources say.
 */
export function Omissions({ topics, content, sources, lang, t }: Props) {
  const shown = content.filter((c) => topics.includes(c.topic));
  if (!shown.length) return null;
  return (
    <section class="omissions" aria-labelledby="omissions-title">
      <h2 id="omissions-title">{t.omissionsTitle}</h2>
      <p>{t.omissionsIntro}</p>
      {shown.map((o) => (
        <article key={o.topic} class="omission" aria-labelledby={`omission-${o.topic}`}>
          <h3 id={`omission-${o.topic}`}>{t.omissionTopics[o.topic]}</h3>
          <p class="note">{o.note[lang]}</p>
          <details class="evidence">
            <summary>{t.sourcesSay}</summary>
            <ul>
              {o.evidence.map((e, i) => (
                <Evidence key={i} item={e} source={sources.get(e.source)} lang={lang} t={t} />
              ))}
            </ul>
          </details>
        </article>
      ))}
    </section>
  );
}
