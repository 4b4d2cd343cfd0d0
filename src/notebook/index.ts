export { tslabKernel } from "./tslab-kernel";
export type { KernelDisplay, TslabKernel } from "./tslab-kernel";
