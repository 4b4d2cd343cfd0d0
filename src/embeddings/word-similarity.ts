import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "../io/package-root";
import type { WordVectors } from "./word-vectors";

/** A scored word pair of a word-similarity set. */
export interface WordSimilarityPair {
  /** The first word. */
  readonly word1: string;
  /** The second word. */
  readonly word2: string;
  /** `synonym`, `related`, `antonym` or `unrelated`. */
  readonly kind: string;
  /** Similarity of meaning judged by a person, 0 (none) to 10 (the same). */
  readonly score: number;
}

/** How well a set of word vectors ranks a word-similarity set. */
export interface WordSimilarityResult {
  /** Spearman's rank correlation between the scores and the vectors' cosine similarities. */
  readonly spearman: number;
  /** Pairs whose two words both have vectors (the correlation is over these). */
  readonly covered: number;
  /** All pairs. */
  readonly total: number;
  /** Mean cosine similarity per kind of pair. */
  readonly meanByKind: Readonly<Record<string, number>>;
}

/** The word-similarity set written for siamese-lab, relative to the package root. */
export const WORD_SIMILARITY_SET = "datasets/word-similarity/pairs.tsv";

/**
 * Reads a word-similarity set: a TSV with the header `word1 word2 kind score`.
 *
 * @param file - default the set that ships with siamese-lab (217 pairs written for it).
 * @returns the pairs.
 * @throws Error naming the file and line of a malformed row.
 */
export function loadWordSimilarity(
  file: string = path.join(packageRoot(), WORD_SIMILARITY_SET),
): WordSimilarityPair[] {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  if (lines[0] !== "word1\tword2\tkind\tscore") {
    throw new Error(
      `loadWordSimilarity: ${file} line 1 must be the header word1, word2, kind, score`,
    );
  }
  const pairs: WordSimilarityPair[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.length === 0) return;
    const [word1, word2, kind, score] = line.split("\t");
    const value = Number(score);
    if (
      word1 === undefined ||
      word2 === undefined ||
      kind === undefined ||
      !Number.isFinite(value)
    ) {
      throw new Error(
        `loadWordSimilarity: ${file} line ${index + 2} is not word1, word2, kind, score`,
      );
    }
    pairs.push({ word1, word2, kind, score: value });
  });
  return pairs;
}

/** Ranks 1..n, ties sharing their mean rank. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
    for (let k = i; k <= j; k++) out[order[k]!.index] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/**
 * Spearman's rank correlation: Pearson's correlation of the ranks (ties get their mean rank).
 *
 * @param x - numbers.
 * @param y - numbers, as many as `x`.
 * @returns a number in [-1, 1] (0 when either side is constant).
 */
export function spearman(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new Error("spearman: x and y must have the same length");
  const rx = ranks(x);
  const ry = ranks(y);
  const n = rx.length;
  const mx = rx.reduce((s, v) => s + v, 0) / n;
  const my = ry.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i]! - mx) * (ry[i]! - my);
    sxx += (rx[i]! - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/**
 * Scores word vectors on a word-similarity set: Spearman's correlation between the people's
 * scores and the cosine similarities, over the pairs both of whose words have vectors.
 *
 * @param vectors - the word vectors.
 * @param pairs - default {@link loadWordSimilarity}'s shipped set.
 * @returns the correlation, the coverage and the mean similarity per kind.
 */
export function evaluateWordSimilarity(
  vectors: WordVectors,
  pairs: readonly WordSimilarityPair[] = loadWordSimilarity(),
): WordSimilarityResult {
  const human: number[] = [];
  const model: number[] = [];
  const byKind = new Map<string, number[]>();
  for (const pair of pairs) {
    const similarity = vectors.similarity(pair.word1, pair.word2);
    if (similarity === undefined) continue;
    human.push(pair.score);
    model.push(similarity);
    byKind.set(pair.kind, [...(byKind.get(pair.kind) ?? []), similarity]);
  }
  const meanByKind = Object.fromEntries(
    [...byKind].map(([kind, list]) => [kind, list.reduce((s, v) => s + v, 0) / list.length]),
  );
  return {
    spearman: spearman(human, model),
    covered: human.length,
    total: pairs.length,
    meanByKind,
  };
}
