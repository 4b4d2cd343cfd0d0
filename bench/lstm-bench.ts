// npm run bench: training and inference speed of the reference Siamese LSTM, siamese-lab's fast
// encoder against the stock tf.layers.lstm encoder, on the backend siamese-lab picks (wasm here).
//
// The stock encoder is measured as TensorFlow.js ships it: in a child process that loads the
// WASM backend without siamese-lab's kernels and patches (only UnsortedSegmentSum is added,
// without which an embedding cannot train on WASM at all). Writes bench/results.json.
//
// PyTorch is measured beside us in the same run when a python3 here can import torch
// (bench/peers/torch_siamese_lstm.py: the same model and step, full-length rows, 1 thread and
// all cores); otherwise the bench says how to install it and goes on without it.
import * as os from "node:os";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { initBackend, MAX_WASM_THREADS, wasmThreadCount } from "../src/backend";
import { writeFileAtomicSync } from "../src/io";
import { unsortedSegmentSumWasm } from "../src/backend/wasm/unsorted-segment-sum";
import type { LstmImplementation } from "../src/model";
import {
  peerRatios,
  type PeerMeasurement,
  type PeerRatios,
  type SpeedFigures,
} from "./peers/peer-measurement";
import {
  findTorchPython,
  pythonCandidates,
  runTorchPeer,
  TORCH_INSTALL_HINT,
} from "./peers/torch-peer";
import {
  questions,
  REFERENCE,
  referenceTraining,
  runBenchChild,
  type Lengths,
} from "./reference-model";

/** What one encoder measured. */
interface Measurement extends SpeedFigures {
  readonly lstm: LstmImplementation;
  /** `questions`: lengths 5..T then padding (mean 12.5 tokens); `full`: all T tokens real. */
  readonly lengths: Lengths;
  readonly backend: string;
  readonly kernels: string;
  /** Threads the WASM backend computed with. */
  readonly threads: number;
}

function measure(
  lstm: LstmImplementation,
  lengths: Lengths,
  kernels: string,
  plan: { warmup: number; steps: number; inferenceBatches: number },
): Measurement {
  const training = referenceTraining(lstm);
  const { encoder } = training;
  const loadAverage1m = os.loadavg()[0]!;
  const batches = Array.from({ length: 4 }, (_, i) => [
    questions(REFERENCE.batchSize, 10 + 2 * i, lengths),
    questions(REFERENCE.batchSize, 11 + 2 * i, lengths),
  ]);
  let peakRss = process.memoryUsage().rss;
  const step = (i: number): number => {
    const [q1, q2] = batches[i % batches.length]!;
    const value = training.step(q1!, q2!);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    return value;
  };
  const firstLoss = step(0);
  for (let i = 1; i < plan.warmup; i++) step(i);
  let lastLoss = firstLoss;
  const start = performance.now();
  for (let i = 0; i < plan.steps; i++) lastLoss = step(plan.warmup + i);
  const trainMsPerStep = (performance.now() - start) / plan.steps;

  const input = questions(REFERENCE.inferenceBatchSize, 99, lengths);
  tf.dispose(encoder.predict(input, { batchSize: REFERENCE.inferenceBatchSize }));
  const inferStart = performance.now();
  for (let i = 0; i < plan.inferenceBatches; i++) {
    const out = encoder.predict(input, { batchSize: REFERENCE.inferenceBatchSize }) as tf.Tensor;
    out.dataSync();
    out.dispose();
  }
  const inferenceMsPerBatch = (performance.now() - inferStart) / plan.inferenceBatches;
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  tf.dispose([input, ...batches.flat()]);
  training.dispose();
  return {
    lstm,
    lengths,
    loadAverage1m,
    backend: tf.getBackend(),
    kernels,
    threads: tf.getBackend() === "wasm" ? wasmThreadCount() : 1,
    trainMsPerStep,
    trainStepsTimed: plan.steps,
    inferenceMsPerBatch,
    inferenceQuestionsPerSecond: (REFERENCE.inferenceBatchSize * 1000) / inferenceMsPerBatch,
    peakRssMB: peakRss / 2 ** 20,
    firstLoss,
    lastLoss,
  };
}

