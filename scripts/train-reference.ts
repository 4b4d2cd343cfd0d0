// npm run train: the reference training run of the Siamese LSTM on the shipped corpus.
//
// Trains on the train split, picks the best epoch by validation ROC AUC, tunes the threshold
// tau on validation, and reports on test and on the unseen-topics split next to two lexical
// baselines (TF-IDF cosine over words, and over words plus WordNet concepts; tau tuned the same
// way), plus N-way one-shot accuracy on the groups never used in training. Saves the detector
// (encoder + vocabulary + tau + this report) to --out, atomically.
//
//   npm run train                       # defaults chosen for a laptop (a few minutes on 2 cores)
//   npm run train -- --epochs 4 --out .tmp/quick
//   npm run train -- --help
//
// With --pairs FILE it trains on any Quora-format file instead (for example the real
// quora_duplicate_questions.tsv, downloaded by the user): the file streams through, is split
// into train / validation / test by group (connected components of its duplicate pairs; no
// question in two splits), the model trains on the training duplicates, and test is reported
// at the course's tau = 0.7 and at tau tuned on validation.
//
//   npm run train -- --pairs quora_duplicate_questions.tsv --vectors none --out .tmp/quora
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import * as tf from "@tensorflow/tfjs";
import {
  createRandom,
  createTextEncoder,
  dropTokens,
  duplicatePairBatches,
  DuplicateDetector,
  encode,
  initBackend,
  wasmThreadCount,
  loadModel,
  loadSplit,
  oneShotAccuracy,
  pad,
  pairBatchLoss,
  evaluateWithTunedThreshold,
  loadQuestionPairSplits,
  pairMetrics,
  rocAuc,
  saveModel,
  TfidfSimilarity,
  wordNetFeatures,
  train,
  Vocabulary,
  WordVectors,
  type CorpusSplit,
  type QuestionGroup,
  type QuestionPair,
  type TunedPairEvaluation,
} from "../src";
import type { GroupLike } from "../src/data";
import { writeFileAtomic } from "../src/io";

const options = {
  epochs: {
    type: "string",
    default: "8",
    description: "passes over the training pairs (early stopping may end sooner)",
  },
  patience: {
    type: "string",
    default: "3",
    description: "epochs without a better validation AUC before stopping",
  },
  "batch-size": { type: "string", default: "64", description: "duplicate pairs per batch" },
  "embedding-dim": {
    type: "string",
    default: "64",
    description: "word embedding size with --vectors none (the word vectors fix it otherwise)",
  },
  "hidden-units": {
    type: "string",
    default: "128",
    description: "LSTM size = sentence embedding size",
  },
  pooling: {
    type: "string",
    default: "attention",
    description:
      "how the LSTM's steps become one vector: mean (the course's), meanMax or attention",
  },
  margin: { type: "string", default: "0.5", description: "alpha of the batch triplet loss" },
  "closest-negative": {
    type: "string",
    default: "belowPositive",
    description: "closest negative of the loss: belowPositive (the course's) or hardest",
  },
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
    default: "false",
    description:
      "batch pairs from one topic: harder in-batch negatives, but a batch holds at most one pair per group of the topic (shipped corpus only)",
  },
  "hard-negatives": {
    type: "string",
    default: "true",
    description:
      "add one question of a contrast group per row as an explicit negative (shipped corpus only)",
  },
  vectors: {
    type: "string",
    default: "wordnet",
    description: "word vectors to start from: wordnet (the shipped ones) or none (random)",
  },
  "train-embeddings": {
    type: "string",
    default: "true",
    description: "fine-tune the pretrained vectors of training words (false: frozen)",
  },
  lemmatize: {
    type: "string",
    default: "true",
    description: "reduce words to their WordNet lemma before looking them up",
  },
  seed: { type: "string", default: "1", description: "seed of weights, batches and dropout" },
  "max-steps": {
    type: "string",
    default: "0",
    description: "stop after this many training steps in all (0: no limit)",
  },
  pairs: {
    type: "string",
    default: "",
    description:
      "train on this Quora-format file (id qid1 qid2 question1 question2 is_duplicate) instead of the shipped corpus",
  },
  "train-fraction": {
    type: "string",
    default: "0.8",
    description: "with --pairs: share of the questions (whole groups) for training",
  },
  "validation-fraction": {
    type: "string",
    default: "0.1",
    description: "with --pairs: share for validation (epoch and tau)",
  },
  "test-fraction": {
    type: "string",
    default: "0.1",
    description: "with --pairs: share for the reported test numbers",
  },
  out: {
    type: "string",
    default: "models/question-duplicates",
    description: "where the detector is saved",
  },
  evaluate: {
    type: "string",
    default: "",
    description: "evaluate the detector saved in this folder (no training, nothing saved)",
  },
  help: { type: "boolean", default: false, description: "show this help" },
} as const;

