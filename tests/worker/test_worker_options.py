"""Worker options for local activity slots, workers without remote activities, the eager
activity limit and the heartbeat throttle."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import anyio
import pytest

from temporalio import activity, workflow
from temporalio.client import Client
from temporalio.exceptions import ActivityError, TimeoutError, TimeoutType
from temporalio.worker import Worker
from temporalio.worker._activity_worker import ActivityWorker
from tests.worker.helpers import new_id

_running = 0
_most_running = 0


@activity.defn
async def tracked(ms: int) -> int:
    global _running, _most_running
    _running += 1
    _most_running = max(_most_running, _running)
    try:
        await anyio.sleep(ms / 1000)
    finally:
        _running -= 1
    return ms


@workflow.defn
class ManyLocal:
    @workflow.run
    async def run(self, n: int) -> list[int]:
        return list(
            await asyncio.gather(
                *(
                    workflow.execute_local_activity(
                        tracked, 50, start_to_close_timeout=timedelta(seconds=10)
                    )
                    for _ in range(n)
                )
            )
        )


async def test_local_activity_slots(
    client: Client, new_worker: Callable[..., Worker], task_queue: str
) -> None:
    global _most_running
    for limit, expected in ((1, 1), (100, 4)):
        _most_running = 0
        async with new_worker([ManyLocal], [tracked], max_concurrent_local_activities=limit):
            assert (
                await client.execute_workflow(ManyLocal.run, 4, id=new_id(), task_queue=task_queue)
                == [50] * 4
            )
        assert _most_running == expected


@workflow.defn
class LocalAndRemote:
    @workflow.run
    async def run(self) -> list[str]:
        local = await workflow.execute_local_activity(
            tracked, 1, start_to_close_timeout=timedelta(seconds=10)
        )
        try:
            await workflow.execute_activity(
                tracked,
                1,
                schedule_to_start_timeout=timedelta(seconds=1),
                start_to_close_timeout=timedelta(seconds=10),
                retry_policy=None,
            )
        except ActivityError as err:
            assert isinstance(err.cause, TimeoutError)
            return [f"local {local}", f"remote: {TimeoutType(err.cause.type).name}"]
        return [f"local {local}", "remote ran"]


async def test_no_remote_activities_runs_only_local_ones(
    client: Client, new_worker: Callable[..., Worker], task_queue: str
) -> None:
    async with new_worker([LocalAndRemote], [tracked], no_remote_activities=True):
        result = await client.execute_workflow(
            LocalAndRemote.run, id=new_id(), task_queue=task_queue
        )
    # Nobody polled the task queue for the remote one (not even eagerly).
    assert result == ["local 1", "remote: SCHEDULE_TO_START"]


async def test_no_remote_activities_needs_workflows(client: Client) -> None:
    with pytest.raises(ValueError, match="no_remote_activities=True with no workflows"):
        Worker(client, task_queue="q", activities=[tracked], no_remote_activities=True)
    with pytest.raises(ValueError, match="max_concurrent_local_activities"):
        Worker(client, task_queue="q", workflows=[ManyLocal], max_concurrent_local_activities=0)
    with pytest.raises(ValueError, match="default_heartbeat_throttle_interval"):
        Worker(
            client,
            task_queue="q",
            activities=[tracked],
            default_heartbeat_throttle_interval=timedelta(0),
        )


@workflow.defn
class ThreeActivities:
    @workflow.run
    async def run(self) -> list[int]:
        return list(
            await asyncio.gather(
                *(
                    workflow.execute_activity(
                        tracked, i, start_to_close_timeout=timedelta(seconds=10)
                    )
                    for i in range(3)
                )
            )
        )


async def test_eager_activity_reservations_per_task(
    client: Client,
    new_worker: Callable[..., Worker],
    task_queue: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    eager: list[str] = []
    original = ActivityWorker.start_eager

    async def spy(self: ActivityWorker, task: Any, permit: Any) -> None:
        eager.append(task.activity_id)
        await original(self, task, permit)

    monkeypatch.setattr(ActivityWorker, "start_eager", spy)
    for limit in (0, 2):
        eager.clear()
        async with new_worker(
            [ThreeActivities],
            [tracked],
            max_eager_activity_reservations_per_workflow_task=limit,
        ):
            result = await client.execute_workflow(
                ThreeActivities.run, id=new_id(), task_queue=task_queue
            )
        assert result == [0, 1, 2]
        # The three are scheduled by one workflow task: at most `limit` come back with it.
        assert len(eager) == limit


@activity.defn
async def chatty(seconds: float) -> None:
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        n += 1
        activity.heartbeat(n)
        await anyio.sleep(0.02)


@workflow.defn
class Chatty:
    @workflow.run
    async def run(self, seconds: float) -> None:
        await workflow.execute_activity(
            chatty, seconds, start_to_close_timeout=timedelta(seconds=30)
        )


async def test_heartbeat_throttle_interval(
    client: Client,
    new_worker: Callable[..., Worker],
    task_queue: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service = client.workflow_service
    sent: list[float] = []
    record = service.record_activity_task_heartbeat

    async def counting(*args: Any, **kwargs: Any) -> Any:
        sent.append(time.monotonic())
        return await record(*args, **kwargs)

    monkeypatch.setattr(service, "record_activity_task_heartbeat", counting)
    async with new_worker(
        [Chatty],
        [chatty],
        default_heartbeat_throttle_interval=timedelta(milliseconds=300),
    ):
        await client.execute_workflow(Chatty.run, 1.5, id=new_id(), task_queue=task_queue)
    # ~75 heartbeats in 1.5 s: the first at once, then one per 300 ms (not per 30 s,
    # the default, and not each of them).
    assert 4 <= len(sent) <= 8, sent
    gaps = [b - a for a, b in itertools.pairwise(sent)]
    assert all(gap >= 0.25 for gap in gaps), gaps
