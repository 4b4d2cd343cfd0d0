import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** Python modules that tell what a Python's Jupyter can do. */
export const JUPYTER_MODULES = [
  "jupyter_core",
  "jupyter_client",
  "IPython",
  "nbclient",
  "nbconvert",
  "jupyterlab",
  "notebook",
] as const;

/** One of {@link JUPYTER_MODULES}. */
export type JupyterModule = (typeof JUPYTER_MODULES)[number];

/** What one Python interpreter has installed. */
export interface PythonProbe {
  /** The command or path that was run. */
  readonly python: string;
  /** Its version, for example `"3.11.2"`. */
  readonly version: string;
  /** Which Jupyter modules it can import. */
  readonly modules: Readonly<Record<JupyterModule, boolean>>;
}

/** The outcome of {@link findJupyterPython}. */
export type JupyterPythonSearch =
  | { readonly found: true; readonly probe: PythonProbe; readonly tried: readonly string[] }
  | { readonly found: false; readonly tried: readonly string[] };

/** What a Python must have for a task. */
export type JupyterNeed =
  /** Register the kernel and open the notebook server (JupyterLab or classic Notebook). */
  | "server"
  /** Register the kernel and execute notebooks headless, then convert them to HTML. */
  | "execute";

const probeScript = [
  "import importlib.util, json, sys",
  `names = ${JSON.stringify(JUPYTER_MODULES)}`,
  "found = {}",
  "for name in names:",
  "    try:",
  "        found[name] = importlib.util.find_spec(name) is not None",
  "    except Exception:",
  "        found[name] = False",
  'print(json.dumps({"version": sys.version.split()[0], "modules": found}))',
].join("\n");

/**
 * Runs `python` and asks which Jupyter modules it can import (without importing them, which
 * would be slow).
 *
 * @returns what it has, or `undefined` when it does not run or is not Python 3.
 */
export function probePython(python: string): PythonProbe | undefined {
  const result = spawnSync(python, ["-c", probeScript], { encoding: "utf8", timeout: 30_000 });
  if (result.status !== 0 || typeof result.stdout !== "string") return undefined;
  try {
    const lastLine = result.stdout.trim().split("\n").pop() ?? "";
    const parsed = JSON.parse(lastLine) as { version?: unknown; modules?: Record<string, unknown> };
    if (typeof parsed.version !== "string" || !parsed.version.startsWith("3.")) return undefined;
    const modules = Object.fromEntries(
      JUPYTER_MODULES.map((name) => [name, parsed.modules?.[name] === true]),
    ) as Record<JupyterModule, boolean>;
    return { python, version: parsed.version, modules };
  } catch {
    return undefined;
  }
}

/** Whether a probed Python can do what `need` asks. */
export function satisfies(probe: PythonProbe, need: JupyterNeed): boolean {
  const { modules } = probe;
  // tslab's kernel installer imports jupyter_client and IPython.
  const canRegister = modules.jupyter_core && modules.jupyter_client && modules.IPython;
  if (need === "server") return canRegister && (modules.jupyterlab || modules.notebook);
  return canRegister && modules.nbclient && modules.nbconvert;
}

