// `npm run kernel:install`: registers the "siamese-lab (TypeScript)" kernel in this checkout's
// .jupyter/ (as npm start does), system-wide (--sys-prefix: what JupyterHub's single-user
// servers need), or under a prefix. See KERNEL_INSTALL_USAGE.
import * as fs from "node:fs";
import * as path from "node:path";
import {
  KERNEL_INSTALL_USAGE,
  blockedForOthers,
  findJupyterPython,
  jupyterInstallHelp,
  parseKernelInstallArgs,
  probePython,
  pythonSysPrefix,
  registerKernel,
} from "./jupyter";

const root = path.resolve(__dirname, "..");

function fail(message: string, code = 1): never {
  console.error(`kernel:install: ${message}`);
  process.exit(code);
}

function main(): void {
  const args = parseKernelInstallArgs(process.argv.slice(2), process.cwd());
  if (typeof args === "string") fail(`${args}\n\n${KERNEL_INSTALL_USAGE}`, 2);
  if (args.help) {
    console.log(KERNEL_INSTALL_USAGE);
    return;
  }
  if (!fs.existsSync(path.join(root, "dist", "src", "index.js"))) {
    fail("the library is not built (dist/ is missing): run npm install (or npm run build) first.");
  }
  let python = args.python;
  if (python === undefined) {
    const search = findJupyterPython("server");
    if (!search.found) fail(jupyterInstallHelp("server", search.tried));
    python = search.probe.python;
  } else if (probePython(python) === undefined) {
    fail(`--python ${python} does not run as Python 3`, 2);
  }
  const prefix =
    args.target.kind === "project"
      ? path.join(root, ".jupyter")
      : args.target.kind === "sys-prefix"
        ? pythonSysPrefix(python)
        : args.target.prefix;
  const kernel = registerKernel({ python, prefix });
  console.log(`kernel:install: kernel '${kernel.name}' registered in ${kernel.kernelDir}`);
  if (args.target.kind === "project") {
    console.log(`  Jupyter finds it with JUPYTER_PATH=${kernel.jupyterPath} (npm start sets it).`);
    return;
  }
  if (args.target.kind === "prefix") {
    console.log(`  Jupyter finds it with JUPYTER_PATH=${kernel.jupyterPath}.`);
  }
  // Every user runs this checkout's tslab: say so when they cannot reach it.
  const blocked = blockedForOthers(kernel.argv[0] ?? root);
  if (blocked.length > 0) {
    console.warn(
      `kernel:install: other users cannot reach ${kernel.argv[0]}: ${blocked.join(", ")} ` +
        `lack the read/execute bits for others. Put the checkout where all users can read it ` +
        `(for example /opt/siamese-lab) or chmod o+rx those folders.`,
    );
  }
}

try {
  main();
} catch (error) {
  fail((error as Error).message);
}
