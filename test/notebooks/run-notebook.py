"""Executes a notebook through its kernel and converts the result to HTML.

Used by notebooks.test.ts; run by the Python that has Jupyter (nbclient, nbconvert):

    python3 run-notebook.py NOTEBOOK --executed OUT.ipynb --html OUT.html --report OUT.json \
        [--cell-timeout SECONDS]

Cells run one after another in the notebook's folder with the kernel the notebook names
(metadata.kernelspec.name); execution stops at the first failing cell. The executed notebook
(outputs up to the failure) is always written; the HTML only when every cell ran. The report
(JSON) has the total run time, the kernel's start-up time, per-cell run times and, on failure, the failing cell's index, source
and output. Exit status: 0 when every cell ran, 1 when a cell failed, 2 on a usage error.
"""

import argparse
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError


def output_text(cell):
    """Everything a cell printed: streams, error tracebacks and plain-text results."""
    parts = []
    for output in cell.get("outputs", []):
        kind = output.get("output_type")
        if kind == "stream":
            parts.append(output.get("text", ""))
        elif kind == "error":
            parts.append("\n".join(output.get("traceback", [])) or
                         "%s: %s" % (output.get("ename", ""), output.get("evalue", "")))
        elif kind in ("execute_result", "display_data"):
            text = output.get("data", {}).get("text/plain")
            if text:
                parts.append(text if isinstance(text, str) else "".join(text))
    return "".join(parts)


def write_json(path, value):
    temp = path + ".tmp"
    with open(temp, "w", encoding="utf-8") as f:
        json.dump(value, f, indent=2)
    os.replace(temp, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("notebook")
    parser.add_argument("--executed", required=True)
    parser.add_argument("--html", required=True)
    parser.add_argument("--report", required=True)
    parser.add_argument("--cell-timeout", type=int, default=600)
    args = parser.parse_args()

    nb = nbformat.read(args.notebook, as_version=4)
    folder = os.path.dirname(os.path.abspath(args.notebook))
    kernel = nb.metadata.get("kernelspec", {}).get("name", "")
    started_at = {}
    durations = {}
    current = {"index": None}

    def on_cell_start(cell, cell_index):
        current["index"] = cell_index
        started_at[cell_index] = time.monotonic()

    def on_cell_executed(cell, cell_index, execute_reply):
        durations[cell_index] = time.monotonic() - started_at[cell_index]

    client = NotebookClient(
        nb,
        timeout=args.cell_timeout,
        startup_timeout=180,
        kernel_name=kernel,
        resources={"metadata": {"path": folder}},
        on_cell_start=on_cell_start,
        on_cell_executed=on_cell_executed,
    )
    started = time.monotonic()
    error = None
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as e:
        index = current["index"]
        cell = nb.cells[index] if index is not None else {}
        if isinstance(e, CellTimeoutError):
            kind = "timeout"
            message = "the cell did not finish within %d s" % args.cell_timeout
        elif isinstance(e, DeadKernelError):
            kind = "dead kernel"
            message = "the kernel died: %s" % e
        else:
            kind = "error"
            message = ""
        error = {
            "kind": kind,
            "index": index,
            "source": cell.get("source", ""),
            "output": (output_text(cell) + ("\n" + message if message else "")).strip(),
        }
    except Exception as e:  # the kernel did not start, the notebook is malformed, ...
        error = {"kind": "setup", "index": None, "source": "", "output": "%s: %s" % (type(e).__name__, e)}
    seconds = time.monotonic() - started

    nbformat.write(nb, args.executed)
    if error is None:
        from nbconvert import HTMLExporter

        body, _ = HTMLExporter().from_notebook_node(nb, resources={"metadata": {"name": os.path.basename(args.notebook)}})
        with open(args.html + ".tmp", "w", encoding="utf-8") as f:
            f.write(body)
        os.replace(args.html + ".tmp", args.html)

    cells = [{"index": i, "seconds": t} for i, t in sorted(durations.items())]
    # Until the first cell starts: the kernel starting up and answering kernel_info.
    startup = min(started_at.values()) - started if started_at else seconds
    write_json(
        args.report,
        {"kernel": kernel, "seconds": seconds, "startupSeconds": startup, "cells": cells, "error": error},
    )
    return 0 if error is None else 1


if __name__ == "__main__":
    sys.exit(main())
