// Child process of test/faults: adds one attempt after another to a progress file (as
// QuizSession.save does, through updateProgress) until it is killed. After the first save it
// prints "ready <file-system calls of one save>" and waits for "arm <n>" (die at the n-th
// file-system call from then on) or "go" (the parent kills it when it likes).
import { updateProgress } from "../../../src/quiz/progress-store";
import { command, say } from "./child-io";
import { armKillSwitch, fsCalls, installKillSwitch } from "./kill-switch";
import { FAULT_QUIZ, withAttempt } from "./progress-attempts";

const file = process.argv[2];
if (file === undefined) throw new Error("usage: progress-writer <file>");

function save(i: number): void {
  say(`saving ${i}`);
  updateProgress(file as string, FAULT_QUIZ, (current) => withAttempt(current, i));
  say(`saved ${i}`);
}

void (async () => {
  await installKillSwitch();
  const before = fsCalls();
  save(0);
  say(`ready ${fsCalls() - before}`);
  const order = await command();
  if (order.startsWith("arm ")) armKillSwitch(Number(order.slice(4)));
  for (let i = 1; ; i++) save(i);
})();
