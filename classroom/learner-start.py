"""Prepares a learner's home for the siamese-lab curriculum, then starts their Jupyter server.

JupyterHub runs this as the learner (c.Spawner.cmd in jupyterhub_config.py):

    /usr/bin/python3 classroom/learner-start.py [--course-folder NAME] -- jupyterhub-singleuser ...

In the learner's home it makes (the same layout as a checkout, so the notebooks' relative
paths such as "../models/question-duplicates" work):

    ~/siamese-lab/notebooks/                  the learner's own copies of the curriculum
    ~/siamese-lab/models -> <checkout>/models the trained detector, shared and read-only
    ~/siamese-lab/node_modules -> <checkout>/node_modules
                                              so that a notebook's imports ("siamese-lab",
                                              "@tensorflow/tfjs", "tslab", ...) resolve as in
                                              the checkout (tslab compiles cells with Node10
                                              module resolution from the notebook's folder)
    ~/.siamese-lab/progress/                  quiz progress, private to the learner (0700)

A notebook is copied only when the learner has no file of that name: a learner's edits are
never overwritten, a notebook added to the curriculum later appears at the next start, and
deleting a notebook gets a fresh copy back at the next start. Links are put right when the
checkout moved; a real file or folder in their place is left alone (with a warning in the
server's log). The umask is set to 077, so what the learner's server and kernels write is
private to the learner. Then the command after "--" replaces this process.
"""

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent


def warn(message):
    print("learner-start: %s" % message, file=sys.stderr, flush=True)


def copy_if_missing(source, target):
    """Copies a file unless target exists, atomically (a copy cut short is never seen)."""
    if os.path.lexists(target):
        return False
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix="." + target.name + ".")
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out)
        os.chmod(temp, 0o600)
        # link() fails if the name appeared meanwhile: never overwrite the learner's file.
        os.link(temp, target)
        return True
    except FileExistsError:
        return False
    finally:
        os.unlink(temp)


def ensure_link(link, points_to):
    """Makes link a symlink to points_to; replaces a stale link, never a real file."""
    if os.path.islink(link):
        if os.readlink(link) == str(points_to):
            return
        os.unlink(link)
    elif os.path.lexists(link):
        warn("%s exists and is not a link to %s: left alone" % (link, points_to))
        return
    link.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(points_to, link)


def prepare_home(home, checkout, course_folder):
    """Lays out the learner's home (see the module's docstring); returns the notebooks copied."""
    course = home / course_folder
    notebooks = course / "notebooks"
    notebooks.mkdir(parents=True, exist_ok=True)
    copied = []
    for source in sorted((checkout / "notebooks").glob("*.ipynb")):
        if copy_if_missing(source, notebooks / source.name):
            copied.append(source.name)
    ensure_link(course / "models", checkout / "models")
    ensure_link(course / "node_modules", checkout / "node_modules")
    if not (checkout / "node_modules" / "siamese-lab").exists():
        warn("%s is missing: notebooks cannot import siamese-lab; run npm install in %s"
             % (checkout / "node_modules" / "siamese-lab", checkout))
    progress = home / ".siamese-lab" / "progress"
    progress.mkdir(parents=True, exist_ok=True)
    for folder in (home / ".siamese-lab", progress):
        os.chmod(folder, 0o700)
    return copied


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--course-folder", default="siamese-lab",
                        help="the folder in the learner's home (default: siamese-lab)")
    parser.add_argument("command", nargs=argparse.REMAINDER,
                        help="-- then the command to run afterwards (jupyterhub-singleuser ...)")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    os.umask(0o077)
    home = Path(os.environ.get("HOME") or Path.home())
    copied = prepare_home(home, CHECKOUT, args.course_folder)
    if copied:
        print("learner-start: copied %d notebook(s) to %s" % (len(copied), home / args.course_folder / "notebooks"),
              file=sys.stderr, flush=True)
    if not command:
        return 0
    os.execvp(command[0], command)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
