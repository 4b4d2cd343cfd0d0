import { createRandom } from "../random";
import { checkNumber, describeValue, invalidArgument } from "../validate";
import type { QuestionPair } from "./question-pair";
import type { GroupLike } from "./question-group";

/** The three parts a question-pairs file is split into. */
export type PairSplitName = "train" | "validation" | "test";

/** The share of the questions each split gets; the three add up to 1. */
export interface SplitFractions {
  /** Share of questions for training (default 0.8). */
  readonly train: number;
  /** Share for choosing the threshold and the epoch (default 0.1). */
  readonly validation: number;
  /** Share for the reported numbers (default 0.1). */
  readonly test: number;
}

/** Options of {@link splitQuestionPairs}, {@link loadQuestionPairSplits} and {@link QuestionPairSplitter}. */
export interface SplitQuestionPairsOptions {
  /** The share of the questions each split gets. Default `{ train: 0.8, validation: 0.1, test: 0.1 }`. */
  readonly fractions?: SplitFractions;
  /** Seed of the order in which groups are dealt to the splits. Default 1. */
  readonly seed?: number;
}

/** One split: its groups of duplicates and the pairs whose two questions both fell in it. */
export interface QuestionPairSplitPart {
  /**
   * The groups (connected components of the duplicate pairs) of two or more questions, for
   * the batch samplers; id `q<qid>` after the group's first question in the file.
   */
  readonly groups: GroupLike[];
  /** The file's rows (duplicates and not) whose two questions are both in this split, in file order. */
  readonly pairs: QuestionPair[];
  /** How many distinct questions (qids) the split holds, single ones included. */
  readonly questions: number;
}

/** What {@link splitQuestionPairs} made. */
export interface QuestionPairSplits {
  /** Training groups and pairs. */
  readonly train: QuestionPairSplitPart;
  /** Validation groups and pairs. */
  readonly validation: QuestionPairSplitPart;
  /** Test groups and pairs. */
  readonly test: QuestionPairSplitPart;
  /**
   * Pairs left out because their two questions fell in different splits. Only non-duplicate
   * pairs can be: the two questions of a duplicate pair are always in one group.
   */
  readonly droppedPairs: number;
  /** Pairs read. */
  readonly pairs: number;
  /** Distinct questions (qids) read. */
  readonly questions: number;
  /** Groups (connected components, single questions included). */
  readonly groups: number;
  /** The fractions used. */
  readonly fractions: SplitFractions;
  /** The seed used. */
  readonly seed: number;
}

const DEFAULT_FRACTIONS: SplitFractions = { train: 0.8, validation: 0.1, test: 0.1 };
const SPLIT_NAMES: readonly PairSplitName[] = ["train", "validation", "test"];

/** Growable typed arrays: flat memory per pair and per question, whatever the file's size. */
class IntColumn {
  values = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/**
 * Splits Quora-format pairs into train, validation and test **by group**, read one pair at a
 * time: call {@link QuestionPairSplitter.add} for every pair, then
 * {@link QuestionPairSplitter.finish}. {@link splitQuestionPairs} and
 * {@link loadQuestionPairSplits} do both; use the class to feed pairs from elsewhere.
 *
 * A group is a connected component of the graph whose nodes are the questions (qids) and
 * whose edges are the duplicate pairs (union-find with path halving and union by size), so
 * questions that are duplicates of each other, directly or through others, stay together. The
 * groups, in the order of their first question in the file, are shuffled with the seed and
 * dealt in that order to train until it holds `fractions.train` of the questions, then to
 * validation, then to test; a group is never cut, so the shares are met to within one group.
 * A pair whose two questions fell in different splits (a non-duplicate pair between groups) is
 * dropped and counted. A qid seen with two texts keeps the first.
 *
 * Memory: per question its text and three integers, per pair three integers and a flag; the
 * pairs' objects are rebuilt only in {@link QuestionPairSplitter.finish}.
 */
export class QuestionPairSplitter {
  private readonly fn: string;
  private readonly fractions: SplitFractions;
  private readonly seed: number;
  private readonly indexOfQid = new Map<number, number>();
  private readonly qids = new IntColumn();
  private readonly texts: string[] = [];
  private readonly parent = new IntColumn();
  private readonly size = new IntColumn();
  private readonly pairIds = new IntColumn();
  private readonly pairFirst = new IntColumn();
  private readonly pairSecond = new IntColumn();
  private readonly pairDuplicate = new IntColumn();
  private finished = false;

