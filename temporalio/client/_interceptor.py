"""Client interceptors: one method per client operation, each with a mutable input."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import temporalio.common
from temporalio.api.common.v1 import Payload
from temporalio.api.enums.v1 import HistoryEventFilterType
from temporalio.api.history.v1 import HistoryEvent
from temporalio.client._update import WorkflowUpdateStage

if TYPE_CHECKING:
    from temporalio.client._async_activity import AsyncActivityIDReference
    from temporalio.client._describe import (
        WorkflowExecution,
        WorkflowExecutionCount,
        WorkflowExecutionDescription,
    )
    from temporalio.client._handle import WorkflowHandle
    from temporalio.client._schedule import ScheduleHandle
    from temporalio.client._schedule_types import (
        Schedule,
        ScheduleBackfill,
        ScheduleDescription,
        ScheduleListDescription,
        ScheduleOverlapPolicy,
        ScheduleUpdate,
        ScheduleUpdateInput,
    )
    from temporalio.client._update import WorkflowUpdateHandle


@dataclass
class StartWorkflowInput:
    """Input to :meth:`OutboundInterceptor.start_workflow`."""

    workflow: str
    args: Sequence[Any]
    id: str
    task_queue: str
    execution_timeout: timedelta | None
    run_timeout: timedelta | None
    task_timeout: timedelta | None
    id_reuse_policy: temporalio.common.WorkflowIDReusePolicy
    id_conflict_policy: temporalio.common.WorkflowIDConflictPolicy
    retry_policy: temporalio.common.RetryPolicy | None
    cron_schedule: str
    memo: Mapping[str, Any] | None
    search_attributes: temporalio.common.TypedSearchAttributes | Mapping[str, Any] | None
    start_delay: timedelta | None
    headers: Mapping[str, Payload]
    start_signal: str | None
    start_signal_args: Sequence[Any]
    ret_type: Any
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None
    request_id: str | None = None
    request_eager_start: bool = False
    static_summary: str | None = None
    static_details: str | None = None
    priority: temporalio.common.Priority = temporalio.common.Priority.default


@dataclass
class SignalWorkflowInput:
    """Input to :meth:`OutboundInterceptor.signal_workflow`."""

    id: str
    run_id: str | None
    signal: str
    args: Sequence[Any]
    headers: Mapping[str, Payload]
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class QueryWorkflowInput:
    """Input to :meth:`OutboundInterceptor.query_workflow`."""

    id: str
    run_id: str | None
    query: str
    args: Sequence[Any]
    reject_condition: temporalio.common.QueryRejectCondition | None
    headers: Mapping[str, Payload]
    ret_type: Any
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class StartWorkflowUpdateInput:
    """Input to :meth:`OutboundInterceptor.start_workflow_update`."""

    id: str
    run_id: str | None
    first_execution_run_id: str | None
    update_id: str | None
    update: str
    args: Sequence[Any]
    wait_for_stage: WorkflowUpdateStage
    headers: Mapping[str, Payload]
    ret_type: Any
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class StartWorkflowUpdateWithStartInput:
    """Input to :meth:`OutboundInterceptor.start_update_with_start_workflow`.

    ``update_workflow_input.id`` is the start's workflow ID; its run IDs are None.
    ``on_start``/``on_start_error`` resolve the :class:`WithStartWorkflowOperation`
    (call exactly one of them if you do not pass the call on).
    """

    start_workflow_input: StartWorkflowInput
    update_workflow_input: StartWorkflowUpdateInput
    on_start: Callable[[WorkflowHandle[Any, Any]], None]
    on_start_error: Callable[[BaseException], None]


@dataclass
class CancelWorkflowInput:
    """Input to :meth:`OutboundInterceptor.cancel_workflow`."""

    id: str
    run_id: str | None
    first_execution_run_id: str | None
    reason: str
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class TerminateWorkflowInput:
    """Input to :meth:`OutboundInterceptor.terminate_workflow`."""

    id: str
    run_id: str | None
    first_execution_run_id: str | None
    args: Sequence[Any]
    reason: str | None
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class DescribeWorkflowInput:
    """Input to :meth:`OutboundInterceptor.describe_workflow`."""

    id: str
    run_id: str | None
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class FetchWorkflowHistoryEventsInput:
    """Input to :meth:`OutboundInterceptor.fetch_workflow_history_events`."""

    id: str
    run_id: str | None
    page_size: int | None
    next_page_token: bytes | None
    wait_new_event: bool
    event_filter_type: HistoryEventFilterType
    skip_archival: bool
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class ListWorkflowsInput:
    """Input to :meth:`OutboundInterceptor.list_workflows`."""

    query: str | None
    page_size: int
    next_page_token: bytes | None
    limit: int | None
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class CountWorkflowsInput:
    """Input to :meth:`OutboundInterceptor.count_workflows`."""

    query: str | None
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class HeartbeatAsyncActivityInput:
    """Input to :meth:`OutboundInterceptor.heartbeat_async_activity`."""

    id_or_token: AsyncActivityIDReference | bytes
    details: Sequence[Any]
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class CompleteAsyncActivityInput:
    """Input to :meth:`OutboundInterceptor.complete_async_activity`."""

    id_or_token: AsyncActivityIDReference | bytes
    result: Any
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class FailAsyncActivityInput:
    """Input to :meth:`OutboundInterceptor.fail_async_activity`."""

    id_or_token: AsyncActivityIDReference | bytes
    error: Exception
    last_heartbeat_details: Sequence[Any]
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class ReportCancellationAsyncActivityInput:
    """Input to :meth:`OutboundInterceptor.report_cancellation_async_activity`."""

    id_or_token: AsyncActivityIDReference | bytes
    details: Sequence[Any]
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class CreateScheduleInput:
    """Input to :meth:`OutboundInterceptor.create_schedule`."""

    id: str
    schedule: Schedule
    trigger_immediately: bool
    backfill: Sequence[ScheduleBackfill]
    memo: Mapping[str, Any] | None
    search_attributes: temporalio.common.TypedSearchAttributes | Mapping[str, Any] | None
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class ListSchedulesInput:
    """Input to :meth:`OutboundInterceptor.list_schedules`."""

    query: str | None
    page_size: int
    next_page_token: bytes | None
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class DescribeScheduleInput:
    """Input to :meth:`OutboundInterceptor.describe_schedule`."""

    id: str
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class UpdateScheduleInput:
    """Input to :meth:`OutboundInterceptor.update_schedule`."""

    id: str
    updater: Callable[
        [ScheduleUpdateInput], ScheduleUpdate | Awaitable[ScheduleUpdate | None] | None
    ]
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class PauseScheduleInput:
    """Input to :meth:`OutboundInterceptor.pause_schedule`."""

    id: str
    note: str | None
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class UnpauseScheduleInput:
    """Input to :meth:`OutboundInterceptor.unpause_schedule`."""

    id: str
    note: str | None
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class TriggerScheduleInput:
    """Input to :meth:`OutboundInterceptor.trigger_schedule`."""

    id: str
    overlap: ScheduleOverlapPolicy | None
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class BackfillScheduleInput:
    """Input to :meth:`OutboundInterceptor.backfill_schedule`."""

    id: str
    backfills: Sequence[ScheduleBackfill]
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


@dataclass
class DeleteScheduleInput:
    """Input to :meth:`OutboundInterceptor.delete_schedule`."""

    id: str
    rpc_metadata: Mapping[str, str]
    rpc_timeout: timedelta | None


class OutboundInterceptor:
    """Sees every client call on its way to the server; override what you need.

    Every method passes to ``self.next`` by default. Inputs are mutable: change
    them (e.g. add headers) before calling ``next``.
    """

    def __init__(self, next: OutboundInterceptor) -> None:
        """Wrap the next interceptor in the chain."""
        self.next = next

    async def start_workflow(self, input: StartWorkflowInput) -> WorkflowHandle[Any, Any]:
        """Start a workflow (or signal-with-start)."""
        return await self.next.start_workflow(input)

    async def signal_workflow(self, input: SignalWorkflowInput) -> None:
        """Signal a workflow."""
        await self.next.signal_workflow(input)

    async def query_workflow(self, input: QueryWorkflowInput) -> Any:
        """Query a workflow."""
        return await self.next.query_workflow(input)

    async def start_workflow_update(
        self, input: StartWorkflowUpdateInput
    ) -> WorkflowUpdateHandle[Any]:
        """Send an update and wait until it reaches ``input.wait_for_stage``."""
        return await self.next.start_workflow_update(input)

    async def start_update_with_start_workflow(
        self, input: StartWorkflowUpdateWithStartInput
    ) -> WorkflowUpdateHandle[Any]:
        """Start a workflow (or use the running one) and send it an update, in one RPC."""
        return await self.next.start_update_with_start_workflow(input)

    async def cancel_workflow(self, input: CancelWorkflowInput) -> None:
        """Request cancellation of a workflow."""
        await self.next.cancel_workflow(input)

    async def terminate_workflow(self, input: TerminateWorkflowInput) -> None:
        """Terminate a workflow."""
        await self.next.terminate_workflow(input)

    async def describe_workflow(self, input: DescribeWorkflowInput) -> WorkflowExecutionDescription:
        """Describe a workflow."""
        return await self.next.describe_workflow(input)

    def fetch_workflow_history_events(
        self, input: FetchWorkflowHistoryEventsInput
    ) -> AsyncIterator[HistoryEvent]:
        """Page through a workflow's history events."""
        return self.next.fetch_workflow_history_events(input)

    def list_workflows(self, input: ListWorkflowsInput) -> AsyncIterator[WorkflowExecution]:
        """Page through workflows matching a visibility query."""
        return self.next.list_workflows(input)

    async def count_workflows(self, input: CountWorkflowsInput) -> WorkflowExecutionCount:
        """Count workflows matching a visibility query."""
        return await self.next.count_workflows(input)

    async def heartbeat_async_activity(self, input: HeartbeatAsyncActivityInput) -> None:
        """Heartbeat an activity completed asynchronously."""
        await self.next.heartbeat_async_activity(input)

    async def complete_async_activity(self, input: CompleteAsyncActivityInput) -> None:
        """Complete an activity asynchronously."""
        await self.next.complete_async_activity(input)

    async def fail_async_activity(self, input: FailAsyncActivityInput) -> None:
        """Fail an activity asynchronously."""
        await self.next.fail_async_activity(input)

    async def report_cancellation_async_activity(
        self, input: ReportCancellationAsyncActivityInput
    ) -> None:
        """Report an asynchronously completed activity as cancelled."""
        await self.next.report_cancellation_async_activity(input)

    async def create_schedule(self, input: CreateScheduleInput) -> ScheduleHandle:
        """Create a schedule."""
        return await self.next.create_schedule(input)

    def list_schedules(self, input: ListSchedulesInput) -> AsyncIterator[ScheduleListDescription]:
        """Page through schedules."""
        return self.next.list_schedules(input)

    async def describe_schedule(self, input: DescribeScheduleInput) -> ScheduleDescription:
        """Describe a schedule."""
        return await self.next.describe_schedule(input)

    async def update_schedule(self, input: UpdateScheduleInput) -> None:
        """Update a schedule (describe, call the updater, send its answer)."""
        await self.next.update_schedule(input)

    async def pause_schedule(self, input: PauseScheduleInput) -> None:
        """Pause a schedule."""
        await self.next.pause_schedule(input)

    async def unpause_schedule(self, input: UnpauseScheduleInput) -> None:
        """Unpause a schedule."""
        await self.next.unpause_schedule(input)

    async def trigger_schedule(self, input: TriggerScheduleInput) -> None:
        """Take a schedule's action now."""
        await self.next.trigger_schedule(input)

    async def backfill_schedule(self, input: BackfillScheduleInput) -> None:
        """Take a schedule's actions for past time ranges."""
        await self.next.backfill_schedule(input)

    async def delete_schedule(self, input: DeleteScheduleInput) -> None:
        """Delete a schedule (the workflows it started are left alone)."""
        await self.next.delete_schedule(input)


class Interceptor:
    """Base for client interceptors: return an :class:`OutboundInterceptor`."""

    def intercept_client(self, next: OutboundInterceptor) -> OutboundInterceptor:
        """Wrap the client's outbound calls. The default adds nothing."""
        return next
