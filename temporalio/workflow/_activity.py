"""Activities from workflow code: ``start_activity`` / ``execute_activity``.

The ``*_method`` forms take an activity defined as a method, read from its class
(``MyActivities.fetch``): the worker registers a bound method of an instance
(``MyActivities(db).fetch``), and the workflow names it through the class, which
keeps its type checked. Options are keyword arguments, also given as
``**config`` from an :class:`ActivityConfig`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Generic, TypedDict, TypeVar, Unpack, overload

import temporalio.common
import temporalio.exceptions
from temporalio._common._metadata_text import metadata_text
from temporalio._common._priority import checked_priority
from temporalio.workflow._runtime import WorkflowRuntime

if TYPE_CHECKING:
    from temporalio.api.common.v1 import Payload

ReturnType = TypeVar("ReturnType")
ParamType = TypeVar("ParamType")
SelfType = TypeVar("SelfType")

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
    """Options of ``start_activity`` / ``execute_activity`` (and the ``_method`` forms).

    Build one once and pass it as ``**config``; keyword arguments may add to it::

        FAST = workflow.ActivityConfig(start_to_close_timeout=timedelta(seconds=5))
        await workflow.execute_activity(fetch, url, **FAST)
        await workflow.execute_activity(fetch, url, **FAST, task_queue="io")

    See :func:`start_activity` for what each option means.
    """

    task_queue: str | None
    schedule_to_close_timeout: timedelta | None
    schedule_to_start_timeout: timedelta | None
    start_to_close_timeout: timedelta | None
    heartbeat_timeout: timedelta | None
    retry_policy: temporalio.common.RetryPolicy | None
    cancellation_type: ActivityCancellationType
    activity_id: str | None
    disable_eager_execution: bool
    summary: str | None
    priority: temporalio.common.Priority


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
    disable_eager_execution: bool = False
    local: bool = False
    local_retry_threshold: timedelta | None = None
    summary: str | None = None
    """One line shown for the activity in the UI (its user metadata)."""
    priority: temporalio.common.Priority = temporalio.common.Priority.default
    """Priority and fairness of the activity's task (default: the workflow's)."""


class ActivityHandle(Generic[ReturnType]):
    """A scheduled activity: ``await`` it for the result, ``cancel()`` to cancel it.

    Wraps the workflow task that drives the activity, so it behaves like an
    asyncio task in workflow code (``asyncio.gather``, ``workflow.wait`` ...).

    What ``await handle`` raises when the activity is cancelled depends on who
    was cancelled:

    * ``handle.cancel()`` cancels the activity only: the await raises
      :class:`~temporalio.exceptions.ActivityError` whose cause is a
      :class:`~temporalio.exceptions.CancelledError` (as in the official SDK).
    * When the *awaiting* task is cancelled (its ``CancellationScope``, a
      ``Task.cancel()``, the workflow's cancellation, ``asyncio.timeout``), the
      activity is cancelled too, and the await raises ``asyncio.CancelledError``
      like any other await, so scopes and ``asyncio.timeout`` catch it. The
      ``ActivityError`` is its ``__cause__``.
    """

    def __init__(self, task: asyncio.Task[ReturnType]) -> None:
        """Made by the workflow runtime."""
        self._task = task

    def __await__(self) -> Generator[Any, None, ReturnType]:
        return self._wait().__await__()

    async def _wait(self) -> ReturnType:
        waiter = asyncio.current_task()
        cancel_requests = waiter.cancelling() if waiter is not None else 0
        try:
            return await self._task
        except temporalio.exceptions.ActivityError as err:
            if (
                waiter is not None
                and waiter.cancelling() > cancel_requests
                and isinstance(err.cause, temporalio.exceptions.CancelledError)
            ):
                # The waiter was cancelled while waiting, and the activity with it:
                # the cancellation is the waiter's, never swallowed into an error.
                raise asyncio.CancelledError() from err
            raise

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


_CONFIG_KEYS = frozenset(ActivityConfig.__annotations__)
_TIMEOUTS = (
    "schedule_to_close_timeout",
    "schedule_to_start_timeout",
    "start_to_close_timeout",
    "heartbeat_timeout",
)


def _options(
    fn_name: str, activity: Any, arg: Any, args: Sequence[Any], result_type: Any, config: Any
) -> StartActivityOptions:
    """Check the call's options and build what the runtime schedules."""
    unknown = sorted(set(config) - _CONFIG_KEYS)
    if unknown:
        raise TypeError(
            f"workflow.{fn_name}() got unknown option(s) {', '.join(map(repr, unknown))}; "
            f"the options are: {', '.join(sorted(_CONFIG_KEYS))}"
        )
    name, ret = _activity_type_and_ret(activity)
    for key in _TIMEOUTS:
        value = config.get(key)
        if value is not None and not isinstance(value, timedelta):
            raise TypeError(
                f"activity {name!r}: {key} must be a datetime.timedelta, "
                f"got {type(value).__name__} {value!r}"
            )
    if (
        config.get("start_to_close_timeout") is None
        and config.get("schedule_to_close_timeout") is None
    ):
        raise ValueError(
            f"activity {name!r} needs start_to_close_timeout or schedule_to_close_timeout"
        )
    cancellation_type = config.get("cancellation_type", ActivityCancellationType.TRY_CANCEL)
    if not isinstance(cancellation_type, ActivityCancellationType):
        raise TypeError(
            f"activity {name!r}: cancellation_type must be a workflow.ActivityCancellationType, "
            f"got {cancellation_type!r}"
        )
    return StartActivityOptions(
        activity_type=name,
        args=_args(arg, args),
        activity_id=config.get("activity_id"),
        task_queue=config.get("task_queue"),
        schedule_to_close_timeout=config.get("schedule_to_close_timeout"),
        schedule_to_start_timeout=config.get("schedule_to_start_timeout"),
        start_to_close_timeout=config.get("start_to_close_timeout"),
        heartbeat_timeout=config.get("heartbeat_timeout"),
        retry_policy=config.get("retry_policy"),
        cancellation_type=cancellation_type,
        disable_eager_execution=bool(config.get("disable_eager_execution", False)),
        ret_type=result_type if result_type is not None else ret,
        summary=metadata_text(f"activity {name!r}", "summary", config.get("summary")),
        priority=checked_priority(
            config.get("priority", temporalio.common.Priority.default), f"activity {name!r}"
        ),
    )


# -- start_activity ---------------------------------------------------------------
# Async overloads come before sync ones: an ``async def`` also matches
# ``Callable[..., ReturnType]`` (with a coroutine as the return type).


@overload
def start_activity(
    activity: Callable[[], Awaitable[ReturnType]], **config: Unpack[ActivityConfig]
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity(
    activity: Callable[[], ReturnType], **config: Unpack[ActivityConfig]
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity(
    activity: Callable[[ParamType], Awaitable[ReturnType]],
    arg: ParamType,
    **config: Unpack[ActivityConfig],
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity(
    activity: Callable[[ParamType], ReturnType], arg: ParamType, **config: Unpack[ActivityConfig]
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity(
    activity: Callable[..., Awaitable[ReturnType]],
    *,
    args: Sequence[Any],
    **config: Unpack[ActivityConfig],
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity(
    activity: Callable[..., ReturnType], *, args: Sequence[Any], **config: Unpack[ActivityConfig]
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity(
    activity: str,
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    **config: Unpack[ActivityConfig],
) -> ActivityHandle[Any]: ...


def start_activity(
    activity: Any,
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    **config: Any,
) -> ActivityHandle[Any]:
    """Schedule an activity and return a handle to await or cancel.

    The activity is started in the current :class:`CancellationScope`: cancelling
    the scope (or the handle, or the task awaiting it) cancels it as its
    ``cancellation_type`` says; in an already cancelled scope nothing is sent.

    Args:
        activity: An ``@activity.defn`` function (typed) or the activity type name.
        arg: The single argument, for one-argument activities.
        args: Several arguments (instead of ``arg``).
        result_type: Type to decode the result to, for string activity names.
        **config: The options (:class:`ActivityConfig`):

            * ``start_to_close_timeout``: limit on one attempt.
            * ``schedule_to_close_timeout``: limit on the whole activity, retries
              included (one of these two is required).
            * ``schedule_to_start_timeout``: limit on waiting in the task queue.
            * ``heartbeat_timeout``: limit between heartbeats.
            * ``retry_policy``: retry policy (the server's default: unlimited attempts).
            * ``task_queue``: task queue of the activity (the workflow's by default).
            * ``cancellation_type``: what cancelling does (see
              :class:`ActivityCancellationType`).
            * ``activity_id``: activity ID; by default the activity's sequence number.
            * ``disable_eager_execution``: always send the activity through its
              task queue, even when this worker could start it at once (eager
              dispatch, used for activities on the workflow's own task queue).
            * ``summary``: a line shown for the activity in the UI (user metadata).
            * ``priority``: a :class:`~temporalio.common.Priority` for the activity's
              task (fields left unset take the workflow's).

    Raises:
        ValueError: Neither ``start_to_close_timeout`` nor
            ``schedule_to_close_timeout`` is given (the message names the activity).
        TypeError: An unknown option, an option of the wrong type, or a callable
            without ``@activity.defn``.
    """
    options = _options("start_activity", activity, arg, args, result_type, config)
    return WorkflowRuntime.current().workflow_start_activity(options)


# -- execute_activity ---------------------------------------------------------------


@overload
async def execute_activity(
    activity: Callable[[], Awaitable[ReturnType]], **config: Unpack[ActivityConfig]
) -> ReturnType: ...


@overload
async def execute_activity(
    activity: Callable[[], ReturnType], **config: Unpack[ActivityConfig]
) -> ReturnType: ...


@overload
async def execute_activity(
    activity: Callable[[ParamType], Awaitable[ReturnType]],
    arg: ParamType,
    **config: Unpack[ActivityConfig],
) -> ReturnType: ...


@overload
async def execute_activity(
    activity: Callable[[ParamType], ReturnType], arg: ParamType, **config: Unpack[ActivityConfig]
) -> ReturnType: ...


@overload
async def execute_activity(
    activity: Callable[..., Awaitable[ReturnType]],
    *,
    args: Sequence[Any],
    **config: Unpack[ActivityConfig],
) -> ReturnType: ...


@overload
async def execute_activity(
    activity: Callable[..., ReturnType], *, args: Sequence[Any], **config: Unpack[ActivityConfig]
) -> ReturnType: ...


@overload
async def execute_activity(
    activity: str,
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    **config: Unpack[ActivityConfig],
) -> Any: ...


async def execute_activity(
    activity: Any,
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    **config: Any,
) -> Any:
    """Schedule an activity and wait for its result (options as :func:`start_activity`).

    Raises:
        temporalio.exceptions.ActivityError: The activity failed, timed out or was
            cancelled; ``cause`` says which.
    """
    options = _options("execute_activity", activity, arg, args, result_type, config)
    return await WorkflowRuntime.current().workflow_start_activity(options)


# -- the method forms -------------------------------------------------------------


@overload
def start_activity_method(
    activity: Callable[[SelfType], Awaitable[ReturnType]], **config: Unpack[ActivityConfig]
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity_method(
    activity: Callable[[SelfType], ReturnType], **config: Unpack[ActivityConfig]
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity_method(
    activity: Callable[[SelfType, ParamType], Awaitable[ReturnType]],
    arg: ParamType,
    **config: Unpack[ActivityConfig],
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity_method(
    activity: Callable[[SelfType, ParamType], ReturnType],
    arg: ParamType,
    **config: Unpack[ActivityConfig],
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity_method(
    activity: Callable[..., Awaitable[ReturnType]],
    *,
    args: Sequence[Any],
    **config: Unpack[ActivityConfig],
) -> ActivityHandle[ReturnType]: ...


@overload
def start_activity_method(
    activity: Callable[..., ReturnType], *, args: Sequence[Any], **config: Unpack[ActivityConfig]
) -> ActivityHandle[ReturnType]: ...


def start_activity_method(
    activity: Callable[..., Any],
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    **config: Any,
) -> ActivityHandle[Any]:
    """Schedule an activity defined as a method, named through its class.

    The worker registers a bound method of an instance that holds the state
    (``Worker(activities=[MyActivities(db).fetch])``); workflow code passes the
    method read from the class, whose ``self`` parameter is not an argument::

        handle = workflow.start_activity_method(
            MyActivities.fetch, url, start_to_close_timeout=timedelta(seconds=10)
        )

    Args:
        activity: A method decorated with ``@activity.defn``, read from its class.
        arg: The single argument (after ``self``), for one-argument methods.
        args: Several arguments (instead of ``arg``).
        **config: The options, as for :func:`start_activity`.

    Raises:
        TypeError: ``activity`` is a string or lacks ``@activity.defn``, or an
            option is unknown or of the wrong type.
        ValueError: Neither ``start_to_close_timeout`` nor
            ``schedule_to_close_timeout`` is given.
    """
    options = _options("start_activity_method", _method(activity), arg, args, None, config)
    return WorkflowRuntime.current().workflow_start_activity(options)


@overload
async def execute_activity_method(
    activity: Callable[[SelfType], Awaitable[ReturnType]], **config: Unpack[ActivityConfig]
) -> ReturnType: ...


@overload
async def execute_activity_method(
    activity: Callable[[SelfType], ReturnType], **config: Unpack[ActivityConfig]
) -> ReturnType: ...


@overload
async def execute_activity_method(
    activity: Callable[[SelfType, ParamType], Awaitable[ReturnType]],
    arg: ParamType,
    **config: Unpack[ActivityConfig],
) -> ReturnType: ...


@overload
async def execute_activity_method(
    activity: Callable[[SelfType, ParamType], ReturnType],
    arg: ParamType,
    **config: Unpack[ActivityConfig],
) -> ReturnType: ...


@overload
async def execute_activity_method(
    activity: Callable[..., Awaitable[ReturnType]],
    *,
    args: Sequence[Any],
    **config: Unpack[ActivityConfig],
) -> ReturnType: ...


@overload
async def execute_activity_method(
    activity: Callable[..., ReturnType], *, args: Sequence[Any], **config: Unpack[ActivityConfig]
) -> ReturnType: ...


async def execute_activity_method(
    activity: Callable[..., Any],
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    **config: Any,
) -> Any:
    """Schedule an activity method and wait for its result (see :func:`start_activity_method`).

    Raises:
        temporalio.exceptions.ActivityError: The activity failed, timed out or was
            cancelled; ``cause`` says which.
    """
    options = _options("execute_activity_method", _method(activity), arg, args, None, config)
    return await WorkflowRuntime.current().workflow_start_activity(options)


def _method(activity: Any) -> Any:
    if isinstance(activity, str):
        raise TypeError(
            f"the *_activity_method functions take a method (MyActivities.{activity}); "
            "use start_activity/execute_activity for activity type names"
        )
    return activity
