"""The load workflow (activity + timer + signal) and a driver shared by the load test
and ``benchmarks/load_bench.py``."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta

import anyio

from temporalio import activity, workflow
from temporalio.client import Client, WorkflowHandle


@activity.defn
async def add_one(n: int) -> int:
    """``n + 1``."""
    return n + 1


@workflow.defn
class LoadWorkflow:
    """Runs an activity, sleeps on a timer, waits for the ``bonus`` signal: ``n + 1 + bonus``."""

    def __init__(self) -> None:
        self._bonus: int | None = None

    @workflow.run
    async def run(self, n: int) -> int:
        value = await workflow.execute_activity(
            add_one, n, start_to_close_timeout=timedelta(seconds=60)
        )
        await asyncio.sleep(0.2)
        await workflow.wait_condition(lambda: self._bonus is not None)
        assert self._bonus is not None
        return value + self._bonus

    @workflow.signal
    def bonus(self, amount: int) -> None:
        self._bonus = amount


def bonus_for(n: int) -> int:
    """The signal value the driver sends to workflow ``n``."""
    return 10 * n


def expected_result(n: int) -> int:
    """What workflow ``n`` returns."""
    return n + 1 + bonus_for(n)


def rss_bytes() -> int:
    """Resident set size of this process now."""
    with open(f"/proc/{os.getpid()}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@dataclass
class Sampler:
    """Samples RSS (and whatever ``probe`` returns) every 100 ms while it runs.

    ``peak_rss`` and ``peak_probe`` are the largest values seen.
    """

    probe: Callable[[], int] = lambda: 0
    peak_rss: int = 0
    peak_probe: int = 0
    samples: int = field(default=0)

    async def run(self) -> None:
        """Sample until cancelled."""
        while True:
            self.peak_rss = max(self.peak_rss, rss_bytes())
            self.peak_probe = max(self.peak_probe, self.probe())
            self.samples += 1
            await anyio.sleep(0.1)


async def drive(
    client: Client,
    task_queue: str,
    count: int,
    *,
    concurrency: int = 50,
    on_result: Callable[[int, int], Awaitable[None]] | None = None,
) -> dict[int, int]:
    """Start ``count`` workflows, signal each, and collect every result (by ``n``).

    At most ``concurrency`` starts (and then result waits) are in flight at once.
    """
    prefix = uuid.uuid4().hex[:12]
    handles: dict[int, WorkflowHandle[LoadWorkflow, int]] = {}
    results: dict[int, int] = {}
    limiter = anyio.CapacityLimiter(concurrency)

    async def start(n: int) -> None:
        async with limiter:
            handle = await client.start_workflow(
                LoadWorkflow.run, n, id=f"load-{prefix}-{n}", task_queue=task_queue
            )
            await handle.signal(LoadWorkflow.bonus, bonus_for(n))
            handles[n] = handle

    async def finish(n: int) -> None:
        async with limiter:
            results[n] = await handles[n].result()
            if on_result is not None:
                await on_result(n, results[n])

    async with anyio.create_task_group() as tg:
        for n in range(count):
            tg.start_soon(start, n)
    async with anyio.create_task_group() as tg:
        for n in range(count):
            tg.start_soon(finish, n)
    return results