/** The child process: stock TensorFlow.js on WASM, without siamese-lab's kernels or patches. */
async function stockChild(): Promise<void> {
  tf.env().set("PROD", true); // no "install the node backend" banner
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("@tensorflow/tfjs-backend-wasm");
  tf.registerKernel(unsortedSegmentSumWasm);
  if (!(await tf.setBackend("wasm"))) throw new Error("bench: the wasm backend did not load");
  await tf.ready();
  const result = measure(
    "stock",
    "questions",
    "as shipped: tfjs-backend-wasm kernels + UnsortedSegmentSum only",
    { warmup: 1, steps: 3, inferenceBatches: 3 },
  );
  process.stdout.write(JSON.stringify(result));
}

const FAST_KERNELS = "siamese-lab: fused LSTM recurrence + patched BatchMatMul/GatherV2/Slice";

/** A child process: siamese-lab's fast encoder on the backend's threads (set by the parent). */
async function fastChild(lengths: Lengths): Promise<void> {
  await initBackend({ backend: "wasm" });
  const result = measure("fast", lengths, FAST_KERNELS, {
    warmup: 3,
    steps: 10,
    inferenceBatches: 10,
  });
  process.stdout.write(JSON.stringify(result));
}

function runStockChild(): Measurement {
  return runBenchChild(__filename, ["--stock-child"], {
    SIAMESE_BACKEND: "wasm",
    SIAMESE_WASM_THREADS: "1",
  });
}

function runFastChild(lengths: Lengths, threads: number): Measurement {
  return runBenchChild(__filename, ["--fast-child", lengths], {
    SIAMESE_BACKEND: "wasm",
    SIAMESE_WASM_THREADS: String(threads),
  });
}

/** The PyTorch peer's figures, or why it was not measured. */
type PyTorchPeer =
  | {
      readonly available: true;
      readonly python: string;
      readonly oneThread: PeerMeasurement;
      readonly allCores: PeerMeasurement;
      /** Our full-length fast encoder over each PyTorch run: on one wasm thread, and on all. */
      readonly ratios: { readonly oneThread: PeerRatios; readonly allCores: PeerRatios };
      readonly ratiosAllThreads: { readonly oneThread: PeerRatios; readonly allCores: PeerRatios };
    }
  | { readonly available: false; readonly reason: string };

function measurePyTorch(ours: Measurement, oursAllThreads: Measurement): PyTorchPeer {
  const python = findTorchPython(pythonCandidates(process.env));
  if (python === undefined) return { available: false, reason: TORCH_INSTALL_HINT };
  const oneThread = runTorchPeer(python, 1);
  const allCores = runTorchPeer(python, os.cpus().length);
  return {
    available: true,
    python,
    oneThread,
    allCores,
    ratios: { oneThread: peerRatios(ours, oneThread), allCores: peerRatios(ours, allCores) },
    ratiosAllThreads: {
      oneThread: peerRatios(oursAllThreads, oneThread),
      allCores: peerRatios(oursAllThreads, allCores),
    },
  };
}

