// npm run bench:profile: where one training step of the reference Siamese LSTM spends its time,
// kernel by kernel (tf.profile), on one WASM thread and on all cores (at most 4), each in its own
// process because the WASM backend's thread count is fixed when it starts. Full-length rows
// (20 tokens), batch 128, two towers, Adam, batchTripletLoss: the step `npm run bench` times.
//
// Kernel times nest: a custom-gradient scope ("unnamed scope") and a fused op's wrapper
// ("fusedMatMul__op") include the kernels they run, so the column does not add up to the step.
import { spawnSync } from "node:child_process";
import * as os from "node:os";
import * as tf from "@tensorflow/tfjs";
import { initBackend, MAX_WASM_THREADS, wasmThreadCount } from "../src/backend";
import { batchTripletLoss } from "../src/losses";
import { createSiameseModel, createTextEncoder } from "../src/model";
import { createRandom } from "../src/random";

const PROFILED_STEPS = 5;

interface KernelTime {
  readonly name: string;
  readonly msPerStep: number;
  readonly callsPerStep: number;
}

interface StepProfile {
  readonly threads: number;
  readonly msPerStep: number;
  readonly kernels: readonly KernelTime[];
}

async function profileChild(): Promise<void> {
  await initBackend({ backend: "wasm" });
  const encoder = createTextEncoder({
    vocabSize: 5000,
    embeddingDim: 128,
    hiddenUnits: 128,
    seed: 1,
  });
  const siamese = createSiameseModel(encoder);
  const optimizer = tf.train.adam(1e-3);
  const random = createRandom(3);
  const questions = (): tf.Tensor2D =>
    tf.tensor2d(
      Array.from({ length: 128 }, () => Array.from({ length: 20 }, () => 1 + random.int(4999))),
      undefined,
      "int32",
    );
  const [q1, q2] = [questions(), questions()];
  const step = (): void => {
    const loss = optimizer.minimize(() => {
      const [v1, v2] = siamese.apply([q1, q2], { training: true }) as tf.Tensor2D[];
      return batchTripletLoss(v1!, v2!, { margin: 0.25 });
    }, true)!;
    loss.dataSync();
    loss.dispose();
  };
  for (let i = 0; i < 3; i++) step();
  const started = performance.now();
  for (let i = 0; i < 10; i++) step();
  const msPerStep = (performance.now() - started) / 10;
  const totals = new Map<string, { ms: number; calls: number }>();
  for (let i = 0; i < PROFILED_STEPS; i++) {
    const info = await tf.profile(step);
    for (const kernel of info.kernels) {
      const total = totals.get(kernel.name) ?? { ms: 0, calls: 0 };
      total.ms += Number(kernel.kernelTimeMs);
      total.calls++;
      totals.set(kernel.name, total);
    }
  }
  const kernels = [...totals]
    .map(([name, t]) => ({
      name,
      msPerStep: t.ms / PROFILED_STEPS,
      callsPerStep: t.calls / PROFILED_STEPS,
    }))
    .sort((a, b) => b.msPerStep - a.msPerStep);
  const profile: StepProfile = { threads: wasmThreadCount(), msPerStep, kernels };
  process.stdout.write(JSON.stringify(profile));
}

function runProfile(threads: number): StepProfile {
  const child = spawnSync(process.execPath, ["--require", "tsx/cjs", __filename, "--child"], {
    encoding: "utf8",
    timeout: 600_000,
    env: { ...process.env, SIAMESE_WASM_THREADS: String(threads) },
  });
  if (child.status !== 0) throw new Error(`bench:profile: the child failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as StepProfile;
}

function main(): void {
  const load = os.loadavg()[0]!;
  const all = Math.min(os.availableParallelism(), MAX_WASM_THREADS);
  const profiles = [runProfile(1), ...(all > 1 ? [runProfile(all)] : [])];
  const names = [...new Set(profiles.flatMap((p) => p.kernels.slice(0, 14).map((k) => k.name)))];
  const cell = (p: StepProfile, name: string): string => {
    const k = p.kernels.find((x) => x.name === name);
    return k === undefined ? "-" : `${k.msPerStep.toFixed(1)} (${k.callsPerStep})`;
  };
  console.log(
    `One training step of the reference model (full length, batch 128), ${os.cpus()[0]?.model ?? "cpu"}, ` +
      `${os.cpus().length} cores, load ${load.toFixed(2)}; kernel ms per step (calls), mean of ${PROFILED_STEPS} profiled steps.`,
  );
  console.log(
    `| kernel | ${profiles.map((p) => `${p.threads} thread${p.threads > 1 ? "s" : ""}`).join(" | ")} |`,
  );
  console.log(`|---|${profiles.map(() => "--:").join("|")}|`);
  console.log(
    `| **step, wall ms (10 steps timed)** | ${profiles.map((p) => p.msPerStep.toFixed(1)).join(" | ")} |`,
  );
  for (const name of names)
    console.log(`| ${name} | ${profiles.map((p) => cell(p, name)).join(" | ")} |`);
}

if (process.argv.includes("--child")) {
  profileChild().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main();
}
