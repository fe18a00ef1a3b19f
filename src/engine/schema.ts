// The claims database's shape. Everything under claims/ is parsed through
// these schemas: in the tests, by the build (scripts/check-claims.ts), and
// whenever the engine loads it.
import { z } from "zod";

export const Lang = z.enum(["en", "ru"]);
export type Lang = z.infer<typeof Lang>;

export const Bilingual = z.object({ en: z.string().min(1), ru: z.string().min(1) }).strict();
export type Bilingual = z.infer<typeof Bilingual>;

/** A source article, cited by its file name in ../shared/sources/. */
export const SourceFile = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "must be a source file name such as 001_768b966119802768.txt");

export const Source = z
  .object({
    file: SourceFile,
    lang: Lang,
    title: z.string().min(1),
    about: z.string().min(1),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const Evidence = z
  .object({
    source: SourceFile,
    stance: z.enum(["asserts", "contradicts"]),
    /** Verbatim from the source, in its own language; short. */
    quote: z.string().min(3).max(300),
  })
  .strict();
export type Evidence = z.infer<typeof Evidence>;

/**
 * Matching rules for one language, in the token pattern language of
 * src/engine/pattern.ts (space-separated tokens; `a|b` alternatives; `pain*`
 * prefix; `~N` a gap of up to N tokens; `?word` optional). Compiled once.
 */
export const LangRules = z
  .object({
    /** The sentence asserts the claim if any of these matches outside a negation. */
    patterns: z.array(z.string().min(1)).min(1),
    /** Any match of these vetoes the sentence ("minimal discomfort" is not "painless"). */
    exclude: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type LangRules = z.infer<typeof LangRules>;

/** Claims about numbers: the stated value decides whether, and how, the sentence is contested. */
export const Numeric = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("age"),
      /** Ages the sources give as suitable; a stated age outside it is a finding. */
      suitable: z.tuple([z.number().int().nonnegative(), z.number().int().positive()]),
    })
    .strict(),
  z
    .object({
      kind: z.literal("interval"),
      /** Days between sessions the sources give; a shorter stated interval contradicts all of them. */
      days: z.tuple([z.number().positive(), z.number().positive()]),
      shorter: z.enum(["disputed", "contradicted"]),
      /** Longer than this, a stated interval is between courses ("every 6-12 months"), not sessions. */
      longest: z.number().positive(),
    })
    .strict(),
]);
export type Numeric = z.infer<typeof Numeric>;

export const Verdict = z.enum(["disputed", "contradicted"]);
export type Verdict = z.infer<typeof Verdict>;

export const Claim = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    assertion: Bilingual,
    /** disputed: the sources disagree; contradicted: every source that speaks to it says otherwise. */
    verdict: Verdict,
    evidence: z.array(Evidence).min(1),
    note: Bilingual,
    numeric: Numeric.optional(),
    match: z.object({ en: LangRules, ru: LangRules }).strict(),
  })
  .strict();
export type Claim = z.infer<typeof Claim>;

export const Caveat = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    kind: z.enum(["contraindication", "complication", "aftercare", "warning-sign"]),
    text: Bilingual,
    sources: z.array(SourceFile).min(1),
  })
  .strict();
export type Caveat = z.infer<typeof Caveat>;

export const SourcesFile = z.array(Source).min(1);
export const CaveatsFile = z.array(Caveat).min(1);
