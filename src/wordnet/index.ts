export { Lemmatizer } from "./lemmatizer";
export { readWordNet } from "./read-wordnet";
export type { Synset, WordNet, WordNetPointer } from "./read-wordnet";
export { wordNetFiles, WORDNET_POS } from "./wordnet-files";
export type { WordNetFiles, WordNetPos } from "./wordnet-files";
