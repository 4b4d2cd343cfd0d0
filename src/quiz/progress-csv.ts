import type { ProgressRow } from "./collect-progress";
import { csvField } from "./grades-csv";
import { formatPoints } from "./render-text";

/**
 * The instructor's CSV of collected progress: a header row, then one row per learner, quiz
 * and question with `learner, quiz, question, kind, score, points, attempts, status,
 * answered_at`. `score` is the points earned (the best attempt), `points` the points
 * available, `attempts` the graded answers (0 when unanswered), as in `gradesToCsv`.
 *
 * @param rows - the rows of `collectProgress`, in the order to list them.
 * @returns CSV text, lines ending in `\n`.
 * @example
 * ```ts
 * progressRowsToCsv(collectProgress(["/home"]).rows);
 * // "learner,quiz,question,kind,score,points,attempts,status,answered_at\nada,01-architecture,1,..."
 * ```
 */
export function progressRowsToCsv(rows: readonly ProgressRow[]): string {
  const header = [
    "learner",
    "quiz",
    "question",
    "kind",
    "score",
    "points",
    "attempts",
    "status",
    "answered_at",
  ];
  const lines = rows.map((r) => [
    r.learner,
    r.quiz,
    String(r.question),
    r.label,
    formatPoints(r.score),
    formatPoints(r.points),
    String(r.attempts),
    r.status,
    r.answeredAt,
  ]);
  return [header, ...lines].map((row) => row.map(csvField).join(",")).join("\n") + "\n";
}
