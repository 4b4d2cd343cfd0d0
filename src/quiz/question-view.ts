import { createHash } from "node:crypto";
import { optionLetter } from "./option-letters";
import { questionLabel, type QuestionLabel } from "./quiz-report";
import type { QuizQuestion } from "./quiz-types";
import { describeTolerance } from "./tolerance";

/** What is shown of a question: everything but its key. */
export interface QuestionView {
  /** The id of the quiz the question belongs to. */
  readonly quizId: string;
  /** The question's number, from 1. */
  readonly number: number;
  /** Number of questions in the quiz. */
  readonly total: number;
  /** The question's kind as learners read it. */
  readonly label: QuestionLabel;
  /** The question text, plain text. */
  readonly stem: string;
  /** Points available. */
  readonly points: number;
  /** The options of a choice question (empty otherwise). */
  readonly options: readonly {
    /** The option's letter, `"A"` for the first. */
    readonly letter: string;
    /** The option's text. */
    readonly text: string;
  }[];
  /** What kind of answer is expected, in one sentence. */
  readonly instructions: string;
  /** The function to write, for a code exercise. */
  readonly signature?: string;
  /** Starter code of a code exercise, shown instead of the signature when present. */
  readonly starter?: string;
  /** Saved progress on this question, if answered before. */
  readonly progress?: {
    /** Graded answers so far. */
    readonly attempts: number;
    /** The best score over them, in points. */
    readonly bestScore: number;
  };
}

/**
 * Builds the view of question `number` (1-based) of a quiz.
 *
 * @param quizId - the quiz's id.
 * @param question - the question.
 * @param number - its number.
 * @param total - the quiz's question count.
 * @param progress - saved attempts and best score, if any.
 * @returns the view.
 * @example
 * ```ts
 * questionView("study-questions", quiz.questions[0]!, 1, 20).instructions; // "Choose one option."
 * ```
 */
export function questionView(
  quizId: string,
  question: QuizQuestion,
  number: number,
  total: number,
  progress?: { readonly attempts: number; readonly bestScore: number },
): QuestionView {
  const base = {
    quizId,
    number,
    total,
    label: questionLabel(question),
    stem: question.stem,
    points: question.points,
    ...(progress === undefined ? {} : { progress }),
  };
  switch (question.kind) {
    case "choice":
      return {
        ...base,
        options: question.options.map((text, i) => ({ letter: optionLetter(i), text })),
        instructions:
          question.select === "one"
            ? "Choose one option."
            : `Choose all options that apply${question.scoring === "partial" ? " (partial credit)" : ""}.`,
      };
    case "numeric":
      return {
        ...base,
        options: [],
        instructions: `Answer with a number (accepted ${describeTolerance(question.tolerance)}).`,
      };
    case "code":
      return {
        ...base,
        options: [],
        instructions: `Answer with your function; it is checked against the library on ${question.fixedCases.length + question.randomCases} cases.`,
        signature: question.signature,
        ...(question.starter === undefined ? {} : { starter: question.starter }),
      };
  }
}

/**
 * A short hash of what a learner sees of a question (kind, stem, options): saved progress of a
 * question whose text changed since is not restored.
 *
 * @param question - the question.
 * @returns 16 hex characters.
 * @example
 * ```ts
 * questionFingerprint(quiz.questions[0]!); // "a3f0c1..."
 * ```
 */
export function questionFingerprint(question: QuizQuestion): string {
  const options = question.kind === "choice" ? question.options.join("\0") : "";
  return createHash("sha256")
    .update(`${question.kind}\0${question.stem}\0${options}`)
    .digest("hex")
    .slice(0, 16);
}
