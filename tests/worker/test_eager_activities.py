"""Eager activity dispatch: activities of the worker's own task queue come back with the
workflow task's response (no activity poll), only into free slots, and never when
disabled or rate-limited."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import anyio
import pytest

from temporalio import activity, workflow
from temporalio._activity._execution import ActivityFailed
from temporalio.client import Client
from temporalio.worker import Worker
from temporalio.worker._activity_worker import ActivityWorker
from tests.worker.helpers import new_id

_running = 0
_peak = 0


@activity.defn
async def shout(s: str) -> str:
    global _running, _peak
    _running += 1
    _peak = max(_peak, _running)
    try:
        await anyio.sleep(0.05)
        return f"{s.upper()} (attempt {activity.info().attempt})"
    finally:
        _running -= 1


@workflow.defn
class EagerWorkflow:
    @workflow.run
    async def run(self, n: int, queue: str, opt_out: bool) -> list[str]:
        handles = [
            workflow.start_activity(
                shout,
                f"a{i}",
                start_to_close_timeout=timedelta(seconds=10),
                task_queue=queue or None,
                disable_eager_execution=opt_out,
            )
            for i in range(n)
        ]
        return list(await asyncio.gather(*handles))


@pytest.fixture
def eager_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the activity tasks handed to ``ActivityWorker.start_eager``."""
    calls: list[str] = []
    original = ActivityWorker.start_eager

    async def spy(self: ActivityWorker, task: Any, permit: Any) -> None:
        calls.append(task.activity_type.name)
        await original(self, task, permit)

    monkeypatch.setattr(ActivityWorker, "start_eager", spy)
    global _peak
    _peak = 0
    return calls


async def _run(
    client: Client, task_queue: str, n: int, queue: str = "", opt_out: bool = False
) -> Any:
    return await client.execute_workflow(
        EagerWorkflow.run,
        args=[n, queue, opt_out],
        id=new_id(),
        task_queue=task_queue,
        execution_timeout=timedelta(seconds=30),
    )


async def test_activity_on_own_queue_is_dispatched_eagerly(
    client: Client, task_queue: str, new_worker: Callable[..., Worker], eager_calls: list[str]
) -> None:
    async with new_worker([EagerWorkflow], [shout]):
        assert await _run(client, task_queue, 1) == ["A0 (attempt 1)"]
    assert eager_calls == ["shout"]


async def test_at_most_three_per_task_and_the_rest_through_the_queue(
    client: Client, task_queue: str, new_worker: Callable[..., Worker], eager_calls: list[str]
) -> None:
    async with new_worker([EagerWorkflow], [shout]):
        result = await _run(client, task_queue, 5)
    assert result == [f"A{i} (attempt 1)" for i in range(5)]
    assert len(eager_calls) == 3


async def test_eager_tasks_never_exceed_max_concurrent_activities(
    client: Client, task_queue: str, new_worker: Callable[..., Worker], eager_calls: list[str]
) -> None:
    # Two pollers hold two of the three slots: one slot is left for eager tasks.
    async with new_worker(
        [EagerWorkflow],
        [shout],
        max_concurrent_activities=3,
        max_concurrent_activity_task_polls=2,
    ):
        result = await _run(client, task_queue, 6)
    assert result == [f"A{i} (attempt 1)" for i in range(6)]
    assert len(eager_calls) <= 1
    assert _peak <= 3


@pytest.mark.parametrize(
    "how",
    ["worker option", "activity option", "rate limit", "task queue rate limit", "other task queue"],
)
async def test_no_eager_dispatch(
    client: Client,
    task_queue: str,
    new_worker: Callable[..., Worker],
    eager_calls: list[str],
    how: str,
) -> None:
    options: dict[str, Any] = {}
    if how == "worker option":
        options["disable_eager_activity_execution"] = True
    elif how == "rate limit":
        options["max_activities_per_second"] = 1000.0
    elif how == "task queue rate limit":
        options["max_task_queue_activities_per_second"] = 1000.0
    other = f"{task_queue}-activities"
    async with (
        new_worker([EagerWorkflow], [shout], **options),
        new_worker(activities=[shout], task_queue=other),
    ):
        result = await _run(
            client,
            task_queue,
            2,
            queue=other if how == "other task queue" else "",
            opt_out=how == "activity option",
        )
    assert result == ["A0 (attempt 1)", "A1 (attempt 1)"]
    assert eager_calls == []


async def test_eager_task_after_the_activity_worker_stopped_is_handed_back(
    client: Client,
    task_queue: str,
    new_worker: Callable[..., Worker],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The completion's response can arrive after the activity worker has stopped
    # (graceful shutdown over). Simulated: the first eager task finds the worker's
    # task group gone. The attempt must be failed at once as WorkerShutdown (the
    # server then retries it through the queue), not dropped until its
    # start-to-close timeout (10 s here, beyond the 8 s this test allows).
    original = ActivityWorker.start_eager
    handed_back: list[str] = []

    async def stopped_once(self: ActivityWorker, task: Any, permit: Any) -> None:
        if handed_back:
            await original(self, task, permit)
            return
        handed_back.append(task.activity_type.name)
        tasks, self._tasks = self._tasks, None
        try:
            await original(self, task, permit)
        finally:
            self._tasks = tasks

    monkeypatch.setattr(ActivityWorker, "start_eager", stopped_once)
    reported: list[tuple[str, bool]] = []
    respond = ActivityWorker._respond

    async def spy_respond(self: ActivityWorker, task: Any, outcome: Any, hb: Any) -> None:
        if isinstance(outcome, ActivityFailed):
            info = outcome.failure.application_failure_info
            reported.append((info.type, info.non_retryable))
        await respond(self, task, outcome, hb)

    monkeypatch.setattr(ActivityWorker, "_respond", spy_respond)
    async with new_worker([EagerWorkflow], [shout]):
        handle = await client.start_workflow(
            EagerWorkflow.run,
            args=[1, "", False],
            id=new_id(),
            task_queue=task_queue,
            execution_timeout=timedelta(seconds=30),
        )
        with anyio.fail_after(8):
            result = await handle.result()
    assert handed_back == ["shout"]
    assert result == ["A0 (attempt 2)"]
    # The first attempt was reported failed with the retryable shutdown error.
    assert reported[0] == ("WorkerShutdown", False)
