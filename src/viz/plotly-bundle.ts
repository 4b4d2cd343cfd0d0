import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { packageRoot } from "../io/package-root";

let cached: { readonly version: string; readonly source: string } | undefined;

/**
 * plotly.js for inlining into notebooks, read once per process: the minified copy the build
 * makes from the `plotly.js-dist` package (`dist/vendor/plotly.min.js`, about 5 MB), or, when
 * running from sources before any build, the package's own unminified file (11 MB).
 */
export function plotlyBundle(): { readonly version: string; readonly source: string } {
  if (cached === undefined) {
    const root = packageRoot();
    const minified = path.join(root, "dist", "vendor", "plotly.min.js");
    const pkg = JSON.parse(
      readFileSync(require.resolve("plotly.js-dist/package.json", { paths: [root] }), "utf8"),
    ) as {
      version?: unknown;
    };
    const file = existsSync(minified)
      ? minified
      : require.resolve("plotly.js-dist", { paths: [root] });
    cached = {
      version: typeof pkg.version === "string" ? pkg.version : "unknown",
      source: readFileSync(file, "utf8"),
    };
  }
  return cached;
}
