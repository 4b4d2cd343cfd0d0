// Fault injection: child processes are killed (SIGKILL) at random points of saveModel, of
// train()'s checkpointing and of the quiz progress store's writes, and what they leave on disk
// is checked: it loads, it holds a complete earlier or later state (the last state whose write
// had finished, or the one being written), and once loaded no staging file is left.
//
// Most runs arm the child's kill switch (test/support/faults/kill-switch.ts) to die at a random
// file-system call of its next writes, so kills land between every two steps and inside writes;
// the others are killed by a timer, wherever the child happens to be.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadModel } from "../../src/model";
import { loadProgress, progressFilePath } from "../../src/quiz/progress-store";
import { createRandom, type Random } from "../../src/random";
import { FAULT_QUIZ, progressAfter } from "../support/faults/progress-attempts";
import { weightsChecksum } from "../support/faults/weights-checksum";
import { bundleChildren, spawnBundled } from "../support/bundled-child";

const RUNS = 10;
const CHILDREN = ["model-saver", "checkpointing-trainer", "progress-writer"] as const;
/** Children started at once: enough to overlap their start-up, few enough for two cores. */
const PARALLEL = 4;

/** How a run ends: at the n-th file-system call after "ready", or by a timer after n ms. */
type KillPlan =
  { readonly at: "call"; readonly n: number } | { readonly at: "time"; readonly ms: number };

/** Runs one child until it is killed, and returns every line it printed. */
async function runUntilKilled(
  bundles: string,
  script: (typeof CHILDREN)[number],
  target: string,
  plan: (callsPerWrite: number) => KillPlan,
): Promise<string[]> {
  const child = spawnBundled(bundles, script, [target]);
  const lines: string[] = [];
  let ready: string | undefined;
  while (ready === undefined) {
    const line = await child.nextLine();
    lines.push(line);
    if (line.startsWith("ready ")) ready = line;
  }
  const chosen = plan(Number(ready.slice("ready ".length)));
  let timer: NodeJS.Timeout | undefined;
  if (chosen.at === "call") {
    child.process.stdin.write(`arm ${chosen.n}\n`);
  } else {
    child.process.stdin.write("go\n");
    timer = setTimeout(() => child.process.kill("SIGKILL"), chosen.ms);
  }
  for (;;) {
    try {
      lines.push(await child.nextLine());
    } catch {
      break;
    }
  }
  clearTimeout(timer);
  const { signal } = await child.exited;
  assert.equal(signal, "SIGKILL", `${script} ended by itself:\n${lines.join("\n")}`);
  return lines;
}

/** Runs `count` tasks, at most `PARALLEL` at a time. */
async function inParallel(count: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

/** A random kill: three runs in four at a file-system call of the next two writes, else by time. */
function randomPlan(random: Random, maxMs: number): (callsPerWrite: number) => KillPlan {
  const byTime = random.int(4) === 0;
  const ms = random.int(maxMs);
  const fraction = random.next();
  return (callsPerWrite) =>
    byTime ? { at: "time", ms } : { at: "call", n: 1 + Math.floor(fraction * 2 * callsPerWrite) };
}

/** The last value of lines `<prefix> <value>`, if any. */
function last(lines: readonly string[], prefix: string): string | undefined {
  const found = lines.filter((l) => l.startsWith(`${prefix} `)).at(-1);
  return found?.slice(prefix.length + 1);
}

describe("killed in the middle of a write", function () {
  this.timeout(240_000);
  let bundles: string;
  let root: string;
  before(() => {
    bundles = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-fault-children-"));
    // Bundled, the thirty children start without tsx: about 30 s of CPU instead of 75.
    bundleChildren(
      CHILDREN.map((name) => `faults/${name}.ts`),
      bundles,
    );
  });
  after(() => fs.rmSync(bundles, { recursive: true, force: true }));
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-faults-"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it(`saveModel, ${RUNS} times: the model loads as the previous or the new one, no staging left`, async () => {
    const random = createRandom(1201);
    const plans = Array.from({ length: RUNS }, () => randomPlan(random, 400));
    await inParallel(RUNS, async (run) => {
      const folder = path.join(root, `run-${run}`);
      const dir = path.join(folder, "model");
      const lines = await runUntilKilled(bundles, "model-saver", dir, plans[run]!);
      const saved = last(lines, "saved");
      const saving = last(lines, "saving");
      const model = await loadModel(dir);
      const loaded = weightsChecksum(model);
      model.dispose();
      assert.ok(
        loaded === saved || loaded === saving,
        `run ${run}: loaded ${loaded}, last saved ${saved}, being saved ${saving}`,
      );
      assert.deepEqual(fs.readdirSync(folder), ["model"], `run ${run}: leftovers`);
    });
  });

  it(`train() checkpointing, ${RUNS} times: the checkpoint loads as a complete best epoch, no staging left`, async () => {
    const random = createRandom(1202);
    const plans = Array.from({ length: RUNS }, () => randomPlan(random, 400));
    await inParallel(RUNS, async (run) => {
      const folder = path.join(root, `run-${run}`);
      const dir = path.join(folder, "ckpt");
      const lines = await runUntilKilled(bundles, "checkpointing-trainer", dir, plans[run]!);
      // "epoch <sum>" comes before that epoch's checkpoint; "saved" once it is written.
      const lastSaved = lines.lastIndexOf("saved");
      const savedEpoch = last(lines.slice(0, lastSaved), "epoch");
      const laterEpoch = last(lines.slice(lastSaved), "epoch");
      const model = await loadModel(dir);
      const loaded = weightsChecksum(model);
      model.dispose();
      assert.ok(
        loaded === savedEpoch || loaded === laterEpoch,
        `run ${run}: loaded ${loaded}, last checkpoint ${savedEpoch}, epoch after it ${laterEpoch}`,
      );
      assert.deepEqual(fs.readdirSync(folder), ["ckpt"], `run ${run}: leftovers`);
    });
  });

  it(`the quiz progress store, ${RUNS} times: the file reads cleanly with every attempt saved before, no lock or staging left`, async () => {
    const random = createRandom(1203);
    const plans = Array.from({ length: RUNS }, () => randomPlan(random, 150));
    await inParallel(RUNS, async (run) => {
      const folder = path.join(root, `run-${run}`);
      const file = progressFilePath(folder, FAULT_QUIZ);
      const lines = await runUntilKilled(bundles, "progress-writer", file, plans[run]!);
      const saved = Number(last(lines, "saved"));
      const saving = Number(last(lines, "saving"));
      const loaded = loadProgress(file, FAULT_QUIZ);
      assert.deepEqual(loaded.notices, [], `run ${run}: the file did not read cleanly`);
      const attempts = Object.values(loaded.progress.questions).reduce(
        (sum, q) => sum + q.attempts,
        0,
      );
      assert.ok(
        attempts === saved + 1 || attempts === saving + 1,
        `run ${run}: ${attempts} attempts, last saved #${saved}, being saved #${saving}`,
      );
      assert.deepEqual(loaded.progress, progressAfter(attempts), `run ${run}: progress`);
      assert.deepEqual(fs.readdirSync(folder), [`${FAULT_QUIZ}.json`], `run ${run}: leftovers`);
    });
  });
});
