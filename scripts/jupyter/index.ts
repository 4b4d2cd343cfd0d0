export {
  JUPYTER_MODULES,
  findJupyterPython,
  jupyterInstallHelp,
  probePython,
  pythonCandidates,
  satisfies,
  shebangPython,
  whichCommand,
} from "./find-jupyter-python";
export type {
  JupyterModule,
  JupyterNeed,
  JupyterPythonSearch,
  PythonProbe,
} from "./find-jupyter-python";
export {
  KERNEL_DISPLAY_NAME,
  KERNEL_NAME,
  jupyterEnvironment,
  registerKernel,
} from "./register-kernel";
export type { KernelRegistration, RegisterKernelOptions } from "./register-kernel";
export {
  KERNEL_INSTALL_USAGE,
  blockedForOthers,
  parseKernelInstallArgs,
  pythonSysPrefix,
} from "./kernel-install-target";
export type { KernelInstallArgs, KernelInstallTarget } from "./kernel-install-target";
