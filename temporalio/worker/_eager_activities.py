"""Eager activity dispatch, seen from the workflow worker.

With eager dispatch the server answers a workflow task completion with the
activities it scheduled, already started, instead of putting them in the task
queue: one poll round trip fewer per activity. The workflow worker asks for it
only for activities it has reserved a slot for in the activity worker of its
own task queue.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from temporalio.api.command.v1 import Command
from temporalio.api.enums.v1 import CommandType
from temporalio.api.workflowservice.v1 import PollActivityTaskQueueResponse
from temporalio.worker._poller import SlotPermit

__all__ = ["MAX_EAGER_PER_TASK", "EagerActivities", "reserve_eager"]

MAX_EAGER_PER_TASK = 3
"""Most activities of one workflow task completion asked for eagerly (as core does)."""

_SCHEDULE_ACTIVITY = CommandType.COMMAND_TYPE_SCHEDULE_ACTIVITY_TASK


class EagerActivities(Protocol):
    """The activity worker of the same task queue."""

    @property
    def task_queue(self) -> str:
        """The task queue the activity worker polls."""

    def reserve_eager_slot(self) -> SlotPermit | None:
        """A free slot for one eager task, or None (never waits)."""

    async def start_eager(self, task: PollActivityTaskQueueResponse, permit: SlotPermit) -> None:
        """Run an eagerly dispatched task in the slot reserved for it (without waiting
        for it), or hand it back to the server if the activity worker has stopped."""


def reserve_eager(
    commands: Sequence[Command], eager: EagerActivities | None, limit: int
) -> list[SlotPermit]:
    """Keep ``request_eager_execution`` only on activities a slot is reserved for.

    The workflow asks for eager execution unless the activity opted out; it is
    granted only to activities on the activity worker's task queue, at most
    ``limit`` per completion, while that worker has free slots (``eager`` is None
    when there is none, or the workflow worker is stopping). Every other request is
    cleared, so the server queues those.
    """
    permits: list[SlotPermit] = []
    for command in commands:
        if command.command_type != _SCHEDULE_ACTIVITY:
            continue
        attrs = command.schedule_activity_task_command_attributes
        if not attrs.request_eager_execution:
            continue
        permit = (
            eager.reserve_eager_slot()
            if eager is not None
            and len(permits) < limit
            and attrs.task_queue.name == eager.task_queue
            else None
        )
        if permit is None:
            attrs.request_eager_execution = False
        else:
            permits.append(permit)
    return permits
