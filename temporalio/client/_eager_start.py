"""Eager workflow start: ``start_workflow(..., request_eager_start=True)`` asks the
server to hand the new workflow's first task straight back in the start response,
to a worker of this client that polls the task queue and has a free slot; that
saves the worker a poll round trip and the workflow its first task's queueing.

Workers register here while they poll (the client never imports the worker).
"""

from __future__ import annotations

import logging
from typing import Protocol

from temporalio.api.workflowservice.v1 import PollWorkflowTaskQueueResponse

__all__ = ["EagerSlot", "EagerWorkflowTarget", "EagerWorkflowTargets", "Reservation"]

logger = logging.getLogger(__name__)


class EagerSlot(Protocol):
    """A workflow task slot reserved on a worker."""

    def release(self) -> None:
        """Give the slot back (idempotent)."""


class EagerWorkflowTarget(Protocol):
    """A polling workflow worker, as eager start sees it."""

    def reserve_eager_workflow_slot(self) -> EagerSlot | None:
        """A free workflow task slot, or None (never waits)."""

    def start_eager_workflow_task(
        self, task: PollWorkflowTaskQueueResponse, slot: EagerSlot
    ) -> bool:
        """Process ``task`` in ``slot`` (without waiting for it); False if the worker
        can no longer take it (the slot is then released)."""


class Reservation:
    """A slot reserved for the first task of one start."""

    __slots__ = ("slot", "target")

    def __init__(self, target: EagerWorkflowTarget, slot: EagerSlot) -> None:
        self.target = target
        self.slot = slot

    def deliver(self, task: PollWorkflowTaskQueueResponse | None) -> None:
        """Hand the start response's task to the worker, or free the slot if the
        server sent none (it then goes through the task queue)."""
        if task is None or not task.task_token:
            self.slot.release()
            return
        if not self.target.start_eager_workflow_task(task, self.slot):
            logger.warning(
                "Workflow %s was started eagerly but its worker stopped meanwhile; the "
                "server hands its first task to another worker after the workflow task "
                "timeout",
                task.workflow_execution.workflow_id,
            )


class EagerWorkflowTargets:
    """The workers of one client that can take eagerly started workflows, by task queue."""

    def __init__(self) -> None:
        """No worker yet."""
        self._by_queue: dict[str, list[EagerWorkflowTarget]] = {}

    def register(self, task_queue: str, target: EagerWorkflowTarget) -> None:
        """``target`` polls ``task_queue`` and may take eager starts (loop thread)."""
        self._by_queue.setdefault(task_queue, []).append(target)

    def unregister(self, task_queue: str, target: EagerWorkflowTarget) -> None:
        """``target`` takes no more eager starts (idempotent)."""
        targets = self._by_queue.get(task_queue)
        if targets and target in targets:
            targets.remove(target)
            if not targets:
                del self._by_queue[task_queue]

    def reserve(self, task_queue: str) -> Reservation | None:
        """A free slot on a worker of ``task_queue``, or None."""
        for target in self._by_queue.get(task_queue, ()):
            slot = target.reserve_eager_workflow_slot()
            if slot is not None:
                return Reservation(target, slot)
        return None
