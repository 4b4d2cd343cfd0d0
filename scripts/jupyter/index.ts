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
