"""What a workflow knows about itself: ``workflow.info()``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

import temporalio.common
from temporalio.api.common.v1 import Payload


@dataclass(frozen=True)
class ParentInfo:
    """The parent of a child workflow."""

    namespace: str
    """Namespace of the parent."""
    workflow_id: str
    """Workflow ID of the parent."""
    run_id: str
    """Run ID of the parent."""


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
    """Result of the previous cron run, if any (raw)."""
