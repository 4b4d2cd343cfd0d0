// What a benchmark peer (bench/peers/*.py) prints, read back and compared with our figures.

/** The figures every run of the bench reports, ours and a peer's alike. */
export interface SpeedFigures {
  /** The 1-minute load average when it started. */
  readonly loadAverage1m: number;
  /** Mean milliseconds per training step (batch 128, two towers), after warm-up. */
  readonly trainMsPerStep: number;
  /** How many steps were timed. */
  readonly trainStepsTimed: number;
  /** Mean milliseconds per inference batch of 256 questions. */
  readonly inferenceMsPerBatch: number;
  /** Questions per second at inference (batch 256). */
  readonly inferenceQuestionsPerSecond: number;
  /** Peak resident set size of the measuring process, MiB. */
  readonly peakRssMB: number;
  /** The loss of the first step. */
  readonly firstLoss: number;
  /** The loss of the last timed step. */
  readonly lastLoss: number;
}

/** One run of a peer script: the JSON line it prints. */
export interface PeerMeasurement extends SpeedFigures {
  /** Which framework, e.g. `"pytorch"`. */
  readonly peer: string;
  /** Its version, e.g. `"1.13.0a0"`. */
  readonly torch: string;
  /** Threads the peer computed with. */
  readonly threads: number;
  /** The BLAS library the peer's process loaded (Debian's torch uses the system one). */
  readonly blas: string;
  /** The token lengths of its batches (`"full"`: 20 real tokens per row). */
  readonly lengths: string;
}

/** Our figures against a peer's, as the bench table prints them. */
export interface PeerRatios {
  /** Our training ms per step over the peer's: below 1 means we train faster. */
  readonly trainMsPerStep: number;
  /** Our inference questions per second over the peer's: above 1 means we infer faster. */
  readonly inferenceQuestionsPerSecond: number;
}

const NUMBER_FIELDS = [
  "threads",
  "loadAverage1m",
  "trainMsPerStep",
  "trainStepsTimed",
  "inferenceMsPerBatch",
  "inferenceQuestionsPerSecond",
  "peakRssMB",
  "firstLoss",
  "lastLoss",
] as const;
const STRING_FIELDS = ["peer", "torch", "blas", "lengths"] as const;
const POSITIVE_FIELDS = [
  "threads",
  "trainMsPerStep",
  "trainStepsTimed",
  "inferenceMsPerBatch",
  "inferenceQuestionsPerSecond",
  "peakRssMB",
] as const;

/**
 * Reads a peer script's output: the last line that holds a JSON object (Python may print
 * warnings before it) with every field of {@link PeerMeasurement}.
 *
 * @param stdout - the script's standard output.
 * @returns the measurement.
 * @throws Error `parsePeerMeasurement: ...` when no line is a JSON object, or a field is
 *   missing, of the wrong type, not finite, or not positive where it must be.
 * @example
 * ```ts
 * const peer = parsePeerMeasurement(child.stdout);
 * console.log(peer.trainMsPerStep);
 * ```
 */
export function parsePeerMeasurement(stdout: string): PeerMeasurement {
  const fn = "parsePeerMeasurement";
  const line = stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.startsWith("{") && l.endsWith("}"))
    .pop();
  if (line === undefined) {
    throw new Error(
      `${fn}: the peer printed no JSON line; its output was ${JSON.stringify(stdout.slice(0, 200))}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new Error(`${fn}: the peer's last JSON line does not parse: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`${fn}: the peer's JSON line is not an object`);
  }
  const record = value as Record<string, unknown>;
  for (const field of NUMBER_FIELDS) {
    const x = record[field];
    if (typeof x !== "number" || !Number.isFinite(x)) {
      throw new Error(`${fn}: field '${field}' must be a finite number, got ${JSON.stringify(x)}`);
    }
  }
  for (const field of POSITIVE_FIELDS) {
    if ((record[field] as number) <= 0) {
      throw new Error(`${fn}: field '${field}' must be positive, got ${String(record[field])}`);
    }
  }
  for (const field of STRING_FIELDS) {
    if (typeof record[field] !== "string") {
      throw new Error(
        `${fn}: field '${field}' must be a string, got ${JSON.stringify(record[field])}`,
      );
    }
  }
  return record as unknown as PeerMeasurement;
}

/**
 * Our figures over the peer's, both measured in the same bench run.
 *
 * @param ours - our training ms per step and inference questions per second.
 * @param peer - the peer's.
 * @returns ours / peer for each (ms per step: lower is better for us; questions/s: higher).
 * @example
 * ```ts
 * peerRatios({ trainMsPerStep: 200, inferenceQuestionsPerSecond: 7000 },
 *            { trainMsPerStep: 50, inferenceQuestionsPerSecond: 14000 });
 * // { trainMsPerStep: 4, inferenceQuestionsPerSecond: 0.5 }
 * ```
 */
export function peerRatios(
  ours: Pick<PeerMeasurement, "trainMsPerStep" | "inferenceQuestionsPerSecond">,
  peer: Pick<PeerMeasurement, "trainMsPerStep" | "inferenceQuestionsPerSecond">,
): PeerRatios {
  return {
    trainMsPerStep: ours.trainMsPerStep / peer.trainMsPerStep,
    inferenceQuestionsPerSecond:
      ours.inferenceQuestionsPerSecond / peer.inferenceQuestionsPerSecond,
  };
}
