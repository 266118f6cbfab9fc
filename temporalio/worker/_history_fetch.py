"""Fetching the history a workflow task needs: pagination and cache misses (PROTOCOL.md 1.5, 1.6)."""

from __future__ import annotations

from collections.abc import Sequence

from temporalio.api.common.v1 import WorkflowExecution
from temporalio.api.history.v1 import HistoryEvent
from temporalio.api.workflowservice.v1 import (
    GetWorkflowExecutionHistoryRequest,
    PollWorkflowTaskQueueResponse,
)
from temporalio.client import Client


class HistoryFetchError(RuntimeError):
    """The history of a task could not be completed (the run is evicted)."""


async def _pages(client: Client, execution: WorkflowExecution, token: bytes) -> list[HistoryEvent]:
    events: list[HistoryEvent] = []
    req = GetWorkflowExecutionHistoryRequest(
        namespace=client.namespace,
        execution=WorkflowExecution(workflow_id=execution.workflow_id, run_id=execution.run_id),
        next_page_token=token,
    )
    while True:
        resp = await client.workflow_service.get_workflow_execution_history(req, retry=True)
        events.extend(resp.history.events)
        if not resp.next_page_token:
            return events
        req.next_page_token = resp.next_page_token


async def task_events(
    client: Client, task: PollWorkflowTaskQueueResponse, *, have_run: bool
) -> Sequence[HistoryEvent]:
    """All events the machines need for ``task``.

    Follows ``next_page_token``; when the run is not cached and the task carries
    only new events (sticky task, or a legacy query answered from the sticky
    queue), fetches the whole history from event 1 and appends the task's events.
    """
    events: Sequence[HistoryEvent] = task.history.events
    if task.next_page_token:
        events = [*events, *await _pages(client, task.workflow_execution, task.next_page_token)]
    incremental = bool(events) and events[0].event_id > 1
    empty_query = not events and task.HasField("query")
    if not have_run and (incremental or empty_query):
        full = await _pages(client, task.workflow_execution, b"")
        last = full[-1].event_id if full else 0
        events = [*full, *(e for e in events if e.event_id > last)]
    if task.started_event_id and (not events or events[-1].event_id < task.started_event_id):
        raise HistoryFetchError(
            f"history of run {task.workflow_execution.run_id} ends at event "
            f"{events[-1].event_id if events else 0}, before the task's started event "
            f"{task.started_event_id}"
        )
    return events
