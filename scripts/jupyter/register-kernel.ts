import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { writeFileAtomicSync } from "../../src/io";

/** The kernel name notebooks of this project ask for (`metadata.kernelspec.name`). */
export const KERNEL_NAME = "siamese-lab";

/** The name JupyterLab's launcher and kernel picker show. */
export const KERNEL_DISPLAY_NAME = "siamese-lab (TypeScript)";

/** Options of {@link registerKernel}. */
export interface RegisterKernelOptions {
  /** A Python with Jupyter (jupyter_client and IPython), which tslab's installer runs under. */
  readonly python: string;
  /** Installs under `<prefix>/share/jupyter/kernels/siamese-lab/`. */
  readonly prefix: string;
  /** The project root, whose `node_modules` holds tslab (default: this checkout). */
  readonly root?: string;
}

/** A registered kernel. */
export interface KernelRegistration {
  /** The kernel name, {@link KERNEL_NAME}. */
  readonly name: string;
  /** The folder holding `kernel.json`. */
  readonly kernelDir: string;
  /** The folder to put on `JUPYTER_PATH` so Jupyter finds the kernel. */
  readonly jupyterPath: string;
  /** The command Jupyter runs to start the kernel. */
  readonly argv: readonly string[];
}

const projectRoot = path.resolve(__dirname, "..", "..");

/**
 * Registers this project's tslab kernel as `siamese-lab` ("siamese-lab (TypeScript)") under
 * `prefix`, leaving the user's own Jupyter setup untouched.
 *
 * It runs `tslab install --python <python> --binary <root>/node_modules/.bin/tslab --prefix
 * <prefix>` (tslab's installer, which writes a `tslab` and a `jslab` kernel), then writes
 * the `siamese-lab` kernel from the TypeScript one and removes the two generic ones (unless
 * they were in the prefix before). The kernel runs this checkout's tslab by
 * absolute path, so notebooks import this checkout's `siamese-lab`. Jupyter finds the kernel
 * when `JUPYTER_PATH` includes `jupyterPath` (see {@link jupyterEnvironment}).
 *
 * @returns where the kernel is and how Jupyter starts it.
 * @throws Error when tslab is not installed or its installer fails (with its output).
 * @example
 * ```ts
 * const kernel = registerKernel({ python: "/usr/bin/python3", prefix: ".jupyter" });
 * spawn(python, ["-m", "jupyterlab"], { env: jupyterEnvironment(kernel) });
 * ```
 */
export function registerKernel(options: RegisterKernelOptions): KernelRegistration {
  const root = path.resolve(options.root ?? projectRoot);
  const prefix = path.resolve(options.prefix);
  const tslabMain = path.join(root, "node_modules", "tslab", "bin", "tslab");
  const binary = path.join(
    root,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "tslab.cmd" : "tslab",
  );
  if (!fs.existsSync(tslabMain) || !fs.existsSync(binary)) {
    throw new Error(
      `registerKernel: tslab is not installed in ${root}/node_modules: run npm install first`,
    );
  }
  const kernels = path.join(prefix, "share", "jupyter", "kernels");
  // tslab's installer also writes generic "tslab" and "jslab" kernels; remove them afterwards
  // unless they were there before (a shared prefix may hold the user's own).
  const generic = ["tslab", "jslab"].filter((name) => !fs.existsSync(path.join(kernels, name)));
  const result = spawnSync(
    process.execPath,
    [tslabMain, "install", "--python", options.python, "--binary", binary, "--prefix", prefix],
    { encoding: "utf8", timeout: 120_000 },
  );
  const installed = path.join(kernels, "tslab", "kernel.json");
  if (result.status !== 0 || !fs.existsSync(installed)) {
    throw new Error(
      `registerKernel: 'tslab install' failed (exit ${result.status ?? result.signal ?? "?"}):\n${result.stdout ?? ""}${result.stderr ?? ""}${result.error?.message ?? ""}`,
    );
  }
  const spec = JSON.parse(fs.readFileSync(installed, "utf8")) as { argv?: unknown };
  if (!Array.isArray(spec.argv) || !spec.argv.every((a) => typeof a === "string")) {
    throw new Error(`registerKernel: unexpected kernel.json from tslab: ${JSON.stringify(spec)}`);
  }
  const argv = spec.argv as string[];
  const kernelDir = path.join(kernels, KERNEL_NAME);
  const kernelJson = {
    argv,
    display_name: KERNEL_DISPLAY_NAME,
    language: "typescript",
    metadata: { description: "tslab TypeScript kernel running this checkout's siamese-lab" },
  };
  writeFileAtomicSync(
    path.join(kernelDir, "kernel.json"),
    `${JSON.stringify(kernelJson, null, 2)}\n`,
  );
  for (const name of generic) fs.rmSync(path.join(kernels, name), { recursive: true, force: true });
  return { name: KERNEL_NAME, kernelDir, jupyterPath: path.join(prefix, "share", "jupyter"), argv };
}

/**
 * The environment Jupyter needs to find the kernel: `env` with the registration's folder put
 * first on `JUPYTER_PATH`.
 *
 * @example
 * ```ts
 * jupyterEnvironment(kernel, { PATH: "/usr/bin" }).JUPYTER_PATH; // "<prefix>/share/jupyter"
 * ```
 */
export function jupyterEnvironment(
  kernel: KernelRegistration,
  env: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const existing = env.JUPYTER_PATH;
  return {
    ...env,
    JUPYTER_PATH:
      existing === undefined || existing === ""
        ? kernel.jupyterPath
        : `${kernel.jupyterPath}${path.delimiter}${existing}`,
  };
}
