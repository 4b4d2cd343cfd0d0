// Checks topic files one at a time while they are being written, before they join the corpus:
//   npx tsx scripts/corpus/check-topic.ts <file.json> [<file.json> ...] [--against <folder>]...
// Each file is checked with the build's format checks, then against every topic file of the
// corpus (datasets/question-pairs/groups) and of each --against folder, skipping files of the
// same topic: repeated questions or intents, near-duplicate questions, template frames, word
// overlap within groups and hard negatives within families. Exit code 1 when any check fails.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CORPUS_PATHS } from "./build";
import { reviewTopics, type ReviewReport } from "./review";
import { readGroupFiles } from "./read-group-files";
import type { SourceTopic } from "./source-corpus";

function readOne(file: string): { topic?: SourceTopic; errors: string[] } {
  // readGroupFiles reads a folder; give it a folder holding only this file.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "check-topic-"));
  try {
    fs.copyFileSync(file, path.join(folder, path.basename(file)));
    const { topics, errors } = readGroupFiles(folder, folder);
    return { topic: topics[0], errors: errors.map((error) => `${file}: ${error}`) };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function readFolder(folder: string): SourceTopic[] {
  if (!fs.existsSync(folder)) return [];
  const topics: SourceTopic[] = [];
  for (const name of fs.readdirSync(folder).filter((n) => n.endsWith(".json"))) {
    const { topic } = readOne(path.join(folder, name));
    if (topic !== undefined) topics.push(topic);
  }
  return topics;
}

function print(report: ReviewReport): void {
  for (const line of report.summary) console.log(line);
  for (const warning of report.warnings) console.log(`  warning: ${warning}`);
  for (const error of report.errors) console.log(`  ERROR: ${error}`);
}

function main(): number {
  const args = process.argv.slice(2);
  const files: string[] = [];
  const against: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--against") {
      const folder = args[++i];
      if (folder === undefined) {
        console.error("check-topic: --against needs a folder");
        return 2;
      }
      against.push(folder);
    } else files.push(arg);
  }
  if (files.length === 0) {
    console.error("usage: check-topic <file.json>... [--against <folder>]");
    return 2;
  }
  const root = path.resolve(__dirname, "../..");
  let failed = false;
  for (const file of files) {
    const { topic, errors } = readOne(file);
    if (topic === undefined || errors.length > 0) {
      for (const error of errors) console.log(`  ERROR: ${error}`);
      failed = true;
      continue;
    }
    const others = [path.join(root, CORPUS_PATHS.groups), ...against]
      .flatMap((folder) => readFolder(folder))
      .filter(
        (other) => other.topic !== topic.topic && path.resolve(other.file) !== path.resolve(file),
      );
    // One copy of each other topic: the first folder that has it wins.
    const seen = new Set<string>();
    const unique = others.filter((other) => !seen.has(other.topic) && seen.add(other.topic));
    const report = reviewTopics([topic], unique);
    console.log(`${file}:`);
    print(report);
    if (report.errors.length > 0) failed = true;
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
