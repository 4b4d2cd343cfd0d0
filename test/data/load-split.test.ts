import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadSplit, type Split } from "../../src/data";

describe("loadSplit", () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-split-"));
    fs.writeFileSync(
      path.join(dir, "groups.tsv"),
      "group\tfamily\ttopic\tsplit\tsize\tintent\na-001\ta-f01\ta\ttrain\t3\tx\na-002\ta-f02\ta\ttest\t3\ty\n",
    );
    fs.writeFileSync(
      path.join(dir, "questions.tsv"),
      "qid\tgroup\tfamily\ttopic\tsplit\tquestion\n" +
        [
          "1\ta-001\ta-f01\ta\ttrain\tq1",
          "2\ta-001\ta-f01\ta\ttrain\tq2",
          "3\ta-001\ta-f01\ta\ttrain\tq3",
        ]
          .concat([
            "4\ta-002\ta-f02\ta\ttest\tq4",
            "5\ta-002\ta-f02\ta\ttest\tq5",
            "6\ta-002\ta-f02\ta\ttest\tq6",
          ])
          .join("\n") +
        "\n",
    );
    fs.writeFileSync(
      path.join(dir, "pairs.tsv"),
      "id\tqid1\tqid2\tquestion1\tquestion2\tis_duplicate\tsplit\n0\t1\t2\tq1\tq2\t1\ttrain\n1\t4\t6\tq4\tq6\t1\ttest\n",
    );
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("returns the split's groups and pairs only", async () => {
    const test = await loadSplit("test", { directory: dir });
    assert.equal(test.split, "test");
    assert.deepEqual(
      test.groups.map((g) => g.id),
      ["a-002"],
    );
    assert.deepEqual(test.pairs, [
      {
        id: 1,
        qid1: 4,
        qid2: 6,
        question1: "q4",
        question2: "q6",
        isDuplicate: true,
        split: "test",
      },
    ]);
    const validation = await loadSplit("validation", { directory: dir });
    assert.deepEqual([validation.groups.length, validation.pairs.length], [0, 0]);
  });

  it("rejects an unknown split and a corpus without pairs", async () => {
    await assert.rejects(
      loadSplit("dev" as Split, { directory: dir }),
      /loadSplit: argument 'split'/,
    );
    await assert.rejects(
      loadSplit(3 as unknown as Split),
      /loadSplit: argument 'split' must be a split name, got 3/,
    );
    await assert.rejects(
      loadSplit("train", { directory: os.tmpdir() }),
      /loadSplit: .*pairs.tsv is missing; build the corpus with 'npm run build:corpus'/,
    );
    await assert.rejects(
      loadSplit("train", { directory: "/no/such/corpus" }),
      /loadSplit: argument 'options.directory' must be an existing folder, got '\/no\/such\/corpus', which does not exist/,
    );
  });
});
