// Fails the build on a malformed claims database, naming the file and the
// field, on a claim whose own examples it gets wrong, and on a quote that is
// not a whole, verbatim span of its source (scripts/quotes.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ClaimsError } from "../src/engine/claims";
import { createChecker } from "../src/engine/engine";
import { describeFailure, failingExamples } from "../src/engine/examples";
import { loadClaims } from "../src/cli/load-claims";
import { ROOT } from "./chromium";
import { quoteProblems } from "./quotes";

const SOURCES = join(ROOT, "../shared/sources");

try {
  const db = loadClaims();
  const failures = failingExamples(db, createChecker(db));
  for (const f of failures) console.error(`claims: ${describeFailure(f)}`);
  const claims = db.claims.map((c) => c.claim);
  const problems = quoteProblems(claims, db.sources, (file) =>
    readFileSync(join(SOURCES, file), "utf8"),
  );
  for (const p of problems) console.error(`claims: ${p}`);
  if (failures.length || problems.length) process.exit(1);
  const examples = claims.reduce(
    (n, claim) =>
      n +
      claim.examples.en.asserts.length +
      claim.examples.en.lookalikes.length +
      claim.examples.ru.asserts.length +
      claim.examples.ru.lookalikes.length,
    0,
  );
  const quotes = claims.reduce((n, c) => n + c.evidence.length, 0);
  const translated = claims.reduce((n, c) => n + c.evidence.filter((e) => e.translation).length, 0);
  const safety = claims.filter((c) => c.risk === "safety").length;
  console.log(
    `claims: ${claims.length} claims (${safety} about safety), ${db.caveats.length} caveats, ${db.sources.length} sources, ${examples} examples, ${quotes} quotes (${translated} translated), each whole and verbatim: ok`,
  );
} catch (e) {
  console.error(e instanceof ClaimsError ? `claims: ${e.message}` : e);
  process.exit(1);
}
