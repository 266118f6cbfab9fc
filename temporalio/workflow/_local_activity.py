"""Local activities from workflow code: ``start_local_activity`` / ``execute_local_activity``.

A local activity runs in the worker that runs the workflow, not through the server's
activity task queue: no activity task events, one ``MarkerRecorded`` event with the
outcome (PROTOCOL.md section 4). Use it for short work; anything that may take longer
than the workflow task timeout, or that needs heartbeats, belongs in a normal activity.

The ``*_method`` forms take an activity defined as a method, read from its class
(``MyActivities.fetch``), as :func:`~temporalio.workflow.start_activity_method` does.
Options are keyword arguments, also given as ``**config`` from a
:class:`LocalActivityConfig`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from typing import Any, Protocol, TypedDict, TypeVar, Unpack, cast, overload

import temporalio.common
from temporalio._activity._definition import _ActivityDefinition
from temporalio._common._metadata_text import metadata_text
from temporalio.workflow._activity import (
    ActivityCancellationType,
    ActivityHandle,
    StartActivityOptions,
)
from temporalio.workflow._runtime import WorkflowRuntime

__all__ = [
    "LocalActivityConfig",
    "execute_local_activity",
    "execute_local_activity_method",
    "start_local_activity",
    "start_local_activity_method",
]

ReturnType = TypeVar("ReturnType")
ParamType = TypeVar("ParamType")
SelfType = TypeVar("SelfType")

_ARG_UNSET: Any = object()


class LocalActivityConfig(TypedDict, total=False):
    """Options of ``start_local_activity`` / ``execute_local_activity`` (and ``_method`` forms).

    Those of :class:`~temporalio.workflow.ActivityConfig` without ``task_queue`` and
    ``heartbeat_timeout``, plus ``local_retry_threshold``; build one once and pass it as
    ``**config``::

        QUICK = workflow.LocalActivityConfig(start_to_close_timeout=timedelta(seconds=2))
        await workflow.execute_local_activity(lookup, key, **QUICK)

    See :func:`start_local_activity` for what each option means.
    """

    schedule_to_close_timeout: timedelta | None
    schedule_to_start_timeout: timedelta | None
    start_to_close_timeout: timedelta | None
    retry_policy: temporalio.common.RetryPolicy | None
    local_retry_threshold: timedelta | None
    cancellation_type: ActivityCancellationType
    activity_id: str | None
    summary: str | None


class _LocalActivityRuntime(Protocol):
    """What this module needs from the workflow instance (its local activities mixin)."""

    def workflow_start_local_activity(self, options: StartActivityOptions) -> ActivityHandle[Any]:
        """Schedule a local activity; the handle resolves with its outcome."""
        ...


_CONFIG_KEYS = frozenset(LocalActivityConfig.__annotations__)
_DURATIONS = (
    "schedule_to_close_timeout",
    "schedule_to_start_timeout",
    "start_to_close_timeout",
    "local_retry_threshold",
)


def _options(
    fn_name: str, activity: Any, arg: Any, args: Sequence[Any], result_type: Any, config: Any
) -> StartActivityOptions:
    """Check the call's options and build what the runtime schedules."""
    unknown = sorted(set(config) - _CONFIG_KEYS)
    if unknown:
        hint = ""
        if "heartbeat_timeout" in unknown or "task_queue" in unknown:
            hint = " (local activities run in this worker: no task queue, no heartbeats)"
        raise TypeError(
            f"workflow.{fn_name}() got unknown option(s) {', '.join(map(repr, unknown))}{hint}; "
            f"the options are: {', '.join(sorted(_CONFIG_KEYS))}"
        )
    if isinstance(activity, str) and not activity:
        raise ValueError("local activity type name must not be empty")
    name, ret = _ActivityDefinition.name_and_result_type(activity)
    for key in _DURATIONS:
        value = config.get(key)
        if value is not None and not isinstance(value, timedelta):
            raise TypeError(
                f"local activity {name!r}: {key} must be a datetime.timedelta, "
                f"got {type(value).__name__} {value!r}"
            )
    if (
        config.get("start_to_close_timeout") is None
        and config.get("schedule_to_close_timeout") is None
    ):
        raise ValueError(
            f"local activity {name!r} needs start_to_close_timeout or schedule_to_close_timeout"
        )
    cancellation_type = config.get("cancellation_type", ActivityCancellationType.TRY_CANCEL)
    if not isinstance(cancellation_type, ActivityCancellationType):
        raise TypeError(
            f"local activity {name!r}: cancellation_type must be a "
            f"workflow.ActivityCancellationType, got {cancellation_type!r}"
        )
    if arg is not _ARG_UNSET:
        if args:
            raise ValueError(
                f"local activity {name!r}: give either one positional argument or "
                "args=[...], not both"
            )
        values = [arg]
    else:
        values = list(args)
    return StartActivityOptions(
        activity_type=name,
        args=values,
        activity_id=config.get("activity_id"),
        schedule_to_close_timeout=config.get("schedule_to_close_timeout"),
        schedule_to_start_timeout=config.get("schedule_to_start_timeout"),
        start_to_close_timeout=config.get("start_to_close_timeout"),
        retry_policy=config.get("retry_policy"),
        cancellation_type=cancellation_type,
        ret_type=result_type if result_type is not None else ret,
        local=True,
        local_retry_threshold=config.get("local_retry_threshold"),
        summary=metadata_text(f"local activity {name!r}", "summary", config.get("summary")),
    )


