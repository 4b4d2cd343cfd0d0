// `npm run classroom`: starts the class's JupyterHub (classroom/jupyterhub_config.py) until
// Ctrl-C, which stops every learner's server too. Run as root: each learner's server runs as
// that learner. Settings beyond these options are environment variables, listed at the top of
// jupyterhub_config.py (limits, admins, the learners' group).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CHECKOUT, startClassroomHub, type ClassroomHubOptions } from "./hub";

const USAGE = `Usage: npm run classroom -- [--state DIR] [--url URL] [--test-users a,b,c] [--simple]

Starts JupyterHub for a class (classroom/jupyterhub_config.py) until Ctrl-C.

  --state DIR          the hub's database, cookie secret, log and kernel registration
                       (default .classroom/ in this checkout)
  --url URL            where learners reach it (default http://:8000, every address)
  --test-users a,b,c   try it out: these users log in with any password (no PAM); with root
                       they must be local users, whose servers run as them
  --simple             try it out without root: every server runs as you, homes in
                       <state>/homes (no isolation between learners: never for a class)`;

function fail(message: string, code = 1): never {
  console.error(`classroom: ${message}`);
  process.exit(code);
}

function parse(args: readonly string[]): ClassroomHubOptions {
  let state = path.join(CHECKOUT, ".classroom");
  let url: string | undefined;
  let testUsers: string[] | undefined;
  let simple = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = (): string => {
      const next = args[++i];
      if (next === undefined || next.startsWith("--")) fail(`${arg} needs a value\n\n${USAGE}`, 2);
      return next;
    };
    if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === "--state") state = path.resolve(value());
    else if (arg === "--url") url = value();
    else if (arg === "--test-users")
      testUsers = value()
        .split(",")
        .filter((n) => n !== "");
    else if (arg === "--simple") simple = true;
    else fail(`unknown argument ${arg}\n\n${USAGE}`, 2);
  }
  if (simple && testUsers === undefined) {
    fail("--simple is for trying the hub out: give --test-users too", 2);
  }
  return {
    state,
    ...(url === undefined ? {} : { url }),
    ...(testUsers === undefined ? {} : { testUsers }),
    ...(simple ? { simpleHomes: path.join(state, "homes") } : {}),
  };
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  if (options.simpleHomes !== undefined) fs.mkdirSync(options.simpleHomes, { recursive: true });
  const hub = await startClassroomHub(options);
  const relative = path.relative(process.cwd(), hub.logFile);
  console.log(
    `classroom: JupyterHub runs at ${hub.url} (log: ${relative.startsWith("..") ? hub.logFile : relative}). ` +
      `Ctrl-C stops it and every learner's server.`,
  );
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log("classroom: stopping the hub and the learners' servers ...");
      void hub.stop().then(() => process.exit(0));
    });
  }
  hub.process.once("exit", (code, signal) => {
    if (stopping) return;
    fail(
      `jupyterhub exited (${code ?? signal ?? "?"}); see ${hub.logFile}`,
      code ?? 128 + (signal === null ? 0 : os.constants.signals[signal]),
    );
  });
}

main().catch((error: unknown) => fail((error as Error).message));
