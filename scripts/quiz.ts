// `npm run quiz -- <command>`: take a quiz in the terminal, grade answers files, export grades.
// Everything lives in src/quiz (runQuizCli); this file only wires it to the process.
import { runQuizCli } from "../src/quiz";

runQuizCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`quiz: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
