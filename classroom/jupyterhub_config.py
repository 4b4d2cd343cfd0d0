"""JupyterHub for a class taking the siamese-lab curriculum on one server.

Start it with `npm run classroom` (classroom/start-hub.ts), which registers the kernel and
runs `jupyterhub -f classroom/jupyterhub_config.py` in a state folder. What it sets up:

- Learners are local users (PAM: their system account and password) in the Unix group
  SIAMESE_CLASSROOM_GROUP (default "learners"); SIAMESE_CLASSROOM_ADMINS (comma-separated)
  names the instructors who may use the hub's admin page.
- Each learner's server runs as that learner (LocalProcessSpawner) and first runs
  classroom/learner-start.py, which copies the curriculum's notebooks into
  ~/siamese-lab/notebooks (the learner's own copies: nobody else's edits can touch them),
  links the shared model and the siamese-lab package, and makes ~/.siamese-lab/progress,
  private to the learner, where quiz progress is saved. New notebooks open with the
  "siamese-lab (TypeScript)" kernel.
- Memory and CPU per learner: see LIMITS below, and the capacity table in the README. They are
  enforced with a control group per learner (cgroup_limits.py; needs root and a writable
  /sys/fs/cgroup, else the hub warns that they are not).
- Kernels idle for an hour are shut down (their memory goes back to the class); busy ones
  never are.
- Stopping the hub stops every learner's server and the proxy.

Environment variables (all optional):

  SIAMESE_CLASSROOM_URL         where the hub listens (default http://:8000: every address)
  SIAMESE_CLASSROOM_HUB_URL, SIAMESE_CLASSROOM_PROXY_API_URL
                                the hub's and the proxy's internal addresses (defaults
                                http://127.0.0.1:8081 and http://127.0.0.1:8001)
  SIAMESE_CLASSROOM_GROUP       the Unix group of the learners (default learners)
  SIAMESE_CLASSROOM_ADMINS      instructors' user names, comma-separated
  SIAMESE_CLASSROOM_MEM_LIMIT   memory per learner (default 2G)
  SIAMESE_CLASSROOM_CPU_LIMIT   cores per learner (default 1.5)
  SIAMESE_CLASSROOM_WASM_THREADS  compute threads of each learner's kernel (default 1: a
                                class shares the cores; see SIAMESE_WASM_THREADS in the README)
  SIAMESE_CLASSROOM_API_TOKEN   registers the service "classroom-admin" with this token and
                                the scopes admin:users, admin:servers, access:servers (for
                                scripts: start servers, reach them)
  SIAMESE_CLASSROOM_JUPYTER_PATH  where the kernel is registered, when not system-wide
                                (npm run kernel:install -- --sys-prefix makes that unneeded)
  SIAMESE_CLASSROOM_TEST_USERS  for tests only: comma-separated user names that log in with
                                any password (DummyAuthenticator) instead of PAM; they must
                                still be local users, unless
  SIAMESE_CLASSROOM_SPAWNER=simple  for tests only: every server runs as the hub's own user
                                with its home in SIAMESE_CLASSROOM_HOMES/<name>
                                (SimpleLocalProcessSpawner: no isolation between learners)
"""

import os
import shutil
import sys
from pathlib import Path

c = get_config()  # noqa: F821 (defined by JupyterHub when it loads this file)

CHECKOUT = Path(__file__).resolve().parent.parent
env = os.environ.get


def fail(message):
    raise SystemExit("classroom/jupyterhub_config.py: %s" % message)


def names(value):
    return {n.strip() for n in (value or "").split(",") if n.strip()}


# --- The proxy -------------------------------------------------------------------------------
# Debian's node-configurable-http-proxy does not start under a Node from elsewhere (it looks
# for its modules in /usr/share/nodejs); the npm package does.
proxy = CHECKOUT / "node_modules" / ".bin" / "configurable-http-proxy"
if not proxy.exists():
    fail("%s is missing: run npm install in %s first" % (proxy, CHECKOUT))
c.ConfigurableHTTPProxy.command = [str(proxy)]
c.JupyterHub.bind_url = env("SIAMESE_CLASSROOM_URL", "http://:8000")
if env("SIAMESE_CLASSROOM_HUB_URL"):
    c.JupyterHub.hub_bind_url = env("SIAMESE_CLASSROOM_HUB_URL")
if env("SIAMESE_CLASSROOM_PROXY_API_URL"):
    c.ConfigurableHTTPProxy.api_url = env("SIAMESE_CLASSROOM_PROXY_API_URL")

# --- Who logs in ----------------------------------------------------------------------------
test_users = names(env("SIAMESE_CLASSROOM_TEST_USERS"))
if test_users:
    c.JupyterHub.authenticator_class = "jupyterhub.auth.DummyAuthenticator"
    c.Authenticator.allowed_users = test_users
