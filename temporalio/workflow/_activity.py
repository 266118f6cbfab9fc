"""Activities from workflow code: ``start_activity`` / ``execute_activity``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Generic, TypedDict, TypeVar, overload

import temporalio.common
from temporalio.workflow._runtime import WorkflowRuntime

if TYPE_CHECKING:
    import asyncio

    from temporalio.api.common.v1 import Payload

ReturnType = TypeVar("ReturnType")
ParamType = TypeVar("ParamType")

_ARG_UNSET: Any = object()


class ActivityCancellationType(IntEnum):
    """What cancelling a started activity does (PROTOCOL.md section 3.1)."""

    TRY_CANCEL = 0
    """Ask the server to cancel and raise at once in the workflow."""
    WAIT_CANCELLATION_COMPLETED = 1
    """Ask the server to cancel and wait for the activity's final outcome."""
    ABANDON = 2
    """Send nothing; raise at once and ignore what the activity does later."""


class ActivityConfig(TypedDict, total=False):
    """Options of ``start_activity`` / ``execute_activity``, usable as ``**config``."""

    task_queue: str | None
    schedule_to_close_timeout: timedelta | None
    schedule_to_start_timeout: timedelta | None
    start_to_close_timeout: timedelta | None
    heartbeat_timeout: timedelta | None
    retry_policy: temporalio.common.RetryPolicy | None
    cancellation_type: ActivityCancellationType
    activity_id: str | None


@dataclass
class StartActivityOptions:
    """Everything needed to schedule one activity (passed to the runtime and interceptors)."""

    activity_type: str
    args: Sequence[Any]
    activity_id: str | None = None
    task_queue: str | None = None
    schedule_to_close_timeout: timedelta | None = None
    schedule_to_start_timeout: timedelta | None = None
    start_to_close_timeout: timedelta | None = None
    heartbeat_timeout: timedelta | None = None
    retry_policy: temporalio.common.RetryPolicy | None = None
    cancellation_type: ActivityCancellationType = ActivityCancellationType.TRY_CANCEL
    ret_type: Any = None
    headers: Mapping[str, Payload] = field(default_factory=dict)
    local: bool = False
    local_retry_threshold: timedelta | None = None


class ActivityHandle(Generic[ReturnType]):
    """A scheduled activity: ``await`` it for the result, ``cancel()`` to cancel it.

    Wraps the workflow task that drives the activity, so it behaves like an
    asyncio task in workflow code (``asyncio.gather``, ``workflow.wait`` ...).
    """

    def __init__(self, task: asyncio.Task[ReturnType]) -> None:
        """Made by the workflow runtime."""
        self._task = task

    def __await__(self) -> Generator[Any, None, ReturnType]:
        return self._task.__await__()

    @property
    def task(self) -> asyncio.Task[ReturnType]:
        """The underlying workflow task."""
        return self._task

    def cancel(self, msg: str | None = None) -> bool:
        """Cancel the activity per its cancellation type; False if already done."""
        return self._task.cancel(msg)

    def done(self) -> bool:
        """Whether the activity resolved."""
        return self._task.done()

    def result(self) -> ReturnType:
        """The result of a resolved activity (raises like ``await`` would)."""
        return self._task.result()


def _activity_type_and_ret(activity: Any) -> tuple[str, Any]:
    if isinstance(activity, str):
        if not activity:
            raise ValueError("activity type name must not be empty")
        return activity, None
    from temporalio._activity._definition import _ActivityDefinition

    defn = _ActivityDefinition.must_from_callable(activity)
    if defn.name is None:
        raise ValueError(f"{defn.fn_name} is a dynamic activity; call it by type name (a string)")
    return defn.name, defn.ret_type


def _args(arg: Any, args: Sequence[Any]) -> list[Any]:
    if arg is not _ARG_UNSET:
        if args:
            raise ValueError("give either one positional argument or args=[...], not both")
        return [arg]
    return list(args)


