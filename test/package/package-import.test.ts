import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as TypeScript from "typescript";
import { ensureBuilt, root } from "../support/build";

/** The folders of src/ that are entry points of their own: all of them but the argument checks. */
const subpaths = fs
  .readdirSync(path.join(root, "src"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "validate")
  .map((entry) => entry.name)
  .sort();

/** Type-checks `source` as a file in notebooks/ the way tslab does; returns the diagnostics. */
function typeCheckInNotebooks(source: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require("@tslab/typescript-for-tslab") as typeof TypeScript;
  assert.match(ts.version, /^5\.0\./);
  const dir = fs.mkdtempSync(path.join(root, "notebooks", ".typecheck-"));
  try {
    const file = path.join(dir, "cell.ts");
    fs.writeFileSync(file, source);
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
    return ts
      .getPreEmitDiagnostics(program)
      .filter(
        (d) =>
          d.file === undefined ||
          d.file.fileName.includes("siamese-lab") ||
          d.file.fileName === file,
      )
      .map(
        (d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
      );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

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
    const diagnostics = typeCheckInNotebooks(
      `import * as tf from "@tensorflow/tfjs";
       import { cosineSimilarity, batchTripletLoss, bestThreshold, createTextEncoder, type BackendInfo } from "siamese-lab";
       const s: tf.Tensor1D = cosineSimilarity([[1, 0]], [[0, 1]]);
       const loss: tf.Scalar = batchTripletLoss([[1, 0], [0, 1]], [[1, 0], [0, 1]], { margin: 0.25 });
       const t: number = bestThreshold([0.1, 0.9], [0, 1]).threshold;
       const e = createTextEncoder({ vocabSize: 10, embeddingDim: 4, hiddenUnits: 4 });
       let info: BackendInfo | undefined;
       export { s, loss, t, e, info };`,
    );
    assert.deepEqual(diagnostics, []);
  });

  it("has an entry point per folder, siamese-lab/<folder>, in package.json and the API docs", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
      exports: Record<string, unknown>;
      typesVersions: { "*": Record<string, string[]> };
    };
    // Node (and tslab at run time) read "exports"; TypeScript with Node10 resolution (tslab's
    // type checker) ignores it and reads "typesVersions", one key per entry point.
    assert.deepEqual(pkg.exports["./*"], {
      types: "./dist/src/*/index.d.ts",
      default: "./dist/src/*/index.js",
    });
    assert.equal(pkg.exports["./validate"], null, "the argument checks are not an entry point");
    assert.deepEqual(
      pkg.typesVersions["*"],
      Object.fromEntries(subpaths.map((name) => [name, [`dist/src/${name}/index.d.ts`]])),
    );
    const typedoc = JSON.parse(fs.readFileSync(path.join(root, "typedoc.json"), "utf8")) as {
      entryPoints: string[];
    };
    assert.deepEqual(
      [...typedoc.entryPoints].sort(),
      ["src/index.ts", ...subpaths.map((name) => `src/${name}/index.ts`)].sort(),
    );
  });

  it("loads every siamese-lab/<folder> by name from notebooks/, and not siamese-lab/validate", () => {
    const script = `const subpaths = ${JSON.stringify(subpaths)};
      for (const name of subpaths) require("siamese-lab/" + name);
      const { defineQuiz } = require("siamese-lab/quiz");
      const { openQuiz } = require("siamese-lab");
      let refused = "";
      try { require("siamese-lab/validate"); } catch (error) { refused = error.code; }
      console.log(typeof defineQuiz, typeof openQuiz, refused);`;
    const result = spawnSync(process.execPath, ["-e", script], {
      cwd: path.join(root, "notebooks"),
      encoding: "utf8",
      env: { ...process.env, SIAMESE_BACKEND: "" },
    });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), "function function ERR_PACKAGE_PATH_NOT_EXPORTED");
  });

  it("type-checks imports from siamese-lab/<folder> with tslab's TypeScript 5.0", () => {
    const imports = subpaths.map((name, i) => `import * as entry${i} from "siamese-lab/${name}";`);
    const diagnostics = typeCheckInNotebooks(
      `${imports.join("\n")}
       import { defineQuiz, sealChoiceQuestion, type QuizDefinition } from "siamese-lab/quiz";
       import { FastLSTM, type TextEncoderOptions } from "siamese-lab/model";
       import { DEFAULT_MARGINS, DISTANCES } from "siamese-lab/similarity";
       const quiz: QuizDefinition = defineQuiz({
         id: "q",
         title: "Q",
         questions: [sealChoiceQuestion("q", { stem: "?", options: ["a", "b"], correct: ["A"], explanations: ["yes", "no"] })],
       });
       const options: TextEncoderOptions = { vocabSize: 10, embeddingDim: 4, hiddenUnits: 4 };
       const margin: number = DEFAULT_MARGINS.distance + DISTANCES.cosine.metric.length;
       export { ${subpaths.map((_, i) => `entry${i}`).join(", ")}, quiz, options, margin, FastLSTM };`,
    );
    assert.deepEqual(diagnostics, []);
  });
});
