import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as TypeScript from "typescript";
import { ensureBuilt, root } from "../support/build";

describe("the siamese-lab package", function () {
  this.timeout(180_000);
  before(() => ensureBuilt());

  it("imports by package name from a file inside notebooks/", () => {
    const script = `const { cosineSimilarity, initBackend } = require("siamese-lab");
      initBackend().then((info) => {
        const s = cosineSimilarity([[1, 0], [1, 1]], [[0, 1], [2, 2]]);
        console.log(info.name, Array.from(s.dataSync()).map((v) => v.toFixed(3)).join(" "));
      });`;
    const result = spawnSync(process.execPath, ["-e", script], {
      cwd: path.join(root, "notebooks"),
      encoding: "utf8",
      env: { ...process.env, SIAMESE_BACKEND: "" },
    });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), "wasm 0.000 1.000");
    assert.equal(result.stderr, "");
  });

  it("type-checks a notebook-style file with tslab's TypeScript 5.0 and Node10 resolution", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ts = require("@tslab/typescript-for-tslab") as typeof TypeScript;
    assert.match(ts.version, /^5\.0\./);
    const dir = fs.mkdtempSync(path.join(root, "notebooks", ".typecheck-"));
    try {
      const file = path.join(dir, "cell.ts");
      fs.writeFileSync(
        file,
        `import * as tf from "@tensorflow/tfjs";
         import { cosineSimilarity, batchTripletLoss, bestThreshold, createTextEncoder, type BackendInfo } from "siamese-lab";
         const s: tf.Tensor1D = cosineSimilarity([[1, 0]], [[0, 1]]);
         const loss: tf.Scalar = batchTripletLoss([[1, 0], [0, 1]], [[1, 0], [0, 1]], { margin: 0.25 });
         const t: number = bestThreshold([0.1, 0.9], [0, 1]).threshold;
         const e = createTextEncoder({ vocabSize: 10, embeddingDim: 4, hiddenUnits: 4 });
         let info: BackendInfo | undefined;
         export { s, loss, t, e, info };`,
      );
      const program = ts.createProgram([file], {
        strict: true,
        module: ts.ModuleKind.CommonJS,
        moduleResolution: ts.ModuleResolutionKind.NodeJs,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        noEmit: true,
        // skipLibCheck off: the package's .d.ts files must parse and check under TS 5.0.
        skipLibCheck: false,
        types: [],
      });
      const diagnostics = ts
        .getPreEmitDiagnostics(program)
        .filter(
          (d) =>
            d.file === undefined ||
            d.file.fileName.includes("siamese-lab") ||
            d.file.fileName === file,
        )
        .map(
          (d) =>
            `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
        );
      assert.deepEqual(diagnostics, []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
