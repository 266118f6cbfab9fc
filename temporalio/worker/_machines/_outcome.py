"""What the machines tell the worker to do next ("run steps").

Every public :class:`~._run.WorkflowRun` method returns one of these:

* :class:`~._activation.Activation` - run it on the workflow runtime and feed the
  :class:`~._task.ActivationCompletion` back with ``complete_activation``.
* :class:`CompleteWorkflowTask` - send ``RespondWorkflowTaskCompleted``.
* :class:`FailWorkflowTask` - send ``RespondWorkflowTaskFailed`` (only if ``report``) and evict.
* :class:`RespondLegacyQuery` - send ``RespondQueryTaskCompleted`` (legacy query task).
* :class:`AwaitLocalActivities` - nothing to send yet: local activities are running.
* :class:`NoResponse` - nothing to send for this task at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from temporalio.api.command.v1 import Command
from temporalio.api.enums.v1 import WorkflowTaskFailedCause
from temporalio.api.failure.v1 import Failure
from temporalio.api.protocol.v1 import Message
from temporalio.api.query.v1 import WorkflowQueryResult
from temporalio.api.sdk.v1 import WorkflowTaskCompletedMetadata

from ._activation import Activation

__all__ = [
    "AwaitLocalActivities",
    "CompleteWorkflowTask",
    "FailWorkflowTask",
    "NoResponse",
    "RespondLegacyQuery",
    "RunStep",
]


@dataclass(slots=True)
class CompleteWorkflowTask:
    """Respond ``RespondWorkflowTaskCompleted`` for ``task_token``.

    Attributes:
        task_token: Token of the task being completed.
        commands: Commands in order; a terminal command, if any, is last.
        messages: Protocol messages (update acceptances, rejections, responses).
        query_results: Answers to the queries attached to this task.
        sdk_metadata: Newly used flags and the SDK name/version when they changed.
        force_create_new_workflow_task: True for a WFT heartbeat (PROTOCOL §4.4).
        workflow_finished: A terminal command is among ``commands``: evict the run after a
            successful RPC (PROTOCOL §1.5).
    """

    task_token: bytes
    commands: list[Command]
    messages: list[Message] = field(default_factory=list)
    query_results: dict[str, WorkflowQueryResult] = field(default_factory=dict)
    sdk_metadata: WorkflowTaskCompletedMetadata = field(
        default_factory=WorkflowTaskCompletedMetadata
    )
    force_create_new_workflow_task: bool = False
    workflow_finished: bool = False


@dataclass(slots=True)
class FailWorkflowTask:
    """Fail the workflow task and evict the run.

    Attributes:
        task_token: Token of the failing task.
        cause: ``NON_DETERMINISTIC_ERROR`` or ``WORKFLOW_WORKER_UNHANDLED_FAILURE`` (or the
            cause workflow code gave).
        failure: The failure to report.
        report: Whether to call ``RespondWorkflowTaskFailed``. Like core, only attempt 1 is
            reported; later attempts are left to time out (PROTOCOL §7.4).
        message: Human-readable reason (also the eviction message).
    """

    task_token: bytes
    cause: WorkflowTaskFailedCause
    failure: Failure
    report: bool
    message: str


@dataclass(slots=True)
class RespondLegacyQuery:
    """Answer a legacy query task with ``RespondQueryTaskCompleted``.

    Attributes:
        task_token: The query task's token.
        answer: The answer (``QUERY_RESULT_TYPE_ANSWERED``/``FAILED`` with payload or failure).
    """

    task_token: bytes
    answer: WorkflowQueryResult


@dataclass(slots=True)
class AwaitLocalActivities:
    """Nothing to send yet: local activities of this run are still executing.

    Execute :meth:`WorkflowRun.take_local_activity_requests`, feed results back with
    ``resolve_local_activity``, and call ``heartbeat()`` when 80 % of
    ``workflow_task_timeout`` has passed since the task started (PROTOCOL §4.4).
    """

    workflow_task_timeout: timedelta | None


@dataclass(slots=True)
class NoResponse:
    """Nothing to send for this task (replay finished, the run already closed in history,
    or the task was only a query playback)."""

    reason: str


RunStep = (
    Activation
    | CompleteWorkflowTask
    | FailWorkflowTask
    | RespondLegacyQuery
    | AwaitLocalActivities
    | NoResponse
)
