import { strict as assert } from "node:assert";
import { QuestionPairSplitter, splitQuestionPairs } from "../../src/data";
import { pair } from "../support/question-pairs";

describe("QuestionPairSplitter", () => {
  it("gives what splitQuestionPairs gives, one pair at a time", () => {
    const pairs = [pair(0, 1, 2, true), pair(1, 3, 4, true), pair(2, 2, 3, false)];
    const splitter = new QuestionPairSplitter({ seed: 9 });
    for (const p of pairs) splitter.add(p);
    assert.deepEqual(splitter.finish(), splitQuestionPairs(pairs, { seed: 9 }));
  });

  it("joins chains of duplicates into one group, whatever order the edges come in", () => {
    // 5-4, 1-2, 3-4, 2-3: one chain 1-2-3-4-5 built from both ends.
    const splitter = new QuestionPairSplitter({ fractions: { train: 1, validation: 0, test: 0 } });
    for (const [i, [a, b]] of [
      [5, 4],
      [1, 2],
      [3, 4],
      [2, 3],
    ].entries()) {
      splitter.add(pair(i, a!, b!, true));
    }
    const splits = splitter.finish();
    assert.equal(splits.groups, 1);
    assert.deepEqual(splits.train.groups, [
      { id: "q5", questions: ["t5", "t4", "t1", "t2", "t3"] },
    ]);
  });

  it("refuses to be used after finish()", () => {
    const splitter = new QuestionPairSplitter();
    splitter.add(pair(0, 1, 2, true));
    splitter.finish();
    assert.throws(() => splitter.finish(), /QuestionPairSplitter: finish\(\) was called twice/);
    assert.throws(
      () => splitter.add(pair(1, 3, 4, true)),
      /QuestionPairSplitter: add\(\) was called after finish\(\)/,
    );
  });

  it("checks its options and pairs, naming itself by default", () => {
    assert.throws(
      () => new QuestionPairSplitter(null as unknown as object),
      /^Error: QuestionPairSplitter: argument 'options' must be an object, got null$/,
    );
    assert.throws(
      () =>
        new QuestionPairSplitter({}).add({
          ...pair(0, 1, 2, true),
          question2: 5 as unknown as string,
        }),
      /QuestionPairSplitter: argument 'pair.question2' must be a string, got 5/,
    );
  });

  it("splits an empty input into three empty splits", () => {
    const splits = new QuestionPairSplitter().finish();
    assert.deepEqual(
      [splits.pairs, splits.questions, splits.groups, splits.droppedPairs],
      [0, 0, 0, 0],
    );
    assert.deepEqual(splits.train, { groups: [], pairs: [], questions: 0 });
  });
});
