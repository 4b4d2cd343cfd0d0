import * as tf from "@tensorflow/tfjs";
import { checkInteger, describeValue, invalidArgument } from "../validate";

/** How {@link pad} chooses the length: a fixed length, or per batch a power-of-two bucket. */
export type PadOptions =
  | {
      /** Columns of every row, an integer of at least 1; longer sequences are cut to it. */
      readonly length: number;
    }
  | {
      /** Per batch, the smallest power of two at least as long as the longest sequence. */
      readonly bucket: "powerOfTwo";
    };

/**
 * Packs id sequences into an int32 batch tensor, padding with id 0 at the end.
 *
 * - `{ length }`: every row has `length` columns; longer sequences are cut to their first
 *   `length` ids.
 * - `{ bucket: "powerOfTwo" }`: the length is the smallest power of two at least as long as the
 *   longest sequence of this batch, `2 ** ceil(log2(max(longest, 1)))` — what the course's data
 *   generator does, so that a model sees few distinct shapes and nothing is cut.
 *
 * @param sequences - id sequences (non-negative integers), at least one.
 * @param options - `{ length }` or `{ bucket: "powerOfTwo" }`.
 * @returns an int32 tensor `[batch, length]`; the caller disposes it.
 * @throws Error when `sequences` is empty or holds a non-integer or negative id, or the options
 *   are invalid.
 * @example
 * ```ts
 * pad([[5, 6, 7], [8]], { bucket: "powerOfTwo" }).arraySync(); // [[5, 6, 7, 0], [8, 0, 0, 0]]
 * pad([[5, 6, 7], [8]], { length: 2 }).arraySync(); // [[5, 6], [8, 0]]
 * ```
 */
export function pad(sequences: readonly (readonly number[])[], options: PadOptions): tf.Tensor2D {
  const fn = "pad";
  if (!Array.isArray(sequences) || sequences.length === 0) {
    throw invalidArgument(
      fn,
      "sequences",
      "a non-empty array of id arrays",
      describeValue(sequences),
    );
  }
  let longest = 0;
  sequences.forEach((sequence, row) => {
    if (!Array.isArray(sequence)) {
      throw invalidArgument(
        fn,
        "sequences",
        "id arrays",
        `${describeValue(sequence)} at row ${row}`,
      );
    }
    sequence.forEach((id, column) => {
      if (typeof id !== "number" || !Number.isInteger(id) || id < 0 || id > 2 ** 31 - 1) {
        throw invalidArgument(
          fn,
          "sequences",
          "non-negative integer ids",
          `${describeValue(id)} at row ${row}, column ${column}`,
        );
      }
    });
    longest = Math.max(longest, sequence.length);
  });
  const length = readLength(fn, options, longest);
  const values = new Int32Array(sequences.length * length);
  sequences.forEach((sequence: readonly number[], row) => {
    const kept = Math.min(sequence.length, length);
    for (let column = 0; column < kept; column++) {
      values[row * length + column] = sequence[column] as number;
    }
  });
  return tf.tensor2d(values, [sequences.length, length], "int32");
}

function readLength(fn: string, options: PadOptions, longest: number): number {
  if (typeof options !== "object" || options === null) {
    throw invalidArgument(
      fn,
      "options",
      "{ length } or { bucket: 'powerOfTwo' }",
      describeValue(options),
    );
  }
  if ("length" in options) {
    return checkInteger(fn, "options.length", options.length, { min: 1 });
  }
  if ("bucket" in options && options.bucket === "powerOfTwo") {
    let length = 1;
    while (length < longest) length *= 2;
    return length;
  }
  throw invalidArgument(
    fn,
    "options",
    "{ length } or { bucket: 'powerOfTwo' }",
    JSON.stringify(options),
  );
}
