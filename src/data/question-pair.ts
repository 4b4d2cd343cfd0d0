import type { Split } from "./split";

/**
 * One row of a Quora-format question-pairs file
 * (`id qid1 qid2 question1 question2 is_duplicate`, plus an optional `split` column).
 */
export interface QuestionPair {
  /** The pair's id (`id`). */
  readonly id: number;
  /** The id of the first question (`qid1`). */
  readonly qid1: number;
  /** The id of the second question (`qid2`). */
  readonly qid2: number;
  /** The first question's text, as written in the file. */
  readonly question1: string;
  /** The second question's text, as written in the file. */
  readonly question2: string;
  /** Whether the two questions ask the same thing (`is_duplicate` = 1). */
  readonly isDuplicate: boolean;
  /** The corpus split, when the file has a `split` column (the shipped `pairs.tsv` does). */
  readonly split?: Split;
}

/** A row that lenient loading left out, and why. */
export interface SkippedRow {
  /** The 1-based line where the row starts. */
  readonly line: number;
  /** What is wrong with it, e.g. `is_duplicate must be 0 or 1, got "2"`. */
  readonly reason: string;
}
