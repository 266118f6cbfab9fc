"""What a workflow knows about itself: ``workflow.info()``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import temporalio.common
from temporalio.api.common.v1 import Payload
from temporalio.workflow._runtime import WorkflowRuntime


@dataclass(frozen=True)
class ParentInfo:
    """The parent of a child workflow."""

    namespace: str
    """Namespace of the parent."""
    workflow_id: str
    """Workflow ID of the parent."""
    run_id: str
    """Run ID of the parent."""


_EPOCH = datetime.fromtimestamp(0, UTC)


@dataclass(frozen=True)
class RootInfo:
    """The root of a chain of child workflows (the workflow no parent started)."""

    workflow_id: str
    """Workflow ID of the root."""
    run_id: str
    """Run ID of the root."""


@dataclass(frozen=True)
class Info:
    """Facts about the running workflow (immutable; see ``workflow.unsafe.is_replaying()``)."""

    attempt: int
    """Attempt of this run (1 unless the workflow has a retry policy and failed)."""
    continued_run_id: str | None
    """Run ID this run continued as new from, if any."""
    cron_schedule: str | None
    """Cron schedule, if any."""
    execution_timeout: timedelta | None
    """Timeout of the whole chain of runs, if set."""
    first_execution_run_id: str
    """Run ID of the first run of the chain."""
    headers: Mapping[str, Payload]
    """Headers the workflow was started with."""
    namespace: str
    """Namespace of the workflow."""
    parent: ParentInfo | None
    """Parent workflow, for child workflows."""
    raw_memo: Mapping[str, Payload]
    """Memo as raw payloads (``workflow.memo()`` decodes it)."""
    retry_policy: temporalio.common.RetryPolicy | None
    """Retry policy of the workflow, if set."""
    run_id: str
    """Run ID of this run."""
    run_timeout: timedelta | None
    """Timeout of this run, if set."""
    start_time: datetime
    """When this run started (workflow time)."""
    task_queue: str
    """Task queue of the workflow."""
    task_timeout: timedelta
    """Timeout of one workflow task."""
    typed_search_attributes: temporalio.common.TypedSearchAttributes
    """Search attributes at start (kept current by upserts)."""
    workflow_id: str
    """Workflow ID."""
    workflow_type: str
    """Workflow type name."""
    last_failure: BaseException | None = None
    """Failure of the previous run of a retry or cron chain, if any."""
    last_result_payload: Payload | None = None
    """Result of the previous cron or schedule run, if any (raw; see
    ``workflow.get_last_completion_result()``)."""
    original_execution_run_id: str = ""
    """Run ID this run got when it was created (a reset run keeps the original's)."""
    priority: temporalio.common.Priority = temporalio.common.Priority.default
    """Priority the workflow was started with (the default if none was given)."""
    root: RootInfo | None = None
    """Root of the tree of child workflows this run belongs to, as the server reports
    it (for a workflow no parent started, the workflow itself); None if the server
    does not report it."""
    workflow_start_time: datetime = _EPOCH
    """When the server recorded this run's start (its ``WorkflowExecutionStarted``
    event)."""

    def get_current_history_length(self) -> int:
        """Number of events in the workflow's history, as of the current workflow task.

        Changes as the workflow runs (this object does not), so it is read from the
        running workflow: call it from workflow code only.
        """
        return WorkflowRuntime.current().workflow_history_length()

    def get_current_history_size(self) -> int:
        """Size of the workflow's history in bytes, as of the current workflow task
        (0 before the server first reports it). Workflow code only."""
        return WorkflowRuntime.current().workflow_history_size()

    def is_continue_as_new_suggested(self) -> bool:
        """Whether the server suggests continuing as new: the history is getting long
        or large (see the server's ``limit.historyCount.suggestContinueAsNew`` and
        ``limit.historySize.suggestContinueAsNew``). Workflow code only."""
        return WorkflowRuntime.current().workflow_continue_as_new_suggested()
