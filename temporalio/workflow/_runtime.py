"""The seam between the workflow API functions and the workflow instance running them.

Every ``temporalio.workflow`` function that only makes sense inside a workflow
looks up the current :class:`WorkflowRuntime`. The worker's workflow instance
implements it and makes itself current on the thread that runs an activation,
for exactly as long as workflow code runs.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

import temporalio.converter

if TYPE_CHECKING:
    import random

    from temporalio.workflow._activity import ActivityHandle, StartActivityOptions
    from temporalio.workflow._info import Info

_current = threading.local()


class NotInWorkflowError(RuntimeError):
    """A workflow-only function was called outside workflow code."""


class WorkflowRuntime(ABC):
    """What workflow API functions need from the running workflow instance."""

    __slots__ = ()

    @staticmethod
    def current() -> WorkflowRuntime:
        """The runtime of the workflow whose code is running on this thread.

        Raises:
            NotInWorkflowError: Not inside workflow code.
        """
        rt: WorkflowRuntime | None = getattr(_current, "runtime", None)
        if rt is None:
            raise NotInWorkflowError(
                "not in a workflow: this function can only be called from workflow code"
            )
        return rt

    @staticmethod
    def maybe_current() -> WorkflowRuntime | None:
        """The current runtime, or None outside workflow code."""
        rt: WorkflowRuntime | None = getattr(_current, "runtime", None)
        return rt

    @staticmethod
    def set_current(rt: WorkflowRuntime | None) -> WorkflowRuntime | None:
        """Make ``rt`` current on this thread; returns the previous one."""
        prev: WorkflowRuntime | None = getattr(_current, "runtime", None)
        _current.runtime = rt
        return prev

    # -- facts ------------------------------------------------------------------

    @abstractmethod
    def workflow_info(self) -> Info:
        """``workflow.info()``."""

    @abstractmethod
    def workflow_now(self) -> datetime:
        """Workflow time (deterministic)."""

    @abstractmethod
    def workflow_time(self) -> float:
        """Workflow time as seconds since the epoch (the loop's ``time()``)."""

    @abstractmethod
    def workflow_random(self) -> random.Random:
        """Deterministic randomness seeded from history."""

    @abstractmethod
    def workflow_random_seed(self) -> int:
        """The seed of :meth:`workflow_random` (from history)."""

    @abstractmethod
    def workflow_is_replaying(self) -> bool:
        """Whether history is being replayed."""

    @abstractmethod
    def workflow_instance(self) -> Any:
        """The workflow object (``self`` of the run method)."""

    @abstractmethod
    def workflow_history_length(self) -> int:
        """Events in history as of the current workflow task."""

    @abstractmethod
    def workflow_history_size(self) -> int:
        """History size in bytes as of the current workflow task."""

    @abstractmethod
    def workflow_continue_as_new_suggested(self) -> bool:
        """Whether the server suggests continue-as-new (current workflow task)."""

    @abstractmethod
    def workflow_payload_converter(self) -> temporalio.converter.PayloadConverter:
        """The payload converter (codecs run outside workflow code)."""

    # -- operations -------------------------------------------------------------

    @abstractmethod
    def workflow_start_activity(self, options: StartActivityOptions) -> ActivityHandle[Any]:
        """Schedule an activity (remote or local) and return its handle."""

    @abstractmethod
    def workflow_get_current_details(self) -> str:
        """``workflow.get_current_details()``."""

    @abstractmethod
    def workflow_set_current_details(self, details: str) -> None:
        """``workflow.set_current_details()``."""

    @abstractmethod
    async def workflow_sleep(self, seconds: float, summary: str | None = None) -> None:
        """A durable timer (``summary``: its line in the UI)."""

    @abstractmethod
    async def workflow_wait_condition(
        self, fn: Callable[[], bool], timeout: float | None, timeout_summary: str | None = None
    ) -> None:
        """Wait until ``fn()`` is true (checked after every step)."""
