// The shipped corpus: the published numbers recounted from the files, the split guarantees,
// and the derived files matching what the build makes from the group files.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  corpusDirectory,
  loadQuestionGroups,
  loadQuestionPairs,
  loadSplit,
  SPLITS,
  type QuestionGroup,
  type QuestionPair,
  type Split,
} from "../../src/data";
import { normalizeQuestion, tokenJaccard } from "../../src/text";
import { buildCorpus } from "../../scripts/corpus/build";
import type { CorpusStats } from "../../scripts/corpus/corpus-stats";
import { extractStatsSection, renderStatsSection } from "../../scripts/corpus/datasheet-tables";

const root = path.resolve(__dirname, "../..");
const dir = corpusDirectory();

describe("the shipped question-pairs corpus", function () {
  this.timeout(120_000);
  let groups: QuestionGroup[];
  let pairs: QuestionPair[];
  let stats: CorpusStats;

  before(async () => {
    groups = await loadQuestionGroups();
    pairs = (await loadQuestionPairs(path.join(dir, "pairs.tsv"))).pairs;
    stats = JSON.parse(fs.readFileSync(path.join(dir, "stats.json"), "utf8")) as CorpusStats;
  });

  it("publishes counts that match the files (recounted with plain loops)", () => {
    const splitOfGroup = new Map(groups.map((g) => [g.id, g.split]));
    for (const split of [...SPLITS, undefined]) {
      const inSplit = groups.filter((g) => split === undefined || g.split === split);
      const splitPairs = pairs.filter((p) => split === undefined || p.split === split);
      let duplicates = 0;
      let hard = 0;
      for (const pair of splitPairs) {
        if (pair.isDuplicate) duplicates++;
        else if (tokenJaccard(pair.question1, pair.question2) >= 0.5) hard++;
      }
      const expected = split === undefined ? stats.total : stats.splits[split];
      assert.deepEqual(
        {
          families: new Set(inSplit.map((g) => g.family)).size,
          groups: inSplit.length,
          questions: inSplit.reduce((sum, g) => sum + g.questions.length, 0),
          pairs: splitPairs.length,
          duplicates,
          nonDuplicates: splitPairs.length - duplicates,
          hardNonDuplicates: hard,
        },
        expected,
        `counts of ${split ?? "the whole corpus"}`,
      );
    }
    assert.equal(stats.topics, new Set(groups.map((g) => g.topic)).size);
    for (const row of stats.byTopic) {
      for (const split of SPLITS) {
        const count = groups.filter((g) => g.topic === row.topic && splitOfGroup.get(g.id) === split).length;
        assert.equal(row.groups[split], count, `${row.topic} ${split}`);
      }
    }
    const duplicates = pairs.filter((p) => p.isDuplicate).length;
    assert.equal(stats.duplicateShare, Math.round((duplicates / pairs.length) * 10000) / 10000);
  });

  it("quotes exactly stats.json in the datasheet", () => {
    const readme = fs.readFileSync(path.join(root, "datasets/README.md"), "utf8");
    assert.equal(extractStatsSection(readme), renderStatsSection(stats));
    assert.match(readme, /CC BY 4\.0/);
  });

  it("meets the corpus targets", () => {
    assert.ok(stats.topics >= 40);
    assert.ok(stats.total.groups >= 2500);
    assert.ok(stats.total.questions >= 15000);
    assert.ok(pairs.length >= 6000, `${pairs.length} pairs`);
    const share = stats.total.duplicates / stats.total.pairs;
    assert.ok(share >= 0.35 && share <= 0.4, `duplicate share ${share}`);
    assert.ok(stats.total.hardNonDuplicates >= 0.35 * stats.total.nonDuplicates);
    // Hard negatives in every topic, not only a few.
    const hardTopics = new Set<string>();
    const topicOf = new Map(groups.flatMap((g) => g.questions.map((q) => [q, g.topic] as const)));
    for (const pair of pairs) {
      if (!pair.isDuplicate && tokenJaccard(pair.question1, pair.question2) >= 0.5) {
        hardTopics.add(topicOf.get(pair.question1) as string);
      }
    }
    assert.equal(hardTopics.size, stats.topics, "every topic has hard negatives");
  });

  it("has paraphrases that are not findable by shared words (recounted)", () => {
    let sum = 0;
    let count = 0;
    for (const group of groups) {
      for (let i = 0; i < group.questions.length; i++) {
        for (let j = i + 1; j < group.questions.length; j++) {
          sum += tokenJaccard(group.questions[i]!, group.questions[j]!);
          count++;
        }
      }
    }
    const mean = sum / count;
    assert.ok(mean <= 0.21, `mean within-group Jaccard ${mean}`);
    assert.equal(Math.round(mean * 10000) / 10000, stats.withinGroupJaccard);
  });

  it("holds out at least five whole topics as unseen-topics, in the same proportions", () => {
    const unseen = groups.filter((g) => g.split === "unseen-topics");
    const topics = new Set(unseen.map((g) => g.topic));
    assert.ok(topics.size >= 5);
    assert.deepEqual([...topics].sort(), [...stats.unseenTopics].sort());
    for (const group of groups) {
      if (topics.has(group.topic)) assert.equal(group.split, "unseen-topics", group.id);
    }
    const part = stats.splits["unseen-topics"];
    assert.ok(Math.abs(part.duplicates / part.pairs - 0.38) < 0.01);
    assert.ok(Math.abs(part.hardNonDuplicates / part.nonDuplicates - 0.35) < 0.01);
  });

  it("keeps groups, families and question texts in one split each", () => {
    const familySplit = new Map<string, Split>();
    const textSplit = new Map<string, Split>();
    for (const group of groups) {
      assert.ok(group.questions.length >= 3 && group.questions.length <= 8, group.id);
      const known = familySplit.get(group.family);
      assert.ok(known === undefined || known === group.split, `family ${group.family} in two splits`);
      familySplit.set(group.family, group.split);
      for (const question of group.questions) {
        const key = normalizeQuestion(question);
        assert.ok(!textSplit.has(key), `question ${JSON.stringify(question)} appears twice`);
        textSplit.set(key, group.split);
      }
    }
    assert.equal(new Set(groups.map((g) => g.id)).size, groups.length);
  });

  it("labels pairs by group and keeps both questions of a pair in the pair's split", () => {
    const byQid = new Map<number, { group: QuestionGroup; text: string }>();
    for (const group of groups) group.qids.forEach((qid, i) => byQid.set(qid, { group, text: group.questions[i]! }));
    const seen = new Set<string>();
    for (const pair of pairs) {
      const a = byQid.get(pair.qid1)!;
      const b = byQid.get(pair.qid2)!;
      assert.equal(a.text, pair.question1);
      assert.equal(b.text, pair.question2);
      assert.equal(a.group.split, pair.split);
      assert.equal(b.group.split, pair.split);
      assert.equal(pair.isDuplicate, a.group.id === b.group.id);
      assert.notEqual(pair.qid1, pair.qid2);
      const key = pair.qid1 < pair.qid2 ? `${pair.qid1}:${pair.qid2}` : `${pair.qid2}:${pair.qid1}`;
      assert.ok(!seen.has(key), `pair ${key} twice`);
      seen.add(key);
    }
    assert.deepEqual(
      pairs.map((p) => p.id),
      pairs.map((_, i) => i),
    );
  });

  it("loads each split with its own groups and pairs", async () => {
    let total = 0;
    for (const split of SPLITS) {
      const part = await loadSplit(split);
      assert.equal(part.split, split);
      assert.ok(part.groups.length > 0 && part.pairs.length > 0);
      assert.ok(part.groups.every((g) => g.split === split));
      assert.ok(part.pairs.every((p) => p.split === split));
      total += part.pairs.length;
    }
    assert.equal(total, pairs.length);
    await assert.rejects(loadSplit("dev" as Split), /loadSplit: argument 'split' must be one of 'train'/);
  });

  it("is what the build script makes from the group files (run `npm run build:corpus`)", () => {
    const result = buildCorpus(root);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.failures, []);
    for (const file of result.files) {
      const committed = fs.readFileSync(path.join(root, file.path), "utf8");
      assert.ok(committed === file.content, `${file.path} is out of date: run npm run build:corpus`);
    }
  });
});
