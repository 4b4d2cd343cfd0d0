// npm run train: the reference training run of the Siamese LSTM on the shipped corpus.
//
// Trains on the train split, picks the best epoch by validation ROC AUC, tunes the threshold
// tau on validation, and reports on test next to a lexical baseline (TF-IDF cosine, tau tuned
// the same way), plus N-way one-shot accuracy on the groups never used in training. Saves the
// detector (encoder + vocabulary + tau + this report) to --out, atomically.
//
//   npm run train                       # defaults chosen for a laptop (a few minutes on 2 cores)
//   npm run train -- --epochs 4 --out .tmp/quick
//   npm run train -- --help
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import type * as tf from "@tensorflow/tfjs";
import {
  averagePrecision,
  bestThreshold,
  binaryMetrics,
  createRandom,
  createTextEncoder,
  dropTokens,
  duplicatePairBatches,
  DuplicateDetector,
  encode,
  initBackend,
  loadModel,
  loadSplit,
  oneShotAccuracy,
  pad,
  pairBatchLoss,
  rocAuc,
  saveModel,
  TfidfSimilarity,
  train,
  Vocabulary,
  writeFileAtomic,
  type CorpusSplit,
  type QuestionPair,
} from "../src";

const options = {
  epochs: {
    type: "string",
    default: "30",
    description: "passes over the training pairs (early stopping may end sooner)",
  },
  patience: {
    type: "string",
    default: "5",
    description: "epochs without a better validation AUC before stopping",
  },
  "batch-size": { type: "string", default: "16", description: "duplicate pairs per batch" },
  "embedding-dim": { type: "string", default: "64", description: "word embedding size" },
  "hidden-units": {
    type: "string",
    default: "64",
    description: "LSTM size = sentence embedding size",
  },
  margin: { type: "string", default: "0.5", description: "alpha of the batch triplet loss" },
  "learning-rate": { type: "string", default: "0.001", description: "Adam's learning rate" },
  "min-count": {
    type: "string",
    default: "2",
    description: "training words seen fewer times go to hash buckets",
  },
  "oov-buckets": {
    type: "string",
    default: "500",
    description: "hash buckets for unknown and rare words (0: one <unk>)",
  },
  "word-dropout": {
    type: "string",
    default: "0.15",
    description: "share of words dropped from training questions",
  },
  "same-topic-batches": {
    type: "string",
    default: "true",
    description: "batch pairs from one topic (harder in-batch negatives)",
  },
  seed: { type: "string", default: "1", description: "seed of weights, batches and dropout" },
  out: {
    type: "string",
    default: "models/question-duplicates",
    description: "where the detector is saved",
  },
  help: { type: "boolean", default: false, description: "show this help" },
} as const;

function usage(): string {
  const lines = Object.entries(options).map(
    ([name, o]) =>
      `  --${name.padEnd(20)} ${o.description}${o.type === "string" ? ` (default ${o.default})` : ""}`,
  );
  return `Usage: npm run train -- [options]\n\n${lines.join("\n")}`;
}

function number(
  values: Record<string, string | boolean | undefined>,
  name: keyof typeof options,
  min = 0,
): number {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || value < min) {
    throw new Error(
      `train-reference: option --${name} must be a number >= ${min}, got '${String(values[name])}'`,
    );
  }
  return value;
}

const labelsOf = (pairs: readonly QuestionPair[]): number[] =>
  pairs.map((p) => (p.isDuplicate ? 1 : 0));

