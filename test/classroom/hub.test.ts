// A class on one server, for real: starts the class's JupyterHub (classroom/) on localhost
// with 3 learners, starts each learner's server through the hub's REST API, runs a short
// notebook through each server's siamese-lab kernel (over the kernel's websocket, as
// JupyterLab does) that answers a quiz question, checks that the instructor's CSV has all
// three answers and that a learner can neither read another's progress nor write into their
// notebooks, then stops everything and checks that no process is left.
//
// As root (CI) the 3 learners are real local users made for the test (and removed after),
// each server runs as its learner, and the homes are world-readable on purpose (as on many
// systems), so privacy must come from the classroom setup itself. Without root every server
// runs as you (SimpleLocalProcessSpawner) and the privacy check is skipped.
// Needs JupyterHub (Debian: apt-get install jupyterhub) and npm install (the proxy).
import { strict as assert } from "node:assert";
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { PassThrough, Readable } from "node:stream";
import {
  CHECKOUT,
  findJupyterHub,
  startClassroomHub,
  tail,
  type ClassroomHub,
} from "../../classroom/hub";
import { runQuizCli } from "../../src/quiz/quiz-cli";
import { ensureBuilt } from "../support/build";

const fixtures = path.resolve(__dirname, "../fixtures/classroom");
const curriculum = fs
  .readdirSync(path.resolve(__dirname, "../../notebooks"))
  .filter((f) => f.endsWith(".ipynb"))
  .sort();
/** Marks the users this test makes, so that a crashed run's can be recognised and removed. */
const TEST_USER_COMMENT = "siamese-lab hub test";
const isRoot = process.getuid?.() === 0;

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Local users made by an earlier run of this test that died before removing them. */
function leftoverTestUsers(): string[] {
  return fs
    .readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .map((line) => line.split(":"))
    .filter((f) => f[4] === TEST_USER_COMMENT && !fs.existsSync(f[5] ?? ""))
    .map((f) => f[0]!);
}

/** A running process: its id, start time (to tell a reused id apart) and command line. */
interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly uid: number;
  readonly started: string;
  readonly command: string;
}

/** Every process, read from /proc. */
function listProcesses(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name, which may hold spaces: ppid is the 2nd, starttime the 20th.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      found.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        uid: Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]),
        started: fields[19] ?? "",
        command: fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ").trim(),
      });
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}

/** `root` and every process below it. */
function processTree(all: readonly ProcessInfo[], root: number): ProcessInfo[] {
  const tree = all.filter((p) => p.pid === root);
  for (let i = 0; i < tree.length; i++) {
    tree.push(...all.filter((p) => p.ppid === tree[i]!.pid));
  }
  return tree;
}

/**
 * Of the processes the hub had (`before`), those still running, and any process of the test
 * learners' user ids.
 */
function leftBehind(before: readonly ProcessInfo[], uids: readonly number[]): ProcessInfo[] {
  const now = listProcesses();
  return now.filter(
    (p) => uids.includes(p.uid) || before.some((b) => b.pid === p.pid && b.started === p.started),
  );
}

interface CellRun {
  readonly index: number;
  readonly seconds: number;
  readonly status: string;
  readonly output: string;
}
interface ServerRun {
  readonly seconds: number;
  readonly cells: readonly CellRun[];
  readonly error: string | null;
}

