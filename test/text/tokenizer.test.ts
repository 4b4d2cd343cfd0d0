import { strict as assert } from "node:assert";
import { Tokenizer } from "../../src/text";

describe("Tokenizer", () => {
  it("lower-cases and splits punctuation into tokens by default", () => {
    const tokenizer = new Tokenizer();
    assert.deepEqual(tokenizer.tokenize("What's the best way to learn C++?"), [
      "what's",
      "the",
      "best",
      "way",
      "to",
      "learn",
      "c",
      "+",
      "+",
      "?",
    ]);
    assert.deepEqual(tokenizer.config, { lowercase: true, punctuation: "split" });
  });

  it("drops punctuation and keeps case when asked", () => {
    const tokenizer = new Tokenizer({ lowercase: false, punctuation: "drop" });
    assert.deepEqual(tokenizer.tokenize("Hello, World! (It's 2024.)"), [
      "Hello",
      "World",
      "It's",
      "2024",
    ]);
  });

  it("keeps apostrophes inside words only, and reads typographic ones as '", () => {
    const tokenizer = new Tokenizer();
    assert.deepEqual(tokenizer.tokenize("Don’t say 'maybe'"), ["don't", "say", "'", "maybe", "'"]);
    assert.deepEqual(tokenizer.tokenize("Café naïve"), ["café", "naïve"]);
  });

  it("lemmatizes words with WordNet when asked, leaving punctuation and unknown words", () => {
    const tokenizer = new Tokenizer({ lemmatize: true });
    assert.deepEqual(tokenizer.tokenize("Resetting the passwords of my cars?"), [
      "reset",
      "the",
      "password",
      "of",
      "my",
      "car",
      "?",
    ]);
    assert.deepEqual(tokenizer.tokenize("iPhones went"), ["iphones", "go"]);
    assert.equal(tokenizer.config.lemmatize, true);
    assert.equal(
      new Tokenizer().config.lemmatize,
      undefined,
      "absent when off: old files compare equal",
    );
    assert.throws(
      () => new Tokenizer({ lemmatize: 1 as unknown as boolean }),
      /Tokenizer: argument 'lemmatize' must be a boolean/,
    );
  });

  it("gives no tokens for empty or blank text", () => {
    assert.deepEqual(new Tokenizer().tokenize(""), []);
    assert.deepEqual(new Tokenizer().tokenize(" \t\n "), []);
    assert.deepEqual(new Tokenizer({ punctuation: "drop" }).tokenize("?!"), []);
  });

  it("rejects bad options and input by name", () => {
    assert.throws(
      () => new Tokenizer({ punctuation: "keep" as "split" }),
      /Tokenizer: argument 'punctuation' must be one of 'split', 'drop', got "keep"/,
    );
    assert.throws(
      () => new Tokenizer({ lowercase: "yes" as unknown as boolean }),
      /Tokenizer: argument 'lowercase' must be a boolean/,
    );
    assert.throws(
      () => new Tokenizer().tokenize(null as unknown as string),
      /Tokenizer.tokenize: argument 'text' must be a string, got null/,
    );
  });
});
