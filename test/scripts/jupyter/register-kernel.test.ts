import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  KERNEL_DISPLAY_NAME,
  KERNEL_NAME,
  findJupyterPython,
  jupyterEnvironment,
  jupyterInstallHelp,
  registerKernel,
} from "../../../scripts/jupyter";

const root = path.resolve(__dirname, "../../..");

/** A Python with Jupyter, or a failure that says what to install. */
function jupyterPython(): string {
  const search = findJupyterPython("execute");
  if (!search.found) assert.fail(jupyterInstallHelp("execute", search.tried));
  return search.probe.python;
}

describe("registerKernel", function () {
  this.timeout(120_000);
  let prefix: string;
  beforeEach(() => {
    prefix = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-kernel-"));
  });
  afterEach(() => fs.rmSync(prefix, { recursive: true, force: true }));

  it("installs the siamese-lab kernel with tslab's installer, and Jupyter finds it on JUPYTER_PATH", () => {
    const python = jupyterPython();
    const kernel = registerKernel({ python, prefix });
    assert.equal(kernel.name, KERNEL_NAME);
    assert.equal(kernel.kernelDir, path.join(prefix, "share", "jupyter", "kernels", "siamese-lab"));
    const spec = JSON.parse(
      fs.readFileSync(path.join(kernel.kernelDir, "kernel.json"), "utf8"),
    ) as {
      argv: string[];
      display_name: string;
      language: string;
    };
    assert.equal(spec.display_name, KERNEL_DISPLAY_NAME);
    assert.equal(spec.language, "typescript");
    assert.deepEqual(spec.argv, [
      path.join(root, "node_modules", ".bin", "tslab"),
      "kernel",
      "--config-path",
      "{connection_file}",
    ]);
    assert.ok(fs.existsSync(spec.argv[0]!), "the kernel command exists");
    assert.deepEqual(fs.readdirSync(path.join(prefix, "share", "jupyter", "kernels")), [
      "siamese-lab",
    ]);

    const listed = spawnSync(
      python,
      [
        "-c",
        "import json; from jupyter_client.kernelspec import KernelSpecManager as M; print(json.dumps(M().find_kernel_specs()))",
      ],
      { encoding: "utf8", env: jupyterEnvironment(kernel) },
    );
    assert.equal(listed.status, 0, listed.stderr);
    const specs = JSON.parse(listed.stdout) as Record<string, string>;
    assert.equal(specs[KERNEL_NAME], kernel.kernelDir);
  });

  it("registers again over an earlier registration and keeps kernels that were in the prefix before", () => {
    const python = jupyterPython();
    const own = path.join(prefix, "share", "jupyter", "kernels", "jslab");
    fs.mkdirSync(own, { recursive: true });
    fs.writeFileSync(path.join(own, "kernel.json"), "{}");
    registerKernel({ python, prefix });
    registerKernel({ python, prefix });
    assert.deepEqual(fs.readdirSync(path.join(prefix, "share", "jupyter", "kernels")).sort(), [
      "jslab",
      "siamese-lab",
    ]);
  });

  it("puts the kernel's folder first on JUPYTER_PATH", () => {
    const kernel = {
      name: KERNEL_NAME,
      kernelDir: "/p/share/jupyter/kernels/siamese-lab",
      jupyterPath: "/p/share/jupyter",
      argv: [],
    };
    assert.equal(jupyterEnvironment(kernel, {}).JUPYTER_PATH, "/p/share/jupyter");
    assert.equal(
      jupyterEnvironment(kernel, { JUPYTER_PATH: "/other", HOME: "/h" }).JUPYTER_PATH,
      `/p/share/jupyter${path.delimiter}/other`,
    );
    assert.equal(jupyterEnvironment(kernel, { HOME: "/h" }).HOME, "/h");
  });

  it("fails clearly when tslab is not installed or its installer fails", () => {
    assert.throws(
      () => registerKernel({ python: "python3", prefix, root: prefix }),
      /tslab is not installed in .*: run npm install first/,
    );
    assert.throws(
      () => registerKernel({ python: path.join(prefix, "no-python"), prefix }),
      /registerKernel: 'tslab install' failed/,
    );
  });
});
