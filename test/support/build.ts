// Tests that load the compiled package (dist/) through its name call ensureBuilt() first, so
// they always see the current sources instead of skipping or testing a stale build.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const root = path.resolve(__dirname, "../..");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

let checked = false;

/** Rebuilds dist/ (npm run build) when any source under src/ or quizzes/ is newer than it. */
export function ensureBuilt(): void {
  if (checked) return;
  const entry = path.join(root, "dist/src/index.js");
  const sources = Math.max(
    newestMtime(path.join(root, "src")),
    newestMtime(path.join(root, "quizzes")),
  );
  if (!fs.existsSync(entry) || newestMtime(path.join(root, "dist")) < sources) {
    execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
  }
  execFileSync(process.execPath, [path.join(root, "scripts/link-self.cjs")], { cwd: root });
  checked = true;
}
