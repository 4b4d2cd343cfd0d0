import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { defaultQuizOutput } from "../../src/quiz/quiz-output";

describe("defaultQuizOutput", () => {
  it("prints plain text on standard output outside a notebook kernel", () => {
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      written.push(chunk);
      return true;
    }) as typeof process.stdout.write;
    try {
      defaultQuizOutput().show({ text: "Question 1", html: "<b>Question 1</b>" });
    } finally {
      process.stdout.write = write;
    }
    assert.deepEqual(written, ["Question 1\n\n"]);
  });

  it("renders HTML through tslab's display inside a kernel", () => {
    // A stand-in for the kernel's tslab: the jupyter module holds the cell's output channel.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-kernel-"));
    const dist = path.join(dir, "tslab", "dist");
    fs.mkdirSync(dist, { recursive: true });
    fs.writeFileSync(path.join(dist, "jupyter.js"), "exports.lastWriteDisplayData = () => {};\n");
    fs.writeFileSync(
      path.join(dist, "public.js"),
      "exports.shown = [];\n" +
        "exports.display = { html: (h) => exports.shown.push(h), text: (t) => exports.shown.push(t) };\n" +
        "exports.newDisplay = () => exports.display;\n",
    );
    const jupyterFile = path.join(dist, "jupyter.js");
    const publicFile = path.join(dist, "public.js");
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(jupyterFile);
      defaultQuizOutput().show({ text: "Question 1", html: "<b>Question 1</b>" });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const tslab = require(publicFile) as { shown: string[] };
      assert.deepEqual(tslab.shown, ["<b>Question 1</b>"]);
    } finally {
      delete require.cache[jupyterFile];
      delete require.cache[publicFile];
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
