"""Waiting for a workflow's result: the close event and what it means."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import temporalio.converter
import temporalio.exceptions
from temporalio.api.common.v1 import Payloads, WorkflowExecution
from temporalio.api.enums.v1 import EventType, HistoryEventFilterType, TimeoutType
from temporalio.api.history.v1 import HistoryEvent
from temporalio.api.workflowservice.v1 import GetWorkflowExecutionHistoryRequest
from temporalio.client._errors import WorkflowContinuedAsNewError, WorkflowFailureError
from temporalio.service import RPCError, RPCStatusCode

if TYPE_CHECKING:
    from temporalio.client._client import Client

__all__ = ["RESULT_POLL_TIMEOUT", "close_event_result", "poll_result"]

RESULT_POLL_TIMEOUT = timedelta(seconds=70)
"""Deadline of each long poll for the close event unless the caller gives one: the
server holds such a poll for about 20 s, and a deadline well past that lets it answer
first (PROTOCOL.md section 9)."""


async def poll_result(
    client: Client,
    workflow_id: str,
    run_id: str | None,
    *,
    follow_runs: bool,
    ret_type: Any,
    rpc_metadata: Mapping[str, str],
    rpc_timeout: timedelta | None,
) -> Any:
    """Long-poll for the close event, following new runs (PROTOCOL.md section 9)."""
    req = GetWorkflowExecutionHistoryRequest(
        namespace=client.namespace,
        execution=WorkflowExecution(workflow_id=workflow_id, run_id=run_id or ""),
        wait_new_event=True,
        history_event_filter_type=HistoryEventFilterType.HISTORY_EVENT_FILTER_TYPE_CLOSE_EVENT,
        skip_archival=True,
    )
    timeout = rpc_timeout or RESULT_POLL_TIMEOUT
    while True:
        try:
            resp = await client.workflow_service.get_workflow_execution_history(
                req, retry=True, metadata=rpc_metadata or None, timeout=timeout
            )
        except RPCError as err:
            # Our own poll deadline passing is not an error: poll again.
            if err.status == RPCStatusCode.DEADLINE_EXCEEDED and rpc_timeout is None:
                continue
            raise
        if not resp.history.events:
            req.next_page_token = resp.next_page_token
            continue
        event = resp.history.events[-1]
        new_run = _new_run_id(event)
        if new_run and follow_runs:
            req.execution.run_id = new_run
            req.next_page_token = b""
            continue
        return await close_event_result(client.data_converter, event, ret_type)


async def close_event_result(
    dc: temporalio.converter.DataConverter, event: HistoryEvent, ret_type: Any
) -> Any:
    """The result a close event carries, or the error it stands for."""
    t = event.event_type
    if t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED:
        result = event.workflow_execution_completed_event_attributes.result
        if not result.payloads:
            return None
        hints = [ret_type] if ret_type is not None else None
        return (await dc.decode(list(result.payloads), hints))[0]
    if t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED:
        failure = event.workflow_execution_failed_event_attributes.failure
        raise WorkflowFailureError(cause=await dc.decode_failure(failure))
    if t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED:
        attrs = event.workflow_execution_canceled_event_attributes
        details = await _decode_details(dc, attrs.details)
        raise WorkflowFailureError(
            cause=temporalio.exceptions.CancelledError("Workflow cancelled", *details)
        )
    if t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED:
        tattrs = event.workflow_execution_terminated_event_attributes
        tdetails = await _decode_details(dc, tattrs.details)
        raise WorkflowFailureError(
            cause=temporalio.exceptions.TerminatedError(
                tattrs.reason or "Workflow terminated", *tdetails
            )
        )
    if t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT:
        raise WorkflowFailureError(
            cause=temporalio.exceptions.TimeoutError(
                "Workflow timed out",
                type=temporalio.exceptions.TimeoutType(TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE),
                last_heartbeat_details=[],
            )
        )
    if t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW:
        new_run = event.workflow_execution_continued_as_new_event_attributes.new_execution_run_id
        raise WorkflowContinuedAsNewError(new_run)
    raise RuntimeError(f"unexpected close event type {EventType.Name(t)}")


def _new_run_id(event: HistoryEvent) -> str:
    """The run a close event hands over to (continue-as-new, retry, cron), or ""."""
    t = event.event_type
    if t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW:
        return str(event.workflow_execution_continued_as_new_event_attributes.new_execution_run_id)
    if t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED:
        return str(event.workflow_execution_completed_event_attributes.new_execution_run_id)
    if t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED:
        return str(event.workflow_execution_failed_event_attributes.new_execution_run_id)
    if t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT:
        return str(event.workflow_execution_timed_out_event_attributes.new_execution_run_id)
    return ""


async def _decode_details(dc: temporalio.converter.DataConverter, payloads: Payloads) -> list[Any]:
    if not payloads.payloads:
        return []
    return await dc.decode(list(payloads.payloads))
