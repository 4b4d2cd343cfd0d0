import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadQuestionGroups } from "../../src/data";

const groupsTsv =
  "group\tfamily\ttopic\tsplit\tsize\tintent\n" +
  "pets-001\tpets-f01\tpets\ttrain\t3\tfeed a cat\n" +
  "pets-002\tpets-f02\tpets\toneshot\t3\twalk a dog\n";
const questionsTsv =
  "qid\tgroup\tfamily\ttopic\tsplit\tquestion\n" +
  "1\tpets-001\tpets-f01\tpets\ttrain\tWhat do cats eat?\n" +
  '2\tpets-001\tpets-f01\tpets\ttrain\t"What is ""wet"" cat food?"\n' +
  "3\tpets-001\tpets-f01\tpets\ttrain\tcat food\n" +
  "4\tpets-002\tpets-f02\tpets\toneshot\tHow often should I walk my dog?\n" +
  "5\tpets-002\tpets-f02\tpets\toneshot\tdog walks per day\n" +
  "6\tpets-002\tpets-f02\tpets\toneshot\tHow many walks does a dog need?\n";

describe("loadQuestionGroups", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-corpus-"));
    fs.writeFileSync(path.join(dir, "groups.tsv"), groupsTsv);
    fs.writeFileSync(path.join(dir, "questions.tsv"), questionsTsv);
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("joins groups and questions, with qids and split", async () => {
    const groups = await loadQuestionGroups({ directory: dir });
    assert.deepEqual(groups[0], {
      id: "pets-001",
      family: "pets-f01",
      topic: "pets",
      split: "train",
      intent: "feed a cat",
      qids: [1, 2, 3],
      questions: ["What do cats eat?", 'What is "wet" cat food?', "cat food"],
    });
    assert.deepEqual(
      (await loadQuestionGroups({ directory: dir, split: "oneshot" })).map((g) => g.id),
      ["pets-002"],
    );
    assert.equal(
      (await loadQuestionGroups({ directory: dir, split: ["train", "oneshot"] })).length,
      2,
    );
  });

  it("loads the shipped corpus by default", async () => {
    const groups = await loadQuestionGroups({ split: "test" });
    assert.ok(groups.length > 0 && groups.every((g) => g.split === "test"));
  });

  it("names the file and line of an inconsistency, and bad arguments", async () => {
    fs.appendFileSync(
      path.join(dir, "questions.tsv"),
      "7\tpets-009\tpets-f09\tpets\ttrain\tWho?\n",
    );
    await assert.rejects(
      loadQuestionGroups({ directory: dir }),
      /loadQuestionGroups: .*questions.tsv line 8: group "pets-009" is not in .*groups.tsv; rebuild with 'npm run build:corpus'/,
    );
    fs.rmSync(path.join(dir, "groups.tsv"));
    await assert.rejects(
      loadQuestionGroups({ directory: dir }),
      /groups.tsv is missing; build the corpus/,
    );
    await assert.rejects(
      loadQuestionGroups({ split: "dev" as "test" }),
      /loadQuestionGroups: argument 'split' must be one of 'train', 'validation', 'test', 'oneshot'/,
    );
    await assert.rejects(
      loadQuestionGroups({ directory: path.join(dir, "nowhere") }),
      /argument 'options.directory' must be an existing folder/,
    );
  });

  const badFields: [string, string, string, RegExp][] = [
    [
      "a qid that is not a number",
      "questions.tsv",
      "abc\tpets-001\tpets-f01\tpets\ttrain\tWho?\n",
      /questions\.tsv line 8: qid must be a non-negative integer, got "abc"/,
    ],
    [
      "a negative qid",
      "questions.tsv",
      "-7\tpets-001\tpets-f01\tpets\ttrain\tWho?\n",
      /line 8: qid must be a non-negative integer, got "-7"/,
    ],
    [
      "a fractional qid",
      "questions.tsv",
      "7.5\tpets-001\tpets-f01\tpets\ttrain\tWho?\n",
      /line 8: qid must be a non-negative integer, got "7\.5"/,
    ],
    [
      "an empty qid",
      "questions.tsv",
      "\tpets-001\tpets-f01\tpets\ttrain\tWho?\n",
      /line 8: qid must be a non-negative integer, got ""/,
    ],
    [
      "a qid used twice",
      "questions.tsv",
      "6\tpets-001\tpets-f01\tpets\ttrain\tWho?\n",
      /line 8: qid 6 is used twice/,
    ],
    [
      "an empty question",
      "questions.tsv",
      "7\tpets-001\tpets-f01\tpets\ttrain\t \n",
      /line 8: question is empty/,
    ],
    [
      "a group listed twice",
      "groups.tsv",
      "pets-001\tpets-f01\tpets\ttrain\t3\tfeed a cat\n",
      /groups\.tsv line 4: group "pets-001" is listed twice/,
    ],
    [
      "an empty intent",
      "groups.tsv",
      "pets-003\tpets-f01\tpets\ttrain\t3\t\n",
      /groups\.tsv line 4: intent is empty/,
    ],
    [
      "an empty family",
      "groups.tsv",
      "pets-003\t\tpets\ttrain\t3\tx\n",
      /groups\.tsv line 4: family is empty/,
    ],
  ];
  for (const [what, file, row, message] of badFields) {
    it(`refuses ${what}, naming the file and line`, async () => {
      fs.appendFileSync(path.join(dir, file), row);
      await assert.rejects(loadQuestionGroups({ directory: dir }), message);
    });
  }

  it("refuses bytes that are not UTF-8 instead of reading them as U+FFFD", async () => {
    fs.appendFileSync(
      path.join(dir, "questions.tsv"),
      Buffer.concat([
        Buffer.from("7\tpets-001\tpets-f01\tpets\ttrain\tCaf"),
        Buffer.from([0xe9]),
        Buffer.from("?\n"),
      ]),
    );
    await assert.rejects(
      loadQuestionGroups({ directory: dir }),
      /loadQuestionGroups: .*questions\.tsv line 8: not valid UTF-8: field 6 holds bytes that are not UTF-8 after "Caf"/,
    );
  });

  it("names a folder where a file should be, and a file where the folder should be", async () => {
    fs.rmSync(path.join(dir, "groups.tsv"));
    fs.mkdirSync(path.join(dir, "groups.tsv"));
    await assert.rejects(
      loadQuestionGroups({ directory: dir }),
      /loadQuestionGroups: .*groups\.tsv is not a file/,
    );
    await assert.rejects(
      loadQuestionGroups({ directory: path.join(dir, "questions.tsv") }),
      /loadQuestionGroups: argument 'options.directory' must be an existing folder, got '.*questions\.tsv', which is a file/,
    );
  });
});
