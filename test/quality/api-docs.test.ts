import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");

// TypeDoc colours its log even when piped.
function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, "");
}

describe("API documentation (typedoc)", function () {
  this.timeout(300_000);

  let out: string;
  before(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-api-docs-"));
  });
  after(() => {
    fs.rmSync(out, { recursive: true, force: true });
  });

  it("keeps typedoc strict: every export documented, warnings fail the build", () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, "typedoc.json"), "utf8")) as {
      treatWarningsAsErrors?: unknown;
      validation?: Record<string, unknown>;
    };
    assert.equal(config.treatWarningsAsErrors, true);
    assert.deepEqual(config.validation, {
      notExported: true,
      invalidLink: true,
      notDocumented: true,
    });
  });

  it("builds the docs with no warning and no error", () => {
    const result = spawnSync("npx", ["typedoc", "--out", out], {
      cwd: root,
      encoding: "utf8",
      timeout: 300_000,
    });
    const output = stripAnsi(`${result.stdout}\n${result.stderr}`);
    const problems = output.split("\n").filter((line) => /\[(warning|error)\]/.test(line));
    assert.deepEqual(problems, [], output);
    assert.equal(result.status, 0, output);
    assert.ok(fs.existsSync(path.join(out, "index.html")), `no index.html in ${out}\n${output}`);
  });
});