function usage(): string {
  const lines = Object.entries(options).map(
    ([name, o]) =>
      `  --${name.padEnd(20)} ${o.description}${o.type === "string" ? ` (default ${o.default === "" ? "none" : o.default})` : ""}`,
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

function choice<T extends string>(
  values: Record<string, string | boolean | undefined>,
  name: keyof typeof options,
  allowed: readonly T[],
): T {
  const value = String(values[name]);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(
      `train-reference: option --${name} must be one of ${allowed.join(", ")}, got '${value}'`,
    );
  }
  return value as T;
}

type Config = ReturnType<typeof readConfig>;

function readConfig(values: Record<string, string | boolean | undefined>) {
  return {
    epochs: number(values, "epochs", 1),
    patience: number(values, "patience", 0),
    batchSize: number(values, "batch-size", 2),
    embeddingDim: number(values, "embedding-dim", 1),
    hiddenUnits: number(values, "hidden-units", 1),
    pooling: choice(values, "pooling", ["mean", "meanMax", "attention"] as const),
    margin: number(values, "margin"),
    closestNegative: choice(values, "closest-negative", ["belowPositive", "hardest"] as const),
    learningRate: number(values, "learning-rate"),
    minCount: number(values, "min-count", 1),
    oovBuckets: number(values, "oov-buckets"),
    wordDropout: number(values, "word-dropout"),
    sameTopicBatches: values["same-topic-batches"] !== "false",
    hardNegatives: values["hard-negatives"] !== "false",
    vectors: choice(values, "vectors", ["wordnet", "none"] as const),
    trainEmbeddings: values["train-embeddings"] !== "false",
    lemmatize: values.lemmatize !== "false",
    seed: number(values, "seed"),
    maxSteps: number(values, "max-steps"),
  };
}

const labelsOf = (pairs: readonly QuestionPair[]): number[] =>
  pairs.map((p) => (p.isDuplicate ? 1 : 0));

/** The splits the run reads: training, model selection, and the three held-out ones. */
interface Splits {
  readonly train: CorpusSplit;
  readonly validation: CorpusSplit;
  readonly test: CorpusSplit;
  readonly oneshot: CorpusSplit;
  readonly unseenTopics: CorpusSplit;
}

async function loadSplits(): Promise<Splits> {
  const [train, validation, test, oneshot, unseenTopics] = await Promise.all(
    (["train", "validation", "test", "oneshot", "unseen-topics"] as const).map((split) =>
      loadSplit(split),
    ),
  );
  return { train, validation, test, oneshot, unseenTopics } as Splits;
}

/** Step 1: the vocabulary and the untrained detector. */
function buildDetector(config: Config, trainTexts: readonly string[]): DuplicateDetector {
  const vocabulary = Vocabulary.build(trainTexts, {
    minCount: config.minCount,
    oovBuckets: config.oovBuckets,
    tokenizer: { lemmatize: config.lemmatize },
    ...(config.vectors === "wordnet" ? { wordVectors: WordVectors.shipped() } : {}),
  });
  const encoder = createTextEncoder({
    ...(config.vectors === "wordnet"
      ? { pretrained: vocabulary, trainEmbeddings: config.trainEmbeddings }
      : { vocabSize: vocabulary.size, embeddingDim: config.embeddingDim }),
    hiddenUnits: config.hiddenUnits,
    pooling: config.pooling,
    seed: config.seed,
  });
  return new DuplicateDetector(encoder, vocabulary);
}

const pairScores =
  (detector: DuplicateDetector) =>
  (pairs: readonly QuestionPair[]): number[] =>
    detector.similarities(
      pairs.map((p) => p.question1),
      pairs.map((p) => p.question2),
    );

/** What training reads: the groups it batches and the validation pairs it selects the epoch on. */
interface TrainingData<G extends GroupLike> {
  readonly groups: readonly G[];
  readonly validationPairs: readonly QuestionPair[];
  /** Batch groups of one cluster together (same-topic batches). */
  readonly clusterBy?: (group: G) => string;
  /** Each row's explicit hard negatives (contrast groups). */
  readonly hardNegatives?: (group: G) => readonly G[];
}

/** The shipped corpus's training data: same-topic batches and contrast-group negatives. */
function corpusTrainingData(config: Config, splits: Splits): TrainingData<QuestionGroup> {
  const groups = splits.train.groups;
  const families = new Map<string, QuestionGroup[]>();
  for (const group of groups)
    families.set(group.family, [...(families.get(group.family) ?? []), group]);
  return {
    groups,
    validationPairs: splits.validation.pairs,
    ...(config.sameTopicBatches ? { clusterBy: (g: QuestionGroup) => g.topic } : {}),
    ...(config.hardNegatives
      ? { hardNegatives: (g: QuestionGroup) => families.get(g.family) ?? [] }
      : {}),
  };
}

/** Step 2: training with early stopping on validation AUC; ends on the best epoch's weights. */
async function trainDetector<G extends GroupLike>(
  config: Config,
  detector: DuplicateDetector,
  data: TrainingData<G>,
) {
  const { encoder, vocabulary } = detector;
  const dropout = createRandom(config.seed + 1);
  const noisyEncode = (texts: readonly string[]): tf.Tensor2D =>
    pad(dropTokens(encode(texts, vocabulary), config.wordDropout, dropout), {
      bucket: "powerOfTwo",
    });
  const validationLabels = labelsOf(data.validationPairs);
  const score = pairScores(detector);
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
  const { groups, clusterBy, hardNegatives } = data;
  const history = await train({
    model: encoder,
    batches: (_epoch, seed) =>
      [
        ...duplicatePairBatches(groups, {
          batchSize: config.batchSize,
          seed,
          ...(clusterBy === undefined ? {} : { clusterBy }),
          ...(hardNegatives === undefined ? {} : { hardNegatives }),
        }),
      ].filter((batch) => batch.anchors.length >= 2), // a lone pair has no in-batch negative
    loss: pairBatchLoss({
      encode: noisyEncode,
      margin: config.margin,
      closestNegative: config.closestNegative,
    }),
    epochs: config.epochs,
    ...(config.maxSteps > 0 ? { maxSteps: config.maxSteps } : {}),
    learningRate: config.learningRate,
    seed: config.seed,
    validate: () => ({ auc: rocAuc(score(data.validationPairs), validationLabels) }),
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
  await fs.promises.rm(checkpoint, { recursive: true, force: true });
  return history;
}

/** The scorers the report compares, each mapping pairs to similarity scores. */
function scorers(detector: DuplicateDetector, trainTexts: readonly string[]) {
  const tfidf = TfidfSimilarity.fit(trainTexts);
  const tfidfWordNet = TfidfSimilarity.fit(trainTexts, undefined, wordNetFeatures());
  const lexical = (scorer: TfidfSimilarity) => (pairs: readonly QuestionPair[]) =>
    pairs.map((p) => scorer.similarity(p.question1, p.question2));
  return {
    pairs: {
      siamese: pairScores(detector),
      tfidf: lexical(tfidf),
      tfidfWordNet: lexical(tfidfWordNet),
    },
    embed: {
      siamese: (texts: readonly string[]) => detector.embed(texts),
      tfidf: (texts: readonly string[]) => tfidf.denseVectors(texts),
      tfidfWordNet: (texts: readonly string[]) => tfidfWordNet.denseVectors(texts),
    },
  };
}

type ModelName = "siamese" | "tfidf" | "tfidfWordNet";
const MODELS: readonly ModelName[] = ["siamese", "tfidf", "tfidfWordNet"];

/** Step 3: every scorer on test and unseen-topics (tau tuned on validation), and one-shot. */
function evaluateAll(
  config: Config,
  detector: DuplicateDetector,
  splits: Splits,
  trainTexts: readonly string[],
) {
  const { pairs, embed } = scorers(detector, trainTexts);
  const scored = (split: CorpusSplit, name: ModelName) => ({
    scores: pairs[name](split.pairs),
    labels: labelsOf(split.pairs),
  });
  const onPairs = (split: CorpusSplit) =>
    Object.fromEntries(
      MODELS.map((name) => [
        name,
        evaluateWithTunedThreshold(scored(splits.validation, name), scored(split, name)),
      ]),
    ) as Record<ModelName, TunedPairEvaluation>;
  const test = onPairs(splits.test);
  const unseenTopics = onPairs(splits.unseenTopics);
  const texts = splits.oneshot.groups.flatMap((g) => g.questions);
  const labels = splits.oneshot.groups.flatMap((g) => g.questions.map(() => g.id));
  const oneShot = [5, 10].map((ways) => {
    const row: Record<string, number> = { ways };
    for (const name of MODELS) {
      const vectors = embed[name](texts);
      const result = oneShotAccuracy(vectors, labels, { ways, episodes: 2000, seed: config.seed });
      if (vectors instanceof tf.Tensor) vectors.dispose();
      row[name] = result.accuracy;
      row[`${name}Ci95`] = result.ci95;
    }
    return row as { ways: number } & Record<ModelName | `${ModelName}Ci95`, number>;
  });
  return { test, unseenTopics, oneShot };
}

/** The hand-written sanity pairs: paraphrases with few shared words and hard negatives. */
const SANITY_PAIRS = "test/fixtures/sanity-pairs.tsv";

/** Step 4: accuracy at the detector's own tau and ROC AUC on the sanity pairs. */
function evaluateSanity(detector: DuplicateDetector) {
  const root = path.resolve(__dirname, "..");
  const rows = fs
    .readFileSync(path.join(root, SANITY_PAIRS), "utf8")
    .trimEnd()
    .split("\n")
    .slice(1)
    .map((line) => line.split("\t"));
  const scores = detector.similarities(
    rows.map((r) => r[0] ?? ""),
    rows.map((r) => r[1] ?? ""),
  );
  const metrics = pairMetrics(
    { scores, labels: rows.map((r) => (r[2] === "1" ? 1 : 0)) },
    detector.threshold,
  );
  return { pairs: rows.length, accuracy: metrics.accuracy, rocAuc: metrics.rocAuc };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options, allowPositionals: false });
  if (values.help === true) {
    console.log(usage());
    return;
  }
  const config = readConfig(values);
  const out = path.resolve(String(values.out));
  const started = performance.now();
  const backend = await initBackend();
  const threads = backend.name === "wasm" ? `, ${wasmThreadCount()} compute threads` : "";
  console.log(`Backend: ${backend.name}${threads} (${backend.reason})`);
  if (values.pairs !== undefined && values.pairs !== "") {
    await trainOnPairsFile(config, values, path.resolve(values.pairs), out, started);
    return;
  }

  const splits = await loadSplits();
  const trainTexts = splits.train.groups.flatMap((g) => g.questions);
  if (values.evaluate !== "") {
    await evaluateSaved(path.resolve(String(values.evaluate)), config, splits, trainTexts);
    return;
  }
  const detector = buildDetector(config, trainTexts);
  const { vocabulary } = detector;
  console.log(
    `Corpus: ${splits.train.groups.length} training groups (${trainTexts.length} questions), ` +
      `${splits.validation.pairs.length} validation, ${splits.test.pairs.length} test and ` +
      `${splits.unseenTopics.pairs.length} unseen-topics pairs; vocabulary ` +
      `${vocabulary.tokens.length} training words + ${vocabulary.wordVectors?.size ?? 0} word ` +
      `vectors + ${vocabulary.oovBuckets} buckets.`,
  );

  const history = await trainDetector(config, detector, corpusTrainingData(config, splits));
  const results = evaluateAll(config, detector, splits, trainTexts);
  // The detector keeps the F1-tuned tau: with more non-duplicates than duplicates, the
  // accuracy-tuned one tends to call almost nothing a duplicate.
  detector.threshold = results.test.siamese.f1.threshold;
  const sanity = evaluateSanity(detector);

  const report = {
    command: [
      "npm run train",
      ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : []),
    ].join(" "),
    backend: backend.name,
    config,
    corpus: {
      trainGroups: splits.train.groups.length,
      validationPairs: splits.validation.pairs.length,
      testPairs: splits.test.pairs.length,
      unseenTopicsPairs: splits.unseenTopics.pairs.length,
    },
    training: {
      steps: history.steps,
      epochs: history.epochs.length,
      bestEpoch: (history.bestEpoch ?? 0) + 1,
      validationAuc: history.bestValue,
      stopReason: history.stopReason,
      seconds: Math.round(history.seconds),
    },
    ...results,
    sanity,
    totalSeconds: Math.round((performance.now() - started) / 1000),
  };
  const trained = new DuplicateDetector(detector.encoder, vocabulary, detector.threshold, report);
  await trained.save(out);
  await writeFileAtomic(path.join(out, "report.md"), reportMarkdown(report));
  console.log(`\n${reportMarkdown(report)}`);
  console.log(`Saved the detector to ${path.relative(process.cwd(), out) || out}`);
  detector.encoder.dispose();
}

