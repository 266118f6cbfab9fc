"""Child workflows, external workflow handles and continue-as-new from workflow code.

* :func:`start_child_workflow` returns a :class:`ChildWorkflowHandle` once the server
  accepted the start; :func:`execute_child_workflow` also waits for the result.
  Cancellation reaches a child through the :class:`~temporalio.workflow.CancellationScope`
  it was started in (or :meth:`ChildWorkflowHandle.cancel`), as its
  :class:`ChildWorkflowCancellationType` says.
* :func:`get_external_workflow_handle` signals or cancels any other workflow.
* :func:`continue_as_new` ends this run and starts the next one of the chain.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from enum import IntEnum
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    NoReturn,
    Protocol,
    TypedDict,
    Unpack,
    cast,
    overload,
)

import temporalio.common
from temporalio._common._metadata_text import metadata_text
from temporalio._common._priority import checked_priority
from temporalio._types import (
    MethodAsyncNoParam,
    MethodAsyncSingleParam,
    MethodSyncOrAsyncNoParam,
    MethodSyncOrAsyncSingleParam,
    ParamType,
    ReturnType,
    SelfType,
)
from temporalio.workflow._activity import _ARG_UNSET, _args
from temporalio.workflow._definition import WorkflowDefinition
from temporalio.workflow._handler_refs import signal_name_of
from temporalio.workflow._runtime import WorkflowRuntime

if TYPE_CHECKING:
    import asyncio

    from temporalio.api.common.v1 import Payload

__all__ = [
    "ChildWorkflowCancellationType",
    "ChildWorkflowConfig",
    "ChildWorkflowHandle",
    "ContinueAsNewConfig",
    "ContinueAsNewError",
    "ExternalWorkflowHandle",
    "ParentClosePolicy",
    "continue_as_new",
    "execute_child_workflow",
    "get_external_workflow_handle",
    "get_external_workflow_handle_for",
    "start_child_workflow",
]

SearchAttributesArg = temporalio.common.TypedSearchAttributes | Mapping[str, Any]


class ChildWorkflowCancellationType(IntEnum):
    """What cancelling a started child workflow does (PROTOCOL.md section 3.4)."""

    ABANDON = 0
    """Send nothing to the child; raise at once and ignore how the child ends."""
    TRY_CANCEL = 1
    """Ask the server to cancel the child and raise at once."""
    WAIT_CANCELLATION_COMPLETED = 2
    """Ask the server to cancel the child and wait until it closes (the default)."""
    WAIT_CANCELLATION_REQUESTED = 3
    """Ask the server to cancel the child; like sdk-core, this waits until it closes."""


class ParentClosePolicy(IntEnum):
    """What the server does to a running child when its parent closes."""

    UNSPECIFIED = 0
    """The server's default (``TERMINATE``)."""
    TERMINATE = 1
    """Terminate the child."""
    ABANDON = 2
    """Leave the child running."""
    REQUEST_CANCEL = 3
    """Ask the child to cancel."""


class ChildWorkflowConfig(TypedDict, total=False):
    """Options of ``start_child_workflow`` / ``execute_child_workflow``, usable as ``**config``."""

    id: str | None
    task_queue: str | None
    cancellation_type: ChildWorkflowCancellationType
    parent_close_policy: ParentClosePolicy
    execution_timeout: timedelta | None
    run_timeout: timedelta | None
    task_timeout: timedelta | None
    id_reuse_policy: temporalio.common.WorkflowIDReusePolicy
    retry_policy: temporalio.common.RetryPolicy | None
    cron_schedule: str
    memo: Mapping[str, Any] | None
    search_attributes: SearchAttributesArg | None
    static_summary: str | None
    static_details: str | None
    priority: temporalio.common.Priority


class ContinueAsNewConfig(TypedDict, total=False):
    """Options of ``continue_as_new``, usable as ``**config``."""

    task_queue: str | None
    run_timeout: timedelta | None
    task_timeout: timedelta | None
    retry_policy: temporalio.common.RetryPolicy | None
    memo: Mapping[str, Any] | None
    search_attributes: SearchAttributesArg | None


