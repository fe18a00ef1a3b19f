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

  // The popup and the toolbar button.
  toolbarPaused: "MesoCheck: paused everywhere",
  popupCannotCheck:
    "MesoCheck cannot check this page: it checks web pages, not the browser's own pages or files.",
  popupNotYet: "This page has not been checked yet.",
  popupChecking: "Checking this page…",
  popupOffTopic: "Not checked: this page is not about mesotherapy.",
  popupSiteOff: "Not checked: checking is switched off for this site.",
  popupPaused: "Not checked: MesoCheck is paused everywhere.",
  popupCheckedNone: "Checked: no contested claims on this page.",
  popupChecked: (claims: number, sentences: number) =>
    `Checked: ${claims === 1 ? "1 contested claim" : `${claims} contested claims`} in ${
      sentences === 1 ? "1 sentence" : `${sentences} sentences`
    }.`,
  popupVerdicts: (contradicted: number, disputed: number) =>
    contradicted + disputed === 1
      ? `The sources ${contradicted ? "contradict" : "disagree on"} it.`
      : `The sources contradict ${contradicted} of these sentences and disagree on ${disputed}.`,
  popupCheckedAnyway: "Checked anyway, at your request.",
  siteOverridden: "Paused everywhere: this site is not checked either way.",

  // The side panel's findings, legend, filter and sources.
  findingsTitle: "Contested claims on this page",
  claimsInSentences: (claims: number, sentences: number) =>
    `${claims} ${claims === 1 ? "claim" : "claims"} in ${sentences} ${sentences === 1 ? "sentence" : "sentences"}`,
  verdictCount: {
    contradicted: (n: number) => `${n} the sources contradict`,
    disputed: (n: number) => `${n} they disagree`,
  },
  orderNote: "Claims about safety come first, then the others; contradicted before disputed.",
  legendTitle: "What the colours mean",
  legend: {
    contradicted:
      "Red, with a wavy underline on the page: every source that speaks to it says otherwise.",
    disputed:
      "Amber, with a dotted underline on the page: some sources say so, others say otherwise.",
  },
  filterLabel: "Show",
  filterAll: "All",
  safety: "Safety",
  sentencesOnPage: (n: number) =>
    n === 1 ? "1 sentence on this page" : `${n} sentences on this page`,
  showSentence: (text: string) => `Show on page: ${text}`,
  sourceSays: {
    asserts: "This source says the same:",
    contradicts: "This source says otherwise:",
  },
  translation: "Translation",
  inLanguage: { en: "in English", ru: "in Russian" },
  sourcesTitle: "The sources",
  sourcesIntro:
    "Five articles about mesotherapy, quoted as they were published. MesoCheck quotes them; it does not vouch for them.",
  publishedBy: "Published by",

  // What the article leaves out.
  omissionsTitle: "What this article does not tell you",
  omissionsIntro:
    "This page is about mesotherapy, but nowhere does it tell its reader about these. The sources do.",
  omissionTopics: {
    contraindications: "Who must not have it (contraindications)",
    complications: "Side effects and complications",
    specialist: "That a qualified specialist should do it, in sterile conditions",
    aftercare: "What to avoid afterwards",
  },

  // Hiding a finding ("not a claim here"), its undo and the export.
  notAClaim: "Not a claim here",
  hideSentence: (text: string) => `Not a claim here: ${text}`,
  hiddenTitle: (n: number) => `Hidden on this page (${n})`,
  hiddenIntro: "You marked these as not a claim. MesoCheck no longer highlights them on this page.",
  undo: "Show again",
  undoSentence: (text: string) => `Show again: ${text}`,
  exportHidden: (n: number) =>
    n === 1
      ? "Export the 1 hidden finding (JSON lines)"
      : `Export all ${n} hidden findings, every page (JSON lines)`,
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

  // The popup and the toolbar button.
  toolbarPaused: "MesoCheck: приостановлен везде",
  popupCannotCheck:
    "MesoCheck не может проверить эту страницу: он проверяет веб-страницы, а не служебные страницы браузера и файлы.",
  popupNotYet: "Страница ещё не проверена.",
  popupChecking: "Страница проверяется…",
  popupOffTopic: "Не проверена: страница не о мезотерапии.",
  popupSiteOff: "Не проверена: проверка на этом сайте выключена.",
  popupPaused: "Не проверена: MesoCheck приостановлен везде.",
  popupCheckedNone: "Проверена: спорных утверждений нет.",
  popupChecked: (claims: number, sentences: number) =>
    `Проверена: ${claims} ${ruPlural(claims, "спорное утверждение", "спорных утверждения", "спорных утверждений")} в ${sentences} ${ruPlural(sentences, "предложении", "предложениях", "предложениях")}.`,
  popupVerdicts: (contradicted: number, disputed: number) =>
    `Из них источники опровергают: ${contradicted}, расходятся: ${disputed}.`,
  popupCheckedAnyway: "Проверена по вашей просьбе, несмотря на настройки.",
  siteOverridden: "Пауза везде: этот сайт сейчас не проверяется в любом случае.",

  // The side panel's findings, legend, filter and sources.
  findingsTitle: "Спорные утверждения на странице",
  claimsInSentences: (claims: number, sentences: number) =>
    `${claims} ${ruPlural(claims, "утверждение", "утверждения", "утверждений")} в ${sentences} ${ruPlural(sentences, "предложении", "предложениях", "предложениях")}`,
  verdictCount: {
    contradicted: (n: number) => `опровергают источники: ${n}`,
    disputed: (n: number) => `источники расходятся: ${n}`,
  },
  orderNote: "Сначала утверждения о безопасности, затем остальные; опровергнутые раньше спорных.",
  legendTitle: "Что значат цвета",
  legend: {
    contradicted:
      "Красный, на странице с волнистым подчёркиванием: все источники, которые об этом пишут, утверждают обратное.",
    disputed:
      "Жёлто-оранжевый, на странице с пунктирным подчёркиванием: одни источники это утверждают, другие — нет.",
  },
  filterLabel: "Показать",
  filterAll: "Все",
  safety: "Безопасность",
  sentencesOnPage: (n: number) =>
    `${n} ${ruPlural(n, "предложение", "предложения", "предложений")} на странице`,
  showSentence: (text: string) => `Показать на странице: ${text}`,
  sourceSays: {
    asserts: "Этот источник утверждает то же:",
    contradicts: "Этот источник говорит иное:",
  },
  translation: "Перевод",
  inLanguage: { en: "на английском", ru: "на русском" },
  sourcesTitle: "Источники",
  sourcesIntro:
    "Пять статей о мезотерапии, цитаты — как они опубликованы. MesoCheck их цитирует, но не ручается за них.",
  publishedBy: "Издатель",

  omissionsTitle: "О чём статья не говорит",
  omissionsIntro:
    "Страница посвящена мезотерапии, но нигде не сообщает читателю об этом. Источники сообщают.",
  omissionTopics: {
    contraindications: "Кому её делать нельзя (противопоказания)",
    complications: "Побочные эффекты и осложнения",
    specialist: "Что делать её должен квалифицированный специалист, в стерильных условиях",
    aftercare: "Чего избегать после процедуры",
  },

  notAClaim: "Здесь это не утверждение",
  hideSentence: (text: string) => `Здесь это не утверждение: ${text}`,
  hiddenTitle: (n: number) => `Скрыто на этой странице (${n})`,
  hiddenIntro:
    "Вы отметили их как не утверждения. MesoCheck больше не выделяет их на этой странице.",
  undo: "Показать снова",
  undoSentence: (text: string) => `Показать снова: ${text}`,
  exportHidden: (n: number) => `Экспортировать скрытые находки со всех страниц: ${n} (JSON lines)`,
};

/** Russian plural forms: one (1, 21), few (2-4, 22-24), many (5-20, 25...). */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const form = new Intl.PluralRules("ru").select(n);
  return form === "one" ? one : form === "few" ? few : many;
}

export function uiLang(uiLanguage: string): Lang {
  return uiLanguage.toLowerCase().startsWith("ru") ? "ru" : "en";
}

export function strings(lang: Lang): Strings {
  return lang === "ru" ? ru : en;
}
export type { Strings };
