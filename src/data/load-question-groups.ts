import * as fs from "node:fs";
import * as path from "node:path";
import { checkExistingDirectory, describeValue, invalidArgument } from "../validate";
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
 * @throws Error when an option is invalid, a file is missing or malformed (every field read
 *   is checked: a qid must be a whole number, used once; a group id, family, topic, intent and
 *   question must not be empty; bytes must be UTF-8), or the two files disagree (rebuild with
 *   `npm run build:corpus`). The message names the file and line.
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
  const directory = checkExistingDirectory(
    fn,
    "options.directory",
    options.directory ?? corpusDirectory(),
  );
  const groupsFile = path.join(directory, "groups.tsv");
  const questionsFile = path.join(directory, "questions.tsv");
  for (const file of [groupsFile, questionsFile]) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat === undefined) {
      throw new Error(`${fn}: ${file} is missing; build the corpus with 'npm run build:corpus'`);
    }
    if (!stat.isFile()) {
      throw new Error(`${fn}: ${file} is not a file; build the corpus with 'npm run build:corpus'`);
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
    const where = `${fn}: ${groupsFile} line ${line}`;
    const split = values.split;
    if (!isSplit(split)) {
      throw new Error(`${where}: unknown split ${describeValue(split)}`);
    }
    const [id, family, topic, intent] = (["group", "family", "topic", "intent"] as const).map(
      (column) => nonEmpty(where, column, values[column]),
    ) as [string, string, string, string];
    if (builders.has(id)) throw new Error(`${where}: group ${describeValue(id)} is listed twice`);
    const qids: number[] = [];
    const questions: string[] = [];
    const group: QuestionGroup = { id, family, topic, split, intent, qids, questions };
    builders.set(group.id, { group, qids, questions });
  }
  const questionRows = await readTsvTable(fn, questionsFile, ["qid", "group", "question"]);
  const seenQids = new Set<number>();
  for (const { line, values } of questionRows) {
    const where = `${fn}: ${questionsFile} line ${line}`;
    const builder = builders.get(values.group ?? "");
    if (builder === undefined) {
      throw new Error(
        `${where}: group ${describeValue(values.group)} is not in ` +
          `${groupsFile}; rebuild with 'npm run build:corpus'`,
      );
    }
    const qidText = values.qid ?? "";
    const qid = /^\d{1,15}$/.test(qidText) ? Number(qidText) : Number.NaN;
    if (Number.isNaN(qid)) {
      throw new Error(
        `${where}: qid must be a non-negative integer, got ${describeValue(qidText)}`,
      );
    }
    if (seenQids.has(qid)) throw new Error(`${where}: qid ${qid} is used twice`);
    seenQids.add(qid);
    builder.qids.push(qid);
    builder.questions.push(nonEmpty(where, "question", values.question));
  }
  return [...builders.values()]
    .map((builder) => builder.group)
    .filter((group) => wanted.includes(group.split));
}

/** The value of a column that must hold text, or an error naming the file, line and column. */
function nonEmpty(where: string, column: string, value: string | undefined): string {
  if (value === undefined || value.trim() === "") throw new Error(`${where}: ${column} is empty`);
  return value;
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
