// Child processes started from one plain script each: the entry file (TypeScript, under
// test/support) is bundled with the library's sources by esbuild, TensorFlow.js left outside.
// Such a child starts without tsx, in a fraction of the time, which matters when a test starts
// dozens of them.
import * as esbuild from "esbuild";
import * as path from "node:path";
import { spawnNode, type TsChild } from "./ts-child";

const repository = path.resolve(__dirname, "../..");

/** Bundles `entries` (paths relative to test/support) into `outdir`, one `<name>.js` each. */
export function bundleChildren(entries: readonly string[], outdir: string): void {
  esbuild.buildSync({
    entryPoints: entries.map((entry) => path.join(__dirname, entry)),
    outdir,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["@tensorflow/*"],
    logLevel: "warning",
  });
}

/** Starts the bundled `<outdir>/<name>.js` with `args`. */
export function spawnBundled(outdir: string, name: string, args: readonly string[]): TsChild {
  return spawnNode([path.join(outdir, `${name}.js`), ...args], name, {
    NODE_PATH: path.join(repository, "node_modules"),
  });
}
