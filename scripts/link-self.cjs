// Makes `import ... from "siamese-lab"` resolve inside this checkout (notebooks/ and examples).
// The tslab kernel compiles notebook cells with Node10 module resolution, which ignores the
// package's self-reference through "exports", so it needs a real node_modules/siamese-lab entry.
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const link = path.join(root, "node_modules", "siamese-lab");

try {
  const stat = fs.lstatSync(link);
  if (stat.isSymbolicLink() && path.resolve(path.dirname(link), fs.readlinkSync(link)) === root) {
    process.exit(0);
  }
  fs.rmSync(link, { recursive: true, force: true });
} catch {
  // No entry yet: create it below.
}
fs.mkdirSync(path.dirname(link), { recursive: true });
fs.symlinkSync("..", link, "dir");
