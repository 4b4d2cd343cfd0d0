import * as fs from "node:fs";
import * as path from "node:path";
import * as readline from "node:readline";
import { parseAnswerKeyFile, sealedQuestionSource } from "./answer-key-file";
import { describeError } from "./describe-error";
import { listQuizzes, loadQuizDefinition } from "./find-quiz";
import { gradeAnswersFile } from "./grade-answers-file";
import type { GradeOptions } from "./grade-question";
import { collectProgress } from "./collect-progress";
import { gradesToCsv } from "./grades-csv";
import { openQuiz } from "./open-quiz";
import { progressRowsToCsv } from "./progress-csv";
import type { QuizOutput } from "./quiz-output";
import { plural, renderOutcomeText, renderSummaryText } from "./render-text";
import { sealChoiceQuestion } from "./seal-choice-question";
import { decodeUtf8Strictly, readTextFileSync } from "../io/read-text-file";
import { writeFileAtomicSync } from "../io/write-file-atomic-sync";

/** The streams and environment the command line runs with (the process's, or a test's). */
export interface QuizCliIo {
  /** Where answers are read, one line each, when a quiz is taken in the terminal. */
  readonly stdin: NodeJS.ReadableStream & {
    /** True for an interactive terminal; otherwise each answer read is echoed to `stdout`. */
    readonly isTTY?: boolean;
  };
  /** Where questions, feedback, reports and `--help` go. */
  readonly stdout: NodeJS.WritableStream;
  /** Where usage errors and failures go. */
  readonly stderr: NodeJS.WritableStream;
  /** Folder relative paths are resolved from. Default `process.cwd()`. */
  readonly directory?: string;
}

/** The usage text of `npm run quiz`. */
export const QUIZ_CLI_USAGE = `Usage: npm run quiz -- <command>

  <quiz> [options]            take a quiz in the terminal (study-questions, 01-architecture,
                              architecture, 1, ...); asks the questions without full points
      --all                   ask every question, also those already right
      --restart               forget saved progress first
      --partial               partial credit for multiple-answer questions
      --progress-dir DIR      where progress is saved (default $SIAMESE_LAB_PROGRESS_DIR
                              or ~/.siamese-lab/progress)
      --no-save               do not save progress
      --save-answers FILE     write your answers as an answers file at the end
      --learner NAME          the name written into that file
  list                        list the quizzes
  grade <answers.json>        grade an answers file and print a report (--json for JSON,
                              --partial for partial credit); exit code 1 if it is malformed
  export <files|folders...>   grade many answers files into one CSV (--out FILE, default
                              standard output); exit code 1 if any file is malformed
  collect [homes...]          gather every learner's saved progress on a shared server into
                              one CSV, a row per learner, quiz and question (--out FILE,
                              default standard output); homes are folders of learners' home
                              folders (default /home); run as root, since each learner's
                              progress is private; exit code 1 if some could not be read
  seal <answer-key.json>      print the sealed choice questions of an answer key file
                              (for quiz authors)

In a quiz, answer choice questions with letters (B, or A D), numeric ones with a number and
code exercises with one line of JavaScript or @path/to/file.js. An empty line skips a
question, "quit" stops. Standard input may be a pipe.`;

interface Flags {
  readonly positional: string[];
  readonly values: Map<string, string>;
  readonly switches: Set<string>;
}

const VALUE_FLAGS = new Set(["--progress-dir", "--save-answers", "--learner", "--out"]);
const SWITCHES = new Set([
  "--all",
  "--restart",
  "--partial",
  "--no-save",
  "--json",
  "--help",
  "-h",
]);

function parseFlags(args: readonly string[]): Flags | string {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (VALUE_FLAGS.has(arg)) {
      const value = args[i + 1];
      if (value === undefined) return `${arg} needs a value`;
      values.set(arg, value);
      i++;
    } else if (SWITCHES.has(arg)) {
      switches.add(arg);
    } else if (arg.startsWith("-")) {
      return `unknown option ${arg}`;
    } else {
      positional.push(arg);
    }
  }
  return { positional, values, switches };
}

/**
 * Runs the quiz command line (`npm run quiz -- ...`, see {@link QUIZ_CLI_USAGE}): take a quiz
 * interactively (standard input may be a pipe: answers are then echoed so the transcript
 * reads well), grade an answers file, export many as CSV, list quizzes, or seal an answer key.
 *
 * @param args - the arguments after `--`.
 * @param io - the streams to use.
 * @returns the exit code: 0 done, 1 a malformed answers file (reason on stderr), 2 a usage
 *   error.
 * @example
 * ```ts
 * process.exitCode = await runQuizCli(process.argv.slice(2), process); // process has stdin, stdout, stderr
 * ```
 */
