import type { AnswersFileGrade } from "./grade-answers-file";
import { formatPoints } from "./render-text";

/**
 * Quotes one CSV field when it holds a comma, a quote or a line break (RFC 4180).
 *
 * @param value - the field's text.
 * @returns the field, quoted if needed.
 * @example
 * ```ts
 * csvField('say "hi", then go'); // "\"say \"\"hi\"\", then go\""
 * ```
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Builds the instructor's grade sheet from many graded answers files: one row per file with
 * `file, learner, quiz, status, score, points, percent, q1 ... qN, message`. `status` is
 * `graded` (then `message` lists answers not accepted and failed code cases, first line each)
 * or `malformed` (then `message` says why and the score cells are empty).
 *
 * @param grades - the results of `gradeAnswersFile`, in the order to list them.
 * @returns CSV text with a header row, lines ending in `\n`.
 * @example
 * ```ts
 * fs.writeFileSync("grades.csv", gradesToCsv(files.map((f) => gradeAnswersFile(f))));
 * ```
 */
export function gradesToCsv(grades: readonly AnswersFileGrade[]): string {
  const questionCount = Math.max(0, ...grades.map((g) => (g.ok ? g.report.questions.length : 0)));
  const header = [
    "file",
    "learner",
    "quiz",
    "status",
    "score",
    "points",
    "percent",
    ...Array.from({ length: questionCount }, (_, i) => `q${i + 1}`),
    "message",
  ];
  const rows = grades.map((g) => {
    if (!g.ok) {
      return [
        g.file,
        "",
        "",
        "malformed",
        "",
        "",
        "",
        ...Array<string>(questionCount).fill(""),
        g.message,
      ];
    }
    const r = g.report;
    const percent = r.points > 0 ? formatPoints((100 * r.score) / r.points) : "0";
    const cells = Array.from({ length: questionCount }, (_, i) => {
      const q = r.questions[i];
      return q === undefined ? "" : formatPoints(q.score);
    });
    const notes = r.questions
      .filter((q) => q.detail !== undefined)
      .map((q) => `q${q.number}: ${(q.detail ?? "").split("\n")[0] ?? ""}`)
      .join("; ");
    return [
      g.file,
      g.learner,
      r.quiz,
      "graded",
      formatPoints(r.score),
      formatPoints(r.points),
      percent,
      ...cells,
      notes,
    ];
  });
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\n") + "\n";
}
