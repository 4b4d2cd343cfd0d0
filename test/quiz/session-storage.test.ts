import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { QuestionAttempt } from "../../src/quiz/question-attempt";
import { questionFingerprint } from "../../src/quiz/question-view";
import type { QuizQuestion } from "../../src/quiz/quiz-types";
import { SessionProgress } from "../../src/quiz/session-progress";
import { SessionStorage } from "../../src/quiz/session-storage";
import { demoQuiz } from "../support/demo-quiz";

function attempt(score: number): QuestionAttempt {
  const question = demoQuiz.questions[0] as QuizQuestion;
  return { fingerprint: questionFingerprint(question), score, response: "B", answeredAt: "t" };
}

describe("SessionStorage", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "session-storage-"));
    file = path.join(dir, "demo.json");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("without a file, reads and writes nothing", () => {
    const storage = new SessionStorage(undefined, demoQuiz.id);
    const progress = new SessionProgress(demoQuiz);
    assert.equal(storage.saving, false);
    assert.equal(storage.load([]), undefined);
    progress.record(1, attempt(1), storage.saving);
    assert.equal(storage.save(progress), undefined);
    assert.equal(progress.get(1)?.bestScore, 1);
  });

  it("adds this session's attempts to what another session saved", () => {
    const mine = new SessionStorage(file, demoQuiz.id);
    const theirs = new SessionStorage(file, demoQuiz.id);
    const myProgress = new SessionProgress(demoQuiz);
    const theirProgress = new SessionProgress(demoQuiz);
    assert.deepEqual(mine.load([]), { quiz: demoQuiz.id, questions: {} });
    theirProgress.record(1, attempt(0), true);
    assert.equal(theirs.save(theirProgress), undefined);
    myProgress.record(1, attempt(1), true);
    assert.equal(mine.save(myProgress), undefined);
    assert.equal(myProgress.get(1)?.attempts, 2);
    assert.deepEqual(myProgress.pending, []);
    theirs.refresh(theirProgress);
    assert.equal(theirProgress.get(1)?.bestScore, 1, "a refresh brings in the other's save");
    assert.equal(mine.save(myProgress, true), undefined);
    theirs.refresh(theirProgress);
    assert.equal(theirProgress.answered, 0, "clearing empties the file");
  });

  it("turns saving off when the file cannot be opened", () => {
    const storage = new SessionStorage(dir, demoQuiz.id);
    const notices: string[] = [];
    assert.equal(storage.load(notices), undefined);
    assert.equal(storage.saving, false);
    assert.match(notices.join(""), /could not be opened .*this session will not be saved/);
  });
});
