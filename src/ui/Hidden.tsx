import { useEffect, useState } from "preact/hooks";
import { allDismissals, toJsonLines } from "../ext/dismissed";
import type { ClaimContent } from "../ext/claims-content";
import type { FindingView } from "../ext/protocol";
import type { Lang } from "../engine/schema";
import type { Strings } from "./i18n";

interface Props {
  hidden: readonly FindingView[];
  claims: ClaimContent["claims"];
  lang: Lang;
  t: Strings;
  onUndo: (id: number) => void;
}

/** Every page's hidden findings, counted again whenever this tab's change. */
function useStoredCount(hidden: readonly FindingView[]): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    void allDismissals()
      .then((lines) => setCount(lines.length))
      .catch(() => setCount(0));
  }, [hidden]);
  return count;
}

/** Saves every page's hidden findings as JSON lines, for a claim editor to add to the corpus. */
async function exportHidden(): Promise<void> {
  const blob = new Blob([toJsonLines(await allDismissals())], { type: "application/jsonl" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = "mesocheck-hidden.jsonl";
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The findings the reader hid on this page, each with its undo, and the export of all pages' hidden findings. */
export function Hidden({ hidden, claims, lang, t, onUndo }: Props) {
  const stored = useStoredCount(hidden);
  if (!hidden.length && !stored) return null;
  const assertion = (id: string) => claims.find((c) => c.id === id)?.assertion[lang] ?? id;
  return (
    <section class="hidden-findings" aria-labelledby="hidden-title">
      <h2 id="hidden-title">{t.hiddenTitle(hidden.length)}</h2>
      {hidden.length > 0 && <p>{t.hiddenIntro}</p>}
      <ul>
        {hidden.map((f) => (
          <li key={f.id}>
            <q lang={f.lang}>{f.text}</q>
            <span class="claim-name">{assertion(f.claim)}</span>
            <button type="button" aria-label={t.undoSentence(f.text)} onClick={() => onUndo(f.id)}>
              {t.undo}
            </button>
          </li>
        ))}
      </ul>
      {stored > 0 && (
        <button type="button" class="export" onClick={() => void exportHidden()}>
          {t.exportHidden(stored)}
        </button>
      )}
    </section>
  );
}
