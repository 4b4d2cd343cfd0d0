import { normalizeQuestion } from "../../src/text";
import { setJaccard, wordSet } from "../../src/text/token-jaccard";
import { PAIR_PLAN } from "./make-pairs";
import { similarPairs } from "./similar-pairs";
import type { SourceTopic } from "./source-corpus";

/**
 * The limits of the corpus review. They catch what the format checks cannot: paraphrases that
 * only reorder words, questions copied between groups with a word changed, and templates
 * filled in many times.
 */
export const REVIEW_LIMITS = {
  /** A group whose questions share this much on average says the same words, not the same need. */
  maxGroupJaccard: 0.45,
  /** The corpus-wide mean token Jaccard within groups may not exceed this. */
  maxMeanWithinJaccard: 0.21,
  /** Two questions of different groups this close are the same question. */
  nearDuplicateJaccard: 0.9,
  /** A one-word-swap frame shared by this many families is a template, not writing. */
  templateFamilies: 3,
  /** Frames shorter than this many words are too common to mean anything. */
  templateMinWords: 5,
} as const;

/** What {@link reviewTopics} found. */
export interface ReviewReport {
  /** One line per reviewed topic with its numbers. */
  readonly summary: string[];
  /** Problems that fail the review, each naming the file and group. */
  readonly errors: string[];
  /** Things worth a look that do not fail the review. */
  readonly warnings: string[];
  /** Mean token Jaccard over every within-group question pair of the reviewed topics. */
  readonly meanWithinJaccard: number;
  /** Cross-group pairs inside one family with token Jaccard >= the hard overlap. */
  readonly familyHardPairs: number;
}

interface Entry {
  readonly text: string;
  readonly words: readonly string[];
  readonly set: Set<string>;
  readonly group: string;
  readonly family: string;
  readonly topic: string;
  readonly file: string;
}

