import { strict as assert } from "node:assert";
import { checkGroups, checkOptionsObject } from "../../src/data/check-groups";

describe("checkGroups", () => {
  it("accepts { id, questions } groups and returns them", () => {
    const groups = [
      { id: "a", questions: ["x?", "y?"] },
      { id: "b", questions: [] },
    ];
    assert.equal(checkGroups("f", groups), groups);
  });

  it("names the first bad element", () => {
    assert.throws(
      () => checkGroups("f", "x"),
      /^Error: f: argument 'groups' must be an array of \{ id, questions \} groups, got "x"$/,
    );
    assert.throws(() => checkGroups("f", [null]), /got null at groups\[0\]/);
    assert.throws(
      () => checkGroups("f", [{ id: "", questions: [] }]),
      /argument 'groups\[0\].id' must be a non-empty string, got ""/,
    );
    assert.throws(
      () => checkGroups("f", [{ id: "a", questions: ["x", 2] }]),
      /argument 'groups\[0\].questions' must be an array of strings/,
    );
    assert.throws(
      () =>
        checkGroups("f", [
          { id: "a", questions: [] },
          { id: "a", questions: [] },
        ]),
      /argument 'groups\[1\].id' must be unique among the groups, got a second "a"/,
    );
    assert.throws(
      () => checkOptionsObject("f", undefined),
      /f: argument 'options' must be an object, got undefined/,
    );
  });
});
