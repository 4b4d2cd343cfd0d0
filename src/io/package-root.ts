import * as fs from "node:fs";
import * as path from "node:path";

let cachedRoot: string | undefined;

/**
 * The folder of siamese-lab's installed package: the nearest folder above this file whose
 * `package.json` is named `siamese-lab`. Walking up (instead of a fixed `../..`) finds it from
 * `src/` under tsx, from `dist/src/` after the build, and through `node_modules/siamese-lab`
 * from notebooks. The shipped corpus and the minified plotly.js are found from here.
 *
 * @returns an absolute path.
 * @throws Error when no such folder exists (the library was copied out of its package).
 * @example
 * ```ts
 * path.join(packageRoot(), "datasets", "question-pairs");
 * ```
 */
export function packageRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest)) {
      const { name } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: unknown };
      if (name === "siamese-lab") {
        cachedRoot = dir;
        return dir;
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(`packageRoot: no siamese-lab package.json above ${__dirname}`);
    dir = parent;
  }
}
