/**
 * English function words that say little about a word's meaning when they appear in its
 * gloss or next to it in a question. Written for siamese-lab; used only to choose contexts
 * when word vectors are built, never to drop words from questions.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before " +
    "being below between both but by can could did do does doing down during each either else " +
    "etc few for from further had has have having he her here hers herself him himself his how " +
    "i if in into is it it's its itself just me might more most much must my myself no nor not " +
    "now of off on once one only or other ought our ours ourselves out over own same she should " +
    "so some something someone such than that the their theirs them themselves then there these " +
    "they this those through to too under until up upon us used usually very was we were what " +
    "when where whether which while who whom whose why will with within without would you your " +
    "yours yourself yourselves especially often"
  ).split(" "),
);
