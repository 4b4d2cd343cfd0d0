import * as path from "node:path";
import { packageRoot } from "../io/package-root";

/**
 * The folder of the shipped question-pairs corpus (`datasets/question-pairs` in the package),
 * holding `questions.tsv`, `groups.tsv`, `pairs.tsv`, `stats.json` and the source `groups/`.
 *
 * @returns an absolute path.
 * @throws Error when the package root cannot be found (the library was copied out of its package).
 * @example
 * ```ts
 * path.join(corpusDirectory(), "pairs.tsv"); // the Quora-format pairs
 * ```
 */
export function corpusDirectory(): string {
  return path.join(packageRoot(), "datasets", "question-pairs");
}
