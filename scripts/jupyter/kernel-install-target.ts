import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** Where `npm run kernel:install` puts the kernel, as its arguments ask. */
export type KernelInstallTarget =
  /** This checkout's git-ignored `.jupyter/` (what `npm start` uses): only its Jupyter finds it. */
  | { readonly kind: "project" }
  /** The Python's `sys.prefix` (`/usr` for Debian's): every user of that Python finds it. */
  | { readonly kind: "sys-prefix" }
  /** `<prefix>/share/jupyter/kernels`, found when `JUPYTER_PATH` includes `<prefix>/share/jupyter`. */
  | { readonly kind: "prefix"; readonly prefix: string };

/** The parsed arguments of `npm run kernel:install`. */
export interface KernelInstallArgs {
  readonly target: KernelInstallTarget;
  /** The Python to register with (`--python`), or undefined to look for one. */
  readonly python: string | undefined;
  readonly help: boolean;
}

/** The usage text of `npm run kernel:install`. */
export const KERNEL_INSTALL_USAGE = `Usage: npm run kernel:install -- [--sys-prefix | --prefix DIR] [--python PYTHON]

Registers the Jupyter kernel "siamese-lab (TypeScript)", which runs this checkout's tslab
and siamese-lab.

  (no option)        in this checkout's .jupyter/ folder, as npm start does
  --sys-prefix       system-wide, in the Python's sys.prefix (/usr/share/jupyter/kernels for
                     Debian's /usr/bin/python3): every user's Jupyter finds it, which is what
                     JupyterHub's single-user servers need (run as root)
  --prefix DIR       in DIR/share/jupyter/kernels (put DIR/share/jupyter on JUPYTER_PATH)
  --python PYTHON    the Python whose Jupyter runs the notebooks (default: found on PATH,
                     or SIAMESE_LAB_PYTHON)`;

/**
 * Reads the arguments of `npm run kernel:install`.
 *
 * @param args - the arguments after `--`.
 * @param cwd - the folder a relative `--prefix` is resolved from.
 * @returns the target and Python, or a usage error to print.
 * @example
 * ```ts
 * parseKernelInstallArgs(["--sys-prefix"], process.cwd()); // { target: { kind: "sys-prefix" }, ... }
 * ```
 */
export function parseKernelInstallArgs(
  args: readonly string[],
  cwd: string,
): KernelInstallArgs | string {
  let target: KernelInstallTarget = { kind: "project" };
  let python: string | undefined;
  let help = false;
  let chosen: string | undefined;
  const choose = (flag: string, next: KernelInstallTarget): string | undefined => {
    if (chosen !== undefined) return `${chosen} and ${flag} cannot be used together`;
    chosen = flag;
    target = next;
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    let problem: string | undefined;
    if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--sys-prefix") problem = choose(arg, { kind: "sys-prefix" });
    else if (arg === "--prefix" || arg === "--python") {
      const value = args[++i];
      if (value === undefined || value.startsWith("-")) return `${arg} needs a value`;
      if (arg === "--python") python = value;
      else problem = choose(arg, { kind: "prefix", prefix: path.resolve(cwd, value) });
    } else return `unknown argument ${arg}`;
    if (problem !== undefined) return problem;
  }
  return { target, python, help };
}

/**
 * The `sys.prefix` of a Python (`/usr` for Debian's `/usr/bin/python3`).
 *
 * @param python - the interpreter to ask.
 * @returns an absolute path.
 * @throws Error naming the Python when it does not run.
 * @example
 * ```ts
 * pythonSysPrefix("/usr/bin/python3"); // "/usr"
 * ```
 */
export function pythonSysPrefix(python: string): string {
  const result = spawnSync(python, ["-c", "import sys; print(sys.prefix)"], {
    encoding: "utf8",
    timeout: 30_000,
  });
  const prefix = result.status === 0 ? result.stdout.trim() : "";
  if (prefix === "" || !path.isAbsolute(prefix)) {
    throw new Error(
      `pythonSysPrefix: ${python} did not print its sys.prefix (exit ${result.status ?? result.signal ?? "?"}): ${result.stderr ?? result.error?.message ?? ""}`,
    );
  }
  return prefix;
}

/**
 * The folders on the way to `target` (itself included) that other users cannot enter or
 * read: a kernel installed for every user runs `node_modules/.bin/tslab` of this checkout as
 * each user, so the checkout must be readable by all (for example under `/opt`, not `/root`).
 *
 * @param target - a file or folder that every user must reach.
 * @returns the paths lacking the "others" read or execute bit, outermost first; `[]` when all
 *   users can reach it.
 * @example
 * ```ts
 * blockedForOthers("/opt/siamese-lab/node_modules/.bin/tslab"); // []
 * ```
 */
export function blockedForOthers(target: string): string[] {
  const blocked: string[] = [];
  const resolved = fs.realpathSync(target);
  let current = resolved;
  const chain: string[] = [];
  for (;;) {
    chain.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const entry of chain) {
    const mode = fs.statSync(entry).mode;
    const needed = entry === resolved && !fs.statSync(entry).isDirectory() ? 0o004 : 0o005;
    if ((mode & needed) !== needed) blocked.push(entry);
  }
  return blocked;
}
