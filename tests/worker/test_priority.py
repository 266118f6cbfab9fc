"""Priority and fairness (``temporalio.common.Priority``) on workflow starts, activities,
child workflows and schedule actions: what reaches history, and what the workflow and
the activity see in their info."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from temporalio import activity, workflow
from temporalio.api.enums.v1 import EventType
from temporalio.client import (
    Client,
    Schedule,
    ScheduleActionStartWorkflow,
    ScheduleIntervalSpec,
    ScheduleSpec,
)
from temporalio.common import Priority
from temporalio.worker import Worker
from tests.worker.helpers import new_id


def _fields(p: Priority) -> list[Any]:
    return [p.priority_key, p.fairness_key, p.fairness_weight]


@activity.defn
async def own_priority() -> list[Any]:
    return _fields(activity.info().priority)


@workflow.defn
class PriorityChild:
    @workflow.run
    async def run(self) -> list[Any]:
        return _fields(workflow.info().priority)


@workflow.defn
class PriorityParent:
    @workflow.run
    async def run(self) -> dict[str, list[Any]]:
        activity_default = await workflow.execute_activity(
            own_priority, start_to_close_timeout=timedelta(seconds=10)
        )
        activity_set = await workflow.execute_activity(
            own_priority,
            start_to_close_timeout=timedelta(seconds=10),
            priority=Priority(priority_key=2, fairness_key="tenant-a", fairness_weight=2.5),
        )
        child = await workflow.execute_child_workflow(
            PriorityChild.run, id=f"{workflow.info().workflow_id}-child", priority=Priority(5)
        )
        return {
            "workflow": _fields(workflow.info().priority),
            "activity_default": activity_default,
            "activity_set": activity_set,
            "child": child,
        }


async def test_priority_reaches_workflow_activities_and_children(
    client: Client, new_worker: Callable[..., Worker], task_queue: str
) -> None:
    async with new_worker([PriorityParent, PriorityChild], [own_priority]):
        handle = await client.start_workflow(
            PriorityParent.run,
            id=new_id(),
            task_queue=task_queue,
            priority=Priority(priority_key=4, fairness_key="tenant-b"),
        )
        result = await handle.result()
    assert result["workflow"] == [4, "tenant-b", None]
    # Unset fields are inherited by the server when it orders tasks; what an activity
    # task reports is what its workflow asked for (here nothing).
    assert result["activity_default"] == [None, None, None]
    assert result["activity_set"] == [2, "tenant-a", 2.5]
    assert result["child"][0] == 5
    events = (await handle.fetch_history()).events
    scheduled = [
        e.activity_task_scheduled_event_attributes.priority
        for e in events
        if e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
    ]
    # Nothing is sent for the default; the given one is sent whole.
    assert [Priority.from_proto(p) for p in scheduled] == [
        Priority(),
        Priority(2, "tenant-a", 2.5),
    ]
    [initiated] = [
        e.start_child_workflow_execution_initiated_event_attributes
        for e in events
        if e.event_type == EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED
    ]
    assert initiated.priority.priority_key == 5
    started = events[0].workflow_execution_started_event_attributes
    assert Priority.from_proto(started.priority) == Priority(4, "tenant-b")


async def test_schedule_action_priority_round_trips(client: Client, task_queue: str) -> None:
    handle = await client.create_schedule(
        new_id(),
        Schedule(
            action=ScheduleActionStartWorkflow(
                PriorityChild.run,
                id=new_id(),
                task_queue=task_queue,
                priority=Priority(priority_key=3, fairness_key="k"),
            ),
            spec=ScheduleSpec(intervals=[ScheduleIntervalSpec(every=timedelta(days=1))]),
        ),
    )
    try:
        action = (await handle.describe()).schedule.action
        assert isinstance(action, ScheduleActionStartWorkflow)
        assert action.priority == Priority(priority_key=3, fairness_key="k")
    finally:
        await handle.delete()


@workflow.defn
class BadPriority:
    @workflow.run
    async def run(self) -> str:
        try:
            await workflow.execute_activity(
                own_priority,
                start_to_close_timeout=timedelta(seconds=10),
                priority=3,  # type: ignore[typeddict-item]
            )
        except TypeError as err:
            return str(err)
        return "accepted"


async def test_priority_of_the_wrong_type_is_refused(
    client: Client, new_worker: Callable[..., Worker], task_queue: str
) -> None:
    with pytest.raises(TypeError, match="priority must be a temporalio.common.Priority, got int"):
        await client.start_workflow(
            PriorityChild.run,
            id=new_id(),
            task_queue=task_queue,
            priority=1,  # type: ignore[arg-type]
        )
    with pytest.raises(TypeError, match="ScheduleActionStartWorkflow.*got str"):
        ScheduleActionStartWorkflow(
            "W",
            id="x",
            task_queue="q",
            priority="high",  # type: ignore[arg-type]
        )
    async with new_worker([BadPriority], [own_priority]):
        message = await client.execute_workflow(BadPriority.run, id=new_id(), task_queue=task_queue)
    assert message == (
        "activity 'own_priority': priority must be a temporalio.common.Priority, got int 3"
    )
