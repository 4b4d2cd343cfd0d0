// npm run bench:classroom: what one learner costs a class server. Starts the class's
// JupyterHub (classroom/, test spawner: the server runs as you) with one learner, runs through
// that learner's server and siamese-lab kernel first the short fixture notebook (import, backend,
// the shared model, a quiz answer: a learner reading along), then the curriculum's notebook
// 04 (live training: the heaviest lesson), and samples every process of the learner's server
// from /proc twice a second: resident memory (RSS) and CPU time. Writes
// bench/classroom-results.json with the machine, the load average and every figure.
//
// The machine's other work shows in the CPU figures: read them with the load average.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { CHECKOUT, findJupyterHub, startClassroomHub } from "../classroom/hub";

const LEARNER = "learner";
const SAMPLE_MS = 500;
/** CPU use is reported as the busiest window of this length, in cores. */
const WINDOW_S = 5;
const clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());

interface ProcessSample {
  readonly pid: number;
  readonly ppid: number;
  readonly rssMB: number;
  readonly cpuSeconds: number;
  readonly command: string;
}

/** Every process, read from /proc. */
function readProcesses(): Map<number, ProcessSample> {
  const all = new Map<number, ProcessSample>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name (field 2) may hold spaces: fields after it follow its ')'.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      const rssKB = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      all.set(Number(entry), {
        pid: Number(entry),
        ppid: Number(fields[1]),
        rssMB: rssKB / 1024,
        cpuSeconds: (Number(fields[11]) + Number(fields[12])) / clockTicks,
        command: fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ").trim(),
      });
    } catch {
      // Ended meanwhile.
    }
  }
  return all;
}

/** `root` and every process below it. */
function tree(all: Map<number, ProcessSample>, root: number): ProcessSample[] {
  const found: ProcessSample[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    const proc = all.get(pid);
    if (proc === undefined) continue;
    found.push(proc);
    for (const child of all.values()) if (child.ppid === pid) queue.push(child.pid);
  }
  return found;
}

interface Tick {
  readonly t: number;
  readonly kernelRssMB: number;
  readonly kernelCpuSeconds: number;
  readonly serverRssMB: number;
  readonly kernels: number;
}

/** What one notebook run cost. */
interface RunFigures {
  readonly notebook: string;
  readonly seconds: number;
  readonly kernelPeakRssMB: number;
  readonly kernelMedianRssMB: number;
  readonly kernelCpuSeconds: number;
  readonly kernelMeanCores: number;
  readonly kernelPeakCores: number;
  readonly serverPeakRssMB: number;
  readonly loadAverage1m: readonly [number, number];
  readonly error: string | null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function runAndSample(
  python: string,
  url: string,
  token: string,
  serverPid: number,
  notebook: string,
  reportFile: string,
): Promise<RunFigures> {
  const loadStart = os.loadavg()[0]!;
  const ticks: Tick[] = [];
  const started = Date.now();
  const child = spawn(
    python,
    [
      path.join(CHECKOUT, "classroom", "run-on-server.py"),
      `${url}/user/${LEARNER}/`,
      notebook,
      "--token",
      token,
      "--report",
      reportFile,
      "--cell-timeout",
      "900",
    ],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  const done = new Promise<void>((resolve) => child.on("close", () => resolve()));
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished) {
    const processes = tree(readProcesses(), serverPid);
    const kernels = processes.filter((p) => p.command.includes("tslab"));
    const server = processes.filter((p) => !p.command.includes("tslab"));
    ticks.push({
      t: (Date.now() - started) / 1000,
      kernelRssMB: kernels.reduce((sum, p) => sum + p.rssMB, 0),
      kernelCpuSeconds: kernels.reduce((sum, p) => sum + p.cpuSeconds, 0),
      serverRssMB: server.reduce((sum, p) => sum + p.rssMB, 0),
      kernels: kernels.length,
    });
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, SAMPLE_MS))]);
  }
  const report = JSON.parse(fs.readFileSync(reportFile, "utf8")) as {
    seconds: number;
    error: string | null;
    cells: { output: string }[];
  };
  if (report.error !== null) {
    console.error(`${notebook} failed (${report.error}):\n${report.cells.at(-1)?.output ?? ""}`);
  }
  const withKernel = ticks.filter((t) => t.kernels > 0);
  const first = withKernel[0];
  const last = withKernel[withKernel.length - 1];
  let peakCores = 0;
  for (const tick of withKernel) {
    const earlier = withKernel.find((e) => e.t >= tick.t - WINDOW_S);
    if (earlier !== undefined && tick.t - earlier.t >= WINDOW_S - 1) {
      peakCores = Math.max(
        peakCores,
        (tick.kernelCpuSeconds - earlier.kernelCpuSeconds) / (tick.t - earlier.t),
      );
    }
  }
  const cpu = first === undefined || last === undefined ? 0 : last.kernelCpuSeconds;
  const round = (x: number): number => Math.round(x * 100) / 100;
  return {
    notebook,
    seconds: round(report.seconds),
    kernelPeakRssMB: Math.round(Math.max(0, ...withKernel.map((t) => t.kernelRssMB))),
    kernelMedianRssMB: Math.round(median(withKernel.map((t) => t.kernelRssMB))),
    kernelCpuSeconds: round(cpu),
    kernelMeanCores: round(report.seconds > 0 ? cpu / report.seconds : 0),
    kernelPeakCores: round(peakCores),
    serverPeakRssMB: Math.round(Math.max(0, ...ticks.map((t) => t.serverRssMB))),
    loadAverage1m: [round(loadStart), round(os.loadavg()[0]!)],
    error: report.error,
  };
}

