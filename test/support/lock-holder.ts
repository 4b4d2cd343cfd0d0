// Child process of test/io/file-lock.test.ts: takes the lock on a file, says so, holds it for
// a while, writes a marker and only then releases it.
import * as fs from "node:fs";
import { withFileLockSync } from "../../src/io/file-lock";

const [file, marker, holdMs] = process.argv.slice(2);
if (file === undefined || marker === undefined || holdMs === undefined) {
  throw new Error("usage: lock-holder <file> <marker> <holdMs>");
}
withFileLockSync(file, () => {
  process.stdout.write("holding\n");
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(holdMs));
  fs.writeFileSync(marker, "released");
});
