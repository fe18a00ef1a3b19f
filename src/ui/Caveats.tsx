import type { Caveat, Lang } from "../engine/schema";
import type { Strings } from "./i18n";

const KINDS = ["contraindication", "complication", "aftercare", "warning-sign"] as const;

export function Caveats({ caveats, lang, t }: { caveats: Caveat[]; lang: Lang; t: Strings }) {
  return (
    <section class="caveats">
      <h2>{t.caveatsTitle}</h2>
      {KINDS.map((kind) => {
        const items = caveats.filter((c) => c.kind === kind);
        return items.length ? (
          <div key={kind}>
            <h3>{t.kinds[kind]}</h3>
            <ul>
              {items.map((c) => (
                <li key={c.id}>{c.text[lang]}</li>
              ))}
            </ul>
          </div>
        ) : null;
      })}
    </section>
  );
}
