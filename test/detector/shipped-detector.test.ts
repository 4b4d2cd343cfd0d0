// The detector that ships in models/question-duplicates: every output the README shows, a
// sanity set of realistic pairs written for this project (test/fixtures/sanity-pairs.tsv),
// and the figures the README quotes, checked against the detector's own saved report.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { DuplicateDetector } from "../../src/detector";

const root = path.resolve(__dirname, "../..");
const modelDir = path.join(root, "models/question-duplicates");

interface SanityPair {
  readonly question1: string;
  readonly question2: string;
  readonly isDuplicate: boolean;
  readonly kind: string;
}

function readSanityPairs(): SanityPair[] {
  const [header, ...lines] = fs
    .readFileSync(path.join(root, "test/fixtures/sanity-pairs.tsv"), "utf8")
    .trimEnd()
    .split("\n");
  assert.equal(header, "question1\tquestion2\tis_duplicate\tkind");
  return lines.map((line) => {
    const [question1, question2, label, kind] = line.split("\t") as [
      string,
      string,
      string,
      string,
    ];
    return { question1, question2, isDuplicate: label === "1", kind };
  });
}

describe("the shipped duplicate detector", function () {
  this.timeout(120_000);
  let detector: DuplicateDetector;
  before(async () => {
    detector = await DuplicateDetector.load(modelDir);
  });
  after(() => detector.dispose());

  it("gives the outputs the README shows", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const example =
      /detector\.predict\(\s*("[^"]*"),\s*("[^"]*"),?\s*\);\s*\n\/\/ \{ similarity: (-?[0-9.]+)\.\.\., isDuplicate: (true|false), threshold: (-?[0-9.]+)\.\.\. \}/g;
    const matches = [...readme.matchAll(example)];
    assert.ok(matches.length >= 1, "the README shows at least one predict example");
    for (const [, first, second, similarity, isDuplicate, threshold] of matches) {
      const result = detector.predict(JSON.parse(first!) as string, JSON.parse(second!) as string);
      // "0.8..." in the README: the printed digits are the start of the real number.
      assert.ok(
        result.similarity.toString().startsWith(similarity!) ||
          result.similarity.toFixed(similarity!.split(".")[1]?.length ?? 0) === similarity,
        `similarity ${result.similarity} vs README ${similarity}...`,
      );
      assert.equal(String(result.isDuplicate), isDuplicate);
      assert.ok(
        result.threshold.toString().startsWith(threshold!),
        `threshold ${result.threshold}`,
      );
    }
  });

  // The target of the word-knowledge work was 90% of these pairs right; the shipped detector
  // does not reach it (README, Results). What is checked is that the README says how far it is:
  // the accuracy and ROC AUC it quotes must be the ones the shipped detector really gets.
  it("quotes in the README its real accuracy and ROC AUC on the sanity pairs", () => {
    const pairs = readSanityPairs();
    assert.ok(pairs.length >= 40);
    assert.equal(pairs.filter((p) => p.isDuplicate).length * 2, pairs.length, "half paraphrases");
    const scores = detector.similarities(
      pairs.map((p) => p.question1),
      pairs.map((p) => p.question2),
    );
    const right = pairs.filter((pair, i) => scores[i]! > detector.threshold === pair.isDuplicate);
    const accuracy = right.length / pairs.length;
    // ROC AUC by its definition, over every (paraphrase, hard negative) couple, ties half.
    const positives = scores.filter((_, i) => pairs[i]!.isDuplicate);
    const negatives = scores.filter((_, i) => !pairs[i]!.isDuplicate);
    let wins = 0;
    for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
    const auc = wins / (positives.length * negatives.length);
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const quoted = /sanity pairs[^|\n]*\|\s*([0-9.]+)\s*\|\s*([0-9.]+)\s*\|/.exec(readme);
    assert.ok(quoted, "the README has a table row for the sanity pairs: | accuracy | ROC AUC |");
    assert.equal(quoted[1], accuracy.toFixed(3), "sanity accuracy quoted in the README");
    assert.equal(quoted[2], auc.toFixed(3), "sanity ROC AUC quoted in the README");
  });

  it("quotes in the README the test figures of its own report", () => {
    const report = JSON.parse(fs.readFileSync(path.join(modelDir, "detector.json"), "utf8")) as {
      training: { test: { siamese: { f1: { rocAuc: number; averagePrecision: number } } } };
    };
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const { rocAuc, averagePrecision } = report.training.test.siamese.f1;
    assert.ok(
      readme.includes(rocAuc.toFixed(3)),
      `README quotes test ROC AUC ${rocAuc.toFixed(3)}`,
    );
    assert.ok(
      readme.includes(averagePrecision.toFixed(3)),
      `README quotes AP ${averagePrecision.toFixed(3)}`,
    );
  });
});
