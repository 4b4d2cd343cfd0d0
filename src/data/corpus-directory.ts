import * as fs from "node:fs";
import * as path from "node:path";

let cachedRoot: string | undefined;

/**
 * The folder of siamese-lab's installed package: the nearest folder above this file whose
 * `package.json` is named `siamese-lab`. Walking up (instead of a fixed `../..`) finds it from
 * `src/data/` under tsx, from `dist/src/data/` after the build, and through
 * `node_modules/siamese-lab` from notebooks.
 */
function packageRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest)) {
      const { name } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: unknown };
      if (name === "siamese-lab") {
        cachedRoot = dir;
        return dir;
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`corpusDirectory: no siamese-lab package.json above ${__dirname}`);
    }
    dir = parent;
  }
}

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
