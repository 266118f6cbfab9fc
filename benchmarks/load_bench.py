"""Throughput and CPU per workflow of the load test's workload, on asyncio and trio.

The workload of ``tests/load/test_load.py``: N workflows, each an activity, a timer
and a signal, through a worker whose sticky cache holds far fewer runs than are in
flight (constant eviction and replay).  Starts its own dev server unless --target is
given.  Prints one JSON line per backend.  Not a test: figures only.

    python benchmarks/load_bench.py [--n 1000] [--cache 50] [--backend asyncio|trio|both]
    python benchmarks/load_bench.py --compare [--n 1000] [--reps 2]

``--compare`` runs the same workload with the reference SDK (in the virtualenv that
../shared/bench/official-venv.sh builds; anyio is added to it if missing) and with this
SDK against one dev server, alternately, and prints the medians and the ratio
this/reference of each figure (asyncio for both).

Figures: wall seconds, workflows per second, this process's CPU (client and worker
together, user + sys) per workflow, the dev server's CPU per workflow (when this script
started it), peak RSS, and the history fetches the worker made for cache misses.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import anyio

HERE = Path(__file__).resolve().parent
if os.environ.get("LOAD_BENCH_STANDALONE") != "1":
    sys.path.insert(0, str(HERE.parent))

from temporalio.client import Client  # noqa: E402
from temporalio.testing import WorkflowEnvironment  # noqa: E402
from temporalio.worker import Worker  # noqa: E402

if os.environ.get("LOAD_BENCH_STANDALONE") == "1":
    # Run by --compare from a copy beside load_app.py (the reference SDK's process).
    from load_app import LoadWorkflow, Sampler, add_one, drive, expected_result  # type: ignore
else:
    from tests.load.load_app import (
        LoadWorkflow,
        Sampler,
        add_one,
        drive,
        expected_result,
    )

_RATE_LIMITS = [
    arg
    for key in ("frontend.rps", "frontend.namespaceRPS", "frontend.globalNamespaceRPS")
    for arg in ("--dynamic-config-value", f"{key}=100000")
]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _process_cpu(pid: int | None) -> float | None:
    """CPU seconds used so far by process ``pid`` (Linux), or None."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rpartition(")")[2].split()
    except OSError:
        return None
    # utime and stime are fields 14 and 15 of stat; 12 and 13 after the ")".
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _measure(target: str, server_pid: int | None, n: int, cache: int, backend: str) -> None:
    client = await Client.connect(target)
    worker_client = await Client.connect(target)
    fetches = 0
    get_history = worker_client.workflow_service.get_workflow_execution_history

    async def counting_get_history(req: Any, **kwargs: Any) -> Any:
        nonlocal fetches
        fetches += 1
        return await get_history(req, **kwargs)

    if hasattr(worker_client.service_client, "close"):  # this SDK (the reference's worker
        # fetches history in its Rust core, where it cannot be counted)
        worker_client.workflow_service.get_workflow_execution_history = counting_get_history  # type: ignore[method-assign]
    task_queue = f"load-bench-{uuid.uuid4().hex}"
    worker = Worker(
        worker_client,
        task_queue=task_queue,
        workflows=[LoadWorkflow],
        activities=[add_one],
        max_cached_workflows=cache,
    )
    sampler = Sampler()
    server_before = _process_cpu(server_pid)
    cpu_before, wall_before = _cpu(), time.perf_counter()
    async with anyio.create_task_group() as tg:
        tg.start_soon(sampler.run)
        async with worker:
            results = await drive(client, task_queue, n)
        tg.cancel_scope.cancel()
    wall, cpu = time.perf_counter() - wall_before, _cpu() - cpu_before
    server_after = _process_cpu(server_pid)
    wrong = [k for k, v in results.items() if v != expected_result(k)]
    if wrong:
        raise SystemExit(f"{len(wrong)} workflows returned wrong results, e.g. {wrong[:5]}")
    figures: dict[str, Any] = {
        "workload": "activity+timer+signal",
        "backend": backend,
        "n": n,
        "cache": cache,
        "wall_s": round(wall, 2),
        "workflows_per_s": round(n / wall, 1),
        "sdk_cpu_ms_per_workflow": round(1000 * cpu / n, 2),
        "peak_rss_mib": round(sampler.peak_rss / 2**20, 1),
        "history_fetches": fetches,
    }
    if server_before is not None and server_after is not None:
        figures["server_cpu_ms_per_workflow"] = round(1000 * (server_after - server_before) / n, 2)
    print(json.dumps(figures), flush=True)
    for c in (worker_client, client):
        close = getattr(c.service_client, "close", None)
        if close is not None:
            await close()


