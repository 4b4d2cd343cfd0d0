import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readQuestionPairs, type QuestionPair, type SkippedRow } from "../../src/data";

describe("readQuestionPairs", () => {
  it("streams the good rows and reports skipped ones through onSkip", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-read-"));
    try {
      const file = path.join(dir, "pairs.tsv");
      fs.writeFileSync(
        file,
        "id\tqid1\tqid2\tquestion1\tquestion2\tis_duplicate\n0\t1\t2\ta?\tb?\t1\n1\t3\t4\tc?\t\t0\n",
      );
      const pairs: QuestionPair[] = [];
      const skipped: SkippedRow[] = [];
      for await (const pair of readQuestionPairs(file, {
        strict: false,
        onSkip: (row) => skipped.push(row),
      })) {
        pairs.push(pair);
      }
      assert.equal(pairs.length, 1);
      assert.deepEqual(skipped, [{ line: 3, reason: "question2 is empty" }]);
      assert.throws(
        () => readQuestionPairs(file, { onSkip: 3 as unknown as () => void }),
        /readQuestionPairs: argument 'options.onSkip' must be a function/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
