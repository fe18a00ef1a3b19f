// fastText (the WebAssembly build of the fasttext.wasm.js package) for the
// learned component's experiment: training in Node, single-threaded, and
// prediction. See scripts/train-classifier.ts and scripts/ablation.ts.
import { getFastTextModule } from "fasttext.wasm.js";

/** The part of the package's Embind vector that is used here. */
interface Vector<T> {
  size(): number;
  get(i: number): T;
  delete(): void;
}

interface Native {
  train(args: unknown, progress: () => void): void;
  saveModel(path: string): void;
  loadModel(path: string): void;
  predict(text: string, k: number, threshold: number): Vector<[number, string]>;
  delete(): void;
}

interface Module {
  HEAPU8: Uint8Array;
  HEAPU32: Uint32Array;
  FS: {
    writeFile(path: string, data: string | Uint8Array): void;
    readFile(path: string): Uint8Array;
    unlink(path: string): void;
  };
  FastText: new () => Native;
  Args: new () => Record<string, unknown>;
  ModelName: Record<string, unknown>;
  LossName: Record<string, unknown>;
}

export interface TrainOptions {
  /** "ova": one sigmoid per label (one-vs-all); "softmax": one distribution over the labels. */
  loss: "ova" | "softmax";
  epoch: number;
  lr: number;
  wordNgrams: number;
  dim: number;
  bucket: number;
  minCount: number;
}

/** A line of fastText input: `__label__a __label__b word word ...`. */
export interface Example {
  labels: string[];
  text: string;
}

export const NONE = "none";

export interface Model {
  /** The probability of each label (one-vs-all sigmoids), labels without the prefix. */
  scores(text: string): Map<string, number>;
  /** The model file's bytes. */
  bytes(): Uint8Array;
  dispose(): void;
}

// A fresh WebAssembly instance for each model: training twice in one instance
// does not give the same weights, and a fresh instance does.
async function freshModule(): Promise<Module> {
  return (await getFastTextModule()) as unknown as Module;
}

function wrap(m: Module, ft: Native): Model {
  return {
    scores(text) {
      const out = new Map<string, number>();
      const v = ft.predict(text, -1, 0);
      for (let i = 0; i < v.size(); i++) {
        const [p, label] = v.get(i);
        out.set(label.replace(/^__label__/, ""), Math.min(1, p));
      }
      v.delete();
      return out;
    },
    bytes() {
      ft.saveModel("model.bin");
      const b = m.FS.readFile("model.bin");
      m.FS.unlink("model.bin");
      return b;
    },
    dispose() {
      ft.delete();
    },
  };
}

/** fastText's message when the loss became NaN: the one failure a grid of options expects. */
const DIVERGED = "Encountered NaN.";

const failedWith = (o: TrainOptions, fastTextSays: string) =>
  `fastText training failed with ${JSON.stringify(o)}: ${fastTextSays}`;

/** fastText gave up on these options: its loss became NaN ("Encountered NaN."). */
export class TrainingDiverged extends Error {
  constructor(
    readonly options: TrainOptions,
    readonly fastTextSays: string,
  ) {
    super(failedWith(options, fastTextSays));
    this.name = "TrainingDiverged";
  }
}

/**
 * The message of a C++ exception the WebAssembly build threw as a bare pointer
 * to a std::runtime_error (libc++: a vtable pointer, then a pointer to the
 * message's characters). Anything that does not read as a short printable
 * message is reported as the pointer it was.
 */
function whatThrew(m: Module, thrown: unknown): string {
  if (typeof thrown !== "number") return String(thrown);
  const at = m.HEAPU32[(thrown >>> 2) + 1] ?? 0;
  let text = "";
  for (let i = at; i > 0 && i < m.HEAPU8.length && text.length < 200; i++) {
    const c = m.HEAPU8[i]!;
    if (c === 0) break;
    if (c < 0x20 || c > 0x7e) return `a C++ exception at ${thrown}`;
    text += String.fromCharCode(c);
  }
  return text || `a C++ exception at ${thrown}`;
}

export async function train(examples: Example[], o: TrainOptions): Promise<Model> {
  const m = await freshModule();
  const lines = examples.map(
    (e) =>
      [...(e.labels.length ? e.labels : [NONE]).map((l) => `__label__${l}`), e.text].join(" ") +
      "\n",
  );
  m.FS.writeFile("train.txt", lines.join(""));
  const args = new m.Args();
  Object.assign(args, {
    input: "train.txt",
    model: m.ModelName["supervised"],
    thread: 1,
    seed: 0,
    verbose: 0,
    minn: 0,
    maxn: 0,
    ...o,
    loss: m.LossName[o.loss],
  });
  const ft = new m.FastText();
  try {
    ft.train(args, () => {});
  } catch (e) {
    ft.delete();
    // The build throws C++ exceptions as bare pointers: read the message.
    // Only a diverged loss is a property of the options; anything else
    // (bad input, a broken build) stays an error for the caller.
    const says = whatThrew(m, e);
    throw says === DIVERGED ? new TrainingDiverged(o, says) : new Error(failedWith(o, says));
  } finally {
    m.FS.unlink("train.txt");
  }
  return wrap(m, ft);
}

export async function load(bytes: Uint8Array): Promise<Model> {
  const m = await freshModule();
  m.FS.writeFile("model.bin", bytes);
  const ft = new m.FastText();
  ft.loadModel("model.bin");
  m.FS.unlink("model.bin");
  return wrap(m, ft);
}
