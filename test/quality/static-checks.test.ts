import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");

function run(command: string, args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", timeout: 300_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe("code quality", function () {
  this.timeout(300_000);

  it("type-checks (tsc --noEmit, strict)", () => {
    const { status, output } = run("npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
    assert.equal(status, 0, output);
  });

  it("passes ESLint (typescript-eslint)", () => {
    const { status, output } = run("npx", ["eslint", "."]);
    assert.equal(status, 0, output);
  });

  it("is formatted with Prettier", () => {
    const { status, output } = run("npx", ["prettier", "--check", "."]);
    assert.equal(status, 0, output);
  });
});
