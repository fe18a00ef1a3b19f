// Sentences and first matches for the tests of the engine's sentence checks.
import { findNumberSpans } from "../../src/engine/numbers";
import { compilePattern, matchAt, type Match, type Sentence } from "../../src/engine/pattern";
import type { Lang } from "../../src/engine/schema";
import { tokenize } from "../../src/engine/tokens";

export function sentence(text: string, lang: Lang): Sentence {
  const tokens = tokenize(text, lang);
  return { tokens, spansAt: findNumberSpans(tokens), source: text };
}

export function firstMatch(pattern: string, s: Sentence, lang: Lang): Match {
  const p = compilePattern(pattern, lang);
  for (let i = 0; i < s.tokens.length; i++) {
    const m = matchAt(p, s, i);
    if (m) return m;
  }
  throw new Error(`"${pattern}" does not match`);
}
