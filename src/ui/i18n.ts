// UI strings. The language follows the browser: Russian for a Russian UI,
// English otherwise. Claim texts come from the claims database in the same
// language; quotes stay in their source's language.
import type { Lang } from "../engine/schema";

const en = {
  title: "MesoCheck",
  checkSite: "Check this site",
  pauseEverywhere: "Pause everywhere",
  aboutYes: "This page is about mesotherapy",
  aboutNo: "This page is not about mesotherapy",
  findings: (n: number) => (n === 1 ? "1 contested claim" : `${n} contested claims`),
  siteOn: "Checking is on for this site",
  siteOff: "Checking is off for this site",
  contradicted: "The sources contradict it",
  disputed: "The sources disagree",
  showOnPage: "Show on page",
  sourcesSay: "What the sources say",
  agrees: "agrees",
  disagrees: "disagrees",
  note: "What to know",
  caveatsTitle: "Safety caveats for any mesotherapy",
  kinds: {
    contraindication: "Contraindications",
    complication: "Complications",
    aftercare: "Aftercare",
    "warning-sign": "When to see a doctor",
  },
  emptyOffTopic: "This page does not look like it is about mesotherapy, so it was not checked.",
  emptySiteOff: "Checking is switched off for this site.",
  emptyPaused: "MesoCheck is paused everywhere.",
  emptyNothing: "No contested claims found on this page.",
  emptyPending: "This page has not been checked yet.",
  checkAnyway: "Check this page anyway",
  cannotCheck: "This page cannot be checked (browser pages and files are out of reach).",
  openPanel: "Open the side panel",
  notAdvice: "MesoCheck is an aid to reading, not medical advice.",
  truncated: (n: number) =>
    `Only the first ${n.toLocaleString("en")} characters of this page were checked.`,
};

type Strings = typeof en;

const ru: Strings = {
  title: "MesoCheck",
  checkSite: "Проверять этот сайт",
  pauseEverywhere: "Приостановить везде",
  aboutYes: "Страница о мезотерапии",
  aboutNo: "Страница не о мезотерапии",
  findings: (n: number) => `Спорных утверждений: ${n}`,
  siteOn: "Проверка на этом сайте включена",
  siteOff: "Проверка на этом сайте выключена",
  contradicted: "Источники опровергают",
  disputed: "Источники расходятся",
  showOnPage: "Показать на странице",
  sourcesSay: "Что говорят источники",
  agrees: "согласен",
  disagrees: "возражает",
  note: "Что важно знать",
  caveatsTitle: "Предостережения для любой мезотерапии",
  kinds: {
    contraindication: "Противопоказания",
    complication: "Осложнения",
    aftercare: "После процедуры",
    "warning-sign": "Когда обратиться к врачу",
  },
  emptyOffTopic: "Эта страница, похоже, не о мезотерапии, поэтому она не проверялась.",
  emptySiteOff: "Проверка на этом сайте выключена.",
  emptyPaused: "MesoCheck приостановлен везде.",
  emptyNothing: "Спорных утверждений на странице не найдено.",
  emptyPending: "Страница ещё не проверена.",
  checkAnyway: "Всё равно проверить страницу",
  cannotCheck: "Эту страницу проверить нельзя (служебные страницы браузера и файлы недоступны).",
  openPanel: "Открыть боковую панель",
  notAdvice: "MesoCheck помогает читать критически и не заменяет консультацию врача.",
  truncated: (n: number) => `Проверены только первые ${n.toLocaleString("ru")} символов страницы.`,
};

export function uiLang(uiLanguage: string): Lang {
  return uiLanguage.toLowerCase().startsWith("ru") ? "ru" : "en";
}

export function strings(lang: Lang): Strings {
  return lang === "ru" ? ru : en;
}
export type { Strings };
