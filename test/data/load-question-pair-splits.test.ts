import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  loadQuestionPairs,
  loadQuestionPairSplits,
  QuestionPairsFormatError,
  splitQuestionPairs,
} from "../../src/data";

const HEADER = "id\tqid1\tqid2\tquestion1\tquestion2\tis_duplicate\n";
const ROWS = [
  "0\t1\t2\tHow do I learn Python?\tWhat is the best way to learn Python?\t1",
  "1\t3\t4\tWhy is the sky blue?\tWhat makes the sky blue?\t1",
  "2\t2\t3\tWhat is the best way to learn Python?\tWhy is the sky blue?\t0",
  "3\t5\t6\tHow tall is Everest?\t\t0", // empty question2: skipped in lenient mode
  "4\t4\t7\tWhat makes the sky blue?\tWhy does the sky look blue?\t1",
];

describe("loadQuestionPairSplits", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-splits-"));
    file = path.join(dir, "pairs.tsv");
    fs.writeFileSync(file, `${HEADER}${ROWS.join("\n")}\n`);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("streams the file into the same splits as splitQuestionPairs, and lists skipped rows", async () => {
    const options = { fractions: { train: 0.5, validation: 0.25, test: 0.25 }, seed: 2 };
    const loaded = await loadQuestionPairSplits(file, { strict: false, ...options });
    const { pairs } = await loadQuestionPairs(file, { strict: false });
    const { file: read, skipped, ...splits } = loaded;
    assert.equal(read, file);
    assert.deepEqual(skipped, [{ line: 5, reason: "question2 is empty" }]);
    assert.deepEqual(splits, splitQuestionPairs(pairs, options));
    assert.equal(loaded.pairs, 4);
    // Groups {1, 2} and {3, 4, 7}: one pair between them.
    assert.equal(loaded.groups, 2);
  });

  it("throws on the first bad row in strict mode (the default)", async () => {
    await assert.rejects(
      loadQuestionPairSplits(file),
      (error: unknown) =>
        error instanceof QuestionPairsFormatError &&
        /loadQuestionPairSplits: .* line 5: question2 is empty/.test(error.message),
    );
  });

  it("checks its arguments before reading", async () => {
    await assert.rejects(
      loadQuestionPairSplits(path.join(dir, "missing.tsv")),
      /loadQuestionPairSplits: argument 'file'/,
    );
    await assert.rejects(
      loadQuestionPairSplits(file, { seed: "1" as unknown as number }),
      /loadQuestionPairSplits: argument 'options.seed' must be a finite number, got "1"/,
    );
  });
});
