import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";

/** The topology and weights manifest of a saved model directory. */
const MODEL_JSON = "model.json";
/** The one weights file siamese-lab writes (listed in model.json's weightsManifest). */
const WEIGHTS_BIN = "weights.bin";

const BYTES_PER_ELEMENT: Readonly<Record<string, number>> = {
  float32: 4,
  int32: 4,
  bool: 1,
};

async function writeSynced(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.promises.open(file, "w");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A TensorFlow.js IOHandler for a directory on disk, in the layout `tf.loadLayersModel` and
 * `tensorflowjs` use: `model.json` (topology + weights manifest) and `weights.bin` (all weights,
 * little-endian, in manifest order). Needed because `@tensorflow/tfjs` without tfjs-node has no
 * `file://` handler. Saving writes into `dir` as it is (siamese-lab's `saveModel` points it at a
 * fresh temporary directory and renames it into place, which makes the save atomic).
 *
 * @param dir - the model directory.
 * @param fn - name of the calling function, for error messages.
 * @returns an IOHandler with `save` and `load`.
 * @example
 * ```ts
 * await model.save(directoryIOHandler("models/raw")); // not atomic: prefer saveModel
 * const same = await tf.loadLayersModel(directoryIOHandler("models/raw"));
 * ```
 */
export function directoryIOHandler(dir: string, fn = "directoryIOHandler"): tf.io.IOHandler {
  return {
    save: async (artifacts: tf.io.ModelArtifacts): Promise<tf.io.SaveResult> => {
      if (artifacts.modelTopology instanceof ArrayBuffer) {
        throw new Error(`${fn}: binary model topologies are not supported (save a LayersModel)`);
      }
      await fs.promises.mkdir(dir, { recursive: true });
      const weightData =
        artifacts.weightData === undefined
          ? new ArrayBuffer(0)
          : tf.io.CompositeArrayBuffer.join(artifacts.weightData);
      const modelJson = {
        modelTopology: artifacts.modelTopology,
        format: artifacts.format ?? "layers-model",
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy ?? null,
        weightsManifest: [{ paths: [`./${WEIGHTS_BIN}`], weights: artifacts.weightSpecs ?? [] }],
        ...(artifacts.trainingConfig === undefined
          ? {}
          : { trainingConfig: artifacts.trainingConfig }),
        ...(artifacts.userDefinedMetadata === undefined
          ? {}
          : { userDefinedMetadata: artifacts.userDefinedMetadata }),
      };
      await writeSynced(path.join(dir, WEIGHTS_BIN), new Uint8Array(weightData));
      await writeSynced(path.join(dir, MODEL_JSON), JSON.stringify(modelJson));
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    },
    load: async (): Promise<tf.io.ModelArtifacts> => {
      const jsonPath = path.join(dir, MODEL_JSON);
      let text: string;
      try {
        text = await fs.promises.readFile(jsonPath, "utf8");
      } catch (error) {
        throw new Error(`${fn}: cannot read '${jsonPath}': ${(error as Error).message}`);
      }
      let modelJson: tf.io.ModelJSON;
      try {
        modelJson = JSON.parse(text) as tf.io.ModelJSON;
      } catch (error) {
        throw new Error(`${fn}: '${jsonPath}' is not valid JSON (${(error as Error).message})`);
      }
      if (typeof modelJson !== "object" || modelJson === null || modelJson.modelTopology == null) {
        throw new Error(`${fn}: '${jsonPath}' has no modelTopology: not a saved model`);
      }
      return tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
        const specs = manifest.flatMap((group) => group.weights);
        const buffers: Uint8Array[] = [];
        for (const group of manifest) {
          for (const file of group.paths) {
            const weightsPath = path.resolve(dir, file);
            try {
              buffers.push(await fs.promises.readFile(weightsPath));
            } catch (error) {
              throw new Error(
                `${fn}: weights file '${weightsPath}' listed in model.json cannot be read (${(error as Error).message})`,
              );
            }
          }
        }
        const total = buffers.reduce((sum, b) => sum + b.byteLength, 0);
        const expected = specs.reduce(
          (sum, spec) =>
            sum + tf.util.sizeFromShape(spec.shape) * (BYTES_PER_ELEMENT[spec.dtype] ?? 4),
          0,
        );
        if (total !== expected) {
          throw new Error(
            `${fn}: the weights in '${dir}' are ${total} bytes but model.json describes ${expected} bytes: the files are corrupt or from different saves`,
          );
        }
        const joined = new Uint8Array(total);
        let offset = 0;
        for (const b of buffers) {
          joined.set(b, offset);
          offset += b.byteLength;
        }
        return [specs, joined.buffer];
      });
    },
  };
}