/** Accuracy, precision, recall and F1 at tau, plus ROC AUC and AP: one row of the report. */
function evaluate(scores: number[], labels: number[], tau: number) {
  const m = binaryMetrics(scores, labels, tau);
  return {
    threshold: tau,
    accuracy: m.accuracy,
    precision: m.precision,
    recall: m.recall,
    f1: m.f1,
    rocAuc: rocAuc(scores, labels),
    averagePrecision: averagePrecision(scores, labels),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options, allowPositionals: false });
  if (values.help === true) {
    console.log(usage());
    return;
  }
  const config = {
    epochs: number(values, "epochs", 1),
    patience: number(values, "patience", 0),
    batchSize: number(values, "batch-size", 2),
    embeddingDim: number(values, "embedding-dim", 1),
    hiddenUnits: number(values, "hidden-units", 1),
    margin: number(values, "margin"),
    learningRate: number(values, "learning-rate"),
    minCount: number(values, "min-count", 1),
    oovBuckets: number(values, "oov-buckets"),
    wordDropout: number(values, "word-dropout"),
    sameTopicBatches: values["same-topic-batches"] !== "false",
    seed: number(values, "seed"),
  };
  const out = path.resolve(String(values.out));
  const started = performance.now();
  const backend = await initBackend();
  console.log(`Backend: ${backend.name} (${backend.reason})`);

  const [trainSplit, validation, test, oneshot] = (await Promise.all(
    (["train", "validation", "test", "oneshot"] as const).map((split) => loadSplit(split)),
  )) as [CorpusSplit, CorpusSplit, CorpusSplit, CorpusSplit];
  const trainTexts = trainSplit.groups.flatMap((g) => g.questions);
  const vocabulary = Vocabulary.build(trainTexts, {
    minCount: config.minCount,
    oovBuckets: config.oovBuckets,
  });
  console.log(
    `Corpus: ${trainSplit.groups.length} training groups (${trainTexts.length} questions), ${validation.pairs.length} validation and ${test.pairs.length} test pairs; vocabulary ${vocabulary.tokens.length} words + ${vocabulary.oovBuckets} buckets.`,
  );

  const encoder = createTextEncoder({
    vocabSize: vocabulary.size,
    embeddingDim: config.embeddingDim,
    hiddenUnits: config.hiddenUnits,
    seed: config.seed,
  });
  const detector = new DuplicateDetector(encoder, vocabulary);
  const dropout = createRandom(config.seed + 1);
  const noisyEncode = (texts: readonly string[]): tf.Tensor2D =>
    pad(dropTokens(encode(texts, vocabulary), config.wordDropout, dropout), {
      bucket: "powerOfTwo",
    });
  const validationLabels = labelsOf(validation.pairs);
  const pairScores = (pairs: readonly QuestionPair[]): number[] =>
    detector.similarities(
      pairs.map((p) => p.question1),
      pairs.map((p) => p.question2),
    );

  const checkpoint = path.join(os.tmpdir(), `siamese-lab-train-${process.pid}`);
  // Ctrl-C ends training after the current step and goes on with the best epoch so far; a
  // second Ctrl-C quits at once. The saved detector is only replaced at the very end.
  const stop = new AbortController();
  process.once("SIGINT", () => {
    console.log(
      "\nStopping after this step; the best epoch so far is evaluated and saved (Ctrl-C again to quit).",
    );
    stop.abort();
    process.once("SIGINT", () => process.exit(130));
  });
  const history = await train({
    model: encoder,
    batches: (_epoch, seed) =>
      [
        ...duplicatePairBatches(trainSplit.groups, {
          batchSize: config.batchSize,
          seed,
          ...(config.sameTopicBatches
            ? { clusterBy: (g: (typeof trainSplit.groups)[number]) => g.topic }
            : {}),
        }),
      ].filter((batch) => batch.anchors.length >= 2), // a lone pair has no in-batch negative
    loss: pairBatchLoss({ encode: noisyEncode, margin: config.margin }),
    epochs: config.epochs,
    learningRate: config.learningRate,
    seed: config.seed,
    validate: () => ({ auc: rocAuc(pairScores(validation.pairs), validationLabels) }),
    earlyStopping: { metric: "auc", mode: "max", patience: config.patience },
    checkpoint: { dir: checkpoint, save: saveModel },
    signal: stop.signal,
  });

  if (history.checkpointDir === undefined) {
    throw new Error("train-reference: stopped before the first epoch ended; nothing was saved.");
  }
  // Continue with the best epoch's weights, not the last epoch's.
  const best = await loadModel(checkpoint);
  encoder.setWeights(best.getWeights());
  best.dispose();
  const trainingSeconds = history.seconds;

  // tau is tuned on validation, for accuracy and for F1, and only then applied to test.
  const testLabels = labelsOf(test.pairs);
  const tfidf = TfidfSimilarity.fit(trainTexts);
  const lexical = (pairs: readonly QuestionPair[]): number[] =>
    pairs.map((p) => tfidf.similarity(p.question1, p.question2));
  const scorers = { siamese: pairScores, tfidf: lexical };
  const results = Object.fromEntries(
    Object.entries(scorers).map(([name, score]) => {
      const onValidation = score(validation.pairs);
      const onTest = score(test.pairs);
      const tuned = (metric: "accuracy" | "f1") =>
        evaluate(
          onTest,
          testLabels,
          bestThreshold(onValidation, validationLabels, { metric }).threshold,
        );
      return [name, { accuracy: tuned("accuracy"), f1: tuned("f1") }];
    }),
  ) as Record<"siamese" | "tfidf", Record<"accuracy" | "f1", ReturnType<typeof evaluate>>>;
  // The detector keeps the F1-tuned tau: with more non-duplicates than duplicates, the
  // accuracy-tuned one tends to call almost nothing a duplicate.
  const tau = results.siamese.f1.threshold;

  const oneshotTexts = oneshot.groups.flatMap((g) => g.questions);
  const oneshotLabels = oneshot.groups.flatMap((g) => g.questions.map(() => g.id));
  const embeddings = detector.embed(oneshotTexts);
  const tfidfVectors = denseTfidf(tfidf, oneshotTexts);
  const oneShot = [5, 10].map((ways) => ({
    ways,
    siamese: oneShotAccuracy(embeddings, oneshotLabels, {
      ways,
      episodes: 2000,
      seed: config.seed,
    }),
    tfidf: oneShotAccuracy(tfidfVectors, oneshotLabels, {
      ways,
      episodes: 2000,
      seed: config.seed,
    }),
  }));
  embeddings.dispose();

  const report = {
    command: [
      "npm run train",
      ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : []),
    ].join(" "),
    backend: backend.name,
    config,
    corpus: {
      trainGroups: trainSplit.groups.length,
      validationPairs: validation.pairs.length,
      testPairs: test.pairs.length,
    },
    training: {
      steps: history.steps,
      epochs: history.epochs.length,
      bestEpoch: (history.bestEpoch ?? 0) + 1,
      validationAuc: history.bestValue,
      stopReason: history.stopReason,
      seconds: Math.round(trainingSeconds),
    },
    test: results,
    oneShot: oneShot.map((r) => ({
      ways: r.ways,
      siamese: r.siamese.accuracy,
      siameseCi95: r.siamese.ci95,
      tfidf: r.tfidf.accuracy,
      tfidfCi95: r.tfidf.ci95,
    })),
    totalSeconds: Math.round((performance.now() - started) / 1000),
  };
  const trained = new DuplicateDetector(encoder, vocabulary, tau, report);
  await trained.save(out);
  await writeFileAtomic(path.join(out, "report.md"), reportMarkdown(report));
  console.log(`\n${reportMarkdown(report)}`);
  console.log(`Saved the detector to ${path.relative(process.cwd(), out) || out}`);
  await fs.promises.rm(checkpoint, { recursive: true, force: true });
  encoder.dispose();
}

