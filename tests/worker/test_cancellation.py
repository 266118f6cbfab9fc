"""Workflow cancellation from the client: cleanup, then cancelled (or not)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import anyio
import pytest

from temporalio import activity, workflow
from temporalio.client import Client, WorkflowFailureError, WorkflowHandle
from temporalio.exceptions import CancelledError
from temporalio.worker import Worker
from tests.worker.helpers import event_types, eventually, new_id


@activity.defn
async def cleanup(what: str) -> str:
    return f"cleaned {what}"


@workflow.defn
class CleanupWorkflow:
    def __init__(self) -> None:
        self.cleaned = ""

    @workflow.run
    async def run(self) -> str:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            # The root scope is cancelled: cleanup runs in a detached scope.
            with workflow.CancellationScope(detached=True):
                self.cleaned = await workflow.execute_activity(
                    cleanup, "resources", start_to_close_timeout=timedelta(seconds=5)
                )
            raise
        return "slept"

    @workflow.query
    def state(self) -> str:
        return self.cleaned


@workflow.defn
class IgnoresCancelWorkflow:
    @workflow.run
    async def run(self) -> str:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            return "finished anyway"
        return "slept"


async def _cancel_once_timer_started(handle: WorkflowHandle[Any, Any]) -> list[str]:
    """Cancel the workflow once it waits on its timer; its events once it ended cancelled."""
    await eventually(lambda: event_types(handle), lambda t: "TIMER_STARTED" in t)
    await handle.cancel()
    with pytest.raises(WorkflowFailureError) as info:
        await handle.result()
    assert isinstance(info.value.cause, CancelledError)
    types = await event_types(handle)
    assert types[-1] == "WORKFLOW_EXECUTION_CANCELED"
    return types


async def test_cancel_runs_cleanup_activity_then_workflow_is_cancelled(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([CleanupWorkflow], [cleanup]):
        handle = await client.start_workflow(
            CleanupWorkflow.run, id=new_id(), task_queue=task_queue
        )
        types = await _cancel_once_timer_started(handle)
    assert "ACTIVITY_TASK_COMPLETED" in types
    assert "TIMER_CANCELED" in types


async def test_workflow_may_complete_instead_of_cancelling(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([IgnoresCancelWorkflow]):
        handle = await client.start_workflow(
            IgnoresCancelWorkflow.run, id=new_id(), task_queue=task_queue
        )
        await eventually(lambda: event_types(handle), lambda t: "TIMER_STARTED" in t)
        await handle.cancel()
        assert await handle.result() == "finished anyway"


# --- the cancel request cancels the root scope ----------------------------------------


@workflow.defn
class UndetachedCleanupWorkflow:
    @workflow.run
    async def run(self) -> str:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            # Still in the cancelled root scope: nothing is sent, the await raises.
            await workflow.execute_activity(
                cleanup, "never", start_to_close_timeout=timedelta(seconds=5)
            )
        return "not reached"


_started: list[str] = []
_saw_cancel: list[str] = []


@activity.defn
async def wait_for_cancel(key: str) -> str:
    _started.append(key)
    try:
        while True:
            activity.heartbeat()
            await anyio.sleep(0.1)
    except anyio.get_cancelled_exc_class():
        _saw_cancel.append(key)
        raise


@workflow.defn
class UnawaitedActivityWorkflow:
    @workflow.run
    async def run(self, key: str) -> str:
        # Started, never awaited: the workflow's cancellation still reaches it.
        workflow.start_activity(
            wait_for_cancel,
            key,
            start_to_close_timeout=timedelta(seconds=60),
            heartbeat_timeout=timedelta(seconds=2),
            cancellation_type=workflow.ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
        )
        await asyncio.sleep(3600)
        return "slept"


async def test_cleanup_outside_a_detached_scope_is_cancelled_too(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([UndetachedCleanupWorkflow], [cleanup]):
        handle = await client.start_workflow(
            UndetachedCleanupWorkflow.run, id=new_id(), task_queue=task_queue
        )
        types = await _cancel_once_timer_started(handle)
    assert "ACTIVITY_TASK_SCHEDULED" not in types


async def test_cancel_reaches_activities_nobody_awaits(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    key = new_id()
    async with new_worker([UnawaitedActivityWorkflow], [wait_for_cancel]):
        handle = await client.start_workflow(
            UnawaitedActivityWorkflow.run, key, id=new_id(), task_queue=task_queue
        )
        with anyio.fail_after(10):
            while key not in _started:
                await anyio.sleep(0.05)
        types = await _cancel_once_timer_started(handle)
    assert key in _saw_cancel
    assert "ACTIVITY_TASK_CANCEL_REQUESTED" in types
