// npm run bench:profile: where one training step, and one inference batch, of the reference
// Siamese LSTM spend their time,
// kernel by kernel (tf.profile), on one WASM thread and on all cores (at most 4), each in its own
// process because the WASM backend's thread count is fixed when it starts. Full-length rows
// (20 tokens), batch 128, two towers, Adam, batchTripletLoss: the step `npm run bench` times.
// `npm run bench:profile -- --steps 1000` also trains 1,000 more steps in each child and prints
// the tensor count before and after (it must not grow).
//
// Kernel times nest: a custom-gradient scope ("unnamed scope") and a fused op's wrapper
// ("fusedMatMul__op") include the kernels they run, so the column does not add up to the step.
import * as os from "node:os";
import * as tf from "@tensorflow/tfjs";
import { initBackend, MAX_WASM_THREADS, wasmThreadCount } from "../src/backend";
import { questions, REFERENCE, referenceTraining, runBenchChild } from "./reference-model";

const PROFILED_STEPS = 5;

interface KernelTime {
  readonly name: string;
  readonly msPerRun: number;
  readonly callsPerRun: number;
}

/** What one child measured, on its thread count. */
interface Profile {
  readonly threads: number;
  /** Training step: wall ms (10 timed) and kernels. */
  readonly step: { readonly ms: number; readonly kernels: readonly KernelTime[] };
  /** encoder.predict of 256 full-length questions: wall ms (10 timed) and kernels. */
  readonly inference: { readonly ms: number; readonly kernels: readonly KernelTime[] };
  /** With `--steps N`: tf.memory().numTensors before and after N more training steps. */
  readonly longRun?: { readonly steps: number; readonly before: number; readonly after: number };
}

/** Kernel times of `run`, summed by kernel name over PROFILED_STEPS profiled runs, per run. */
async function kernelTimes(run: () => void): Promise<KernelTime[]> {
  const totals = new Map<string, { ms: number; calls: number }>();
  for (let i = 0; i < PROFILED_STEPS; i++) {
    const info = await tf.profile(run);
    for (const kernel of info.kernels) {
      const total = totals.get(kernel.name) ?? { ms: 0, calls: 0 };
      total.ms += Number(kernel.kernelTimeMs);
      total.calls++;
      totals.set(kernel.name, total);
    }
  }
  return [...totals]
    .map(([name, t]) => ({
      name,
      msPerRun: t.ms / PROFILED_STEPS,
      callsPerRun: t.calls / PROFILED_STEPS,
    }))
    .sort((a, b) => b.msPerRun - a.msPerRun);
}

/** Wall ms per run of `run`, after 3 warm-up runs, over 10. */
function wallMs(run: () => void): number {
  for (let i = 0; i < 3; i++) run();
  const started = performance.now();
  for (let i = 0; i < 10; i++) run();
  return (performance.now() - started) / 10;
}

async function profileChild(): Promise<void> {
  await initBackend({ backend: "wasm" });
  const training = referenceTraining("fast");
  const [q1, q2] = [
    questions(REFERENCE.batchSize, 10, "full"),
    questions(REFERENCE.batchSize, 11, "full"),
  ];
  const step = (): void => void training.step(q1, q2);
  const batch = tf.concat([q1, q2]);
  const predict = (): void => {
    const out = training.encoder.predict(batch, {
      batchSize: REFERENCE.inferenceBatchSize,
    }) as tf.Tensor;
    out.dataSync();
    out.dispose();
  };
  const profile: Profile = {
    threads: wasmThreadCount(),
    step: { ms: wallMs(step), kernels: await kernelTimes(step) },
    inference: { ms: wallMs(predict), kernels: await kernelTimes(predict) },
  };
  const longSteps = Number(process.env["SIAMESE_PROFILE_STEPS"] ?? "0");
  const longRun =
    longSteps > 0
      ? (() => {
          const before = tf.memory().numTensors;
          for (let i = 0; i < longSteps; i++) step();
          return { steps: longSteps, before, after: tf.memory().numTensors };
        })()
      : undefined;
  process.stdout.write(
    JSON.stringify({ ...profile, ...(longRun === undefined ? {} : { longRun }) }),
  );
}

/** `--steps N` on the command line: also run N training steps and compare tensor counts. */
function longRunSteps(): number {
  const at = process.argv.indexOf("--steps");
  if (at < 0) return 0;
  const steps = Number(process.argv[at + 1]);
  if (!Number.isInteger(steps) || steps < 1) {
    throw new Error(
      `bench:profile: argument '--steps' must be a whole number from 1, got ${process.argv[at + 1]}`,
    );
  }
  return steps;
}

function runProfile(threads: number): Profile {
  return runBenchChild<Profile>(__filename, ["--child"], {
    SIAMESE_WASM_THREADS: String(threads),
    SIAMESE_PROFILE_STEPS: String(longRunSteps()),
  });
}

/** Prints one markdown table: the wall time, then the slowest kernels, one column per profile. */
function printTable(
  title: string,
  profiles: readonly Profile[],
  part: (p: Profile) => Profile["step"],
): void {
  const names = [
    ...new Set(
      profiles.flatMap((p) =>
        part(p)
          .kernels.slice(0, 14)
          .map((k) => k.name),
      ),
    ),
  ];
  const cell = (p: Profile, name: string): string => {
    const k = part(p).kernels.find((x) => x.name === name);
    return k === undefined ? "-" : `${k.msPerRun.toFixed(1)} (${k.callsPerRun})`;
  };
  const threads = (p: Profile): string => `${p.threads} thread${p.threads > 1 ? "s" : ""}`;
  console.log("");
  console.log(`| ${title} | ${profiles.map(threads).join(" | ")} |`);
  console.log(`|---|${profiles.map(() => "--:").join("|")}|`);
  console.log(
    `| **wall ms (10 timed)** | ${profiles.map((p) => part(p).ms.toFixed(1)).join(" | ")} |`,
  );
  for (const name of names) {
    console.log(`| ${name} | ${profiles.map((p) => cell(p, name)).join(" | ")} |`);
  }
}

function main(): void {
  const load = os.loadavg()[0]!;
  const all = Math.min(os.availableParallelism(), MAX_WASM_THREADS);
  const profiles = [runProfile(1), ...(all > 1 ? [runProfile(all)] : [])];
  console.log(
    `Reference model (full length), ${os.cpus()[0]?.model ?? "cpu"}, ${os.cpus().length} cores, ` +
      `load ${load.toFixed(2)}; kernel ms per run (calls per run), mean of ${PROFILED_STEPS} profiled runs.`,
  );
  printTable("training step (batch 128): kernel", profiles, (p) => p.step);
  printTable("inference (256 questions): kernel", profiles, (p) => p.inference);
  for (const p of profiles) {
    if (p.longRun === undefined) continue;
    console.log(
      `${p.threads} thread(s): ${p.longRun.steps} more training steps, tensors ${p.longRun.before} before, ${p.longRun.after} after.`,
    );
  }
}

if (process.argv.includes("--child")) {
  profileChild().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main();
}
