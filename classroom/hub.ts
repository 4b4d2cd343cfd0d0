// Starting and stopping the class's JupyterHub (classroom/jupyterhub_config.py): used by
// `npm run classroom` (start-hub.ts) and by the hub test.
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  jupyterEnvironment,
  registerKernel,
  shebangPython,
  whichCommand,
} from "../scripts/jupyter";

/** The checkout this file belongs to. */
export const CHECKOUT = path.resolve(__dirname, "..");
/** The hub's configuration. */
export const HUB_CONFIG = path.join(CHECKOUT, "classroom", "jupyterhub_config.py");

/** Options of {@link startClassroomHub}. */
export interface ClassroomHubOptions {
  /**
   * The hub's own folder: its database, cookie secret, log (`jupyterhub.log`) and the kernel
   * registration (`kernel/`) live there. Created when missing.
   */
  readonly state: string;
  /** Where the hub listens. Default `http://:8000` (every address). */
  readonly url?: string;
  /** The hub's and the proxy's internal addresses (defaults: ports 8081 and 8001). */
  readonly hubUrl?: string;
  readonly proxyApiUrl?: string;
  /** Tests only: these users log in with any password (DummyAuthenticator), not PAM. */
  readonly testUsers?: readonly string[];
  /** Registers the service "classroom-admin" with this token (admin:users, admin:servers, access:servers). */
  readonly apiToken?: string;
  /**
   * Tests only: every server runs as the hub's user with its home in `<simpleHomes>/<name>`
   * (SimpleLocalProcessSpawner, no isolation). Without it each server runs as its learner,
   * which needs root.
   */
  readonly simpleHomes?: string;
  /** Extra environment for the hub (SIAMESE_CLASSROOM_MEM_LIMIT, ...). */
  readonly env?: NodeJS.ProcessEnv;
  /** How long to wait for the hub to answer, in ms. Default 90 000. */
  readonly startTimeoutMs?: number;
}

