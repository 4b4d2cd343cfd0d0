import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { createTextEncoder, directoryIOHandler } from "../../src/model";
import { maxAbsDiff } from "../support/on-backend";

describe("directoryIOHandler", () => {
  it("saves model.json + weights.bin that tf.loadLayersModel reads back", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-io-"));
    try {
      const encoder = createTextEncoder({
        vocabSize: 12,
        embeddingDim: 3,
        hiddenUnits: 4,
        seed: 1,
      });
      const result = await encoder.save(directoryIOHandler(dir));
      assert.ok((result.modelArtifactsInfo.weightDataBytes ?? 0) > 0);
      const json = JSON.parse(fs.readFileSync(path.join(dir, "model.json"), "utf8")) as {
        format: string;
        weightsManifest: { paths: string[]; weights: { name: string }[] }[];
      };
      assert.equal(json.format, "layers-model");
      assert.deepEqual(json.weightsManifest[0]!.paths, ["./weights.bin"]);
      assert.equal(json.weightsManifest[0]!.weights.length, 4);
      const loaded = await tf.loadLayersModel(directoryIOHandler(dir));
      const input = tf.tensor2d([[1, 2, 0]], undefined, "int32");
      assert.equal(
        maxAbsDiff(loaded.predict(input) as tf.Tensor, encoder.predict(input) as tf.Tensor),
        0,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
