// A page checker's "check": the engine runs on the blocks (whatever their
// topic: the gate decided) and the tab's state gains the findings. The engine
// is built when a gate passes or on the first check, not when the service
// worker starts: most of its wakes are for pages not about mesotherapy.
import {
  createChecker as createEngine,
  type Checker as Engine,
  type CheckResult,
} from "../engine/engine";
import type { Lang, OmissionTopicId } from "../engine/schema";
import type { ClaimsDb } from "../engine/claims";
import { viewOf, type CheckMessage, type CheckReply, type TabState } from "./protocol";
import { toReply } from "./reply";
import { splitHidden, storedDismissals, type DismissalStore } from "./hiding";
import { hostnameOf, type TabStore } from "./tab-store";

export class Checks {
  private engine: Engine | undefined;

  constructor(
    private readonly store: TabStore,
    private readonly claimsDb: () => ClaimsDb,
    /** The browser's UI language: the notes' words are in it. */
    private readonly uiLang: Lang = "en",
    private readonly dismissals: Pick<DismissalStore, "of"> = storedDismissals,
  ) {}

  /**
   * The engine, readied for `lang`: the database decoded, the language's
   * index built. Done when a gate passes, while the page checker is injected
   * and reads the page, so the first check does not wait for it.
   */
  prepare(lang: Lang): void {
    this.engine ??= createEngine(this.claimsDb());
    this.engine.prepare(lang);
  }

  /** Each tab's last check, which its next one waits for. */
  private readonly queues = new Map<number, Promise<unknown>>();

  /**
   * A tab's checks run one after another in the order they came: a page
   * sends its parts without waiting for the replies, and each part adds to
   * the state the one before left.
   */
  check(tabId: number, msg: CheckMessage): Promise<CheckReply> {
    const before = this.queues.get(tabId) ?? Promise.resolve();
    const run = before.then(() => this.checkNow(tabId, msg));
    const tail = run.catch(() => {});
    this.queues.set(tabId, tail);
    // The last in line clears its place: an idle tab keeps nothing here.
    void tail.then(() => {
      if (this.queues.get(tabId) === tail) this.queues.delete(tabId);
    });
    return run;
  }

  private async checkNow(tabId: number, msg: CheckMessage): Promise<CheckReply> {
    const db = this.claimsDb();
    this.engine ??= createEngine(db);
    // Asked before the engine runs: storage answers while it works.
    const dismissed = this.dismissals.of(msg.url);
    dismissed.catch(() => {}); // awaited below; an engine error in between leaves no unhandled rejection
    const previous = msg.reset ? undefined : await this.store.get(tabId);
    // A later part is read in the language the page's opening gave, as the whole page would be.
    const result = this.engine.check(msg.blocks, {
      force: true,
      signals: msg.signals,
      pageLang: previous?.about?.lang,
    });
    const about = previous?.about ?? result.about;
    const claims = new Map(db.claims.map((c) => [c.claim.id, c.claim]));
    const firstId = previous ? Math.max(-1, ...previous.findings.map((f) => f.id)) + 1 : 0;
    // Those the reader hid on this page are listed apart and not highlighted.
    const { shown: findings, hidden } = splitHidden(
      toReply(result, claims, msg.first, firstId, this.uiLang),
      await dismissed,
    );
    const state: TabState = {
      url: msg.url,
      hostname: hostnameOf(msg.url),
      status: "checked",
      about,
      truncatedAt: msg.truncatedAt ?? previous?.truncatedAt,
      findings: [...(previous?.findings ?? []), ...findings.map(viewOf)],
      hidden: [...(previous?.hidden ?? []), ...hidden.map(viewOf)],
      omissions: this.omissions(previous, about, msg, result),
    };
    // Stored and shown before the reply, not while the page paints: on one
    // core, a huge page's state (thousands of findings) stored alongside its
    // painting made tasks of 255-281 ms (hostile.test.ts, taskset -c 0).
    await this.store.publish(tabId, state);
    return { about, findings };
  }

  /**
   * What the page leaves out so far: a topic is left out while no part of the
   * page has mentioned it. A later part (more text, a page that grew) that is
   * not itself about mesotherapy is read for mentions all the same.
   */
  private omissions(
    previous: TabState | undefined,
    about: TabState["about"],
    msg: CheckMessage,
    result: CheckResult,
  ): OmissionTopicId[] {
    if (!about?.mesotherapy) return [];
    const inPart = result.about.mesotherapy
      ? result.omissions.map((o) => o.topic)
      : this.engine!.omissionsOf(msg.blocks, about.lang);
    if (!previous) return inPart;
    return (previous.omissions ?? []).filter((t) => inPart.includes(t));
  }
}
