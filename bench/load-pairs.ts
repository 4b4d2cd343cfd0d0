// Load time and peak memory of the Quora-format loader on a generated 500,000-row file.
//   npm run bench:load-pairs               (500,000 rows)
//   npm run bench:load-pairs -- 100000     (another size)
//   npm run bench:load-pairs -- --keep     (keep the generated file and print its path)
// Each measurement runs in a fresh child process, so its peak resident set size (maxRSS) is
// its own. "collect" keeps every pair in an array (loadQuestionPairs); "stream" only counts
// them (readQuestionPairs). V8 collects garbage lazily while memory is free, so the streamed
// run is repeated with the heap capped at 64 MiB: it finishes, which shows the reader holds
// on to nothing and its memory stays flat whatever the file size.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadQuestionPairs, readQuestionPairs } from "../src/data";
import { createRandom } from "../src/random";

const WORDS = (
  "how what why when where which who can do does is are should would i you my your the a an " +
  "to of in on for with best way learn make get find good new time money job phone car cat " +
  "dog food water python code book travel visa flight sleep health weight exercise university"
).split(" ");

/** Writes a Quora-style CSV (quoted fields, some with commas, quotes, tabs or line breaks). */
async function generate(file: string, rows: number): Promise<void> {
  const random = createRandom(1);
  const question = (): string => {
    const words = Array.from({ length: 5 + random.int(16) }, () => random.pick(WORDS));
    const roll = random.next();
    if (roll < 0.01) words.splice(2, 0, '"quoted"');
    else if (roll < 0.02) words.splice(3, 0, "line\nbreak");
    else if (roll < 0.03) words.splice(1, 0, "a,comma\tand tab");
    const text = words.join(" ");
    return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}?`;
  };
  const quote = (value: string | number): string => `"${String(value).replace(/"/g, '""')}"`;
  const out = fs.createWriteStream(file);
  const write = (text: string): Promise<void> =>
    new Promise((resolve) => {
      if (out.write(text)) resolve();
      else out.once("drain", () => resolve());
    });
  await write('"id","qid1","qid2","question1","question2","is_duplicate"\r\n');
  let chunk = "";
  for (let id = 0; id < rows; id++) {
    const fields = [
      id,
      2 * id + 1,
      2 * id + 2,
      question(),
      question(),
      random.next() < 0.37 ? 1 : 0,
    ];
    chunk += `${fields.map(quote).join(",")}\r\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = "";
    }
  }
  await write(chunk);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** Runs one measurement in this process and prints it as JSON. */
async function child(mode: string, file: string): Promise<void> {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  let rows = 0;
  if (mode === "collect") {
    const { pairs, skipped } = await loadQuestionPairs(file, { strict: false });
    rows = pairs.length + skipped.length;
  } else {
    for await (const pair of readQuestionPairs(file, { strict: false })) if (pair.id >= 0) rows++;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ mode, rows, seconds, baseline, peak }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") {
    await child(args[1] ?? "collect", args[2] ?? "");
    return;
  }
  const keep = args.includes("--keep");
  const sizes = args.filter((arg) => arg !== "--keep");
  const rows = Number(sizes[0] ?? 500_000);
  if (!Number.isInteger(rows) || rows <= 0)
    throw new Error(`bench/load-pairs: bad row count ${sizes[0]}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-bench-"));
  try {
    const file = path.join(dir, "pairs.csv");
    const started = Date.now();
    await generate(file, rows);
    const size = fs.statSync(file).size;
    const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    console.log(
      `generated ${rows.toLocaleString("en-US")} rows, ${mib(size)} (${file}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    console.log(
      `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"})`,
    );
    const runs = [
      { mode: "collect", flags: [], label: "loadQuestionPairs (all pairs kept)" },
      { mode: "stream", flags: [], label: "readQuestionPairs (streamed, counted)" },
      {
        mode: "stream",
        flags: ["--max-old-space-size=64"],
        label: "readQuestionPairs, V8 heap capped at 64 MiB",
      },
    ];
    for (const { mode, flags, label } of runs) {
      const args = [...flags, ...process.execArgv, __filename, "--child", mode, file];
      const result = spawnSync(process.execPath, args, { encoding: "utf8" });
      if (result.status !== 0) throw new Error(`child ${mode} failed:\n${result.stderr}`);
      const line = result.stdout.trim().split("\n").pop() ?? "{}";
      const m = JSON.parse(line) as {
        mode: string;
        rows: number;
        seconds: number;
        baseline: number;
        peak: number;
      };
      console.log(
        `${label}: ${m.rows.toLocaleString("en-US")} rows in ${m.seconds.toFixed(2)} s ` +
          `(${Math.round(m.rows / m.seconds).toLocaleString("en-US")} rows/s); peak RSS ${mib(m.peak)}, ` +
          `${mib(m.peak - m.baseline)} above the ${mib(m.baseline)} after loading the library`,
      );
    }
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
