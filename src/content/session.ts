// A page checker's run on one version of the page. Each teardown (switched
// off, navigated, checked again, extension gone) starts a new generation:
// work begun in an older one sees it is stale and stops, so late replies
// never paint on a page that has moved on.
export class PageSession {
  private generation = 0;
  private readonly cleanups: Array<() => void> = [];

  /** The current generation, for work to hold on to. */
  get current(): number {
    return this.generation;
  }

  /** Work begun in `generation` is out of date. */
  isStale(generation: number): boolean {
    return generation !== this.generation;
  }

  /** A check for work begun now: true once the page has moved on. */
  staleCheck(): () => boolean {
    const mine = this.generation;
    return () => this.isStale(mine);
  }

  /** Runs at every teardown, in the order added. */
  onTeardown(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  /** Ends the current generation and clears what it built. */
  teardown(): void {
    this.generation++;
    for (const cleanup of this.cleanups) cleanup();
  }
}
