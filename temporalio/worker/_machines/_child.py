"""Child workflows (PROTOCOL §3.4).

``StartChildWorkflowExecution`` → ``StartChildWorkflowExecutionInitiated`` →
``ChildWorkflowExecutionStarted`` (resolves the start) | ``StartChildWorkflowExecutionFailed``
→ one close event ``ChildWorkflowExecution{Completed,Failed,Canceled,TimedOut,Terminated}``.

Cancelling sends an internal ``RequestCancelExternalWorkflowExecution`` (child only) unless
the cancellation type is ``ABANDON``. ``ABANDON``/``TRY_CANCEL`` resolve the child as
cancelled at once; the ``WAIT_*`` types wait for the close event. Cancelled before the start
command was sent: the command is dropped and the *start* resolves as cancelled.
"""

from __future__ import annotations

from temporalio.api.command.v1 import (
    Command,
    RequestCancelExternalWorkflowExecutionCommandAttributes,
    StartChildWorkflowExecutionCommandAttributes,
)
from temporalio.api.common.v1 import WorkflowExecution, WorkflowType
from temporalio.api.enums.v1 import (
    CommandType,
    EventType,
    RetryState,
    TaskQueueKind,
    TimeoutType,
)
from temporalio.api.failure.v1 import (
    CanceledFailureInfo,
    ChildWorkflowExecutionFailureInfo,
    Failure,
    TerminatedFailureInfo,
    TimeoutFailureInfo,
)
from temporalio.api.history.v1 import HistoryEvent

from ._activation import (
    ChildWorkflowCancelled,
    ChildWorkflowCompleted,
    ChildWorkflowFailed,
    ChildWorkflowResult,
    ChildWorkflowStartCancelled,
    ChildWorkflowStartFailed,
    ChildWorkflowStartSucceeded,
    ResolveChildWorkflowExecution,
    ResolveChildWorkflowExecutionStart,
)
from ._commands import ChildWorkflowCancellationType, StartChildWorkflowExecution
from ._external import CancelExternalMachine
from ._flags import CoreFlag
from ._machine import (
    CommandEntry,
    Machine,
    RunContext,
    copy_payload_map,
    first_payload,
    id_mismatch,
    set_duration,
    unexpected_event,
)

__all__ = ["ChildWorkflowMachine"]

_START = CommandType.COMMAND_TYPE_START_CHILD_WORKFLOW_EXECUTION
ET = EventType
_NON_RETRYABLE = RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE

_CLOSE_EVENTS = frozenset(
    {
        ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED,
        ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED,
        ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_CANCELED,
        ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TIMED_OUT,
        ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TERMINATED,
    }
)