def _start(options: StartActivityOptions) -> ActivityHandle[Any]:
    runtime = cast(_LocalActivityRuntime, WorkflowRuntime.current())
    return runtime.workflow_start_local_activity(options)


def _method(activity: Any) -> Any:
    if isinstance(activity, str):
        raise TypeError(
            f"the *_local_activity_method functions take a method (MyActivities.{activity}); "
            "use start_local_activity/execute_local_activity for activity type names"
        )
    return activity


# -- start_local_activity ----------------------------------------------------------
# Async overloads come before sync ones: an ``async def`` also matches
# ``Callable[..., ReturnType]`` (with a coroutine as the return type).


@overload
def start_local_activity(
    activity: Callable[[], Awaitable[ReturnType]], **config: Unpack[LocalActivityConfig]
) -> ActivityHandle[ReturnType]: ...


@overload
def start_local_activity(
    activity: Callable[[], ReturnType], **config: Unpack[LocalActivityConfig]
) -> ActivityHandle[ReturnType]: ...


@overload
def start_local_activity(
    activity: Callable[[ParamType], Awaitable[ReturnType]],
    arg: ParamType,
    **config: Unpack[LocalActivityConfig],
) -> ActivityHandle[ReturnType]: ...


@overload
def start_local_activity(
    activity: Callable[[ParamType], ReturnType],
    arg: ParamType,
    **config: Unpack[LocalActivityConfig],
) -> ActivityHandle[ReturnType]: ...


@overload
def start_local_activity(
    activity: Callable[..., Awaitable[ReturnType]],
    *,
    args: Sequence[Any],
    **config: Unpack[LocalActivityConfig],
) -> ActivityHandle[ReturnType]: ...


@overload
def start_local_activity(
    activity: Callable[..., ReturnType],
    *,
    args: Sequence[Any],
    **config: Unpack[LocalActivityConfig],
) -> ActivityHandle[ReturnType]: ...


@overload
def start_local_activity(
    activity: str,
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    **config: Unpack[LocalActivityConfig],
) -> ActivityHandle[Any]: ...


