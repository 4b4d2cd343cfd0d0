import { strict as assert } from "node:assert";
import { chooseBackend, type BackendLoader, type BackendName } from "../../src/backend";

/** Fake loaders that record the order they were called in and fail where told to. */
function fakeLoaders(
  failing: readonly BackendName[],
  calls: BackendName[],
): Record<BackendName, BackendLoader> {
  const make =
    (name: BackendName): BackendLoader =>
    () => {
      calls.push(name);
      return failing.includes(name)
        ? Promise.reject(new Error(`${name} missing`))
        : Promise.resolve();
    };
  return { tensorflow: make("tensorflow"), wasm: make("wasm"), cpu: make("cpu") };
}

describe("chooseBackend", () => {
  it("prefers tensorflow when it loads", async () => {
    const calls: BackendName[] = [];
    const info = await chooseBackend(fakeLoaders([], calls));
    assert.equal(info.name, "tensorflow");
    assert.deepEqual(calls, ["tensorflow"]);
    assert.equal(info.forced, false);
  });

  it("falls back to wasm, then cpu, recording why", async () => {
    const calls: BackendName[] = [];
    const info = await chooseBackend(fakeLoaders(["tensorflow"], calls));
    assert.equal(info.name, "wasm");
    assert.deepEqual(calls, ["tensorflow", "wasm"]);
    assert.match(info.reason, /tensorflow unavailable \(tensorflow missing\)/);

    const calls2: BackendName[] = [];
    const info2 = await chooseBackend(fakeLoaders(["tensorflow", "wasm"], calls2));
    assert.equal(info2.name, "cpu");
    assert.deepEqual(calls2, ["tensorflow", "wasm", "cpu"]);
    assert.deepEqual(
      info2.attempts.map((a) => [a.name, a.ok]),
      [
        ["tensorflow", false],
        ["wasm", false],
        ["cpu", true],
      ],
    );
  });

  it("tries only the forced backend and fails loudly when it cannot load", async () => {
    const calls: BackendName[] = [];
    const info = await chooseBackend(fakeLoaders([], calls), "cpu");
    assert.equal(info.name, "cpu");
    assert.equal(info.forced, true);
    assert.deepEqual(calls, ["cpu"]);

    await assert.rejects(
      chooseBackend(fakeLoaders(["tensorflow"], []), "tensorflow"),
      /SIAMESE_BACKEND=tensorflow/,
    );
  });

  it("reports every failure when nothing loads", async () => {
    await assert.rejects(
      chooseBackend(fakeLoaders(["tensorflow", "wasm", "cpu"], [])),
      /tensorflow: tensorflow missing; wasm: wasm missing; cpu: cpu missing/,
    );
  });
});
