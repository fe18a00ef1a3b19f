import { whyFigure } from "../engine/figure-reason";
import type { Lang, Source, Verdict } from "../engine/schema";
import { Evidence } from "./Evidence";
import type { Strings } from "./i18n";
import { groupVerdict, type ClaimGroup } from "./model";

interface Props {
  group: ClaimGroup;
  lang: Lang;
  sources: Map<string, Source>;
  t: Strings;
  onShow: (id: number) => void;
  /** "Not a claim here". */
  onHide: (id: number) => void;
}

function VerdictLabel({ verdict, t }: { verdict: Verdict; t: Strings }) {
  return (
    <span class={`verdict ${verdict}`}>
      {verdict === "contradicted" ? t.contradicted : t.disputed}
    </span>
  );
}

/**
 * One claim: its verdict, its sentences on the page (each with its own
 * verdict, a "Show on page" and a "Not a claim here" named after it), what each source says, and
 * the note. Page text is rendered as text only.
 */
export function FindingGroup({ group, lang, sources, t, onShow, onHide }: Props) {
  const verdict = groupVerdict(group);
  const headingId = `claim-${group.claim.id}`;
  return (
    <article class={`claim ${verdict}`} aria-labelledby={headingId}>
      <header>
        <p class="tags">
          <VerdictLabel verdict={verdict} t={t} />
          {group.claim.risk === "safety" && <span class="safety">{t.safety}</span>}
        </p>
        <h3 id={headingId}>{group.claim.assertion[lang]}</h3>
      </header>
      <details class="sentences" open>
        <summary>{t.sentencesOnPage(group.findings.length)}</summary>
        <ul>
          {group.findings.map((f) => (
            <li key={f.id} class={f.verdict}>
              <VerdictLabel verdict={f.verdict} t={t} />
              <q lang={f.lang}>{f.text}</q>
              {f.figure && <p class="why">{whyFigure(group.claim.numeric, f.figure, lang)}</p>}
              <button
                type="button"
                aria-label={t.showSentence(f.text)}
                onClick={() => onShow(f.id)}
              >
                {t.showOnPage}
              </button>
              <button
                type="button"
                class="hide"
                aria-label={t.hideSentence(f.text)}
                onClick={() => onHide(f.id)}
              >
                {t.notAClaim}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <details class="evidence">
        <summary>{t.sourcesSay}</summary>
        <ul>
          {group.claim.evidence.map((e, i) => (
            <Evidence key={i} item={e} source={sources.get(e.source)} lang={lang} t={t} />
          ))}
        </ul>
      </details>
      <p class="note">
        <strong>{t.note}: </strong>
        {group.claim.note[lang]}
      </p>
    </article>
  );
}