/** The full path of `command` on `PATH`, or undefined. */
export function whichCommand(
  command: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  for (const folder of (env.PATH ?? "").split(path.delimiter)) {
    if (folder === "") continue;
    const candidate = path.join(folder, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

/**
 * The Python a script's `#!` line runs (`#!/usr/bin/python3`, or `#!/usr/bin/env python3`
 * looked up on PATH), or undefined when it is not a Python script.
 */
export function shebangPython(
  script: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  let firstLine: string;
  try {
    const fd = fs.openSync(script, "r");
    try {
      const buffer = Buffer.alloc(512);
      const bytes = fs.readSync(fd, buffer, 0, buffer.length, 0);
      firstLine = buffer.subarray(0, bytes).toString("utf8").split("\n")[0] ?? "";
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const match = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(firstLine);
  if (match === null) return undefined;
  const [, program, argument] = match;
  if (path.basename(program!) === "env" && argument !== undefined) {
    return /^python/.test(argument) ? whichCommand(argument, env) : undefined;
  }
  return /^python/.test(path.basename(program!)) ? program : undefined;
}

/**
 * Pythons that may have Jupyter, most likely first, without duplicates: only
 * `SIAMESE_LAB_PYTHON` when it is set; else the Python behind `jupyter-lab`, `jupyter-notebook` and
 * `jupyter` on PATH (pip, pipx, conda or Debian installs); `python3` and `python` on PATH;
 * then `/usr/bin/python3` (Debian's Jupyter packages run there, while pyenv or conda put
 * another `python3` first on PATH) and `/usr/local/bin/python3`.
 */
export function pythonCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const override = env.SIAMESE_LAB_PYTHON;
  if (override !== undefined && override !== "") return [override];
  const candidates: string[] = [];
  for (const tool of ["jupyter-lab", "jupyter-notebook", "jupyter"]) {
    const script = whichCommand(tool, env);
    const python = script === undefined ? undefined : shebangPython(script, env);
    if (python !== undefined) candidates.push(python);
  }
  for (const name of ["python3", "python"]) {
    const found = whichCommand(name, env);
    if (found !== undefined) candidates.push(found);
  }
  for (const fixed of ["/usr/bin/python3", "/usr/local/bin/python3"]) {
    if (fs.existsSync(fixed)) candidates.push(fixed);
  }
  return [...new Set(candidates)];
}

/**
 * Finds a Python whose Jupyter can do what `need` asks, trying {@link pythonCandidates} in
 * order (or the given candidates).
 *
 * @param need - `"server"` to open notebooks, `"execute"` to run them headless.
 * @param candidates - Pythons to try (default {@link pythonCandidates}).
 * @returns the first that fits with its modules, or `found: false` with every Python tried.
 * @example
 * ```ts
 * const search = findJupyterPython("server");
 * if (!search.found) console.error(jupyterInstallHelp("server", search.tried));
 * ```
 */
export function findJupyterPython(
  need: JupyterNeed,
  candidates: readonly string[] = pythonCandidates(),
): JupyterPythonSearch {
  const tried: string[] = [];
  for (const python of candidates) {
    const probe = probePython(python);
    tried.push(
      probe === undefined
        ? `${python} (does not run as Python 3)`
        : `${python} (Python ${probe.version}; has ${JUPYTER_MODULES.filter((m) => probe.modules[m]).join(", ") || "no Jupyter module"})`,
    );
    if (probe !== undefined && satisfies(probe, need)) return { found: true, probe, tried };
  }
  return { found: false, tried };
}

/**
 * What to tell a user whose machine lacks Jupyter: exactly what to install, for pip and for
 * Debian/Ubuntu, and which Pythons were looked at.
 *
 * @param need - what the Jupyter was needed for.
 * @param tried - the Pythons tried, as {@link findJupyterPython} lists them.
 */
export function jupyterInstallHelp(need: JupyterNeed, tried: readonly string[]): string {
  const what =
    need === "server"
      ? "JupyterLab (or the classic Jupyter Notebook) with ipykernel"
      : "Jupyter's nbclient and nbconvert with ipykernel (to run the notebooks headless)";
  const debian =
    need === "server"
      ? "sudo apt-get install -y jupyter-notebook python3-ipykernel"
      : "sudo apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel";
  const pip =
    need === "server"
      ? "python3 -m pip install jupyterlab"
      : "python3 -m pip install nbclient nbconvert ipykernel";
  return [
    `Jupyter was not found: siamese-lab needs ${what} in a Python 3.`,
    "Install it with one of:",
    `  ${pip}        # any system (or: pipx install jupyterlab)`,
    `  ${debian}   # Debian/Ubuntu (Debian packages no JupyterLab: this is the classic Notebook)`,
    "then run the command again. To use a particular Python, set SIAMESE_LAB_PYTHON=/path/to/python.",
    "Pythons looked at:",
    ...(tried.length === 0 ? ["  (none found on PATH)"] : tried.map((t) => `  ${t}`)),
  ].join("\n");
}