else:
    c.JupyterHub.authenticator_class = "jupyterhub.auth.PAMAuthenticator"
    c.LocalAuthenticator.allowed_groups = {env("SIAMESE_CLASSROOM_GROUP", "learners")}
c.Authenticator.admin_users = names(env("SIAMESE_CLASSROOM_ADMINS"))

token = env("SIAMESE_CLASSROOM_API_TOKEN")
if token:
    c.JupyterHub.services = [{"name": "classroom-admin", "api_token": token}]
    c.JupyterHub.load_roles = [
        {
            "name": "classroom-admin",
            "scopes": ["admin:users", "admin:servers", "access:servers"],
            "services": ["classroom-admin"],
        }
    ]

# --- Each learner's server ------------------------------------------------------------------
if env("SIAMESE_CLASSROOM_SPAWNER") == "simple":
    homes = env("SIAMESE_CLASSROOM_HOMES")
    if not homes:
        fail("SIAMESE_CLASSROOM_SPAWNER=simple needs SIAMESE_CLASSROOM_HOMES (a folder)")
    c.JupyterHub.spawner_class = "jupyterhub.spawner.SimpleLocalProcessSpawner"
    c.SimpleLocalProcessSpawner.home_dir_template = os.path.join(homes, "{username}")
else:
    # LocalProcessSpawner, plus a control group per learner that enforces the limits below.
    sys.path.insert(0, str(CHECKOUT / "classroom"))
    from cgroup_limits import CgroupLimitedSpawner  # noqa: E402

    c.JupyterHub.spawner_class = CgroupLimitedSpawner

# learner-start.py lays out the learner's home, then becomes the single-user server. The
# hub's own Python runs both, so they find the same Jupyter.
c.Spawner.cmd = [
    sys.executable,
    str(CHECKOUT / "classroom" / "learner-start.py"),
    "--",
    sys.executable,
    "-m",
    "jupyterhub.singleuser",
]
c.Spawner.notebook_dir = "~"
c.Spawner.default_url = "/tree/siamese-lab/notebooks"
c.Spawner.args = [
    "--MultiKernelManager.default_kernel_name=siamese-lab",
    # An idle kernel holds its memory (the whole training state of notebook 04) until it is
    # shut down: give it back after an hour without activity.
    "--MappingKernelManager.cull_idle_timeout=3600",
    "--MappingKernelManager.cull_interval=300",
    "--MappingKernelManager.cull_busy=False",
]
if os.getuid() == 0 and env("SIAMESE_CLASSROOM_SPAWNER") == "simple":
    c.Spawner.args.append("--allow-root")

# The kernel runs `node` as the learner: put the hub's Node first, and no folder only the
# instructor can read (a root-only pyenv, nvm, ...).
node = shutil.which("node")
if node is None:
    fail("node is not on PATH: the siamese-lab kernel needs Node.js 20 or newer")
c.Spawner.environment = {
    "PATH": os.pathsep.join(
        dict.fromkeys([str(Path(node).parent), str(Path(sys.executable).parent),
                       "/usr/local/bin", "/usr/bin", "/bin"])
    ),
    # One WebAssembly thread per learner: a whole class shares the server's cores, and each
    # extra thread costs memory and wakes up for every matrix product.
    "SIAMESE_WASM_THREADS": env("SIAMESE_CLASSROOM_WASM_THREADS", "1"),
}
if env("SIAMESE_CLASSROOM_JUPYTER_PATH"):
    c.Spawner.environment["JUPYTER_PATH"] = env("SIAMESE_CLASSROOM_JUPYTER_PATH")

# A busy server (kernels starting for a whole class at once) can be slow to answer.
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120

# --- Limits per learner ---------------------------------------------------------------------
# LIMITS, from the capacity measurement (npm run bench:classroom; README, "Teach a class"):
# a learner's kernel peaks at about 0.7 GB while training in notebook 04 and their notebook
# server holds about 0.15 GB. 2 GB leaves room for a second open notebook's kernel and stops
# a runaway cell before it takes the server's memory from the class. Training uses about 1.2
# cores on average and 1.5 at the busiest (TensorFlow.js computes on one thread; Node's
# helper threads add the rest): 1.5 cores lets one learner train at full speed and keeps a
# learner running several notebooks at once from taking the cores of the others.
c.Spawner.mem_limit = env("SIAMESE_CLASSROOM_MEM_LIMIT", "2G")
c.Spawner.cpu_limit = float(env("SIAMESE_CLASSROOM_CPU_LIMIT", "1.5"))
