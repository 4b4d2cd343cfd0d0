// The quiz engine's public API. Helpers used only inside the engine and by quiz modules
// (formatting, random case inputs) are imported from their files, not re-exported here, so
// that generic names do not crowd the package's one namespace.
export type {
  ChoiceQuestion,
  ChoiceSelect,
  CodeExercise,
  MultipleScoring,
  NumericQuestion,
  QuestionKind,
  QuizDefinition,
  QuizQuestion,
  QuizResponse,
  Tolerance,
} from "./quiz-types";
export { optionLetter, optionLetters } from "./option-letters";
export { hashAnswerKey, deriveSalt } from "./answer-key-hash";
export { sealFeedback, openFeedback } from "./sealed-feedback";
export type { OptionFeedback } from "./sealed-feedback";
export { sealChoiceQuestion, unsealChoiceQuestion } from "./seal-choice-question";
export type { PlainChoiceQuestion, UnsealedChoiceKey } from "./seal-choice-question";
export { defineQuiz, choiceQuestion, numericQuestion, codeExercise } from "./define-quiz";
export type { ChoiceQuestionSpec, NumericQuestionSpec, CodeExerciseSpec } from "./define-quiz";
export { parseChoiceResponse, parseNumericResponse } from "./parse-response";
export type { ParsedResponse } from "./parse-response";
export { scoreChoice } from "./score-choice";
export type { ChoiceScore } from "./score-choice";
export { withinTolerance, describeTolerance } from "./tolerance";
export { compileCodeAnswer } from "./compile-code-answer";
export type { CompiledFunction, CompileCodeOptions } from "./compile-code-answer";
export { gradeCode, exerciseCases } from "./grade-code";
export type { CodeGrade, GradeCodeOptions } from "./grade-code";
export { gradeQuestion, numericAnswerKey } from "./grade-question";
export type { ChosenOption, GradeFeedback, GradeOptions, QuestionGrade } from "./grade-question";
export type { StoredResponse } from "./stored-response";
export {
  defaultProgressDir,
  progressFilePath,
  loadProgress,
  saveProgress,
  updateProgress,
  parseProgress,
} from "./progress-store";
export type {
  QuestionProgress,
  QuizProgress,
  LoadedProgress,
  ParsedProgress,
} from "./progress-store";
export { questionLabel, questionStatus } from "./quiz-report";
export type { QuestionLabel, QuestionReport, QuestionStatus, QuizReport } from "./quiz-report";
export { questionView, questionFingerprint } from "./question-view";
export type { QuestionView } from "./question-view";
export type { AnswerOutcome, ScoreTotals } from "./answer-outcome";
export {
  renderQuestionText,
  renderOutcomeText,
  renderSummaryText,
  renderTotalsText,
} from "./render-text";
export {
  escapeHtml,
  renderQuestionHtml,
  renderOutcomeHtml,
  renderSummaryHtml,
} from "./render-html";
export { defaultQuizOutput } from "./quiz-output";
export type { QuizContent, QuizOutput } from "./quiz-output";
export { QuizSession } from "./quiz-session";
export type { QuizSessionOptions } from "./quiz-session";
export { quizzesFolder, listQuizzes, loadQuizDefinition } from "./find-quiz";
export { openQuiz } from "./open-quiz";
export type { OpenQuizOptions } from "./open-quiz";
export { parseAnswersFile } from "./answers-file";
export type { AnswersFile } from "./answers-file";
export { gradeAnswers, gradeAnswersFile } from "./grade-answers-file";
export type { AnswersFileGrade, GradeAnswersFileOptions } from "./grade-answers-file";
export { gradesToCsv } from "./grades-csv";
export { collectProgress, PROGRESS_SUBFOLDER } from "./collect-progress";
export type {
  CollectedProgress,
  CollectProblem,
  CollectProgressOptions,
  ProgressRow,
} from "./collect-progress";
export { progressRowsToCsv } from "./progress-csv";
export { parseAnswerKeyFile, sealedQuestionSource } from "./answer-key-file";
export type { AnswerKeyFile, AnswerKeyQuestion } from "./answer-key-file";
export { runQuizCli, QUIZ_CLI_USAGE } from "./quiz-cli";
export type { QuizCliIo } from "./quiz-cli";