export async function runQuizCli(args: readonly string[], io: QuizCliIo): Promise<number> {
  const flags = parseFlags(args);
  const usageError = (message: string): number => {
    io.stderr.write(`quiz: ${message}\n\n${QUIZ_CLI_USAGE}\n`);
    return 2;
  };
  if (typeof flags === "string") return usageError(flags);
  const [command, ...rest] = flags.positional;
  if (flags.switches.has("--help") || flags.switches.has("-h") || command === "help") {
    io.stdout.write(`${QUIZ_CLI_USAGE}\n`);
    return 0;
  }
  if (command === undefined) return usageError("name a quiz or a command");
  const cwd = io.directory ?? process.cwd();
  const grading: GradeOptions = flags.switches.has("--partial")
    ? { multipleScoring: "partial" }
    : {};
  try {
    switch (command) {
      case "list":
        return listCommand(io);
      case "grade":
        if (rest.length !== 1) return usageError("grade takes one answers file");
        return gradeCommand(path.resolve(cwd, rest[0] as string), flags, grading, io);
      case "export":
        if (rest.length === 0) return usageError("export takes answers files or folders");
        return exportCommand(
          rest.map((p) => path.resolve(cwd, p)),
          flags,
          grading,
          cwd,
          io,
        );
      case "collect":
        return collectCommand(
          (rest.length === 0 ? ["/home"] : rest).map((p) => path.resolve(cwd, p)),
          flags,
          cwd,
          io,
        );
      case "seal":
        if (rest.length !== 1) return usageError("seal takes one answer key file");
        return sealCommand(path.resolve(cwd, rest[0] as string), io);
      default:
        if (rest.length > 0) return usageError(`unexpected argument ${rest[0] ?? ""}`);
        return await takeQuiz(command, flags, grading, cwd, io);
    }
  } catch (error) {
    io.stderr.write(`quiz: ${describeError(error).replace(/^Error: /, "")}\n`);
    return 2;
  }
}

function listCommand(io: QuizCliIo): number {
  for (const id of listQuizzes()) {
    const quiz = loadQuizDefinition(id);
    io.stdout.write(
      `${id.padEnd(24)} ${quiz.title} (${plural(quiz.questions.length, "question")})\n`,
    );
  }
  return 0;
}

function gradeCommand(file: string, flags: Flags, grading: GradeOptions, io: QuizCliIo): number {
  const graded = gradeAnswersFile(file, grading);
  if (!graded.ok) {
    io.stderr.write(`quiz grade: ${file} is malformed: ${graded.message}\n`);
    return 1;
  }
  if (flags.switches.has("--json")) {
    io.stdout.write(
      `${JSON.stringify({ file, learner: graded.learner, ...graded.report }, null, 2)}\n`,
    );
    return 0;
  }
  io.stdout.write(`Answers of ${graded.learner} (${file})\n`);
  io.stdout.write(`${renderSummaryText(graded.report, { attempts: false })}\n`);
  for (const q of graded.report.questions) {
    if (q.detail !== undefined && q.detail.includes("\n")) {
      io.stdout.write(`\nQuestion ${q.number}:\n${q.detail.replace(/^/gm, "  ")}\n`);
    }
  }
  return 0;
}

function answersFilesIn(target: string): string[] {
  if (fs.statSync(target).isDirectory()) {
    return fs
      .readdirSync(target)
      .filter((name) => name.toLowerCase().endsWith(".json"))
      .sort()
      .map((name) => path.join(target, name));
  }
  return [target];
}

function exportCommand(
  targets: readonly string[],
  flags: Flags,
  grading: GradeOptions,
  cwd: string,
  io: QuizCliIo,
): number {
  const files = targets.flatMap((t) => {
    try {
      return answersFilesIn(t);
    } catch {
      return [t];
    }
  });
  const grades = files.map((file) => gradeAnswersFile(file, grading));
  const shown = grades.map((g) => ({ ...g, file: path.relative(cwd, g.file) || g.file }));
  const csv = gradesToCsv(shown);
  const out = flags.values.get("--out");
  if (out === undefined) io.stdout.write(csv);
  else {
    writeFileAtomicSync(path.resolve(cwd, out), csv, "quiz export");
    io.stdout.write(`Wrote ${grades.length} rows to ${out}.\n`);
  }
  let malformed = 0;
  for (const g of shown) {
    if (!g.ok) {
      malformed++;
      io.stderr.write(`quiz export: ${g.file} is malformed: ${g.message}\n`);
    }
  }
  return malformed > 0 ? 1 : 0;
}

