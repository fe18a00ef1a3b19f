// The classifier's settings: its training options, and per language the
// thresholds of the combination, all chosen by cross-validation on
// tests/corpus/train.jsonl (`npm run ablation` writes models/classifier.json).
import { readFileSync } from "node:fs";
import type { Lang } from "../../src/engine/schema";
import type { TrainOptions } from "./fasttext";

export interface Combination {
  /** Learned alone: a claim whose score reaches this. */
  alone: number;
  /** Both: a rule finding whose claim scores below this is dropped (0: none is). */
  veto: number;
  /** Both: a claim the rules did not find is added when it scores this or more (above 1: never). */
  add: number;
}

export interface Settings {
  train: TrainOptions;
  /** The best F1 out of fold. */
  combine: Record<Lang, Combination>;
  /** The best F1 out of fold among the pairs that lower neither the rules' precision nor their recall. */
  safe: Record<Lang, Combination>;
}

export const SETTINGS_FILE = new URL("../../models/classifier.json", import.meta.url);
export const MODEL_FILE = new URL("../../models/classifier.bin", import.meta.url);

export function readSettings(): Settings {
  return JSON.parse(readFileSync(SETTINGS_FILE, "utf8")) as Settings;
}
