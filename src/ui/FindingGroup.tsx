import type { Lang, Source } from "../engine/schema";
import type { Strings } from "./i18n";
import { groupVerdict, type ClaimGroup } from "./model";

interface Props {
  group: ClaimGroup;
  lang: Lang;
  sources: Map<string, Source>;
  t: Strings;
  onShow: (id: number) => void;
}

/** One claim: the sentences that make it, the verdict, what each source says, and the note. Page text is rendered as text only. */
export function FindingGroup({ group, lang, sources, t, onShow }: Props) {
  const verdict = groupVerdict(group);
  return (
    <section class={`claim ${verdict}`}>
      <header>
        <span class="verdict">{verdict === "contradicted" ? t.contradicted : t.disputed}</span>
        <h3>{group.claim.assertion[lang]}</h3>
      </header>
      <ul class="sentences">
        {group.findings.map((f) => (
          <li key={f.id}>
            <q>{f.text}</q>
            <button type="button" onClick={() => onShow(f.id)}>
              {t.showOnPage}
            </button>
          </li>
        ))}
      </ul>
      <details>
        <summary>{t.sourcesSay}</summary>
        <ul class="evidence">
          {group.claim.evidence.map((e, i) => (
            <li key={i} class={e.stance}>
              <span class="stance">{e.stance === "asserts" ? t.agrees : t.disagrees}</span>{" "}
              <q>{e.quote}</q> <cite>{sources.get(e.source)?.title ?? e.source}</cite>
            </li>
          ))}
        </ul>
      </details>
      <p class="note">
        <strong>{t.note}: </strong>
        {group.claim.note[lang]}
      </p>
    </section>
  );
}
