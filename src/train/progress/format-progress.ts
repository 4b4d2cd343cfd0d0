import type { ProgressSnapshot } from "./progress-reporter";

/**
 * Formats a duration for progress lines, rounded to the second: `42s`, `3m 07s` or `1h 02m`.
 *
 * @param seconds - the duration in seconds.
 * @returns the text, or `"?"` when `seconds` is negative or not finite.
 * @example
 * ```ts
 * formatDuration(187); // "3m 07s"
 * formatDuration(3720); // "1h 02m"
 * ```
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** A text bar such as `[#########-----------]` for a fraction in [0, 1]. */
export function progressBar(fraction: number, width = 24): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
}

/** One line describing a snapshot: step, epoch, loss, speed and time left. */
export function describeProgress(p: ProgressSnapshot): string {
  const steps = p.totalSteps === undefined ? `step ${p.step}` : `step ${p.step}/${p.totalSteps}`;
  const left = p.secondsLeft === undefined ? "" : `, ${formatDuration(p.secondsLeft)} left`;
  const speed =
    p.stepsPerSecond >= 1
      ? `${p.stepsPerSecond.toFixed(1)} steps/s`
      : `${(1 / p.stepsPerSecond).toFixed(2)} s/step`;
  return `${steps}, epoch ${p.epoch + 1}/${p.epochs}, loss ${p.loss.toFixed(4)} (epoch mean ${p.meanLoss.toFixed(4)}), ${speed}${left}`;
}