def start_local_activity(
    activity: Any,
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    **config: Any,
) -> ActivityHandle[Any]:
    """Run an activity in this worker (a local activity); returns a handle to await or cancel.

    Failed attempts are retried in the worker with the retry policy; a retry delay longer
    than ``local_retry_threshold`` becomes a durable timer and then a new attempt. The
    outcome is recorded in history as a marker, so replay does not run the activity again.
    Awaiting the handle raises the activity's own error when it failed, and an
    ``ActivityError`` when it timed out or was cancelled.
    The activity is started in the current :class:`CancellationScope`: cancelling the
    scope (or the handle, or the task awaiting it) cancels it as its ``cancellation_type``
    says; in an already cancelled scope nothing is scheduled.

    Args:
        activity: An ``@activity.defn`` function (typed) or the activity type name. It
            must be registered on the worker that runs the workflow.
        arg: The single argument, for one-argument activities.
        args: Several arguments (instead of ``arg``).
        result_type: Type to decode the result to, for string activity names.
        **config: The options (:class:`LocalActivityConfig`):

            * ``start_to_close_timeout``: limit on one attempt (default:
              ``schedule_to_close_timeout``).
            * ``schedule_to_close_timeout``: limit on the whole activity, retries and
              timer backoffs included (one of these two is required).
            * ``schedule_to_start_timeout``: limit on waiting for a free local activity
              slot of the worker.
            * ``retry_policy``: retry policy (default: unlimited attempts, 1 s initial
              interval, coefficient 2).
            * ``local_retry_threshold``: retry delays up to this are waited out in the
              worker; longer ones become a timer in history (default 1 minute).
            * ``cancellation_type``: what cancelling does (see
              :class:`ActivityCancellationType`).
            * ``activity_id``: activity ID; by default the activity's sequence number.

    Raises:
        ValueError: Neither ``start_to_close_timeout`` nor ``schedule_to_close_timeout``
            is given (the message names the activity), or a dynamic activity is passed
            as a function.
        TypeError: An unknown option (``task_queue`` and ``heartbeat_timeout`` do not
            apply to local activities), an option of the wrong type, or a callable
            without ``@activity.defn``.
    """
    return _start(_options("start_local_activity", activity, arg, args, result_type, config))


# -- execute_local_activity --------------------------------------------------------


@overload
async def execute_local_activity(
    activity: Callable[[], Awaitable[ReturnType]], **config: Unpack[LocalActivityConfig]
) -> ReturnType: ...


@overload
async def execute_local_activity(
    activity: Callable[[], ReturnType], **config: Unpack[LocalActivityConfig]
) -> ReturnType: ...


@overload
async def execute_local_activity(
    activity: Callable[[ParamType], Awaitable[ReturnType]],
    arg: ParamType,
    **config: Unpack[LocalActivityConfig],
) -> ReturnType: ...


@overload
async def execute_local_activity(
    activity: Callable[[ParamType], ReturnType],
    arg: ParamType,
    **config: Unpack[LocalActivityConfig],
) -> ReturnType: ...


@overload
async def execute_local_activity(
    activity: Callable[..., Awaitable[ReturnType]],
    *,
    args: Sequence[Any],
    **config: Unpack[LocalActivityConfig],
) -> ReturnType: ...


@overload
async def execute_local_activity(
    activity: Callable[..., ReturnType],
    *,
    args: Sequence[Any],
    **config: Unpack[LocalActivityConfig],
) -> ReturnType: ...


@overload
async def execute_local_activity(
    activity: str,
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    **config: Unpack[LocalActivityConfig],
) -> Any: ...


async def execute_local_activity(
    activity: Any,
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    result_type: Any = None,
    **config: Any,
) -> Any:
    """Run a local activity and wait for its result (options as :func:`start_local_activity`).

    Raises:
        temporalio.exceptions.ApplicationError: The local activity failed: the error it
            raised (as in core-based SDKs, not wrapped in an ``ActivityError``).
        temporalio.exceptions.ActivityError: The local activity timed out (``cause`` is a
            ``TimeoutError``) or was cancelled (``cause`` is a ``CancelledError``).
    """
    return await _start(
        _options("execute_local_activity", activity, arg, args, result_type, config)
    )


# -- the method forms ----------------------------------------------------------------


@overload
def start_local_activity_method(
    activity: Callable[[SelfType], Awaitable[ReturnType]], **config: Unpack[LocalActivityConfig]
) -> ActivityHandle[ReturnType]: ...


