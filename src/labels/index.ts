export type { Labels } from "./labels";