class ChildWorkflowMachine(Machine):
    """One child workflow. ``state``: created → initiated → started → closed, or
    start_failed; ``cancelled`` once resolved as cancelled by a cancel request."""

    __slots__ = (
        "cancel_sent",
        "cmd",
        "initiated_event_id",
        "namespace",
        "run_id",
        "start_entry",
        "started_event_id",
        "state",
        "task_queue",
    )

    def __init__(self, cmd: StartChildWorkflowExecution, run: RunContext) -> None:
        self.cmd = cmd
        self.namespace = cmd.namespace or run.namespace
        self.task_queue = cmd.task_queue or run.task_queue
        self.state = "created"
        self.initiated_event_id = 0
        self.started_event_id = 0
        self.run_id = ""
        self.cancel_sent = False
        self.start_entry = run.new_command(
            self, _START, ET.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED
        )

    def describe(self, entry: CommandEntry) -> str:
        return (
            f"StartChildWorkflowExecution(seq={self.cmd.seq}, "
            f"workflow_id={self.cmd.workflow_id!r}, type={self.cmd.workflow_type!r})"
        )

    def build_command(self, entry: CommandEntry) -> Command:
        c = self.cmd
        a = StartChildWorkflowExecutionCommandAttributes(
            namespace=c.namespace,
            workflow_id=c.workflow_id,
            workflow_type=WorkflowType(name=c.workflow_type),
            parent_close_policy=c.parent_close_policy,
            workflow_id_reuse_policy=c.workflow_id_reuse_policy,
            cron_schedule=c.cron_schedule,
        )
        a.task_queue.name = self.task_queue
        a.task_queue.kind = TaskQueueKind.TASK_QUEUE_KIND_NORMAL
        if c.input:
            a.input.payloads.extend(c.input)
        set_duration(a.workflow_execution_timeout, c.workflow_execution_timeout)
        set_duration(a.workflow_run_timeout, c.workflow_run_timeout)
        set_duration(a.workflow_task_timeout, c.workflow_task_timeout)
        if c.retry_policy is not None:
            a.retry_policy.CopyFrom(c.retry_policy)
        if c.headers:
            copy_payload_map(a.header.fields, c.headers)
        if c.memo:
            copy_payload_map(a.memo.fields, c.memo)
        if c.search_attributes is not None:
            a.search_attributes.CopyFrom(c.search_attributes)
        if c.priority is not None:
            a.priority.CopyFrom(c.priority)
        cmd = Command(command_type=_START, start_child_workflow_execution_command_attributes=a)
        if c.user_metadata is not None:
            cmd.user_metadata.CopyFrom(c.user_metadata)
        return cmd

    def on_command_event(self, entry: CommandEntry, event: HistoryEvent, run: RunContext) -> None:
        a = event.start_child_workflow_execution_initiated_event_attributes
        if run.flags.try_use(CoreFlag.ID_AND_TYPE_DETERMINISM_CHECKS, run.applying_last_sequence):
            if a.workflow_id != self.cmd.workflow_id:
                raise id_mismatch(event, "child workflow id", a.workflow_id, self.cmd.workflow_id)
            if a.workflow_type.name != self.cmd.workflow_type:
                raise id_mismatch(
                    event, "child workflow type", a.workflow_type.name, self.cmd.workflow_type
                )
        self.initiated_event_id = event.event_id
        if self.state == "created":
            self.state = "initiated"
        run.index_by_event(event.event_id, self)

    def on_event(self, event: HistoryEvent, event_type: int, run: RunContext) -> None:
        seq = self.cmd.seq
        state = self.state
        if event_type == ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED:
            s = event.child_workflow_execution_started_event_attributes
            self.run_id = s.workflow_execution.run_id
            self.started_event_id = event.event_id
            if state == "initiated":
                self.state = "started"
                run.jobs.append(
                    ResolveChildWorkflowExecutionStart(
                        seq, ChildWorkflowStartSucceeded(self.run_id)
                    )
                )
                return
            if state == "cancelled":
                return
            raise unexpected_event(self, event)
        if event_type == ET.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_FAILED:
            if state == "initiated":
                self.state = "start_failed"
                cause = event.start_child_workflow_execution_failed_event_attributes.cause
                run.jobs.append(
                    ResolveChildWorkflowExecutionStart(
                        seq,
                        ChildWorkflowStartFailed(
                            self.cmd.workflow_id, self.cmd.workflow_type, cause
                        ),
                    )
                )
                return
            if state == "cancelled":
                return
            raise unexpected_event(self, event)
        if event_type not in _CLOSE_EVENTS:
            raise unexpected_event(self, event)
        if state == "cancelled":
            # Already resolved as cancelled: the close is accepted and ignored. Core only
            # tolerates non-cancel closes for ABANDON children; we accept them for
            # TRY_CANCEL too, since the child may finish before it sees the request.
            return
        if state != "started":
            raise unexpected_event(self, event)
        self.state = "closed"
        run.jobs.append(ResolveChildWorkflowExecution(seq, self._close_result(event, event_type)))

    def _close_result(self, event: HistoryEvent, event_type: int) -> ChildWorkflowResult:
        if event_type == ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED:
            a = event.child_workflow_execution_completed_event_attributes
            return ChildWorkflowCompleted(first_payload(a.result))
        if event_type == ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED:
            f = event.child_workflow_execution_failed_event_attributes
            return ChildWorkflowFailed(
                self._failure(
                    "Child Workflow execution failed",
                    f.retry_state,
                    f.failure if f.HasField("failure") else None,
                )
            )
        if event_type == ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TIMED_OUT:
            t = event.child_workflow_execution_timed_out_event_attributes
            cause = Failure(
                message="Timed out",
                timeout_failure_info=TimeoutFailureInfo(
                    timeout_type=TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE
                ),
            )
            return ChildWorkflowFailed(
                self._failure("Child Workflow execution timed out", t.retry_state, cause)
            )
        if event_type == ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TERMINATED:
            cause = Failure(message="Terminated", terminated_failure_info=TerminatedFailureInfo())
            return ChildWorkflowFailed(
                self._failure("Child Workflow execution terminated", _NON_RETRYABLE, cause)
            )
        return ChildWorkflowCancelled(self._cancelled_failure())

    def _failure(self, message: str, retry_state: int, cause: Failure | None) -> Failure:
        f = Failure(
            message=message,
            child_workflow_execution_failure_info=ChildWorkflowExecutionFailureInfo(
                namespace=self.namespace,
                workflow_execution=WorkflowExecution(
                    workflow_id=self.cmd.workflow_id, run_id=self.run_id
                ),
                workflow_type=WorkflowType(name=self.cmd.workflow_type),
                initiated_event_id=self.initiated_event_id,
                started_event_id=self.started_event_id,
                retry_state=retry_state,  # type: ignore[arg-type]
            ),
        )
        if cause is not None:
            f.cause.CopyFrom(cause)
        return f

    def _cancelled_failure(self, message: str = "Child Workflow execution cancelled") -> Failure:
        return self._failure(
            message, _NON_RETRYABLE, Failure(canceled_failure_info=CanceledFailureInfo())
        )

    def cancel(self, reason: str, run: RunContext) -> None:
        """``CancelChildWorkflowExecution`` from workflow code."""
        state = self.state
        seq = self.cmd.seq
        if state == "created":
            self.start_entry.dropped = True
            self.state = "cancelled"
            run.jobs.append(
                ResolveChildWorkflowExecutionStart(
                    seq,
                    ChildWorkflowStartCancelled(
                        self._cancelled_failure(
                            f"Child Workflow Execution cancelled before scheduled: {reason}"
                        )
                    ),
                )
            )
            return
        if state not in ("initiated", "started") or self.cancel_sent:
            return  # already closed or cancelling: no-op
        ct = self.cmd.cancellation_type
        if ct != ChildWorkflowCancellationType.ABANDON:
            self.cancel_sent = True
            CancelExternalMachine(
                None,
                RequestCancelExternalWorkflowExecutionCommandAttributes(
                    namespace=self.namespace,
                    workflow_id=self.cmd.workflow_id,
                    run_id=self.run_id,
                    child_workflow_only=True,
                    reason=reason,
                ),
                run,
            )
        if ct in (ChildWorkflowCancellationType.ABANDON, ChildWorkflowCancellationType.TRY_CANCEL):
            self.state = "cancelled"
            run.jobs.append(
                ResolveChildWorkflowExecution(
                    seq, ChildWorkflowCancelled(self._cancelled_failure())
                )
            )
