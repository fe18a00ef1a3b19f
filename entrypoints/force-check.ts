// Injected by the background just before the page checker when the user asks
// to check a page anyway: the page checker reads the flag from the shared world.
import { world } from "@/src/content/world";

export default defineUnlistedScript(() => {
  world.__mesocheckForce = true;
  world.__mesocheckLoaded = true;
});
