// npm run bench:quora: `npm run train -- --pairs` at Quora's scale, on a synthetic 400,000-row
// Quora-format file (scripts/generate-quora-file.ts, seeded, written to the temp folder and
// removed afterwards) or on a file you pass with --file (such as the real
// quora_duplicate_questions.tsv). Prints load time (stream the file, union-find), split time,
// vocabulary time, the time per training epoch and the peak RSS, and writes
// bench/quora-results.json.
//
// A full epoch takes a long while on one core, so the epoch is timed by steps: a few warm-up
// steps, then --steps timed steps of the same training loop as `npm run train` (train() with
// pairBatchLoss over duplicatePairBatches of the training groups); the time per epoch is that
// per-step time times the epoch's number of batches, plus scoring the validation pairs once
// (measured). The output says so.
//
//   npm run bench:quora
//   npm run bench:quora -- --rows 100000 --steps 20
//   npm run bench:quora -- --file ~/data/quora_duplicate_questions.tsv
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import * as tf from "@tensorflow/tfjs";
import { initBackend } from "../src/backend";
import { duplicatePairBatches, QuestionPairSplitter, readQuestionPairs } from "../src/data";
import { DuplicateDetector } from "../src/detector";
import { writeFileAtomicSync } from "../src/io";
import { createTextEncoder } from "../src/model";
import { encode, pad, Vocabulary } from "../src/text";
import { pairBatchLoss, train } from "../src/train";

// The settings of `npm run train -- --pairs FILE --vectors none`.
const TRAINING = {
  batchSize: 64,
  embeddingDim: 64,
  hiddenUnits: 128,
  pooling: "attention",
  margin: 0.5,
  minCount: 2,
  oovBuckets: 500,
  lemmatize: true,
  learningRate: 1e-3,
  seed: 1,
} as const;