/**
 * `--evaluate <folder>`: the report's tables for a detector saved earlier (for example an
 * older one, taken out of the history with `git archive`), on today's splits.
 */
async function evaluateSaved(
  folder: string,
  config: Config,
  splits: Splits,
  trainTexts: readonly string[],
): Promise<void> {
  const detector = await DuplicateDetector.load(folder);
  try {
    const results = evaluateAll(config, detector, splits, trainTexts);
    const report = {
      command: `npm run train -- ${process.argv.slice(2).join(" ")}`,
      backend: tf.getBackend(),
      training: undefined,
      totalSeconds: 0,
      ...results,
      sanity: evaluateSanity(detector),
    };
    console.log(`\n${reportMarkdown(report, `Evaluation of ${folder}`)}`);
  } finally {
    detector.dispose();
  }
}

/**
 * `--pairs FILE`: the course's Quora experiment on any Quora-format file. Trains on the
 * training split's duplicates (its groups), picks the epoch by validation ROC AUC, and reports
 * test at the course's tau = 0.7 and at tau tuned on validation, next to TF-IDF cosine.
 */
async function trainOnPairsFile(
  config: Config,
  values: Record<string, string | boolean | undefined>,
  file: string,
  out: string,
  started: number,
): Promise<void> {
  const fractions = {
    train: number(values, "train-fraction"),
    validation: number(values, "validation-fraction"),
    test: number(values, "test-fraction"),
  };
  const loadStart = performance.now();
  // The Quora release has a few rows with an empty question: skip them and say how many.
  const splits = await loadQuestionPairSplits(file, {
    strict: false,
    fractions,
    seed: config.seed,
  });
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const trainTexts = splits.train.groups.flatMap((g) => g.questions);
  const detector = buildDetector(config, trainTexts);
  console.log(
    `${path.basename(file)}: ${splits.pairs} pairs (${splits.skipped.length} bad rows skipped), ` +
      `${splits.questions} questions in ${splits.groups} groups, read and split in ` +
      `${loadSeconds.toFixed(1)} s. Train ${splits.train.groups.length} groups of duplicates ` +
      `(${trainTexts.length} questions), validation ${splits.validation.pairs.length} pairs, ` +
      `test ${splits.test.pairs.length} pairs; ${splits.droppedPairs} pairs between splits dropped. ` +
      `Vocabulary ${detector.vocabulary.tokens.length} training words.`,
  );
  const history = await trainDetector(config, detector, {
    groups: splits.train.groups,
    validationPairs: splits.validation.pairs,
  });
  const tfidf = TfidfSimilarity.fit(trainTexts);
  const scorersByName = {
    siamese: pairScores(detector),
    tfidf: (pairs: readonly QuestionPair[]) =>
      pairs.map((p) => tfidf.similarity(p.question1, p.question2)),
  };
  const rows = Object.entries(scorersByName).map(([name, score]) => {
    const validation = {
      scores: score(splits.validation.pairs),
      labels: labelsOf(splits.validation.pairs),
    };
    const test = { scores: score(splits.test.pairs), labels: labelsOf(splits.test.pairs) };
    const tuned = evaluateWithTunedThreshold(validation, test);
    return { name, course: pairMetrics(test, 0.7), accuracy: tuned.accuracy, f1: tuned.f1 };
  });
  detector.threshold = rows[0]!.accuracy.threshold;
  const f = (x: number): string => x.toFixed(3);
  const markdown = [
    `# Training run on ${path.basename(file)}`,
    ``,
    `Command: \`npm run train -- ${process.argv.slice(2).join(" ")}\`. ${splits.pairs} pairs, split by group (connected components of the duplicate pairs) into train / validation / test ${fractions.train} / ${fractions.validation} / ${fractions.test} of the questions (seed ${config.seed}); ${splits.droppedPairs} pairs between splits dropped. Training: ${history.steps} steps, best epoch ${(history.bestEpoch ?? 0) + 1} (validation ROC AUC ${history.bestValue?.toFixed(3)}), ${Math.round(history.seconds)} s; whole run ${Math.round((performance.now() - started) / 1000)} s.`,
    ``,
    `Test pairs (${splits.test.pairs.length}): tau = 0.7 as in the course, and tau tuned on validation.`,
    ``,
    `| model | tau | accuracy | precision | recall | F1 | ROC AUC | AP |`,
    `|---|--:|--:|--:|--:|--:|--:|--:|`,
    ...rows.flatMap((r) =>
      (
        [
          ["course tau", r.course],
          ["tau for accuracy", r.accuracy],
          ["tau for F1", r.f1],
        ] as const
      ).map(
        ([label, m]) =>
          `| ${r.name === "siamese" ? "Siamese LSTM" : "TF-IDF cosine"} (${label}) | ${f(m.threshold)} | ${f(m.accuracy)} | ${f(m.precision)} | ${f(m.recall)} | ${f(m.f1)} | ${f(m.rocAuc)} | ${f(m.averagePrecision)} |`,
      ),
    ),
    ``,
  ].join("\n");
  const report = {
    command: `npm run train -- ${process.argv.slice(2).join(" ")}`,
    config,
    fractions,
    file,
    test: rows,
  };
  const trained = new DuplicateDetector(
    detector.encoder,
    detector.vocabulary,
    detector.threshold,
    report,
  );
  await trained.save(out);
  await writeFileAtomic(path.join(out, "report.md"), markdown);
  console.log(`\n${markdown}`);
  console.log(`Saved the detector to ${path.relative(process.cwd(), out) || out}`);
  detector.encoder.dispose();
}

