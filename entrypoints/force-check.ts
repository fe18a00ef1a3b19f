// Injected by the background just before the checker when the user asks to
// check a page anyway: the checker reads this flag from the shared world.
export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<string, unknown>;
  world.__mesocheckForce = true;
  world.__mesocheckLoaded = true;
});
