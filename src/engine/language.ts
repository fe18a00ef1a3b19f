import type { Lang } from "./schema";

/** Russian if Cyrillic letters outnumber Latin ones in the first 2,000 characters. */
export function detectLang(text: string, fallback: Lang = "en"): Lang {
  let cyrillic = 0;
  let latin = 0;
  const end = Math.min(text.length, 2000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  if (cyrillic === latin) return fallback;
  return cyrillic > latin ? "ru" : "en";
}
