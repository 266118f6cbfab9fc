"""The Temporal client: start and find workflows, list them, complete activities."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import timedelta
from typing import Any, overload

import temporalio.common
import temporalio.converter
import temporalio.exceptions
import temporalio.service
from temporalio._common._metadata_text import metadata_text
from temporalio._common._priority import checked_priority
from temporalio._types import (
    MethodAsyncNoParam,
    MethodAsyncSingleParam,
    ParamType,
    ReturnType,
    SelfType,
)
from temporalio.client._async_activity import AsyncActivityHandle, AsyncActivityIDReference
from temporalio.client._describe import (
    WorkflowExecution as WorkflowExecutionEntry,
)
from temporalio.client._describe import WorkflowExecutionCount
from temporalio.client._eager_start import EagerWorkflowTargets
from temporalio.client._handle import _ARG_UNSET, WorkflowHandle, _args
from temporalio.client._interceptor import (
    CountWorkflowsInput,
    Interceptor,
    ListWorkflowsInput,
    OutboundInterceptor,
    StartWorkflowInput,
)
from temporalio.client._outbound import ClientOutbound
from temporalio.client._result import poll_result
from temporalio.client._schedule import ScheduleMethods
from temporalio.client._with_start import UpdateWithStartMethods
from temporalio.workflow._definition import WorkflowDefinition

_DEFAULT_KEEP_ALIVE = temporalio.service.KeepAliveConfig()


class Client(UpdateWithStartMethods, ScheduleMethods):
    """A connection to one namespace of a Temporal server.

    The same object works under asyncio and trio: every call is a plain ``await``
    on whichever backend runs it.
    """

    @staticmethod
    async def connect(
        target_host: str,
        *,
        namespace: str = "default",
        api_key: str | None = None,
        data_converter: temporalio.converter.DataConverter | None = None,
        interceptors: Sequence[Interceptor] = (),
        tls: bool | temporalio.service.TLSConfig = False,
        retry_config: temporalio.service.RetryConfig | None = None,
        keep_alive_config: temporalio.service.KeepAliveConfig | None = _DEFAULT_KEEP_ALIVE,
        rpc_metadata: Mapping[str, str] | None = None,
        identity: str | None = None,
        lazy: bool = False,
        connect_timeout: timedelta | None = timedelta(seconds=10),
        default_workflow_query_reject_condition: temporalio.common.QueryRejectCondition
        | None = None,
    ) -> Client:
        """Connect to a Temporal server.

        Args:
            target_host: ``host:port`` of the frontend (e.g. ``localhost:7233``).
            namespace: Namespace for every call.
            api_key: Sent as ``authorization: Bearer <key>``; settable later.
            data_converter: Payload, codec and failure conversion.
            interceptors: Client interceptors, outermost first.
            tls: True for TLS with system roots, or a :class:`TLSConfig`.
            retry_config: Retries of non-poll calls on transient errors.
            keep_alive_config: HTTP/2 keepalive pings; None disables them.
            rpc_metadata: gRPC metadata added to every call.
            identity: Identity recorded by the server; ``<pid>@<hostname>`` by default.
            lazy: Connect on first use instead of now.
            connect_timeout: How long connecting may take before it fails.
            default_workflow_query_reject_condition: Used by queries that give none.

        Raises:
            RPCError: The server cannot be reached (the message names the target).
        """
        cfg_kwargs: dict[str, Any] = {
            "target_host": target_host,
            "tls": tls,
            "api_key": api_key,
            "rpc_metadata": dict(rpc_metadata or {}),
            "lazy": lazy,
            "connect_timeout": connect_timeout,
            "keep_alive_config": keep_alive_config,
        }
        if identity is not None:
            cfg_kwargs["identity"] = identity
        if retry_config is not None:
            cfg_kwargs["retry_config"] = retry_config
        service = await temporalio.service.ServiceClient.connect(
            temporalio.service.ConnectConfig(**cfg_kwargs)
        )
        return Client(
            service,
            namespace=namespace,
            data_converter=data_converter,
            interceptors=interceptors,
            default_workflow_query_reject_condition=default_workflow_query_reject_condition,
        )

    def __init__(
        self,
        service_client: temporalio.service.ServiceClient,
        *,
        namespace: str = "default",
        data_converter: temporalio.converter.DataConverter | None = None,
        interceptors: Sequence[Interceptor] = (),
        default_workflow_query_reject_condition: temporalio.common.QueryRejectCondition
        | None = None,
    ) -> None:
        """Wrap an existing service connection (see :meth:`connect`)."""
        self._service_client = service_client
        self._namespace = namespace
        self._data_converter = data_converter or temporalio.converter.DataConverter.default
        self._interceptors = tuple(interceptors)
        self._default_query_reject_condition = default_workflow_query_reject_condition
        impl: OutboundInterceptor = ClientOutbound(self)
        for interceptor in reversed(self._interceptors):
            impl = interceptor.intercept_client(impl)
        self._impl = impl
        # Set by the time-skipping test environment: entered around every wait
        # for a workflow result (lets the test server's clock run meanwhile).
        self._around_result_wait: Callable[[], AbstractAsyncContextManager[None]] | None = None
        # Workers of this client that take eagerly started workflows.
        self._eager_workflows = EagerWorkflowTargets()

    # -- properties -----------------------------------------------------------

    @property
    def service_client(self) -> temporalio.service.ServiceClient:
        """The underlying connection."""
        return self._service_client

    @property
    def workflow_service(self) -> temporalio.service.WorkflowService:
        """Raw, typed access to every WorkflowService RPC."""
        return self._service_client.workflow_service

    @property
    def operator_service(self) -> temporalio.service.OperatorService:
        """Raw, typed access to every OperatorService RPC."""
        return self._service_client.operator_service

    @property
    def namespace(self) -> str:
        """The namespace of every call."""
        return self._namespace

    @property
    def identity(self) -> str:
        """The identity the server records for this client."""
        return self._service_client.config.identity

    @property
    def data_converter(self) -> temporalio.converter.DataConverter:
        """Converter for payloads and failures."""
        return self._data_converter

    @property
    def interceptors(self) -> Sequence[Interceptor]:
        """The client interceptors, outermost first."""
        return self._interceptors

    @property
    def api_key(self) -> str | None:
        """API key sent with every call; assign to rotate it."""
        return self._service_client.api_key

    @api_key.setter
    def api_key(self, value: str | None) -> None:
        self._service_client.api_key = value

    @property
    def rpc_metadata(self) -> Mapping[str, str]:
        """gRPC metadata sent with every call; assign to replace it."""
        return self._service_client.rpc_metadata

    @rpc_metadata.setter
    def rpc_metadata(self, value: Mapping[str, str]) -> None:
        self._service_client.rpc_metadata = value

    # -- start ----------------------------------------------------------------

    @overload
    async def start_workflow(
        self,
        workflow: MethodAsyncNoParam[SelfType, ReturnType],
        *,
        id: str,
        task_queue: str,
        execution_timeout: timedelta | None = None,
        run_timeout: timedelta | None = None,
        task_timeout: timedelta | None = None,
        id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
            temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
        ),
        id_conflict_policy: temporalio.common.WorkflowIDConflictPolicy = (
            temporalio.common.WorkflowIDConflictPolicy.UNSPECIFIED
        ),
        retry_policy: temporalio.common.RetryPolicy | None = None,
        cron_schedule: str = "",
        memo: Mapping[str, Any] | None = None,
        search_attributes: temporalio.common.TypedSearchAttributes
        | Mapping[str, Any]
        | None = None,
        start_delay: timedelta | None = None,
        request_eager_start: bool = False,
        static_summary: str | None = None,
        static_details: str | None = None,
        priority: temporalio.common.Priority = temporalio.common.Priority.default,
        start_signal: str | None = None,
        start_signal_args: Sequence[Any] = (),
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
        request_id: str | None = None,
    ) -> WorkflowHandle[SelfType, ReturnType]: ...

    @overload
    async def start_workflow(
        self,
        workflow: MethodAsyncSingleParam[SelfType, ParamType, ReturnType],
        arg: ParamType,
        *,
        id: str,
        task_queue: str,
        execution_timeout: timedelta | None = None,
        run_timeout: timedelta | None = None,
        task_timeout: timedelta | None = None,
        id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
            temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
        ),
        id_conflict_policy: temporalio.common.WorkflowIDConflictPolicy = (
            temporalio.common.WorkflowIDConflictPolicy.UNSPECIFIED
        ),
        retry_policy: temporalio.common.RetryPolicy | None = None,
        cron_schedule: str = "",
        memo: Mapping[str, Any] | None = None,
        search_attributes: temporalio.common.TypedSearchAttributes
        | Mapping[str, Any]
        | None = None,
        start_delay: timedelta | None = None,
        request_eager_start: bool = False,
        static_summary: str | None = None,
        static_details: str | None = None,
        priority: temporalio.common.Priority = temporalio.common.Priority.default,
        start_signal: str | None = None,
        start_signal_args: Sequence[Any] = (),
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
        request_id: str | None = None,
    ) -> WorkflowHandle[SelfType, ReturnType]: ...

    @overload
    async def start_workflow(
        self,
        workflow: Callable[..., Any],
        *,
        args: Sequence[Any],
        id: str,
        task_queue: str,
        result_type: Any = None,
        execution_timeout: timedelta | None = None,
        run_timeout: timedelta | None = None,
        task_timeout: timedelta | None = None,
        id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
            temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
        ),
        id_conflict_policy: temporalio.common.WorkflowIDConflictPolicy = (
            temporalio.common.WorkflowIDConflictPolicy.UNSPECIFIED
        ),
        retry_policy: temporalio.common.RetryPolicy | None = None,
        cron_schedule: str = "",
        memo: Mapping[str, Any] | None = None,
        search_attributes: temporalio.common.TypedSearchAttributes
        | Mapping[str, Any]
        | None = None,
        start_delay: timedelta | None = None,
        request_eager_start: bool = False,
        static_summary: str | None = None,
        static_details: str | None = None,
        priority: temporalio.common.Priority = temporalio.common.Priority.default,
        start_signal: str | None = None,
        start_signal_args: Sequence[Any] = (),
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
        request_id: str | None = None,
    ) -> WorkflowHandle[Any, Any]: ...

    @overload
    async def start_workflow(
        self,
        workflow: str,
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        id: str,
        task_queue: str,
        result_type: Any = None,
        execution_timeout: timedelta | None = None,
        run_timeout: timedelta | None = None,
        task_timeout: timedelta | None = None,
        id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
            temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
        ),
        id_conflict_policy: temporalio.common.WorkflowIDConflictPolicy = (
            temporalio.common.WorkflowIDConflictPolicy.UNSPECIFIED
        ),
        retry_policy: temporalio.common.RetryPolicy | None = None,
        cron_schedule: str = "",
        memo: Mapping[str, Any] | None = None,
        search_attributes: temporalio.common.TypedSearchAttributes
        | Mapping[str, Any]
        | None = None,
        start_delay: timedelta | None = None,
        request_eager_start: bool = False,
        static_summary: str | None = None,
        static_details: str | None = None,
        priority: temporalio.common.Priority = temporalio.common.Priority.default,
        start_signal: str | None = None,
        start_signal_args: Sequence[Any] = (),
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
        request_id: str | None = None,
    ) -> WorkflowHandle[Any, Any]: ...

    async def start_workflow(
        self,
        workflow: str | Callable[..., Any],
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        id: str,
        task_queue: str,
        result_type: Any = None,
        execution_timeout: timedelta | None = None,
        run_timeout: timedelta | None = None,
        task_timeout: timedelta | None = None,
        id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
            temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
        ),
        id_conflict_policy: temporalio.common.WorkflowIDConflictPolicy = (
            temporalio.common.WorkflowIDConflictPolicy.UNSPECIFIED
        ),
        retry_policy: temporalio.common.RetryPolicy | None = None,
        cron_schedule: str = "",
        memo: Mapping[str, Any] | None = None,
        search_attributes: temporalio.common.TypedSearchAttributes
        | Mapping[str, Any]
        | None = None,
        start_delay: timedelta | None = None,
        request_eager_start: bool = False,
        static_summary: str | None = None,
        static_details: str | None = None,
        priority: temporalio.common.Priority = temporalio.common.Priority.default,
        start_signal: str | None = None,
        start_signal_args: Sequence[Any] = (),
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
        request_id: str | None = None,
    ) -> WorkflowHandle[Any, Any]:
        """Start a workflow and return a handle to it.

        Args:
            workflow: ``MyWorkflow.run`` (typed) or the workflow type name.
            arg: The single argument, for one-argument workflows.
            args: Several arguments (instead of ``arg``).
            id: Workflow ID.
            task_queue: Task queue the workflow's tasks go to.
            result_type: Type to decode the result to, for string workflow names.
            execution_timeout: Timeout of the whole chain of runs.
            run_timeout: Timeout of one run.
            task_timeout: Timeout of one workflow task.
            id_reuse_policy: What to do when a closed run has this ID.
            id_conflict_policy: What to do when a running run has this ID.
            retry_policy: Retry policy of the workflow.
            cron_schedule: Cron schedule, e.g. ``"*/5 * * * *"``.
            memo: Memo (non-indexed values shown in describe).
            search_attributes: Indexed search attributes.
            start_delay: Delay before the first workflow task.
            request_eager_start: Ask the server to hand the first workflow task
                straight to a worker of this client that polls ``task_queue``
                and has a free slot (eager workflow start: less latency, one
                poll fewer). Ignored for signal-with-start, or when no such
                worker runs; the server may decline too.
            static_summary: A line shown for the workflow in the UI (user
                metadata; converted with the data converter, codec included).
            static_details: Longer text (Markdown) shown in the UI.
            priority: Priority and fairness of the workflow's tasks (and, unless
                they set their own, of its activities and children).
            start_signal: Signal name; makes this a signal-with-start.
            start_signal_args: Arguments of the start signal.
            rpc_metadata: Extra gRPC metadata for this call.
            rpc_timeout: Deadline of this call.
            request_id: Idempotency key (a fresh UUID by default).

        Raises:
            TypeError: ``priority`` is not a :class:`~temporalio.common.Priority`.
            WorkflowAlreadyStartedError: A run with this ID exists and the
                policies forbid another.
        """
        name, ret_type = self._workflow_name_and_type(workflow)
        handle = await self._impl.start_workflow(
            StartWorkflowInput(
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
                request_eager_start=request_eager_start,
                static_summary=metadata_text("start_workflow()", "static_summary", static_summary),
                static_details=metadata_text("start_workflow()", "static_details", static_details),
                priority=checked_priority(priority, "start_workflow()"),
                headers={},
                start_signal=start_signal,
                start_signal_args=start_signal_args,
                ret_type=result_type if result_type is not None else ret_type,
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
                request_id=request_id,
            )
        )
        return handle

    @overload
    async def execute_workflow(
        self,
        workflow: MethodAsyncNoParam[SelfType, ReturnType],
        *,
        id: str,
        task_queue: str,
        execution_timeout: timedelta | None = None,
        run_timeout: timedelta | None = None,
        task_timeout: timedelta | None = None,
        id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
            temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
        ),
        id_conflict_policy: temporalio.common.WorkflowIDConflictPolicy = (
            temporalio.common.WorkflowIDConflictPolicy.UNSPECIFIED
        ),
        retry_policy: temporalio.common.RetryPolicy | None = None,
        cron_schedule: str = "",
        memo: Mapping[str, Any] | None = None,
        search_attributes: temporalio.common.TypedSearchAttributes
        | Mapping[str, Any]
        | None = None,
        start_delay: timedelta | None = None,
        request_eager_start: bool = False,
        static_summary: str | None = None,
        static_details: str | None = None,
        priority: temporalio.common.Priority = temporalio.common.Priority.default,
        start_signal: str | None = None,
        start_signal_args: Sequence[Any] = (),
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
        request_id: str | None = None,
    ) -> ReturnType: ...

    @overload
    async def execute_workflow(
        self,
        workflow: MethodAsyncSingleParam[SelfType, ParamType, ReturnType],
        arg: ParamType,
        *,
        id: str,
        task_queue: str,
        execution_timeout: timedelta | None = None,
        run_timeout: timedelta | None = None,
        task_timeout: timedelta | None = None,
        id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
            temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
        ),
        id_conflict_policy: temporalio.common.WorkflowIDConflictPolicy = (
            temporalio.common.WorkflowIDConflictPolicy.UNSPECIFIED
        ),
        retry_policy: temporalio.common.RetryPolicy | None = None,
        cron_schedule: str = "",
        memo: Mapping[str, Any] | None = None,
        search_attributes: temporalio.common.TypedSearchAttributes
        | Mapping[str, Any]
        | None = None,
        start_delay: timedelta | None = None,
        request_eager_start: bool = False,
        static_summary: str | None = None,
        static_details: str | None = None,
        priority: temporalio.common.Priority = temporalio.common.Priority.default,
        start_signal: str | None = None,
        start_signal_args: Sequence[Any] = (),
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
        request_id: str | None = None,
    ) -> ReturnType: ...

    @overload
    async def execute_workflow(
        self,
        workflow: Callable[..., Any],
        *,
        args: Sequence[Any],
        id: str,
        task_queue: str,
        result_type: Any = None,
        execution_timeout: timedelta | None = None,
        run_timeout: timedelta | None = None,
        task_timeout: timedelta | None = None,
        id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
            temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
        ),
        id_conflict_policy: temporalio.common.WorkflowIDConflictPolicy = (
            temporalio.common.WorkflowIDConflictPolicy.UNSPECIFIED
        ),
        retry_policy: temporalio.common.RetryPolicy | None = None,
        cron_schedule: str = "",
        memo: Mapping[str, Any] | None = None,
        search_attributes: temporalio.common.TypedSearchAttributes
        | Mapping[str, Any]
        | None = None,
        start_delay: timedelta | None = None,
        request_eager_start: bool = False,
        static_summary: str | None = None,
        static_details: str | None = None,
        priority: temporalio.common.Priority = temporalio.common.Priority.default,
        start_signal: str | None = None,
        start_signal_args: Sequence[Any] = (),
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
        request_id: str | None = None,
    ) -> Any: ...

    @overload
    async def execute_workflow(
        self,
        workflow: str,
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
        id: str,
        task_queue: str,
        result_type: Any = None,
        execution_timeout: timedelta | None = None,
        run_timeout: timedelta | None = None,
        task_timeout: timedelta | None = None,
        id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
            temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
        ),
        id_conflict_policy: temporalio.common.WorkflowIDConflictPolicy = (
            temporalio.common.WorkflowIDConflictPolicy.UNSPECIFIED
        ),
        retry_policy: temporalio.common.RetryPolicy | None = None,
        cron_schedule: str = "",
        memo: Mapping[str, Any] | None = None,
        search_attributes: temporalio.common.TypedSearchAttributes
        | Mapping[str, Any]
        | None = None,
        start_delay: timedelta | None = None,
        request_eager_start: bool = False,
        static_summary: str | None = None,
        static_details: str | None = None,
        priority: temporalio.common.Priority = temporalio.common.Priority.default,
        start_signal: str | None = None,
        start_signal_args: Sequence[Any] = (),
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
        request_id: str | None = None,
    ) -> Any: ...

    async def execute_workflow(
        self, workflow: str | Callable[..., Any], arg: Any = _ARG_UNSET, **kwargs: Any
    ) -> Any:
        """Start a workflow and wait for its result (see :meth:`start_workflow`).

        Raises:
            WorkflowFailureError: The workflow did not complete successfully.
        """
        handle: WorkflowHandle[Any, Any] = await self.start_workflow(
            workflow,
            arg,
            **kwargs,
        )
        return await handle.result()

    # -- handles --------------------------------------------------------------

    def get_workflow_handle(
        self,
        workflow_id: str,
        *,
        run_id: str | None = None,
        first_execution_run_id: str | None = None,
        result_type: Any = None,
    ) -> WorkflowHandle[Any, Any]:
        """A handle to an existing workflow (untyped)."""
        return WorkflowHandle(
            self,
            workflow_id,
            run_id=run_id,
            result_run_id=run_id,
            first_execution_run_id=first_execution_run_id,
            result_type=result_type,
        )

    def get_workflow_handle_for(
        self,
        workflow: MethodAsyncNoParam[SelfType, ReturnType]
        | MethodAsyncSingleParam[SelfType, Any, ReturnType],
        workflow_id: str,
        *,
        run_id: str | None = None,
        first_execution_run_id: str | None = None,
    ) -> WorkflowHandle[SelfType, ReturnType]:
        """A typed handle to an existing workflow, from its run method."""
        defn = WorkflowDefinition.must_from_run_fn(workflow)
        return WorkflowHandle(
            self,
            workflow_id,
            run_id=run_id,
            result_run_id=run_id,
            first_execution_run_id=first_execution_run_id,
            result_type=defn.ret_type,
        )

    def get_async_activity_handle(
        self,
        *,
        workflow_id: str | None = None,
        run_id: str | None = None,
        activity_id: str | None = None,
        task_token: bytes | None = None,
    ) -> AsyncActivityHandle:
        """A handle to complete an activity from outside the worker.

        Give either ``task_token`` or ``workflow_id`` plus ``activity_id``.
        """
        if task_token is not None:
            if workflow_id is not None or run_id is not None or activity_id is not None:
                raise ValueError("give either task_token or workflow_id/activity_id, not both")
            return AsyncActivityHandle(self, task_token)
        if workflow_id is None or activity_id is None:
            raise ValueError("give task_token, or both workflow_id and activity_id")
        return AsyncActivityHandle(
            self,
            AsyncActivityIDReference(
                workflow_id=workflow_id, run_id=run_id, activity_id=activity_id
            ),
        )

    # -- visibility -----------------------------------------------------------

    def list_workflows(
        self,
        query: str | None = None,
        *,
        page_size: int = 1000,
        next_page_token: bytes | None = None,
        limit: int | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> AsyncIterator[WorkflowExecutionEntry]:
        """Iterate over workflows matching a visibility query, fetching pages as needed.

        Example: ``async for wf in client.list_workflows("WorkflowType='Greeting'")``.
        """
        return self._impl.list_workflows(
            ListWorkflowsInput(
                query=query,
                page_size=page_size,
                next_page_token=next_page_token,
                limit=limit,
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
            )
        )

    async def count_workflows(
        self,
        query: str | None = None,
        *,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> WorkflowExecutionCount:
        """Count workflows matching a visibility query."""
        return await self._impl.count_workflows(
            CountWorkflowsInput(
                query=query, rpc_metadata=rpc_metadata or {}, rpc_timeout=rpc_timeout
            )
        )

    # -- internals ------------------------------------------------------------

    @staticmethod
    def _workflow_name_and_type(workflow: str | Callable[..., Any]) -> tuple[str, Any]:
        if isinstance(workflow, str):
            if not workflow:
                raise ValueError("workflow type name must not be empty")
            return workflow, None
        defn = WorkflowDefinition.must_from_run_fn(workflow)
        if defn.name is None:
            raise ValueError(
                f"{defn.cls.__qualname__} is a dynamic workflow; start it by type name "
                "(a string) instead of by reference"
            )
        return defn.name, defn.ret_type

    async def _wait_result(
        self,
        workflow_id: str,
        run_id: str | None,
        *,
        follow_runs: bool,
        ret_type: Any,
        rpc_metadata: Mapping[str, str],
        rpc_timeout: timedelta | None,
    ) -> Any:
        """Long-poll for the close event, following new runs (PROTOCOL.md section 9)."""
        poll = functools.partial(
            poll_result,
            self,
            workflow_id,
            run_id,
            follow_runs=follow_runs,
            ret_type=ret_type,
            rpc_metadata=rpc_metadata,
            rpc_timeout=rpc_timeout,
        )
        around = self._around_result_wait
        if around is None:
            return await poll()
        async with around():
            return await poll()
