// classroom/learner-start.py: what a learner's home holds after their server's first start,
// and that later starts never overwrite the learner's work.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const checkout = path.resolve(__dirname, "../..");
const script = path.join(checkout, "classroom", "learner-start.py");
const curriculum = fs
  .readdirSync(path.join(checkout, "notebooks"))
  .filter((f) => f.endsWith(".ipynb"))
  .sort();

describe("classroom/learner-start.py", function () {
  this.timeout(60_000);
  let home: string;
  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), "learner-home-"));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  /** Runs the script as the server would, with `command` after `--`. */
  function start(...command: string[]): { status: number | null; stdout: string; stderr: string } {
    const run = spawnSync("/usr/bin/python3", [script, "--", ...command], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, HOME: home },
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  it("copies the curriculum, links the model and the package, makes private progress, then runs the command", () => {
    const run = start("sh", "-c", "umask; pwd");
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /learner-start: copied 8 notebook\(s\) to .*siamese-lab\/notebooks/);
    assert.equal(run.stdout.split("\n")[0], "0077", "the server runs with umask 077");
    const notebooks = path.join(home, "siamese-lab", "notebooks");
    assert.deepEqual(fs.readdirSync(notebooks).sort(), curriculum);
    for (const name of curriculum) {
      assert.ok(
        fs
          .readFileSync(path.join(notebooks, name))
          .equals(fs.readFileSync(path.join(checkout, "notebooks", name))),
      );
      assert.equal(fs.statSync(path.join(notebooks, name)).mode & 0o777, 0o600);
    }
    assert.equal(
      fs.readlinkSync(path.join(home, "siamese-lab", "models")),
      path.join(checkout, "models"),
    );
    assert.equal(
      fs.readlinkSync(path.join(home, "siamese-lab", "node_modules")),
      path.join(checkout, "node_modules"),
    );
    for (const folder of [".siamese-lab", path.join(".siamese-lab", "progress")]) {
      assert.equal(fs.statSync(path.join(home, folder)).mode & 0o777, 0o700, folder);
    }
    // What the notebooks' imports find from the learner's copy: this checkout's packages.
    const resolved = spawnSync(
      process.execPath,
      [
        "-p",
        '["siamese-lab", "@tensorflow/tfjs", "tslab"].map((m) => require.resolve(m)).join("\\n")',
      ],
      { cwd: notebooks, encoding: "utf8" },
    );
    assert.deepEqual(resolved.stdout.trim().split("\n"), [
      path.join(checkout, "dist", "src", "index.js"),
      require.resolve("@tensorflow/tfjs"),
      require.resolve("tslab"),
    ]);
  });

  it("never overwrites the learner's work; brings back a deleted notebook; fixes a stale link", () => {
    assert.equal(start("true").status, 0);
    const notebooks = path.join(home, "siamese-lab", "notebooks");
    const [first, second] = curriculum;
    fs.writeFileSync(path.join(notebooks, first!), "my edits");
    fs.rmSync(path.join(notebooks, second!));
    const link = path.join(home, "siamese-lab", "models");
    fs.rmSync(link);
    fs.symlinkSync("/old/checkout/models", link);
    const run = start("true");
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /copied 1 notebook\(s\)/);
    assert.equal(fs.readFileSync(path.join(notebooks, first!), "utf8"), "my edits");
    assert.ok(fs.existsSync(path.join(notebooks, second!)));
    assert.equal(fs.readlinkSync(link), path.join(checkout, "models"));
  });

  it("leaves a real folder where a link would go, and says so", () => {
    fs.mkdirSync(path.join(home, "siamese-lab", "models"), { recursive: true });
    const run = start("true");
    assert.equal(run.status, 0);
    assert.match(run.stderr, /siamese-lab\/models exists and is not a link to .*: left alone/);
    assert.ok(fs.statSync(path.join(home, "siamese-lab", "models")).isDirectory());
  });
});
