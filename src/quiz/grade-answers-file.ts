import * as fs from "node:fs";
import { decodeUtf8Strictly } from "../io/read-text-file";
import { parseAnswersFile, type AnswersFile } from "./answers-file";
import { describeError } from "./describe-error";
import { loadQuizDefinition } from "./find-quiz";
import { gradeQuestion, type GradeOptions } from "./grade-question";
import type { ParsedResponse } from "./parse-response";
import { questionLabel, questionStatus, type QuestionReport, type QuizReport } from "./quiz-report";
import type { QuizDefinition } from "./quiz-types";

/** A graded answers file, or why it could not be graded. */
export type AnswersFileGrade =
  | {
      /** The file was read and graded. */
      readonly ok: true;
      /** The path graded, as given. */
      readonly file: string;
      /** The file's `learner`, else the file name without `.json`. */
      readonly learner: string;
      /** The scores, question by question and in total. */
      readonly report: QuizReport;
    }
  | {
      /** The file could not be graded. */
      readonly ok: false;
      /** The path, as given. */
      readonly file: string;
      /** Why: unreadable, not JSON, wrong shape, unknown quiz or question number. */
      readonly message: string;
    };

/** Options of {@link gradeAnswersFile}. */
export interface GradeAnswersFileOptions extends GradeOptions {
  /** Finds a quiz by the name in the file. Default: `loadQuizDefinition`. */
  readonly loadQuiz?: (name: string) => QuizDefinition;
}

/**
 * Grades a set of answers against a quiz, one attempt per question. A missing answer is
 * "unanswered"; an answer the question cannot take (a letter without an option, two letters
 * for a single-choice question, code that does not compile) scores 0 with the reason in
 * `detail`; a failing code exercise has its first failing case in `detail`.
 *
 * @param quiz - the quiz.
 * @param answers - the answers (their `quiz` must be this quiz's id).
 * @param options - scoring override and code time limit.
 * @returns the report, or why the answers do not fit the quiz (another quiz, a question
 *   number the quiz does not have).
 * @example
 * ```ts
 * const graded = gradeAnswers(quiz, { quiz: quiz.id, answers: { "1": "B" } });
 * if (graded.ok) console.log(graded.value.score);
 * ```
 */
export function gradeAnswers(
  quiz: QuizDefinition,
  answers: AnswersFile,
  options: GradeOptions = {},
): ParsedResponse<QuizReport> {
  if (answers.quiz !== quiz.id) {
    return { ok: false, message: `the answers are for quiz "${answers.quiz}", not "${quiz.id}"` };
  }
  const size = quiz.questions.length;
  const outside = Object.keys(answers.answers).find((n) => Number(n) > size);
  if (outside !== undefined) {
    return {
      ok: false,
      message: `question ${outside} does not exist ("${quiz.id}" has 1 to ${size})`,
    };
  }
  const questions = quiz.questions.map((question, i): QuestionReport => {
    const number = i + 1;
    const base = { number, label: questionLabel(question), points: question.points };
    const answer = answers.answers[String(number)];
    if (answer === undefined) {
      return { ...base, score: 0, attempts: 0, status: "unanswered" };
    }
    const grade = gradeQuestion(question, answer, options);
    if (!grade.ok) {
      return {
        ...base,
        score: 0,
        attempts: 1,
        status: "wrong",
        detail: `answer not accepted: ${grade.message}`,
      };
    }
    const detail =
      grade.feedback.kind === "code" && grade.feedback.failure !== undefined
        ? grade.feedback.failure
        : undefined;
    return {
      ...base,
      score: grade.score,
      attempts: 1,
      status: questionStatus(grade.score, grade.points, true),
      ...(detail === undefined ? {} : { detail }),
    };
  });
  return {
    ok: true,
    value: {
      quiz: quiz.id,
      title: quiz.title,
      score: questions.reduce((sum, q) => sum + q.score, 0),
      points: questions.reduce((sum, q) => sum + q.points, 0),
      answered: questions.filter((q) => q.status !== "unanswered").length,
      questions,
    },
  };
}

/**
 * Reads and grades one answers file (see `AnswersFile`). Never throws for a bad file: an
 * unreadable file, invalid JSON, a wrong shape, an unknown quiz or a question number the quiz
 * does not have come back as `{ ok: false, message }`.
 *
 * @param file - path of the JSON file.
 * @param options - quiz lookup, scoring override, code time limit.
 * @returns the learner (the file's `learner`, else its name) and report, or the reason.
 * @example
 * ```ts
 * const graded = gradeAnswersFile("answers.json");
 * console.log(graded.ok ? graded.report.score : graded.message);
 * ```
 */
export function gradeAnswersFile(
  file: string,
  options: GradeAnswersFileOptions = {},
): AnswersFileGrade {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, file, message: `cannot read the file (${describeError(error)})` };
  }
  const decoded = decodeUtf8Strictly(bytes);
  if (!decoded.ok) {
    return {
      ok: false,
      file,
      message: `the file is not valid UTF-8: line ${decoded.line}, column ${decoded.column} holds bytes that are not UTF-8 (save it as UTF-8)`,
    };
  }
  const text = decoded.text;
  const parsed = parseAnswersFile(text);
  if (!parsed.ok) return { ok: false, file, message: parsed.message };
  let quiz: QuizDefinition;
  try {
    quiz = (options.loadQuiz ?? loadQuizDefinition)(parsed.value.quiz);
  } catch (error) {
    return {
      ok: false,
      file,
      message: (error as Error).message.replace(/^loadQuizDefinition: /, ""),
    };
  }
  const graded = gradeAnswers(quiz, parsed.value, options);
  if (!graded.ok) return { ok: false, file, message: graded.message };
  const learner = parsed.value.learner ?? file.replace(/^.*[\\/]/, "").replace(/\.json$/i, "");
  return { ok: true, file, learner, report: graded.value };
}
