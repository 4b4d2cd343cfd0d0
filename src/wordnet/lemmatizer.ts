import * as fs from "node:fs";
import * as path from "node:path";
import { describeValue, invalidArgument } from "../validate";
import { WORDNET_POS, wordNetFiles, type WordNetPos } from "./wordnet-files";

/**
 * WordNet's detachment rules (morphy): an inflected ending and what replaces it. Tried in this
 * order per part of speech; a candidate counts only when WordNet lists it as a lemma.
 */
/**
 * The exception lists in the order they are asked: irregular verb forms ("went", "bought",
 * "forgot") are far more common in questions than irregular plurals.
 */
const EXCEPTION_ORDER: readonly WordNetPos[] = ["verb", "noun", "adj", "adv"];

const DETACHMENT_RULES: Readonly<Record<WordNetPos, readonly (readonly [string, string])[]>> = {
  noun: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  verb: [
    ["s", ""],
    ["ies", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  adj: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
  adv: [],
};

/**
 * Closed-class words that WordNet's rules or exception lists would turn into unrelated content
 * words ("its" -> "it" as in information technology, "does" -> "doe", "as" -> "a"): kept as
 * they are, since they carry grammar, not the topic.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the this that these those is am are was were be been being do does did done has have " +
    "had having its it's his hers ours yours theirs us as was whereas thus yes less unless " +
    "across towards afterwards sometimes always perhaps besides whose whom who which what " +
    "there here others ones"
  ).split(" "),
);

/**
 * Reduces inflected English words to their dictionary form with WordNet's morphology (the
 * `morphy` algorithm of WordNet's own tools): irregular forms from WordNet's exception lists
 * ("went" -> "go", "children" -> "child", "resetting" -> "reset"), then the detachment rules
 * ("cars" -> "car", "boxes" -> "box", "changed" -> "change"), keeping a candidate only when
 * WordNet lists it as a lemma.
 *
 * Unlike morphy, which is asked for one part of speech, {@link Lemmatizer.lemmatize} is given
 * a bare word, so it decides in this order: closed-class words ("its", "does", "as") stay as they are; an
 * exception-list entry (verb, noun, adjective, adverb); the word itself when it is a noun or verb lemma ("learning", "news"); the first
 * rule that gives a lemma (noun, verb, adjective rules); the word itself. Adjective-only
 * lemmas come after the rules, so that participles such as "changed" still reach their verb.
 * Words WordNet does not know are returned unchanged.
 *
 * @example
 * ```ts
 * const lemmatizer = Lemmatizer.wordNet();
 * lemmatizer.lemmatize("resetting"); // "reset"
 * lemmatizer.lemmatize("cars"); // "car"
 * lemmatizer.lemmatize("iphone"); // "iphone" (unknown to WordNet)
 * ```
 */
export class Lemmatizer {
  private static shared: Lemmatizer | undefined;
  private readonly lemmas: Readonly<Record<WordNetPos, ReadonlySet<string>>>;
  private readonly exceptions: Readonly<Record<WordNetPos, ReadonlyMap<string, string>>>;
  private readonly memo = new Map<string, string>();

  /**
   * @param lemmas - the single-word lemmas of each part of speech, lower case.
   * @param exceptions - irregular form -> lemma, per part of speech.
   */
  constructor(
    lemmas: Readonly<Record<WordNetPos, ReadonlySet<string>>>,
    exceptions: Readonly<Record<WordNetPos, ReadonlyMap<string, string>>>,
  ) {
    this.lemmas = lemmas;
    this.exceptions = exceptions;
  }

  /**
   * The lemmatizer over the WordNet 3.1 index installed with siamese-lab and WordNet's
   * exception lists. Reading them takes about half a second, once per process.
   *
   * @returns the shared instance.
   * @throws Error when the WordNet packages are missing.
   */
  static wordNet(): Lemmatizer {
    if (Lemmatizer.shared !== undefined) return Lemmatizer.shared;
    const files = wordNetFiles();
    const lemmas = {} as Record<WordNetPos, Set<string>>;
    const exceptions = {} as Record<WordNetPos, Map<string, string>>;
    for (const pos of WORDNET_POS) {
      const set = new Set<string>();
      for (const line of fs
        .readFileSync(path.join(files.dict, `index.${pos}`), "latin1")
        .split("\n")) {
        if (line.length === 0 || line.startsWith(" ")) continue;
        const lemma = line.slice(0, line.indexOf(" ")).toLowerCase();
        if (!lemma.includes("_")) set.add(lemma);
      }
      lemmas[pos] = set;
      const map = new Map<string, string>();
      const exc = path.join(files.exceptions, `${pos}.exc`);
      for (const line of fs.readFileSync(exc, "latin1").split("\n")) {
        const [form, lemma] = line.trim().split(" ");
        if (form === undefined || lemma === undefined || form.includes("_")) continue;
        if (!map.has(form)) map.set(form, lemma);
      }
      exceptions[pos] = map;
    }
    Lemmatizer.shared = new Lemmatizer(lemmas, exceptions);
    return Lemmatizer.shared;
  }

  /**
   * Whether WordNet lists `word` as a single-word lemma.
   *
   * @param word - a lower-case word.
   * @param pos - one part of speech, or any when absent.
   */
  isLemma(word: string, pos?: WordNetPos): boolean {
    return pos === undefined
      ? WORDNET_POS.some((p) => this.lemmas[p].has(word))
      : this.lemmas[pos].has(word);
  }

  /**
   * The dictionary form of a word.
   *
   * @param word - one lower-case word (a token of the `Tokenizer`).
   * @returns its lemma, or the word itself when WordNet has none.
   * @throws Error when `word` is not a string.
   */
  lemmatize(word: string): string {
    if (typeof word !== "string") {
      throw invalidArgument("Lemmatizer.lemmatize", "word", "a string", describeValue(word));
    }
    const known = this.memo.get(word);
    if (known !== undefined) return known;
    const lemma = this.find(word);
    this.memo.set(word, lemma);
    return lemma;
  }

  private find(word: string): string {
    if (FUNCTION_WORDS.has(word)) return word;
    for (const pos of EXCEPTION_ORDER) {
      const lemma = this.exceptions[pos].get(word);
      if (lemma !== undefined) return lemma;
    }
    if (this.lemmas.noun.has(word) || this.lemmas.verb.has(word)) return word;
    for (const pos of ["noun", "verb", "adj"] as const) {
      for (const [ending, replacement] of DETACHMENT_RULES[pos]) {
        if (word.length <= ending.length + 1 || !word.endsWith(ending)) continue;
        const candidate = word.slice(0, word.length - ending.length) + replacement;
        if (this.lemmas[pos].has(candidate)) return candidate;
      }
    }
    return word;
  }
}
