export { createRandom } from "./random";
export type { Random } from "./random";
