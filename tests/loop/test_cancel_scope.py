"""CancellationScope: trio's cancel-scope rules on the workflow loop."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from temporalio._loop import CancellationScope, CancelledError, WorkflowEventLoop

from .conftest import FakeTimerSink, start


def test_cancelled_scope_cancels_the_await_and_catches_it(loop: WorkflowEventLoop) -> None:
    scopes: list[CancellationScope] = []

    async def main() -> tuple[bool, int]:
        with CancellationScope() as scope:
            scopes.append(scope)
            await asyncio.Event().wait()
        task = asyncio.current_task()
        assert task is not None
        return scope.cancelled_caught, task.cancelling()

    task = start(loop, main())
    scopes[0].cancel()
    loop.run_until_idle()
    assert task.result() == (True, 0)


def test_cancellation_is_delivered_at_every_await_until_the_scope_exits(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    caught: list[str] = []

    async def main() -> str:
        with CancellationScope() as scope:
            scope.cancel()
            for what in ("sleep", "event", "sleep(0)"):
                try:
                    if what == "sleep":
                        await asyncio.sleep(1)
                    elif what == "event":
                        await asyncio.Event().wait()
                    else:
                        await asyncio.sleep(0)
                except CancelledError:
                    caught.append(what)
            await asyncio.sleep(0)
            caught.append("not reached")
        await asyncio.sleep(0)  # outside the scope: not cancelled
        return "after"

    assert start(loop, main()).result() == "after"
    assert caught == ["sleep", "event", "sleep(0)"]
    assert sink.kinds() == ["start", "cancel"]  # a start and its cancel: no command sent


def test_inner_scope_is_cancelled_through_its_parent_and_outer_catches(
    loop: WorkflowEventLoop,
) -> None:
    seen: dict[str, bool] = {}

    async def main() -> None:
        with CancellationScope() as outer, CancellationScope() as inner:
            outer.cancel()
            seen["inner.cancelled"] = inner.cancelled
            seen["inner.cancel_called"] = inner.cancel_called
            await asyncio.sleep(0)
        seen["inner.caught"] = inner.cancelled_caught
        seen["outer.caught"] = outer.cancelled_caught

    start(loop, main()).result()
    assert seen == {
        "inner.cancelled": True,
        "inner.cancel_called": False,
        "inner.caught": False,
        "outer.caught": True,
    }


def test_outermost_cancelled_scope_catches_when_both_are_cancelled(
    loop: WorkflowEventLoop,
) -> None:
    async def main() -> tuple[bool, bool]:
        with CancellationScope() as outer:
            with CancellationScope() as inner:
                inner.cancel()
                outer.cancel()
                await asyncio.sleep(0)
            raise AssertionError("the cancellation passes the inner scope")
        return inner.cancelled_caught, outer.cancelled_caught

    assert start(loop, main()).result() == (False, True)


def test_detached_scope_shields_from_ancestors_until_it_exits(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    trace: list[str] = []
    scopes: list[CancellationScope] = []

    async def main() -> None:
        with CancellationScope() as outer:
            scopes.append(outer)
            try:
                await asyncio.Event().wait()
            except CancelledError:
                trace.append("cancelled")
            with CancellationScope(detached=True) as cleanup:
                trace.append(f"cleanup.cancelled={cleanup.cancelled}")
                await asyncio.sleep(1)
                trace.append("cleanup done")
            await asyncio.sleep(0)
            trace.append("not reached")
        trace.append(f"outer caught={outer.cancelled_caught}")

    task = start(loop, main())
    scopes[0].cancel()
    loop.run_until_idle()
    assert sink.calls == [("start", 1, 1000)]
    sink.fire(1)
    loop.run_until_idle()
    task.result()
    assert trace == ["cancelled", "cleanup.cancelled=False", "cleanup done", "outer caught=True"]


def test_scope_timeout_is_one_durable_timer(loop: WorkflowEventLoop, sink: FakeTimerSink) -> None:
    async def main() -> bool:
        with CancellationScope(timeout=timedelta(seconds=30)) as scope:
            await asyncio.Event().wait()
        return scope.cancelled_caught

    task = start(loop, main())
    assert sink.calls == [("start", 1, 30000)]
    sink.fire(1)
    loop.run_until_idle()
    assert task.result() is True
    assert sink.kinds() == ["start", "fired"]


def test_scope_timeout_timer_is_cancelled_when_the_scope_ends_early(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    async def main() -> bool:
        with CancellationScope(timeout=5) as scope:
            await asyncio.sleep(0)
        return scope.cancelled_caught

    assert start(loop, main()).result() is False
    assert sink.calls == [("start", 1, 5000), ("cancel", 1, None)]


def test_zero_timeout_cancels_on_entry_without_a_timer(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    async def main() -> bool:
        with CancellationScope(timeout=0) as scope:
            assert scope.cancelled
            await asyncio.sleep(0)
        return scope.cancelled_caught

    assert start(loop, main()).result() is True
    assert sink.calls == []


def test_cancel_callbacks_fire_once_in_order_also_for_ancestor_cancel(
    loop: WorkflowEventLoop,
) -> None:
    fired: list[str] = []
    scopes: dict[str, CancellationScope] = {}

    async def main() -> None:
        with CancellationScope() as outer:
            scopes["outer"] = outer
            outer.add_cancel_callback(lambda: fired.append("outer 1"))
            with CancellationScope() as inner:
                inner.add_cancel_callback(lambda: fired.append("inner 1"))
                remove = inner.add_cancel_callback(lambda: fired.append("removed"))
                inner.add_cancel_callback(lambda: fired.append("inner 2"))
                remove()
                with CancellationScope(detached=True) as shielded:
                    shielded.add_cancel_callback(lambda: fired.append("detached"))
                    await asyncio.Event().wait()

    task = start(loop, main())
    outer_scope = scopes["outer"]
    outer_scope.add_cancel_callback(lambda: fired.append("outer 2"))
    outer_scope.cancel()
    outer_scope.cancel()
    loop.root_scope.cancel()
    loop.run_until_idle()
    assert fired == ["outer 1", "outer 2", "inner 1", "inner 2"]
    assert not task.done()  # the task is in the detached scope


def test_callback_on_an_already_cancelled_scope_runs_at_once(loop: WorkflowEventLoop) -> None:
    fired: list[str] = []

    async def main() -> bool:
        with CancellationScope() as scope:
            scope.cancel()
            was_cancelled = CancellationScope.current().cancelled
            remove = scope.add_cancel_callback(lambda: fired.append("now"))
            remove()
        return was_cancelled

    assert start(loop, main()).result() is True
    assert fired == ["now"]


def test_failing_cancel_callback_is_reported_and_others_still_run(
    loop: WorkflowEventLoop,
) -> None:
    fired: list[str] = []

    def broken() -> None:
        raise ValueError("callback failed")

    loop.root_scope.add_cancel_callback(broken)
    loop.root_scope.add_cancel_callback(lambda: fired.append("second"))
    loop.root_scope.cancel()
    assert fired == ["second"]
    [error] = loop.take_unhandled_errors()
    assert isinstance(error["exception"], ValueError)


def test_task_created_in_a_scope_belongs_to_it(loop: WorkflowEventLoop) -> None:
    trace: list[str] = []
    scopes: list[CancellationScope] = []

    async def child() -> None:
        try:
            await asyncio.Event().wait()
        except CancelledError:
            trace.append(f"child cancelled in {CancellationScope.current() is scopes[0]}")
            raise

    async def main() -> None:
        with CancellationScope() as scope:
            scopes.append(scope)
            task = asyncio.create_task(child())
        await asyncio.sleep(0)
        scope.cancel()  # after the creator left the scope
        await asyncio.gather(task, return_exceptions=True)
        trace.append(f"child cancelled={task.cancelled()}")

    start(loop, main()).result()
    assert trace == ["child cancelled in True", "child cancelled=True"]


def test_task_created_in_a_cancelled_scope_never_runs(loop: WorkflowEventLoop) -> None:
    ran: list[str] = []

    async def child() -> None:
        ran.append("child")

    async def main() -> bool:
        with CancellationScope() as scope:
            scope.cancel()
            task = asyncio.create_task(child())
        await asyncio.sleep(0)
        return task.cancelled()

    assert start(loop, main()).result() is True
    assert ran == []


def test_root_scope_cancel_reaches_every_task_and_sticks(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    trace: list[str] = []

    async def child() -> None:
        await asyncio.Event().wait()

    async def main() -> None:
        task = asyncio.create_task(child())
        try:
            await asyncio.sleep(60)
        except CancelledError:
            trace.append("main cancelled")
        with CancellationScope(detached=True):
            await asyncio.sleep(0)
            trace.append("cleanup ran")
        trace.append(f"child cancelled={task.cancelled()}")
        await asyncio.sleep(0)  # the root scope never exits: cancelled again

    task = start(loop, main())
    assert not loop.root_scope.cancelled
    loop.root_scope.cancel()
    loop.run_until_idle()
    assert task.cancelled() and loop.root_scope.cancelled
    assert trace == ["main cancelled", "cleanup ran", "child cancelled=True"]
    assert sink.kinds() == ["start", "cancel"]


def test_cancellation_is_not_lost_when_the_awaited_result_arrives_in_the_same_step(
    loop: WorkflowEventLoop,
) -> None:
    result: asyncio.Future[str] = loop.create_future()

    async def main() -> str:
        return await result

    task = start(loop, main())
    result.set_result("activity result")
    loop.root_scope.cancel()
    loop.run_until_idle()
    assert task.cancelled()


def test_plain_task_cancel_inside_a_cancelled_scope_is_not_swallowed(
    loop: WorkflowEventLoop,
) -> None:
    scopes: list[CancellationScope] = []

    async def main() -> str:
        with CancellationScope() as scope:
            scopes.append(scope)
            await asyncio.Event().wait()
        return "swallowed"

    task = start(loop, main())
    scopes[0].cancel()
    task.cancel()
    loop.run_until_idle()
    assert task.cancelled()


def test_scope_cancel_wins_over_an_expiring_asyncio_timeout(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    scopes: list[CancellationScope] = []

    async def main() -> str:
        with CancellationScope() as scope:
            scopes.append(scope)
            try:
                async with asyncio.timeout(1):
                    await asyncio.Event().wait()
            except TimeoutError:
                return "timeout"
        return f"scope caught={scope.cancelled_caught}"

    task = start(loop, main())
    sink.fire(1)
    scopes[0].cancel()
    loop.run_until_idle()
    assert task.result() == "scope caught=True"


def test_asyncio_timeout_inside_a_scope_still_times_out(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    async def main() -> str:
        with CancellationScope():
            try:
                async with asyncio.timeout(1):
                    await asyncio.Event().wait()
            except TimeoutError:
                return "timeout"
        return "no timeout"

    task = start(loop, main())
    sink.fire(1)
    loop.run_until_idle()
    assert task.result() == "timeout"


def test_task_group_inside_a_cancelled_scope(loop: WorkflowEventLoop, sink: FakeTimerSink) -> None:
    cleaned: list[str] = []

    async def child(n: int) -> None:
        try:
            await asyncio.sleep(n)
        finally:
            cleaned.append(f"child {n}")

    async def main() -> bool:
        with CancellationScope(timeout=10) as scope:
            async with asyncio.TaskGroup() as group:
                group.create_task(child(20))
                group.create_task(child(30))
        return scope.cancelled_caught

    task = start(loop, main())
    sink.fire(1)
    loop.run_until_idle()
    assert task.result() is True
    assert cleaned == ["child 20", "child 30"]
    assert sink.kinds() == ["start", "start", "start", "fired", "cancel", "cancel"]


def test_run_returns_the_result_of_sync_and_async_functions(loop: WorkflowEventLoop) -> None:
    async def add(a: int, b: int) -> int:
        await asyncio.sleep(0)
        return a + b

    async def main() -> tuple[int, int]:
        return (
            await CancellationScope().run(add, 1, 2),
            await CancellationScope().run(lambda x: x * 2, 21),
        )

    assert start(loop, main()).result() == (3, 42)


def test_run_raises_when_its_scope_caught_its_cancellation(
    loop: WorkflowEventLoop, sink: FakeTimerSink
) -> None:
    async def never() -> int:
        await asyncio.Event().wait()
        return 1

    async def main() -> str:
        scope = CancellationScope(timeout=1)
        try:
            await scope.run(never)
        except CancelledError:
            return f"raised, caught={scope.cancelled_caught}"
        return "returned"

    task = start(loop, main())
    sink.fire(1)
    loop.run_until_idle()
    assert task.result() == "raised, caught=True"


def test_scope_misuse_is_reported(loop: WorkflowEventLoop) -> None:
    with pytest.raises(RuntimeError, match="workflow code"):
        CancellationScope.current()
    with pytest.raises(RuntimeError, match="workflow code"), CancellationScope():
        pass

    async def twice() -> None:
        scope = CancellationScope()
        with scope:
            pass
        with scope:
            pass

    error = start(loop, twice()).exception()
    assert isinstance(error, RuntimeError) and "only once" in str(error)


def test_exited_scopes_are_released_once_nothing_in_them_is_cancellable(
    loop: WorkflowEventLoop,
) -> None:
    async def main() -> None:
        for _ in range(100):
            with CancellationScope() as scope:
                remove = scope.add_cancel_callback(lambda: None)
                await asyncio.sleep(0)
            remove()  # the operation started in the scope resolved

    start(loop, main()).result()
    assert loop.root_scope._children == {}


def test_exited_scope_with_a_live_operation_still_gets_ancestor_cancel(
    loop: WorkflowEventLoop,
) -> None:
    fired: list[str] = []

    async def main() -> None:
        with CancellationScope() as outer:
            with CancellationScope():
                CancellationScope.current().add_cancel_callback(lambda: fired.append("op"))
            await asyncio.sleep(0)
            outer.cancel()
            await asyncio.sleep(0)

    start(loop, main()).result()
    assert fired == ["op"]


def test_cancel_from_a_callback_context_reaches_tasks_created_there_later(
    loop: WorkflowEventLoop,
) -> None:
    scopes: list[CancellationScope] = []

    async def child() -> None:
        await asyncio.Event().wait()

    async def main() -> None:
        with CancellationScope() as scope:
            scopes.append(scope)
            # A callback scheduled inside the scope keeps its context after the scope
            # is gone; the task it creates still belongs to the scope.
            asyncio.get_running_loop().call_soon(lambda: tasks.append(asyncio.create_task(child())))
        await asyncio.sleep(0)
        await asyncio.sleep(0)

    tasks: list[asyncio.Task[None]] = []
    start(loop, main()).result()
    scopes[0].cancel()
    loop.run_until_idle()
    assert tasks[0].cancelled()


def test_callbacks_registered_before_entry_run_when_entered_already_cancelled(
    loop: WorkflowEventLoop,
) -> None:
    fired: list[str] = []

    async def main() -> bool:
        scope = CancellationScope()
        scope.add_cancel_callback(lambda: fired.append("registered before entry"))
        with CancellationScope() as outer:
            outer.cancel()
            with scope:
                assert fired == ["registered before entry"]
        return outer.cancelled_caught

    assert start(loop, main()).result() is False  # no await: nothing was raised
    assert fired == ["registered before entry"]
