// What the child processes of test/faults say and hear: lines on standard output (synchronous
// for pipes on Linux, so a line printed before a kill is never lost) and commands on stdin.
import * as readline from "node:readline";

/** Prints one line for the parent. */
export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The parent's next command line. */
export function command(): Promise<string> {
  return new Promise((resolve) => {
    const lines = readline.createInterface({ input: process.stdin });
    lines.once("line", (line) => {
      lines.close();
      resolve(line.trim());
    });
  });
}
