// Fails the build on a malformed claims database, naming the file and the
// field, on a claim whose own examples it gets wrong, and on a quote that is
// not a whole, verbatim span of its source (scripts/quotes.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ClaimsError } from "../src/engine/claims";
import { createChecker } from "../src/engine/engine";
import {
  describeFailure,
  describeOmissionFailure,
  failingExamples,
  failingOmissionExamples,
} from "../src/engine/examples";
import { loadClaims } from "../src/cli/load-claims";
import { ROOT } from "./chromium";
import { quoteProblems } from "./quotes";

const SOURCES = join(ROOT, "../shared/sources");

try {
  const db = loadClaims();
  const checker = createChecker(db);
  const failures = failingExamples(db, checker);
  for (const f of failures) console.error(`claims: ${describeFailure(f)}`);
  const omissionFailures = failingOmissionExamples(db, checker);
  for (const f of omissionFailures) console.error(`claims: ${describeOmissionFailure(f)}`);
  const claims = db.claims.map((c) => c.claim);
  const omissionQuotes = db.omissions.map(({ topic }) => ({
    id: `omission:${topic.topic}`,
    evidence: topic.evidence,
  }));
  const problems = quoteProblems([...claims, ...omissionQuotes], db.sources, (file) =>
    readFileSync(join(SOURCES, file), "utf8"),
  );
  for (const p of problems) console.error(`claims: ${p}`);
  if (failures.length || omissionFailures.length || problems.length) process.exit(1);
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
  const omissionExamples = db.omissions.reduce(
    (n, { topic }) =>
      n +
      topic.examples.en.mentions.length +
      topic.examples.en.omits.length +
      topic.examples.ru.mentions.length +
      topic.examples.ru.omits.length,
    0,
  );
  console.log(
    `claims: ${claims.length} claims (${safety} about safety), ${db.caveats.length} caveats, ${db.sources.length} sources, ${examples} examples, ${quotes} quotes (${translated} translated), each whole and verbatim; ${db.omissions.length} omission topics, ${omissionExamples} examples: ok`,
  );
} catch (e) {
  console.error(e instanceof ClaimsError ? `claims: ${e.message}` : e);
  process.exit(1);
}
