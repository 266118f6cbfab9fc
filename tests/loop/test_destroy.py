"""destroy(): evicting a run closes every coroutine, issues nothing, and leaves nothing."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Callable
from typing import Any

import pytest

from temporalio._loop import CancellationScope, WorkflowEventLoop

from .conftest import FakeTimerSink, start


def _busy_workflow(trace: list[str]) -> Any:
    async def sleeper() -> None:
        try:
            await asyncio.sleep(100)
        finally:
            trace.append("sleeper finally")
            await asyncio.sleep(1)  # tries to start a timer while being torn down

    async def main() -> None:
        event = asyncio.Event()
        children = [asyncio.create_task(sleeper()) for _ in range(3)]
        asyncio.create_task(sleeper())  # noqa: RUF006 - held by the loop only
        with CancellationScope(timeout=50):
            async with asyncio.timeout(40):
                await asyncio.gather(event.wait(), *children)

    return main()


def test_destroy_closes_coroutines_without_issuing_commands(sink: FakeTimerSink) -> None:
    trace: list[str] = []
    loop = WorkflowEventLoop(sink)
    loop.create_task(_busy_workflow(trace))
    loop.run_until_idle()
    loop.create_task(asyncio.sleep(1))  # never started
    calls_before = list(sink.calls)
    loop.destroy()
    assert sink.calls == calls_before  # no CancelTimer, no StartTimer from finally blocks
    assert trace == ["sleeper finally"] * 4
    assert loop.is_closed()
    assert loop.take_unhandled_errors() == []


def test_destroy_leaves_no_references(sink: FakeTimerSink) -> None:
    trace: list[str] = []
    loop = WorkflowEventLoop(sink)
    main = loop.create_task(_busy_workflow(trace))
    loop.run_until_idle()
    refs: list[weakref.ref[Any]] = [
        weakref.ref(loop),
        weakref.ref(main),
        weakref.ref(loop.root_scope),
    ]
    loop.destroy()
    del loop, main
    sink.live.clear()  # the runtime drops the run's timers with the run
    gc.collect()
    assert [ref() for ref in refs] == [None, None, None]


def test_destroyed_loop_refuses_work(loop: WorkflowEventLoop) -> None:
    loop.destroy()
    loop.destroy()  # idempotent
    calls: list[Callable[[], object]] = [
        lambda: loop.call_soon(print),
        lambda: loop.call_later(1, print),
        loop.create_future,
        loop.run_until_idle,
    ]
    for call in calls:
        with pytest.raises(RuntimeError, match="closed"):
            call()
    loop.call_exception_handler({"message": "dropped"})
    assert loop.take_unhandled_errors() == []


def test_destroy_is_refused_while_the_loop_runs(loop: WorkflowEventLoop) -> None:
    async def main() -> None:
        loop.destroy()

    with pytest.raises(RuntimeError, match="while the workflow's loop runs"):
        start(loop, main()).result()


def test_close_outside_the_workflow_destroys(loop: WorkflowEventLoop) -> None:
    loop.create_task(asyncio.sleep(0))
    loop.close()
    assert loop.is_closed()
