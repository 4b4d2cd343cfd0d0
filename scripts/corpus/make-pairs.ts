import { SPLITS, type Split } from "../../src/data";
import { createRandom, type Random } from "../../src/random";
import { setJaccard, wordSet } from "../../src/text/token-jaccard";
import { similarPairs } from "./similar-pairs";
import { subSeed, type CorpusPair, type CorpusQuestion } from "./source-corpus";

/** How `pairs.tsv` is composed. */
export const PAIR_PLAN = {
  /** The share of duplicates among all pairs (the issue asks for 35-40%). */
  duplicateShare: 0.38,
  /** The share of hard pairs among the non-duplicates (at least 35%). */
  hardShare: 0.35,
  /** A non-duplicate is hard when the token Jaccard of its questions is at least this. */
  hardOverlap: 0.5,
} as const;

/** Where a non-duplicate's two groups sit relative to each other. */
export type NegativeKind = "sameFamily" | "sameTopic" | "otherTopic";

/** The pairs of the corpus and what limited their number. */
export interface PairsResult {
  /** All pairs, split by split (train, validation, test, oneshot), ids from 0. */
  readonly pairs: CorpusPair[];
  /** Per split: the cross-group pairs with overlap >= {@link PAIR_PLAN.hardOverlap}. */
  readonly hardAvailable: Readonly<Record<Split, number>>;
}

/**
 * Builds the labelled pairs of every split from the split's questions only, so both questions
 * of a pair always share a split.
 *
 * The hard negatives set the size. Per split, every cross-group pair with token Jaccard
 * >= 0.5 is taken (ordered: same family, then same topic, then other topics; higher overlap
 * first) — there are few, since only contrast groups were written to share words. With `H`
 * of them the split gets `N = floor(H / 0.35)` non-duplicates, so exactly the planned share is
 * hard, and `D = round(N * 0.38 / 0.62)` duplicates. The duplicates are spread evenly over the
 * groups (round robin over the groups in random order, random pairs within a group). The other
 * `N - H` non-duplicates are random cross-group pairs with overlap below 0.5, half from the same
 * topic and half from other topics. No pair of questions appears twice; pair order and the
 * order inside each pair are shuffled.
 *
 * @param questions - every question of the corpus with its split.
 * @param seed - the corpus seed.
 * @returns the pairs and the hard negatives each split had.
 */
export function makePairs(questions: readonly CorpusQuestion[], seed: number): PairsResult {
  const all: Omit<CorpusPair, "id">[] = [];
  const hardAvailable = Object.fromEntries(SPLITS.map((split) => [split, 0])) as Record<
    Split,
    number
  >;
  for (const split of SPLITS) {
    const inSplit = questions.filter((question) => question.split === split);
    const random = createRandom(subSeed(seed, "pairs", split));
    const { pairs, hard } = splitPairs(inSplit, split, random);
    hardAvailable[split] = hard;
    all.push(...pairs);
  }
  return { pairs: all.map((pair, id) => ({ id, ...pair })), hardAvailable };
}

/** The kind of a cross-group pair. */
export function negativeKind(a: CorpusQuestion, b: CorpusQuestion): NegativeKind {
  if (a.family === b.family) return "sameFamily";
  return a.topic === b.topic ? "sameTopic" : "otherTopic";
}

const KIND_ORDER: Readonly<Record<NegativeKind, number>> = {
  sameFamily: 0,
  sameTopic: 1,
  otherTopic: 2,
};

function splitPairs(
  questions: readonly CorpusQuestion[],
  split: Split,
  random: Random,
): { pairs: Omit<CorpusPair, "id">[]; hard: number } {
  const tokens = questions.map((question) => wordSet(question.text));
  const used = new Set<string>();
  const key = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);

  const hard = similarPairs(
    tokens,
    PAIR_PLAN.hardOverlap,
    (a, b) => (questions[a] as CorpusQuestion).group === (questions[b] as CorpusQuestion).group,
  );
  const rank = (pair: { a: number; b: number }): number =>
    KIND_ORDER[
      negativeKind(questions[pair.a] as CorpusQuestion, questions[pair.b] as CorpusQuestion)
    ];
  hard.sort((x, y) => rank(x) - rank(y) || y.overlap - x.overlap || x.a - y.a || x.b - y.b);

  const nonDuplicates = Math.floor(hard.length / PAIR_PLAN.hardShare + 1e-9);
  const wantedDuplicates = Math.round(
    (nonDuplicates * PAIR_PLAN.duplicateShare) / (1 - PAIR_PLAN.duplicateShare),
  );

  const chosen: { a: number; b: number; isDuplicate: boolean }[] = [];
  for (const pair of hard) {
    used.add(key(pair.a, pair.b));
    chosen.push({ a: pair.a, b: pair.b, isDuplicate: false });
  }

  // Duplicates: round robin over the groups, so every group gives about as many.
  const byGroup = new Map<string, number[]>();
  questions.forEach((question, index) => {
    const members = byGroup.get(question.group) ?? [];
    members.push(index);
    byGroup.set(question.group, members);
  });
  const queues = random.shuffle([...byGroup.values()]).map((members) => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++)
        pairs.push([members[i] as number, members[j] as number]);
    }
    return random.shuffle(pairs);
  });
  let duplicates = 0;
  while (duplicates < wantedDuplicates && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const pair = queue.pop();
      if (pair === undefined || duplicates >= wantedDuplicates) continue;
      used.add(key(pair[0], pair[1]));
      chosen.push({ a: pair[0], b: pair[1], isDuplicate: true });
      duplicates++;
    }
  }

  // The other non-duplicates: random cross-group pairs below the hard overlap.
  const byTopic = new Map<string, number[]>();
  questions.forEach((question, index) => {
    const members = byTopic.get(question.topic) ?? [];
    members.push(index);
    byTopic.set(question.topic, members);
  });
  const others = nonDuplicates - hard.length;
  const wanted = { sameTopic: Math.ceil(others / 2), otherTopic: Math.floor(others / 2) };
  for (const kind of ["sameTopic", "otherTopic"] as const) {
    let found = 0;
    for (let attempt = 0; found < wanted[kind] && attempt < 200 * wanted[kind] + 1000; attempt++) {
      const a = random.int(questions.length);
      const first = questions[a] as CorpusQuestion;
      const b =
        kind === "sameTopic"
          ? random.pick(byTopic.get(first.topic) as number[])
          : random.int(questions.length);
      const second = questions[b] as CorpusQuestion;
      if (first.group === second.group || used.has(key(a, b))) continue;
      if ((kind === "sameTopic") !== (first.topic === second.topic)) continue;
      if (setJaccard(tokens[a] as Set<string>, tokens[b] as Set<string>) >= PAIR_PLAN.hardOverlap)
        continue;
      used.add(key(a, b));
      chosen.push({ a, b, isDuplicate: false });
      found++;
    }
    if (found < wanted[kind] && kind === "sameTopic") wanted.otherTopic += wanted[kind] - found;
  }

  const pairs = random.shuffle(chosen).map(({ a, b, isDuplicate }) => {
    const [first, second] = random.next() < 0.5 ? [a, b] : [b, a];
    return {
      question1: questions[first] as CorpusQuestion,
      question2: questions[second] as CorpusQuestion,
      isDuplicate,
      split,
    };
  });
  return { pairs, hard: hard.length };
}