const mb = (bytes: number): number => bytes / 2 ** 20;
const peakRssMB = (): number => mb(process.resourceUsage().maxRSS * 1024);
const seconds = (start: number): number => (performance.now() - start) / 1000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "400000" },
      seed: { type: "string", default: "1" },
      steps: { type: "string", default: "30" },
      warmup: { type: "string", default: "3" },
      file: { type: "string" },
    },
  });
  const rows = Number(values.rows);
  const timedSteps = Number(values.steps);
  const warmupSteps = Number(values.warmup);
  const backend = await initBackend();
  const loadAverageStart = os.loadavg();

  let file = values.file === undefined ? undefined : path.resolve(values.file);
  let folder: string | undefined;
  let generateSeconds: number | undefined;
  if (file === undefined) {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-quora-bench-"));
    file = path.join(folder, `quora-${rows}.tsv`);
    const start = performance.now();
    // In a child process, so that the generator's memory is not in this process's peak RSS.
    const child = spawnSync(
      process.execPath,
      [
        "--require",
        "tsx/cjs",
        path.join(__dirname, "../scripts/generate-quora-file.ts"),
        "--rows",
        String(rows),
        "--seed",
        String(values.seed),
        "--out",
        file,
      ],
      { encoding: "utf8", timeout: 600_000 },
    );
    if (child.status !== 0)
      throw new Error(`bench:quora: generating the file failed: ${child.stderr}`);
    generateSeconds = seconds(start);
  }
  try {
    const fileMB = mb(fs.statSync(file).size);
    const rssBeforeLoad = mb(process.memoryUsage().rss);

    // 1. Stream the file through the union-find (what loadQuestionPairSplits does), then split.
    let start = performance.now();
    const splitter = new QuestionPairSplitter({ seed: TRAINING.seed }, "bench:quora");
    let skipped = 0;
    for await (const pair of readQuestionPairs(file, { strict: false, onSkip: () => skipped++ })) {
      splitter.add(pair);
    }
    const loadSeconds = seconds(start);
    start = performance.now();
    const splits = splitter.finish();
    const splitSeconds = seconds(start);
    const rssAfterSplit = mb(process.memoryUsage().rss);

    // 2. Vocabulary of the training duplicates.
    start = performance.now();
    const trainTexts = splits.train.groups.flatMap((g) => g.questions);
    const vocabulary = Vocabulary.build(trainTexts, {
      minCount: TRAINING.minCount,
      oovBuckets: TRAINING.oovBuckets,
      tokenizer: { lemmatize: TRAINING.lemmatize },
    });
    const vocabularySeconds = seconds(start);

    // 3. One epoch's batches (strings only; each batch is encoded inside its step).
    start = performance.now();
    const epochBatches = [
      ...duplicatePairBatches(splits.train.groups, {
        batchSize: TRAINING.batchSize,
        seed: TRAINING.seed,
      }),
    ].filter((batch) => batch.anchors.length >= 2);
    const batchSeconds = seconds(start);
    const pairsPerEpoch = epochBatches.reduce((n, batch) => n + batch.anchors.length, 0);

    // 4. Training steps: warm-up, then timed.
    const encoder = createTextEncoder({
      vocabSize: vocabulary.size,
      embeddingDim: TRAINING.embeddingDim,
      hiddenUnits: TRAINING.hiddenUnits,
      pooling: TRAINING.pooling,
      seed: TRAINING.seed,
    });
    const loss = pairBatchLoss({
      encode: (texts: readonly string[]) =>
        pad(encode(texts, vocabulary), { bucket: "powerOfTwo" }),
      margin: TRAINING.margin,
    });
    const optimizer = tf.train.adam(TRAINING.learningRate);
    const run = (from: number, count: number) =>
      train({
        model: encoder,
        batches: () => epochBatches.slice(from, from + count),
        loss,
        optimizer,
        epochs: 1,
        seed: TRAINING.seed,
        progress: "none",
      });
    await run(0, warmupSteps);
    // After the warm-up, so Adam's slots (made at its first step) are already counted.
    const tensorsBefore = tf.memory().numTensors;
    start = performance.now();
    const history = await run(warmupSteps, timedSteps);
    const msPerStep = (seconds(start) * 1000) / history.steps;
    const tensorsAfter = tf.memory().numTensors;

    // 5. Scoring the validation pairs once (what every epoch's model selection does).
    const detector = new DuplicateDetector(encoder, vocabulary);
    start = performance.now();
    detector.similarities(
      splits.validation.pairs.map((p) => p.question1),
      splits.validation.pairs.map((p) => p.question2),
    );
    const validationSeconds = seconds(start);
    const epochSeconds = (epochBatches.length * msPerStep) / 1000 + validationSeconds;
    optimizer.dispose();
    encoder.dispose();

    const cpus = os.cpus();
    const results = {
      date: new Date().toISOString(),
      command: [
        "npm run bench:quora",
        ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : []),
      ].join(" "),
      backend: backend.name,
      machine: { cpu: cpus[0]?.model ?? "unknown", cores: cpus.length, node: process.version },
      loadAverage: { start: loadAverageStart, end: os.loadavg() },
      file: values.file === undefined ? `synthetic, ${rows} rows, seed ${values.seed}` : file,
      fileMB,
      generateSeconds,
      data: {
        pairs: splits.pairs,
        skippedRows: skipped,
        questions: splits.questions,
        groups: splits.groups,
        droppedPairs: splits.droppedPairs,
        trainGroups: splits.train.groups.length,
        trainQuestions: trainTexts.length,
        validationPairs: splits.validation.pairs.length,
        testPairs: splits.test.pairs.length,
        vocabulary: vocabulary.size,
      },
      loadSeconds,
      splitSeconds,
      vocabularySeconds,
      batchSeconds,
      training: {
        ...TRAINING,
        stepsPerEpoch: epochBatches.length,
        pairsPerEpoch,
        warmupSteps,
        timedSteps: history.steps,
        msPerStep,
        validationSeconds,
        epochSecondsEstimated: epochSeconds,
        tensorsBefore,
        tensorsAfter,
      },
      rssMB: { beforeLoad: rssBeforeLoad, afterSplit: rssAfterSplit, peak: peakRssMB() },
      notes: [
        "epoch time is estimated: ms per step over the timed steps times the epoch's batches, plus one scoring of the validation pairs (measured)",
        "peak RSS is this process's maximum resident set (the synthetic file is generated in a child process)",
      ],
    };
    writeFileAtomicSync(
      path.join(__dirname, "quora-results.json"),
      `${JSON.stringify(results, null, 2)}\n`,
    );

    const f = (x: number, digits = 1): string =>
      x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    console.log(
      `Quora-scale training data: ${results.file} (${f(fileMB)} MB); backend ${backend.name}; ` +
        `${results.machine.cpu}, ${cpus.length} cores; load average ${loadAverageStart.map((l) => l.toFixed(2)).join(" ")} at start.`,
    );
    if (generateSeconds !== undefined)
      console.log(`Generated the file in ${f(generateSeconds)} s (not part of the figures).`);
    console.log("");
    const table: [string, string][] = [
      ["pairs read (bad rows skipped)", `${f(splits.pairs, 0)} (${skipped})`],
      ["questions / groups", `${f(splits.questions, 0)} / ${f(splits.groups, 0)}`],
      [
        "train groups / validation pairs / test pairs",
        `${f(splits.train.groups.length, 0)} / ${f(splits.validation.pairs.length, 0)} / ${f(splits.test.pairs.length, 0)}`,
      ],
      ["pairs between splits, dropped", f(splits.droppedPairs, 0)],
      ["load: stream + union-find (s)", f(loadSeconds)],
      ["split: components + deal + build (s)", f(splitSeconds)],
      ["vocabulary of the training questions (s)", f(vocabularySeconds)],
      ["one epoch's batches (s)", f(batchSeconds)],
      [
        `training ms/step (batch ${TRAINING.batchSize}, ${history.steps} steps timed)`,
        f(msPerStep, 0),
      ],
      ["steps per epoch", f(epochBatches.length, 0)],
      ["validation scoring (s)", f(validationSeconds)],
      ["time per epoch, estimated (min)", f(epochSeconds / 60)],
      ["RSS after split (MB)", f(rssAfterSplit, 0)],
      ["peak RSS (MB; target < 2,048)", f(results.rssMB.peak, 0)],
      ["tensors after warm-up / after timed steps", `${tensorsBefore} / ${tensorsAfter}`],
    ];
    const width = Math.max(...table.map(([label]) => label.length));
    for (const [label, value] of table) console.log(`${label.padEnd(width)}  ${value}`);
    console.log("");
    console.log(
      `Time per epoch is estimated: ${history.steps} timed steps (after ${warmupSteps} warm-up) times ` +
        `${epochBatches.length} batches, plus one scoring of the validation pairs. Wrote bench/quora-results.json.`,
    );
  } finally {
    if (folder !== undefined) fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