@dataclass
class StartChildWorkflowOptions:
    """Everything needed to start one child workflow (passed to the runtime).

    Also the input of ``WorkflowOutboundInterceptor.start_child_workflow``
    (``temporalio.worker.StartChildWorkflowInput``); interceptors may change it,
    e.g. add ``headers``.
    """

    workflow: str
    args: Sequence[Any]
    id: str | None = None
    task_queue: str | None = None
    cancellation_type: ChildWorkflowCancellationType = (
        ChildWorkflowCancellationType.WAIT_CANCELLATION_COMPLETED
    )
    parent_close_policy: ParentClosePolicy = ParentClosePolicy.TERMINATE
    execution_timeout: timedelta | None = None
    run_timeout: timedelta | None = None
    task_timeout: timedelta | None = None
    id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
        temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
    )
    retry_policy: temporalio.common.RetryPolicy | None = None
    cron_schedule: str = ""
    memo: Mapping[str, Any] | None = None
    search_attributes: SearchAttributesArg | None = None
    ret_type: Any = None
    headers: Mapping[str, Payload] = field(default_factory=dict)
    static_summary: str | None = None
    static_details: str | None = None
    priority: temporalio.common.Priority = temporalio.common.Priority.default


@dataclass
class SignalExternalOptions:
    """One signal to another workflow, or to a child of this one (``child`` True).

    Also the input of ``WorkflowOutboundInterceptor.signal_child_workflow`` and
    ``signal_external_workflow`` (``temporalio.worker.SignalChildWorkflowInput`` /
    ``SignalExternalWorkflowInput``).
    """

    signal: str
    args: Sequence[Any]
    workflow_id: str
    run_id: str | None = None
    child: bool = False
    headers: Mapping[str, Payload] = field(default_factory=dict)


@dataclass
class ContinueAsNewOptions:
    """Everything the next run of a continue-as-new gets (passed to the runtime).

    Also the input of ``WorkflowOutboundInterceptor.continue_as_new``
    (``temporalio.worker.ContinueAsNewInput``).
    """

    args: Sequence[Any]
    workflow: str | None = None
    task_queue: str | None = None
    run_timeout: timedelta | None = None
    task_timeout: timedelta | None = None
    retry_policy: temporalio.common.RetryPolicy | None = None
    memo: Mapping[str, Any] | None = None
    search_attributes: SearchAttributesArg | None = None
    headers: Mapping[str, Payload] = field(default_factory=dict)


class _ChildRuntime(Protocol):
    """What this module needs from the workflow instance (its children mixin)."""

    async def workflow_start_child_workflow(
        self, options: StartChildWorkflowOptions
    ) -> ChildWorkflowHandle[Any, Any]: ...

    async def workflow_signal_external(self, options: SignalExternalOptions) -> None: ...

    async def workflow_cancel_external(self, workflow_id: str, run_id: str | None) -> None: ...

    def workflow_continue_as_new(self, options: ContinueAsNewOptions) -> NoReturn: ...


def _runtime() -> _ChildRuntime:
    return cast(_ChildRuntime, WorkflowRuntime.current())


# --- handles -----------------------------------------------------------------------


class _Signallable(Generic[SelfType]):
    """Typed ``signal`` shared by child and external workflow handles."""

    def _signal_options(self, name: str, args: list[Any]) -> SignalExternalOptions:
        raise NotImplementedError

    @overload
    async def signal(self, signal: MethodSyncOrAsyncNoParam[SelfType, None]) -> None: ...

    @overload
    async def signal(
        self, signal: MethodSyncOrAsyncSingleParam[SelfType, ParamType, None], arg: ParamType
    ) -> None: ...

    @overload
    async def signal(self, signal: Callable[..., Any], *, args: Sequence[Any]) -> None: ...

    @overload
    async def signal(
        self, signal: str, arg: Any = _ARG_UNSET, *, args: Sequence[Any] = ()
    ) -> None: ...

    async def signal(
        self,
        signal: str | Callable[..., Any],
        arg: Any = _ARG_UNSET,
        *,
        args: Sequence[Any] = (),
    ) -> None:
        """Send a signal (by handler reference or name); returns once it was delivered.

        Cancelling the waiting code before the signal was sent sends nothing; after
        that the signal is delivered anyway.

        Raises:
            temporalio.exceptions.ApplicationError: The target workflow does not exist
                or is closed (``type`` ``"ExternalWorkflowExecutionNotFound"``).
        """
        options = self._signal_options(signal_name_of(signal), _args(arg, args))
        await _runtime().workflow_signal_external(options)


