import * as tf from "@tensorflow/tfjs";
import { readLabels, type Labels } from "../labels/labels";
import { createRandom } from "../random";
import { checkInteger, invalidArgument, toMatrix, type MatrixLike } from "../validate";

/** Options of {@link oneShotAccuracy}. */
export interface OneShotOptions {
  /** N: classes per episode. Default 5. */
  readonly ways?: number;
  /** K: support examples per class. Default 1 (one-shot). */
  readonly shots?: number;
  /** Number of episodes to average over. Default 1000. */
  readonly episodes?: number;
  /** Seed of the episode sampler. Default 0. */
  readonly seed?: number;
}

/** The result of an N-way K-shot evaluation. */
export interface OneShotResult {
  /** Share of episodes whose query was classified correctly. */
  readonly accuracy: number;
  /**
   * Half-width of the 95% confidence interval of the accuracy (normal approximation,
   * `1.96 sqrt(p (1 - p) / episodes)`): report `accuracy ± ci95`.
   */
  readonly ci95: number;
  /** Accuracy of guessing: 1 / ways. */
  readonly chance: number;
  /** Episodes run. */
  readonly episodes: number;
}

/**
 * N-way K-shot accuracy of a similarity function (Koch, Zemel & Salakhutdinov, "Siamese Neural
 * Networks for One-shot Image Recognition", 2015).
 *
 * Each episode draws N classes that have at least K + 1 examples, K support examples of each,
 * and one query from one of those classes (not among the supports). The query gets the class
 * of its most similar support embedding (cosine similarity). No training happens: the classes
 * may be ones the model never saw, which is the point of one-shot learning.
 *
 * @param embeddings - `[n, d]` embeddings of labelled examples.
 * @param labels - one class label per row.
 * @param options - see {@link OneShotOptions}.
 * @returns accuracy, its 95% confidence half-width, chance level and episode count.
 * @throws Error when fewer than `ways` classes have `shots + 1` examples, or an option is invalid.
 * @example
 * ```ts
 * const { accuracy, ci95 } = oneShotAccuracy(embeddings, groupIds, { ways: 5, episodes: 500, seed: 1 });
 * ```
 */
export function oneShotAccuracy(
  embeddings: MatrixLike,
  labels: Labels,
  options: OneShotOptions = {},
): OneShotResult {
  const fn = "oneShotAccuracy";
  const ways = checkInteger(fn, "options.ways", options.ways ?? 5, { min: 2 });
  const shots = checkInteger(fn, "options.shots", options.shots ?? 1, { min: 1 });
  const episodes = checkInteger(fn, "options.episodes", options.episodes ?? 1000, { min: 1 });
  const seed = options.seed ?? 0;
  const { similarities, values } = tf.tidy(() => {
    const x = toMatrix(fn, "embeddings", embeddings);
    const unit = tf.div(x, tf.maximum(tf.norm(x, "euclidean", 1, true), 1e-12));
    return {
      similarities: (tf.matMul(unit, unit, false, true) as tf.Tensor2D).arraySync(),
      values: readLabels(fn, labels, x.shape[0]),
    };
  });

  const byClass = new Map<number | string, number[]>();
  values.forEach((label, row) => byClass.set(label, [...(byClass.get(label) ?? []), row]));
  const eligible = [...byClass.values()].filter((rows) => rows.length >= shots + 1);
  if (eligible.length < ways) {
    throw invalidArgument(
      fn,
      "labels",
      `at least ${ways} classes with ${shots + 1} or more examples each (ways=${ways}, shots=${shots})`,
      `${eligible.length} such classes`,
    );
  }

  const rng = createRandom(seed);
  let correct = 0;
  for (let e = 0; e < episodes; e++) {
    const classes = rng.sample(eligible, ways);
    const target = rng.int(ways);
    let query = -1;
    const supports: { row: number; cls: number }[] = [];
    classes.forEach((rows, cls) => {
      const picked = rng.sample(rows, cls === target ? shots + 1 : shots);
      if (cls === target) query = picked.pop() as number;
      for (const row of picked) supports.push({ row, cls });
    });
    const queryRow = similarities[query] as number[];
    let best = supports[0] as { row: number; cls: number };
    for (const s of supports)
      if ((queryRow[s.row] as number) > (queryRow[best.row] as number)) best = s;
    if (best.cls === target) correct++;
  }
  const accuracy = correct / episodes;
  return {
    accuracy,
    ci95: 1.96 * Math.sqrt((accuracy * (1 - accuracy)) / episodes),
    chance: 1 / ways,
    episodes,
  };
}
