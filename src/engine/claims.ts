// Loading the claims database: validate every file with zod and compile the
// matching rules once. Errors name the file and the field at fault.
import { z } from "zod";
import { CaveatsFile, Claim, SourcesFile, type Caveat, type Lang, type Source } from "./schema";
import { compilePattern, PatternError, type Pattern } from "./pattern";

export interface CompiledRules {
  patterns: Pattern[];
  exclude: Pattern[];
}

export interface CompiledClaim {
  claim: Claim;
  rules: Record<Lang, CompiledRules>;
}

export interface ClaimsDb {
  sources: Source[];
  caveats: Caveat[];
  claims: CompiledClaim[];
}

/** One file of the database: its path (for messages) and its parsed JSON. */
export interface DbFile {
  path: string;
  data: unknown;
}

export class ClaimsError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field || "(root)"}: ${detail}`);
    this.name = "ClaimsError";
  }
}

function parseWith<T>(schema: z.ZodType<T>, file: DbFile): T {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new ClaimsError(file.path, issue.path.join("."), issue.message);
}

function compileRules(claim: Claim, lang: Lang, path: string): CompiledRules {
  const compile = (field: "patterns" | "exclude") =>
    claim.match[lang][field].map((source, i) => {
      try {
        return compilePattern(source, lang);
      } catch (e) {
        if (e instanceof PatternError) throw new ClaimsError(path, `match.${lang}.${field}.${i}`, e.message);
        throw e;
      }
    });
  return { patterns: compile("patterns"), exclude: compile("exclude") };
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Files: `sources.json`, `caveats.json`, and one `<claim id>.json` each.
 * Checks what zod cannot see alone: a claim's id matches its file name, ids
 * are unique, evidence and caveats cite known sources.
 */
export function parseClaimsDb(files: DbFile[]): ClaimsDb {
  const byName = new Map(files.map((f) => [baseName(f.path), f]));
  const sourcesFile = byName.get("sources.json");
  const caveatsFile = byName.get("caveats.json");
  if (!sourcesFile) throw new ClaimsError("sources.json", "", "missing");
  if (!caveatsFile) throw new ClaimsError("caveats.json", "", "missing");
  const sources = parseWith(SourcesFile, sourcesFile);
  const known = new Set(sources.map((s) => s.file));
  const caveats = parseWith(CaveatsFile, caveatsFile);
  caveats.forEach((c, i) =>
    c.sources.forEach((s, j) => {
      if (!known.has(s)) throw new ClaimsError(caveatsFile.path, `${i}.sources.${j}`, `unknown source "${s}"`);
    }),
  );
  const claims: CompiledClaim[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    const name = baseName(file.path);
    if (name === "sources.json" || name === "caveats.json") continue;
    const claim = parseWith(Claim, file);
    if (`${claim.id}.json` !== name) throw new ClaimsError(file.path, "id", `"${claim.id}" does not match the file name`);
    if (ids.has(claim.id)) throw new ClaimsError(file.path, "id", `duplicate id "${claim.id}"`);
    ids.add(claim.id);
    claim.evidence.forEach((e, i) => {
      if (!known.has(e.source)) throw new ClaimsError(file.path, `evidence.${i}.source`, `unknown source "${e.source}"`);
    });
    claims.push({ claim, rules: { en: compileRules(claim, "en", file.path), ru: compileRules(claim, "ru", file.path) } });
  }
  claims.sort((a, b) => a.claim.id.localeCompare(b.claim.id));
  return { sources, caveats, claims };
}
