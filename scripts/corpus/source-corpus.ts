import type { Split } from "../../src/data";
import { hashToken } from "../../src/text";

/** A group as written in `groups/<topic>.json`. */
export interface SourceGroup {
  readonly id: string;
  readonly family: string;
  readonly topic: string;
  readonly intent: string;
  readonly questions: readonly string[];
}

/** A family as written: 1 to 3 contrast groups. */
export interface SourceFamily {
  readonly id: string;
  readonly topic: string;
  readonly groups: readonly SourceGroup[];
}

/** One topic file. */
export interface SourceTopic {
  readonly topic: string;
  /** The file, relative to the repository root (for error messages). */
  readonly file: string;
  readonly families: readonly SourceFamily[];
}

/** A question of the built corpus: its id, its place and its split. */
export interface CorpusQuestion {
  readonly qid: number;
  readonly text: string;
  readonly group: string;
  readonly family: string;
  readonly topic: string;
  readonly split: Split;
}

/** A group of the built corpus with its split. */
export interface CorpusGroup extends SourceGroup {
  readonly split: Split;
}

/** A row of `pairs.tsv`. */
export interface CorpusPair {
  readonly id: number;
  readonly question1: CorpusQuestion;
  readonly question2: CorpusQuestion;
  readonly isDuplicate: boolean;
  readonly split: Split;
}

/** The splits that divide the families of the seen topics. */
export type SeenSplit = Exclude<Split, "unseen-topics">;

/** The seen-topic splits, in order. */
export const SEEN_SPLITS: readonly SeenSplit[] = ["train", "validation", "test", "oneshot"];

/** The planned shares of the four seen-topic splits, by number of groups. */
export const SPLIT_SHARES: Readonly<Record<SeenSplit, number>> = {
  train: 0.7,
  validation: 0.1,
  test: 0.1,
  oneshot: 0.1,
};

/**
 * The topics held out whole as the `unseen-topics` split: no training, validation or model
 * selection sees them. Chosen to be far apart from each other and to share little vocabulary
 * with any one training topic.
 */
export const UNSEEN_TOPICS: readonly string[] = [
  "astronomy-and-space",
  "cycling",
  "insurance",
  "photography",
  "restaurants-and-dining",
];

/**
 * A number seed for one named sub-task (FNV-1a over `seed:part:...`), so that each topic's split
 * and each split's pairs have their own stream: editing one topic file does not change the
 * random draws made for the others.
 */
export function subSeed(seed: number, ...parts: readonly string[]): number {
  return hashToken(`${seed}:${parts.join(":")}`);
}