const fmt = (value: number, digits = 0): string =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main(): Promise<void> {
  if (process.argv.includes("--stock-child")) {
    await stockChild();
    return;
  }
  const fastAt = process.argv.indexOf("--fast-child");
  if (fastAt >= 0) {
    await fastChild(process.argv[fastAt + 1] as Lengths);
    return;
  }
  const info = await initBackend();
  const loadStart = os.loadavg();
  const started = performance.now();
  const allThreads = Math.min(os.availableParallelism(), MAX_WASM_THREADS);
  const fast = runFastChild("questions", 1);
  const fastFull = runFastChild("full", 1);
  const fastThreads = runFastChild("questions", allThreads);
  const fastFullThreads = runFastChild("full", allThreads);
  const stock = runStockChild();
  const pytorch = measurePyTorch(fastFull, fastFullThreads);
  const loadEnd = os.loadavg();
  const cpus = os.cpus();
  const results = {
    date: new Date().toISOString(),
    command: "npm run bench",
    backend: { name: info.name, reason: info.reason },
    machine: {
      cpu: cpus[0]?.model ?? "unknown",
      cores: cpus.length,
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
    },
    loadAverage: { start: loadStart, end: loadEnd },
    model: {
      ...REFERENCE,
      towers: "two towers sharing one encoder (createSiameseModel)",
      optimizer: "Adam",
      loss: "batchTripletLoss(v1, v2, { margin: 0.25 })",
      recurrentActivation: "sigmoid (both encoders)",
    },
    fast,
    fastFullLength: fastFull,
    fastAllThreads: fastThreads,
    fastFullLengthAllThreads: fastFullThreads,
    stock,
    pytorch,
    speedup: {
      training: stock.trainMsPerStep / fast.trainMsPerStep,
      inference: fast.inferenceQuestionsPerSecond / stock.inferenceQuestionsPerSecond,
      trainingFullLength: stock.trainMsPerStep / fastFull.trainMsPerStep,
      inferenceFullLength: fastFull.inferenceQuestionsPerSecond / stock.inferenceQuestionsPerSecond,
      threadsTraining: fastFull.trainMsPerStep / fastFullThreads.trainMsPerStep,
      threadsInference:
        fastFullThreads.inferenceQuestionsPerSecond / fastFull.inferenceQuestionsPerSecond,
    },
    notes: [
      "questions: token lengths uniform in 5..20, padded with 0 to 20 (the corpus's questions average about 10 words)",
      "full: every row has 20 real tokens (no padding), the worst case for the fast encoder, which skips padded steps",
      "stock computes every step of every row whatever the padding, so its cost does not depend on the lengths",
      "stock runs in a child process without siamese-lab's kernels and patches (UnsortedSegmentSum only, which embedding training needs on WASM)",
      "fast runs in child processes, one per thread count (SIAMESE_WASM_THREADS=1 and all cores, at most 4): the WASM backend's thread count is fixed when it starts",
      "pytorch: bench/peers/torch_siamese_lstm.py in its own process, full-length rows, 1 thread and all cores; ratios are ours (fast, full length, one wasm thread in ratios, all threads in ratiosAllThreads) over PyTorch's: ms/step (lower is better for us) and questions/s (higher is better for us)",
    ],
    seconds: (performance.now() - started) / 1000,
  };
  writeFileAtomicSync(
    path.join(__dirname, "results.json"),
    `${JSON.stringify(results, null, 2)}\n`,
  );

  const row = (label: string, m: Measurement | PeerMeasurement): string[] => [
    label,
    fmt(m.trainMsPerStep),
    fmt(m.inferenceQuestionsPerSecond),
    fmt(m.peakRssMB),
    m.loadAverage1m.toFixed(1),
  ];
  const rows = [
    ["encoder (data)", "train ms/step", "inference q/s (batch 256)", "peak RSS MB", "load 1m"],
    row("fast FastLSTM, 1 thread (padded questions)", fast),
    row("fast FastLSTM, 1 thread (20 tokens, no padding)", fastFull),
    row(`fast FastLSTM, ${fastThreads.threads} threads (padded questions)`, fastThreads),
    row(
      `fast FastLSTM, ${fastFullThreads.threads} threads (20 tokens, no padding)`,
      fastFullThreads,
    ),
    [
      `${fastFullThreads.threads} threads over 1 (no padding)`,
      `${fmt(results.speedup.threadsTraining, 2)}x`,
      `${fmt(results.speedup.threadsInference, 2)}x`,
      "",
      "",
    ],
    row("stock tf.layers.lstm, as shipped*", stock),
    [
      "speed-up vs stock (padded questions)",
      `${fmt(results.speedup.training, 1)}x`,
      `${fmt(results.speedup.inference, 1)}x`,
      "",
      "",
    ],
    [
      "speed-up vs stock (no padding)",
      `${fmt(results.speedup.trainingFullLength, 1)}x`,
      `${fmt(results.speedup.inferenceFullLength, 1)}x`,
      "",
      "",
    ],
    ...(pytorch.available
      ? [
          row(`PyTorch ${pytorch.oneThread.torch} CPU, 1 thread (20 tokens)`, pytorch.oneThread),
          row(
            `PyTorch ${pytorch.allCores.torch} CPU, ${pytorch.allCores.threads} threads (20 tokens)`,
            pytorch.allCores,
          ),
          [
            "ours 1 thread/PyTorch 1 thread (no padding)",
            `${fmt(pytorch.ratios.oneThread.trainMsPerStep, 2)}x`,
            `${fmt(pytorch.ratios.oneThread.inferenceQuestionsPerSecond, 2)}x`,
            "",
            "",
          ],
          [
            `ours ${fastFullThreads.threads} threads/PyTorch 1 thread (no padding)`,
            `${fmt(pytorch.ratiosAllThreads.oneThread.trainMsPerStep, 2)}x`,
            `${fmt(pytorch.ratiosAllThreads.oneThread.inferenceQuestionsPerSecond, 2)}x`,
            "",
            "",
          ],
          [
            `ours ${fastFullThreads.threads} threads/PyTorch ${pytorch.allCores.threads} threads (no padding)`,
            `${fmt(pytorch.ratiosAllThreads.allCores.trainMsPerStep, 2)}x`,
            `${fmt(pytorch.ratiosAllThreads.allCores.inferenceQuestionsPerSecond, 2)}x`,
            "",
            "",
          ],
        ]
      : []),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]): string =>
    `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(" | ")} |`;
  console.log(
    `Reference Siamese LSTM: vocabulary ${REFERENCE.vocabSize}, embedding ${REFERENCE.embeddingDim}, ` +
      `LSTM ${REFERENCE.hiddenUnits}, T ${REFERENCE.sequenceLength}, batch ${REFERENCE.batchSize}, ` +
      `two towers sharing weights, Adam, batchTripletLoss (margin ${REFERENCE.margin}), sigmoid gates.`,
  );
  console.log(
    `Backend ${info.name}; ${results.machine.cpu}, ${results.machine.cores} cores, Node ${process.version}; ` +
      `load average ${loadStart.map((l) => l.toFixed(2)).join(" ")} at start, ` +
      `${loadEnd.map((l) => l.toFixed(2)).join(" ")} at end.`,
  );
  console.log("");
  console.log(line(rows[0]!));
  console.log(
    `|${widths.map((w, c) => (c === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`,
  );
  for (const r of rows.slice(1)) console.log(line(r));
  console.log("");
  console.log(
    `Timed after warm-up: fast ${fast.trainStepsTimed} steps, stock ${stock.trainStepsTimed} steps; ` +
      `inference: mean over batches of ${REFERENCE.inferenceBatchSize} questions.`,
  );
  console.log(
    "* stock is measured in a child process that loads the WASM backend without siamese-lab's " +
      "kernels and patches (only UnsortedSegmentSum, which embedding training needs on WASM), " +
      "on the padded questions; it computes every step of every row, so its cost does not " +
      "depend on the lengths. Padded questions: lengths 5..20 (mean 12.5), padded to 20.",
  );
  if (pytorch.available) {
    console.log(
      `PyTorch: ${pytorch.python}, torch ${pytorch.oneThread.torch}, BLAS ${pytorch.oneThread.blas}; ` +
        "same model and step on full-length rows, each thread count in its own process. " +
        "ours/PyTorch: ms per step (below 1: we train faster), questions/s (above 1: we infer faster).",
    );
    if (loadStart[0]! > os.cpus().length - 1) {
      console.log(
        `Note: the machine was busy (1-minute load ${loadStart[0]!.toFixed(1)} on ${os.cpus().length} ` +
          "cores): the all-cores PyTorch run competes with that load for the cores, so its figures " +
          "are contended; compare them on an idle machine.",
      );
    }
  } else {
    console.log(pytorch.reason);
  }
  console.log(`Wrote bench/results.json (${fmt(results.seconds)} s).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
