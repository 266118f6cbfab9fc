"""Activations: the batches of jobs handed to workflow code (sdk-core's ``WorkflowActivation``).

Jobs are slotted dataclasses. Payload, failure and other protobuf values are *shared* with
the history events they come from (no copies); consumers must treat them as read-only.

Job order inside one activation follows PROTOCOL §2.3 (a stable sort on ``ORDER``):
initialize (0) < notify-has-patch (1) < update-random-seed (2) < signals and updates (3) <
everything else in history order (4) < local-activity resolutions (5) < queries (6) <
eviction (7). Queries and evictions always travel in activations of their own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import ClassVar

from temporalio.api.common.v1 import (
    Header,
    Memo,
    Payload,
    Payloads,
    Priority,
    RetryPolicy,
    SearchAttributes,
    WorkflowExecution,
)
from temporalio.api.enums.v1 import ContinueAsNewInitiator, StartChildWorkflowExecutionFailedCause
from temporalio.api.failure.v1 import Failure
from temporalio.api.history.v1 import WorkflowExecutionStartedEventAttributes
from temporalio.api.update.v1 import Meta

__all__ = [
    "Activation",
    "ActivityBackoff",
    "ActivityCancelled",
    "ActivityCompleted",
    "ActivityFailed",
    "ActivityResolution",
    "CancelWorkflow",
    "ChildWorkflowCancelled",
    "ChildWorkflowCompleted",
    "ChildWorkflowFailed",
    "ChildWorkflowResult",
    "ChildWorkflowStartCancelled",
    "ChildWorkflowStartFailed",
    "ChildWorkflowStartStatus",
    "ChildWorkflowStartSucceeded",
    "DoUpdate",
    "EvictionReason",
    "FireTimer",
    "InitializeWorkflow",
    "LEGACY_QUERY_ID",
    "Job",
    "NotifyHasPatch",
    "QueryWorkflow",
    "RemoveFromCache",
    "ResolveActivity",
    "ResolveChildWorkflowExecution",
    "ResolveChildWorkflowExecutionStart",
    "ResolveRequestCancelExternalWorkflow",
    "ResolveSignalExternalWorkflow",
    "SignalWorkflow",
    "UpdateRandomSeed",
]

#: Query id that core (and this package) gives the query of a legacy query task.
LEGACY_QUERY_ID = "legacy_query"

_EMPTY_HEADERS: Mapping[str, Payload] = {}


@dataclass(slots=True)
class Job:
    """Base class of activation jobs. ``ORDER`` is the job's sort class within an activation."""

    ORDER: ClassVar[int] = 4


@dataclass(slots=True)
class InitializeWorkflow(Job):
    """Start the workflow: the first job of every run (from ``WorkflowExecutionStarted``).

    ``randomness_seed`` is SipHash-1-3 of ``original_execution_run_id``, the same value
    core-based SDKs compute, so ``workflow.random()`` matches theirs on replay.
    ``attributes`` is the whole event payload for anything not lifted into a field.
    """

    ORDER: ClassVar[int] = 0
    workflow_type: str
    workflow_id: str
    arguments: Sequence[Payload]
    headers: Mapping[str, Payload]
    randomness_seed: int
    identity: str
    attempt: int
    first_execution_run_id: str
    original_execution_run_id: str
    continued_from_execution_run_id: str
    continued_initiator: ContinueAsNewInitiator
    continued_failure: Failure | None
    last_completion_result: Payloads | None
    parent_workflow_namespace: str
    parent_workflow_execution: WorkflowExecution | None
    root_workflow_execution: WorkflowExecution | None
    cron_schedule: str
    cron_schedule_to_schedule_interval: timedelta | None
    memo: Memo | None
    search_attributes: SearchAttributes | None
    retry_policy: RetryPolicy | None
    workflow_execution_timeout: timedelta | None
    workflow_run_timeout: timedelta | None
    workflow_task_timeout: timedelta | None
    workflow_execution_expiration_time: datetime | None
    task_queue: str
    start_time: datetime
    priority: Priority | None
    attributes: WorkflowExecutionStartedEventAttributes


