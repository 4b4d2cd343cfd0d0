export type { Labels } from "./labels";
export type { TripletIndices } from "./triplet-indices";
