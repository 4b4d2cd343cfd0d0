// How long the shipped corpus and word vectors take to load, in one process:
//   npm run bench:corpus
// Loading a split and building a vocabulary should stay under a second, and loading the word
// vectors (what a notebook's first cell pays) under three. Each step is timed five times after
// a warm-up; the median is printed with the minimum and maximum.
import * as os from "node:os";
import * as path from "node:path";
import { loadSplit } from "../src/data";
import { SHIPPED_WORD_VECTORS, WordVectors } from "../src/embeddings";
import { packageRoot } from "../src/io";
import { Vocabulary } from "../src/text";

async function time(label: string, run: () => unknown): Promise<void> {
  await run();
  const seconds: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await run();
    seconds.push((performance.now() - started) / 1000);
  }
  seconds.sort((a, b) => a - b);
  const f = (s: number): string => s.toFixed(3);
  console.log(
    `${label.padEnd(58)} median ${f(seconds[2]!)} s (min ${f(seconds[0]!)}, max ${f(seconds[4]!)})`,
  );
}

async function main(): Promise<void> {
  console.log(
    `${os.cpus()[0]?.model ?? "cpu"}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}`,
  );
  const train = await loadSplit("train");
  const texts = train.groups.flatMap((group) => group.questions);
  const vectors = WordVectors.shipped();
  await time("loadSplit('train')", () => loadSplit("train"));
  await time(`Vocabulary.build (${texts.length} questions)`, () =>
    Vocabulary.build(texts, { minCount: 2 }),
  );
  await time("Vocabulary.build with lemmas and word vectors", () =>
    Vocabulary.build(texts, { minCount: 2, tokenizer: { lemmatize: true }, wordVectors: vectors }),
  );
  await time(`WordVectors.loadSync (${vectors.size} x ${vectors.dim})`, () =>
    WordVectors.loadSync(path.join(packageRoot(), SHIPPED_WORD_VECTORS)),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
