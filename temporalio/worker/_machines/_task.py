"""Inputs of the machines: a workflow task, and workflow code's answer to an activation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from temporalio.api.common.v1 import WorkflowExecution
from temporalio.api.enums.v1 import EventType, WorkflowTaskFailedCause
from temporalio.api.failure.v1 import Failure
from temporalio.api.history.v1 import HistoryEvent
from temporalio.api.protocol.v1 import Message
from temporalio.api.query.v1 import WorkflowQuery
from temporalio.api.workflowservice.v1 import PollWorkflowTaskQueueResponse

from ._commands import LangCommand

__all__ = ["ActivationCompletion", "WorkflowTask"]

_NO_QUERIES: Mapping[str, WorkflowQuery] = {}


@dataclass(slots=True)
class WorkflowTask:
    """One workflow task, with its history already paginated (PROTOCOL §1.4, §1.6).

    Attributes:
        events: The task's history events: the full history (normal queue), only the new
            events (sticky queue, starting at ``previous_started_event_id + 1``), or none (a
            legacy query answered from cache). Events the run already processed are skipped,
            so a cached run may also be given a full history.
        previous_started_event_id: The last WFT-started event the run completed (0 if none).
        started_event_id: The WFT-started event of this task (0 for a legacy query task).
        attempt: 1-based attempt of this workflow task.
        task_token: Opaque token to echo on respond.
        workflow_execution: Workflow id and run id.
        workflow_type: Workflow type name.
        queries: Queries attached to this WFT (answered in the same completion).
        legacy_query: The query of a legacy query task (answered with RespondQueryTask...).
        messages: Protocol messages (update requests).
        replay_only: Set by :meth:`for_replay`: never respond to the server; every
            activation is replaying.
    """

    events: Sequence[HistoryEvent]
    previous_started_event_id: int
    started_event_id: int
    attempt: int = 1
    task_token: bytes = b""
    workflow_execution: WorkflowExecution = field(default_factory=WorkflowExecution)
    workflow_type: str = ""
    queries: Mapping[str, WorkflowQuery] = field(default_factory=lambda: _NO_QUERIES)
    legacy_query: WorkflowQuery | None = None
    messages: Sequence[Message] = ()
    replay_only: bool = False

    @classmethod
    def from_poll_response(
        cls,
        response: PollWorkflowTaskQueueResponse,
        events: Sequence[HistoryEvent] | None = None,
    ) -> WorkflowTask:
        """Builds a task from a poll response.

        Args:
            response: The poll response (or the ``workflow_task`` of a completion response).
            events: All events of the task when the history was paginated (or refetched after
                a cache miss); defaults to ``response.history.events``.
        """
        return cls(
            events=response.history.events if events is None else events,
            previous_started_event_id=response.previous_started_event_id,
            started_event_id=response.started_event_id,
            attempt=response.attempt,
            task_token=response.task_token,
            workflow_execution=response.workflow_execution,
            workflow_type=response.workflow_type.name,
            queries=response.queries,
            legacy_query=response.query if response.HasField("query") else None,
            messages=response.messages,
        )

    @classmethod
    def for_replay(
        cls, events: Sequence[HistoryEvent], *, workflow_id: str = "", run_id: str = ""
    ) -> WorkflowTask:
        """A task that replays a whole recorded history (the Replayer's entry point).

        Everything is replay: activations report ``is_replaying`` and nothing is sent.
        """
        last_started = 0
        for e in reversed(events):
            if e.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED:
                last_started = e.event_id
                break
        if events and not workflow_id:
            first = events[0]
            if first.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
                workflow_id = first.workflow_execution_started_event_attributes.workflow_id
                run_id = run_id or (
                    first.workflow_execution_started_event_attributes.original_execution_run_id
                )
        return cls(
            events=events,
            previous_started_event_id=last_started,
            started_event_id=last_started,
            workflow_execution=WorkflowExecution(workflow_id=workflow_id, run_id=run_id),
            replay_only=True,
        )


@dataclass(slots=True)
class ActivationCompletion:
    """Workflow code's answer to one activation.

    Attributes:
        commands: Commands in the order workflow code issued them. For query activations,
            only ``RespondToQuery``. Empty for an eviction.
        used_internal_flags: Lang internal flags workflow code used (recorded in
            ``sdk_metadata.lang_used_flags`` when new).
        failure: Set when the activation failed (workflow code raised something that must
            fail the *task*, not the workflow). The task is then failed with ``cause``.
        cause: ``WorkflowTaskFailedCause`` reported with ``failure``; use
            ``WORKFLOW_TASK_FAILED_CAUSE_NON_DETERMINISTIC_ERROR`` when the runtime itself
            detected nondeterminism.
    """

    commands: Sequence[LangCommand] = ()
    used_internal_flags: Sequence[int] = ()
    failure: Failure | None = None
    cause: WorkflowTaskFailedCause = (
        WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE
    )
