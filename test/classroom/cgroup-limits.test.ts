// classroom/cgroup_limits.py: the control-group files it writes for a learner, on fake cgroup
// v1 and v2 trees (the hub test checks a real one on machines that have it).
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const classroom = path.resolve(__dirname, "../../classroom");

/** Runs Python code with classroom/ importable; returns what it prints. */
function python(code: string): string {
  const run = spawnSync(
    "/usr/bin/python3",
    ["-c", `import sys; sys.path.insert(0, ${JSON.stringify(classroom)})\n${code}`],
    {
      encoding: "utf8",
    },
  );
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
}

describe("classroom/cgroup_limits.py", function () {
  this.timeout(30_000);
  let root: string;
  before(function () {
    if (spawnSync("/usr/bin/python3", ["-c", "import jupyterhub"]).status !== 0) this.skip();
  });
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "cgroup-"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const read = (...parts: string[]): string => fs.readFileSync(path.join(root, ...parts), "utf8");

  it("v2: one group under siamese-lab/ with memory.max, no swap, and cpu.max", () => {
    fs.writeFileSync(path.join(root, "cgroup.controllers"), "cpu memory");
    const procs = python(
      `import cgroup_limits as c\nprint(c.make_group("ada", 2 * 1024**3, 1.5, root=${JSON.stringify(root)}))`,
    );
    assert.equal(procs, `['${path.join(root, "siamese-lab", "ada", "cgroup.procs")}']`);
    assert.equal(read("siamese-lab", "cgroup.subtree_control"), "+memory +cpu");
    assert.equal(read("siamese-lab", "ada", "memory.max"), String(2 * 1024 ** 3));
    assert.equal(read("siamese-lab", "ada", "cpu.max"), "150000 100000");
  });

  it("v1: a group in the memory and in the cpu hierarchy", () => {
    fs.mkdirSync(path.join(root, "memory"));
    fs.mkdirSync(path.join(root, "cpu"));
    python(
      `import cgroup_limits as c\nc.make_group("bob", 1024**3, 1, root=${JSON.stringify(root)})`,
    );
    assert.equal(read("memory", "siamese-lab", "bob", "memory.limit_in_bytes"), String(1024 ** 3));
    assert.equal(read("cpu", "siamese-lab", "bob", "cpu.cfs_quota_us"), "100000");
    assert.equal(read("cpu", "siamese-lab", "bob", "cpu.cfs_period_us"), "100000");
  });

  it("fails with the reason when there are no controllers", () => {
    assert.match(
      python(
        `import cgroup_limits as c\ntry:\n    c.make_group("cy", 1, 1, root=${JSON.stringify(root)})\nexcept OSError as e:\n    print(e)`,
      ),
      /no cgroup v1 or v2 memory and cpu controllers under/,
    );
  });
});
