import * as fs from "node:fs";
import * as path from "node:path";
import { assignSplits } from "./assign-splits";
import { corpusStats, type CorpusStats } from "./corpus-stats";
import { renderStatsSection, replaceStatsSection } from "./datasheet-tables";
import { makePairs } from "./make-pairs";
import { readGroupFiles } from "./read-group-files";
import { reviewTopics } from "./review";
import type { CorpusGroup, CorpusQuestion } from "./source-corpus";
import { checkTargets } from "./targets";
import { toTsv } from "./tsv";

/** The seed of the shipped corpus. Changing it reshuffles the splits and pairs. */
export const CORPUS_SEED = 2026;

/** A file the build produces, with its path relative to the repository root. */
export interface BuiltFile {
  readonly path: string;
  readonly content: string;
}

/** The outcome of {@link buildCorpus}. */
export interface BuildResult {
  /** Problems in the group files; when any, nothing else is built. */
  readonly errors: string[];
  /** Missed targets, each saying by how much. */
  readonly failures: string[];
  /** The derived files (empty when there are errors). */
  readonly files: BuiltFile[];
  /** The numbers (absent when there are errors). */
  readonly stats?: CorpusStats;
  /** Things the review flags that do not fail the build (see {@link reviewTopics}). */
  readonly warnings: string[];
}

/** Where the corpus lives inside the repository. */
export const CORPUS_PATHS = {
  groups: "datasets/question-pairs/groups",
  questions: "datasets/question-pairs/questions.tsv",
  groupTable: "datasets/question-pairs/groups.tsv",
  pairs: "datasets/question-pairs/pairs.tsv",
  stats: "datasets/question-pairs/stats.json",
  datasheet: "datasets/README.md",
} as const;

/**
 * Builds the derived corpus files in memory from the hand-written group files: checks them
 * (format: {@link readGroupFiles}; writing: {@link reviewTopics}), numbers the questions (qid 1, 2, ... in topic, family, group, question order), splits the
 * families, makes the pairs, counts, and renders the datasheet section. Writes nothing.
 *
 * @param root - the repository root.
 * @param seed - the corpus seed.
 */
export function buildCorpus(root: string, seed: number = CORPUS_SEED): BuildResult {
  const { topics, errors } = readGroupFiles(path.join(root, CORPUS_PATHS.groups), root);
  if (errors.length > 0) return { errors, failures: [], files: [], warnings: [] };
  const review = reviewTopics(topics, []);
  if (review.errors.length > 0) {
    return { errors: review.errors, failures: [], files: [], warnings: review.warnings };
  }

  const splitOf = assignSplits(topics, seed);
  const groups: CorpusGroup[] = [];
  const questions: CorpusQuestion[] = [];
  for (const topic of topics) {
    for (const family of topic.families) {
      const split = splitOf.get(family.id);
      if (split === undefined) throw new Error(`family ${family.id} got no split`);
      for (const group of family.groups) {
        groups.push({ ...group, split });
        for (const text of group.questions) {
          questions.push({
            qid: questions.length + 1,
            text,
            group: group.id,
            family: family.id,
            topic: topic.topic,
            split,
          });
        }
      }
    }
  }
  const { pairs, hardAvailable } = makePairs(questions, seed);
  const stats = corpusStats(groups, questions, pairs, seed);
  const failures = checkTargets(stats, hardAvailable);

  const datasheetPath = path.join(root, CORPUS_PATHS.datasheet);
  const readme = fs.existsSync(datasheetPath) ? fs.readFileSync(datasheetPath, "utf8") : "";
  let datasheet: string;
  try {
    datasheet = replaceStatsSection(readme, renderStatsSection(stats));
  } catch (error) {
    return {
      errors: [(error as Error).message],
      failures,
      files: [],
      stats,
      warnings: review.warnings,
    };
  }

  const files: BuiltFile[] = [
    {
      path: CORPUS_PATHS.questions,
      content: toTsv(
        ["qid", "group", "family", "topic", "split", "question"],
        questions.map((q) => [q.qid, q.group, q.family, q.topic, q.split, q.text]),
      ),
    },
    {
      path: CORPUS_PATHS.groupTable,
      content: toTsv(
        ["group", "family", "topic", "split", "size", "intent"],
        groups.map((g) => [g.id, g.family, g.topic, g.split, g.questions.length, g.intent]),
      ),
    },
    {
      path: CORPUS_PATHS.pairs,
      content: toTsv(
        ["id", "qid1", "qid2", "question1", "question2", "is_duplicate", "split"],
        pairs.map((p) => [
          p.id,
          p.question1.qid,
          p.question2.qid,
          p.question1.text,
          p.question2.text,
          p.isDuplicate ? 1 : 0,
          p.split,
        ]),
      ),
    },
    { path: CORPUS_PATHS.stats, content: `${JSON.stringify(stats, null, 2)}\n` },
    { path: CORPUS_PATHS.datasheet, content: datasheet },
  ];
  return { errors: [], failures, files, stats, warnings: review.warnings };
}
