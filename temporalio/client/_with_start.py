"""Update-with-start: start a workflow (or use the running one) and update it in one RPC.

The client sends ``ExecuteMultiOperation`` with a ``StartWorkflowExecution`` and an
``UpdateWorkflowExecution`` for the same workflow ID. The server runs both or neither;
when one fails it reports each operation's status in a ``MultiOperationExecutionFailure``
(the other one "aborted"), and we raise the failing operation's error.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Concatenate, Generic, TypeVar, overload

import anyio
from google.rpc import status_pb2  # type: ignore[import-untyped]

import temporalio.common
import temporalio.exceptions
from temporalio._common._metadata_text import metadata_text
from temporalio._common._priority import checked_priority
from temporalio._types import (
    MethodAsyncNoParam,
    MethodAsyncSingleParam,
    ParamType,
    ReturnType,
    SelfType,
)
from temporalio.api.errordetails.v1 import (
    MultiOperationExecutionFailure,
    WorkflowExecutionAlreadyStartedFailure,
)
from temporalio.api.workflowservice.v1 import (
    ExecuteMultiOperationRequest,
    ExecuteMultiOperationResponse,
    StartWorkflowExecutionRequest,
)
from temporalio.client._handle import _ARG_UNSET, WorkflowHandle, _args
from temporalio.client._interceptor import (
    OutboundInterceptor,
    StartWorkflowInput,
    StartWorkflowUpdateInput,
    StartWorkflowUpdateWithStartInput,
)
from temporalio.client._update import (
    UPDATE_POLL_TIMEOUT,
    WorkflowUpdateHandle,
    WorkflowUpdateStage,
    check_wait_stage,
    send_until_accepted,
)
from temporalio.service import RPCError, RPCStatusCode
from temporalio.workflow._handler_refs import ret_type_of, update_name_of

if TYPE_CHECKING:
    from temporalio.client._outbound import ClientOutbound

_ABORTED = int(RPCStatusCode.ABORTED)

LocalReturnType = TypeVar("LocalReturnType")

_IdConflict = temporalio.common.WorkflowIDConflictPolicy


class WithStartWorkflowOperation(Generic[SelfType, ReturnType]):
    """A workflow start sent together with an update (update-with-start).

    Pass it as ``start_workflow_operation`` to
    :meth:`Client.execute_update_with_start_workflow` or
    :meth:`Client.start_update_with_start_workflow`; afterwards
    :meth:`workflow_handle` gives the handle of the run that got the update (the one
    started, or the running one with ``USE_EXISTING``). One operation serves one call.
    """

    @overload
    def __init__(
        self: WithStartWorkflowOperation[SelfType, ReturnType],
        workflow: Callable[Concatenate[SelfType, ...], Awaitable[ReturnType]],
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        id: str,
        task_queue: str,
        id_conflict_policy: temporalio.common.WorkflowIDConflictPolicy,
        result_type: Any = None,
        execution_timeout: timedelta | None = None,
        run_timeout: timedelta | None = None,
        task_timeout: timedelta | None = None,
        id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
            temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
        ),
        retry_policy: temporalio.common.RetryPolicy | None = None,
        cron_schedule: str = "",
        memo: Mapping[str, Any] | None = None,
        search_attributes: temporalio.common.TypedSearchAttributes
        | Mapping[str, Any]
        | None = None,
        start_delay: timedelta | None = None,
        static_summary: str | None = None,
        static_details: str | None = None,
        priority: temporalio.common.Priority = temporalio.common.Priority.default,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
        request_id: str | None = None,
    ) -> None: ...

    @overload
    def __init__(
        self: WithStartWorkflowOperation[Any, Any],
        workflow: str,
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        id: str,
        task_queue: str,
        id_conflict_policy: temporalio.common.WorkflowIDConflictPolicy,
        result_type: Any = None,
        execution_timeout: timedelta | None = None,
        run_timeout: timedelta | None = None,
        task_timeout: timedelta | None = None,
        id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
            temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
        ),
        retry_policy: temporalio.common.RetryPolicy | None = None,
        cron_schedule: str = "",
        memo: Mapping[str, Any] | None = None,
        search_attributes: temporalio.common.TypedSearchAttributes
        | Mapping[str, Any]
        | None = None,
        start_delay: timedelta | None = None,
        static_summary: str | None = None,
        static_details: str | None = None,
        priority: temporalio.common.Priority = temporalio.common.Priority.default,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
        request_id: str | None = None,
    ) -> None: ...

    def __init__(
        self,
        workflow: str | Callable[..., Any],
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        id: str,
        task_queue: str,
        id_conflict_policy: temporalio.common.WorkflowIDConflictPolicy,
        result_type: Any = None,
        execution_timeout: timedelta | None = None,
        run_timeout: timedelta | None = None,
        task_timeout: timedelta | None = None,
        id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
            temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
        ),
        retry_policy: temporalio.common.RetryPolicy | None = None,
        cron_schedule: str = "",
        memo: Mapping[str, Any] | None = None,
        search_attributes: temporalio.common.TypedSearchAttributes
        | Mapping[str, Any]
        | None = None,
        start_delay: timedelta | None = None,
        static_summary: str | None = None,
        static_details: str | None = None,
        priority: temporalio.common.Priority = temporalio.common.Priority.default,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
        request_id: str | None = None,
    ) -> None:
        """Describe the start; the options are those of :meth:`Client.start_workflow`.

        Args:
            workflow: ``MyWorkflow.run`` (typed) or the workflow type name.
            arg: The single argument, for one-argument workflows.
            args: Several arguments (instead of ``arg``).
            id: Workflow ID (the update goes to this workflow).
            task_queue: Task queue of the workflow's tasks.
            id_conflict_policy: Required: ``USE_EXISTING`` to update a running
                workflow of this ID instead of starting one, ``FAIL`` to fail when one
                is running.
            result_type: Type to decode the workflow result to, for type names.
            execution_timeout: Timeout of the whole chain of runs.
            run_timeout: Timeout of one run.
            task_timeout: Timeout of one workflow task.
            id_reuse_policy: What to do when a closed run has this ID.
            retry_policy: Retry policy of the workflow.
            cron_schedule: Cron schedule.
            memo: Memo.
            search_attributes: Indexed search attributes.
            start_delay: Delay before the first workflow task.
            static_summary: A line shown for the workflow in the UI (user metadata).
            static_details: Longer text shown for the workflow in the UI.
            priority: Priority and fairness of the workflow's tasks.
            rpc_metadata: Extra gRPC metadata of the call.
            rpc_timeout: Deadline of each attempt of the call.
            request_id: Idempotency key of the start (a fresh UUID by default).

        Raises:
            ValueError: ``id_conflict_policy`` is ``UNSPECIFIED``, or the workflow is
                not a valid reference.
            TypeError: ``priority`` is not a :class:`~temporalio.common.Priority`.
        """
        from temporalio.client._client import Client  # the client module imports us

        if id_conflict_policy == _IdConflict.UNSPECIFIED:
            raise ValueError(
                "WithStartWorkflowOperation needs id_conflict_policy: "
                "WorkflowIDConflictPolicy.USE_EXISTING to update the running workflow of "
                "this ID if there is one, or FAIL to fail the call in that case"
            )
        name, ret_type = Client._workflow_name_and_type(workflow)
        self._start_input = StartWorkflowInput(
            workflow=name,
            args=_args(arg, args),
            id=id,
            task_queue=task_queue,
            execution_timeout=execution_timeout,
            run_timeout=run_timeout,
            task_timeout=task_timeout,
            id_reuse_policy=id_reuse_policy,
            id_conflict_policy=id_conflict_policy,
            retry_policy=retry_policy,
            cron_schedule=cron_schedule,
            memo=memo,
            search_attributes=search_attributes,
            start_delay=start_delay,
            headers={},
            start_signal=None,
            start_signal_args=(),
            ret_type=result_type if result_type is not None else ret_type,
            rpc_metadata=rpc_metadata or {},
            rpc_timeout=rpc_timeout,
            request_id=request_id,
            static_summary=metadata_text(
                "WithStartWorkflowOperation()", "static_summary", static_summary
            ),
            static_details=metadata_text(
                "WithStartWorkflowOperation()", "static_details", static_details
            ),
            priority=checked_priority(priority, "WithStartWorkflowOperation()"),
        )
        self._used = False
        self._handle: WorkflowHandle[SelfType, ReturnType] | None = None
        self._error: BaseException | None = None
        self._resolved: anyio.Event | None = None

    @property
    def id(self) -> str:
        """The workflow ID."""
        return self._start_input.id

    def _take(self) -> StartWorkflowInput:
        """The start input, for the one call that uses this operation."""
        if self._used:
            raise RuntimeError(
                f"WithStartWorkflowOperation for workflow {self.id!r} was already used in "
                "an update-with-start call; create a new one for each call"
            )
        self._used = True
        return self._start_input

    def _done(self) -> bool:
        return self._handle is not None or self._error is not None

    def _set_handle(self, handle: WorkflowHandle[Any, Any]) -> None:
        if not self._done():
            self._handle = handle
            if self._resolved is not None:
                self._resolved.set()

    def _set_error(self, error: BaseException) -> None:
        if not self._done():
            self._error = error
            if self._resolved is not None:
                self._resolved.set()

    async def workflow_handle(self) -> WorkflowHandle[SelfType, ReturnType]:
        """The handle of the workflow run the update went to.

        Waits for the update-with-start call if it is still in flight.

        Raises:
            WorkflowAlreadyStartedError: ``FAIL`` and a run of this ID was running
                (or the policies forbade a new run).
            RPCError: The call failed before the workflow was started or found.
        """
        if not self._done():
            if self._resolved is None:
                self._resolved = anyio.Event()
            await self._resolved.wait()
        if self._error is not None:
            raise self._error
        assert self._handle is not None
        return self._handle


def _operation_error(err: RPCError, start: StartWorkflowInput) -> BaseException:
    """The error of the operation that failed, from a ``MultiOperationExecutionFailure``."""
    detail = err.detail()
    if not isinstance(detail, MultiOperationExecutionFailure):
        return err
    for status in detail.statuses:
        if status.code in (0, _ABORTED):
            continue
        raw = status_pb2.Status(code=status.code, message=status.message)
        raw.details.extend(status.details)
        error = RPCError(status.message, RPCStatusCode(status.code), raw.SerializeToString())
        inner = error.detail()
        if status.code == RPCStatusCode.ALREADY_EXISTS and isinstance(
            inner, WorkflowExecutionAlreadyStartedFailure
        ):
            already = temporalio.exceptions.WorkflowAlreadyStartedError(
                start.id, start.workflow, run_id=inner.run_id or None
            )
            already.__cause__ = error
            return already
        return error
    return err


async def update_with_start(
    outbound: ClientOutbound, input: StartWorkflowUpdateWithStartInput
) -> WorkflowUpdateHandle[Any]:
    """Run one update-with-start (the end of the interceptor chain)."""
    start, update = input.start_workflow_input, input.update_workflow_input
    client = outbound._client
    try:
        check_wait_stage(update.wait_for_stage)
        start_req = StartWorkflowExecutionRequest()
        await outbound._fill_start(start_req, start)
        update_req = await outbound._update_request(update)
        req = ExecuteMultiOperationRequest(namespace=client.namespace)
        req.operations.add().start_workflow.CopyFrom(start_req)
        req.operations.add().update_workflow.CopyFrom(update_req)

        async def send() -> ExecuteMultiOperationResponse:
            # Resent (same start request ID and update ID: idempotent) until the
            # update is accepted; the run is known from the first answer on.
            try:
                resp: ExecuteMultiOperationResponse = (
                    await client.workflow_service.execute_multi_operation(
                        req,
                        retry=True,
                        metadata=outbound._meta(start.rpc_metadata),
                        timeout=start.rpc_timeout or UPDATE_POLL_TIMEOUT,
                    )
                )
            except RPCError as err:
                failure = _operation_error(err, start)
                if failure is err:
                    raise
                raise failure from None
            started = resp.responses[0].start_workflow
            input.on_start(
                WorkflowHandle(
                    client,
                    start.id,
                    result_run_id=started.run_id,
                    first_execution_run_id=started.run_id if started.started else None,
                    result_type=start.ret_type,
                )
            )
            return resp

        resp = await send_until_accepted(
            send, lambda r: r.responses[1].update_workflow.stage, start.rpc_timeout
        )
    except Exception as err:
        input.on_start_error(err)
        raise
    except BaseException:
        # Cancelled: the workflow may or may not have started.
        input.on_start_error(
            RPCError(
                f"the update-with-start call for workflow {start.id!r} was cancelled; "
                "whether the workflow started is unknown",
                RPCStatusCode.CANCELLED,
            )
        )
        raise
    return await outbound._update_handle(update, update_req, resp.responses[1].update_workflow)


class UpdateWithStartMethods:
    """The update-with-start methods of :class:`Client` (mixed into it)."""

    _impl: OutboundInterceptor

    @overload
    async def execute_update_with_start_workflow(
        self,
        update: MethodAsyncNoParam[SelfType, LocalReturnType],
        *,
        start_workflow_operation: WithStartWorkflowOperation[SelfType, Any],
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> LocalReturnType: ...

    @overload
    async def execute_update_with_start_workflow(
        self,
        update: Callable[[SelfType], LocalReturnType],
        *,
        start_workflow_operation: WithStartWorkflowOperation[SelfType, Any],
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> LocalReturnType: ...

    @overload
    async def execute_update_with_start_workflow(
        self,
        update: MethodAsyncSingleParam[SelfType, ParamType, LocalReturnType],
        arg: ParamType,
        *,
        start_workflow_operation: WithStartWorkflowOperation[SelfType, Any],
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> LocalReturnType: ...

    @overload
    async def execute_update_with_start_workflow(
        self,
        update: Callable[[SelfType, ParamType], LocalReturnType],
        arg: ParamType,
        *,
        start_workflow_operation: WithStartWorkflowOperation[SelfType, Any],
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> LocalReturnType: ...

    @overload
    async def execute_update_with_start_workflow(
        self,
        update: Callable[..., Any],
        *,
        args: Sequence[Any],
        start_workflow_operation: WithStartWorkflowOperation[Any, Any],
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> Any: ...

    @overload
    async def execute_update_with_start_workflow(
        self,
        update: str,
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        start_workflow_operation: WithStartWorkflowOperation[Any, Any],
        id: str | None = None,
        result_type: Any = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> Any: ...

    async def execute_update_with_start_workflow(
        self,
        update: str | Callable[..., Any],
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        start_workflow_operation: WithStartWorkflowOperation[Any, Any],
        id: str | None = None,
        result_type: Any = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> Any:
        """Start a workflow (or use the running one) and update it; return the result.

        The start and the update go to the server in one RPC, which runs both or
        neither. Afterwards ``await start_workflow_operation.workflow_handle()`` gives
        the workflow's handle.

        Args:
            update: The ``@workflow.update`` method, or the update name.
            arg: The single argument, if any.
            args: Several arguments (instead of ``arg``).
            start_workflow_operation: The start (:class:`WithStartWorkflowOperation`).
            id: Update ID; a new UUID by default.
            result_type: Type to decode the result into (when ``update`` is a name).
            rpc_metadata: Extra gRPC metadata for the update's calls (the start's own
                are the operation's).
            rpc_timeout: Deadline of each call waiting for the update's result.

        Raises:
            WorkflowAlreadyStartedError: ``id_conflict_policy=FAIL`` and the workflow
                is running (or the reuse policy forbids a new run).
            WorkflowUpdateFailedError: The update was rejected or failed.
            WorkflowUpdateRPCTimeoutOrCancelledError: ``rpc_timeout`` passed.
        """
        handle = await self._start_update_with_start(
            update,
            arg,
            args=args,
            start_workflow_operation=start_workflow_operation,
            wait_for_stage=WorkflowUpdateStage.COMPLETED,
            id=id,
            result_type=result_type,
            rpc_metadata=rpc_metadata,
            rpc_timeout=rpc_timeout,
        )
        return await handle.result(rpc_metadata=rpc_metadata, rpc_timeout=rpc_timeout)

    @overload
    async def start_update_with_start_workflow(
        self,
        update: MethodAsyncNoParam[SelfType, LocalReturnType],
        *,
        start_workflow_operation: WithStartWorkflowOperation[SelfType, Any],
        wait_for_stage: WorkflowUpdateStage,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[LocalReturnType]: ...

    @overload
    async def start_update_with_start_workflow(
        self,
        update: Callable[[SelfType], LocalReturnType],
        *,
        start_workflow_operation: WithStartWorkflowOperation[SelfType, Any],
        wait_for_stage: WorkflowUpdateStage,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[LocalReturnType]: ...

    @overload
    async def start_update_with_start_workflow(
        self,
        update: MethodAsyncSingleParam[SelfType, ParamType, LocalReturnType],
        arg: ParamType,
        *,
        start_workflow_operation: WithStartWorkflowOperation[SelfType, Any],
        wait_for_stage: WorkflowUpdateStage,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[LocalReturnType]: ...

    @overload
    async def start_update_with_start_workflow(
        self,
        update: Callable[[SelfType, ParamType], LocalReturnType],
        arg: ParamType,
        *,
        start_workflow_operation: WithStartWorkflowOperation[SelfType, Any],
        wait_for_stage: WorkflowUpdateStage,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[LocalReturnType]: ...

    @overload
    async def start_update_with_start_workflow(
        self,
        update: Callable[..., Any],
        *,
        args: Sequence[Any],
        start_workflow_operation: WithStartWorkflowOperation[Any, Any],
        wait_for_stage: WorkflowUpdateStage,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[Any]: ...

    @overload
    async def start_update_with_start_workflow(
        self,
        update: str,
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        start_workflow_operation: WithStartWorkflowOperation[Any, Any],
        wait_for_stage: WorkflowUpdateStage,
        id: str | None = None,
        result_type: Any = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[Any]: ...

    async def start_update_with_start_workflow(
        self,
        update: str | Callable[..., Any],
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        start_workflow_operation: WithStartWorkflowOperation[Any, Any],
        wait_for_stage: WorkflowUpdateStage,
        id: str | None = None,
        result_type: Any = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[Any]:
        """Start a workflow (or use the running one) and send it an update.

        Returns once the update reached ``wait_for_stage`` (``ACCEPTED`` or
        ``COMPLETED``; required). Arguments as for
        :meth:`execute_update_with_start_workflow`.

        Raises:
            ValueError: ``wait_for_stage`` is ``ADMITTED`` (not supported).
            RuntimeError: ``start_workflow_operation`` was used before.
            WorkflowAlreadyStartedError: As for
                :meth:`execute_update_with_start_workflow`.
        """
        return await self._start_update_with_start(
            update,
            arg,
            args=args,
            start_workflow_operation=start_workflow_operation,
            wait_for_stage=wait_for_stage,
            id=id,
            result_type=result_type,
            rpc_metadata=rpc_metadata,
            rpc_timeout=rpc_timeout,
        )

    async def _start_update_with_start(
        self,
        update: str | Callable[..., Any],
        arg: Any,
        *,
        args: Sequence[Any],
        start_workflow_operation: WithStartWorkflowOperation[Any, Any],
        wait_for_stage: WorkflowUpdateStage,
        id: str | None,
        result_type: Any,
        rpc_metadata: Mapping[str, str] | None,
        rpc_timeout: timedelta | None,
    ) -> WorkflowUpdateHandle[Any]:
        ret = result_type
        if ret is None and not isinstance(update, str):
            ret = ret_type_of(update)
        start = start_workflow_operation._take()
        return await self._impl.start_update_with_start_workflow(
            StartWorkflowUpdateWithStartInput(
                start_workflow_input=start,
                update_workflow_input=StartWorkflowUpdateInput(
                    id=start.id,
                    run_id=None,
                    first_execution_run_id=None,
                    update_id=id,
                    update=update_name_of(update),
                    args=_args(arg, args),
                    wait_for_stage=wait_for_stage,
                    headers={},
                    ret_type=ret,
                    rpc_metadata=rpc_metadata or {},
                    rpc_timeout=rpc_timeout,
                ),
                on_start=start_workflow_operation._set_handle,
                on_start_error=start_workflow_operation._set_error,
            )
        )