/** A running hub. */
export interface ClassroomHub {
  /** The hub's process. */
  readonly process: ChildProcess;
  /** The address to reach it at (`http://127.0.0.1:8000` when it listens on every address). */
  readonly url: string;
  /** The hub's log file. */
  readonly logFile: string;
  /**
   * Stops the hub, which stops every learner's server (and their kernels) and the proxy
   * first; kills it after `timeoutMs` (default 60 000).
   */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * The Python that runs JupyterHub: the one in `jupyterhub`'s `#!` line.
 *
 * @returns the Python and the jupyterhub script.
 * @throws Error saying how to install JupyterHub when it is not on PATH.
 */
export function findJupyterHub(env: NodeJS.ProcessEnv = process.env): {
  readonly python: string;
  readonly jupyterhub: string;
} {
  const jupyterhub = whichCommand("jupyterhub", env);
  const python = jupyterhub === undefined ? undefined : shebangPython(jupyterhub, env);
  if (jupyterhub === undefined || python === undefined) {
    throw new Error(
      "JupyterHub was not found on PATH. Install it with: sudo apt-get install -y jupyterhub " +
        "(Debian/Ubuntu), or python3 -m pip install jupyterhub notebook",
    );
  }
  return { python, jupyterhub };
}

/** The address to connect to for a bind URL (`http://:8000` listens everywhere, so use 127.0.0.1). */
export function connectUrl(bindUrl: string): string {
  const parsed = new URL(bindUrl.replace("://:", "://0.0.0.0:"));
  if (parsed.hostname === "0.0.0.0" || parsed.hostname === "[::]") parsed.hostname = "127.0.0.1";
  return parsed.toString().replace(/\/$/, "");
}

/**
 * Starts the class's JupyterHub: registers the siamese-lab kernel in `<state>/kernel` (so it
 * always runs this checkout), then runs `jupyterhub -f classroom/jupyterhub_config.py` in
 * `state`, with the hub's log in `<state>/jupyterhub.log`, and waits until the hub answers.
 *
 * @param options - where its state goes, where it listens, test users, token.
 * @returns the running hub.
 * @throws Error when JupyterHub, the proxy or the build is missing, or the hub exits or does
 *   not answer in time (with the end of its log).
 * @example
 * ```ts
 * const hub = await startClassroomHub({ state: ".classroom" });
 * // ... learners log in at hub.url ...
 * await hub.stop();
 * ```
 */
export async function startClassroomHub(options: ClassroomHubOptions): Promise<ClassroomHub> {
  const { python, jupyterhub } = findJupyterHub();
  const proxy = path.join(CHECKOUT, "node_modules", ".bin", "configurable-http-proxy");
  if (!fs.existsSync(proxy)) {
    throw new Error(`startClassroomHub: ${proxy} is missing: run npm install first`);
  }
  if (!fs.existsSync(path.join(CHECKOUT, "dist", "src", "index.js"))) {
    throw new Error(
      "startClassroomHub: the library is not built (dist/ is missing): run npm run build",
    );
  }
  if (options.simpleHomes === undefined && process.getuid?.() !== 0) {
    throw new Error(
      "startClassroomHub: each learner's server runs as that learner, which needs root " +
        "(run with sudo), or use the test spawner (simpleHomes / --simple)",
    );
  }
  const state = path.resolve(options.state);
  // Learners' servers read the kernel registration in here: others may enter, not list.
  fs.mkdirSync(state, { recursive: true });
  fs.chmodSync(state, 0o711);
  const kernel = registerKernel({ python, prefix: path.join(state, "kernel") });
  const bindUrl = options.url ?? "http://:8000";
  const env: NodeJS.ProcessEnv = {
    ...jupyterEnvironment(kernel, process.env),
    ...options.env,
    SIAMESE_CLASSROOM_URL: bindUrl,
    SIAMESE_CLASSROOM_JUPYTER_PATH: kernel.jupyterPath,
  };
  const optional: [string, string | undefined][] = [
    ["SIAMESE_CLASSROOM_HUB_URL", options.hubUrl],
    ["SIAMESE_CLASSROOM_PROXY_API_URL", options.proxyApiUrl],
    ["SIAMESE_CLASSROOM_TEST_USERS", options.testUsers?.join(",")],
    ["SIAMESE_CLASSROOM_API_TOKEN", options.apiToken],
    ["SIAMESE_CLASSROOM_SPAWNER", options.simpleHomes === undefined ? undefined : "simple"],
    ["SIAMESE_CLASSROOM_HOMES", options.simpleHomes],
  ];
  for (const [name, value] of optional) if (value !== undefined) env[name] = value;

  const logFile = path.join(state, "jupyterhub.log");
  const log = fs.openSync(logFile, "a", 0o600);
  // The hub's database (users, hashed tokens) must not be readable by learners: the hub is
  // started with umask 077, so what it writes is private to it.
  const umask = process.umask(0o077);
  let child: ChildProcess;
  try {
    child = spawn(python, [jupyterhub, "-f", HUB_CONFIG], {
      cwd: state,
      env,
      stdio: ["ignore", log, log],
    });
  } finally {
    process.umask(umask);
    fs.closeSync(log);
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = connectUrl(bindUrl);
  const hub: ClassroomHub = {
    process: child,
    url,
    logFile,
    async stop(timeoutMs = 60_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = new Promise<"timeout">((resolve) => {
        const t = setTimeout(() => resolve("timeout"), timeoutMs);
        void exited.then(() => clearTimeout(t));
      });
      if ((await Promise.race([exited, timer])) === "timeout") {
        child.kill("SIGKILL");
        await exited;
      }
    },
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`startClassroomHub: jupyterhub exited early:\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(`${url}/hub/api`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return hub;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await hub.stop();
      throw new Error(`startClassroomHub: the hub did not answer at ${url}:\n${tail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The last lines of a log file. */
export function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}
