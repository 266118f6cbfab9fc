"""What an activity knows about itself: :class:`Info` and why it was cancelled."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from temporalio._common._priority import Priority
from temporalio._common._retry_policy import RetryPolicy

__all__ = ["ActivityCancellationDetails", "Info"]


@dataclass(frozen=True)
class Info:
    """Information about the running activity attempt; see ``activity.info()``.

    Attributes:
        activity_id: ID of the activity, unique within its workflow run.
        activity_type: Activity type name (the name it was scheduled with).
        attempt: Attempt number, starting at 1.
        current_attempt_scheduled_time: When this attempt was scheduled.
        heartbeat_details: Details of the last heartbeat recorded by an
            earlier attempt (use them to resume), decoded as plain values
            (JSON objects become ``dict``); empty on a first attempt.
        heartbeat_timeout: Longest gap between heartbeats, if set.
        is_local: Whether this is a local activity.
        namespace: Namespace the activity runs in.
        schedule_to_close_timeout: Limit of all attempts together, if set.
        scheduled_time: When the activity was first scheduled.
        start_to_close_timeout: Limit of one attempt, if set.
        started_time: When this attempt started.
        task_queue: Task queue the activity was polled from.
        task_token: Opaque token that identifies this attempt to the server
            (for async completion).
        workflow_id: ID of the workflow that scheduled the activity.
        workflow_namespace: Namespace of that workflow.
        workflow_run_id: Run ID of that workflow.
        workflow_type: Type name of that workflow.
        priority: The activity's priority.
        retry_policy: The retry policy as the server normalised it, if sent.
    """

    activity_id: str
    activity_type: str
    attempt: int
    current_attempt_scheduled_time: datetime
    heartbeat_details: Sequence[Any]
    heartbeat_timeout: timedelta | None
    is_local: bool
    namespace: str
    schedule_to_close_timeout: timedelta | None
    scheduled_time: datetime
    start_to_close_timeout: timedelta | None
    started_time: datetime
    task_queue: str
    task_token: bytes
    workflow_id: str
    workflow_namespace: str
    workflow_run_id: str
    workflow_type: str
    priority: Priority = Priority.default
    retry_policy: RetryPolicy | None = None

    def _logger_details(self) -> Mapping[str, Any]:
        return {
            "activity_id": self.activity_id,
            "activity_type": self.activity_type,
            "attempt": self.attempt,
            "namespace": self.namespace,
            "task_queue": self.task_queue,
            "workflow_id": self.workflow_id,
            "workflow_run_id": self.workflow_run_id,
            "workflow_type": self.workflow_type,
        }


@dataclass(frozen=True)
class ActivityCancellationDetails:
    """Why an activity was cancelled; see ``activity.cancellation_details()``.

    Set once, on the first cancellation; it does not change afterwards.

    Attributes:
        not_found: The server no longer knows the activity (it timed out, or
            its workflow closed); no result will be reported.
        cancel_requested: The workflow requested cancellation.
        paused: The activity was paused.
        reset: The activity was reset.
        timed_out: The worker's local timeout enforcement fired.
        worker_shutdown: The worker is shutting down and its graceful
            shutdown timeout ran out.
    """

    not_found: bool = False
    cancel_requested: bool = False
    paused: bool = False
    reset: bool = False
    timed_out: bool = False
    worker_shutdown: bool = False
