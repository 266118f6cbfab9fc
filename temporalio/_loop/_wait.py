"""Deterministic ``wait`` and ``as_completed`` for workflow code.

asyncio's versions keep futures in sets, so the order of ``done``/``pending`` (and of
``as_completed`` ties) depends on ``id()`` and hashing, which differ between a run and
its replay. These keep the caller's order: ``wait`` returns lists in input order, and
``as_completed`` yields in completion order (the order the loop ran the futures' done
callbacks, which follows history), futures already done first, in input order.

A ``timeout`` is one durable timer, started only if the call has to wait at all and
cancelled when it is no longer needed; a timeout of zero or less never waits and starts
no timer.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Iterable, Iterator
from datetime import timedelta
from typing import Any, TypeVar

_T = TypeVar("_T")
_FT = TypeVar("_FT", bound=asyncio.Future[Any])

FIRST_COMPLETED = asyncio.FIRST_COMPLETED
FIRST_EXCEPTION = asyncio.FIRST_EXCEPTION
ALL_COMPLETED = asyncio.ALL_COMPLETED


def _seconds(timeout: timedelta | float | None) -> float | None:
    return timeout.total_seconds() if isinstance(timeout, timedelta) else timeout


def _satisfied(futures: list[_FT], return_when: str) -> bool:
    if return_when == FIRST_COMPLETED:
        return any(f.done() for f in futures)
    if return_when == FIRST_EXCEPTION and any(
        f.done() and not f.cancelled() and f.exception() is not None for f in futures
    ):
        return True
    return all(f.done() for f in futures)


async def wait(
    fs: Iterable[_FT],
    *,
    timeout: timedelta | float | None = None,
    return_when: str = ALL_COMPLETED,
) -> tuple[list[_FT], list[_FT]]:
    """Wait for futures or tasks, like ``asyncio.wait`` but deterministic.

    Args:
        fs: Futures or tasks (not coroutines); duplicates count once.
        timeout: Stop waiting after this long (seconds or a timedelta); no error is
            raised, the unfinished futures are simply in ``pending``.
        return_when: ``FIRST_COMPLETED``, ``FIRST_EXCEPTION`` or ``ALL_COMPLETED``.

    Returns:
        ``(done, pending)``, both lists in the order of ``fs``.

    Raises:
        TypeError: Something in ``fs`` is not a future or task.
        ValueError: ``fs`` is empty or ``return_when`` is unknown.
    """
    futures = list(dict.fromkeys(fs))
    if not futures:
        raise ValueError("wait() needs at least one future or task")
    for f in futures:
        if not asyncio.isfuture(f):
            raise TypeError(
                f"wait() takes futures and tasks, not {type(f).__name__}; "
                "wrap a coroutine with asyncio.create_task() first"
            )
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"invalid return_when: {return_when!r}")
    seconds = _seconds(timeout)
    if not _satisfied(futures, return_when) and (seconds is None or seconds > 0):
        await _wait_until(futures, seconds, return_when)
    return [f for f in futures if f.done()], [f for f in futures if not f.done()]


async def _wait_until(futures: list[_FT], seconds: float | None, return_when: str) -> None:
    loop = asyncio.get_running_loop()
    waiter: asyncio.Future[None] = loop.create_future()
    pending = [f for f in futures if not f.done()]
    remaining = len(pending)

    def on_done(f: asyncio.Future[Any]) -> None:
        nonlocal remaining
        remaining -= 1
        if waiter.done():
            return
        if (
            remaining == 0
            or return_when == FIRST_COMPLETED
            or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)
        ):
            waiter.set_result(None)

    def on_timeout() -> None:
        if not waiter.done():
            waiter.set_result(None)

    timer = loop.call_later(seconds, on_timeout) if seconds is not None else None
    for f in pending:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in pending:
            f.remove_done_callback(on_done)


class _AsCompleted(Iterator[Awaitable[_T]]):
    """The iterator :func:`as_completed` returns; each item awaits the next completion."""

    def __init__(self, fs: Iterable[Awaitable[_T]], timeout: float | None) -> None:
        loop = asyncio.get_running_loop()
        self._loop = loop
        futures = [asyncio.ensure_future(f, loop=loop) for f in dict.fromkeys(fs)]
        self._left = len(futures)
        # Completed futures not yet handed out: those done now in input order, then the
        # others as their done callbacks run.
        self._done: deque[asyncio.Future[_T]] = deque(f for f in futures if f.done())
        self._pending: dict[asyncio.Future[_T], None] = {f: None for f in futures if not f.done()}
        self._waiters: list[asyncio.Future[None]] = []
        self._timed_out = False
        self._timer: asyncio.TimerHandle | None = None
        for f in self._pending:
            f.add_done_callback(self._on_done)
        if timeout is not None and self._pending:
            if timeout > 0:
                self._timer = loop.call_later(timeout, self._on_timeout)
            else:
                self._on_timeout()

    def __next__(self) -> Awaitable[_T]:
        if self._left == 0:
            raise StopIteration
        self._left -= 1
        return self._next()

    async def _next(self) -> _T:
        while not self._done:
            if self._timed_out:
                raise TimeoutError
            waiter: asyncio.Future[None] = self._loop.create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
        return await self._done.popleft()

    def _on_done(self, f: asyncio.Future[_T]) -> None:
        del self._pending[f]
        self._done.append(f)
        if not self._pending and self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._wake()

    def _on_timeout(self) -> None:
        # Like asyncio: completions after the timeout are not handed out any more.
        self._timer = None
        self._timed_out = True
        for f in self._pending:
            f.remove_done_callback(self._on_done)
        self._pending.clear()
        self._wake()

    def _wake(self) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)


def as_completed(
    fs: Iterable[Awaitable[_T]], *, timeout: timedelta | float | None = None
) -> Iterator[Awaitable[_T]]:
    """Iterate over awaitables in the order they complete, like ``asyncio.as_completed``.

    Each item, awaited, returns (or raises) the result of the next future to complete:
    the already-done ones first in input order, then in completion order. Coroutines in
    ``fs`` are wrapped in tasks, in input order.

    Args:
        fs: Futures, tasks or coroutines; duplicates count once.
        timeout: After this long (seconds or a timedelta), awaiting an item whose future
            has not completed raises ``TimeoutError``.

    Returns:
        An iterator of as many awaitables as distinct items in ``fs``.
    """
    return _AsCompleted(fs, _seconds(timeout))