  /**
   * @param options - fractions (default 0.8 / 0.1 / 0.1) and seed (default 1).
   * @param fn - the public function using the splitter, named in errors.
   * @throws Error `fn: argument 'options.fractions' must be ...` for fractions that are not
   *   three numbers in [0, 1] adding up to 1, or a seed that is not a finite number.
   */
  constructor(options: SplitQuestionPairsOptions = {}, fn = "QuestionPairSplitter") {
    this.fn = fn;
    if (typeof options !== "object" || options === null) {
      throw invalidArgument(fn, "options", "an object", describeValue(options));
    }
    this.fractions = checkFractions(fn, options.fractions ?? DEFAULT_FRACTIONS);
    this.seed = checkNumber(fn, "options.seed", options.seed ?? 1);
  }

  /**
   * Adds one pair.
   *
   * @param pair - a row of a Quora-format file.
   * @param where - how errors name it (default `"pair"`).
   * @throws Error `fn: argument '<where>.qid1' must be ...` for a malformed pair, or when
   *   called after {@link QuestionPairSplitter.finish}.
   */
  add(pair: QuestionPair, where = "pair"): void {
    if (this.finished) throw new Error(`${this.fn}: add() was called after finish()`);
    checkPair(this.fn, where, pair);
    const first = this.question(pair.qid1, pair.question1);
    const second = this.question(pair.qid2, pair.question2);
    this.pairIds.push(pair.id);
    this.pairFirst.push(first);
    this.pairSecond.push(second);
    this.pairDuplicate.push(pair.isDuplicate ? 1 : 0);
    if (pair.isDuplicate) this.union(first, second);
  }

  /**
   * Deals the groups to the splits and builds them.
   *
   * @returns the three splits, with the number of pairs dropped between them.
   * @throws Error when called twice.
   */
  finish(): QuestionPairSplits {
    if (this.finished) throw new Error(`${this.fn}: finish() was called twice`);
    this.finished = true;
    const questionCount = this.qids.length;
    // Groups numbered in the order of their first question in the file.
    const groupOf = new Int32Array(questionCount);
    const groupOfRoot = new Map<number, number>();
    const groupSizes: number[] = [];
    for (let q = 0; q < questionCount; q++) {
      const root = this.find(q);
      let group = groupOfRoot.get(root);
      if (group === undefined) {
        group = groupSizes.length;
        groupOfRoot.set(root, group);
        groupSizes.push(0);
      }
      groupOf[q] = group;
      groupSizes[group]! += 1;
    }
    const order = createRandom(this.seed).shuffle(groupSizes.map((_, g) => g));
    const splitOfGroup = new Uint8Array(groupSizes.length);
    const trainEnd = this.fractions.train * questionCount;
    const validationEnd = (this.fractions.train + this.fractions.validation) * questionCount;
    let dealt = 0;
    for (const group of order) {
      splitOfGroup[group] = dealt < trainEnd ? 0 : dealt < validationEnd ? 1 : 2;
      dealt += groupSizes[group]!;
    }

    const parts = SPLIT_NAMES.map(() => ({
      groups: [] as { id: string; questions: string[] }[],
      pairs: [] as QuestionPair[],
      questions: 0,
    }));
    const groupQuestions = new Array<string[] | undefined>(groupSizes.length);
    for (let q = 0; q < questionCount; q++) {
      const group = groupOf[q]!;
      const part = parts[splitOfGroup[group]!]!;
      part.questions++;
      if (groupSizes[group]! < 2) continue;
      let questions = groupQuestions[group];
      if (questions === undefined) {
        questions = [];
        groupQuestions[group] = questions;
        part.groups.push({ id: `q${this.qids.values[q]!}`, questions });
      }
      questions.push(this.texts[q]!);
    }
    let droppedPairs = 0;
    for (let p = 0; p < this.pairIds.length; p++) {
      const first = this.pairFirst.values[p]!;
      const second = this.pairSecond.values[p]!;
      const split = splitOfGroup[groupOf[first]!]!;
      if (splitOfGroup[groupOf[second]!]! !== split) {
        droppedPairs++;
        continue;
      }
      parts[split]!.pairs.push({
        id: this.pairIds.values[p]!,
        qid1: this.qids.values[first]!,
        qid2: this.qids.values[second]!,
        question1: this.texts[first]!,
        question2: this.texts[second]!,
        isDuplicate: this.pairDuplicate.values[p] === 1,
      });
    }
    return {
      train: parts[0]!,
      validation: parts[1]!,
      test: parts[2]!,
      droppedPairs,
      pairs: this.pairIds.length,
      questions: questionCount,
      groups: groupSizes.length,
      fractions: this.fractions,
      seed: this.seed,
    };
  }

