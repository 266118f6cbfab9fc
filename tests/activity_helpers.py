"""Helpers for activity worker tests: drive a raw workflow that schedules activities.

The workflow is answered by the raw responder (no workflow worker): its first
workflow task is answered with ScheduleActivityTask commands, and the tests
read the activities' outcomes from the workflow's history.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import anyio

from temporalio.api.command.v1 import Command
from temporalio.api.enums.v1 import EventType
from temporalio.api.history.v1 import HistoryEvent
from temporalio.client import Client, WorkflowHandle
from temporalio.worker._activity_worker import ActivityWorker
from tests.raw_responder import poll_workflow_task, respond

WORKFLOW_TYPE = "ActivityTestWorkflow"

_CLOSED = {
    EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED: "activity_task_completed_event_attributes",
    EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED: "activity_task_failed_event_attributes",
    EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT: "activity_task_timed_out_event_attributes",
    EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED: "activity_task_canceled_event_attributes",
}


async def start_workflow(client: Client, task_queue: str) -> WorkflowHandle[Any, Any]:
    """Start the raw test workflow (its tasks are answered by the test)."""
    return await client.start_workflow(
        WORKFLOW_TYPE, id=f"wf-{uuid.uuid4().hex}", task_queue=task_queue
    )


async def start_with_activities(
    client: Client, task_queue: str, commands: Sequence[Command]
) -> WorkflowHandle[Any, Any]:
    """Start the workflow and answer its first task with ``commands``."""
    handle = await start_workflow(client, task_queue)
    task = await poll_workflow_task(client, task_queue)
    await respond(client, task, commands)
    return handle


async def history(handle: WorkflowHandle[Any, Any]) -> list[HistoryEvent]:
    """All events of the workflow so far."""
    return [e async for e in handle.fetch_history_events()]


def scheduled_event_id(events: Sequence[HistoryEvent], activity_id: str) -> int:
    """Event ID of the ActivityTaskScheduled event of ``activity_id``."""
    for event in events:
        if (
            event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
            and event.activity_task_scheduled_event_attributes.activity_id == activity_id
        ):
            return event.event_id
    raise LookupError(f"activity {activity_id!r} was not scheduled")


def closed_event(events: Sequence[HistoryEvent], activity_id: str) -> HistoryEvent | None:
    """The event that closed ``activity_id``, if any yet."""
    try:
        scheduled = scheduled_event_id(events, activity_id)
    except LookupError:
        return None
    for event in events:
        field = _CLOSED.get(event.event_type)
        if field is not None and getattr(event, field).scheduled_event_id == scheduled:
            return event
    return None


async def wait_closed(
    handle: WorkflowHandle[Any, Any], activity_id: str = "a1", *, timeout: float = 30
) -> HistoryEvent:
    """Wait until ``activity_id`` is closed in history; return the closing event."""
    with anyio.fail_after(timeout):
        while True:
            event = closed_event(await history(handle), activity_id)
            if event is not None:
                return event
            await anyio.sleep(0.1)


@asynccontextmanager
async def running(worker: ActivityWorker) -> AsyncIterator[ActivityWorker]:
    """Run ``worker`` for the duration of the block, then shut it down."""
    async with anyio.create_task_group() as tg:
        await tg.start(worker.run)
        try:
            yield worker
        finally:
            worker.initiate_shutdown()


def seconds(value: float) -> timedelta:
    """``timedelta(seconds=value)``."""
    return timedelta(seconds=value)
