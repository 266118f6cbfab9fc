"""Signalling and cancelling other workflows (PROTOCOL §3.5, §3.6).

``SignalExternalWorkflowExecution`` → ``SignalExternalWorkflowExecutionInitiated`` →
``ExternalWorkflowExecutionSignaled`` | ``SignalExternalWorkflowExecutionFailed``.
``RequestCancelExternalWorkflowExecution`` → ``...Initiated`` →
``ExternalWorkflowExecutionCancelRequested`` | ``RequestCancelExternalWorkflowExecutionFailed``.
"""

from __future__ import annotations

from temporalio.api.command.v1 import (
    Command,
    RequestCancelExternalWorkflowExecutionCommandAttributes,
    SignalExternalWorkflowExecutionCommandAttributes,
)
from temporalio.api.enums.v1 import (
    CancelExternalWorkflowExecutionFailedCause,
    CommandType,
    EventType,
    SignalExternalWorkflowExecutionFailedCause,
)
from temporalio.api.failure.v1 import ApplicationFailureInfo, CanceledFailureInfo, Failure
from temporalio.api.history.v1 import HistoryEvent

from ._activation import ResolveRequestCancelExternalWorkflow, ResolveSignalExternalWorkflow
from ._commands import SignalExternalWorkflowExecution
from ._machine import CommandEntry, Machine, RunContext, copy_payload_map, unexpected_event

__all__ = ["CancelExternalMachine", "SignalExternalMachine"]

_SIGNAL = CommandType.COMMAND_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION
_CANCEL = CommandType.COMMAND_TYPE_REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION
ET = EventType


def _cause_name(prefix: str, name: str) -> str:
    # "SIGNAL_EXTERNAL_..._CAUSE_EXTERNAL_WORKFLOW_EXECUTION_NOT_FOUND" ->
    # "ExternalWorkflowExecutionNotFound", the spelling core puts in the failure type.
    return "".join(p.capitalize() for p in name.removeprefix(prefix).split("_"))


class SignalExternalMachine(Machine):
    """One signal to another workflow (or to a child, by workflow id)."""

    __slots__ = ("cmd", "entry", "namespace", "state")

    def __init__(self, cmd: SignalExternalWorkflowExecution, run: RunContext) -> None:
        self.cmd = cmd
        self.namespace = run.namespace
        self.state = "created"
        self.entry = run.new_command(
            self, _SIGNAL, ET.EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED
        )

    def describe(self, entry: CommandEntry) -> str:
        target = self.cmd.child_workflow_id or self.cmd.workflow_id
        return (
            f"SignalExternalWorkflowExecution(seq={self.cmd.seq}, workflow_id={target!r}, "
            f"signal_name={self.cmd.signal_name!r})"
        )

    def build_command(self, entry: CommandEntry) -> Command:
        c = self.cmd
        a = SignalExternalWorkflowExecutionCommandAttributes(signal_name=c.signal_name)
        if c.child_workflow_id:
            a.namespace = self.namespace
            a.execution.workflow_id = c.child_workflow_id
            a.child_workflow_only = True
        else:
            a.namespace = c.namespace
            a.execution.workflow_id = c.workflow_id
            a.execution.run_id = c.run_id
        if c.args:
            a.input.payloads.extend(c.args)
        if c.headers:
            copy_payload_map(a.header.fields, c.headers)
        cmd = Command(command_type=_SIGNAL, signal_external_workflow_execution_command_attributes=a)
        if c.user_metadata is not None:
            cmd.user_metadata.CopyFrom(c.user_metadata)
        return cmd

    def on_command_event(self, entry: CommandEntry, event: HistoryEvent, run: RunContext) -> None:
        self.state = "initiated"
        run.index_by_event(event.event_id, self)

    def on_event(self, event: HistoryEvent, event_type: int, run: RunContext) -> None:
        if self.state != "initiated":
            raise unexpected_event(self, event)
        if event_type == ET.EVENT_TYPE_EXTERNAL_WORKFLOW_EXECUTION_SIGNALED:
            self.state = "signaled"
            run.jobs.append(ResolveSignalExternalWorkflow(self.cmd.seq, None))
        elif event_type == ET.EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED:
            self.state = "failed"
            cause = event.signal_external_workflow_execution_failed_event_attributes.cause
            reason = {
                SignalExternalWorkflowExecutionFailedCause.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED_CAUSE_EXTERNAL_WORKFLOW_EXECUTION_NOT_FOUND: "it was not found",
                SignalExternalWorkflowExecutionFailedCause.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED_CAUSE_NAMESPACE_NOT_FOUND: "it was not found",
                SignalExternalWorkflowExecutionFailedCause.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED_CAUSE_SIGNAL_COUNT_LIMIT_EXCEEDED: "The per-workflow signal limit was exceeded",
            }.get(cause, "unknown")
            name = _cause_name(
                "SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED_CAUSE_",
                SignalExternalWorkflowExecutionFailedCause.Name(cause),
            )
            failure = Failure(
                message=f"Unable to signal external workflow because {reason}",
                application_failure_info=ApplicationFailureInfo(type=name),
            )
            run.jobs.append(ResolveSignalExternalWorkflow(self.cmd.seq, failure))
        else:
            raise unexpected_event(self, event)

    def cancel(self, run: RunContext) -> None:
        """``CancelSignalWorkflow(seq)``: effective only before the command was sent."""
        if self.state != "created":
            return
        self.entry.dropped = True
        self.state = "cancelled"
        run.jobs.append(
            ResolveSignalExternalWorkflow(
                self.cmd.seq,
                Failure(
                    message="Signal was cancelled before being sent",
                    canceled_failure_info=CanceledFailureInfo(),
                ),
            )
        )


