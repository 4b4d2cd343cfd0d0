import * as fs from "node:fs";
import * as path from "node:path";
import { describeValue, invalidArgument } from "../validate";
import { corpusDirectory } from "./corpus-directory";
import type { QuestionGroup } from "./question-group";
import { readTsvTable } from "./read-tsv-table";
import { isSplit, SPLITS, type Split } from "./split";

/** Options of {@link loadQuestionGroups}. */
export interface LoadQuestionGroupsOptions {
  /** Keep only the groups of this split (or these splits). Default: every split. */
  readonly split?: Split | readonly Split[];
  /** The corpus folder. Default: the shipped corpus, {@link corpusDirectory}. */
  readonly directory?: string;
}

/**
 * Loads the intent groups of the question-pairs corpus with their questions, question ids and
 * split, from the derived files `groups.tsv` and `questions.tsv` that `npm run build:corpus`
 * writes from the hand-written `groups/<topic>.json`.
 *
 * @param options - split (default all), directory (default the shipped corpus).
 * @returns the groups in corpus order (topics alphabetically, then as written).
 * @throws Error when an option is invalid, a file is missing or malformed, or the two files
 *   disagree (rebuild with `npm run build:corpus`).
 * @example
 * ```ts
 * const oneshot = await loadQuestionGroups({ split: "oneshot" });
 * console.log(oneshot[0].intent, oneshot[0].questions);
 * ```
 */
export async function loadQuestionGroups(
  options: LoadQuestionGroupsOptions = {},
): Promise<QuestionGroup[]> {
  const fn = "loadQuestionGroups";
  const wanted = checkSplits(fn, options.split);
  const directory = options.directory ?? corpusDirectory();
  if (typeof directory !== "string" || !fs.existsSync(directory)) {
    throw invalidArgument(fn, "options.directory", "an existing folder", describeValue(directory));
  }
  const groupsFile = path.join(directory, "groups.tsv");
  const questionsFile = path.join(directory, "questions.tsv");
  for (const file of [groupsFile, questionsFile]) {
    if (!fs.existsSync(file)) {
      throw new Error(`${fn}: ${file} is missing; build the corpus with 'npm run build:corpus'`);
    }
  }
  const groupRows = await readTsvTable(fn, groupsFile, [
    "group",
    "family",
    "topic",
    "split",
    "intent",
  ]);
  const builders = new Map<string, { group: QuestionGroup; qids: number[]; questions: string[] }>();
  for (const { line, values } of groupRows) {
    const split = values.split;
    if (!isSplit(split)) {
      throw new Error(`${fn}: ${groupsFile} line ${line}: unknown split ${describeValue(split)}`);
    }
    const qids: number[] = [];
    const questions: string[] = [];
    const group: QuestionGroup = {
      id: values.group ?? "",
      family: values.family ?? "",
      topic: values.topic ?? "",
      split,
      intent: values.intent ?? "",
      qids,
      questions,
    };
    builders.set(group.id, { group, qids, questions });
  }
  const questionRows = await readTsvTable(fn, questionsFile, ["qid", "group", "question"]);
  for (const { line, values } of questionRows) {
    const builder = builders.get(values.group ?? "");
    if (builder === undefined) {
      throw new Error(
        `${fn}: ${questionsFile} line ${line}: group ${describeValue(values.group)} is not in ` +
          `${groupsFile}; rebuild with 'npm run build:corpus'`,
      );
    }
    builder.qids.push(Number(values.qid));
    builder.questions.push(values.question ?? "");
  }
  return [...builders.values()]
    .map((builder) => builder.group)
    .filter((group) => wanted.includes(group.split));
}

/**
 * Reads a `split` option: one split, a list of them, or `undefined` for all.
 *
 * @returns the splits asked for.
 * @throws Error naming `fn` when a value is not a split.
 */
export function checkSplits(fn: string, split: unknown): readonly Split[] {
  if (split === undefined) return SPLITS;
  const list: unknown[] = Array.isArray(split) ? (split as unknown[]) : [split];
  for (const value of list) {
    if (!isSplit(value)) {
      throw invalidArgument(
        fn,
        "split",
        `one of ${SPLITS.map((s) => `'${s}'`).join(", ")} (or a list of them)`,
        describeValue(value),
      );
    }
  }
  return list as Split[];
}
