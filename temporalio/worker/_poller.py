"""Slot-limited long-poll loops with Temporal's retry rules (PROTOCOL.md section 1.2).

:class:`TaskPoller` runs a few concurrent poll loops for one task queue.  A
loop polls only while it holds a free execution slot, so the worker never
receives a task it cannot start at once; the slot passes to the task's
handler, which releases it when the task is done.  An empty response (no
task within the server's long-poll window) gives the slot back, and the loop
polls again as soon as it has one.  A workflow worker's normal and sticky
pollers share their slots through a :class:`PollBalancer`.

:meth:`TaskPoller.drain` stops the loops without cancelling the polls in flight:
each ends its current long poll (the server answers it at once after
``ShutdownWorker`` when it supports that), dispatches the task it may bring,
and polls no more. Loops waiting for a slot, a rate-limit turn or a backoff
stop at once.

Failed polls are retried forever with jittered exponential backoff (200 ms,
doubling, up to 10 s, +-20 %); ``RESOURCE_EXHAUSTED`` backs off at least 1 s,
doubling.  ``DEADLINE_EXCEEDED`` and ``CANCELLED`` are normal.  Status codes
that are not transient are retried at the longest interval during the first
60 s of a loop (to ride out proxies and server start-up) and are fatal after
that: :class:`PollFatalError`.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

import anyio

from temporalio.service import RPCError, RPCStatusCode
from temporalio.worker._poll_balance import PollBalancer, QueueKind

__all__ = [
    "PollBackoff",
    "PollFatalError",
    "PollRateLimiter",
    "SlotPermit",
    "TaskPoller",
]

logger = logging.getLogger(__name__)

TaskT = TypeVar("TaskT")

INITIAL_BACKOFF = 0.2
MAX_BACKOFF = 10.0
BACKOFF_MULTIPLIER = 2.0
JITTER = 0.2
THROTTLE_INITIAL = 1.0
STARTUP_GRACE = 60.0
"""Seconds during which even non-transient poll errors are retried."""

_NORMAL = frozenset({RPCStatusCode.DEADLINE_EXCEEDED, RPCStatusCode.CANCELLED})
_TRANSIENT = frozenset(
    {
        RPCStatusCode.UNAVAILABLE,
        RPCStatusCode.INTERNAL,
        RPCStatusCode.UNKNOWN,
        RPCStatusCode.RESOURCE_EXHAUSTED,
        RPCStatusCode.ABORTED,
        RPCStatusCode.DATA_LOSS,
        RPCStatusCode.OUT_OF_RANGE,
    }
)


class PollFatalError(RuntimeError):
    """Polling failed with an error that retrying will not fix.

    The message names what was polled; ``__cause__`` is the last
    :class:`~temporalio.service.RPCError`.
    """


class PollBackoff:
    """Decides how long to wait after each failed poll of one poll loop.

    ``_failures`` counts consecutive failures (reset by a successful poll);
    ``_started`` is when the loop began, for the start-up grace period.
    """

    def __init__(self, what: str) -> None:
        """Create the backoff of a loop that starts now.

        Args:
            what: What is polled, for messages (e.g. "activity task queue 'q'").
        """
        self._what = what
        self._started = anyio.current_time()
        self._failures = 0

    def succeeded(self) -> None:
        """A poll succeeded (empty or not): start the backoff over."""
        self._failures = 0

    def delay_after(self, err: RPCError) -> float:
        """Seconds to wait before polling again after ``err``.

        Args:
            err: The failed poll's error.

        Returns:
            The jittered delay.

        Raises:
            PollFatalError: The error is not transient and the start-up grace
                period is over.
        """
        self._failures += 1
        if err.status in _NORMAL:
            # Routine ends of a long poll: poll again (almost) at once.
            return 0.0 if self._failures == 1 else self._jittered(self._exponential())
        if err.status in _TRANSIENT:
            delay = self._exponential()
            if err.status is RPCStatusCode.RESOURCE_EXHAUSTED:
                delay = max(
                    delay,
                    min(THROTTLE_INITIAL * BACKOFF_MULTIPLIER ** (self._failures - 1), MAX_BACKOFF),
                )
            return self._jittered(delay)
        if anyio.current_time() - self._started < STARTUP_GRACE:
            return self._jittered(MAX_BACKOFF)
        raise PollFatalError(f"Polling {self._what} failed: {err}") from err

    def _exponential(self) -> float:
        return min(INITIAL_BACKOFF * BACKOFF_MULTIPLIER ** (self._failures - 1), MAX_BACKOFF)

    @staticmethod
    def _jittered(delay: float) -> float:
        return max(0.0, delay * (1.0 + random.uniform(-JITTER, JITTER)))


class PollRateLimiter:
    """Spaces poll starts so that at most ``per_second`` tasks start per second.

    Shared by all loops of a poller.  ``_next`` is the earliest time the next
    poll may start.
    """

    def __init__(self, per_second: float) -> None:
        """Create the limiter.

        Args:
            per_second: Most polls (so most tasks) per second; must be > 0.
        """
        if per_second <= 0:
            raise ValueError(f"the rate must be positive, got {per_second}")
        self._interval = 1.0 / per_second
        self._next = -float("inf")

    async def acquire(self) -> None:
        """Wait for this loop's turn to poll."""
        now = anyio.current_time()
        start = max(now, self._next)
        self._next = start + self._interval
        if start > now:
            await anyio.sleep(start - now)


@dataclass
class SlotPermit:
    """One execution slot, held by a poll loop and then by the task it received.

    ``release`` is idempotent; the task's handler calls it when done.
    """

    _semaphore: anyio.Semaphore
    _on_release: Callable[[], None] | None = None
    _released: bool = False

    def release(self) -> None:
        """Give the slot back (once; later calls do nothing)."""
        if not self._released:
            self._released = True
            self._semaphore.release()
            if self._on_release is not None:
                self._on_release()