function collectCommand(
  homes: readonly string[],
  flags: Flags,
  cwd: string,
  io: QuizCliIo,
): number {
  const collected = collectProgress(homes);
  const csv = progressRowsToCsv(collected.rows);
  const out = flags.values.get("--out");
  if (out === undefined) io.stdout.write(csv);
  else {
    // Everyone's grades: readable by the instructor only.
    writeFileAtomicSync(path.resolve(cwd, out), csv, { mode: 0o600 });
    io.stdout.write(
      `Wrote ${plural(collected.rows.length, "row")} for ${plural(collected.learners.length, "learner")} to ${out}.\n`,
    );
  }
  if (collected.learners.length === 0) {
    io.stderr.write(
      `quiz collect: no learner found in ${homes.join(", ")} (a learner's home has a .siamese-lab folder)\n`,
    );
  }
  for (const p of collected.problems) {
    io.stderr.write(`quiz collect: ${p.learner}: ${p.file}: ${p.message}\n`);
  }
  return collected.problems.length > 0 ? 1 : 0;
}

function sealCommand(file: string, io: QuizCliIo): number {
  const key = parseAnswerKeyFile(readTextFileSync("quiz seal", file));
  io.stdout.write(
    `// Sealed from ${path.basename(file)} by \`npm run quiz -- seal\`; quiz "${key.quiz}".\n`,
  );
  for (const question of key.questions) {
    io.stdout.write(
      `${sealedQuestionSource(sealChoiceQuestion(key.quiz, question), question.number)}\n`,
    );
  }
  return 0;
}

async function takeQuiz(
  name: string,
  flags: Flags,
  grading: GradeOptions,
  cwd: string,
  io: QuizCliIo,
): Promise<number> {
  const output: QuizOutput = { show: (content) => io.stdout.write(`${content.text}\n`) };
  const progressDir = flags.switches.has("--no-save")
    ? false
    : flags.values.has("--progress-dir")
      ? path.resolve(cwd, flags.values.get("--progress-dir") as string)
      : undefined;
  const quiz = await openQuiz(name, {
    output,
    answerHint: () => undefined,
    ...(progressDir === undefined ? {} : { progressDir }),
    ...grading,
  });
  if (flags.switches.has("--restart")) quiz.reset();
  const all = flags.switches.has("--all");
  const numbers = quiz
    .report()
    .questions.filter((q) => all || q.status !== "correct")
    .map((q) => q.number);
  if (numbers.length === 0) {
    io.stdout.write(
      `Every question already has full points; use --all or --restart to answer again.\n`,
    );
    return 0;
  }
  io.stdout.write(`Empty line: skip the question. "quit": stop.\n`);
  const lines = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
  const next = lines[Symbol.asyncIterator]();
  const echo = io.stdin.isTTY !== true;
  let stopped = false;
  try {
    for (const number of numbers) {
      io.stdout.write("\n");
      quiz.show(number);
      const question = quiz.definition.questions[number - 1];
      const prompt =
        question?.kind === "code"
          ? "Your function (one line of JavaScript, or @file.js): "
          : question?.kind === "numeric"
            ? "Your number: "
            : "Your answer: ";
      for (;;) {
        io.stdout.write(prompt);
        const read = await next.next();
        if (read.done === true) {
          io.stdout.write("\n(end of input)\n");
          stopped = true;
          break;
        }
        const line = read.value.trim();
        if (echo) io.stdout.write(`${line}\n`);
        if (line === "quit" || line === "q") {
          stopped = true;
          break;
        }
        if (line === "") {
          io.stdout.write(`Skipped question ${number}.\n`);
          break;
        }
        let response = line;
        if (question?.kind === "code" && line.startsWith("@")) {
          try {
            const bytes = fs.readFileSync(path.resolve(cwd, line.slice(1)));
            const decoded = decodeUtf8Strictly(bytes);
            if (!decoded.ok) {
              io.stdout.write(
                `${line.slice(1)} is not valid UTF-8 (line ${decoded.line}, column ${decoded.column}); save it as UTF-8.\n`,
              );
              continue;
            }
            response = decoded.text;
          } catch (error) {
            io.stdout.write(`Cannot read ${line.slice(1)}: ${describeError(error)}\n`);
            continue;
          }
        }
        const outcome = quiz.submit(number, response);
        io.stdout.write(`${renderOutcomeText(outcome)}\n`);
        if (outcome.status === "graded") break;
      }
      if (stopped) break;
    }
  } finally {
    lines.close();
  }
  io.stdout.write("\n");
  quiz.summary();
  const answersOut = flags.values.get("--save-answers");
  if (answersOut !== undefined) {
    quiz.saveAnswers(path.resolve(cwd, answersOut), flags.values.get("--learner"));
  }
  return 0;
}
