"""Wait, from an anyio task, for a future that some other thread completes.

The gRPC transport starts each RPC with grpcio's ``.future()``; grpcio calls
the future's done-callbacks on its channel thread.  :func:`wait_done` parks the
current task (on asyncio or on trio, whichever is running) until that callback
fires, and wakes it through the backend's one non-blocking, thread-safe entry
point (``loop.call_soon_threadsafe`` or ``TrioToken.run_sync_soon``).  The
callback therefore never blocks the foreign thread, and no thread is created
per wait.

trio is imported only when trio is the running backend.
"""

from __future__ import annotations

import asyncio
import math
import weakref
from collections import deque
from collections.abc import Callable
from types import ModuleType
from typing import Any, Protocol

import sniffio

__all__ = ["CompletableFuture", "wait_done"]


class CompletableFuture(Protocol):
    """What :func:`wait_done` needs of a future (``grpc.Future`` fits).

    ``add_done_callback`` may call its argument at once, in the calling
    thread, if the future is already done; otherwise it calls it later from
    any thread.
    """

    def add_done_callback(self, fn: Callable[[Any], None], /) -> None:
        """Call ``fn(self)`` once the future is done."""

    def cancel(self) -> bool:
        """Try to cancel the future; return whether it was cancelled."""

    def done(self) -> bool:
        """Return whether the future is done (completed or cancelled)."""


async def wait_done(future: CompletableFuture, guard: float | None) -> bool:
    """Wait until ``future`` is done.

    Args:
        future: The future to wait for.
        guard: Seconds after which to stop waiting even if ``future`` never
            reports completion (a lost callback must not hang the caller), or
            None to wait without such a limit.

    Returns:
        True if the future completed, False if ``guard`` ran out first.  The
        caller decides what to do with the future then (usually cancel it).

    Raises:
        BaseException: The backend's cancellation exception if the waiting
            task is cancelled; ``future.cancel()`` has then been called.
    """
    if sniffio.current_async_library() == "trio":
        return await _wait_done_trio(future, guard)
    return await _wait_done_asyncio(future, guard)


# --- asyncio ---------------------------------------------------------------


def _resolve(waiter: asyncio.Future[None]) -> None:
    # Runs on the loop thread.  The waiter may already be cancelled (the task
    # was cancelled) or resolved (the guard fired); both are fine.
    if not waiter.done():
        waiter.set_result(None)


class _Inbox:
    """Wake-ups for one event loop (asyncio loop or trio run) from other threads.

    ``call_soon_threadsafe`` and trio's ``run_sync_soon`` wake the loop with a
    write to a socket every time; under load (many RPCs and activations finishing
    at once) most of those system calls are redundant.  Threads append
    ``(fn, arg)`` to ``_done`` and schedule a drain only when none is pending;
    the drain runs on the loop thread and calls everything queued.  ``_pending``
    is cleared *before* draining, so an append that saw it set is always drained
    (deque operations and attribute stores are atomic).
    """

    __slots__ = ("__weakref__", "_done", "_pending", "_schedule")

    def __init__(self, schedule: Callable[[Callable[[], None]], object]) -> None:
        self._schedule = schedule
        self._done: deque[tuple[Callable[[Any], None], Any]] = deque()
        self._pending = False

    def post(self, fn: Callable[[Any], None], arg: Any) -> None:
        # Any thread; never blocks.
        self._done.append((fn, arg))
        if not self._pending:
            self._pending = True
            try:
                self._schedule(self._drain)
            except RuntimeError:
                # The loop is closed (trio: RunFinishedError): nobody is waiting.
                self._pending = False

    def _drain(self) -> None:
        self._pending = False
        done = self._done
        while done:
            fn, arg = done.popleft()
            fn(arg)


_inboxes: weakref.WeakKeyDictionary[Any, _Inbox] = weakref.WeakKeyDictionary()


def _inbox(loop_or_token: Any, schedule: Callable[[Callable[[], None]], object]) -> _Inbox:
    # Called on the loop thread only.
    inbox = _inboxes.get(loop_or_token)
    if inbox is None:
        inbox = _inboxes[loop_or_token] = _Inbox(schedule)
    return inbox


async def _wait_done_asyncio(future: CompletableFuture, guard: float | None) -> bool:
    loop = asyncio.get_running_loop()
    waiter: asyncio.Future[None] = loop.create_future()
    post = _inbox(loop, loop.call_soon_threadsafe).post

    def on_done(_: object) -> None:
        # Foreign thread (or this one, if already done): never blocks.
        post(_resolve, waiter)

    future.add_done_callback(on_done)
    timer = None if guard is None else loop.call_later(guard, _resolve, waiter)
    try:
        await waiter
    except BaseException:
        future.cancel()
        raise
    finally:
        if timer is not None:
            timer.cancel()
    return future.done()


# --- trio ------------------------------------------------------------------

_trio: ModuleType | None = None


def _import_trio() -> ModuleType:
    # Only reached when trio is the running backend, so trio is installed.
    global _trio
    import trio

    _trio = trio
    return trio


class _TrioWaiter:
    """One parked trio task waiting for one future.

    ``parked`` is True from the moment the task parks until exactly one of
    ``wake`` (the future is done) or ``abort`` (the task is cancelled) runs;
    both run on the trio thread, so reading and clearing it needs no lock, and
    the task is rescheduled at most once.
    """

    __slots__ = ("future", "inbox", "parked", "task")

    def __init__(self, trio: ModuleType, future: CompletableFuture) -> None:
        self.future = future
        self.task: Any = trio.lowlevel.current_task()
        token: Any = trio.lowlevel.current_trio_token()
        self.inbox = _inbox(token, token.run_sync_soon)
        self.parked = True

    def on_done(self, _: object) -> None:
        # Foreign thread (or the trio thread, if already done): never blocks.
        self.inbox.post(_TrioWaiter.wake, self)

    def wake(self) -> None:
        if self.parked:
            self.parked = False
            assert _trio is not None
            _trio.lowlevel.reschedule(self.task)

    def abort(self, _raise_cancel: object) -> Any:
        self.parked = False
        self.future.cancel()
        assert _trio is not None
        return _trio.lowlevel.Abort.SUCCEEDED


async def _wait_done_trio(future: CompletableFuture, guard: float | None) -> bool:
    trio = _trio or _import_trio()
    waiter = _TrioWaiter(trio, future)
    future.add_done_callback(waiter.on_done)
    if guard is None or math.isinf(guard):
        await trio.lowlevel.wait_task_rescheduled(waiter.abort)
        return future.done()
    with trio.CancelScope(deadline=trio.current_time() + guard) as scope:
        await trio.lowlevel.wait_task_rescheduled(waiter.abort)
    # When the guard fired, ``abort`` cancelled the future, which makes it
    # "done"; report the guard instead.
    return not scope.cancelled_caught
