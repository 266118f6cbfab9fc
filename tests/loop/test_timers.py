"""call_later/call_at and everything built on them become durable timers on the sink."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

import pytest

from temporalio._loop import WorkflowEventLoop

from .conftest import FakeTimerSink, start


def test_sleep_starts_one_timer_and_resumes_when_it_fires(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    async def nap() -> str:
        await asyncio.sleep(1.5)
        return "awake"

    task = start(loop, nap())
    assert sink.calls == [("start", 1, 1500)] and not task.done()
    sink.fire(1)
    assert not task.done()  # firing only queues the callback
    loop.run_until_idle()
    assert task.result() == "awake"
    assert sink.kinds() == ["start", "fired"]  # no cancel for a fired timer


def test_sleep_zero_only_yields(loop: WorkflowEventLoop, sink: FakeTimerSink) -> None:
    order: list[str] = []

    async def a() -> None:
        order.append("a1")
        await asyncio.sleep(0)
        order.append("a2")

    async def b() -> None:
        order.append("b1")

    async def main() -> None:
        await asyncio.gather(a(), b())

    start(loop, main()).result()
    assert order == ["a1", "b1", "a2"] and sink.calls == []


def test_wait_for_an_event_set_first_starts_and_cancels_one_timer(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    event = asyncio.Event()

    async def waiter() -> bool:
        return await asyncio.wait_for(event.wait(), 5)

    task = start(loop, waiter())
    assert sink.calls == [("start", 1, 5000)]
    loop.call_soon(event.set)
    loop.run_until_idle()
    assert task.result() is True
    assert sink.calls == [("start", 1, 5000), ("cancel", 1, None)]


def test_wait_for_times_out_when_its_timer_fires(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    async def waiter() -> None:
        await asyncio.wait_for(asyncio.Event().wait(), 2)

    task = start(loop, waiter())
    sink.fire(1)
    loop.run_until_idle()
    assert isinstance(task.exception(), TimeoutError)
    assert sink.kinds() == ["start", "fired"]


def test_asyncio_timeout_expires_on_its_durable_timer(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    async def guarded() -> str:
        try:
            async with asyncio.timeout(3):
                await asyncio.sleep(10)
        except TimeoutError:
            return "timed out"
        return "finished"

    task = start(loop, guarded())
    assert sink.calls == [("start", 1, 3000), ("start", 2, 10000)]
    sink.fire(1)
    loop.run_until_idle()
    assert task.result() == "timed out"
    assert sink.calls[-1] == ("cancel", 2, None)


def test_asyncio_timeout_at_uses_workflow_time(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    async def guarded() -> None:
        now = asyncio.get_running_loop().time()
        async with asyncio.timeout_at(now + 0.3):
            await asyncio.Event().wait()

    task = start(loop, guarded())
    assert sink.calls == [("start", 1, 300)]
    sink.fire(1)
    loop.run_until_idle()
    assert isinstance(task.exception(), TimeoutError)


@pytest.mark.parametrize(
    ("schedule", "millis"),
    [
        (lambda lp, cb: lp.call_at(lp.time() + 0.3, cb), 300),
        (lambda lp, cb: lp.call_at(lp.time() + 1.0004, cb), 1000),
        (lambda lp, cb: lp.call_at(lp.time() + 1.0006, cb), 1001),
        (lambda lp, cb: lp.call_later(-5, cb), 0),
        (lambda lp, cb: lp.call_at(lp.time() - 1, cb), 0),
    ],
)
def test_timer_delays_are_whole_milliseconds_never_negative(
    loop: WorkflowEventLoop,
    sink: FakeTimerSink,
    schedule: Callable[[WorkflowEventLoop, Callable[[], None]], asyncio.TimerHandle],
    millis: int,
) -> None:
    handle = schedule(loop, lambda: None)
    assert sink.starts() == [millis]
    assert handle.when() == pytest.approx(loop.time() + millis / 1000)


def test_infinite_delay_is_rejected(loop: WorkflowEventLoop) -> None:
    with pytest.raises(ValueError, match="finite"):
        loop.call_later(float("inf"), print)


def test_cancelled_handle_cancels_its_timer_once(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    handle = loop.call_later(1, print)
    handle.cancel()
    handle.cancel()
    assert sink.kinds() == ["start", "cancel"]


def test_handle_cancelled_after_fire_sends_no_cancel_and_does_not_run(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    ran: list[int] = []
    handle = loop.call_later(1, ran.append, 1)
    sink.fire(1)
    handle.cancel()
    loop.run_until_idle()
    assert ran == [] and sink.kinds() == ["start", "fired"]


def test_firing_a_cancelled_timer_does_nothing(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    ran: list[int] = []
    handle = loop.call_later(1, ran.append, 1)
    fire = sink.live[1]
    handle.cancel()
    fire()
    loop.run_until_idle()
    assert ran == []


def test_firing_twice_is_a_runtime_bug(loop: WorkflowEventLoop, sink: FakeTimerSink) -> None:
    loop.call_later(1, print)
    fire = sink.live[1]
    fire()
    with pytest.raises(RuntimeError, match="fired twice"):
        fire()


def test_timers_fired_together_run_in_firing_order(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    ran: list[str] = []
    loop.call_later(2, ran.append, "first started")
    loop.call_later(1, ran.append, "second started")
    sink.fire(2)
    sink.fire(1)
    loop.run_until_idle()
    assert ran == ["second started", "first started"]


def _scenario() -> Coroutine[Any, Any, None]:
    async def child(n: int) -> None:
        await asyncio.sleep(n)

    async def main() -> None:
        tasks = [asyncio.create_task(child(n)) for n in (3, 1, 2)]
        try:
            async with asyncio.timeout(1.5):
                await asyncio.gather(*tasks)
        except TimeoutError:
            pass
        await asyncio.sleep(0.25)

    return main()


def _run_scenario() -> list[tuple[str, int, int | None]]:
    sink = FakeTimerSink()
    loop = WorkflowEventLoop(sink)
    task = start(loop, _scenario())
    while not task.done():
        sink.fire(min(sink.live))
        loop.run_until_idle()
    task.result()
    loop.destroy()
    return sink.calls


def test_same_scenario_twice_gives_identical_timer_commands() -> None:
    first = _run_scenario()
    assert first == _run_scenario()
    # The timeout starts before the children get their first step.
    assert first[:4] == [
        ("start", 1, 1500),
        ("start", 2, 3000),
        ("start", 3, 1000),
        ("start", 4, 2000),
    ]
