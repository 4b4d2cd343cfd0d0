import { strict as assert } from "node:assert";
import {
  findTorchPython,
  pythonCandidates,
  TORCH_INSTALL_HINT,
} from "../../../bench/peers/torch-peer";

describe("pythonCandidates", () => {
  it("tries python3 on the PATH, then Debian's /usr/bin/python3", () => {
    assert.deepEqual(pythonCandidates({}), ["python3", "/usr/bin/python3"]);
    assert.deepEqual(pythonCandidates({ SIAMESE_PYTHON: "  " }), ["python3", "/usr/bin/python3"]);
  });

  it("uses only SIAMESE_PYTHON when it is set", () => {
    assert.deepEqual(pythonCandidates({ SIAMESE_PYTHON: "/opt/venv/bin/python" }), [
      "/opt/venv/bin/python",
    ]);
  });
});

describe("findTorchPython", () => {
  it("returns the first interpreter that can import torch, probing in order", () => {
    const probed: string[] = [];
    const found = findTorchPython(["a", "b", "c"], (python) => {
      probed.push(python);
      return python !== "a";
    });
    assert.equal(found, "b");
    assert.deepEqual(probed, ["a", "b"]);
  });

  it("returns undefined when none can, and the hint says what to install", () => {
    assert.equal(
      findTorchPython(["a", "b"], () => false),
      undefined,
    );
    assert.match(TORCH_INSTALL_HINT, /apt-get install -y python3-torch libopenblas0-pthread/);
  });

  it("treats a missing interpreter as unable to import torch", () => {
    assert.equal(findTorchPython(["/nonexistent/python3-for-siamese-lab-test"]), undefined);
  });
});
