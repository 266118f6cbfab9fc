"""The running activity's context and the functions activity code calls.

The worker sets one :class:`_Context` per activity attempt in a context
variable: in the activity's own task for ``async def`` activities, and in a
copy of that context that the executor thread runs in for ``def`` ones.
Every function here reads that variable and raises
``RuntimeError("Not in activity context")`` outside an activity.

Cancellation and worker shutdown are :class:`_SignalEvent` objects: set only
on the event loop thread (where the worker runs), readable from any thread,
awaitable on the loop and waitable from executor threads.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any, NoReturn

import anyio

from temporalio._activity._info import ActivityCancellationDetails, Info

if TYPE_CHECKING:
    from temporalio._activity._inbound import ActivityOutboundInterceptor
    from temporalio.client import Client
    from temporalio.converter import PayloadConverter

__all__ = [
    "CompleteAsyncError",
    "LoggerAdapter",
    "cancellation_details",
    "client",
    "heartbeat",
    "in_activity",
    "info",
    "is_cancelled",
    "is_worker_shutdown",
    "logger",
    "payload_converter",
    "raise_complete_async",
    "shield_thread_cancel_exception",
    "wait_for_cancelled",
    "wait_for_cancelled_sync",
    "wait_for_worker_shutdown",
    "wait_for_worker_shutdown_sync",
]


class CompleteAsyncError(BaseException):
    """Raised by :func:`raise_complete_async`; the worker then sends no result.

    It derives from :class:`BaseException` so that ``except Exception`` in
    activity code does not swallow it.
    """


class _SignalEvent:
    """A one-shot flag the worker sets on the loop thread and activities wait on.

    ``_thread_event`` serves readers on any thread; ``_loop_event`` serves
    ``await`` on the loop.  Both are set together, only on the loop thread.
    """

    __slots__ = ("_loop_event", "_thread_event")

    def __init__(self) -> None:
        self._thread_event = threading.Event()
        self._loop_event = anyio.Event()

    def set(self) -> None:
        """Set the flag (event loop thread only)."""
        self._thread_event.set()
        self._loop_event.set()

    def is_set(self) -> bool:
        """Whether the flag is set (any thread)."""
        return self._thread_event.is_set()

    async def wait(self) -> None:
        """Wait on the event loop until the flag is set."""
        await self._loop_event.wait()

    def wait_sync(self, timeout: float | None) -> bool:
        """Block this (non-loop) thread until set or ``timeout`` seconds pass."""
        return self._thread_event.wait(timeout)


@dataclass
class _Context:
    """Everything the activity functions need about the running attempt.

    Attributes:
        info: The attempt's info.
        heartbeat: Records heartbeat details; callable from any thread.
        cancelled: Set when the attempt is cancelled (for any reason).
        worker_shutdown: Set when the worker begins shutting down.
        client: The worker's client.
        payload_converter: The client's payload converter.
        cancellation: The first cancellation's reason; None until cancelled.
        shield: For ``def`` activities in threads, the
            ``shield_thread_cancel_exception`` implementation; None otherwise.
        outbound: The outbound interceptor chain that ``info()`` and
            ``heartbeat()`` go through; None without interceptors.
    """

    info: Info
    heartbeat: Callable[..., None]
    cancelled: _SignalEvent
    worker_shutdown: _SignalEvent
    client: Client | None
    payload_converter: PayloadConverter
    cancellation: ActivityCancellationDetails | None = None
    shield: Callable[[], AbstractContextManager[None]] | None = None
    outbound: ActivityOutboundInterceptor | None = None
    _logger_details: Mapping[str, Any] | None = field(default=None, repr=False)

    @staticmethod
    def current() -> _Context:
        """The running activity's context.

        Raises:
            RuntimeError: Not in an activity.
        """
        context = _current.get(None)
        if context is None:
            raise RuntimeError("Not in activity context")
        return context

    @staticmethod
    def set(context: _Context) -> contextvars.Token[_Context | None]:
        """Make ``context`` current in this task or thread."""
        return _current.set(context)

    @staticmethod
    def reset(token: contextvars.Token[_Context | None]) -> None:
        """Undo :meth:`set`."""
        _current.reset(token)

    @property
    def logger_details(self) -> Mapping[str, Any]:
        """Info fields added to log records."""
        if self._logger_details is None:
            self._logger_details = self.info._logger_details()
        return self._logger_details


_current: contextvars.ContextVar[_Context | None] = contextvars.ContextVar(
    "temporalio_activity_context", default=None
)


def _seconds(timeout: timedelta | float | None) -> float | None:
    return timeout.total_seconds() if isinstance(timeout, timedelta) else timeout


def in_activity() -> bool:
    """Whether the caller runs inside an activity.

    Returns:
        True inside an activity (or a thread that carries its context).
    """
    return _current.get(None) is not None


def info() -> Info:
    """Information about the running activity attempt.

    Raises:
        RuntimeError: Not in an activity.
    """
    context = _Context.current()
    if context.outbound is not None:
        return context.outbound.info()
    return context.info


def client() -> Client:
    """The client of the worker running this activity.

    Use it from ``async def`` activities (its methods are coroutines).

    Raises:
        RuntimeError: Not in an activity, or no client is available (e.g. in
            a test environment that was given none).
    """
    found = _Context.current().client
    if found is None:
        raise RuntimeError("No client available in this activity context")
    return found


def payload_converter() -> PayloadConverter:
    """The payload converter of the worker's client (e.g. for ``RawValue`` arguments).

    Raises:
        RuntimeError: Not in an activity.
    """
    return _Context.current().payload_converter


def heartbeat(*details: Any) -> None:
    """Record a heartbeat, with optional progress details.

    A plain function: call it from ``async def`` activities and from ``def``
    activities in executor threads alike.  Heartbeats are throttled (to 80 %
    of the heartbeat timeout); only the latest details are sent.  A later
    attempt of the activity reads the last details from
    ``info().heartbeat_details``.  Heartbeats are how the worker learns that
    the activity was cancelled.

    Args:
        *details: Values to record (converted with the payload converter).

    Raises:
        RuntimeError: Not in an activity.
    """
    context = _Context.current()
    if context.outbound is not None:
        context.outbound.heartbeat(*details)
    else:
        context.heartbeat(*details)


def is_cancelled() -> bool:
    """Whether the activity has been cancelled (for any reason).

    Raises:
        RuntimeError: Not in an activity.
    """
    return _Context.current().cancelled.is_set()


def cancellation_details() -> ActivityCancellationDetails | None:
    """Why the activity was cancelled, or None if it was not.

    Raises:
        RuntimeError: Not in an activity.
    """
    return _Context.current().cancellation


async def wait_for_cancelled() -> None:
    """Wait (in an ``async def`` activity) until the activity is cancelled.

    Raises:
        RuntimeError: Not in an activity.
    """
    await _Context.current().cancelled.wait()


def wait_for_cancelled_sync(timeout: timedelta | float | None = None) -> None:
    """Block (in a ``def`` activity's thread) until cancelled or ``timeout`` passes.

    Args:
        timeout: Longest wait, or None to wait without limit.

    Raises:
        RuntimeError: Not in an activity.
    """
    _Context.current().cancelled.wait_sync(_seconds(timeout))


def is_worker_shutdown() -> bool:
    """Whether the worker running the activity has begun shutting down.

    Raises:
        RuntimeError: Not in an activity.
    """
    return _Context.current().worker_shutdown.is_set()


async def wait_for_worker_shutdown() -> None:
    """Wait (in an ``async def`` activity) until the worker begins shutting down.

    Raises:
        RuntimeError: Not in an activity.
    """
    await _Context.current().worker_shutdown.wait()


def wait_for_worker_shutdown_sync(timeout: timedelta | float | None = None) -> None:
    """Block (in a ``def`` activity's thread) until worker shutdown or ``timeout``.

    Args:
        timeout: Longest wait, or None to wait without limit.

    Raises:
        RuntimeError: Not in an activity.
    """
    _Context.current().worker_shutdown.wait_sync(_seconds(timeout))


def raise_complete_async() -> NoReturn:
    """End the activity function without completing the activity.

    The worker reports nothing; complete, fail or heartbeat the activity later
    with ``client.get_async_activity_handle(task_token=info().task_token)``
    (or by workflow and activity ID).

    Raises:
        CompleteAsyncError: Always; let it propagate.
    """
    raise CompleteAsyncError()


@contextmanager
def shield_thread_cancel_exception() -> Iterator[None]:
    """Delay the cancellation exception of a ``def`` activity until the block ends.

    In ``def`` activities running in a thread, cancellation raises
    :class:`temporalio.exceptions.CancelledError` inside the thread.  Inside
    this block it is held back and raised when the (outermost) block exits.
    Elsewhere this does nothing.

    Raises:
        RuntimeError: Not in an activity.
        temporalio.exceptions.CancelledError: Cancelled during the block.
    """
    shield = _Context.current().shield
    if shield is None:
        yield
    else:
        with shield():
            yield


class LoggerAdapter(logging.LoggerAdapter):  # type: ignore[type-arg]
    """Logger that adds the running activity's details to each record.

    Attributes:
        activity_info_on_message: Append a dict of the main info fields to
            each message (default True).
        activity_info_on_extra: Add those fields as ``temporal_activity`` to
            the record's ``extra`` (default True).
        full_activity_info_on_extra: Add the whole :class:`Info` as
            ``activity_info`` to ``extra`` (default False).
    """

    def __init__(self, logger: logging.Logger, extra: Mapping[str, Any] | None) -> None:
        """Wrap ``logger``.

        Args:
            logger: The logger to write to.
            extra: Fixed ``extra`` values (rarely needed).
        """
        super().__init__(logger, extra or {})
        self.activity_info_on_message = True
        self.activity_info_on_extra = True
        self.full_activity_info_on_extra = False

    def process(
        self, msg: Any, kwargs: MutableMapping[str, Any]
    ) -> tuple[Any, MutableMapping[str, Any]]:
        """Add the activity's details to the message and ``extra``."""
        context = _current.get(None)
        if context is not None:
            if self.activity_info_on_message:
                msg = f"{msg} ({dict(context.logger_details)})"
            if self.activity_info_on_extra or self.full_activity_info_on_extra:
                # A copy: the caller's ``extra`` dict must not change.
                extra = dict(kwargs.get("extra") or {})
                if self.activity_info_on_extra:
                    extra["temporal_activity"] = context.logger_details
                if self.full_activity_info_on_extra:
                    extra["activity_info"] = context.info
                kwargs["extra"] = extra
        return msg, kwargs

    @property
    def base_logger(self) -> logging.Logger:
        """The wrapped logger (add handlers or formatters to it)."""
        wrapped: logging.Logger = self.logger
        return wrapped


logger = LoggerAdapter(logging.getLogger("temporalio.activity"), None)
"""Logger whose records carry the running activity's details."""
