import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  findJupyterPython,
  jupyterInstallHelp,
  probePython,
  pythonCandidates,
  shebangPython,
} from "../../../scripts/jupyter";

/** Writes an executable file. */
function executable(file: string, text: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, { mode: 0o755 });
  return file;
}

/** A fake Python that answers the probe with the given modules installed. */
function fakePython(file: string, modules: readonly string[], version = "3.11.2"): string {
  const found = Object.fromEntries(modules.map((m) => [m, true]));
  return executable(file, `#!/bin/sh\necho '${JSON.stringify({ version, modules: found })}'\n`);
}

describe("finding a Python with Jupyter", () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-python-"));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("probes an interpreter for the Jupyter modules it can import", () => {
    const python = fakePython(path.join(folder, "py"), ["jupyter_core", "nbclient"]);
    const probe = probePython(python);
    assert.equal(probe?.version, "3.11.2");
    assert.equal(probe?.modules.jupyter_core, true);
    assert.equal(probe?.modules.nbclient, true);
    assert.equal(probe?.modules.jupyterlab, false);
    assert.equal(probePython(path.join(folder, "missing")), undefined);
    assert.equal(probePython(fakePython(path.join(folder, "py2"), [], "2.7.18")), undefined);
    assert.equal(
      probePython(executable(path.join(folder, "broken"), "#!/bin/sh\nexit 3\n")),
      undefined,
    );
  });

  it("probes a real python3 (the PATH's or Debian's)", () => {
    const python = pythonCandidates().find((p) => /python3?$/.test(p));
    assert.ok(python !== undefined, "no python3 found");
    assert.match(probePython(python)?.version ?? "", /^3\./);
  });

  it("reads the Python behind a script's #! line", () => {
    const bin = path.join(folder, "bin");
    const python3 = fakePython(path.join(bin, "python3"), []);
    const env = { PATH: bin };
    assert.equal(
      shebangPython(executable(path.join(folder, "a"), "#!/opt/venv/bin/python\n"), env),
      "/opt/venv/bin/python",
    );
    assert.equal(
      shebangPython(executable(path.join(folder, "b"), "#!/usr/bin/env python3\nimport x\n"), env),
      python3,
    );
    assert.equal(
      shebangPython(executable(path.join(folder, "c"), "#!/usr/bin/env bash\n"), env),
      undefined,
    );
    assert.equal(shebangPython(executable(path.join(folder, "d"), "#!/bin/sh\n"), env), undefined);
    assert.equal(shebangPython(path.join(folder, "none"), env), undefined);
  });

  it("lists the Python behind jupyter first, then python3 and python on PATH, without duplicates", () => {
    const bin = path.join(folder, "bin");
    const venvPython = fakePython(path.join(folder, "venv", "python"), []);
    executable(path.join(bin, "jupyter-lab"), `#!${venvPython}\n`);
    executable(path.join(bin, "jupyter"), `#!${venvPython}\n`);
    const python3 = fakePython(path.join(bin, "python3"), []);
    const candidates = pythonCandidates({ PATH: bin });
    assert.deepEqual(candidates.slice(0, 2), [venvPython, python3]);
    assert.equal(new Set(candidates).size, candidates.length);
    assert.deepEqual(pythonCandidates({ PATH: bin, SIAMESE_LAB_PYTHON: "/my/python" }), [
      "/my/python",
    ]);
  });

  it("picks the first Python that can do the task and lists every one it tried", () => {
    const bare = fakePython(path.join(folder, "bare"), []);
    const headless = fakePython(path.join(folder, "headless"), [
      "jupyter_core",
      "jupyter_client",
      "IPython",
      "nbclient",
      "nbconvert",
    ]);
    const classic = fakePython(path.join(folder, "classic"), [
      "jupyter_core",
      "jupyter_client",
      "IPython",
      "notebook",
    ]);
    const server = findJupyterPython("server", [bare, headless, classic]);
    assert.equal(server.found, true);
    assert.equal(server.found && server.probe.python, classic);
    assert.equal(server.tried.length, 3);
    assert.match(server.tried[0]!, /bare \(Python 3\.11\.2; has no Jupyter module\)/);
    const execute = findJupyterPython("execute", [bare, headless, classic]);
    assert.equal(execute.found && execute.probe.python, headless);
    const none = findJupyterPython("server", [bare, path.join(folder, "missing")]);
    assert.equal(none.found, false);
    assert.match(none.tried[1]!, /missing \(does not run as Python 3\)/);
  });

  it("says exactly what to install, for pip and for Debian", () => {
    const server = jupyterInstallHelp("server", ["/usr/bin/python3 (Python 3.11.2; has IPython)"]);
    assert.match(server, /python3 -m pip install jupyterlab/);
    assert.match(server, /apt-get install -y jupyter-notebook python3-ipykernel/);
    assert.match(server, /SIAMESE_LAB_PYTHON/);
    assert.match(server, /\/usr\/bin\/python3 \(Python 3\.11\.2; has IPython\)/);
    const execute = jupyterInstallHelp("execute", []);
    assert.match(
      execute,
      /apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel/,
    );
    assert.match(execute, /\(none found on PATH\)/);
  });
});
