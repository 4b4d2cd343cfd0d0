import * as fs from "node:fs";
import * as path from "node:path";
import { checkExistingDirectory, describeValue, invalidArgument } from "../validate";
import { corpusDirectory } from "./corpus-directory";
import { checkSplits, loadQuestionGroups } from "./load-question-groups";
import { loadQuestionPairs } from "./load-question-pairs";
import type { QuestionGroup } from "./question-group";
import type { QuestionPair } from "./question-pair";
import type { Split } from "./split";

/** Options of {@link loadSplit}. */
export interface LoadSplitOptions {
  /** The corpus folder. Default: the shipped corpus, {@link corpusDirectory}. */
  readonly directory?: string;
}

/** One split of the corpus: its intent groups and its Quora-format pairs. */
export interface CorpusSplit {
  /** Which split this is. */
  readonly split: Split;
  /** The split's groups, for the batch samplers. */
  readonly groups: QuestionGroup[];
  /** The split's rows of `pairs.tsv`; both questions of every pair belong to the split. */
  readonly pairs: QuestionPair[];
}

/**
 * Loads one split of the shipped question-pairs corpus: the groups (for
 * {@link duplicatePairBatches}, {@link pkBatches} and {@link triplets}) and the labelled pairs
 * (for threshold tuning and evaluation). Families are whole inside a split, so its hard
 * negatives are too, and no question text is in two splits.
 *
 * @param split - `'train'`, `'validation'`, `'test'`, `'oneshot'` or `'unseen-topics'`.
 * @param options - directory (default the shipped corpus).
 * @returns `{ split, groups, pairs }`.
 * @throws Error when `split` is not a split name, or the corpus files are missing or malformed.
 * @example
 * ```ts
 * const train = await loadSplit("train");
 * for (const batch of duplicatePairBatches(train.groups, { batchSize: 32, seed: 1 })) {
 *   // batch.anchors[i] and batch.positives[i] ask the same thing
 * }
 * ```
 */
export async function loadSplit(
  split: Split,
  options: LoadSplitOptions = {},
): Promise<CorpusSplit> {
  const fn = "loadSplit";
  if (typeof split !== "string") {
    throw invalidArgument(fn, "split", "a split name", describeValue(split));
  }
  const [name] = checkSplits(fn, split) as [Split];
  const directory = checkExistingDirectory(
    fn,
    "options.directory",
    options.directory ?? corpusDirectory(),
  );
  const pairsFile = path.join(directory, "pairs.tsv");
  if (!fs.existsSync(pairsFile)) {
    throw new Error(`${fn}: ${pairsFile} is missing; build the corpus with 'npm run build:corpus'`);
  }
  const groups = await loadQuestionGroups({ split: name, directory });
  const { pairs } = await loadQuestionPairs(pairsFile, {
    strict: true,
    delimiter: "\t",
    filter: (pair) => pair.split === name,
  });
  return { split: name, groups, pairs };
}
