// npm run ablation: what each ingredient of the reference run is worth. Trains the reference
// configuration and one variant per ingredient (each with one thing changed), same seed and a
// shorter schedule (--epochs, default 3), then prints one table: test ROC AUC and AP,
// unseen-topics ROC AUC, 5-way one-shot accuracy and ROC AUC on the sanity pairs. Takes a
// while: one training run per row.
//   npm run ablation                 # all rows
//   npm run ablation -- --epochs 2   # shorter
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";

/** The rows: a label and the options that differ from the reference run. */
const VARIANTS: readonly { readonly label: string; readonly args: readonly string[] }[] = [
  {
    label:
      "reference: WordNet vectors fine-tuned, attention pooling, hard negatives, mixed-topic batches",
    args: [],
  },
  { label: "frozen word vectors", args: ["--train-embeddings", "false"] },
  {
    label: "random word vectors (no WordNet, no lemmas)",
    args: ["--vectors", "none", "--lemmatize", "false"],
  },
  { label: "mean pooling (the course's) instead of attention", args: ["--pooling", "mean"] },
  { label: "mean + max pooling", args: ["--pooling", "meanMax"] },
  { label: "without explicit hard negatives", args: ["--hard-negatives", "false"] },
  { label: "same-topic instead of mixed-topic batches", args: ["--same-topic-batches", "true"] },
];

interface Report {
  readonly test: {
    readonly siamese: { readonly f1: { rocAuc: number; averagePrecision: number } };
  };
  readonly unseenTopics: { readonly siamese: { readonly f1: { rocAuc: number } } };
  readonly oneShot: readonly { readonly ways: number; readonly siamese: number }[];
  readonly sanity: { readonly rocAuc: number };
}

function main(): number {
  const { values } = parseArgs({ options: { epochs: { type: "string", default: "3" } } });
  const root = path.resolve(__dirname, "..");
  const rows: string[] = [];
  for (const variant of VARIANTS) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-ablation-"));
    const args = [
      "tsx",
      "scripts/train-reference.ts",
      "--epochs",
      String(values.epochs),
      "--out",
      out,
      ...variant.args,
    ];
    console.log(`ablation: ${variant.label}: npx ${args.join(" ")}`);
    const run = spawnSync("npx", args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    if (run.status !== 0) {
      console.error(`ablation: the run for "${variant.label}" failed (exit ${run.status})`);
      return 1;
    }
    const detector = JSON.parse(fs.readFileSync(path.join(out, "detector.json"), "utf8")) as {
      training: Report;
    };
    const report = detector.training;
    const fiveWay = report.oneShot.find((o) => o.ways === 5)?.siamese ?? Number.NaN;
    const f = (x: number): string => x.toFixed(3);
    rows.push(
      `| ${variant.label} | ${f(report.test.siamese.f1.rocAuc)} | ${f(report.test.siamese.f1.averagePrecision)} | ${f(report.unseenTopics.siamese.f1.rocAuc)} | ${f(fiveWay)} | ${f(report.sanity.rocAuc)} |`,
    );
    fs.rmSync(out, { recursive: true, force: true });
  }
  console.log(
    [
      "",
      `Each run: \`npm run train -- --epochs ${values.epochs} <options>\`, seed 1.`,
      "",
      "| run | test ROC AUC | test AP | unseen-topics ROC AUC | 5-way one-shot | sanity pairs ROC AUC |",
      "|---|--:|--:|--:|--:|--:|",
      ...rows,
    ].join("\n"),
  );
  return 0;
}

process.exitCode = main();