class ChildWorkflowHandle(_Signallable[SelfType], Generic[SelfType, ReturnType]):
    """A started child workflow: ``await`` it (or :meth:`result`) for its result.

    Wraps the workflow task that waits for the child, so it behaves like an asyncio
    task in workflow code (``asyncio.gather``, ``workflow.wait`` ...).
    """

    def __init__(
        self, task: asyncio.Task[ReturnType], workflow_id: str, first_execution_run_id: str
    ) -> None:
        """Made by the workflow runtime."""
        self._task = task
        self._id = workflow_id
        self._first_execution_run_id = first_execution_run_id

    def __await__(self) -> Generator[Any, None, ReturnType]:
        return self._task.__await__()

    @property
    def id(self) -> str:
        """Workflow ID of the child."""
        return self._id

    @property
    def first_execution_run_id(self) -> str:
        """Run ID of the child's first run (the one this workflow started)."""
        return self._first_execution_run_id

    @property
    def task(self) -> asyncio.Task[ReturnType]:
        """The underlying workflow task."""
        return self._task

    async def result(self) -> ReturnType:
        """Wait for the child's result.

        Raises:
            temporalio.exceptions.ChildWorkflowError: The child failed, timed out, was
                terminated or cancelled; ``cause`` says which.
        """
        return await self._task

    def cancel(self, msg: str | None = None) -> bool:
        """Cancel the child per its cancellation type; False if it already resolved."""
        return self._task.cancel(msg)

    def done(self) -> bool:
        """Whether the child's outcome is known."""
        return self._task.done()

    def _signal_options(self, name: str, args: list[Any]) -> SignalExternalOptions:
        return SignalExternalOptions(name, args, self._id, child=True)


class ExternalWorkflowHandle(_Signallable[SelfType]):
    """Another workflow, addressed by ID (and optionally run ID): signal or cancel it."""

    def __init__(self, workflow_id: str, run_id: str | None) -> None:
        """Made by :func:`get_external_workflow_handle`."""
        self._id = workflow_id
        self._run_id = run_id

    @property
    def id(self) -> str:
        """Workflow ID of the target."""
        return self._id

    @property
    def run_id(self) -> str | None:
        """Run ID of the target, or None for its latest run."""
        return self._run_id

    async def cancel(self) -> None:
        """Ask the target workflow to cancel; returns once the server recorded the request.

        The target decides what cancellation means; this does not wait for it to close.

        Raises:
            temporalio.exceptions.ApplicationError: The target workflow does not exist
                or is closed.
        """
        await _runtime().workflow_cancel_external(self._id, self._run_id)

    def _signal_options(self, name: str, args: list[Any]) -> SignalExternalOptions:
        return SignalExternalOptions(name, args, self._id, self._run_id)


def get_external_workflow_handle(
    workflow_id: str, *, run_id: str | None = None
) -> ExternalWorkflowHandle[Any]:
    """A handle to signal or cancel another workflow (untyped signals).

    Args:
        workflow_id: Workflow ID of the target.
        run_id: Run ID of the target; by default its latest run.
    """
    WorkflowRuntime.current()  # only meaningful inside a workflow
    if not workflow_id:
        raise ValueError("get_external_workflow_handle needs a non-empty workflow_id")
    return ExternalWorkflowHandle(workflow_id, run_id)


def get_external_workflow_handle_for(
    workflow: MethodAsyncNoParam[SelfType, Any] | MethodAsyncSingleParam[SelfType, Any, Any],
    workflow_id: str,
    *,
    run_id: str | None = None,
) -> ExternalWorkflowHandle[SelfType]:
    """A handle to another workflow whose signals are typed by its class.

    Args:
        workflow: The target's ``@workflow.run`` method (e.g. ``MyWorkflow.run``).
        workflow_id: Workflow ID of the target.
        run_id: Run ID of the target; by default its latest run.
    """
    WorkflowDefinition.must_from_run_fn(workflow)
    return get_external_workflow_handle(workflow_id, run_id=run_id)


# --- starting children -------------------------------------------------------------


def _workflow_name_and_type(workflow: str | Callable[..., Any], what: str) -> tuple[str, Any]:
    if isinstance(workflow, str):
        if not workflow:
            raise ValueError(f"{what}: the workflow type name must not be empty")
        return workflow, None
    defn = WorkflowDefinition.must_from_run_fn(workflow)
    if defn.name is None:
        raise ValueError(
            f"{what}: {defn.cls.__qualname__} is a dynamic workflow; "
            "name the workflow type as a string instead"
        )
    return defn.name, defn.ret_type


