// Builds the question-pairs corpus from the hand-written intent groups:
//   npm run build:corpus            check the group files, build, write the derived files
//   npm run build:corpus -- --check build in memory and fail if a committed file differs
// The derived files are datasets/question-pairs/{questions,groups,pairs}.tsv, stats.json and
// the generated section of datasets/README.md. Deterministic: same group files, same output.
import * as fs from "node:fs";
import * as path from "node:path";
import { writeFileAtomic } from "../src/io";
import { buildCorpus, CORPUS_SEED } from "./corpus/build";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== "--check");
  if (unknown.length > 0) {
    console.error(`build-corpus: unknown argument ${unknown.join(" ")} (only --check)`);
    return 2;
  }
  const check = args.includes("--check");
  const root = path.resolve(__dirname, "..");
  const result = buildCorpus(root, CORPUS_SEED);
  if (result.errors.length > 0) {
    console.error(`build-corpus: ${result.errors.length} problem(s) in the group files:`);
    for (const error of result.errors) console.error(`  ${error}`);
    return 1;
  }
  if (result.warnings.length > 0) {
    console.log(`build-corpus: ${result.warnings.length} warning(s) from the review:`);
    for (const warning of result.warnings) console.log(`  ${warning}`);
  }
  const stats = result.stats;
  if (stats !== undefined) {
    const { total } = stats;
    console.log(
      `build-corpus: ${stats.topics} topics, ${total.families} families, ${total.groups} groups, ` +
        `${total.questions} questions; ${total.pairs} pairs, ${total.duplicates} duplicates ` +
        `(${(100 * stats.duplicateShare).toFixed(1)}%), ${total.hardNonDuplicates} of ` +
        `${total.nonDuplicates} non-duplicates hard (${(100 * stats.hardShare).toFixed(1)}%)`,
    );
  }
  if (result.failures.length > 0) {
    console.error("build-corpus: targets missed, nothing written:");
    for (const failure of result.failures) console.error(`  ${failure}`);
    return 1;
  }
  if (check) {
    const stale = result.files.filter((file) => {
      const target = path.join(root, file.path);
      return !fs.existsSync(target) || fs.readFileSync(target, "utf8") !== file.content;
    });
    for (const file of stale) console.error(`build-corpus: ${file.path} is out of date`);
    if (stale.length > 0) console.error("build-corpus: run `npm run build:corpus` and commit");
    return stale.length > 0 ? 1 : 0;
  }
  for (const file of result.files) {
    await writeFileAtomic(path.join(root, file.path), file.content);
    console.log(`build-corpus: wrote ${file.path}`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
