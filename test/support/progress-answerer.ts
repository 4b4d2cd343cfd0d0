// Child process of the progress store's concurrency test: one learner answering every question
// of the counting quiz, round after round, into a progress file other learners share. It waits
// for "go" on standard input so that all learners start together.
import { QuizSession } from "../../src/quiz/quiz-session";
import { countingAnswer, countingQuiz } from "./counting-quiz";

const [file, workerText, questionsText, roundsText] = process.argv.slice(2);
if (!file || !workerText || !questionsText || !roundsText) {
  throw new Error("usage: progress-answerer <file> <worker> <questions> <rounds>");
}
const worker = Number(workerText);
const questions = Number(questionsText);
const rounds = Number(roundsText);
const session = new QuizSession(countingQuiz(questions), {
  progressFile: file,
  output: { show: () => undefined },
});
process.stdout.write("ready\n");
process.stdin.once("data", () => {
  const problems: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let question = 1; question <= questions; question++) {
      const outcome = session.submit(question, countingAnswer(worker, round, question));
      if (outcome.status !== "graded") problems.push(outcome.message);
      else if (outcome.saveError !== undefined) problems.push(outcome.saveError);
    }
  }
  process.stdout.write(`${JSON.stringify({ problems })}\n`);
  process.exit(0);
});
