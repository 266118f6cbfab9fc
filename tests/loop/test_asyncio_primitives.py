"""asyncio as workflow code knows it, running on the workflow loop."""

from __future__ import annotations

import asyncio

import pytest

from temporalio._loop import WorkflowEventLoop

from .conftest import FakeTimerSink, start


def test_gather_returns_results_in_argument_order(loop: WorkflowEventLoop) -> None:
    async def value(n: int) -> int:
        await asyncio.sleep(0)
        return n

    async def main() -> list[int]:
        return list(await asyncio.gather(value(1), value(2), value(3)))

    assert start(loop, main()).result() == [1, 2, 3]


def test_asyncio_wait_on_tasks(loop: WorkflowEventLoop, sink: FakeTimerSink) -> None:
    async def main() -> tuple[int, int]:
        quick = asyncio.create_task(asyncio.sleep(0))
        slow = asyncio.create_task(asyncio.sleep(5))
        done, pending = await asyncio.wait({quick, slow}, return_when=asyncio.FIRST_COMPLETED)
        slow.cancel()
        return len(done), len(pending)

    assert start(loop, main()).result() == (1, 1)
    assert sink.kinds() == ["start", "cancel"]


def test_event_wakes_every_waiter(loop: WorkflowEventLoop) -> None:
    event = asyncio.Event()
    woke: list[int] = []

    async def waiter(n: int) -> None:
        await event.wait()
        woke.append(n)

    for n in range(3):
        loop.create_task(waiter(n))
    loop.run_until_idle()
    assert woke == []
    event.set()
    loop.run_until_idle()
    assert woke == [0, 1, 2]


def test_lock_serialises_critical_sections(loop: WorkflowEventLoop) -> None:
    lock = asyncio.Lock()
    trace: list[str] = []

    async def worker(name: str) -> None:
        async with lock:
            trace.append(f"{name} in")
            await asyncio.sleep(0)
            trace.append(f"{name} out")

    async def main() -> None:
        await asyncio.gather(worker("a"), worker("b"))

    start(loop, main()).result()
    assert trace == ["a in", "a out", "b in", "b out"]


def test_semaphore_limits_concurrency(loop: WorkflowEventLoop) -> None:
    semaphore = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def worker() -> None:
        nonlocal active, peak
        async with semaphore:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0)
            active -= 1

    async def main() -> None:
        await asyncio.gather(*(worker() for _ in range(5)))

    start(loop, main()).result()
    assert peak == 2


def test_condition_notifies_a_waiter(loop: WorkflowEventLoop) -> None:
    condition = asyncio.Condition()
    items: list[int] = []

    async def consumer() -> int:
        async with condition:
            await condition.wait_for(lambda: bool(items))
            return items.pop()

    async def producer() -> None:
        async with condition:
            items.append(7)
            condition.notify()

    async def main() -> int:
        task = asyncio.create_task(consumer())
        await asyncio.sleep(0)
        await producer()
        return await task

    assert start(loop, main()).result() == 7


def test_queue_hands_items_over_in_order(loop: WorkflowEventLoop) -> None:
    async def main() -> list[int]:
        queue: asyncio.Queue[int | None] = asyncio.Queue(maxsize=1)
        received: list[int] = []

        async def consume() -> None:
            while (item := await queue.get()) is not None:
                received.append(item)

        consumer = asyncio.create_task(consume())
        for item in (1, 2, 3, None):
            await queue.put(item)
        await consumer
        return received

    assert start(loop, main()).result() == [1, 2, 3]


def test_task_group_waits_for_children_and_cancels_them_on_error(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    async def fail() -> None:
        await asyncio.sleep(0)
        raise ValueError("child failed")

    async def main() -> None:
        async with asyncio.TaskGroup() as group:
            group.create_task(asyncio.sleep(10))
            group.create_task(fail())

    error = start(loop, main()).exception()
    assert isinstance(error, ExceptionGroup)
    assert error.subgroup(ValueError) is not None
    assert sink.kinds() == ["start", "cancel"]


def test_shield_protects_inner_work_from_task_cancel(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    finished: list[str] = []

    async def inner() -> None:
        await asyncio.sleep(1)
        finished.append("inner")

    async def outer() -> None:
        await asyncio.shield(inner())

    task = start(loop, outer())
    task.cancel()
    loop.run_until_idle()
    assert task.cancelled()
    sink.fire(1)
    loop.run_until_idle()
    assert finished == ["inner"]
    assert sink.kinds() == ["start", "fired"]


def test_plain_task_cancel_works_as_in_asyncio(loop: WorkflowEventLoop) -> None:
    async def main() -> str:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            await asyncio.sleep(0)  # awaiting after a plain cancel is not cancelled again
            return "cleaned up"
        return "not cancelled"

    task = start(loop, main())
    task.cancel()
    loop.run_until_idle()
    assert task.result() == "cleaned up"


def test_current_task_inside_children(loop: WorkflowEventLoop) -> None:
    async def child() -> asyncio.Task[object] | None:
        return asyncio.current_task()

    async def main() -> bool:
        task = asyncio.create_task(child())
        return await task is task

    assert start(loop, main()).result() is True


def test_exception_of_an_unawaited_task_stays_on_the_task(loop: WorkflowEventLoop) -> None:
    async def fail() -> None:
        raise KeyError("lost")

    async def main() -> asyncio.Task[None]:
        task = asyncio.create_task(fail())
        await asyncio.sleep(0)
        return task

    child = start(loop, main()).result()
    with pytest.raises(KeyError):
        child.result()
