// Fails the build on a malformed claims database, naming the file and the
// field, and on a claim whose own examples it gets wrong.
import { ClaimsError } from "../src/engine/claims";
import { createChecker } from "../src/engine/engine";
import {
  describeFailure,
  describeOmissionFailure,
  failingExamples,
  failingOmissionExamples,
} from "../src/engine/examples";
import { loadClaims } from "../src/cli/load-claims";

try {
  const db = loadClaims();
  const checker = createChecker(db);
  const failures = failingExamples(db, checker);
  for (const f of failures) console.error(`claims: ${describeFailure(f)}`);
  const omissionFailures = failingOmissionExamples(db, checker);
  for (const f of omissionFailures) console.error(`claims: ${describeOmissionFailure(f)}`);
  if (failures.length || omissionFailures.length) process.exit(1);
  const examples = db.claims.reduce(
    (n, { claim }) =>
      n +
      claim.examples.en.asserts.length +
      claim.examples.en.lookalikes.length +
      claim.examples.ru.asserts.length +
      claim.examples.ru.lookalikes.length,
    0,
  );
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
    `claims: ${db.claims.length} claims, ${db.caveats.length} caveats, ${db.sources.length} sources, ${examples} examples; ${db.omissions.length} omission topics, ${omissionExamples} examples: ok`,
  );
} catch (e) {
  console.error(e instanceof ClaimsError ? `claims: ${e.message}` : e);
  process.exit(1);
}
