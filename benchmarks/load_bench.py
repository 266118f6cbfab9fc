"""Throughput and CPU per workflow of the load test's workload, on asyncio and trio.

The workload of ``tests/load/test_load.py``: N workflows, each an activity, a timer
and a signal, through a worker whose sticky cache holds far fewer runs than are in
flight (constant eviction and replay).  Starts its own dev server unless --target is
given.  Prints one JSON line per backend.  Not a test: figures only.

    python benchmarks/load_bench.py [--n 1000] [--cache 50] [--backend asyncio|trio|both]

Figures: wall seconds, workflows per second, this process's CPU (client and worker
together, user + sys) per workflow, the dev server's CPU per workflow (when this script
started it), peak RSS, and the history fetches the worker made for cache misses.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker
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
    await worker_client.service_client.close()
    await client.service_client.close()


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


def main() -> None:
    """Parse the options and run the workload on each chosen backend."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000, help="workflows")
    parser.add_argument("--cache", type=int, default=50, help="max_cached_workflows")
    parser.add_argument("--backend", choices=["asyncio", "trio", "both"], default="both")
    parser.add_argument("--target", help="host:port of a running server (default: start one)")
    args = parser.parse_args()
    backends = ["asyncio", "trio"] if args.backend == "both" else [args.backend]
    for backend in backends:
        anyio.run(_run, args, backend, backend=backend)


if __name__ == "__main__":
    main()
