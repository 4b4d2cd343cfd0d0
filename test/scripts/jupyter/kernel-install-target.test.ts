import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  blockedForOthers,
  parseKernelInstallArgs,
  pythonSysPrefix,
} from "../../../scripts/jupyter/kernel-install-target";

describe("npm run kernel:install arguments", () => {
  it("default to this checkout; --sys-prefix, --prefix DIR and --python PYTHON", () => {
    assert.deepEqual(parseKernelInstallArgs([], "/w"), {
      target: { kind: "project" },
      python: undefined,
      help: false,
    });
    assert.deepEqual(
      parseKernelInstallArgs(["--sys-prefix", "--python", "/usr/bin/python3"], "/w"),
      {
        target: { kind: "sys-prefix" },
        python: "/usr/bin/python3",
        help: false,
      },
    );
    assert.deepEqual(parseKernelInstallArgs(["--prefix", "k"], "/w"), {
      target: { kind: "prefix", prefix: "/w/k" },
      python: undefined,
      help: false,
    });
    assert.equal((parseKernelInstallArgs(["-h"], "/w") as { help: boolean }).help, true);
  });

  it("name what is wrong", () => {
    assert.equal(parseKernelInstallArgs(["--user"], "/w"), "unknown argument --user");
    assert.equal(parseKernelInstallArgs(["--prefix"], "/w"), "--prefix needs a value");
    assert.equal(
      parseKernelInstallArgs(["--python", "--sys-prefix"], "/w"),
      "--python needs a value",
    );
    assert.equal(
      parseKernelInstallArgs(["--sys-prefix", "--prefix", "k"], "/w"),
      "--sys-prefix and --prefix cannot be used together",
    );
  });
});

describe("pythonSysPrefix", () => {
  it("asks the Python, and names it when it does not run", function () {
    if (!fs.existsSync("/usr/bin/python3")) this.skip();
    assert.ok(path.isAbsolute(pythonSysPrefix("/usr/bin/python3")));
    assert.throws(
      () => pythonSysPrefix("/no/such/python"),
      /pythonSysPrefix: \/no\/such\/python did not print/,
    );
  });
});

describe("blockedForOthers", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "blocked-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("lists the folders on the way that other users cannot enter", () => {
    const inner = path.join(dir, "checkout", "bin");
    fs.mkdirSync(inner, { recursive: true, mode: 0o755 });
    const file = path.join(inner, "tslab");
    fs.writeFileSync(file, "", { mode: 0o755 });
    fs.chmodSync(dir, 0o700); // mkdtemp's mode
    assert.deepEqual(blockedForOthers(file), [fs.realpathSync(dir)]);
    fs.chmodSync(dir, 0o755);
    assert.deepEqual(blockedForOthers(file), []);
    fs.chmodSync(file, 0o700);
    assert.deepEqual(blockedForOthers(file), [fs.realpathSync(file)]);
  });
});
