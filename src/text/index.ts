export { Tokenizer } from "./tokenizer";
export type { PunctuationMode, TokenizerConfig, TokenizerOptions } from "./tokenizer";
export { Vocabulary } from "./vocabulary";
export type { VocabularyJSON, VocabularyOptions } from "./vocabulary";
export { encode } from "./encode";
export { pad } from "./pad";
export type { PadOptions } from "./pad";
export { normalizeQuestion } from "./normalize-question";
export { tokenJaccard, setJaccard } from "./token-jaccard";
