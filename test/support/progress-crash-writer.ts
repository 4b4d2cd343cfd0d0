// Child process of test/io/write-file-atomic-sync.test.ts: saves progress of growing size in
// a loop until it is killed, so that the kill lands in the middle of a write.
import { saveProgress } from "../../src/quiz/progress-store";

const file = process.argv[2];
if (file === undefined) throw new Error("usage: progress-crash-writer <file>");
const padding = "x".repeat(4 * 1024 * 1024);
for (let round = 1; ; round++) {
  saveProgress(file, {
    quiz: "demo",
    questions: {
      "1": {
        fingerprint: `round-${round}`,
        attempts: round,
        bestScore: 1,
        lastScore: 1,
        bestResponse: padding,
        lastResponse: ["A"],
        answeredAt: new Date(0).toISOString(),
      },
    },
  });
  if (round === 1) process.stdout.write("ready\n");
}
