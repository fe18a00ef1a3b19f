// Loading the claims database: validate every file with zod and compile the
// matching rules once. Errors name the file and the field at fault.
import { z } from "zod";
import {
  CaveatsFile,
  Claim,
  Lexicon,
  OmissionsFile,
  SourcesFile,
  type Caveat,
  type Lang,
  type OmissionRules,
  type Source,
} from "./schema";
import { ClaimsError } from "./claims-error";
import { compilePattern, PatternError, type Pattern } from "./pattern";
import {
  aboutError,
  compileLexicon,
  expandAbout,
  LexiconPatternError,
  type CompiledLexicon,
} from "./lexicon";
import type { CompiledOmission, CompiledOmissionRules } from "./omissions";

export { ClaimsError };

export interface CompiledRules {
  /** The claim's own patterns, then those its `about` expands into. */
  patterns: Pattern[];
  exclude: Pattern[];
  /** Excludes that veto only a match in their clause. */
  excludeInClause: Pattern[];
  /** Excludes that veto a match when they begin right after it. */
  excludeAfter: Pattern[];
  /** Words of a question that a bare "no" answers with the claim. */
  answeredNo: Pattern[];
  /** The `unless` stances of its `about`: a match of one that is not denied vetoes the sentence. */
  vetoes: Pattern[];
}

export interface CompiledClaim {
  claim: Claim;
  rules: Record<Lang, CompiledRules>;
}

export interface ClaimsDb {
  sources: Source[];
  caveats: Caveat[];
  claims: CompiledClaim[];
  lexicon: Record<Lang, CompiledLexicon>;
  /** What a page may leave out (omissions.json), in the file's order. */
  omissions: CompiledOmission[];
}

/** One file of the database: its path (for messages) and its parsed JSON. */
export interface DbFile {
  path: string;
  data: unknown;
}

function parseWith<T>(schema: z.ZodType<T>, file: DbFile): T {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new ClaimsError(file.path, issue.path.join("."), issue.message);
}

function compileAt(source: string, lang: Lang, path: string, field: string): Pattern {
  try {
    return compilePattern(source, lang);
  } catch (e) {
    if (e instanceof PatternError) throw new ClaimsError(path, field, e.message);
    throw e;
  }
}

function compileRules(claim: Claim, lexicon: Lexicon, path: string): CompiledRules {
  const { lang } = lexicon;
  const rules = claim.match[lang];
  // A rule names "blood thinners" by the same words as the stance templates do.
  const words = withSubjects(rules.words, lexicon, path, `match.${lang}.words`);
  const compile = (
    field: "patterns" | "exclude" | "excludeInClause" | "excludeAfter" | "answeredNo",
  ) =>
    rules[field].map((source, i) => {
      const at = `match.${lang}.${field}.${i}`;
      return compileAt(fillWords(source, words, path, at), lang, path, at);
    });
  const patterns = compile("patterns");
  const exclude = compile("exclude");
  const vetoes: Pattern[] = [];
  const stances = new Set<string>();
  claim.about.forEach((about, i) => {
    const error = aboutError(about, lexicon);
    if (error) throw new ClaimsError(path, `about.${i}.${error[0]}`, error[1]);
    const at = `about.${i} (${lang} lexicon, stance "${about.stance}")`;
    for (const source of expandAbout(about.subject, about.stance, lexicon))
      patterns.push(compileAt(source, lang, path, at));
    if (about.unless)
      for (const source of expandAbout(about.subject, about.unless, lexicon))
        vetoes.push(compileAt(source, lang, path, at));
    // The stance's own excludes, once however many subjects share it.
    if (stances.has(about.stance)) return;
    stances.add(about.stance);
    (lexicon.stanceExcludes[about.stance] ?? []).forEach((source, k) =>
      exclude.push(
        compileAt(source, lang, path, `stanceExcludes.${about.stance}.${k} (${lang} lexicon)`),
      ),
    );
  });
  return {
    patterns,
    exclude,
    excludeInClause: compile("excludeInClause"),
    excludeAfter: compile("excludeAfter"),
    answeredNo: compile("answeredNo"),
    vetoes,
  };
}

const isLexiconFile = (path: string) => /(?:^|[\\/])lexicon[\\/][^\\/]+$/u.test(path);

function parseLexicons(files: DbFile[]): Record<Lang, Lexicon & { path: string }> {
  const found: Partial<Record<Lang, Lexicon & { path: string }>> = {};
  for (const file of files.filter((f) => isLexiconFile(f.path))) {
    const lexicon = parseWith(Lexicon, file);
    if (`${lexicon.lang}.json` !== baseName(file.path))
      throw new ClaimsError(file.path, "lang", `"${lexicon.lang}" does not match the file name`);
    for (const stance of Object.keys(lexicon.stanceExcludes))
      if (!lexicon.stances[stance])
        throw new ClaimsError(file.path, `stanceExcludes.${stance}`, `no stance "${stance}"`);
    found[lexicon.lang] = { ...lexicon, path: file.path };
  }
  for (const lang of ["en", "ru"] as const)
    if (!found[lang]) throw new ClaimsError(`lexicon/${lang}.json`, "", "missing");
  return found as Record<Lang, Lexicon & { path: string }>;
}

