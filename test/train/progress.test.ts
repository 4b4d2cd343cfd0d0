import { strict as assert } from "node:assert";
import {
  formatDuration,
  notebookProgress,
  terminalProgress,
  type ProgressSnapshot,
} from "../../src/train";

const snapshot = (step: number, totalSteps?: number): ProgressSnapshot => ({
  step,
  ...(totalSteps === undefined ? {} : { totalSteps, secondsLeft: totalSteps - step }),
  epoch: 0,
  epochs: 2,
  loss: 0.5,
  meanLoss: 0.6,
  stepsPerSecond: 2,
});

describe("progress reporters", () => {
  it("formats durations", () => {
    assert.equal(formatDuration(42.4), "42s");
    assert.equal(formatDuration(187), "3m 07s");
    assert.equal(formatDuration(3720), "1h 02m");
    assert.equal(formatDuration(Number.NaN), "?");
  });

  it("terminal: logs a line every 10% when not a TTY", () => {
    const lines: string[] = [];
    const reporter = terminalProgress({ write: (t: string) => lines.push(t), isTTY: false });
    for (let step = 1; step <= 100; step++) reporter.update(snapshot(step, 100));
    reporter.finish("done");
    assert.equal(lines.length, 12, "a line at 0%, 10%, ..., 100%, and the summary");
    assert.match(
      lines[0]!,
      /^step 1\/100, epoch 1\/2, loss 0.5000 \(epoch mean 0.6000\), 2.0 steps\/s, 1m 39s left\n$/,
    );
    assert.equal(lines.at(-1), "done\n");
  });

  it("terminal: redraws one live line with a bar on a TTY", () => {
    const writes: string[] = [];
    const reporter = terminalProgress({ write: (t: string) => writes.push(t), isTTY: true });
    reporter.update(snapshot(5, 10));
    reporter.epochEnd("epoch 1/2: loss 0.6", snapshot(10, 10));
    assert.match(writes[0]!, /^\r\x1b\[2K\[#{12}-{12}\] step 5\/10/);
    assert.equal(writes[1], "\r\x1b[2K");
    assert.equal(writes[2], "epoch 1/2: loss 0.6\n");
  });

  it("notebook: updates one display with a bar, the epoch log and the summary", () => {
    const html: string[] = [];
    const reporter = notebookProgress({ html: (h: string) => html.push(h) });
    reporter.update(snapshot(1, 4));
    reporter.update(snapshot(2, 4)); // throttled
    reporter.update(snapshot(4, 4)); // last step always drawn
    reporter.epochEnd("epoch 1/2 <ok>", snapshot(4, 4));
    reporter.finish("Training finished");
    assert.equal(html.length, 4);
    assert.match(html[0]!, /<progress value="0.2500" max="1"/);
    assert.match(html[2]!, /epoch 1\/2 &lt;ok&gt;/);
    assert.match(html[3]!, /<b>Training finished<\/b>/);
  });
});