class TaskPoller(Generic[TaskT]):
    """Runs ``concurrency`` slot-limited poll loops for one task queue.

    Example (the activity worker)::

        poller = TaskPoller(
            what="activity task queue 'q'",
            poll=poll_once,                 # one long poll; None = empty response
            slots=anyio.Semaphore(100),     # max concurrent tasks
            concurrency=5,
        )
        await poller.run(dispatch)          # dispatch(task, permit) starts a handler
    """

    def __init__(
        self,
        *,
        what: str,
        poll: Callable[[], Awaitable[TaskT | None]],
        slots: anyio.Semaphore | None,
        concurrency: int,
        rate_limiter: PollRateLimiter | None = None,
        balance: tuple[PollBalancer, QueueKind] | None = None,
    ) -> None:
        """Configure the poller.

        Args:
            what: What is polled, for logs and errors.
            poll: Makes one long poll; returns the task, or None for an empty
                response.  Raises :class:`RPCError` on failure.
            slots: Free execution slots; a loop polls only while holding one.
                None for no limit.
            concurrency: Number of poll loops (at most this many polls at once).
            rate_limiter: Spaces polls to limit tasks per second, if given.
            balance: The gate this poller shares with the poller of the other
                workflow queue (normal or sticky) of the same worker, and which
                queue this one polls.
        """
        if concurrency < 1:
            raise ValueError(f"poll concurrency must be at least 1, got {concurrency}")
        self._what = what
        self._poll = poll
        self._slots = slots
        self._concurrency = concurrency
        self._rate_limiter = rate_limiter
        self._balance = balance
        self._draining = False
        # Scopes of loops waiting for something other than a poll (a slot, the
        # rate limiter, a backoff): drain() cancels them.
        self._idle_scopes: set[anyio.CancelScope] = set()

    def drain(self) -> None:
        """Stop polling once the polls in flight have returned (event loop thread).

        Tasks those polls bring are still dispatched; :meth:`run` returns when
        every loop has stopped. Cancelling :meth:`run` still stops at once.
        """
        self._draining = True
        for scope in list(self._idle_scopes):
            scope.cancel()

    @contextmanager
    def _idle(self) -> Iterator[anyio.CancelScope]:
        with anyio.CancelScope() as scope:
            if self._draining:
                scope.cancel()
            self._idle_scopes.add(scope)
            try:
                yield scope
            finally:
                self._idle_scopes.discard(scope)

    async def run(self, dispatch: Callable[[TaskT, SlotPermit | None], None]) -> None:
        """Poll until cancelled, handing each task to ``dispatch``.

        Args:
            dispatch: Called synchronously with each task and the slot it
                holds (None without slots); it must start the task's handler
                (e.g. ``task_group.start_soon``), which releases the slot.

        Raises:
            PollFatalError: Polling cannot succeed; all loops have stopped.
        """
        fatal: list[PollFatalError] = []
        async with anyio.create_task_group() as tg:
            for _ in range(self._concurrency):
                tg.start_soon(self._loop, dispatch, fatal, tg.cancel_scope)
        if fatal:
            raise fatal[0]

    async def _loop(
        self,
        dispatch: Callable[[TaskT, SlotPermit | None], None],
        fatal: list[PollFatalError],
        stop_all: anyio.CancelScope,
    ) -> None:
        try:
            await self._poll_forever(dispatch)
        except PollFatalError as err:
            # Raised plainly by run(), not inside an exception group.
            fatal.append(err)
            stop_all.cancel()

    async def _poll_forever(self, dispatch: Callable[[TaskT, SlotPermit | None], None]) -> None:
        backoff = PollBackoff(self._what)
        while not self._draining:
            if self._balance is None:
                if not await self._poll_with_slot(dispatch, backoff):
                    return
                continue
            balancer, kind = self._balance
            with self._idle() as waiting:
                await balancer.wait_turn(kind)
            if waiting.cancelled_caught:
                return  # draining while waiting for the turn
            balancer.start(kind)  # no await since the wait: still allowed
            try:
                if not await self._poll_with_slot(dispatch, backoff):
                    return
            finally:
                balancer.end(kind)

    async def _poll_with_slot(
        self, dispatch: Callable[[TaskT, SlotPermit | None], None], backoff: PollBackoff
    ) -> bool:
        """One poll (retried on errors) holding a slot; False if draining stopped the
        wait for the slot."""
        permit: SlotPermit | None = None
        if self._slots is not None:
            with self._idle() as idle:
                await self._slots.acquire()
            if idle.cancelled_caught:
                return False  # the slot was not taken
            permit = SlotPermit(self._slots)
        try:
            task = await self._poll_until_task(backoff)
            if task is not None:
                dispatch(task, permit)
                permit = None  # now owned by the handler
        finally:
            # An empty poll gives its slot back: the next poll, of this queue or the
            # other one, takes it.
            if permit is not None:
                permit.release()
        return True

    async def _poll_until_task(self, backoff: PollBackoff) -> TaskT | None:
        """The next task, or None after an empty poll or once draining (failed polls
        are retried here, with backoff)."""
        while not self._draining:
            if self._rate_limiter is not None:
                with self._idle() as idle:
                    await self._rate_limiter.acquire()
                if idle.cancelled_caught:
                    return None
            try:
                task = await self._poll()
            except RPCError as err:
                delay = backoff.delay_after(err)
                if delay > 0:
                    logger.warning(
                        "Polling %s failed (retrying in %.1fs): %s", self._what, delay, err
                    )
                with self._idle():
                    await anyio.sleep(delay)
                continue
            backoff.succeeded()
            return task
        return None
