// Finding a Python that can import torch, and running the PyTorch peer script with it.
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { parsePeerMeasurement, type PeerMeasurement } from "./peer-measurement";

/** What to install when no Python can import torch (OpenBLAS: the reference BLAS is 15x slower). */
export const TORCH_INSTALL_HINT =
  "PyTorch peer skipped: no python3 here can import torch. To measure it, install " +
  "(Debian/Ubuntu) `apt-get install -y python3-torch libopenblas0-pthread`, or `pip install torch`; " +
  "set SIAMESE_PYTHON=/path/to/python to pick the interpreter.";

/** The PyTorch peer script. */
export const TORCH_PEER_SCRIPT = path.join(__dirname, "torch_siamese_lstm.py");

/**
 * The interpreters to try, in order: `SIAMESE_PYTHON` alone when it is set, else `python3` on
 * the PATH and then Debian's `/usr/bin/python3` (where `python3-torch` installs, and which a
 * pyenv or venv `python3` earlier on the PATH hides).
 *
 * @param env - the environment (`process.env`).
 * @returns interpreter commands, without duplicates.
 * @example
 * ```ts
 * pythonCandidates({}); // ["python3", "/usr/bin/python3"]
 * ```
 */
export function pythonCandidates(env: NodeJS.ProcessEnv): string[] {
  const chosen = env.SIAMESE_PYTHON?.trim();
  if (chosen !== undefined && chosen !== "") return [chosen];
  return ["python3", "/usr/bin/python3"];
}

/** Whether `python -c "import torch"` succeeds (a missing interpreter counts as no). */
export function canImportTorch(python: string): boolean {
  const probe = spawnSync(python, ["-c", "import torch"], { stdio: "ignore", timeout: 60_000 });
  return probe.status === 0;
}

/**
 * The first candidate that can import torch.
 *
 * @param candidates - interpreter commands, in order of preference.
 * @param probe - tells whether one can import torch (default: {@link canImportTorch}).
 * @returns the interpreter, or `undefined` when none can (print {@link TORCH_INSTALL_HINT}).
 * @example
 * ```ts
 * const python = findTorchPython(pythonCandidates(process.env));
 * ```
 */
export function findTorchPython(
  candidates: readonly string[],
  probe: (python: string) => boolean = canImportTorch,
): string | undefined {
  return candidates.find((python) => probe(python));
}

/**
 * Runs the PyTorch peer in its own process (so its peak RSS is its own), with BLAS threads
 * capped to the same count as torch's.
 *
 * @param python - an interpreter that can import torch.
 * @param threads - torch threads (`torch.set_num_threads`).
 * @returns what the peer measured.
 * @throws Error `runTorchPeer: ...` when the script fails or prints no measurement.
 */
export function runTorchPeer(python: string, threads: number): PeerMeasurement {
  const threadCount = String(threads);
  const child = spawnSync(python, [TORCH_PEER_SCRIPT, "--threads", threadCount], {
    encoding: "utf8",
    timeout: 600_000,
    env: {
      ...process.env,
      OMP_NUM_THREADS: threadCount,
      OPENBLAS_NUM_THREADS: threadCount,
      MKL_NUM_THREADS: threadCount,
    },
  });
  if (child.status !== 0) {
    throw new Error(
      `runTorchPeer: ${python} ${path.basename(TORCH_PEER_SCRIPT)} --threads ${threadCount} ` +
        `failed (${child.status ?? child.signal ?? child.error?.message}): ${child.stderr}`,
    );
  }
  return parsePeerMeasurement(child.stdout);
}
