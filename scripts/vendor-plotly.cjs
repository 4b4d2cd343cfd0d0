// Part of `npm run build`: minifies plotly.js (from the plotly.js-dist package, 11 MB) into
// dist/vendor/plotly.min.js (about 5 MB). Notebook charts inline that file once per notebook,
// so the smaller copy keeps saved notebooks and their HTML exports light.
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const source = require.resolve("plotly.js-dist", { paths: [root] });
const { version } = require(require.resolve("plotly.js-dist/package.json", { paths: [root] }));
const target = path.join(root, "dist", "vendor", "plotly.min.js");
const meta = path.join(root, "dist", "vendor", "plotly.json");

function upToDate() {
  try {
    return (
      JSON.parse(fs.readFileSync(meta, "utf8")).version === version && fs.statSync(target).size > 0
    );
  } catch {
    return false;
  }
}

if (!upToDate()) {
  // esbuild is a build-time tool (a devDependency); installs from the registry ship dist/ built.
  const esbuild = require("esbuild");
  const code = esbuild.transformSync(fs.readFileSync(source, "utf8"), {
    minify: true,
    legalComments: "inline",
    target: "es2018",
  }).code;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, code);
  fs.renameSync(temporary, target);
  fs.writeFileSync(meta, `${JSON.stringify({ version, source: "plotly.js-dist" })}\n`);
}
