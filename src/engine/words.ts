// The engine's per-language word lists: negation, questions, number words and
// units, the words too common to index by. They are data (claims/words/<lang>.json,
// beside the claims and the lexicon), so adding a language adds files rather
// than editing the engine, and the engine's code names no domain word.
// They are part of the engine's code, imported when it is built; the files
// are validated with the claims (schema.ts `WordsFile`, src/cli/load-claims.ts),
// which `npm run check:claims` does before every build, and a unit test.
// No zod here: the CLI starts without it.
import enFile from "../../claims/words/en.json";
import ruFile from "../../claims/words/ru.json";
import type { Lang, WordsFile } from "./schema";

/** Every language's words. */
export const WORDS: Record<Lang, WordsFile> = { en: enFile as WordsFile, ru: ruFile as WordsFile };

const LANGS = Object.keys(WORDS) as Lang[];

/** One set of a list across every language, for the checks that do not know the sentence's language. */
export function allLanguages(pick: (w: WordsFile) => readonly string[]): Set<string> {
  return new Set(LANGS.flatMap((l) => pick(WORDS[l])));
}

/** One map of values across every language. */
export function allValues(pick: (w: WordsFile) => Record<string, number>): Map<string, number> {
  return new Map(LANGS.flatMap((l) => Object.entries(pick(WORDS[l]))));
}

/** A list per language. */
export function perLanguage(pick: (w: WordsFile) => readonly string[]): Record<Lang, Set<string>> {
  return Object.fromEntries(LANGS.map((l) => [l, new Set(pick(WORDS[l]))])) as Record<
    Lang,
    Set<string>
  >;
}