describe("a class on one JupyterHub @slow", function () {
  this.timeout(5 * 60_000);
  const log = (line: string): void => console.log(`      ${line}`);
  const suffix = randomBytes(2).toString("hex");
  const learners = ["ada", "bob", "cy"].map((n) => `slt${suffix}-${n}`);
  const token = randomBytes(24).toString("hex");
  let work: string;
  let homes: string;
  let python: string;
  let hub: ClassroomHub | undefined;
  let madeUsers: string[] = [];
  const uids: number[] = [];
  const runs = new Map<string, ServerRun>();
  const started = Date.now();

  async function api(method: string, route: string, body?: unknown): Promise<Response> {
    return fetch(`${hub!.url}${route}`, {
      method,
      headers: { Authorization: `token ${token}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(120_000),
    });
  }

  /** Runs a notebook that is on the learner's server through that server's kernel. */
  async function runOnServer(learner: string, notebook: string): Promise<ServerRun> {
    const report = path.join(work, `${learner}-${path.basename(notebook, ".ipynb")}.json`);
    const child = spawn(
      python,
      [
        path.join(CHECKOUT, "classroom", "run-on-server.py"),
        `${hub!.url}/user/${learner}/`,
        notebook,
        "--token",
        token,
        "--report",
        report,
        "--cell-timeout",
        "120",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let printed = "";
    child.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    await new Promise((resolve) => child.on("close", resolve));
    if (!fs.existsSync(report)) assert.fail(`run-on-server.py wrote no report:\n${printed}`);
    return JSON.parse(fs.readFileSync(report, "utf8")) as ServerRun;
  }

  before(async function () {
    try {
      python = findJupyterHub().python;
    } catch (error) {
      assert.fail((error as Error).message);
    }
    ensureBuilt();
    work = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-hub-"));
    homes = path.join(work, "homes");
    fs.mkdirSync(homes);
    // Learners' servers run as the learners: they must reach the kernel registration and the
    // fixtures under work/, and list the folder of homes (as they can list /home).
    fs.chmodSync(work, 0o755);
    fs.chmodSync(homes, 0o755);
    if (isRoot) {
      for (const name of leftoverTestUsers()) execFileSync("userdel", [name]);
      for (const name of learners) {
        const home = path.join(homes, name);
        execFileSync("useradd", [
          "--no-create-home",
          "--home-dir",
          home,
          "--shell",
          "/bin/sh",
          "--comment",
          TEST_USER_COMMENT,
          name,
        ]);
        madeUsers.push(name);
        fs.mkdirSync(home, { mode: 0o755 });
        fs.chmodSync(home, 0o755); // readable by all on purpose: see the top of this file
        const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8" }).trim());
        const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8" }).trim());
        fs.chownSync(home, uid, gid);
        uids.push(uid);
      }
    }
    const [port, hubPort, proxyApiPort] = [await freePort(), await freePort(), await freePort()];
    hub = await startClassroomHub({
      state: path.join(work, "state"),
      url: `http://127.0.0.1:${port}`,
      hubUrl: `http://127.0.0.1:${hubPort}`,
      proxyApiUrl: `http://127.0.0.1:${proxyApiPort}`,
      testUsers: learners,
      apiToken: token,
      ...(isRoot ? {} : { simpleHomes: homes }),
    });
    log(
      `hub up at ${hub.url} after ${((Date.now() - started) / 1000).toFixed(1)} s (${isRoot ? "learners are local users" : "not root: every server runs as you"})`,
    );
  });

  after(async function () {
    this.timeout(2 * 60_000);
    const problems: string[] = [];
    if (hub !== undefined) {
      // The hub, the proxy, every learner's server and their kernels: the hub's process tree.
      const hubTree = processTree(listProcesses(), hub.process.pid!);
      await hub.stop();
      // They all stop with the hub; give the last ones a moment to be reaped.
      let left: ProcessInfo[] = [];
      for (let i = 0; i < 20; i++) {
        left = leftBehind(hubTree, uids);
        if (left.length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      log(`hub stopped; ${hubTree.length} processes before, ${left.length} left`);
      if (left.length > 0) {
        problems.push(
          `processes left behind after the hub stopped:\n${left.map((p) => `${p.pid} ${p.command}`).join("\n")}`,
        );
        for (const p of left) {
          try {
            process.kill(p.pid, "SIGKILL");
          } catch {
            // Gone already.
          }
        }
      }
    }
    const groups = learners.flatMap((l) =>
      ["", "memory", "cpu"].map((c) => path.join("/sys/fs/cgroup", c, "siamese-lab", l)),
    );
    const leftGroups = groups.filter((g) => fs.existsSync(g));
    if (leftGroups.length > 0)
      problems.push(`control groups left behind: ${leftGroups.join(", ")}`);
    for (const name of madeUsers) execFileSync("userdel", [name]);
    madeUsers = [];
    if (work !== undefined) fs.rmSync(work, { recursive: true, force: true });
    log(`whole test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert.deepEqual(problems, []);
  });

  it("starts each learner's server through the REST API, with their own copy of the curriculum", async () => {
    for (const learner of learners) {
      const response = await api("POST", `/hub/api/users/${learner}/server`);
      assert.ok(
        [201, 202].includes(response.status),
        `${learner}: ${response.status} ${await response.text()}`,
      );
    }
    const deadline = Date.now() + 120_000;
    for (const learner of learners) {
      for (;;) {
        const user = (await (await api("GET", `/hub/api/users/${learner}`)).json()) as {
          servers?: Record<string, { ready?: boolean }>;
        };
        if (user.servers?.[""]?.ready === true) break;
        if (Date.now() > deadline)
          assert.fail(`${learner}'s server is not ready:\n${tail(hub!.logFile)}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const listing = (await (
        await api("GET", `/user/${learner}/api/contents/siamese-lab/notebooks`)
      ).json()) as { content: { name: string }[] };
      assert.deepEqual(
        listing.content.map((f) => f.name).sort(),
        curriculum,
        `${learner}'s notebooks`,
      );
      const specs = (await (await api("GET", `/user/${learner}/api/kernelspecs`)).json()) as {
        default: string;
        kernelspecs: Record<string, { spec: { display_name: string } }>;
      };
      assert.equal(specs.default, "siamese-lab");
      assert.equal(specs.kernelspecs["siamese-lab"]?.spec.display_name, "siamese-lab (TypeScript)");
    }
    log(`3 servers ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (isRoot) {
      const hubLog = fs.readFileSync(hub!.logFile, "utf8");
      if (/limits are NOT enforced/.test(hubLog)) {
        log("note: this machine has no writable control groups: limits not enforced");
      } else {
        for (const learner of learners) {
          const line = new RegExp(
            `limits for ${learner}: memory (\\d+) bytes, 1\\.5 cores \\((.*)\\)`,
          ).exec(hubLog);
          assert.ok(line !== null, `no limits logged for ${learner}`);
          assert.equal(Number(line[1]), 2 * 1024 ** 3);
          const user = (await (await api("GET", `/hub/api/users/${learner}`)).json()) as {
            servers: Record<string, { state: { pid: number } }>;
          };
          const pid = user.servers[""]!.state.pid;
          for (const procs of line[2]!.split(", ")) {
            const members = fs.readFileSync(procs, "utf8").split("\n");
            assert.ok(members.includes(String(pid)), `${learner}'s server is in ${procs}`);
          }
        }
        log("each server runs in its own control group: 2 GB, 1.5 cores");
      }
    }
  });

  it("runs a notebook through each learner's siamese-lab kernel, answering a quiz question", async () => {
    const notebook = JSON.parse(
      fs.readFileSync(path.join(fixtures, "learner-session.ipynb"), "utf8"),
    ) as unknown;
    await Promise.all(
      learners.map(async (learner) => {
        const upload = await api(
          "PUT",
          `/user/${learner}/api/contents/siamese-lab/notebooks/learner-session.ipynb`,
          {
            type: "notebook",
            format: "json",
            content: notebook,
          },
        );
        assert.ok(upload.ok, `upload for ${learner}: ${upload.status}`);
        runs.set(
          learner,
          await runOnServer(learner, "siamese-lab/notebooks/learner-session.ipynb"),
        );
      }),
    );
    for (const learner of learners) {
      const run = runs.get(learner)!;
      const printed = run.cells.map((c) => c.output).join("");
      log(`${learner}: ${run.seconds.toFixed(1)} s through the server's kernel`);
      assert.equal(
        run.error,
        null,
        `${learner}: ${run.error}\n${printed}\n${tail(hub!.logFile, 20)}`,
      );
      const home = path.join(homes, learner);
      assert.match(
        printed,
        new RegExp(`learner: ${isRoot ? learner : ".+"}; home: ${home}; backend: \\w+`),
      );
      assert.match(printed, /cosine: 0\.96/);
      assert.match(printed, /shared model: threshold \d/);
      const progress = path.join(home, ".siamese-lab", "progress", "study-questions.json");
      assert.match(printed, new RegExp(`quiz: question 6 scored 1; saved in ${progress}`));
      assert.equal(fs.statSync(progress).mode & 0o777, 0o600);
      if (isRoot) assert.equal(fs.statSync(progress).uid, uids[learners.indexOf(learner)]);
    }
  });

  it("collects all three learners' answers into the instructor's CSV", async () => {
    // What the instructor runs: npm run quiz -- collect <homes> --out grades.csv
    const csv = path.join(work, "grades.csv");
    const stderr = new PassThrough();
    let errors = "";
    stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    const code = await runQuizCli(["collect", homes, "--out", csv], {
      stdin: Readable.from([]),
      stdout: new PassThrough(),
      stderr,
    });
    assert.equal(code, 0, errors);
    const lines = fs.readFileSync(csv, "utf8").trimEnd().split("\n");
    assert.equal(lines[0], "learner,quiz,question,kind,score,points,attempts,status,answered_at");
    const answered = lines.slice(1).filter((line) => line.split(",")[6] !== "0");
    assert.deepEqual(
      answered.map((line) => line.split(",").slice(0, 8).join(",")),
      [...learners].sort().map((l) => `${l},study-questions,6,multiple answers,1,1,1,correct`),
    );
    assert.deepEqual(
      [...new Set(lines.slice(1).map((line) => line.split(",")[0]))],
      [...learners].sort(),
    );
  });

  it("keeps each learner's progress and notebooks from the others", async function () {
    if (!isRoot) this.skip(); // every server runs as one user: nothing to keep apart
    const [first] = learners;
    const upload = await api(
      "PUT",
      `/user/${first}/api/contents/siamese-lab/notebooks/peek.ipynb`,
      {
        type: "notebook",
        format: "json",
        content: JSON.parse(
          fs.readFileSync(path.join(fixtures, "peek-at-others.ipynb"), "utf8"),
        ) as unknown,
      },
    );
    assert.ok(upload.ok);
    const run = await runOnServer(first!, "siamese-lab/notebooks/peek.ipynb");
    assert.equal(run.error, null, run.cells.map((c) => c.output).join(""));
    const lines = run.cells
      .map((c) => c.output)
      .join("")
      .trim()
      .split("\n")
      .sort();
    assert.deepEqual(
      lines,
      learners.slice(1).map((other) => `${other}: read progress EACCES; write notebooks EACCES`),
    );
  });
});