@overload
def start_activity(
    activity: Callable[[], Awaitable[ReturnType]] | Callable[[], ReturnType],
    *,
    task_queue: str | None = None,
    schedule_to_close_timeout: timedelta | None = None,
    schedule_to_start_timeout: timedelta | None = None,
    start_to_close_timeout: timedelta | None = None,
    heartbeat_timeout: timedelta | None = None,
    retry_policy: temporalio.common.RetryPolicy | None = None,
    cancellation_type: ActivityCancellationType = ActivityCancellationType.TRY_CANCEL,
    activity_id: str | None = None,
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity(
    activity: Callable[[ParamType], Awaitable[ReturnType]] | Callable[[ParamType], ReturnType],
    arg: ParamType,
    *,
    task_queue: str | None = None,
    schedule_to_close_timeout: timedelta | None = None,
    schedule_to_start_timeout: timedelta | None = None,
    start_to_close_timeout: timedelta | None = None,
    heartbeat_timeout: timedelta | None = None,
    retry_policy: temporalio.common.RetryPolicy | None = None,
    cancellation_type: ActivityCancellationType = ActivityCancellationType.TRY_CANCEL,
    activity_id: str | None = None,
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity(
    activity: Callable[..., Awaitable[ReturnType]] | Callable[..., ReturnType],
    *,
    args: Sequence[Any],
    task_queue: str | None = None,
    schedule_to_close_timeout: timedelta | None = None,
    schedule_to_start_timeout: timedelta | None = None,
    start_to_close_timeout: timedelta | None = None,
    heartbeat_timeout: timedelta | None = None,
    retry_policy: temporalio.common.RetryPolicy | None = None,
    cancellation_type: ActivityCancellationType = ActivityCancellationType.TRY_CANCEL,
    activity_id: str | None = None,
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity(
    activity: str,
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    task_queue: str | None = None,
    schedule_to_close_timeout: timedelta | None = None,
    schedule_to_start_timeout: timedelta | None = None,
    start_to_close_timeout: timedelta | None = None,
    heartbeat_timeout: timedelta | None = None,
    retry_policy: temporalio.common.RetryPolicy | None = None,
    cancellation_type: ActivityCancellationType = ActivityCancellationType.TRY_CANCEL,
    activity_id: str | None = None,
) -> ActivityHandle[Any]: ...


def start_activity(
    activity: Any,
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    task_queue: str | None = None,
    schedule_to_close_timeout: timedelta | None = None,
    schedule_to_start_timeout: timedelta | None = None,
    start_to_close_timeout: timedelta | None = None,
    heartbeat_timeout: timedelta | None = None,
    retry_policy: temporalio.common.RetryPolicy | None = None,
    cancellation_type: ActivityCancellationType = ActivityCancellationType.TRY_CANCEL,
    activity_id: str | None = None,
) -> ActivityHandle[Any]:
    """Schedule an activity and return a handle to await or cancel.

    Args:
        activity: An ``@activity.defn`` function (typed) or the activity type name.
        arg: The single argument, for one-argument activities.
        args: Several arguments (instead of ``arg``).
        result_type: Type to decode the result to, for string activity names.
        task_queue: Task queue of the activity (the workflow's by default).
        schedule_to_close_timeout: Limit on the whole activity, retries included.
        schedule_to_start_timeout: Limit on waiting in the task queue.
        start_to_close_timeout: Limit on one attempt.
        heartbeat_timeout: Limit between heartbeats.
        retry_policy: Retry policy (the server's default: unlimited attempts).
        cancellation_type: What cancelling does (see :class:`ActivityCancellationType`).
        activity_id: Activity ID; by default the activity's sequence number.

    Raises:
        ValueError: Neither ``start_to_close_timeout`` nor
            ``schedule_to_close_timeout`` is given (the message names the activity).
    """
    name, ret = _activity_type_and_ret(activity)
    if start_to_close_timeout is None and schedule_to_close_timeout is None:
        raise ValueError(
            f"activity {name!r} needs start_to_close_timeout or schedule_to_close_timeout"
        )
    return WorkflowRuntime.current().workflow_start_activity(
        StartActivityOptions(
            activity_type=name,
            args=_args(arg, args),
            activity_id=activity_id,
            task_queue=task_queue,
            schedule_to_close_timeout=schedule_to_close_timeout,
            schedule_to_start_timeout=schedule_to_start_timeout,
            start_to_close_timeout=start_to_close_timeout,
            heartbeat_timeout=heartbeat_timeout,
            retry_policy=retry_policy,
            cancellation_type=cancellation_type,
            ret_type=result_type if result_type is not None else ret,
        )
    )


@overload
async def execute_activity(
    activity: Callable[[], Awaitable[ReturnType]] | Callable[[], ReturnType],
    *,
    task_queue: str | None = None,
    schedule_to_close_timeout: timedelta | None = None,
    schedule_to_start_timeout: timedelta | None = None,
    start_to_close_timeout: timedelta | None = None,
    heartbeat_timeout: timedelta | None = None,
    retry_policy: temporalio.common.RetryPolicy | None = None,
    cancellation_type: ActivityCancellationType = ActivityCancellationType.TRY_CANCEL,
    activity_id: str | None = None,
) -> ReturnType: ...


@overload
async def execute_activity(
    activity: Callable[[ParamType], Awaitable[ReturnType]] | Callable[[ParamType], ReturnType],
    arg: ParamType,
    *,
    task_queue: str | None = None,
    schedule_to_close_timeout: timedelta | None = None,
    schedule_to_start_timeout: timedelta | None = None,
    start_to_close_timeout: timedelta | None = None,
    heartbeat_timeout: timedelta | None = None,
    retry_policy: temporalio.common.RetryPolicy | None = None,
    cancellation_type: ActivityCancellationType = ActivityCancellationType.TRY_CANCEL,
    activity_id: str | None = None,
) -> ReturnType: ...


@overload
async def execute_activity(
    activity: Callable[..., Awaitable[ReturnType]] | Callable[..., ReturnType],
    *,
    args: Sequence[Any],
    task_queue: str | None = None,
    schedule_to_close_timeout: timedelta | None = None,
    schedule_to_start_timeout: timedelta | None = None,
    start_to_close_timeout: timedelta | None = None,
    heartbeat_timeout: timedelta | None = None,
    retry_policy: temporalio.common.RetryPolicy | None = None,
    cancellation_type: ActivityCancellationType = ActivityCancellationType.TRY_CANCEL,
    activity_id: str | None = None,
) -> ReturnType: ...


@overload
async def execute_activity(
    activity: str,
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    task_queue: str | None = None,
    schedule_to_close_timeout: timedelta | None = None,
    schedule_to_start_timeout: timedelta | None = None,
    start_to_close_timeout: timedelta | None = None,
    heartbeat_timeout: timedelta | None = None,
    retry_policy: temporalio.common.RetryPolicy | None = None,
    cancellation_type: ActivityCancellationType = ActivityCancellationType.TRY_CANCEL,
    activity_id: str | None = None,
) -> Any: ...


async def execute_activity(activity: Any, arg: Any = _ARG_UNSET, **kwargs: Any) -> Any:
    """Schedule an activity and wait for its result (see :func:`start_activity`).

    Raises:
        temporalio.exceptions.ActivityError: The activity failed, timed out or was
            cancelled; ``cause`` says which.
    """
    return await start_activity(activity, arg, **kwargs)