@overload
async def start_child_workflow(
    workflow: MethodAsyncNoParam[SelfType, ReturnType], **config: Unpack[ChildWorkflowConfig]
) -> ChildWorkflowHandle[SelfType, ReturnType]: ...


@overload
async def start_child_workflow(
    workflow: MethodAsyncSingleParam[SelfType, ParamType, ReturnType],
    arg: ParamType,
    **config: Unpack[ChildWorkflowConfig],
) -> ChildWorkflowHandle[SelfType, ReturnType]: ...


@overload
async def start_child_workflow(
    workflow: Callable[..., Awaitable[ReturnType]],
    *,
    args: Sequence[Any],
    **config: Unpack[ChildWorkflowConfig],
) -> ChildWorkflowHandle[Any, ReturnType]: ...


@overload
async def start_child_workflow(
    workflow: str,
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    **config: Unpack[ChildWorkflowConfig],
) -> ChildWorkflowHandle[Any, Any]: ...


async def start_child_workflow(
    workflow: str | Callable[..., Any],
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    id: str | None = None,
    task_queue: str | None = None,
    cancellation_type: ChildWorkflowCancellationType = (
        ChildWorkflowCancellationType.WAIT_CANCELLATION_COMPLETED
    ),
    parent_close_policy: ParentClosePolicy = ParentClosePolicy.TERMINATE,
    execution_timeout: timedelta | None = None,
    run_timeout: timedelta | None = None,
    task_timeout: timedelta | None = None,
    id_reuse_policy: temporalio.common.WorkflowIDReusePolicy = (
        temporalio.common.WorkflowIDReusePolicy.ALLOW_DUPLICATE
    ),
    retry_policy: temporalio.common.RetryPolicy | None = None,
    cron_schedule: str = "",
    memo: Mapping[str, Any] | None = None,
    search_attributes: SearchAttributesArg | None = None,
    static_summary: str | None = None,
    static_details: str | None = None,
    priority: temporalio.common.Priority = temporalio.common.Priority.default,
) -> ChildWorkflowHandle[Any, Any]:
    """Start a child workflow; returns once the server accepted the start.

    Args:
        workflow: ``MyWorkflow.run`` (typed) or the workflow type name.
        arg: The single argument, for one-argument workflows.
        args: Several arguments (instead of ``arg``).
        result_type: Type to decode the result to, for string workflow names.
        id: Workflow ID of the child; by default a UUID from :func:`workflow.uuid4`
            (deterministic).
        task_queue: Task queue of the child (this workflow's by default).
        cancellation_type: What cancelling the child does.
        parent_close_policy: What happens to the child when this workflow closes.
        execution_timeout: Timeout of the child's whole chain of runs.
        run_timeout: Timeout of one run of the child.
        task_timeout: Timeout of one workflow task of the child.
        id_reuse_policy: Whether the ID of a closed workflow may be reused.
        retry_policy: Retry policy of the child.
        cron_schedule: Cron schedule of the child.
        memo: Memo of the child.
        search_attributes: Search attributes of the child.
        static_summary: A line shown for the child in the UI (user metadata).
        static_details: Longer text shown for the child in the UI (user metadata).
        priority: Priority and fairness of the child's tasks (unset fields take
            this workflow's).

    Raises:
        TypeError: ``priority`` is not a :class:`~temporalio.common.Priority`.
        temporalio.exceptions.WorkflowAlreadyStartedError: A workflow with this ID
            is running (or the reuse policy forbids the ID).
        asyncio.CancelledError: Cancelled before the child started (nothing is sent
            if the start had not gone out yet).
    """
    name, ret = _workflow_name_and_type(workflow, "start_child_workflow")
    return await _runtime().workflow_start_child_workflow(
        StartChildWorkflowOptions(
            workflow=name,
            args=_args(arg, args),
            id=id,
            task_queue=task_queue,
            cancellation_type=ChildWorkflowCancellationType(cancellation_type),
            parent_close_policy=ParentClosePolicy(parent_close_policy),
            execution_timeout=execution_timeout,
            run_timeout=run_timeout,
            task_timeout=task_timeout,
            id_reuse_policy=id_reuse_policy,
            retry_policy=retry_policy,
            cron_schedule=cron_schedule,
            memo=memo,
            search_attributes=search_attributes,
            ret_type=result_type if result_type is not None else ret,
            static_summary=metadata_text(
                "start_child_workflow()", "static_summary", static_summary
            ),
            static_details=metadata_text(
                "start_child_workflow()", "static_details", static_details
            ),
            priority=checked_priority(priority, "start_child_workflow()"),
        )
    )


