import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadQuestionPairs } from "../../../src/data";
import { toTsv } from "../../../scripts/corpus/tsv";

describe("toTsv", () => {
  it("quotes only fields with quotes, tabs or line breaks, and reads back exactly", async () => {
    const text = toTsv(
      ["id", "qid1", "qid2", "question1", "question2", "is_duplicate"],
      [
        [0, 1, 2, 'What does "idk" mean?', "plain", 1],
        [1, 3, 4, "tab\there", "line\nbreak", 0],
      ],
    );
    assert.equal(
      text,
      'id\tqid1\tqid2\tquestion1\tquestion2\tis_duplicate\n0\t1\t2\t"What does ""idk"" mean?"\tplain\t1\n' +
        '1\t3\t4\t"tab\there"\t"line\nbreak"\t0\n',
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-tsv-"));
    try {
      fs.writeFileSync(path.join(dir, "p.tsv"), text);
      const { pairs } = await loadQuestionPairs(path.join(dir, "p.tsv"));
      assert.deepEqual(
        pairs.map((p) => [p.question1, p.question2]),
        [
          ['What does "idk" mean?', "plain"],
          ["tab\there", "line\nbreak"],
        ],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
