// The learned component's fastText wrapper (scripts/classifier/fasttext.ts):
// a training fastText gives up on is a clear error naming the options and
// fastText's own message, not a bare number thrown out of WebAssembly.
import { describe, expect, it } from "vitest";
import { train, TrainingDiverged } from "../../scripts/classifier/fasttext";

const examples = [
  { labels: ["painless"], text: "it doe not hurt" },
  { labels: [], text: "book a consult today" },
  { labels: ["harmless"], text: "it is complet safe" },
];
const options = {
  loss: "softmax",
  epoch: 20,
  wordNgrams: 1,
  dim: 8,
  bucket: 0,
  minCount: 1,
} as const;

describe("fastText training", () => {
  it("reports a diverged training with fastText's message and the options", async () => {
    const err = await train(examples, { ...options, lr: 1e6 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(TrainingDiverged);
    expect((err as TrainingDiverged).fastTextSays).toBe("Encountered NaN.");
    expect((err as TrainingDiverged).options.lr).toBe(1e6);
    expect((err as Error).message).toContain('"lr":1000000');
  });

  it("keeps any other failure an error for the caller, with fastText's message", async () => {
    // No example, no vocabulary: fastText says so.
    const err = await train([], { ...options, lr: 0.1 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(TrainingDiverged);
    expect((err as Error).message).toMatch(/"lr":0.1.*: Empty vocabulary/);
  });

  it("trains and scores with a sane learning rate", async () => {
    const model = await train(examples, { ...options, lr: 0.1 });
    const scores = model.scores("it doe not hurt");
    model.dispose();
    expect([...scores.keys()].sort()).toEqual(["harmless", "none", "painless"]);
  });
});
