"""Lang commands: what workflow code asks for in reply to an activation.

These mirror sdk-core's ``WorkflowCommand`` variants. The runtime allocates a ``seq`` per
command kind (timer 1, 2, ...; activity 1, 2, ...; child 1, 2, ...) and later refers to the
operation by that number (cancellation, resolution jobs). Timer ids and default activity ids
are ``str(seq)``, as in core-based SDKs, so histories stay interchangeable.

Protobuf values passed in (payloads, failures, retry policies, ...) are stored by reference
and copied into the outgoing ``Command`` only when the command is actually sent.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from temporalio.api.common.v1 import Memo, Payload, Priority, RetryPolicy, SearchAttributes
from temporalio.api.enums.v1 import ParentClosePolicy, WorkflowIdReusePolicy
from temporalio.api.failure.v1 import Failure
from temporalio.api.sdk.v1 import UserMetadata

__all__ = [
    "ActivityCancellationType",
    "CancelChildWorkflowExecution",
    "CancelSignalWorkflow",
    "CancelTimer",
    "CancelWorkflowExecution",
    "ChildWorkflowCancellationType",
    "CompleteWorkflowExecution",
    "ContinueAsNewWorkflowExecution",
    "FailWorkflowExecution",
    "LangCommand",
    "ModifyWorkflowProperties",
    "RequestCancelActivity",
    "RequestCancelExternalWorkflowExecution",
    "RequestCancelLocalActivity",
    "RespondToQuery",
    "ScheduleActivity",
    "ScheduleLocalActivity",
    "SetPatchMarker",
    "SignalExternalWorkflowExecution",
    "StartChildWorkflowExecution",
    "StartTimer",
    "UpdateResponse",
    "UpsertWorkflowSearchAttributes",
]

_NO_PAYLOADS: Sequence[Payload] = ()
_NO_HEADERS: Mapping[str, Payload] = {}


class ActivityCancellationType(enum.IntEnum):
    """How cancelling an activity (or local activity) unblocks workflow code (PROTOCOL §3.1)."""

    TRY_CANCEL = 0
    WAIT_CANCELLATION_COMPLETED = 1
    ABANDON = 2


class ChildWorkflowCancellationType(enum.IntEnum):
    """How cancelling a child workflow unblocks workflow code (PROTOCOL §3.4)."""

    ABANDON = 0
    TRY_CANCEL = 1
    WAIT_CANCELLATION_COMPLETED = 2
    WAIT_CANCELLATION_REQUESTED = 3


@dataclass(slots=True)
class LangCommand:
    """Base class of commands from workflow code.

    Commands that become server commands take an optional ``user_metadata`` (summary and
    details) copied into the outgoing ``Command``.
    """


@dataclass(slots=True)
class StartTimer(LangCommand):
    """Start a durable timer; resolves with ``FireTimer(seq)``."""

    seq: int
    start_to_fire_timeout: timedelta
    user_metadata: UserMetadata | None = None


@dataclass(slots=True)
class CancelTimer(LangCommand):
    """Cancel timer ``seq``. No job follows: workflow code resolves its own timer future."""

    seq: int


@dataclass(slots=True)
class ScheduleActivity(LangCommand):
    """Schedule an activity task; resolves with ``ResolveActivity(seq)``."""

    seq: int
    activity_id: str
    activity_type: str
    task_queue: str = ""
    headers: Mapping[str, Payload] = field(default_factory=lambda: _NO_HEADERS)
    arguments: Sequence[Payload] = _NO_PAYLOADS
    schedule_to_close_timeout: timedelta | None = None
    schedule_to_start_timeout: timedelta | None = None
    start_to_close_timeout: timedelta | None = None
    heartbeat_timeout: timedelta | None = None
    retry_policy: RetryPolicy | None = None
    cancellation_type: ActivityCancellationType = ActivityCancellationType.TRY_CANCEL
    do_not_eagerly_execute: bool = True
    priority: Priority | None = None
    user_metadata: UserMetadata | None = None


@dataclass(slots=True)
class RequestCancelActivity(LangCommand):
    """Cancel activity ``seq`` according to its cancellation type."""

    seq: int


@dataclass(slots=True)
class ScheduleLocalActivity(LangCommand):
    """Run a local activity in this worker; resolves with ``ResolveActivity(seq, is_local)``.

    ``attempt``/``original_schedule_time`` are set when retrying after a timer backoff
    (PROTOCOL §4.2); leave ``original_schedule_time`` ``None`` on the first schedule and the
    worker fills in the wall-clock time when it starts executing.
    """

    seq: int
    activity_id: str
    activity_type: str
    attempt: int = 1
    original_schedule_time: datetime | None = None
    headers: Mapping[str, Payload] = field(default_factory=lambda: _NO_HEADERS)
    arguments: Sequence[Payload] = _NO_PAYLOADS
    schedule_to_close_timeout: timedelta | None = None
    schedule_to_start_timeout: timedelta | None = None
    start_to_close_timeout: timedelta | None = None
    retry_policy: RetryPolicy | None = None
    local_retry_threshold: timedelta | None = None
    cancellation_type: ActivityCancellationType = ActivityCancellationType.TRY_CANCEL
    user_metadata: UserMetadata | None = None


@dataclass(slots=True)
class RequestCancelLocalActivity(LangCommand):
    """Cancel local activity ``seq``."""

    seq: int


@dataclass(slots=True)
class CompleteWorkflowExecution(LangCommand):
    """Complete the run with ``result``."""

    result: Payload | None = None
    user_metadata: UserMetadata | None = None


@dataclass(slots=True)
class FailWorkflowExecution(LangCommand):
    """Fail the run with ``failure``."""

    failure: Failure
    user_metadata: UserMetadata | None = None


@dataclass(slots=True)
class CancelWorkflowExecution(LangCommand):
    """Finish the run as cancelled."""

    user_metadata: UserMetadata | None = None


@dataclass(slots=True)
class ContinueAsNewWorkflowExecution(LangCommand):
    """Close the run and start a new one. Empty values default to the current run's.

    Like core, an unset ``memo``/``retry_policy``/``search_attributes`` is filled from the
    current run (memo and retry policy from the start event, search attributes from the start
    event plus upserts). Headers are not carried over.
    """

    workflow_type: str = ""
    task_queue: str = ""
    arguments: Sequence[Payload] = _NO_PAYLOADS
    workflow_run_timeout: timedelta | None = None
    workflow_task_timeout: timedelta | None = None
    memo: Mapping[str, Payload] | None = None
    headers: Mapping[str, Payload] = field(default_factory=lambda: _NO_HEADERS)
    search_attributes: SearchAttributes | None = None
    retry_policy: RetryPolicy | None = None
    user_metadata: UserMetadata | None = None


@dataclass(slots=True)
class RespondToQuery(LangCommand):
    """Answer query ``query_id``: ``answer`` on success, ``failure`` if the handler failed."""

    query_id: str
    answer: Payload | None = None
    failure: Failure | None = None


@dataclass(slots=True)
class SetPatchMarker(LangCommand):
    """Record that the workflow took the patched branch of ``patch_id`` (PROTOCOL §3.7)."""

    patch_id: str
    deprecated: bool = False


@dataclass(slots=True)
class StartChildWorkflowExecution(LangCommand):
    """Start a child workflow; resolves with ``ResolveChildWorkflowExecutionStart`` and then
    ``ResolveChildWorkflowExecution`` for ``seq``."""

    seq: int
    workflow_id: str
    workflow_type: str
    namespace: str = ""
    task_queue: str = ""
    input: Sequence[Payload] = _NO_PAYLOADS
    workflow_execution_timeout: timedelta | None = None
    workflow_run_timeout: timedelta | None = None
    workflow_task_timeout: timedelta | None = None
    parent_close_policy: ParentClosePolicy = ParentClosePolicy.PARENT_CLOSE_POLICY_UNSPECIFIED
    workflow_id_reuse_policy: WorkflowIdReusePolicy = (
        WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_UNSPECIFIED
    )
    retry_policy: RetryPolicy | None = None
    cron_schedule: str = ""
    headers: Mapping[str, Payload] = field(default_factory=lambda: _NO_HEADERS)
    memo: Mapping[str, Payload] | None = None
    search_attributes: SearchAttributes | None = None
    cancellation_type: ChildWorkflowCancellationType = ChildWorkflowCancellationType.TRY_CANCEL
    priority: Priority | None = None
    user_metadata: UserMetadata | None = None


@dataclass(slots=True)
class CancelChildWorkflowExecution(LangCommand):
    """Cancel child workflow ``child_workflow_seq`` according to its cancellation type."""

    child_workflow_seq: int
    reason: str = ""


@dataclass(slots=True)
class SignalExternalWorkflowExecution(LangCommand):
    """Signal another workflow; resolves with ``ResolveSignalExternalWorkflow(seq)``.

    Give either ``workflow_id`` (+ optional ``run_id``, ``namespace``) or
    ``child_workflow_id`` (signal one of this run's children; sets ``child_workflow_only``).
    """

    seq: int
    signal_name: str
    args: Sequence[Payload] = _NO_PAYLOADS
    headers: Mapping[str, Payload] = field(default_factory=lambda: _NO_HEADERS)
    workflow_id: str = ""
    run_id: str = ""
    namespace: str = ""
    child_workflow_id: str = ""
    user_metadata: UserMetadata | None = None


@dataclass(slots=True)
class CancelSignalWorkflow(LangCommand):
    """Cancel signal ``seq``; only effective before it was sent."""

    seq: int


@dataclass(slots=True)
class RequestCancelExternalWorkflowExecution(LangCommand):
    """Request cancellation of another workflow; resolves with
    ``ResolveRequestCancelExternalWorkflow(seq)``."""

    seq: int
    workflow_id: str
    run_id: str = ""
    namespace: str = ""
    reason: str = ""
    user_metadata: UserMetadata | None = None


@dataclass(slots=True)
class UpsertWorkflowSearchAttributes(LangCommand):
    """Merge ``search_attributes`` into the run's search attributes. Never resolves."""

    search_attributes: SearchAttributes
    user_metadata: UserMetadata | None = None


@dataclass(slots=True)
class ModifyWorkflowProperties(LangCommand):
    """Merge ``upserted_memo`` into the run's memo. Never resolves."""

    upserted_memo: Memo
    user_metadata: UserMetadata | None = None


@dataclass(slots=True)
class UpdateResponse(LangCommand):
    """Progress of update ``protocol_instance_id`` (from a ``DoUpdate`` job).

    Set exactly one of: ``accepted=True`` (validator passed), ``rejected`` (validator failed;
    nothing is written to history), ``completed`` (the handler's result payload) or
    ``failed`` (the handler raised after acceptance). Accept before completing.
    """

    protocol_instance_id: str
    accepted: bool = False
    rejected: Failure | None = None
    completed: Payload | None = None
    failed: Failure | None = None
