"""Enforces each learner's memory and CPU limits on one server, with Linux control groups.

JupyterHub's LocalProcessSpawner only passes c.Spawner.mem_limit and c.Spawner.cpu_limit to
the server as environment variables (MEM_LIMIT, CPU_LIMIT); nothing holds a learner to them.
CgroupLimitedSpawner puts each learner's server, and so every kernel it starts, into its own
control group, siamese-lab/<user>, with those limits: past the memory limit the kernel
that asks for more is killed by the kernel's OOM killer (the learner sees "kernel died" and
restarts it), and the learner's processes together get at most cpu_limit cores.

Both cgroup versions work: v2 (one hierarchy under /sys/fs/cgroup; Debian 12, Ubuntu 22.04
and later) and v1 (separate memory and cpu hierarchies). It needs the hub to run as root. When
the control groups cannot be made (not root, a read-only /sys/fs/cgroup in a container), the
hub logs a warning once and the servers start without enforced limits.
"""

import os

from jupyterhub.spawner import LocalProcessSpawner

CGROUP_ROOT = "/sys/fs/cgroup"
GROUP = "siamese-lab"
CPU_PERIOD_US = 100_000


def cgroup_layout(root=CGROUP_ROOT):
    """("v2", {...}) or ("v1", {...}): the folders the memory and cpu controllers live in."""
    if os.path.exists(os.path.join(root, "cgroup.controllers")):
        return "v2", {"memory": root, "cpu": root}
    folders = {c: os.path.join(root, c) for c in ("memory", "cpu")}
    if all(os.path.isdir(f) for f in folders.values()):
        return "v1", folders
    return None, {}


def write(path, value):
    with open(path, "w") as f:
        f.write(str(value))


def make_group(user, mem_limit, cpu_limit, root=CGROUP_ROOT):
    """Creates (or updates) siamese-lab/<user> with the limits; returns the cgroup.procs files
    a process must write its pid to, or raises OSError."""
    version, folders = cgroup_layout(root)
    if version is None:
        raise OSError("no cgroup v1 or v2 memory and cpu controllers under %s" % root)
    procs = []
    if version == "v2":
        parent = os.path.join(root, GROUP)
        os.makedirs(parent, exist_ok=True)
        # Children of siamese-lab/ may only limit what siamese-lab/ hands down.
        write(os.path.join(parent, "cgroup.subtree_control"), "+memory +cpu")
        group = os.path.join(parent, user)
        os.makedirs(group, exist_ok=True)
        if mem_limit:
            write(os.path.join(group, "memory.max"), int(mem_limit))
            # Past the limit, fail instead of swapping the learner out.
            if os.path.exists(os.path.join(group, "memory.swap.max")):
                write(os.path.join(group, "memory.swap.max"), 0)
        if cpu_limit:
            write(os.path.join(group, "cpu.max"), "%d %d" % (int(cpu_limit * CPU_PERIOD_US), CPU_PERIOD_US))
        procs.append(os.path.join(group, "cgroup.procs"))
    else:
        for controller, value in (("memory", mem_limit), ("cpu", cpu_limit)):
            group = os.path.join(folders[controller], GROUP, user)
            os.makedirs(group, exist_ok=True)
            if controller == "memory" and value:
                write(os.path.join(group, "memory.limit_in_bytes"), int(value))
            if controller == "cpu" and value:
                write(os.path.join(group, "cpu.cfs_period_us"), CPU_PERIOD_US)
                write(os.path.join(group, "cpu.cfs_quota_us"), int(value * CPU_PERIOD_US))
            procs.append(os.path.join(group, "cgroup.procs"))
    return procs


def remove_group(user, root=CGROUP_ROOT):
    """Removes siamese-lab/<user> (only possible once its processes have ended); returns
    whether every folder of it is gone."""
    version, folders = cgroup_layout(root)
    if version is None:
        return True
    groups = {os.path.join(folder, GROUP, user) for folder in folders.values()}
    gone = True
    for group in groups:
        try:
            os.rmdir(group)
        except FileNotFoundError:
            pass
        except OSError:
            gone = False
    return gone


class CgroupLimitedSpawner(LocalProcessSpawner):
    """LocalProcessSpawner whose servers are held to mem_limit and cpu_limit (see the module)."""

    _warned = False

    def make_preexec_fn(self, name):
        become_user = super().make_preexec_fn(name)
        procs = []
        try:
            procs = make_group(name, self.mem_limit, self.cpu_limit)
            self.log.info("limits for %s: memory %s bytes, %s cores (%s)", name,
                          self.mem_limit, self.cpu_limit, ", ".join(procs))
        except OSError as e:
            if not CgroupLimitedSpawner._warned:
                CgroupLimitedSpawner._warned = True
                self.log.warning("memory and CPU limits are NOT enforced: cannot make control groups (%s)", e)

        def preexec():
            # Still root here: join the learner's group, then become the learner.
            for path in procs:
                write(path, os.getpid())
            become_user()

        return preexec

    async def stop(self, now=False):
        await super().stop(now=now)
        if not remove_group(self.user.name):
            self.log.debug("control group of %s still has processes: left in place", self.user.name)