class CancelExternalMachine(Machine):
    """One cancellation request to another workflow.

    With ``seq`` None the request was issued internally to cancel a child workflow: its
    resolution is not reported to workflow code.
    """

    __slots__ = ("attrs", "seq", "state")

    def __init__(
        self,
        seq: int | None,
        attrs: RequestCancelExternalWorkflowExecutionCommandAttributes,
        run: RunContext,
    ) -> None:
        self.seq = seq
        self.attrs = attrs
        self.state = "created"
        run.new_command(
            self, _CANCEL, ET.EVENT_TYPE_REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED
        )

    def describe(self, entry: CommandEntry) -> str:
        if self.seq is None:
            return f"CancelChildWorkflowExecution(workflow_id={self.attrs.workflow_id!r})"
        return (
            f"RequestCancelExternalWorkflowExecution(seq={self.seq}, "
            f"workflow_id={self.attrs.workflow_id!r})"
        )

    def build_command(self, entry: CommandEntry) -> Command:
        return Command(
            command_type=_CANCEL,
            request_cancel_external_workflow_execution_command_attributes=self.attrs,
        )

    def on_command_event(self, entry: CommandEntry, event: HistoryEvent, run: RunContext) -> None:
        self.state = "initiated"
        run.index_by_event(event.event_id, self)

    def on_event(self, event: HistoryEvent, event_type: int, run: RunContext) -> None:
        if self.state != "initiated":
            raise unexpected_event(self, event)
        failure: Failure | None
        if event_type == ET.EVENT_TYPE_EXTERNAL_WORKFLOW_EXECUTION_CANCEL_REQUESTED:
            self.state = "cancel_requested"
            failure = None
        elif event_type == ET.EVENT_TYPE_REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_FAILED:
            self.state = "failed"
            cause = event.request_cancel_external_workflow_execution_failed_event_attributes.cause
            reason = (
                "unknown"
                if cause
                == CancelExternalWorkflowExecutionFailedCause.CANCEL_EXTERNAL_WORKFLOW_EXECUTION_FAILED_CAUSE_UNSPECIFIED
                else "not found"
            )
            failure = Failure(
                message=f"Unable to cancel external workflow because {reason}",
                application_failure_info=ApplicationFailureInfo(
                    type=_cause_name(
                        "CANCEL_EXTERNAL_WORKFLOW_EXECUTION_FAILED_CAUSE_",
                        CancelExternalWorkflowExecutionFailedCause.Name(cause),
                    )
                ),
            )
        else:
            raise unexpected_event(self, event)
        if self.seq is not None:
            run.jobs.append(ResolveRequestCancelExternalWorkflow(self.seq, failure))