@dataclass(slots=True)
class NotifyHasPatch(Job):
    """History has a ``core_patch`` marker for this patch id (found by look-ahead)."""

    ORDER: ClassVar[int] = 1
    patch_id: str


@dataclass(slots=True)
class UpdateRandomSeed(Job):
    """The run was reset; reseed workflow randomness."""

    ORDER: ClassVar[int] = 2
    randomness_seed: int


@dataclass(slots=True)
class SignalWorkflow(Job):
    """A signal was delivered (``WorkflowExecutionSignaled``)."""

    ORDER: ClassVar[int] = 3
    signal_name: str
    input: Sequence[Payload]
    identity: str
    headers: Mapping[str, Payload] = field(default_factory=lambda: _EMPTY_HEADERS)


@dataclass(slots=True)
class DoUpdate(Job):
    """Run an update: its validator (if ``run_validator``) and then its handler.

    Answer with an ``UpdateResponse`` command (accepted / rejected first, then completed /
    failed). ``run_validator`` is false while replaying: the update was accepted originally.
    """

    ORDER: ClassVar[int] = 3
    id: str
    protocol_instance_id: str
    name: str
    input: Sequence[Payload]
    headers: Mapping[str, Payload]
    meta: Meta
    run_validator: bool


@dataclass(slots=True)
class FireTimer(Job):
    """The timer started by ``StartTimer(seq)`` fired."""

    seq: int


@dataclass(slots=True)
class CancelWorkflow(Job):
    """Cancellation of the workflow was requested (``WorkflowExecutionCancelRequested``)."""

    reason: str


# --- activity resolutions -------------------------------------------------------------------


@dataclass(slots=True)
class ActivityCompleted:
    """The activity returned ``result`` (``None`` when it returned no payload)."""

    result: Payload | None


@dataclass(slots=True)
class ActivityFailed:
    """The activity failed or timed out; ``failure`` is an ActivityFailure-wrapped chain."""

    failure: Failure


@dataclass(slots=True)
class ActivityCancelled:
    """The activity was cancelled; ``failure`` wraps a ``CanceledFailure``."""

    failure: Failure


@dataclass(slots=True)
class ActivityBackoff:
    """Local activities only: retry after a durable timer of ``backoff_duration``.

    Workflow code starts a timer, then schedules a new local activity (new ``seq``) with
    ``attempt`` and ``original_schedule_time`` (PROTOCOL §4.2).
    """

    attempt: int
    backoff_duration: timedelta
    original_schedule_time: datetime | None


ActivityResolution = ActivityCompleted | ActivityFailed | ActivityCancelled | ActivityBackoff


@dataclass(slots=True)
class ResolveActivity(Job):
    """An activity (or local activity, when ``is_local``) reached an outcome."""

    seq: int
    result: ActivityResolution
    is_local: bool = False


# --- child workflows ------------------------------------------------------------------------


@dataclass(slots=True)
class ChildWorkflowStartSucceeded:
    """The child started with ``run_id``."""

    run_id: str


@dataclass(slots=True)
class ChildWorkflowStartFailed:
    """The server refused to start the child (e.g. ``WORKFLOW_ALREADY_EXISTS``)."""

    workflow_id: str
    workflow_type: str
    cause: StartChildWorkflowExecutionFailedCause


@dataclass(slots=True)
class ChildWorkflowStartCancelled:
    """The child was cancelled before its start command was sent."""

    failure: Failure


ChildWorkflowStartStatus = (
    ChildWorkflowStartSucceeded | ChildWorkflowStartFailed | ChildWorkflowStartCancelled
)


@dataclass(slots=True)
class ResolveChildWorkflowExecutionStart(Job):
    """Outcome of starting the child workflow ``seq``."""

    seq: int
    status: ChildWorkflowStartStatus


@dataclass(slots=True)
class ChildWorkflowCompleted:
    """The child completed with ``result``."""

    result: Payload | None


@dataclass(slots=True)
class ChildWorkflowFailed:
    """The child failed, timed out or was terminated (ChildWorkflowFailure-wrapped)."""

    failure: Failure


@dataclass(slots=True)
class ChildWorkflowCancelled:
    """The child was cancelled (ChildWorkflowFailure wrapping a CanceledFailure)."""

    failure: Failure


