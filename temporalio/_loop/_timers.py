"""Durable timers: how ``call_later``/``call_at`` become StartTimer/CancelTimer commands.

asyncio's own timers wait on the real clock. In a workflow every timer is a command the
server records: the loop asks its host's :class:`TimerSink` to start a timer and hands it
a ``fire`` callback; the runtime calls ``fire()`` when it applies the TimerFired job for
that timer, and the handle's callback then runs in FIFO order with everything else that
became ready.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from contextvars import Context
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from ._event_loop import WorkflowEventLoop


class TimerSink(Protocol):
    """What the workflow runtime offers the loop to start and cancel durable timers."""

    def start_timer(self, delay: timedelta, fire: Callable[[], None]) -> int:
        """Start a durable timer (a StartTimer command).

        Args:
            delay: Whole milliseconds, never negative.
            fire: Call it when the TimerFired job for this timer is applied. It only
                queues the timer's callback; nothing runs until the loop is stepped.

        Returns:
            The timer's sequence number, later passed to :meth:`cancel_timer`.
        """
        ...

    def cancel_timer(self, seq: int) -> None:
        """Cancel a started timer that has not fired (CancelTimer, or drop the StartTimer)."""
        ...


def timer_millis(delay: float) -> int:
    """Round a delay in seconds to the whole milliseconds a durable timer is started with.

    Rounding (not truncating) keeps ``call_at(loop.time() + 0.3)`` at 300 ms although the
    float subtraction gives 0.29999...; a negative delay means "as soon as possible".

    Raises:
        ValueError: The delay is infinite or NaN; no timer can represent it.
    """
    if not math.isfinite(delay):
        raise ValueError(f"a workflow timer needs a finite delay, got {delay!r}")
    millis = round(delay * 1000)
    return millis if millis > 0 else 0


class DurableTimerHandle(asyncio.TimerHandle):
    """The handle ``call_later``/``call_at`` return: a timer recorded in history.

    Invariants: ``_seq`` is the sink's sequence number once the sink accepted the timer;
    ``_fired`` turns true once, when the runtime fires it. A cancel before that sends one
    ``cancel_timer``; a cancel after it sends nothing (the timer is gone on the server).
    """

    __slots__ = ("_fired", "_seq", "_wf_loop")

    def __init__(
        self,
        when: float,
        callback: Callable[..., object],
        args: tuple[Any, ...],
        loop: WorkflowEventLoop,
        context: Context | None,
    ) -> None:
        super().__init__(when, callback, args, loop, context)
        self._wf_loop = loop
        self._seq = -1
        self._fired = False

    @property
    def seq(self) -> int:
        """The timer's sequence number given by the :class:`TimerSink`."""
        return self._seq

    def fire(self) -> None:
        """Mark the timer fired and queue its callback (called by the runtime).

        Firing a timer whose handle was cancelled does nothing: the runtime may apply a
        TimerFired that raced with a cancel made in the same activation.

        Raises:
            RuntimeError: The timer already fired once.
        """
        if self.cancelled():
            return
        if self._fired:
            raise RuntimeError(f"workflow timer {self._seq} fired twice")
        self._fired = True
        self._wf_loop._timer_fired(self)

    def cancel(self) -> None:
        """Cancel the callback and, if the timer has not fired yet, the durable timer."""
        notify = not self.cancelled() and not self._fired
        super().cancel()
        if notify:
            self._wf_loop._timer_cancelled(self)
