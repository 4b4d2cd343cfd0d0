export * from "./backend";
export * from "./random";
export * from "./similarity";
export * from "./losses";
export * from "./mining";
export * from "./eval";
export * from "./data";
export * from "./text";
export * from "./wordnet";
export * from "./embeddings";
export * from "./train";
export * from "./notebook";
export * from "./quiz";
export * from "./model";
export * from "./viz";
export * from "./io";
export * from "./detector";
// The argument checks stay internal; only the input types that public signatures name are public.
export type { MatrixLike, VectorLike } from "./validate";
