export { tripletKind } from "./triplet-kind";
export type { TripletKind } from "./triplet-kind";
export { mineTriplets } from "./mine-triplets";
export type { MineTripletsOptions } from "./mine-triplets";