@overload
def start_local_activity_method(
    activity: Callable[[SelfType], ReturnType], **config: Unpack[LocalActivityConfig]
) -> ActivityHandle[ReturnType]: ...


@overload
def start_local_activity_method(
    activity: Callable[[SelfType, ParamType], Awaitable[ReturnType]],
    arg: ParamType,
    **config: Unpack[LocalActivityConfig],
) -> ActivityHandle[ReturnType]: ...


@overload
def start_local_activity_method(
    activity: Callable[[SelfType, ParamType], ReturnType],
    arg: ParamType,
    **config: Unpack[LocalActivityConfig],
) -> ActivityHandle[ReturnType]: ...


@overload
def start_local_activity_method(
    activity: Callable[..., Awaitable[ReturnType]],
    *,
    args: Sequence[Any],
    **config: Unpack[LocalActivityConfig],
) -> ActivityHandle[ReturnType]: ...


@overload
def start_local_activity_method(
    activity: Callable[..., ReturnType],
    *,
    args: Sequence[Any],
    **config: Unpack[LocalActivityConfig],
) -> ActivityHandle[ReturnType]: ...


def start_local_activity_method(
    activity: Callable[..., Any],
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    **config: Any,
) -> ActivityHandle[Any]:
    """Run a local activity defined as a method, named through its class.

    The worker registers a bound method of an instance
    (``Worker(activities=[MyActivities(db).lookup])``); workflow code passes the method
    read from the class, whose ``self`` parameter is not an argument::

        handle = workflow.start_local_activity_method(
            MyActivities.lookup, key, start_to_close_timeout=timedelta(seconds=2)
        )

    Args:
        activity: A method decorated with ``@activity.defn``, read from its class.
        arg: The single argument (after ``self``), for one-argument methods.
        args: Several arguments (instead of ``arg``).
        **config: The options, as for :func:`start_local_activity`.

    Raises:
        TypeError: ``activity`` is a string or lacks ``@activity.defn``, or an option is
            unknown or of the wrong type.
        ValueError: Neither ``start_to_close_timeout`` nor ``schedule_to_close_timeout``
            is given.
    """
    return _start(
        _options("start_local_activity_method", _method(activity), arg, args, None, config)
    )


@overload
async def execute_local_activity_method(
    activity: Callable[[SelfType], Awaitable[ReturnType]], **config: Unpack[LocalActivityConfig]
) -> ReturnType: ...


@overload
async def execute_local_activity_method(
    activity: Callable[[SelfType], ReturnType], **config: Unpack[LocalActivityConfig]
) -> ReturnType: ...


@overload
async def execute_local_activity_method(
    activity: Callable[[SelfType, ParamType], Awaitable[ReturnType]],
    arg: ParamType,
    **config: Unpack[LocalActivityConfig],
) -> ReturnType: ...


@overload
async def execute_local_activity_method(
    activity: Callable[[SelfType, ParamType], ReturnType],
    arg: ParamType,
    **config: Unpack[LocalActivityConfig],
) -> ReturnType: ...


@overload
async def execute_local_activity_method(
    activity: Callable[..., Awaitable[ReturnType]],
    *,
    args: Sequence[Any],
    **config: Unpack[LocalActivityConfig],
) -> ReturnType: ...


@overload
async def execute_local_activity_method(
    activity: Callable[..., ReturnType],
    *,
    args: Sequence[Any],
    **config: Unpack[LocalActivityConfig],
) -> ReturnType: ...


async def execute_local_activity_method(
    activity: Callable[..., Any],
    arg: Any = _ARG_UNSET,
    *,
    args: Sequence[Any] = (),
    **config: Any,
) -> Any:
    """Run a local activity method and wait for its result (see
    :func:`start_local_activity_method`).

    Raises:
        temporalio.exceptions.ApplicationError: The local activity failed (the error it
            raised).
        temporalio.exceptions.ActivityError: The local activity timed out or was cancelled.
    """
    return await _start(
        _options("execute_local_activity_method", _method(activity), arg, args, None, config)
    )
