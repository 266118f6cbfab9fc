"""Fixtures for driving the workflow loop by hand: a fake timer sink and a fresh loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from datetime import timedelta
from typing import Any, TypeVar

import pytest

from temporalio._loop import WorkflowEventLoop

_T = TypeVar("_T")


class FakeTimerSink:
    """Records timer commands; tests fire timers by sequence number."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int, int | None]] = []
        self.live: dict[int, Callable[[], None]] = {}
        self._next_seq = 0

    def start_timer(self, delay: timedelta, fire: Callable[[], None]) -> int:
        self._next_seq += 1
        seq = self._next_seq
        self.calls.append(("start", seq, delay // timedelta(milliseconds=1)))
        self.live[seq] = fire
        return seq

    def cancel_timer(self, seq: int) -> None:
        assert seq in self.live, f"cancel_timer({seq}) for a timer that is not live"
        del self.live[seq]
        self.calls.append(("cancel", seq, None))

    def fire(self, seq: int) -> None:
        """Apply a TimerFired job: the runtime calls the fire callback it was given."""
        self.live.pop(seq)()
        self.calls.append(("fired", seq, None))

    def starts(self) -> list[int]:
        return [c[2] for c in self.calls if c[0] == "start"]  # type: ignore[misc]

    def kinds(self) -> list[str]:
        return [c[0] for c in self.calls]


@pytest.fixture
def sink() -> FakeTimerSink:
    return FakeTimerSink()


@pytest.fixture
def loop(sink: FakeTimerSink) -> Iterator[WorkflowEventLoop]:
    loop = WorkflowEventLoop(sink)
    loop.set_time(1_700_000_000.0)
    yield loop
    if not loop.is_closed():
        loop.destroy()


def start(loop: WorkflowEventLoop, coro: Coroutine[Any, Any, _T]) -> asyncio.Task[_T]:
    """Create a workflow task from the host side and step the loop until idle."""
    task = loop.create_task(coro)
    loop.run_until_idle()
    return task
