"""Workflow cancellation from the client: cleanup, then cancelled (or not)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

import pytest

from temporalio import activity, workflow
from temporalio.client import Client, WorkflowFailureError
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


async def test_cancel_runs_cleanup_activity_then_workflow_is_cancelled(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([CleanupWorkflow], [cleanup]):
        handle = await client.start_workflow(
            CleanupWorkflow.run, id=new_id(), task_queue=task_queue
        )
        await eventually(lambda: event_types(handle), lambda t: "TIMER_STARTED" in t)
        await handle.cancel()
        with pytest.raises(WorkflowFailureError) as info:
            await handle.result()
    assert isinstance(info.value.cause, CancelledError)
    types = await event_types(handle)
    assert "ACTIVITY_TASK_COMPLETED" in types
    assert "TIMER_CANCELED" in types
    assert types[-1] == "WORKFLOW_EXECUTION_CANCELED"


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
