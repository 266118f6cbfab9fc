"""Workflows and activities the fault tests run, in the test process or in a worker process.

``FaultWorkflow(n, timer_seconds)`` runs an activity and a timer side by side, then a
second activity and another timer, and returns ``4 * n + 2``.  Its activity heartbeats
while it works, so a killed worker's attempt is retried soon after the heartbeat
timeout, and prints ``ACTIVITY <workflow id> <attempt>`` when it starts (the tests read
a worker process's standard output to know what is in flight).
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import anyio

from temporalio import activity, workflow
from temporalio.common import RetryPolicy

SETTINGS = {"first_attempt_seconds": 0.0, "later_attempt_seconds": 0.0}
"""How long ``crunch`` works on its first attempt and on later ones (set by the script)."""

RETRY = RetryPolicy(
    initial_interval=timedelta(milliseconds=200), maximum_interval=timedelta(seconds=1)
)


def expected_result(n: int) -> int:
    """What ``FaultWorkflow`` returns for ``n``."""
    return 2 * (2 * n + 1)


@activity.defn
async def crunch(n: int) -> int:
    """Double ``n`` after working (and heartbeating) for a while."""
    info = activity.info()
    print(f"ACTIVITY {info.workflow_id} {info.attempt}", flush=True)
    key = "first_attempt_seconds" if info.attempt == 1 else "later_attempt_seconds"
    with anyio.move_on_after(SETTINGS[key]):
        while True:
            activity.heartbeat()
            await anyio.sleep(0.2)
    return n * 2


@workflow.defn
class FaultWorkflow:
    """An activity beside a timer, then another activity and another timer."""

    @workflow.run
    async def run(self, n: int, timer_seconds: float) -> int:
        first, _ = await asyncio.gather(self._crunch(n), asyncio.sleep(timer_seconds))
        second = await self._crunch(first + 1)
        await asyncio.sleep(timer_seconds)
        return second

    async def _crunch(self, n: int) -> int:
        return await workflow.execute_activity(
            crunch,
            n,
            start_to_close_timeout=timedelta(seconds=60),
            heartbeat_timeout=timedelta(seconds=2),
            retry_policy=RETRY,
        )