async function main(): Promise<void> {
  const { python } = findJupyterHub();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-capacity-"));
  const homes = path.join(work, "homes");
  fs.mkdirSync(homes);
  const token = randomBytes(24).toString("hex");
  const [port, hubPort, proxyPort] = [await freePort(), await freePort(), await freePort()];
  const hub = await startClassroomHub({
    state: path.join(work, "state"),
    url: `http://127.0.0.1:${port}`,
    hubUrl: `http://127.0.0.1:${hubPort}`,
    proxyApiUrl: `http://127.0.0.1:${proxyPort}`,
    testUsers: [LEARNER],
    apiToken: token,
    simpleHomes: homes,
  });
  const headers = { Authorization: `token ${token}` };
  try {
    await fetch(`${hub.url}/hub/api/users/${LEARNER}/server`, { method: "POST", headers });
    let serverPid: number | undefined;
    while (serverPid === undefined) {
      const user = (await (
        await fetch(`${hub.url}/hub/api/users/${LEARNER}`, { headers })
      ).json()) as { servers?: Record<string, { ready?: boolean; state?: { pid?: number } }> };
      const server = user.servers?.[""];
      if (server?.ready === true) serverPid = server.state?.pid;
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const fixture = JSON.parse(
      fs.readFileSync(
        path.join(CHECKOUT, "test", "fixtures", "classroom", "learner-session.ipynb"),
        "utf8",
      ),
    ) as unknown;
    await fetch(
      `${hub.url}/user/${LEARNER}/api/contents/siamese-lab/notebooks/learner-session.ipynb`,
      {
        method: "PUT",
        headers,
        body: JSON.stringify({ type: "notebook", format: "json", content: fixture }),
      },
    );
    const runs: RunFigures[] = [];
    for (const notebook of ["learner-session.ipynb", "04-training.ipynb"]) {
      console.log(`bench:classroom: running ${notebook} through the learner's kernel ...`);
      runs.push(
        await runAndSample(
          python,
          hub.url,
          token,
          serverPid,
          `siamese-lab/notebooks/${notebook}`,
          path.join(work, `${notebook}.json`),
        ),
      );
    }
    const cpus = os.cpus();
    const results = {
      date: new Date().toISOString(),
      machine: {
        cpu: cpus[0]?.model ?? "?",
        cores: cpus.length,
        memoryGB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      sampling: `every ${SAMPLE_MS} ms from /proc; peak cores over ${WINDOW_S} s windows`,
      runs,
    };
    fs.writeFileSync(
      path.join(CHECKOUT, "bench", "classroom-results.json"),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    console.log(
      `\n${results.machine.cores} cores (${results.machine.cpu}), Node ${process.version}\n` +
        "| notebook | s | kernel peak RSS MB | kernel median RSS MB | kernel CPU s | mean cores | peak cores (5 s) | server RSS MB | load avg start/end |\n" +
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|\n" +
        runs
          .map(
            (r) =>
              `| ${path.basename(r.notebook)} | ${r.seconds} | ${r.kernelPeakRssMB} | ${r.kernelMedianRssMB} | ${r.kernelCpuSeconds} | ${r.kernelMeanCores} | ${r.kernelPeakCores} | ${r.serverPeakRssMB} | ${r.loadAverage1m.join(" / ")} |` +
              (r.error === null ? "" : ` FAILED: ${r.error}`),
          )
          .join("\n") +
        "\nbench/classroom-results.json has every figure.",
    );
    if (runs.some((r) => r.error !== null)) process.exitCode = 1;
  } finally {
    await hub.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:classroom: ${(error as Error).message}`);
  process.exit(1);
});
