// npm run generate:quora: a synthetic file in the Quora duplicate-questions format, to test
// loading, splitting and training at Quora's scale without the real file (which users
// download themselves). Seeded: the same options give the same bytes. Never committed: it goes
// to a temporary folder unless --out says otherwise.
//
//   npm run generate:quora                              # 400,000 rows into the temp folder
//   npm run generate:quora -- --rows 1000 --out .tmp/quora.tsv --seed 2
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { writeFileAtomicSync } from "../src/io";
import { createRandom, type Random } from "../src/random";

/** Options of {@link syntheticQuoraText}. */
export interface SyntheticQuoraOptions {
  /** Pairs (rows after the header). Default 400,000 (Quora's release has 404,351). */
  readonly rows?: number;
  /** Seed of every choice. Default 1. */
  readonly seed?: number;
  /** Share of duplicate pairs. Default 0.37 (Quora's share). */
  readonly duplicateShare?: number;
}

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ne",
  "tu",
  "ra",
  "so",
  "vi",
  "de",
  "pa",
  "qu",
  "zen",
  "bor",
  "tal",
];
const OPENERS = [
  "how do i",
  "what is the best way to",
  "why does",
  "can i",
  "what happens if i",
  "is it possible to",
  "where can i",
];
// Intents (groups of duplicates) stop growing at this size, so components stay small as in Quora.
const MAX_GROUP = 12;

function makeWords(count: number, random: Random): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const parts = 2 + random.int(3);
    let word = "";
    for (let i = 0; i < parts; i++) word += random.pick(SYLLABLES);
    words.add(word);
  }
  return [...words];
}

/**
 * The text of a synthetic Quora-format file: header `id qid1 qid2 question1 question2
 * is_duplicate`, then one pair per row. Each intent has a few content words drawn with a
 * Zipf-like skew from a 20,000-word vocabulary; its questions are paraphrases (an opener, the
 * words in a new order, one word sometimes replaced). Duplicate rows pair two questions of one
 * intent (a new intent, or a new question of an existing one with fewer than 12); the others
 * pair questions of two intents, often reusing questions already written, so the graph of
 * questions has Quora's shape: about 1.3 questions per row and small duplicate groups.
 *
 * @param options - rows, seed, duplicateShare.
 * @returns the file's text (UTF-8, LF line ends).
 */
export function syntheticQuoraText(options: SyntheticQuoraOptions = {}): string {
  const rows = options.rows ?? 400_000;
  const duplicateShare = options.duplicateShare ?? 0.37;
  const random = createRandom(options.seed ?? 1);
  const words = makeWords(20_000, random);
  const zipfWord = (): string => words[Math.floor(words.length * random.next() ** 2.5)]!;
  const intentWords: string[][] = [];
  const intentQids: number[][] = [];
  const texts: string[] = [""]; // qids start at 1, as in Quora
  const newIntent = (): number => {
    intentWords.push(Array.from({ length: 3 + random.int(4) }, zipfWord));
    intentQids.push([]);
    return intentWords.length - 1;
  };
  const newQuestion = (intent: number): number => {
    const content = random.shuffle(intentWords[intent]!);
    if (random.next() < 0.3) content[random.int(content.length)] = zipfWord();
    texts.push(`${random.pick(OPENERS)} ${content.join(" ")}?`);
    intentQids[intent]!.push(texts.length - 1);
    return texts.length - 1;
  };
  const growable: number[] = [];
  const anyQuestion = (): number =>
    texts.length > 1 && random.next() < 0.45
      ? 1 + random.int(texts.length - 1)
      : newQuestion(newIntent());
  const lines = ["id\tqid1\tqid2\tquestion1\tquestion2\tis_duplicate"];
  for (let id = 0; id < rows; id++) {
    let qid1: number;
    let qid2: number;
    let duplicate = random.next() < duplicateShare;
    if (duplicate) {
      if (growable.length > 0 && random.next() < 0.35) {
        const at = random.int(growable.length);
        const intent = growable[at]!;
        qid1 = random.pick(intentQids[intent]!);
        qid2 = newQuestion(intent);
        if (intentQids[intent]!.length >= MAX_GROUP) growable.splice(at, 1);
      } else {
        const intent = newIntent();
        qid1 = newQuestion(intent);
        qid2 = newQuestion(intent);
        growable.push(intent);
      }
    } else {
      qid1 = anyQuestion();
      qid2 = anyQuestion();
      if (qid1 === qid2) qid2 = newQuestion(newIntent());
      duplicate = false;
    }
    lines.push(`${id}\t${qid1}\t${qid2}\t${texts[qid1]}\t${texts[qid2]}\t${duplicate ? 1 : 0}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Writes {@link syntheticQuoraText} to `file`, atomically.
 *
 * @param file - where to write.
 * @param options - rows, seed, duplicateShare.
 * @returns the number of bytes written.
 */
export function writeSyntheticQuoraFile(file: string, options: SyntheticQuoraOptions = {}): number {
  const text = syntheticQuoraText(options);
  writeFileAtomicSync(file, text, "writeSyntheticQuoraFile");
  return Buffer.byteLength(text);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "400000" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
    },
  });
  const rows = Number(values.rows);
  const seed = Number(values.seed);
  if (!Number.isInteger(rows) || rows < 1)
    throw new Error(`generate-quora-file: --rows must be a positive integer, got '${values.rows}'`);
  if (!Number.isFinite(seed))
    throw new Error(`generate-quora-file: --seed must be a number, got '${values.seed}'`);
  const out = path.resolve(
    values.out ?? path.join(os.tmpdir(), "siamese-lab-quora", `quora-${rows}-seed${seed}.tsv`),
  );
  const started = performance.now();
  const bytes = writeSyntheticQuoraFile(out, { rows, seed });
  console.log(
    `Wrote ${rows.toLocaleString("en-US")} pairs (${(bytes / 2 ** 20).toFixed(1)} MB) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
