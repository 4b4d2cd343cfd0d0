import { strict as assert } from "node:assert";
import { rocAuc, rocCurve } from "../../src/eval";
import { createRandom } from "../../src/random";
import { rocChart } from "../../src/viz";
import { assertClose } from "../support/tensors";

describe("rocChart", () => {
  it("draws the curve and the chance diagonal, the AUC in the title", () => {
    const figure = rocChart({ fpr: [0, 0, 1], tpr: [0, 1, 1] });
    assert.deepEqual(figure.layout.title, { text: "ROC curve (AUC = 1)" });
    const [curve, chance] = figure.data;
    if (curve?.type !== "scatter" || chance?.type !== "scatter") throw new Error("expected lines");
    assert.deepEqual(curve.x, [0, 0, 1]);
    assert.deepEqual(curve.y, [0, 1, 1]);
    assert.deepEqual(chance.x, [0, 1]);
    assert.deepEqual(chance.y, [0, 1]);
    assert.equal(figure.layout.showlegend, false);
  });

  it("computes the same AUC as rocAuc for curves from rocCurve, ties included (3 seeds)", () => {
    for (const seed of [1, 2, 3]) {
      const rng = createRandom(seed);
      const labels = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? 1 : 0));
      // Scores rounded to one decimal so that many tie.
      const scores = labels.map((l) => Math.round((rng.normal() + l) * 10) / 10);
      const expected = rocAuc(scores, labels);
      const title = rocChart(rocCurve(scores, labels), { title: "Test" }).layout.title?.text ?? "";
      const match = /^Test \(AUC = ([0-9.]+)\)$/.exec(title);
      assert.ok(match, title);
      assertClose(Number(match[1]), Number(expected.toFixed(3)), 1e-9, `seed ${seed}`);
    }
  });

  it("compares several named curves with the AUC in each legend entry", () => {
    const figure = rocChart([
      { name: "Siamese", curve: { fpr: [0, 0, 1], tpr: [0, 1, 1] } },
      { name: "TF-IDF", curve: { fpr: [0, 1], tpr: [0, 1] }, auc: 0.5 },
    ]);
    assert.deepEqual(
      figure.data.map((t) => (t.type === "scatter" ? t.name : "")),
      ["Siamese (AUC = 1)", "TF-IDF (AUC = 0.5)", "chance"],
    );
    assert.deepEqual(figure.layout.title, { text: "ROC curves" });
    assert.equal(figure.layout.showlegend, true);
  });

  it("rejects bad curves", () => {
    assert.throws(
      () => rocChart([]),
      /rocChart: argument 'curves' must be a curve or a non-empty array/,
    );
    assert.throws(
      () => rocChart({ fpr: [0, 1], tpr: [0] }),
      /'curves.tpr' must be 2 rates \(as many as fpr\)/,
    );
    assert.throws(
      () => rocChart({ fpr: [0, 1.5], tpr: [0, 1] }),
      /'curves.fpr' must be rates in \[0, 1\], got 1.5 at index 1/,
    );
    assert.throws(
      () => rocChart([{ name: "x", curve: undefined as unknown as { fpr: []; tpr: [] } }]),
      /'curves\[0\]\.curve' must be an object \{ fpr, tpr \}/,
    );
  });
});