  /** The index of a qid, adding it the first time it is seen. */
  private question(qid: number, text: string): number {
    let index = this.indexOfQid.get(qid);
    if (index === undefined) {
      index = this.qids.length;
      this.indexOfQid.set(qid, index);
      this.qids.push(qid);
      this.texts.push(text);
      this.parent.push(index);
      this.size.push(1);
    }
    return index;
  }

  private find(q: number): number {
    const parent = this.parent.values;
    let node = q;
    while (parent[node] !== node) {
      parent[node] = parent[parent[node]!]!; // path halving
      node = parent[node]!;
    }
    return node;
  }

  private union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    const size = this.size.values;
    if (size[rootA]! < size[rootB]!) [rootA, rootB] = [rootB, rootA];
    this.parent.values[rootB] = rootA;
    size[rootA]! += size[rootB]!;
  }
}

function checkFractions(fn: string, fractions: unknown): SplitFractions {
  const expected = "{ train, validation, test }: numbers in [0, 1] that add up to 1";
  if (typeof fractions !== "object" || fractions === null) {
    throw invalidArgument(fn, "options.fractions", expected, describeValue(fractions));
  }
  const record = fractions as Record<string, unknown>;
  for (const name of SPLIT_NAMES) {
    const value = record[name];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1) {
      throw invalidArgument(
        fn,
        `options.fractions.${name}`,
        "a number in [0, 1]",
        describeValue(value),
      );
    }
  }
  const { train, validation, test } = record as unknown as SplitFractions;
  const sum = train + validation + test;
  if (Math.abs(sum - 1) > 1e-9) {
    throw invalidArgument(fn, "options.fractions", expected, `fractions adding up to ${sum}`);
  }
  return { train, validation, test };
}

function checkPair(fn: string, where: string, pair: unknown): void {
  if (typeof pair !== "object" || pair === null) {
    throw invalidArgument(
      fn,
      where,
      "a question pair { id, qid1, qid2, question1, question2, isDuplicate }",
      describeValue(pair),
    );
  }
  const record = pair as Record<string, unknown>;
  for (const field of ["id", "qid1", "qid2"]) {
    const value = record[field];
    // Int32 storage: ids up to 2^31 - 1 (Quora's are below 10^6).
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 0x7fffffff) {
      throw invalidArgument(
        fn,
        `${where}.${field}`,
        "an integer in [0, 2^31)",
        describeValue(value),
      );
    }
  }
  for (const field of ["question1", "question2"]) {
    if (typeof record[field] !== "string") {
      throw invalidArgument(fn, `${where}.${field}`, "a string", describeValue(record[field]));
    }
  }
  if (typeof record.isDuplicate !== "boolean") {
    throw invalidArgument(
      fn,
      `${where}.isDuplicate`,
      "true or false",
      describeValue(record.isDuplicate),
    );
  }
}