async def _run(args: argparse.Namespace, backend: str) -> None:
    if args.target:
        await _measure(args.target, None, args.n, args.cache, backend)
        return
    async with await WorkflowEnvironment.start_local(extra_args=_RATE_LIMITS) as env:
        process = getattr(env, "_process", None)
        pid = process.pid if process is not None else None
        await _measure(
            env.client.service_client.config.target_host, pid, args.n, args.cache, backend
        )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _compare(args: argparse.Namespace) -> None:
    bench = HERE.parent.parent / "shared" / "bench"
    ref = subprocess.run(
        ["bash", str(bench / "official-venv.sh")], capture_output=True, text=True, check=True
    ).stdout.strip()
    if subprocess.run([ref, "-c", "import anyio"], capture_output=True).returncode != 0:
        subprocess.run([ref, "-m", "pip", "install", "-q", "anyio"], check=True)
    port = _free_port()
    server = subprocess.Popen(
        [
            str(Path(ref).parent / "temporal"),
            "server",
            "start-dev",
            "--headless",
            "--port",
            str(port),
            "--log-level",
            "error",
            *_RATE_LIMITS,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    rows: dict[str, list[dict[str, Any]]] = {"reference": [], "this": []}
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), 1).close()
                break
            except OSError:
                time.sleep(0.2)
        time.sleep(1)
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(HERE / "load_bench.py", tmp)
            shutil.copy(HERE.parent / "tests" / "load" / "load_app.py", tmp)
            common = [
                "--n",
                str(args.n),
                "--cache",
                str(args.cache),
                "--backend",
                "asyncio",
                "--target",
                f"127.0.0.1:{port}",
            ]
            for _ in range(args.reps):
                for label, cmd, cwd, env in (
                    (
                        "reference",
                        [ref, "load_bench.py", *common],
                        tmp,
                        {**os.environ, "LOAD_BENCH_STANDALONE": "1"},
                    ),
                    (
                        "this",
                        [sys.executable, str(HERE / "load_bench.py"), *common],
                        None,
                        dict(os.environ),
                    ),
                ):
                    out = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
                    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
                    if not lines:
                        print(f"{label} printed no figures: {out.stderr[-2000:]}", file=sys.stderr)
                        continue
                    row = json.loads(lines[-1])
                    print(label, json.dumps(row), flush=True)
                    rows[label].append(row)
    finally:
        server.terminate()
        server.wait(15)
    for key in ("wall_s", "workflows_per_s", "sdk_cpu_ms_per_workflow", "peak_rss_mib"):
        ours = [float(r[key]) for r in rows["this"]]
        theirs = [float(r[key]) for r in rows["reference"]]
        if ours and theirs:
            a, b = statistics.median(ours), statistics.median(theirs)
            print(f"{key:28s} this={a:<9g} reference={b:<9g} this/reference={a / b:.2f}")


def main() -> None:
    """Parse the options and run the workload on each chosen backend."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000, help="workflows")
    parser.add_argument("--cache", type=int, default=50, help="max_cached_workflows")
    parser.add_argument("--backend", choices=["asyncio", "trio", "both"], default="both")
    parser.add_argument("--target", help="host:port of a running server (default: start one)")
    parser.add_argument("--compare", action="store_true", help="beside the reference SDK")
    parser.add_argument("--reps", type=int, default=2, help="with --compare: runs per SDK")
    args = parser.parse_args()
    if args.compare:
        _compare(args)
        return
    backends = ["asyncio", "trio"] if args.backend == "both" else [args.backend]
    for backend in backends:
        anyio.run(_run, args, backend, backend=backend)


if __name__ == "__main__":
    main()
