import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadQuestionPairs, splitQuestionPairs } from "../../src/data";
import { syntheticQuoraText, writeSyntheticQuoraFile } from "../../scripts/generate-quora-file";

describe("generate-quora-file", () => {
  it("writes a strict Quora-format file, the same for the same seed", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-quora-"));
    try {
      const file = path.join(dir, "quora.tsv");
      const bytes = writeSyntheticQuoraFile(file, { rows: 2000, seed: 3 });
      assert.equal(fs.statSync(file).size, bytes);
      assert.equal(fs.readFileSync(file, "utf8"), syntheticQuoraText({ rows: 2000, seed: 3 }));
      assert.notEqual(syntheticQuoraText({ rows: 2000, seed: 4 }), fs.readFileSync(file, "utf8"));
      const { pairs } = await loadQuestionPairs(file); // strict: every row is well formed
      assert.equal(pairs.length, 2000);
      const duplicates = pairs.filter((p) => p.isDuplicate).length / pairs.length;
      assert.ok(duplicates > 0.32 && duplicates < 0.42, `duplicate share ${duplicates}`);
      // A qid always has one text, and duplicate groups stay small as in Quora.
      const textOf = new Map<number, string>();
      for (const p of pairs) {
        for (const [qid, text] of [
          [p.qid1, p.question1],
          [p.qid2, p.question2],
        ] as const) {
          assert.equal(textOf.get(qid) ?? text, text);
          textOf.set(qid, text);
        }
      }
      const splits = splitQuestionPairs(pairs);
      const largest = Math.max(...splits.train.groups.map((g) => g.questions.length));
      assert.ok(largest <= 12, `largest group ${largest}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
