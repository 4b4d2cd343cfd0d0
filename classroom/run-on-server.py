"""Executes a notebook that is on a learner's Jupyter server, through that server's kernel.

Used by the hub test and the capacity benchmark; run by the Python that has JupyterHub
(for tornado):

    python3 run-on-server.py SERVER_URL NOTEBOOK --token TOKEN --report OUT.json [--cell-timeout S]

SERVER_URL is the learner's server behind the hub (http://127.0.0.1:8000/user/ada/), NOTEBOOK
its path on that server (siamese-lab/notebooks/x.ipynb). The notebook is read through the
contents API, a kernel of the notebook's kernelspec is started in the notebook's folder
through the sessions API, each code cell is sent over the kernel's websocket as an
execute_request, and the kernel is shut down at the end. Execution stops at the first cell
whose reply is an error. The report (JSON) has, per cell run, its index, seconds, reply status
and everything it printed (streams, plain-text results, errors). Exit status: 0 when every
cell ran, 1 when a cell failed, 2 when the notebook could not be run at all.
"""

import argparse
import json
import os
import sys
import time
import uuid
from datetime import timedelta
from urllib.parse import quote

from tornado import gen, ioloop
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect


def write_json(path, value):
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(value, f, indent=2)
    os.replace(path + ".tmp", path)


def output_text(msg):
    kind, content = msg["header"]["msg_type"], msg["content"]
    if kind == "stream":
        return content.get("text", "")
    if kind in ("execute_result", "display_data"):
        return content.get("data", {}).get("text/plain", "") + "\n"
    if kind == "error":
        return "%s: %s\n%s\n" % (content.get("ename"), content.get("evalue"), "\n".join(content.get("traceback", [])))
    return ""


async def run(args):
    client = AsyncHTTPClient()
    base = args.server.rstrip("/") + "/"
    headers = {"Authorization": "token " + args.token}

    async def api(method, path, body=None):
        response = await client.fetch(HTTPRequest(
            base + path, method=method, headers=headers, connect_timeout=120, request_timeout=180,
            body=None if body is None else json.dumps(body)))
        return json.loads(response.body) if response.body else None

    notebook = (await api("GET", "api/contents/" + quote(args.notebook)))["content"]
    kernel_name = notebook["metadata"]["kernelspec"]["name"]
    started = time.monotonic()
    # A session (what JupyterLab opens for a notebook) starts the kernel in the notebook's
    # folder; the kernels API alone would start it in the server's root.
    session_model = await api("POST", "api/sessions", {
        "path": args.notebook, "name": os.path.basename(args.notebook), "type": "notebook",
        "kernel": {"name": kernel_name}})
    kernel = session_model["kernel"]
    ws_url = base.replace("http", "ws", 1) + "api/kernels/%s/channels" % kernel["id"]
    # The server answers the websocket once the kernel has started and replied to
    # kernel_info: that takes long on a busy machine.
    socket = await websocket_connect(HTTPRequest(ws_url, headers=headers, connect_timeout=180,
                                                 request_timeout=180))
    session = uuid.uuid4().hex
    cells = []
    failed = False
    try:
        for index, cell in enumerate(notebook["cells"]):
            if cell["cell_type"] != "code":
                continue
            source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            msg_id = uuid.uuid4().hex
            await socket.write_message(json.dumps({
                "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": session,
                           "username": "", "version": "5.3", "date": ""},
                "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                "content": {"code": source, "silent": False, "store_history": True,
                            "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
            }))
            cell_started = time.monotonic()
            printed, status, idle = [], None, False
            deadline = cell_started + args.cell_timeout
            while status is None or not idle:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    status = "timeout"
                    break
                try:
                    raw = await gen.with_timeout(timedelta(seconds=remaining), socket.read_message())
                except gen.TimeoutError:
                    status = "timeout"
                    break
                if raw is None:
                    status = "connection closed"
                    break
                msg = json.loads(raw)
                if msg.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind = msg["header"]["msg_type"]
                if msg["channel"] == "shell" and kind == "execute_reply":
                    status = msg["content"]["status"]
                elif kind == "status" and msg["content"]["execution_state"] == "idle":
                    idle = True
                else:
                    printed.append(output_text(msg))
            cells.append({"index": index, "seconds": time.monotonic() - cell_started,
                          "status": status, "output": "".join(printed)})
            if status != "ok":
                failed = True
                break
    finally:
        socket.close()
        await api("DELETE", "api/sessions/" + session_model["id"])
    return {"notebook": args.notebook, "kernel": kernel_name, "seconds": time.monotonic() - started,
            "cells": cells, "error": None if not failed else "cell %d: %s" % (cells[-1]["index"], cells[-1]["status"])}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("server")
    parser.add_argument("notebook")
    parser.add_argument("--token", required=True)
    parser.add_argument("--report", required=True)
    parser.add_argument("--cell-timeout", type=float, default=300)
    args = parser.parse_args()
    try:
        report = ioloop.IOLoop.current().run_sync(lambda: run(args))
    except Exception as e:  # the server refused, the kernel did not start, ...
        write_json(args.report, {"notebook": args.notebook, "cells": [], "seconds": 0,
                                 "error": "%s: %s" % (type(e).__name__, e)})
        return 2
    write_json(args.report, report)
    return 0 if report["error"] is None else 1


if __name__ == "__main__":
    sys.exit(main())
