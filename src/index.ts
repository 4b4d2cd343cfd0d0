export * from "./backend";
export * from "./random";
export * from "./similarity";
export * from "./losses";
export * from "./mining";
export * from "./eval";
export * from "./data";
export * from "./text";
