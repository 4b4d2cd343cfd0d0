export { Tokenizer } from "./tokenizer";
export type { PunctuationMode, TokenizerConfig, TokenizerOptions } from "./tokenizer";
export { Vocabulary } from "./vocabulary";
export type {
  VocabularyJSON,
  VocabularyOptions,
  WordVectorReference,
  WordVectorTable,
} from "./vocabulary";
export { encode } from "./encode";
export { pad } from "./pad";
export type { PadOptions } from "./pad";
export { normalizeQuestion } from "./normalize-question";
export { tokenJaccard, setJaccard } from "./token-jaccard";
export { hashToken } from "./hash-token";
export { dropTokens } from "./drop-tokens";