type Report = {
  command: string;
  backend: string;
  /** Undefined for `--evaluate`, which trains nothing. */
  training:
    | {
        steps: number;
        epochs: number;
        bestEpoch: number;
        validationAuc: number | undefined;
        seconds: number;
      }
    | undefined;
  totalSeconds: number;
  sanity: ReturnType<typeof evaluateSanity>;
} & ReturnType<typeof evaluateAll>;

const MODEL_LABELS: Record<ModelName, string> = {
  siamese: "Siamese LSTM",
  tfidf: "TF-IDF cosine (words)",
  tfidfWordNet: "TF-IDF cosine (words + WordNet concepts)",
};

function reportMarkdown(r: Report, title = "Reference training run"): string {
  const f = (x: number): string => x.toFixed(3);
  const table = (results: Record<ModelName, TunedPairEvaluation>): string[] => [
    `| model | tau tuned for | tau | accuracy | F1 | ROC AUC | AP |`,
    `|---|---|--:|--:|--:|--:|--:|`,
    ...MODELS.flatMap((name) =>
      (["accuracy", "f1"] as const).map((tunedFor) => {
        const m = results[name][tunedFor];
        return `| ${MODEL_LABELS[name]} | ${tunedFor === "f1" ? "F1" : "accuracy"} | ${f(m.threshold)} | ${f(m.accuracy)} | ${f(m.f1)} | ${f(m.rocAuc)} | ${f(m.averagePrecision)} |`;
      }),
    ),
  ];
  return [
    `# ${title}`,
    ``,
    r.training === undefined
      ? `Command: \`${r.command}\` (backend ${r.backend}).`
      : `Command: \`${r.command}\` (backend ${r.backend}). Training: ${r.training.steps} steps, ${r.training.epochs} epochs, best epoch ${r.training.bestEpoch} (validation ROC AUC ${r.training.validationAuc?.toFixed(3)}), ${r.training.seconds} s; whole run ${r.totalSeconds} s.`,
    ``,
    `Test pairs (topics seen in training, families never seen); tau tuned on validation (for accuracy, or for F1), then applied. ROC AUC and AP do not depend on tau.`,
    ``,
    ...table(r.test),
    ``,
    `Unseen-topics pairs (whole topics no training or model-selection step saw); tau from validation as above.`,
    ``,
    ...table(r.unseenTopics),
    ``,
    `One-shot accuracy on the groups never used in training (2,000 episodes, ± 95% interval):`,
    ``,
    `| N-way | ${MODELS.map((name) => MODEL_LABELS[name]).join(" | ")} | chance |`,
    `|--:|${MODELS.map(() => "--:").join("|")}|--:|`,
    ...r.oneShot.map(
      (o) =>
        `| ${o.ways} | ${MODELS.map((name) => `${f(o[name])} ± ${f(o[`${name}Ci95`])}`).join(" | ")} | ${f(1 / o.ways)} |`,
    ),
    ``,
    `Sanity pairs (\`${SANITY_PAIRS}\`, ${r.sanity.pairs} hand-written pairs: half paraphrases with few shared words, half hard negatives): accuracy ${f(r.sanity.accuracy)} at the detector's tau, ROC AUC ${f(r.sanity.rocAuc)}.`,
    ``,
  ].join("\n");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
