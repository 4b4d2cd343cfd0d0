import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readGroupFiles } from "../../../scripts/corpus/read-group-files";

const q = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix} question number ${i + 1}?`);

describe("readGroupFiles", () => {
  let root: string;
  let groupsDir: string;
  const write = (topic: string, content: unknown): void => {
    fs.writeFileSync(
      path.join(groupsDir, `${topic}.json`),
      typeof content === "string" ? content : JSON.stringify(content),
    );
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-groups-"));
    groupsDir = path.join(root, "groups");
    fs.mkdirSync(groupsDir);
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("reads valid files, sorted by topic", () => {
    write("pets", {
      topic: "pets",
      families: [
        {
          id: "pets-f01",
          groups: [{ id: "pets-001", intent: "feed a cat", questions: q("cat", 3) }],
        },
      ],
    });
    write("cars", {
      topic: "cars",
      families: [
        {
          id: "cars-f01",
          groups: [
            { id: "cars-001", intent: "a", questions: q("car a", 4) },
            { id: "cars-002", intent: "b", questions: q("car b", 8) },
          ],
        },
      ],
    });
    const { topics, errors } = readGroupFiles(groupsDir, root);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      topics.map((t) => [t.topic, t.file, t.families.length]),
      [
        ["cars", "groups/cars.json", 1],
        ["pets", "groups/pets.json", 1],
      ],
    );
    assert.deepEqual(topics[0]!.families[0]!.groups[1]!.family, "cars-f01");
  });

  it("lists every problem with its file and group id", () => {
    write("pets", {
      topic: "pets",
      families: [
        {
          id: "pets-f01",
          groups: [
            {
              id: "pets-001",
              intent: "feed a cat",
              questions: ["How do I feed my cat?", "what to feed a cat", "Cat food?"],
            },
            { id: "pets-002", intent: "too small", questions: ["Is my dog sick?", "Dog ill?"] },
            { id: "pets-2", intent: "bad id", questions: q("bad id", 3) },
          ],
        },
        { id: "pets-f01", groups: [{ id: "pets-004", intent: "", questions: [...q("many", 9)] }] },
        {
          id: "pets-f03",
          groups: [{ id: "pets-005", intent: "tab", questions: ["a\tb?", "c?", "d?"] }],
        },
      ],
    });
    write("cars", {
      topic: "cars",
      families: [
        {
          id: "cars-f01",
          groups: [
            { id: "pets-001", intent: "dup", questions: ["HOW do I feed my cat", "x?", "y?"] },
          ],
        },
      ],
    });
    write("home", "{ nope");
    write("shop", { topic: "shopping", families: [] });
    const { errors } = readGroupFiles(groupsDir, root);
    assert.deepEqual(errors, [
      'groups/cars.json: group pets-001: id must look like "cars-001", got "pets-001"',
      `groups/home.json: not valid JSON (${jsonError("{ nope")})`,
      'groups/pets.json: group pets-001: question 1 "How do I feed my cat?" repeats groups/cars.json: group pets-001: question 1 "HOW do I feed my cat" (same normalised text "how do i feed my cat")',
      "groups/pets.json: group pets-002: has 2 questions, expected 3 to 8",
      'groups/pets.json: group pets-2: id must look like "pets-001", got "pets-2"',
      "groups/pets.json: family pets-f01: id already used in groups/pets.json",
      'groups/pets.json: group pets-004: "intent" must be a non-empty string',
      "groups/pets.json: group pets-004: has 9 questions, expected 3 to 8",
      'groups/pets.json: group pets-005: question 1 "a\\tb?" holds a tab, line break or control character',
      'groups/shop.json: "topic" must be "shop" (the file name), got "shopping"',
    ]);
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}
