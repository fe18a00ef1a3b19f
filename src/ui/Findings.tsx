import { useState } from "preact/hooks";
import type { Lang, Source, Verdict } from "../engine/schema";
import { FindingGroup } from "./FindingGroup";
import type { Strings } from "./i18n";
import { byRisk, filterByVerdict, summarize, type ClaimGroup, type VerdictFilter } from "./model";

const VERDICTS: Verdict[] = ["contradicted", "disputed"];

interface Props {
  groups: ClaimGroup[];
  lang: Lang;
  sources: Map<string, Source>;
  t: Strings;
  onShow: (id: number) => void;
  onHide: (id: number) => void;
}

/** The page's contested claims: a summary by verdict, a legend, a filter, and the claims ordered by risk. */
export function Findings({ groups, lang, sources, t, onShow, onHide }: Props) {
  const [filter, setFilter] = useState<VerdictFilter>("all");
  const summary = summarize(groups);
  const shown = filterByVerdict(byRisk(groups), filter);
  const label = (v: Verdict) => (v === "contradicted" ? t.contradicted : t.disputed);
  const options: Array<[VerdictFilter, string]> = [
    ["all", `${t.filterAll} (${summary.claims})`],
    ...VERDICTS.map((v): [VerdictFilter, string] => [v, `${label(v)} (${summary.byVerdict[v]})`]),
  ];
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">{t.findingsTitle}</h2>
      <p class="counts">
        <strong>{t.claimsInSentences(summary.claims, summary.sentences)}</strong>
        {": "}
        {VERDICTS.filter((v) => summary.byVerdict[v] > 0)
          .map((v) => t.verdictCount[v](summary.byVerdict[v]))
          .join(" · ")}
      </p>
      <p class="order">{t.orderNote}</p>
      <details class="legend" open>
        <summary>{t.legendTitle}</summary>
        <dl>
          {VERDICTS.map((v) => (
            <div key={v} class={v}>
              <dt>
                <span class="swatch" aria-hidden="true" />
                {label(v)}
              </dt>
              <dd>{t.legend[v]}</dd>
            </div>
          ))}
        </dl>
      </details>
      <fieldset class="filter">
        <legend>{t.filterLabel}</legend>
        {options.map(([value, text]) => (
          <label key={value}>
            <input
              type="radio"
              name="verdict"
              value={value}
              checked={filter === value}
              onChange={() => setFilter(value)}
            />
            {text}
          </label>
        ))}
      </fieldset>
      {shown.map((g) => (
        <FindingGroup
          key={g.claim.id}
          group={g}
          lang={lang}
          sources={sources}
          t={t}
          onShow={onShow}
          onHide={onHide}
        />
      ))}
    </section>
  );
}
