"""Deterministic wait() and as_completed(): input order, completion order, durable timeouts."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest

from temporalio._loop import (
    ALL_COMPLETED,
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    WorkflowEventLoop,
    as_completed,
    wait,
)

from .conftest import FakeTimerSink, start


def _futures(loop: WorkflowEventLoop, n: int) -> list[asyncio.Future[int]]:
    return [loop.create_future() for _ in range(n)]


def test_wait_returns_lists_in_input_order(loop: WorkflowEventLoop) -> None:
    futures = _futures(loop, 4)

    async def main() -> tuple[list[Any], list[Any]]:
        return await wait(futures, return_when=FIRST_COMPLETED)

    task = start(loop, main())
    futures[3].set_result(3)
    futures[1].set_result(1)
    loop.run_until_idle()
    done, pending = task.result()
    assert done == [futures[1], futures[3]]
    assert pending == [futures[0], futures[2]]


def test_wait_all_completed_and_duplicates(loop: WorkflowEventLoop) -> None:
    futures = _futures(loop, 2)

    async def main() -> tuple[list[Any], list[Any]]:
        return await wait([futures[1], futures[0], futures[1]])

    task = start(loop, main())
    futures[0].set_result(0)
    loop.run_until_idle()
    assert not task.done()
    futures[1].set_result(1)
    loop.run_until_idle()
    assert task.result() == ([futures[1], futures[0]], [])


def test_wait_first_exception(loop: WorkflowEventLoop) -> None:
    futures = _futures(loop, 3)

    async def main() -> tuple[list[Any], list[Any]]:
        return await wait(futures, return_when=FIRST_EXCEPTION)

    task = start(loop, main())
    futures[0].set_result(0)
    loop.run_until_idle()
    assert not task.done()
    futures[2].set_exception(ValueError())
    loop.run_until_idle()
    assert task.result() == ([futures[0], futures[2]], [futures[1]])


def test_wait_timeout_is_one_durable_timer(loop: WorkflowEventLoop, sink: FakeTimerSink) -> None:
    futures = _futures(loop, 2)

    async def main() -> tuple[list[Any], list[Any]]:
        return await wait(futures, timeout=timedelta(seconds=2))

    task = start(loop, main())
    assert sink.calls == [("start", 1, 2000)]
    futures[0].set_result(0)
    sink.fire(1)
    loop.run_until_idle()
    assert task.result() == ([futures[0]], [futures[1]])
    assert sink.kinds() == ["start", "fired"]


def test_wait_cancels_its_timer_when_done_first(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    futures = _futures(loop, 1)

    async def main() -> tuple[list[Any], list[Any]]:
        return await wait(futures, timeout=5)

    task = start(loop, main())
    futures[0].set_result(0)
    loop.run_until_idle()
    assert task.result() == ([futures[0]], [])
    assert sink.kinds() == ["start", "cancel"]


def test_wait_that_need_not_wait_starts_no_timer(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    futures = _futures(loop, 2)
    futures[1].set_result(1)

    async def main() -> list[tuple[list[Any], list[Any]]]:
        return [
            await wait(futures, timeout=5, return_when=FIRST_COMPLETED),
            await wait(futures, timeout=0, return_when=ALL_COMPLETED),
        ]

    assert start(loop, main()).result() == [([futures[1]], [futures[0]])] * 2
    assert sink.calls == []


@pytest.mark.parametrize(
    ("fs", "kwargs", "error"),
    [
        ([], {}, ValueError),
        ([object()], {}, TypeError),
        (None, {"return_when": "SOMETIMES"}, ValueError),
    ],
)
def test_wait_rejects_bad_arguments(
    loop: WorkflowEventLoop, fs: list[Any] | None, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    async def main() -> None:
        await wait(fs if fs is not None else [loop.create_future()], **kwargs)

    assert isinstance(start(loop, main()).exception(), error)


def test_as_completed_yields_done_in_input_order_then_completion_order(
    loop: WorkflowEventLoop,
) -> None:
    futures = _futures(loop, 5)
    futures[4].set_result(4)
    futures[2].set_result(2)
    results: list[int] = []

    async def main() -> None:
        for next_done in as_completed(futures):
            results.append(await next_done)

    task = start(loop, main())
    assert results == [2, 4]
    futures[3].set_result(3)
    futures[0].set_result(0)
    loop.run_until_idle()
    futures[1].set_result(1)
    loop.run_until_idle()
    task.result()
    assert results == [2, 4, 3, 0, 1]


def test_as_completed_wraps_coroutines_and_raises_their_errors(loop: WorkflowEventLoop) -> None:
    async def value(n: int) -> int:
        for _ in range(n):
            await asyncio.sleep(0)
        if n == 1:
            raise ValueError("one")
        return n

    async def main() -> list[object]:
        out: list[object] = []
        for next_done in as_completed([value(3), value(1), value(2)]):
            try:
                out.append(await next_done)
            except ValueError as exc:
                out.append(str(exc))
        return out

    assert start(loop, main()).result() == ["one", 2, 3]


def test_as_completed_timeout_raises_after_the_done_ones(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    futures = _futures(loop, 3)
    futures[1].set_result(1)

    async def main() -> list[object]:
        out: list[object] = []
        for next_done in as_completed(futures, timeout=1):
            try:
                out.append(await next_done)
            except TimeoutError:
                out.append("timeout")
        return out

    task = start(loop, main())
    sink.fire(1)
    futures[0].set_result(0)  # after the timeout: not handed out any more
    loop.run_until_idle()
    assert task.result() == [1, "timeout", "timeout"]


def test_as_completed_cancels_its_timer_when_all_completed(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    futures = _futures(loop, 2)

    async def main() -> list[int]:
        return [await f for f in as_completed(futures, timeout=10)]

    task = start(loop, main())
    futures[1].set_result(1)
    futures[0].set_result(0)
    loop.run_until_idle()
    assert task.result() == [1, 0]
    assert sink.kinds() == ["start", "cancel"]


def test_as_completed_items_can_be_awaited_concurrently(loop: WorkflowEventLoop) -> None:
    futures = _futures(loop, 3)

    async def main() -> list[int]:
        return await asyncio.gather(*as_completed(futures))

    task = start(loop, main())
    for n in (2, 0, 1):
        futures[n].set_result(n)
    loop.run_until_idle()
    assert task.result() == [2, 0, 1]
