"""Child workflows, external workflow handles (signal, cancel) and continue-as-new.

A child is started by the calling task, which waits for the start to resolve; only
then a *driver* task (created in the caller's cancellation scope, so the scope's
cancellation reaches it) waits for the child's close and backs the returned handle.
Cancelling before the start command went out drops it, so nothing reaches history;
afterwards ``CancelChildWorkflowExecution`` goes out and the machines send the
cancel request unless the type is ``ABANDON``. ``ABANDON``/``TRY_CANCEL`` raise at
once; the ``WAIT_*`` types wait (in a detached scope) for the child to close.

Futures here hold resolution *values*, never exceptions: a future nobody awaits any
more (its waiter was cancelled) must not report a lost exception.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NoReturn, cast

import temporalio.converter
import temporalio.exceptions
from temporalio._common._priority import priority_proto
from temporalio._loop import CancellationScope, CancelledError
from temporalio.api.common.v1 import Payload, SearchAttributes
from temporalio.api.common.v1 import RetryPolicy as RetryPolicyProto
from temporalio.api.enums.v1 import (
    ParentClosePolicy,
    StartChildWorkflowExecutionFailedCause,
    WorkflowIdReusePolicy,
)
from temporalio.api.failure.v1 import Failure
from temporalio.common import RetryPolicy
from temporalio.worker._instance_base import InstanceBase, InstanceConfig, _wait_unlinked
from temporalio.worker._machines import _activation as act
from temporalio.worker._machines import _commands as cmd
from temporalio.workflow._child import (
    ChildWorkflowCancellationType,
    ChildWorkflowHandle,
    ContinueAsNewError,
    ContinueAsNewOptions,
    SearchAttributesArg,
    SignalExternalOptions,
    StartChildWorkflowOptions,
)

_ALREADY_EXISTS = StartChildWorkflowExecutionFailedCause.START_CHILD_WORKFLOW_EXECUTION_FAILED_CAUSE_WORKFLOW_ALREADY_EXISTS
_WAITING_TYPES = (
    ChildWorkflowCancellationType.WAIT_CANCELLATION_COMPLETED,
    ChildWorkflowCancellationType.WAIT_CANCELLATION_REQUESTED,
)


@dataclass
class _Child:
    """One child workflow of this run, from its start command until it resolves."""

    seq: int
    workflow_id: str
    options: StartChildWorkflowOptions
    started: Any  # Future[ChildWorkflowStartStatus]
    resolution: Any  # Future[ChildWorkflowResult]
    cancel_sent: bool = False

    def start_failed(self) -> bool:
        return self.started.done() and not isinstance(
            self.started.result(), act.ChildWorkflowStartSucceeded
        )


class ChildrenMixin(InstanceBase):
    """Starts, signals and cancels children and other workflows; continues as new."""

    __slots__ = ()  # fields are slots of InstanceBase

    def __init__(self, config: InstanceConfig, run_id: str) -> None:
        """Add the bookkeeping of children and external calls to the instance."""
        super().__init__(config, run_id)
        self._children: dict[int, _Child] = {}
        self._external_signals: dict[int, Any] = {}  # seq -> Future[Failure | None]
        self._external_cancels: dict[int, Any] = {}  # seq -> Future[Failure | None]

    # -- jobs ------------------------------------------------------------------------

    def _apply_ResolveChildWorkflowExecutionStart(
        self, job: act.ResolveChildWorkflowExecutionStart
    ) -> None:
        child = self._children.get(job.seq)
        if child is None:
            return
        if not isinstance(job.status, act.ChildWorkflowStartSucceeded):
            del self._children[job.seq]  # nothing else will arrive for it
        if not child.started.done():
            child.started.set_result(job.status)

    def _apply_ResolveChildWorkflowExecution(self, job: act.ResolveChildWorkflowExecution) -> None:
        child = self._children.pop(job.seq, None)
        if child is not None and not child.resolution.done():
            child.resolution.set_result(job.result)

    def _apply_ResolveSignalExternalWorkflow(self, job: act.ResolveSignalExternalWorkflow) -> None:
        fut = self._external_signals.pop(job.seq, None)
        if fut is not None and not fut.done():
            fut.set_result(job.failure)

    def _apply_ResolveRequestCancelExternalWorkflow(
        self, job: act.ResolveRequestCancelExternalWorkflow
    ) -> None:
        fut = self._external_cancels.pop(job.seq, None)
        if fut is not None and not fut.done():
            fut.set_result(job.failure)

    # -- children --------------------------------------------------------------------

    async def workflow_start_child_workflow(
        self, options: StartChildWorkflowOptions
    ) -> ChildWorkflowHandle[Any, Any]:
        self._check_writable(f"starting child workflow {options.workflow!r}")
        return await self._outbound.start_child_workflow(options)

    async def _start_child_workflow(
        self, options: StartChildWorkflowOptions
    ) -> ChildWorkflowHandle[Any, Any]:
        """Start a child (the innermost outbound interceptor link)."""
        self._check_writable(f"starting child workflow {options.workflow!r}")
        if CancellationScope.current().cancelled:
            # Started in an already cancelled scope: no command at all.
            raise CancelledError(f"child workflow {options.workflow!r} not started: cancelled")
        seq = self._next_seq("child")
        command = self._start_child_command(seq, options)
        child = _Child(
            seq,
            command.workflow_id,
            options,
            self._loop.create_future(),
            self._loop.create_future(),
        )
        self._children[seq] = child
        self._commands.append(command)
        # The driver starts waiting now, so any later cancellation finds it inside its
        # handler (a task cancelled before its first step never runs its code).
        task = self._loop.create_task(
            self._drive_child(child), name=f"child:{seq}:{options.workflow}"
        )
        task.add_done_callback(lambda t: self._child_task_done(child, t))
        try:
            status = await _wait_unlinked(self._loop, child.started)
        except BaseException:
            # Cancelled while starting: the driver cancels the child per its type (it is
            # cancelled already if the cancellation came through the scope).
            if not task.done() and not task.cancelling():
                task.cancel()
            # The driver's outcome is dropped: the caller reports its own cancellation.
            with CancellationScope(detached=True), contextlib.suppress(BaseException):
                await _wait_unlinked(self._loop, task)
            raise
        if not isinstance(status, act.ChildWorkflowStartSucceeded):
            raise self._start_error(child, status)
        return ChildWorkflowHandle(task, child.workflow_id, status.run_id)

    def _start_child_command(
        self, seq: int, options: StartChildWorkflowOptions
    ) -> cmd.StartChildWorkflowExecution:
        conv = self._config.payload_converter
        return cmd.StartChildWorkflowExecution(
            seq=seq,
            # The default ID comes from the seeded random, so replays pick the same one.
            workflow_id=options.id or str(uuid.UUID(int=self._random.getrandbits(128), version=4)),
            workflow_type=options.workflow,
            task_queue=options.task_queue or "",
            input=conv.to_payloads(list(options.args)),
            workflow_execution_timeout=options.execution_timeout,
            workflow_run_timeout=options.run_timeout,
            workflow_task_timeout=options.task_timeout,
            # Protobuf enums are plain ints at run time.
            parent_close_policy=cast(ParentClosePolicy, int(options.parent_close_policy)),
            workflow_id_reuse_policy=cast(WorkflowIdReusePolicy, int(options.id_reuse_policy)),
            retry_policy=_retry_proto(options.retry_policy),
            cron_schedule=options.cron_schedule,
            memo=self._memo_payloads(options.memo),
            search_attributes=_search_attributes_proto(options.search_attributes),
            cancellation_type=cmd.ChildWorkflowCancellationType(int(options.cancellation_type)),
            headers=options.headers,
            user_metadata=self._user_metadata(options.static_summary, options.static_details),
            priority=priority_proto(options.priority, f"child workflow {options.workflow!r}"),
        )

    def _request_cancel_child(self, child: _Child) -> None:
        # Sent for ABANDON too: the machine then sends nothing to the server but stops
        # expecting the child's close, as core does.
        if not child.cancel_sent:
            child.cancel_sent = True
            self._commands.append(cmd.CancelChildWorkflowExecution(child_workflow_seq=child.seq))

    async def _drive_child(self, child: _Child) -> Any:
        """Await the start, then the close; on cancellation, cancel per the child's type.

        A failed start ends the driver quietly: the starting task raises that error.
        """
        try:
            status = await _wait_unlinked(self._loop, child.started)
            if not isinstance(status, act.ChildWorkflowStartSucceeded):
                return None
            result = await _wait_unlinked(self._loop, child.resolution)
        except BaseException:
            # The handle, the starting task or their scope was cancelled.
            if child.resolution.done() or child.start_failed():
                raise
            if self._unsend(cmd.StartChildWorkflowExecution, child.seq):
                # Never sent: nothing to cancel on the server, nothing in history.
                self._children.pop(child.seq, None)
                raise
            self._request_cancel_child(child)
            if child.options.cancellation_type not in _WAITING_TYPES:
                self._children.pop(child.seq, None)
                raise
            with CancellationScope(detached=True):
                while not (child.resolution.done() or child.start_failed()):
                    waiting = child.resolution if child.started.done() else child.started
                    await _wait_unlinked(self._loop, waiting)
            if not child.resolution.done():
                raise  # the start failed after all: nothing more to report
            result = child.resolution.result()
        return self._child_result(child, result)

    def _child_task_done(self, child: _Child, task: Any) -> None:
        if task.cancelled():
            # Cancelled before its first step (the same step it was created in): the
            # start command is still unsent, so drop it.
            if child.seq in self._children and not child.cancel_sent:
                self._children.pop(child.seq)
                if not self._unsend(cmd.StartChildWorkflowExecution, child.seq):
                    self._request_cancel_child(child)
            return
        # A child nobody awaits may fail without failing this workflow's task (asyncio
        # would report the lost exception; we count it as seen).
        task.exception()

    def _child_result(self, child: _Child, result: act.ChildWorkflowResult) -> Any:
        conv = self._config.payload_converter
        if isinstance(result, act.ChildWorkflowCompleted):
            if result.result is None:
                return None
            return conv.from_payload(result.result, child.options.ret_type)
        raise self._config.failure_converter.from_failure(result.failure, conv)

    def _start_error(self, child: _Child, status: act.ChildWorkflowStartStatus) -> BaseException:
        if isinstance(status, act.ChildWorkflowStartCancelled):
            return self._config.failure_converter.from_failure(
                status.failure, self._config.payload_converter
            )
        assert isinstance(status, act.ChildWorkflowStartFailed)
        if status.cause == _ALREADY_EXISTS:
            return temporalio.exceptions.WorkflowAlreadyStartedError(
                status.workflow_id, status.workflow_type
            )
        cause = StartChildWorkflowExecutionFailedCause.Name(status.cause)
        return temporalio.exceptions.ApplicationError(
            f"child workflow {status.workflow_id!r} of type {status.workflow_type!r} "
            f"could not start: {cause}",
            type=cause,
            non_retryable=True,
        )

    # -- external workflows -------------------------------------------------------------

    async def workflow_signal_external(self, options: SignalExternalOptions) -> None:
        target = _describe_target(options.workflow_id, options.run_id, options.child)
        self._check_writable(f"signalling {target}")
        if options.child:
            await self._outbound.signal_child_workflow(options)
        else:
            await self._outbound.signal_external_workflow(options)

    async def _signal_external(self, options: SignalExternalOptions) -> None:
        """Signal a child or another workflow (the innermost outbound interceptor link)."""
        target = _describe_target(options.workflow_id, options.run_id, options.child)
        self._check_writable(f"signalling {target}")
        if CancellationScope.current().cancelled:
            raise CancelledError(f"signal {options.signal!r} to {target} not sent: cancelled")
        seq = self._next_seq("signal_external")
        args = self._config.payload_converter.to_payloads(list(options.args))
        if options.child:
            command = cmd.SignalExternalWorkflowExecution(
                seq=seq,
                signal_name=options.signal,
                args=args,
                child_workflow_id=options.workflow_id,
                headers=options.headers,
            )
        else:
            command = cmd.SignalExternalWorkflowExecution(
                seq=seq,
                signal_name=options.signal,
                args=args,
                workflow_id=options.workflow_id,
                run_id=options.run_id or "",
                headers=options.headers,
            )
        fut = self._loop.create_future()
        self._external_signals[seq] = fut
        self._commands.append(command)
        try:
            failure = await _wait_unlinked(self._loop, fut)
        except BaseException:
            if not fut.done():
                self._external_signals.pop(seq, None)
                if not self._unsend(cmd.SignalExternalWorkflowExecution, seq):
                    # Only takes effect if the signal is still unsent (same task).
                    self._commands.append(cmd.CancelSignalWorkflow(seq=seq))
            raise
        if failure is not None:
            raise self._external_error(failure, f"signal {options.signal!r} to {target}")

    async def workflow_cancel_external(self, workflow_id: str, run_id: str | None) -> None:
        target = _describe_target(workflow_id, run_id, False)
        self._check_writable(f"cancelling {target}")
        if CancellationScope.current().cancelled:
            raise CancelledError(f"cancellation of {target} not requested: cancelled")
        seq = self._next_seq("cancel_external")
        fut = self._loop.create_future()
        self._external_cancels[seq] = fut
        self._commands.append(
            cmd.RequestCancelExternalWorkflowExecution(
                seq=seq, workflow_id=workflow_id, run_id=run_id or ""
            )
        )
        try:
            failure = await _wait_unlinked(self._loop, fut)
        except BaseException:
            # A request that went out cannot be withdrawn; one that did not is dropped.
            if not fut.done() and self._unsend(cmd.RequestCancelExternalWorkflowExecution, seq):
                self._external_cancels.pop(seq, None)
            raise
        if failure is not None:
            raise self._external_error(failure, f"cancellation request to {target}")

    def _external_error(self, failure: Failure, what: str) -> BaseException:
        # The machines' messages are core's ("... because it was not found"); say which
        # workflow, so the error names the thing to fix.
        named = Failure()
        named.CopyFrom(failure)
        named.message = (
            f"{failure.message} ({what}); check the workflow ID and that the workflow is open"
        )
        return self._config.failure_converter.from_failure(named, self._config.payload_converter)

    # -- continue-as-new -------------------------------------------------------------

    def workflow_continue_as_new(self, options: ContinueAsNewOptions) -> NoReturn:
        self._check_writable("continue_as_new")
        self._outbound.continue_as_new(options)

    def _continue_as_new(self, options: ContinueAsNewOptions) -> cmd.ContinueAsNewWorkflowExecution:
        """The command that continues as new (for the innermost outbound link to raise)."""
        self._check_writable("continue_as_new")
        return cmd.ContinueAsNewWorkflowExecution(
            workflow_type=options.workflow or "",
            task_queue=options.task_queue or "",
            arguments=self._config.payload_converter.to_payloads(list(options.args)),
            workflow_run_timeout=options.run_timeout,
            workflow_task_timeout=options.task_timeout,
            memo=self._memo_payloads(options.memo),
            search_attributes=_search_attributes_proto(options.search_attributes),
            retry_policy=_retry_proto(options.retry_policy),
            headers=options.headers,
        )

    def _continue_as_new_command(self, err: BaseException) -> cmd.LangCommand | None:
        """The terminal command for a run that ended with ``continue_as_new()``, else None.

        Also found inside an exception group, for a continue-as-new raised in a
        ``TaskGroup`` task.
        """
        found = _find_continue_as_new(err)
        if found is None:
            return None
        command = found._command
        if not isinstance(command, cmd.ContinueAsNewWorkflowExecution):
            raise TypeError(
                "ContinueAsNewError was raised directly; call workflow.continue_as_new() instead"
            )
        return command

    # -- conversions -------------------------------------------------------------------

    def _memo_payloads(self, memo: Mapping[str, Any] | None) -> dict[str, Payload] | None:
        if not memo:
            return None
        conv = self._config.payload_converter
        return {key: conv.to_payloads([value])[0] for key, value in memo.items()}


def _find_continue_as_new(err: BaseException) -> ContinueAsNewError | None:
    if isinstance(err, ContinueAsNewError):
        return err
    if isinstance(err, BaseExceptionGroup):
        for inner in err.exceptions:
            found = _find_continue_as_new(inner)
            if found is not None:
                return found
    return None


def _describe_target(workflow_id: str, run_id: str | None, child: bool) -> str:
    kind = "child workflow" if child else "external workflow"
    return f"{kind} {workflow_id!r}" + (f" (run {run_id})" if run_id else "")


def _retry_proto(policy: RetryPolicy | None) -> RetryPolicyProto | None:
    if policy is None:
        return None
    proto = RetryPolicyProto()
    policy.apply_to_proto(proto)
    return proto


def _search_attributes_proto(attrs: SearchAttributesArg | None) -> SearchAttributes | None:
    if attrs is None:
        return None
    proto = SearchAttributes()
    temporalio.converter.encode_search_attributes(attrs, proto)
    return proto
