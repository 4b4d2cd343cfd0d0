import { strict as assert } from "node:assert";
import { createRandom, type Random } from "../../src/random";
import { INVALID_UTF8_MARK, MarkingUtf8Decoder } from "../../src/io/utf8-decoder";

/** Bytes rich in the cases UTF-8 decoders get wrong: every length, overlong and surrogate forms, cut and stray bytes. */
function trickyBytes(random: Random, pieces: number): Uint8Array {
  const out: number[] = [];
  const valid = ["a", "é", "€", "😀", "\u2028", "\ufffd", "\ufeff", "\n", "\t"];
  for (let p = 0; p < pieces; p++) {
    switch (random.int(8)) {
      case 0:
      case 1:
        out.push(...Buffer.from(valid[random.int(valid.length)] as string, "utf8"));
        break;
      case 2: // a valid sequence cut short
        out.push(...Buffer.from("😀€", "utf8").subarray(0, 1 + random.int(5)));
        break;
      case 3: // a stray continuation or an impossible byte
        out.push([0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xff][random.int(6)] as number);
        break;
      case 4: // overlong forms and encoded surrogates
        out.push(
          ...([
            [0xe0, 0x80, 0x80],
            [0xed, 0xa0, 0x80],
            [0xf0, 0x80, 0x80, 0x80],
            [0xf4, 0x90, 0x80, 0x80],
          ][random.int(4)] as number[]),
        );
        break;
      default:
        out.push(random.int(256));
    }
  }
  return Uint8Array.from(out);
}

function decodeInChunks(bytes: Uint8Array, cuts: number[]): { text: string; sawInvalid: boolean } {
  const decoder = new MarkingUtf8Decoder();
  let text = "";
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    text += decoder.decode(bytes.subarray(start, cut), cut === bytes.length);
    start = cut;
  }
  return { text, sawInvalid: decoder.sawInvalid };
}

describe("MarkingUtf8Decoder", () => {
  it("decodes valid UTF-8 as it is, also when a chunk ends inside a character", () => {
    const bytes = Buffer.from("a é € 😀 \ufffd \u2028", "utf8");
    for (let cut = 0; cut <= bytes.length; cut++) {
      const { text, sawInvalid } = decodeInChunks(bytes, [cut]);
      assert.equal(text, "a é € 😀 \ufffd \u2028", `cut at ${cut}`);
      assert.equal(sawInvalid, false);
    }
  });

  it("marks each invalid sequence once, where TextDecoder writes one U+FFFD", () => {
    const { text, sawInvalid } = decodeInChunks(
      Uint8Array.from([0x61, 0xff, 0xe2, 0x82, 0x62, 0xed, 0xa0, 0x80]),
      [3],
    );
    assert.equal(text, `a${INVALID_UTF8_MARK}${INVALID_UTF8_MARK}b${INVALID_UTF8_MARK.repeat(3)}`);
    assert.equal(sawInvalid, true);
    assert.equal(
      decodeInChunks(Uint8Array.from([0xf0, 0x9f]), []).text,
      INVALID_UTF8_MARK,
      "cut short at the end",
    );
  });

  it("agrees with TextDecoder on random bytes in random chunks (marks read as U+FFFD)", () => {
    const random = createRandom(12);
    for (let round = 0; round < 400; round++) {
      const bytes = trickyBytes(random, 1 + random.int(40));
      const cuts = Array.from({ length: random.int(4) }, () => random.int(bytes.length + 1)).sort(
        (a, b) => a - b,
      );
      const reference = new TextDecoder("utf-8", { ignoreBOM: true });
      let expected = "";
      let start = 0;
      for (const cut of cuts) {
        expected += reference.decode(bytes.subarray(start, cut), { stream: true });
        start = cut;
      }
      expected += reference.decode(bytes.subarray(start));
      const { text, sawInvalid } = decodeInChunks(bytes, cuts);
      assert.equal(
        text.replaceAll(INVALID_UTF8_MARK, "\ufffd"),
        expected,
        `bytes ${Buffer.from(bytes).toString("hex")} cut at ${cuts.join(",")}`,
      );
      let valid = true;
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      assert.equal(sawInvalid, !valid);
      assert.equal(text.includes(INVALID_UTF8_MARK), !valid);
    }
  });
});