function entries(topics: readonly SourceTopic[]): Entry[] {
  const list: Entry[] = [];
  for (const topic of topics) {
    for (const family of topic.families) {
      for (const group of family.groups) {
        for (const text of group.questions) {
          const set = wordSet(text);
          list.push({
            text,
            words: normalizeQuestion(text).split(" "),
            set,
            group: group.id,
            family: family.id,
            topic: topic.topic,
            file: topic.file,
          });
        }
      }
    }
  }
  return list;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * Reviews topic files against each other and against the rest of the corpus.
 *
 * Errors: a group whose questions share almost all their words (mean token Jaccard above
 * {@link REVIEW_LIMITS.maxGroupJaccard}); two questions of different families that are near
 * duplicates (token Jaccard >= 0.9); an intent written twice; a one-word-swap frame ("how do i
 * * my password") shared by three or more families, which is a template filled in, not
 * writing. Warnings: a family of several groups with no hard negative between them, intents
 * across topics that share most words, and groups whose words fit another topic far better
 * than their own (TF-IDF over topics).
 *
 * @param reviewed - the topics under review.
 * @param others - the rest of the corpus, compared with but not reported on.
 * @returns the report; `errors` empty means the review passed.
 */
export function reviewTopics(
  reviewed: readonly SourceTopic[],
  others: readonly SourceTopic[],
): ReviewReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const summary: string[] = [];
  const within: number[] = [];
  let familyHardPairs = 0;

  for (const topic of reviewed) {
    const topicWithin: number[] = [];
    let topicHard = 0;
    let groups = 0;
    let questions = 0;
    for (const family of topic.families) {
      const sets = family.groups.map((group) => group.questions.map((q) => wordSet(q)));
      family.groups.forEach((group, g) => {
        groups++;
        questions += group.questions.length;
        const own = sets[g] as Set<string>[];
        const values: number[] = [];
        for (let i = 0; i < own.length; i++) {
          for (let j = i + 1; j < own.length; j++) {
            values.push(setJaccard(own[i] as Set<string>, own[j] as Set<string>));
          }
        }
        topicWithin.push(...values);
        if (mean(values) > REVIEW_LIMITS.maxGroupJaccard) {
          errors.push(
            `${topic.file}: group ${group.id}: its questions share too many words (mean token ` +
              `Jaccard ${mean(values).toFixed(2)} > ${REVIEW_LIMITS.maxGroupJaccard}); ` +
              "paraphrase with other words",
          );
        }
      });
      let hard = 0;
      for (let a = 0; a < sets.length; a++) {
        for (let b = a + 1; b < sets.length; b++) {
          for (const x of sets[a] as Set<string>[]) {
            for (const y of sets[b] as Set<string>[]) {
              if (setJaccard(x, y) >= PAIR_PLAN.hardOverlap) hard++;
            }
          }
        }
      }
      if (family.groups.length > 1 && hard === 0) {
        warnings.push(
          `${topic.file}: family ${family.id}: its groups have no question pair with token ` +
            `Jaccard >= ${PAIR_PLAN.hardOverlap} (no hard negatives)`,
        );
      }
      topicHard += hard;
    }
    within.push(...topicWithin);
    familyHardPairs += topicHard;
    summary.push(
      `${topic.topic}: ${topic.families.length} families, ${groups} groups, ${questions} ` +
        `questions; mean within-group Jaccard ${mean(topicWithin).toFixed(3)}; ` +
        `${topicHard} hard pairs inside families (${(topicHard / Math.max(1, groups)).toFixed(2)} per group)`,
    );
  }

  const mine = entries(reviewed);
  const all = [...mine, ...entries(others)];
  nearDuplicates(mine, all, errors);
  repeatedIntents(reviewed, others, errors, warnings);
  templates(mine, all, errors);
  wrongTopics(reviewed, [...reviewed, ...others], warnings);
  return { summary, errors, warnings, meanWithinJaccard: mean(within), familyHardPairs };
}

/** Pairs of questions in different families with token Jaccard >= 0.9 ({@link similarPairs}). */
function nearDuplicates(mine: readonly Entry[], all: readonly Entry[], errors: string[]): void {
  const mineSet = new Set(mine);
  const pairs = similarPairs(
    all.map((entry) => entry.set),
    REVIEW_LIMITS.nearDuplicateJaccard,
    // Contrast groups of one family may reorder the same words on purpose ("string to int"
    // vs "int to string"): that is a hard negative, not a repeat.
    (a, b) => (all[a] as Entry).family === (all[b] as Entry).family,
  );
  for (const { a, b, overlap } of pairs) {
    const [first, second] = [all[a] as Entry, all[b] as Entry];
    const [entry, other] = mineSet.has(first) ? [first, second] : [second, first];
    if (!mineSet.has(entry)) continue;
    errors.push(
      `${entry.file}: group ${entry.group}: ${JSON.stringify(entry.text)} is nearly the same ` +
        `as ${other.file}: group ${other.group}: ${JSON.stringify(other.text)} (token Jaccard ` +
        `${overlap.toFixed(2)})`,
    );
  }
}

function normalizeIntent(intent: string): string {
  return normalizeQuestion(intent);
}

function repeatedIntents(
  reviewed: readonly SourceTopic[],
  others: readonly SourceTopic[],
  errors: string[],
  warnings: string[],
): void {
  const first = new Map<string, string>();
  const describe = (topic: SourceTopic, group: string): string => `${topic.file}: group ${group}`;
  // The rest of the corpus first, so that a reviewed intent repeating any other is reported.
  const everyGroup = [...others, ...reviewed].flatMap((topic) =>
    topic.families.flatMap((family) => family.groups.map((group) => ({ topic, group }))),
  );
  const reviewedTopics = new Set(reviewed);
  for (const { topic, group } of everyGroup) {
    const key = normalizeIntent(group.intent);
    const seen = first.get(key);
    if (seen !== undefined && reviewedTopics.has(topic)) {
      errors.push(
        `${describe(topic, group.id)}: intent ${JSON.stringify(group.intent)} repeats ${seen}`,
      );
    } else if (seen === undefined) first.set(key, describe(topic, group.id));
  }
  // Close intents in different topics may be the same need written twice.
  const sets = everyGroup.map(({ topic, group }) => ({ topic, group, set: wordSet(group.intent) }));
  for (const a of sets) {
    if (!reviewedTopics.has(a.topic) || a.set.size < 3) continue;
    for (const b of sets) {
      if (b.topic === a.topic || b.set.size < 3) continue;
      if (reviewedTopics.has(b.topic) && b.group.id < a.group.id) continue;
      if (setJaccard(a.set, b.set) >= 0.8) {
        warnings.push(
          `${describe(a.topic, a.group.id)} "${a.group.intent}" is close to ` +
            `${describe(b.topic, b.group.id)} "${b.group.intent}": the same need in two topics?`,
        );
      }
    }
  }
}

/**
 * One-word-swap frames: every question of at least {@link REVIEW_LIMITS.templateMinWords} words
 * gives one frame per position, with that word replaced by `*`. A frame that three or more
 * families fill in is a template ("what is the best * for beginners"). Contrast groups inside
 * one family share frames on purpose; that is why families, not groups, are counted.
 */
function templates(mine: readonly Entry[], all: readonly Entry[], errors: string[]): void {
  const frames = new Map<string, Map<string, Entry>>();
  for (const entry of all) {
    if (entry.words.length < REVIEW_LIMITS.templateMinWords) continue;
    for (let i = 0; i < entry.words.length; i++) {
      const frame = [...entry.words.slice(0, i), "*", ...entry.words.slice(i + 1)].join(" ");
      const families = frames.get(frame) ?? new Map<string, Entry>();
      if (!families.has(entry.family)) families.set(entry.family, entry);
      frames.set(frame, families);
    }
  }
  const mineFamilies = new Set(mine.map((entry) => entry.family));
  for (const [frame, families] of frames) {
    if (families.size < REVIEW_LIMITS.templateFamilies) continue;
    const involved = [...families.values()];
    if (!involved.some((entry) => mineFamilies.has(entry.family))) continue;
    errors.push(
      `template "${frame}" is filled in by ${families.size} families: ` +
        involved.map((entry) => `${entry.group} ${JSON.stringify(entry.text)}`).join("; ") +
        ". Rewrite all but one in other words",
    );
  }
}

/**
 * Groups that read like another topic: each topic is one document of TF-IDF weighted words
 * (log counts over its questions, idf over topics); a group whose words score at least twice
 * as high (and at least 0.3) against another topic as against its own topic without the group
 * itself is flagged.
 * Needs at least three topics.
 */
function wrongTopics(
  reviewed: readonly SourceTopic[],
  all: readonly SourceTopic[],
  warnings: string[],
): void {
  if (all.length < 3) return;
  const countWords = (questions: readonly string[], bag = new Map<string, number>()) => {
    for (const question of questions) {
      for (const word of wordSet(question)) bag.set(word, (bag.get(word) ?? 0) + 1);
    }
    return bag;
  };
  const bags = new Map<string, Map<string, number>>();
  for (const topic of all) {
    const bag = new Map<string, number>();
    for (const family of topic.families) {
      for (const group of family.groups) countWords(group.questions, bag);
    }
    bags.set(topic.topic, bag);
  }
  const documentFrequency = new Map<string, number>();
  for (const bag of bags.values()) {
    for (const word of bag.keys())
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const idf = (word: string): number =>
    Math.log(all.length / (documentFrequency.get(word) ?? all.length));
  const weight = (count: number, word: string): number => Math.log(1 + count) * idf(word);
  const norms = new Map<string, number>();
  for (const [name, bag] of bags) {
    let sum = 0;
    for (const [word, count] of bag) sum += weight(count, word) ** 2;
    norms.set(name, sum);
  }
  /** Cosine-like score of a group's words against a topic, the group's own counts left out. */
  const score = (name: string, words: ReadonlyMap<string, number>, own: boolean): number => {
    const bag = bags.get(name) as Map<string, number>;
    let norm = norms.get(name) as number;
    let dot = 0;
    for (const [word, mine] of words) {
      const count = bag.get(word) ?? 0;
      const left = own ? count - mine : count;
      if (own) norm += weight(left, word) ** 2 - weight(count, word) ** 2;
      dot += weight(left, word) * idf(word);
    }
    return norm > 0 ? dot / Math.sqrt(norm) : 0;
  };
  for (const topic of reviewed) {
    for (const family of topic.families) {
      for (const group of family.groups) {
        const words = countWords(group.questions);
        const own = score(topic.topic, words, true);
        let best = { name: topic.topic, value: own };
        for (const other of bags.keys()) {
          if (other === topic.topic) continue;
          const value = score(other, words, false);
          if (value > best.value) best = { name: other, value };
        }
        if (best.name !== topic.topic && best.value >= 0.3 && best.value >= 2 * own) {
          warnings.push(
            `${topic.file}: group ${group.id} "${group.intent}" reads more like topic ` +
              `${best.name} (word score ${best.value.toFixed(2)} vs ${own.toFixed(2)} for its own)`,
          );
        }
      }
    }
  }
}
