"""Replayer, and non-determinism caught by the Replayer and by a worker."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import pytest

from temporalio import activity, workflow
from temporalio.api.enums.v1 import WorkflowTaskFailedCause
from temporalio.client import Client, WorkflowHistory
from temporalio.worker import Replayer, Worker
from temporalio.worker._workflow_runner import DeadlockError
from temporalio.workflow import NondeterminismError
from tests.worker.helpers import event_types, eventually, new_id


@activity.defn
async def step(n: int) -> int:
    return n + 1


@workflow.defn(name="Steps")
class StepsV1:
    def __init__(self) -> None:
        self._go = False

    @workflow.run
    async def run(self) -> int:
        total = await workflow.execute_activity(
            step, 1, start_to_close_timeout=timedelta(seconds=5)
        )
        await asyncio.sleep(0.05)
        await workflow.wait_condition(lambda: self._go)
        total = await workflow.execute_activity(
            step, total, start_to_close_timeout=timedelta(seconds=5)
        )
        return total

    @workflow.signal
    def go(self) -> None:
        self._go = True


@workflow.defn(name="Steps")
class StepsV2TimerFirst:
    """Changed code: a timer where V1 had an activity."""

    def __init__(self) -> None:
        self._go = False

    @workflow.run
    async def run(self) -> int:
        await asyncio.sleep(0.05)
        return 0

    @workflow.signal
    def go(self) -> None:
        self._go = True


@workflow.defn(name="Steps")
class StepsV3OtherActivity:
    """Changed code: a different activity type."""

    @workflow.run
    async def run(self) -> int:
        return await workflow.execute_activity(
            "other_activity", 1, start_to_close_timeout=timedelta(seconds=5)
        )


async def _completed_history(client: Client, task_queue: str) -> WorkflowHistory:
    async with Worker(client, task_queue=task_queue, workflows=[StepsV1], activities=[step]):
        handle = await client.start_workflow("Steps", id=new_id(), task_queue=task_queue)
        await eventually(lambda: event_types(handle), lambda t: "TIMER_FIRED" in t)
        await handle.signal(StepsV1.go)
        assert await handle.result() == 3
    return await handle.fetch_history()


async def test_replayer_replays_history_and_json_export(client: Client, task_queue: str) -> None:
    history = await _completed_history(client, task_queue)
    replayer = Replayer(workflows=[StepsV1])
    result = await replayer.replay_workflow(history)
    assert result.replay_failure is None
    # Exported JSON (as the CLI writes it) replays the same.
    await replayer.replay_workflow(
        WorkflowHistory.from_json(history.workflow_id, history.to_json())
    )
    await replayer.replay_workflow(history.to_json())


async def test_replayer_reports_nondeterminism_naming_the_mismatch(
    client: Client, task_queue: str
) -> None:
    history = await _completed_history(client, task_queue)
    with pytest.raises(NondeterminismError) as info:
        await Replayer(workflows=[StepsV2TimerFirst]).replay_workflow(history)
    message = str(info.value)
    assert "Timer" in message or "timer" in message
    assert "Activity" in message or "activity" in message
    with pytest.raises(NondeterminismError, match="other_activity|step"):
        await Replayer(workflows=[StepsV3OtherActivity]).replay_workflow(history)
    # collect-all mode
    results = await Replayer(workflows=[StepsV2TimerFirst]).replay_workflows(
        [history, history], raise_on_replay_failure=False
    )
    assert len(results.replay_failures) == 1  # same run twice, keyed by run ID
    assert all(isinstance(r.replay_failure, NondeterminismError) for r in results.results)


async def test_malformed_history_json_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="events"):
        await Replayer(workflows=[StepsV1]).replay_workflow('{"not": "a history"}')
    with pytest.raises(ValueError, match="not valid JSON"):
        await Replayer(workflows=[StepsV1]).replay_workflow("{oops")


async def test_worker_with_changed_code_fails_the_task_and_old_code_resumes(
    client: Client, task_queue: str
) -> None:
    # Started by V1 and left waiting for the signal (after an activity and a timer).
    async with Worker(client, task_queue=task_queue, workflows=[StepsV1], activities=[step]):
        handle = await client.start_workflow(
            "Steps", id=new_id(), task_queue=task_queue, task_timeout=timedelta(seconds=2)
        )
        await eventually(lambda: event_types(handle), lambda t: "TIMER_FIRED" in t)
    # A worker with changed code and no cache replays the history: non-determinism.
    async with Worker(
        client,
        task_queue=task_queue,
        workflows=[StepsV2TimerFirst],
        activities=[step],
        max_cached_workflows=0,
    ):
        await handle.signal(StepsV1.go)
        await eventually(
            lambda: event_types(handle), lambda t: "WORKFLOW_TASK_FAILED" in t, timeout=20
        )
        history = await handle.fetch_history()
        failed = [
            e.workflow_task_failed_event_attributes
            for e in history.events
            if e.HasField("workflow_task_failed_event_attributes")
        ]
        assert (
            failed[-1].cause
            == WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_NON_DETERMINISTIC_ERROR
        )
        assert "nondetermin" in failed[-1].failure.message.lower()
    # The old code resumes it.
    async with Worker(client, task_queue=task_queue, workflows=[StepsV1], activities=[step]):
        assert await handle.result() == 3


@workflow.defn
class BlocksWhenReplayed:
    @workflow.run
    async def run(self) -> str:
        await asyncio.sleep(0.1)
        if workflow.unsafe.is_replaying():
            time.sleep(1.5)  # what a deadlock looks like to the worker
        await asyncio.sleep(0.1)
        return "done"


async def test_replayer_reports_a_blocked_activation_as_a_deadlock(
    client: Client, task_queue: str
) -> None:
    async with Worker(client, task_queue=task_queue, workflows=[BlocksWhenReplayed]):
        handle = await client.start_workflow(
            BlocksWhenReplayed.run, id=new_id(), task_queue=task_queue
        )
        assert await handle.result() == "done"
    history = await handle.fetch_history()
    replayer = Replayer(workflows=[BlocksWhenReplayed], deadlock_timeout=timedelta(seconds=0.3))
    started = time.monotonic()
    with pytest.raises(DeadlockError) as info:
        await replayer.replay_workflow(history)
    assert time.monotonic() - started < 1.2  # reported while the activation still blocks
    assert "BlocksWhenReplayed" in str(info.value)
    assert "time.sleep" in str(info.value)