/** The lexicon compiled; a pattern it cannot compile is named by its file and field. */
function compileLexiconFile({ path, ...lexicon }: Lexicon & { path: string }): CompiledLexicon {
  try {
    return compileLexicon(lexicon);
  } catch (e) {
    if (e instanceof LexiconPatternError) throw new ClaimsError(path, e.field, e.message);
    throw e;
  }
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * The word lists a file's `$name` may use: the lexicon's subjects and the
 * file's own lists beside them, none of which may take a subject's name.
 */
function withSubjects(
  own: Record<string, string[]>,
  lexicon: Lexicon,
  path: string,
  field: string,
): Record<string, string[]> {
  for (const name of Object.keys(own))
    if (Object.hasOwn(lexicon.subjects, name))
      throw new ClaimsError(
        path,
        `${field}.${name}`,
        `shadows the ${lexicon.lang} lexicon's subject "${name}"`,
      );
  return { ...lexicon.subjects, ...own };
}

/** Alternatives `$name` ("$harm", "?$after", "$harm|$mild-harm") filled with that word list's alternatives. */
function fillWords(
  source: string,
  words: Record<string, string[]>,
  path: string,
  field: string,
): string {
  const fill = (alt: string) => {
    if (!alt.startsWith("$")) return alt;
    const list = Object.hasOwn(words, alt.slice(1)) ? words[alt.slice(1)] : undefined;
    if (!list) throw new ClaimsError(path, field, `no word list "${alt.slice(1)}"`);
    return list.join("|");
  };
  return source
    .trim()
    .split(/\s+/u)
    .map((part) => {
      const optional = part.startsWith("?") ? "?" : "";
      return optional + part.slice(optional.length).split("|").map(fill).join("|");
    })
    .join(" ");
}

function compileOmissions(file: DbFile, lexicons: Record<Lang, Lexicon>): CompiledOmission[] {
  const { words, topics } = parseWith(OmissionsFile, file);
  const seen = new Set<string>();
  return topics.map((topic, t) => {
    if (seen.has(topic.topic))
      throw new ClaimsError(file.path, `topics.${t}.topic`, `duplicate topic "${topic.topic}"`);
    seen.add(topic.topic);
    const compileLang = (lang: Lang): CompiledOmissionRules => {
      const lexicon = lexicons[lang];
      const all = withSubjects(words[lang], lexicon, file.path, `words.${lang}`);
      const compile = (field: keyof OmissionRules) =>
        topic.match[lang][field].map((source, i) => {
          const at = `topics.${t}.match.${lang}.${field}.${i}`;
          return compileAt(fillWords(source, all, file.path, at), lang, file.path, at);
        });
      return {
        patterns: compile("patterns"),
        heads: compile("heads"),
        items: compile("items"),
        exclude: compile("exclude"),
      };
    };
    const rules = { en: compileLang("en"), ru: compileLang("ru") };
    for (const lang of ["en", "ru"] as const)
      if (!rules[lang].patterns.length && !rules[lang].items.length)
        throw new ClaimsError(file.path, `topics.${t}.match.${lang}`, "no patterns and no items");
    return { topic, rules };
  });
}

/**
 * Files: `sources.json`, `caveats.json`, `omissions.json`, `lexicon/en.json` and `lexicon/ru.json`, and one `<claim id>.json` each.
 * Checks what zod cannot see alone: a claim's id matches its file name, ids
 * are unique, evidence and caveats cite known sources.
 */
export function parseClaimsDb(files: DbFile[]): ClaimsDb {
  const byName = new Map(files.map((f) => [baseName(f.path), f]));
  const sourcesFile = byName.get("sources.json");
  const caveatsFile = byName.get("caveats.json");
  const omissionsFile = byName.get("omissions.json");
  if (!sourcesFile) throw new ClaimsError("sources.json", "", "missing");
  if (!caveatsFile) throw new ClaimsError("caveats.json", "", "missing");
  if (!omissionsFile) throw new ClaimsError("omissions.json", "", "missing");
  const sources = parseWith(SourcesFile, sourcesFile);
  const known = new Set(sources.map((s) => s.file));
  const caveats = parseWith(CaveatsFile, caveatsFile);
  caveats.forEach((c, i) =>
    c.sources.forEach((s, j) => {
      if (!known.has(s))
        throw new ClaimsError(caveatsFile.path, `${i}.sources.${j}`, `unknown source "${s}"`);
    }),
  );
  const lexicons = parseLexicons(files);
  const lexicon = { en: compileLexiconFile(lexicons.en), ru: compileLexiconFile(lexicons.ru) };
  const omissions = compileOmissions(omissionsFile, lexicons);
  omissions.forEach(({ topic }, t) =>
    topic.evidence.forEach((e, i) => {
      if (!known.has(e.source))
        throw new ClaimsError(
          omissionsFile.path,
          `topics.${t}.evidence.${i}.source`,
          `unknown source "${e.source}"`,
        );
    }),
  );
  const claims: CompiledClaim[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    const name = baseName(file.path);
    if (isLexiconFile(file.path)) continue;
    if (name === "sources.json" || name === "caveats.json" || name === "omissions.json") continue;
    const claim = parseWith(Claim, file);
    if (`${claim.id}.json` !== name)
      throw new ClaimsError(file.path, "id", `"${claim.id}" does not match the file name`);
    if (ids.has(claim.id)) throw new ClaimsError(file.path, "id", `duplicate id "${claim.id}"`);
    ids.add(claim.id);
    claim.evidence.forEach((e, i) => {
      if (!known.has(e.source))
        throw new ClaimsError(file.path, `evidence.${i}.source`, `unknown source "${e.source}"`);
    });
    claims.push({
      claim,
      rules: {
        en: compileRules(claim, lexicons.en, file.path),
        ru: compileRules(claim, lexicons.ru, file.path),
      },
    });
  }
  claims.sort((a, b) => a.claim.id.localeCompare(b.claim.id));
  omissions.forEach(({ topic }, t) =>
    topic.deniedBy.forEach((id, i) => {
      if (!ids.has(id))
        throw new ClaimsError(
          omissionsFile.path,
          `topics.${t}.deniedBy.${i}`,
          `unknown claim "${id}"`,
        );
    }),
  );
  return { sources, caveats, claims, lexicon, omissions };
}