ChildWorkflowResult = ChildWorkflowCompleted | ChildWorkflowFailed | ChildWorkflowCancelled


@dataclass(slots=True)
class ResolveChildWorkflowExecution(Job):
    """The child workflow ``seq`` closed."""

    seq: int
    result: ChildWorkflowResult


# --- external workflows ---------------------------------------------------------------------


@dataclass(slots=True)
class ResolveSignalExternalWorkflow(Job):
    """``SignalExternalWorkflowExecution(seq)`` finished; ``failure`` is None on success."""

    seq: int
    failure: Failure | None


@dataclass(slots=True)
class ResolveRequestCancelExternalWorkflow(Job):
    """``RequestCancelExternalWorkflowExecution(seq)`` finished; ``failure`` None on success."""

    seq: int
    failure: Failure | None


# --- queries and eviction -------------------------------------------------------------------


@dataclass(slots=True)
class QueryWorkflow(Job):
    """Run a query handler; answer with ``RespondToQuery(query_id, ...)``.

    The query of a legacy query task has ``query_id == "legacy_query"``.
    """

    ORDER: ClassVar[int] = 6
    query_id: str
    query_type: str
    arguments: Sequence[Payload]
    headers: Mapping[str, Payload]


class EvictionReason:
    """Why a run is removed from the cache (values mirror core's ``EvictionReason``)."""

    UNSPECIFIED = 0
    CACHE_FULL = 1
    CACHE_MISS = 2
    NONDETERMINISM = 3
    LANG_FAIL = 4
    LANG_REQUESTED = 5
    TASK_NOT_FOUND = 6
    UNHANDLED_COMMAND = 7
    FATAL = 8
    PAGINATION_OR_HISTORY_FETCH = 9
    WORKFLOW_EXECUTION_ENDING = 10


@dataclass(slots=True)
class RemoveFromCache(Job):
    """The run is being evicted; tear the workflow instance down. Never runs workflow code."""

    ORDER: ClassVar[int] = 7
    message: str
    reason: int = EvictionReason.UNSPECIFIED


# --- the activation -------------------------------------------------------------------------


@dataclass(slots=True)
class Activation:
    """One batch of jobs for workflow code, plus the context it runs in.

    Attributes:
        run_id: The run this activation belongs to.
        timestamp: Workflow time ("now" for workflow code): the time of the latest applied
            ``WorkflowTaskStarted``, possibly advanced by local-activity markers. Never goes
            backwards.
        is_replaying: True while the jobs come from history already processed before. Query
            and eviction activations always report True.
        history_length: Id of the last history event applied so far.
        jobs: The jobs, already in PROTOCOL §2.3 order.
        available_internal_flags: Lang flags recorded in history so far (sdk_metadata).
        history_size_bytes: From the latest ``WorkflowTaskStarted``.
        continue_as_new_suggested: From the latest ``WorkflowTaskStarted``.
        last_sdk_version: The sdk_version last recorded in history ('' if none).
    """

    run_id: str
    timestamp: datetime | None
    is_replaying: bool
    history_length: int
    jobs: list[Job]
    available_internal_flags: list[int] = field(default_factory=list)
    history_size_bytes: int = 0
    continue_as_new_suggested: bool = False
    last_sdk_version: str = ""

    @property
    def is_query_only(self) -> bool:
        """True if every job is a query (such activations never produce commands)."""
        return bool(self.jobs) and all(type(j) is QueryWorkflow for j in self.jobs)

    @property
    def is_eviction(self) -> bool:
        """True if this activation only evicts the run."""
        return len(self.jobs) == 1 and type(self.jobs[0]) is RemoveFromCache


def job_sort_key(job: Job) -> int:
    """Sort class of a job (PROTOCOL §2.3); local-activity resolutions are class 5."""
    if type(job) is ResolveActivity and job.is_local:
        return 5
    return job.ORDER


def headers_of(header: Header) -> Mapping[str, Payload]:
    """The header's fields, shared with the event (empty mapping when unset)."""
    return header.fields if header.fields else _EMPTY_HEADERS
