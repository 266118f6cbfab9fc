"""Handles to workflows started by, or known to, a client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Generic, overload

import temporalio.common
from temporalio._types import (
    MethodSyncOrAsyncNoParam,
    MethodSyncOrAsyncSingleParam,
    ParamType,
    ReturnType,
    SelfType,
)
from temporalio.api.enums.v1 import HistoryEventFilterType
from temporalio.api.history.v1 import HistoryEvent
from temporalio.client._describe import WorkflowExecutionDescription
from temporalio.client._history import WorkflowHistory
from temporalio.client._interceptor import (
    CancelWorkflowInput,
    DescribeWorkflowInput,
    FetchWorkflowHistoryEventsInput,
    QueryWorkflowInput,
    SignalWorkflowInput,
    TerminateWorkflowInput,
)
from temporalio.workflow._definition import query_name_of, ret_type_of, signal_name_of

if TYPE_CHECKING:
    from temporalio.client._client import Client

_ARG_UNSET: Any = object()


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
        event_filter_type: HistoryEventFilterType = HistoryEventFilterType.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT,
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
                event_filter_type=event_filter_type,
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
