import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

const root = path.resolve(__dirname, "../..");
const src = path.join(root, "src");

/** The floor of every folder, read from the "Layering" table of DEVELOPING.md. */
function documentedFloors(): Map<string, number> {
  const guide = fs.readFileSync(path.join(root, "DEVELOPING.md"), "utf8");
  const section = guide.split(/^## Layering$/m)[1]?.split(/^## /m)[0];
  assert.ok(section !== undefined, "DEVELOPING.md has no '## Layering' section");
  const floors = new Map<string, number>();
  for (const line of section.split("\n")) {
    const row = /^\|\s*(\d+)\s*\|([^|]*)\|/.exec(line);
    if (row === null) continue;
    for (const [, folder] of (row[2] as string).matchAll(/`([^`]+)`/g)) {
      assert.ok(!floors.has(folder as string), `${folder} is on two floors`);
      floors.set(folder as string, Number(row[1]));
    }
  }
  return floors;
}

/** Every .ts file under `dir`. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The top folder of src/ a file belongs to (`index.ts` for the file in src/ itself). */
function folderOf(file: string): string {
  return path.relative(src, file).split(path.sep)[0] as string;
}

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly file: string;
  readonly module: string;
}

/** Imports (static, `export ... from`, dynamic with a literal) that cross folders of src/. */
function folderImports(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(src)) {
    const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    for (const { fileName: module } of info.importedFiles) {
      if (!module.startsWith(".")) continue;
      const target = path.resolve(path.dirname(file), module);
      assert.ok(
        target.startsWith(src + path.sep),
        `${path.relative(root, file)} imports ${module}, outside src/`,
      );
      const isFolder = fs.existsSync(target) && fs.statSync(target).isDirectory();
      const to = folderOf(isFolder ? path.join(target, "index.ts") : `${target}.ts`);
      const from = folderOf(file);
      if (from !== to) edges.push({ from, to, file: path.relative(root, file), module });
    }
  }
  return edges;
}

describe("the folder layering of src/ (DEVELOPING.md, 'Layering')", () => {
  const floors = documentedFloors();
  const edges = folderImports();

  it("places every folder of src/ on exactly one floor, and lists no other", () => {
    const folders = fs
      .readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .concat(["index.ts"])
      .sort();
    assert.deepEqual([...floors.keys()].sort(), folders);
  });

  it("has every import go to a lower floor, so no two folders import each other", () => {
    const violations = edges
      .filter((e) => (floors.get(e.from) ?? -1) <= (floors.get(e.to) ?? -1))
      .map(
        (e) =>
          `${e.from} (floor ${floors.get(e.from)}) -> ${e.to} (floor ${floors.get(e.to)}): ` +
          `${e.file} imports "${e.module}"`,
      );
    assert.deepEqual(violations, []);
  });

  it("finds the imports it checks (the test reads the sources it should)", () => {
    const has = (from: string, to: string) => edges.some((e) => e.from === from && e.to === to);
    assert.ok(has("losses", "similarity") && has("mining", "labels") && has("model", "backend"));
    assert.ok(!has("losses", "mining") && !has("mining", "losses"));
  });
});
