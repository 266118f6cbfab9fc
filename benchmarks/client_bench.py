"""Client calls per second and CPU per call, on asyncio and trio.

Starts its own dev server (unless --target is given), then times sequential
``start_workflow`` and ``describe`` calls. Prints one JSON line per backend and
operation. Not a test: figures only.

    python benchmarks/client_bench.py [--n 500] [--target host:port]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import time
import uuid

from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


async def _measure(client: Client, n: int, backend: str) -> None:
    tq = f"bench-{uuid.uuid4().hex}"
    # warm up the channel
    h = await client.start_workflow("Bench", id=f"{tq}-warm", task_queue=tq)
    await h.describe()
    for op in ("start_workflow", "describe"):
        handles = []
        c0, t0 = _cpu(), time.perf_counter()
        for i in range(n):
            if op == "start_workflow":
                handles.append(
                    await client.start_workflow("Bench", i, id=f"{tq}-{i}", task_queue=tq)
                )
            else:
                await h.describe()
        wall, cpu = time.perf_counter() - t0, _cpu() - c0
        print(
            json.dumps(
                {
                    "op": op,
                    "backend": backend,
                    "n": n,
                    "calls_per_s": round(n / wall, 1),
                    "cpu_ms_per_call": round(1000 * cpu / n, 3),
                    "wall_ms_per_call": round(1000 * wall / n, 3),
                }
            ),
            flush=True,
        )


async def _run(args: argparse.Namespace, backend: str) -> None:
    if args.target:
        client = await Client.connect(args.target)
        await _measure(client, args.n, backend)
        close = getattr(client.service_client, "close", None)
        if close is not None:  # the reference SDK has no close()
            await close()
    else:
        async with await WorkflowEnvironment.start_local() as env:
            await _measure(env.client, args.n, backend)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=500)
    p.add_argument("--target", default=None)
    p.add_argument("--backend", choices=["asyncio", "trio", "both"], default="both")
    args = p.parse_args()
    for backend in ("asyncio", "trio") if args.backend == "both" else (args.backend,):
        if backend == "trio":
            import trio

            trio.run(_run, args, backend)
        else:
            asyncio.run(_run(args, backend))


if __name__ == "__main__":
    main()
