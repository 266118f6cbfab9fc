"""``ActivityEnvironment``: run activity code in a test, without a worker or server."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar, cast

import anyio

import temporalio.converter
from temporalio._activity._context import _Context, _SignalEvent
from temporalio._activity._definition import _ActivityDefinition, _is_async
from temporalio._activity._info import ActivityCancellationDetails, Info
from temporalio._activity._thread_cancel import ThreadCanceller
from temporalio.client import Client
from temporalio.exceptions import CancelledError

__all__ = ["ActivityEnvironment"]

_R = TypeVar("_R")

_EPOCH = datetime.fromtimestamp(0, UTC)

_CANCEL_REQUESTED = ActivityCancellationDetails(cancel_requested=True)


class ActivityEnvironment:
    """Runs activity functions with a test activity context.

    Inside :meth:`run`, everything in :mod:`temporalio.activity` works:
    ``info()`` returns :attr:`info`, ``heartbeat(*details)`` calls
    :attr:`on_heartbeat`, and :meth:`cancel` and :meth:`worker_shutdown` act on
    the running activity as the worker would. ``async def`` activities run in
    the calling task, on asyncio or trio; ``def`` activities run in the calling
    thread.

    Attributes:
        info: What ``activity.info()`` returns. Start from :meth:`default_info`
            and change fields with ``dataclasses.replace``.
        on_heartbeat: Called with the details of every ``activity.heartbeat``.
        payload_converter: What ``activity.payload_converter()`` returns.
    """

    info: Info
    on_heartbeat: Callable[..., None]
    payload_converter: temporalio.converter.PayloadConverter

    def __init__(self, client: Client | None = None) -> None:
        """Create the environment.

        Args:
            client: What ``activity.client()`` returns; without one it raises.
        """
        self.info = ActivityEnvironment.default_info()
        self.on_heartbeat: Callable[..., None] = lambda *details: None
        self.payload_converter = temporalio.converter.DataConverter.default.payload_converter
        self._client = client
        self._cancellation: ActivityCancellationDetails | None = None
        self._shut_down = False
        self._runs: set[_Run] = set()

    @staticmethod
    def default_info() -> Info:
        """The info activities see unless :attr:`info` is replaced."""
        return Info(
            activity_id="test",
            activity_type="unknown",
            attempt=1,
            current_attempt_scheduled_time=_EPOCH,
            heartbeat_details=[],
            heartbeat_timeout=None,
            is_local=False,
            namespace="default",
            schedule_to_close_timeout=timedelta(seconds=1),
            scheduled_time=_EPOCH,
            start_to_close_timeout=timedelta(seconds=1),
            started_time=_EPOCH,
            task_queue="test",
            task_token=b"test",
            workflow_id="test",
            workflow_namespace="default",
            workflow_run_id="test-run",
            workflow_type="test",
        )

    def cancel(
        self,
        cancellation_details: ActivityCancellationDetails = _CANCEL_REQUESTED,
    ) -> None:
        """Cancel the running activities (and any started later), as the worker would.

        An ``async def`` activity is cancelled at its current ``await`` (call this
        from the event loop that runs it); a ``def`` activity gets a
        :class:`~temporalio.exceptions.CancelledError` raised in its thread unless
        it was defined with ``no_thread_cancel_exception``. Both see
        ``activity.is_cancelled()`` and ``activity.cancellation_details()``.
        Only the first call counts.
        """
        if self._cancellation is not None:
            return
        self._cancellation = cancellation_details
        for run in list(self._runs):
            run.cancel(cancellation_details)

    def worker_shutdown(self) -> None:
        """Tell the running activities (and any started later) that the worker is stopping."""
        if self._shut_down:
            return
        self._shut_down = True
        for run in list(self._runs):
            run.worker_shutdown.set()

    def run(self, fn: Callable[..., _R], *args: Any, **kwargs: Any) -> _R:
        """Run ``fn(*args, **kwargs)`` in the test activity context.

        For an ``async def`` function this returns an awaitable of its result
        (``await env.run(my_activity, arg)``); for a ``def`` function, its result.

        Raises:
            temporalio.exceptions.CancelledError: An ``async def`` activity ended
                by the cancellation of :meth:`cancel` (the cancellation exception
                of the event loop does not escape).
            BaseException: Whatever the function raises.
        """
        definition = _ActivityDefinition.from_callable(fn)
        if _is_async(fn):
            return cast(_R, self._run_async(cast(Callable[..., Awaitable[Any]], fn), args, kwargs))
        enabled = definition is None or not definition.no_thread_cancel_exception
        canceller = ThreadCanceller(enabled=enabled)
        with _Run(self, canceller).active(), canceller.running():
            return fn(*args, **kwargs)

    async def _run_async(
        self, fn: Callable[..., Awaitable[Any]], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Any:
        run = _Run(self, None)
        with run.active():
            with anyio.CancelScope() as scope:
                run.scope = scope
                if run.context.cancellation is not None:
                    scope.cancel()
                return await fn(*args, **kwargs)
        raise CancelledError("the activity was cancelled by ActivityEnvironment.cancel()")


class _Run:
    """One activity run: its context and how to cancel it."""

    def __init__(self, env: ActivityEnvironment, canceller: ThreadCanceller | None) -> None:
        self.env = env
        self.canceller = canceller
        self.scope: anyio.CancelScope | None = None
        self.cancelled = _SignalEvent()
        self.worker_shutdown = _SignalEvent()
        self.context = _Context(
            info=env.info,
            heartbeat=lambda *details: env.on_heartbeat(*details),
            cancelled=self.cancelled,
            worker_shutdown=self.worker_shutdown,
            client=env._client,
            payload_converter=env.payload_converter,
            shield=None if canceller is None else canceller.shield,
        )

    def active(self) -> _Active:
        return _Active(self)

    def cancel(self, details: ActivityCancellationDetails) -> None:
        if self.context.cancellation is None:
            self.context.cancellation = details
        self.cancelled.set()
        if self.scope is not None:
            self.scope.cancel()
        if self.canceller is not None:
            self.canceller.cancel()


class _Active:
    """Makes a run's context current and registers it with its environment."""

    def __init__(self, run: _Run) -> None:
        self._run = run
        self._token: Any = None

    def __enter__(self) -> None:
        run, env = self._run, self._run.env
        self._token = _Context.set(run.context)
        env._runs.add(run)
        if env._shut_down:
            run.worker_shutdown.set()
        if env._cancellation is not None:
            run.cancel(env._cancellation)

    def __exit__(self, *exc: object) -> None:
        self._run.env._runs.discard(self._run)
        _Context.reset(self._token)
