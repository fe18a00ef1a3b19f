// The note's own words, in the browser's UI language (as the side panel's are,
// src/ui/i18n.ts); the claim and its note keep the page's language. Kept here
// rather than imported from the panel's strings, so the page checker carries
// only these few.
import type { Lang } from "../engine/schema";

const en = {
  lang: "en",
  /** The note as a whole, for screen readers. */
  noteName: "MesoCheck note",
  contradicted: "The sources contradict it",
  disputed: "The sources disagree",
  /** Before the claim, so it does not read as MesoCheck's own statement. */
  claim: "Claim:",
  disclaimer: "An aid to reading, not medical advice.",
  openPanel: "Open in the side panel",
  dismiss: "Not a claim here",
  close: "Close",
  position: (n: number, of: number) => `Finding ${n} of ${of}`,
};

export type NoteStrings = typeof en;

const ru: NoteStrings = {
  lang: "ru",
  noteName: "Заметка MesoCheck",
  contradicted: "Источники опровергают",
  disputed: "Источники расходятся",
  claim: "Утверждение:",
  disclaimer: "Помощь в чтении, а не медицинский совет.",
  openPanel: "Открыть в боковой панели",
  dismiss: "Здесь это не утверждение",
  close: "Закрыть",
  position: (n: number, of: number) => `Находка ${n} из ${of}`,
};

/** Russian for a Russian UI, English otherwise (as the side panel decides). */
export function noteLang(uiLanguage: string): Lang {
  return uiLanguage.toLowerCase().startsWith("ru") ? "ru" : "en";
}

export function noteStrings(lang: Lang): NoteStrings {
  return lang === "ru" ? ru : en;
}
