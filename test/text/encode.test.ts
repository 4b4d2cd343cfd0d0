import { strict as assert } from "node:assert";
import { encode, Vocabulary } from "../../src/text";

describe("encode", () => {
  const vocabulary = Vocabulary.build(["how are you", "how old are you"]);

  it("maps tokens to ids and unknown tokens to 1", () => {
    const are = vocabulary.idOf("are");
    const how = vocabulary.idOf("how");
    assert.deepEqual(encode(["How are they?", ""], vocabulary), [[how, are, 1, 1], []]);
  });

  it("rejects bad arguments by name", () => {
    assert.throws(
      () => encode("text" as unknown as string[], vocabulary),
      /encode: argument 'texts'/,
    );
    assert.throws(
      () => encode([3] as unknown as string[], vocabulary),
      /strings only, got 3 at index 0/,
    );
    assert.throws(
      () => encode(["a"], {} as Vocabulary),
      /encode: argument 'vocabulary' must be a Vocabulary/,
    );
  });
});
