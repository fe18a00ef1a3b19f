// Fails the build on a malformed claims database, naming the file and the field.
import { ClaimsError } from "../src/engine/claims";
import { loadClaims } from "../src/cli/load-claims";

try {
  const db = loadClaims();
  console.log(`claims: ${db.claims.length} claims, ${db.caveats.length} caveats, ${db.sources.length} sources: ok`);
} catch (e) {
  console.error(e instanceof ClaimsError ? `claims: ${e.message}` : e);
  process.exit(1);
}
