import { readFileSync } from "node:fs";

// plotly.js as shipped by the plotly.js-dist-min package, read once per process.

let cached: { readonly version: string; readonly source: string } | undefined;

/** The minified plotly.js bundle (about 4.9 MB) and its version. */
export function plotlyBundle(): { readonly version: string; readonly source: string } {
  if (cached === undefined) {
    const file = require.resolve("plotly.js-dist-min");
    const pkg = JSON.parse(
      readFileSync(require.resolve("plotly.js-dist-min/package.json"), "utf8"),
    ) as { version?: unknown };
    cached = {
      version: typeof pkg.version === "string" ? pkg.version : "unknown",
      source: readFileSync(file, "utf8"),
    };
  }
  return cached;
}
