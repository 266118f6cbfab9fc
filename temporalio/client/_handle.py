"""Handles to workflows started by, or known to, a client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

import temporalio.common
from temporalio._types import (
    MethodAsyncNoParam,
    MethodAsyncSingleParam,
    MethodSyncOrAsyncNoParam,
    MethodSyncOrAsyncSingleParam,
    ParamType,
    ReturnType,
    SelfType,
)
from temporalio.api.enums.v1 import HistoryEventFilterType
from temporalio.api.history.v1 import HistoryEvent
from temporalio.client._describe import WorkflowExecutionDescription
from temporalio.client._history import WorkflowHistory, WorkflowHistoryEventFilterType
from temporalio.client._interceptor import (
    CancelWorkflowInput,
    DescribeWorkflowInput,
    FetchWorkflowHistoryEventsInput,
    QueryWorkflowInput,
    SignalWorkflowInput,
    StartWorkflowUpdateInput,
    TerminateWorkflowInput,
)
from temporalio.client._update import WorkflowUpdateHandle, WorkflowUpdateStage, check_wait_stage
from temporalio.workflow._handler_refs import (
    query_name_of,
    ret_type_of,
    signal_name_of,
    update_name_of,
)

if TYPE_CHECKING:
    from temporalio.client._client import Client

_ARG_UNSET: Any = object()

LocalReturnType = TypeVar("LocalReturnType")


def _args(arg: Any, args: Sequence[Any]) -> list[Any]:
    if arg is not _ARG_UNSET:
        if args:
            raise ValueError("give either one positional argument or args=[...], not both")
        return [arg]
    return list(args)


class WorkflowHandle(Generic[SelfType, ReturnType]):
    """A workflow execution: wait for its result, signal, query, cancel, describe.

    ``run_id`` pins calls to one run; when None, calls go to the latest run of
    the workflow ID. ``result()`` starts from ``result_run_id`` and follows
    continue-as-new, retries and cron runs.
    """

    def __init__(
        self,
        client: Client,
        id: str,
        *,
        run_id: str | None = None,
        result_run_id: str | None = None,
        first_execution_run_id: str | None = None,
        result_type: Any = None,
    ) -> None:
        """Usually made by the client (``start_workflow``, ``get_workflow_handle``)."""
        self._client = client
        self._id = id
        self._run_id = run_id
        self._result_run_id = result_run_id or run_id
        self._first_execution_run_id = first_execution_run_id
        self._result_type = result_type

    @property
    def id(self) -> str:
        """The workflow ID."""
        return self._id

    @property
    def run_id(self) -> str | None:
        """The run this handle targets, or None for the latest run."""
        return self._run_id

    @property
    def result_run_id(self) -> str | None:
        """The run ``result()`` starts from (the started run for handles from start)."""
        return self._result_run_id

    @property
    def first_execution_run_id(self) -> str | None:
        """The first run of the chain, used to make cancel/terminate safe."""
        return self._first_execution_run_id

    async def result(
        self,
        *,
        follow_runs: bool = True,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> ReturnType:
        """Wait for the workflow to close and return its result.

        Args:
            follow_runs: Follow continue-as-new, retry and cron runs to the last one.
            rpc_metadata: Extra gRPC metadata for each call.
            rpc_timeout: Deadline of each long-poll call (default 70 s).

        Raises:
            WorkflowFailureError: The workflow failed, was cancelled, terminated or
                timed out; ``cause`` says which.
            WorkflowContinuedAsNewError: The run continued as new and
                ``follow_runs`` is False.
        """
        result: ReturnType = await self._client._wait_result(
            self._id,
            self._result_run_id,
            follow_runs=follow_runs,
            ret_type=self._result_type,
            rpc_metadata=rpc_metadata or {},
            rpc_timeout=rpc_timeout,
        )
        return result

    # -- signal --------------------------------------------------------------

    @overload
    async def signal(
        self,
        signal: MethodSyncOrAsyncNoParam[SelfType, None],
        *,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None: ...

    @overload
    async def signal(
        self,
        signal: MethodSyncOrAsyncSingleParam[SelfType, ParamType, None],
        arg: ParamType,
        *,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None: ...

    @overload
    async def signal(
        self,
        signal: Callable[..., Any],
        *,
        args: Sequence[Any],
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None: ...

    @overload
    async def signal(
        self,
        signal: str,
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None: ...

    async def signal(
        self,
        signal: str | Callable[..., Any],
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None:
        """Send a signal (by handler reference or name) with zero, one or many arguments."""
        await self._client._impl.signal_workflow(
            SignalWorkflowInput(
                id=self._id,
                run_id=self._run_id,
                signal=signal_name_of(signal),
                args=_args(arg, args),
                headers={},
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
            )
        )

    # -- query ---------------------------------------------------------------

    @overload
    async def query(
        self,
        query: MethodSyncOrAsyncNoParam[SelfType, ReturnType],
        *,
        reject_condition: temporalio.common.QueryRejectCondition | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> ReturnType: ...

    @overload
    async def query(
        self,
        query: MethodSyncOrAsyncSingleParam[SelfType, ParamType, ReturnType],
        arg: ParamType,
        *,
        reject_condition: temporalio.common.QueryRejectCondition | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> ReturnType: ...

    @overload
    async def query(
        self,
        query: Callable[..., Any],
        *,
        args: Sequence[Any],
        reject_condition: temporalio.common.QueryRejectCondition | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> Any: ...

    @overload
    async def query(
        self,
        query: str,
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        result_type: Any = None,
        reject_condition: temporalio.common.QueryRejectCondition | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> Any: ...

    async def query(
        self,
        query: str | Callable[..., Any],
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        result_type: Any = None,
        reject_condition: temporalio.common.QueryRejectCondition | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> Any:
        """Query the workflow (by handler reference or name) and return the answer.

        Raises:
            WorkflowQueryRejectedError: Rejected by ``reject_condition``.
            WorkflowQueryFailedError: The handler failed or the query is unknown.
        """
        ret = result_type
        if ret is None and not isinstance(query, str):
            ret = ret_type_of(query)
        return await self._client._impl.query_workflow(
            QueryWorkflowInput(
                id=self._id,
                run_id=self._run_id,
                query=query_name_of(query),
                args=_args(arg, args),
                reject_condition=reject_condition or self._client._default_query_reject_condition,
                headers={},
                ret_type=ret,
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
            )
        )

    # -- update --------------------------------------------------------------

    @overload
    async def execute_update(
        self,
        update: MethodAsyncNoParam[SelfType, LocalReturnType],
        *,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> LocalReturnType: ...

    @overload
    async def execute_update(
        self,
        update: Callable[[SelfType], LocalReturnType],
        *,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> LocalReturnType: ...

    @overload
    async def execute_update(
        self,
        update: MethodAsyncSingleParam[SelfType, ParamType, LocalReturnType],
        arg: ParamType,
        *,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> LocalReturnType: ...

    @overload
    async def execute_update(
        self,
        update: Callable[[SelfType, ParamType], LocalReturnType],
        arg: ParamType,
        *,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> LocalReturnType: ...

    @overload
    async def execute_update(
        self,
        update: Callable[..., Any],
        *,
        args: Sequence[Any],
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> Any: ...

    @overload
    async def execute_update(
        self,
        update: str,
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        id: str | None = None,
        result_type: Any = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> Any: ...

    async def execute_update(
        self,
        update: str | Callable[..., Any],
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        id: str | None = None,
        result_type: Any = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> Any:
        """Send an update (by handler reference or name) and wait for its result.

        Args:
            update: The ``@workflow.update`` method, or the update name.
            arg: The single argument, if any.
            args: Several arguments (instead of ``arg``).
            id: Update ID; a new UUID by default. Sending the same ID again
                refers to the same update.
            result_type: Type to decode the result into (when ``update`` is a
                name).
            rpc_metadata: Extra gRPC metadata for each call.
            rpc_timeout: Deadline of each call; by default, wait as long as it
                takes.

        Raises:
            WorkflowUpdateFailedError: The validator rejected the update, no
                handler knows its name, or the handler failed; ``cause`` says why.
            WorkflowUpdateRPCTimeoutOrCancelledError: ``rpc_timeout`` passed.
        """
        handle: WorkflowUpdateHandle[Any] = await self._start_update(
            update,
            arg,
            args=args,
            wait_for_stage=WorkflowUpdateStage.COMPLETED,
            id=id,
            result_type=result_type,
            rpc_metadata=rpc_metadata,
            rpc_timeout=rpc_timeout,
        )
        return await handle.result(rpc_metadata=rpc_metadata, rpc_timeout=rpc_timeout)

    @overload
    async def start_update(
        self,
        update: MethodAsyncNoParam[SelfType, LocalReturnType],
        *,
        wait_for_stage: WorkflowUpdateStage = WorkflowUpdateStage.ACCEPTED,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[LocalReturnType]: ...

    @overload
    async def start_update(
        self,
        update: Callable[[SelfType], LocalReturnType],
        *,
        wait_for_stage: WorkflowUpdateStage = WorkflowUpdateStage.ACCEPTED,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[LocalReturnType]: ...

    @overload
    async def start_update(
        self,
        update: MethodAsyncSingleParam[SelfType, ParamType, LocalReturnType],
        arg: ParamType,
        *,
        wait_for_stage: WorkflowUpdateStage = WorkflowUpdateStage.ACCEPTED,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[LocalReturnType]: ...

    @overload
    async def start_update(
        self,
        update: Callable[[SelfType, ParamType], LocalReturnType],
        arg: ParamType,
        *,
        wait_for_stage: WorkflowUpdateStage = WorkflowUpdateStage.ACCEPTED,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[LocalReturnType]: ...

    @overload
    async def start_update(
        self,
        update: Callable[..., Any],
        *,
        args: Sequence[Any],
        wait_for_stage: WorkflowUpdateStage = WorkflowUpdateStage.ACCEPTED,
        id: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[Any]: ...

    @overload
    async def start_update(
        self,
        update: str,
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        wait_for_stage: WorkflowUpdateStage = WorkflowUpdateStage.ACCEPTED,
        id: str | None = None,
        result_type: Any = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[Any]: ...

    async def start_update(
        self,
        update: str | Callable[..., Any],
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        wait_for_stage: WorkflowUpdateStage = WorkflowUpdateStage.ACCEPTED,
        id: str | None = None,
        result_type: Any = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowUpdateHandle[Any]:
        """Send an update and return its handle once it reached ``wait_for_stage``.

        Args:
            update: The ``@workflow.update`` method, or the update name.
            arg: The single argument, if any.
            args: Several arguments (instead of ``arg``).
            wait_for_stage: ``ACCEPTED`` (default: the validator passed and the
                handler runs) or ``COMPLETED``. A rejected update counts as
                completed; its handle's ``result()`` raises.
            id: Update ID; a new UUID by default.
            result_type: Type to decode the result into (when ``update`` is a
                name).
            rpc_metadata: Extra gRPC metadata for each call.
            rpc_timeout: Deadline of each call; by default, wait as long as it
                takes.

        Raises:
            ValueError: ``wait_for_stage`` is ``ADMITTED`` (not supported).
            WorkflowUpdateRPCTimeoutOrCancelledError: ``rpc_timeout`` passed.
        """
        return await self._start_update(
            update,
            arg,
            args=args,
            wait_for_stage=wait_for_stage,
            id=id,
            result_type=result_type,
            rpc_metadata=rpc_metadata,
            rpc_timeout=rpc_timeout,
        )

    async def _start_update(
        self,
        update: str | Callable[..., Any],
        arg: Any,
        *,
        args: Sequence[Any],
        wait_for_stage: WorkflowUpdateStage,
        id: str | None,
        result_type: Any,
        rpc_metadata: Mapping[str, str] | None,
        rpc_timeout: timedelta | None,
    ) -> WorkflowUpdateHandle[Any]:
        check_wait_stage(wait_for_stage)
        ret = result_type
        if ret is None and not isinstance(update, str):
            ret = ret_type_of(update)
        return await self._client._impl.start_workflow_update(
            StartWorkflowUpdateInput(
                id=self._id,
                run_id=self._run_id,
                first_execution_run_id=self._first_execution_run_id,
                update_id=id,
                update=update_name_of(update),
                args=_args(arg, args),
                wait_for_stage=wait_for_stage,
                headers={},
                ret_type=ret,
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
            )
        )

    def get_update_handle(
        self,
        id: str,
        *,
        workflow_run_id: str | None = None,
        result_type: Any = None,
    ) -> WorkflowUpdateHandle[Any]:
        """A handle to an update of this workflow, by update ID (untyped).

        Args:
            id: The update ID.
            workflow_run_id: The run; defaults to this handle's run (or the
                latest run).
            result_type: Type to decode the result into.
        """
        return WorkflowUpdateHandle(
            self._client,
            id,
            self._id,
            workflow_run_id=workflow_run_id or self._run_id,
            result_type=result_type,
        )

    @overload
    def get_update_handle_for(
        self,
        update: MethodAsyncNoParam[SelfType, LocalReturnType]
        | MethodAsyncSingleParam[SelfType, Any, LocalReturnType],
        id: str,
        *,
        workflow_run_id: str | None = None,
    ) -> WorkflowUpdateHandle[LocalReturnType]: ...

    @overload
    def get_update_handle_for(
        self,
        update: Callable[[SelfType], LocalReturnType] | Callable[[SelfType, Any], LocalReturnType],
        id: str,
        *,
        workflow_run_id: str | None = None,
    ) -> WorkflowUpdateHandle[LocalReturnType]: ...

    def get_update_handle_for(
        self,
        update: Callable[..., Any],
        id: str,
        *,
        workflow_run_id: str | None = None,
    ) -> WorkflowUpdateHandle[Any]:
        """A typed handle to an update of this workflow, from its handler method.

        Args:
            update: The ``@workflow.update`` method (its return type types the
                result).
            id: The update ID.
            workflow_run_id: The run; defaults to this handle's run (or the
                latest run).
        """
        return WorkflowUpdateHandle(
            self._client,
            id,
            self._id,
            workflow_run_id=workflow_run_id or self._run_id,
            result_type=ret_type_of(update),
        )

    # -- lifecycle -----------------------------------------------------------

    async def cancel(
        self,
        *,
        reason: str = "",
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None:
        """Request cancellation; the workflow decides how to react."""
        await self._client._impl.cancel_workflow(
            CancelWorkflowInput(
                id=self._id,
                run_id=self._run_id,
                first_execution_run_id=self._first_execution_run_id,
                reason=reason,
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
            )
        )

    async def terminate(
        self,
        *args: Any,
        reason: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None:
        """Terminate the workflow at once (no workflow code runs); ``args`` are details."""
        await self._client._impl.terminate_workflow(
            TerminateWorkflowInput(
                id=self._id,
                run_id=self._run_id,
                first_execution_run_id=self._first_execution_run_id,
                args=list(args),
                reason=reason,
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
            )
        )

    async def describe(
        self,
        *,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowExecutionDescription:
        """Status, times, type, task queue, memo, search attributes and more."""
        return await self._client._impl.describe_workflow(
            DescribeWorkflowInput(
                id=self._id,
                run_id=self._run_id,
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
            )
        )

    def fetch_history_events(
        self,
        *,
        page_size: int | None = None,
        next_page_token: bytes | None = None,
        wait_new_event: bool = False,
        event_filter_type: WorkflowHistoryEventFilterType
        | HistoryEventFilterType = WorkflowHistoryEventFilterType.ALL_EVENT,
        skip_archival: bool = False,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> AsyncIterator[HistoryEvent]:
        """Iterate over history events, fetching pages as needed."""
        return self._client._impl.fetch_workflow_history_events(
            FetchWorkflowHistoryEventsInput(
                id=self._id,
                run_id=self._run_id,
                page_size=page_size,
                next_page_token=next_page_token,
                wait_new_event=wait_new_event,
                event_filter_type=cast(HistoryEventFilterType, int(event_filter_type)),
                skip_archival=skip_archival,
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
            )
        )

    async def fetch_history(
        self,
        *,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowHistory:
        """The whole history of the targeted run (all pages)."""
        events = [
            e
            async for e in self.fetch_history_events(
                rpc_metadata=rpc_metadata, rpc_timeout=rpc_timeout
            )
        ]
        return WorkflowHistory(workflow_id=self._id, events=events)
