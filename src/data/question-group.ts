import type { Split } from "./split";

/**
 * An intent group of the shipped corpus: questions that all ask the same thing in different
 * words. Groups of one family are contrast groups (they share words but differ in meaning), and
 * a family always sits whole in one split.
 */
export interface QuestionGroup {
  /** The group id, `<topic>-NNN`. */
  readonly id: string;
  /** The family id, `<topic>-fNN`. */
  readonly family: string;
  /** The topic, e.g. `"travel"`. */
  readonly topic: string;
  /** The split the group belongs to. */
  readonly split: Split;
  /** A short description of what every question of the group asks. */
  readonly intent: string;
  /** The question ids (`qid` in `questions.tsv` and `pairs.tsv`), parallel to `questions`. */
  readonly qids: readonly number[];
  /** The questions, 3 to 8 of them. */
  readonly questions: readonly string[];
}

/**
 * The least a sampler needs from a group: an id and its questions. Every
 * {@link QuestionGroup} is one, and so is a plain `{ id, questions }` object.
 */
export interface GroupLike {
  /** A unique id. */
  readonly id: string;
  /** The questions that ask the same thing. */
  readonly questions: readonly string[];
}