@overload
async def execute_child_workflow(
    workflow: MethodAsyncNoParam[SelfType, ReturnType], **config: Unpack[ChildWorkflowConfig]
) -> ReturnType: ...


@overload
async def execute_child_workflow(
    workflow: MethodAsyncSingleParam[SelfType, ParamType, ReturnType],
    arg: ParamType,
    **config: Unpack[ChildWorkflowConfig],
) -> ReturnType: ...


@overload
async def execute_child_workflow(
    workflow: Callable[..., Awaitable[ReturnType]],
    *,
    args: Sequence[Any],
    **config: Unpack[ChildWorkflowConfig],
) -> ReturnType: ...


@overload
async def execute_child_workflow(
    workflow: str,
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    **config: Unpack[ChildWorkflowConfig],
) -> Any: ...


async def execute_child_workflow(
    workflow: str | Callable[..., Any], arg: Any = _ARG_UNSET, **kwargs: Any
) -> Any:
    """Start a child workflow and wait for its result (see :func:`start_child_workflow`).

    Raises:
        temporalio.exceptions.ChildWorkflowError: The child failed, timed out, was
            terminated or cancelled; ``cause`` says which.
        temporalio.exceptions.WorkflowAlreadyStartedError: The ID is taken.
    """
    handle = await start_child_workflow(workflow, arg, **kwargs)
    return await handle


# --- continue-as-new ---------------------------------------------------------------


class ContinueAsNewError(BaseException):
    """Raised by :func:`continue_as_new` to end the run; let it propagate.

    It derives from ``BaseException`` so that ``except Exception`` in workflow code
    does not swallow it. When it leaves the workflow's run method, the run closes as
    continued-as-new and the server starts the next run.
    """

    def __init__(self, options: ContinueAsNewOptions, command: object) -> None:
        """Made by :func:`continue_as_new`."""
        super().__init__("Continue as new")
        self.options = options
        self._command = command


@overload
def continue_as_new(
    arg: ParamType,
    *,
    workflow: MethodAsyncSingleParam[Any, ParamType, Any],
    **config: Unpack[ContinueAsNewConfig],
) -> NoReturn: ...


@overload
def continue_as_new(
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    workflow: str | Callable[..., Any] | None = None,
    **config: Unpack[ContinueAsNewConfig],
) -> NoReturn: ...


def continue_as_new(
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    workflow: str | Callable[..., Any] | None = None,
    task_queue: str | None = None,
    run_timeout: timedelta | None = None,
    task_timeout: timedelta | None = None,
    retry_policy: temporalio.common.RetryPolicy | None = None,
    memo: Mapping[str, Any] | None = None,
    search_attributes: SearchAttributesArg | None = None,
) -> NoReturn:
    """End this run and continue the workflow as a new run with fresh history.

    Never returns: raises :class:`ContinueAsNewError`, which must propagate out of
    the run method. Unset options keep this run's values (memo, retry policy and
    search attributes included); headers are not carried over.

    Args:
        arg: The single argument of the next run.
        args: Several arguments (instead of ``arg``).
        workflow: Workflow type of the next run (``MyWorkflow.run`` or a name); this
            workflow's by default.
        task_queue: Task queue of the next run.
        run_timeout: Run timeout of the next run.
        task_timeout: Workflow task timeout of the next run.
        retry_policy: Retry policy of the next run.
        memo: Memo of the next run.
        search_attributes: Search attributes of the next run.

    Raises:
        ContinueAsNewError: Always.
    """
    name = None
    if workflow is not None:
        name, _ = _workflow_name_and_type(workflow, "continue_as_new")
    options = ContinueAsNewOptions(
        args=_args(arg, args),
        workflow=name,
        task_queue=task_queue,
        run_timeout=run_timeout,
        task_timeout=task_timeout,
        retry_policy=retry_policy,
        memo=memo,
        search_attributes=search_attributes,
    )
    # Raises ContinueAsNewError (through the outbound interceptors, if any).
    _runtime().workflow_continue_as_new(options)
