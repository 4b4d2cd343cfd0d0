import { strict as assert } from "node:assert";
import { parsePeerMeasurement, peerRatios } from "../../../bench/peers/peer-measurement";

const GOOD = {
  peer: "pytorch",
  torch: "1.13.0a0",
  threads: 1,
  blas: "libopenblasp-r0.3.21.so",
  lengths: "full",
  loadAverage1m: 1.2,
  trainMsPerStep: 55,
  trainStepsTimed: 20,
  inferenceMsPerBatch: 17.2,
  inferenceQuestionsPerSecond: 14_883.7,
  peakRssMB: 305.8,
  firstLoss: 0.75,
  lastLoss: 0.37,
};

describe("parsePeerMeasurement", () => {
  it("reads the last JSON line, after any warnings the peer printed", () => {
    const stdout = `UserWarning: something\n{"not": "this one"}\n${JSON.stringify(GOOD)}\n`;
    assert.deepEqual(parsePeerMeasurement(stdout), GOOD);
  });

  it("names the problem when there is no JSON line or it does not parse", () => {
    assert.throws(
      () => parsePeerMeasurement("Traceback: ModuleNotFoundError\n"),
      /^Error: parsePeerMeasurement: the peer printed no JSON line/,
    );
    assert.throws(
      () => parsePeerMeasurement('{"trainMsPerStep": }\n'),
      /parsePeerMeasurement: the peer's last JSON line does not parse/,
    );
  });

  it("rejects missing, non-finite, non-positive and mistyped fields", () => {
    const line = (changes: Record<string, unknown>): string =>
      JSON.stringify({ ...GOOD, ...changes });
    assert.throws(
      () => parsePeerMeasurement(line({ trainMsPerStep: undefined })),
      /field 'trainMsPerStep' must be a finite number, got undefined/,
    );
    assert.throws(
      () => parsePeerMeasurement(line({ inferenceQuestionsPerSecond: "fast" })),
      /field 'inferenceQuestionsPerSecond' must be a finite number, got "fast"/,
    );
    assert.throws(
      () => parsePeerMeasurement(line({ trainMsPerStep: 0 })),
      /field 'trainMsPerStep' must be positive, got 0/,
    );
    assert.throws(
      () => parsePeerMeasurement(line({ blas: 3 })),
      /field 'blas' must be a string, got 3/,
    );
    assert.throws(() => parsePeerMeasurement("[1, 2]"), /no JSON line/);
  });
});

describe("peerRatios", () => {
  it("divides our figures by the peer's", () => {
    assert.deepEqual(
      peerRatios(
        { trainMsPerStep: 200, inferenceQuestionsPerSecond: 7000 },
        { trainMsPerStep: 50, inferenceQuestionsPerSecond: 14_000 },
      ),
      { trainMsPerStep: 4, inferenceQuestionsPerSecond: 0.5 },
    );
  });
});
