"""Worker lifecycle: start/shutdown, many workflows, deadlocks, cancellation hygiene."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from datetime import timedelta

import anyio
import pytest

from temporalio import activity, workflow
from temporalio.client import Client
from temporalio.worker import Worker
from tests.worker.helpers import event_types, eventually, new_id


@activity.defn
async def slow_echo(value: str, seconds: float) -> str:
    await anyio.sleep(seconds)
    return value


@workflow.defn
class EchoWorkflow:
    @workflow.run
    async def run(self, value: str) -> str:
        await asyncio.sleep(0.01)
        return await workflow.execute_activity(
            slow_echo, args=[value, 0.0], start_to_close_timeout=timedelta(seconds=30)
        )


@workflow.defn
class SlowActivityWorkflow:
    @workflow.run
    async def run(self, seconds: float) -> str:
        return await workflow.execute_activity(
            slow_echo, args=["slow", seconds], start_to_close_timeout=timedelta(seconds=30)
        )


@workflow.defn
class DeadlockWorkflow:
    @workflow.run
    async def run(self) -> None:
        time.sleep(4)  # blocks the workflow thread: never do this


def _workflow_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("temporal-workflow")]


async def test_task_group_start_returns_once_polling_and_shutdown_ends_run(
    client: Client, task_queue: str
) -> None:
    worker = Worker(client, task_queue=task_queue, workflows=[EchoWorkflow], activities=[slow_echo])
    async with anyio.create_task_group() as tg:
        await tg.start(worker.run)
        assert worker.is_running
        result = await client.execute_workflow(
            EchoWorkflow.run, "hi", id=new_id(), task_queue=task_queue
        )
        assert result == "hi"
        await worker.shutdown()
        assert not worker.is_running
    with anyio.fail_after(5):
        while _workflow_threads():
            await anyio.sleep(0.05)


async def test_hundred_concurrent_workflows(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([EchoWorkflow], [slow_echo]):
        handles = [
            await client.start_workflow(
                EchoWorkflow.run, f"v{i}", id=new_id(), task_queue=task_queue
            )
            for i in range(100)
        ]
        results = [await h.result() for h in handles]
    assert results == [f"v{i}" for i in range(100)]


async def test_graceful_shutdown_lets_running_activity_finish(
    client: Client, task_queue: str
) -> None:
    worker = Worker(
        client,
        task_queue=task_queue,
        workflows=[SlowActivityWorkflow],
        activities=[slow_echo],
        graceful_shutdown_timeout=timedelta(seconds=5),
    )
    async with anyio.create_task_group() as tg:
        await tg.start(worker.run)
        handle = await client.start_workflow(
            SlowActivityWorkflow.run, 1.0, id=new_id(), task_queue=task_queue
        )
        await anyio.sleep(0.5)
        await worker.shutdown()
    # The activity finished during shutdown; a new worker completes the workflow.
    types = await event_types(handle)
    assert "ACTIVITY_TASK_COMPLETED" in types
    async with Worker(client, task_queue=task_queue, workflows=[SlowActivityWorkflow]):
        assert await handle.result() == "slow"


async def test_deadlock_is_detected_and_worker_keeps_serving(
    client: Client, task_queue: str
) -> None:
    async with Worker(
        client,
        task_queue=task_queue,
        workflows=[DeadlockWorkflow, EchoWorkflow],
        activities=[slow_echo],
        deadlock_timeout=timedelta(seconds=1),
    ):
        stuck = await client.start_workflow(
            DeadlockWorkflow.run, id=new_id(), task_queue=task_queue
        )
        await eventually(lambda: event_types(stuck), lambda t: "WORKFLOW_TASK_FAILED" in t)
        history = await stuck.fetch_history()
        failure = next(
            e.workflow_task_failed_event_attributes.failure
            for e in history.events
            if e.HasField("workflow_task_failed_event_attributes")
        )
        assert "deadlock" in failure.message.lower()
        assert "DeadlockWorkflow" in failure.message
        assert "time.sleep" in failure.message or "sleep" in failure.message
        # Other runs are unaffected.
        assert (
            await client.execute_workflow(
                EchoWorkflow.run, "ok", id=new_id(), task_queue=task_queue
            )
            == "ok"
        )
        await stuck.terminate()


@pytest.mark.parametrize("delay", [0.0, 0.02, 0.1, 0.3])
async def test_cancelling_the_worker_anywhere_leaks_nothing(
    client: Client, task_queue: str, delay: float
) -> None:
    handles = [
        await client.start_workflow(EchoWorkflow.run, f"c{i}", id=new_id(), task_queue=task_queue)
        for i in range(5)
    ]
    worker = Worker(client, task_queue=task_queue, workflows=[EchoWorkflow], activities=[slow_echo])
    with anyio.move_on_after(delay + 0.2):
        await worker.run()
    assert not worker.is_running
    assert worker._workflow_worker is not None and worker._workflow_worker.cached_runs == 0
    with anyio.fail_after(5):
        while _workflow_threads():
            await anyio.sleep(0.05)
    async with Worker(
        client, task_queue=task_queue, workflows=[EchoWorkflow], activities=[slow_echo]
    ):
        assert [await h.result() for h in handles] == [f"c{i}" for i in range(5)]