/** TF-IDF vectors as dense rows over the words of `texts`, for the one-shot comparison. */
function denseTfidf(tfidf: TfidfSimilarity, texts: readonly string[]): number[][] {
  const vectors = texts.map((t) => tfidf.vector(t));
  const words = [...new Set(vectors.flatMap((v) => [...v.keys()]))];
  const column = new Map(words.map((w, i) => [w, i]));
  return vectors.map((v) => {
    const row = new Array<number>(words.length).fill(0);
    for (const [word, weight] of v) row[column.get(word) as number] = weight;
    return row;
  });
}

type Report = {
  command: string;
  backend: string;
  training: {
    steps: number;
    epochs: number;
    bestEpoch: number;
    validationAuc: number | undefined;
    seconds: number;
  };
  test: Record<"siamese" | "tfidf", Record<"accuracy" | "f1", ReturnType<typeof evaluate>>>;
  oneShot: {
    ways: number;
    siamese: number;
    siameseCi95: number;
    tfidf: number;
    tfidfCi95: number;
  }[];
  totalSeconds: number;
};

function reportMarkdown(r: Report): string {
  const f = (x: number): string => x.toFixed(3);
  const row = (name: string, tunedFor: string, m: ReturnType<typeof evaluate>): string =>
    `| ${name} | ${tunedFor} | ${f(m.threshold)} | ${f(m.accuracy)} | ${f(m.f1)} | ${f(m.rocAuc)} | ${f(m.averagePrecision)} |`;
  return [
    `# Reference training run`,
    ``,
    `Command: \`${r.command}\` (backend ${r.backend}). Training: ${r.training.steps} steps, ${r.training.epochs} epochs, best epoch ${r.training.bestEpoch} (validation ROC AUC ${r.training.validationAuc?.toFixed(3)}), ${r.training.seconds} s; whole run ${r.totalSeconds} s.`,
    ``,
    `Test pairs; tau tuned on validation (for accuracy, or for F1), then applied to test. ROC AUC and AP do not depend on tau.`,
    ``,
    `| model | tau tuned for | tau | accuracy | F1 | ROC AUC | AP |`,
    `|---|---|--:|--:|--:|--:|--:|`,
    row("Siamese LSTM", "accuracy", r.test.siamese.accuracy),
    row("Siamese LSTM", "F1", r.test.siamese.f1),
    row("TF-IDF cosine (lexical baseline)", "accuracy", r.test.tfidf.accuracy),
    row("TF-IDF cosine (lexical baseline)", "F1", r.test.tfidf.f1),
    ``,
    `One-shot accuracy on the groups never used in training (2,000 episodes, ± 95% interval):`,
    ``,
    `| N-way | Siamese LSTM | TF-IDF cosine | chance |`,
    `|--:|--:|--:|--:|`,
    ...r.oneShot.map(
      (o) =>
        `| ${o.ways} | ${f(o.siamese)} ± ${f(o.siameseCi95)} | ${f(o.tfidf)} ± ${f(o.tfidfCi95)} | ${f(1 / o.ways)} |`,
    ),
    ``,
  ].join("\n");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
