// `npm run train:classifier`: trains the learned component's fastText model
// (scripts/classifier/) on tests/corpus/train.jsonl alone, with the settings
// cross-validation chose (models/classifier.json, written by `npm run
// ablation`), and writes models/classifier.bin. Single-threaded with a fixed
// seed in a fresh WebAssembly instance: the same input gives the same bytes.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { readLines, SPLITS } from "./corpus";
import { features } from "./classifier/features";
import { train } from "./classifier/fasttext";
import { MODEL_FILE, readSettings } from "./classifier/settings";

const settings = readSettings();
const rows = readLines(SPLITS.train);
const t0 = performance.now();
const model = await train(
  rows.map((r) => ({ labels: r.labels, text: features(r.text, r.lang) })),
  settings.train,
);
const bytes = model.bytes();
model.dispose();
writeFileSync(MODEL_FILE, bytes);
console.log(
  `${MODEL_FILE.pathname}: ${bytes.length} bytes, sha256 ${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}, trained on ${rows.length} sentences in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
