// `npm start`: registers this project's tslab kernel ("siamese-lab (TypeScript)") under the
// git-ignored .jupyter/ folder and opens JupyterLab (or the classic Notebook, when that is what
// is installed) on notebooks/. Extra arguments go to Jupyter: `npm start -- --no-browser`.
// Exits non-zero, saying what to install, when there is no Jupyter.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  KERNEL_NAME,
  findJupyterPython,
  jupyterEnvironment,
  jupyterInstallHelp,
  registerKernel,
} from "./jupyter";

const root = path.resolve(__dirname, "..");

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

function main(): void {
  if (!fs.existsSync(path.join(root, "node_modules", "tslab"))) {
    fail("dependencies are missing: run npm install first.");
  }
  if (!fs.existsSync(path.join(root, "dist", "src", "index.js"))) {
    fail("the library is not built (dist/ is missing): run npm run build first.");
  }
  // Notebooks import "siamese-lab" through node_modules/siamese-lab; `npm install <pkg>` can
  // remove that link, so make sure it is there.
  const link = spawnSync(process.execPath, [path.join(root, "scripts", "link-self.cjs")], {
    stdio: "inherit",
  });
  if (link.status !== 0) fail("could not link node_modules/siamese-lab to this checkout.");

  const search = findJupyterPython("server");
  if (!search.found) {
    console.error(jupyterInstallHelp("server", search.tried));
    process.exit(1);
  }
  const { python, modules } = search.probe;
  const kernel = registerKernel({ python, prefix: path.join(root, ".jupyter") });
  const notebooks = path.join(root, "notebooks");
  fs.mkdirSync(notebooks, { recursive: true });

  const app = modules.jupyterlab ? "jupyterlab" : "notebook";
  const args = [
    "-m",
    app,
    // New notebooks get this project's kernel too.
    `--MultiKernelManager.default_kernel_name=${KERNEL_NAME}`,
    // Jupyter refuses to run as root (containers, CI machines) without this.
    ...(process.getuid?.() === 0 ? ["--allow-root"] : []),
    ...process.argv.slice(2),
  ];
  console.log(
    `npm start: kernel '${KERNEL_NAME}' registered in ${path.relative(root, kernel.kernelDir)}; ` +
      `opening ${app === "jupyterlab" ? "JupyterLab" : "the classic Jupyter Notebook"} on notebooks/ ` +
      `(${python} ${args.join(" ")}). Stop it with Ctrl-C.`,
  );
  const child = spawn(python, args, {
    cwd: notebooks,
    env: jupyterEnvironment(kernel),
    stdio: "inherit",
  });
  // Ctrl-C reaches Jupyter too (same terminal), which asks to confirm and then shuts down:
  // stay alive until it has. Other stop signals are passed on.
  process.on("SIGINT", () => {});
  for (const signal of ["SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("error", (error) => fail(`could not start ${python}: ${error.message}`));
  child.on("exit", (code, signal) =>
    process.exit(code ?? 128 + (signal === null ? 0 : os.constants.signals[signal])),
  );
}

main();
