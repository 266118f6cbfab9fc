"""The loop facade: stepping, time, tasks, host isolation, errors, forbidden features."""

from __future__ import annotations

import asyncio
import contextvars
import sys
from datetime import UTC, datetime
from typing import Any

import anyio
import pytest
import sniffio

from temporalio._loop import (
    WORKFLOW_ASYNC_LIBRARY,
    NotAllowedInWorkflowError,
    WorkflowEventLoop,
    WorkflowLivelockError,
    WorkflowTask,
)
from temporalio._loop._errors import explain_host_library_error

from .conftest import FakeTimerSink, start


def test_callbacks_run_in_fifo_order_until_idle(loop: WorkflowEventLoop) -> None:
    seen: list[int] = []

    def chain(n: int) -> None:
        seen.append(n)
        if n < 3:
            loop.call_soon(chain, n + 10)

    for n in (1, 2, 3):
        loop.call_soon(chain, n)
    loop.run_until_idle()
    assert seen == [1, 2, 3, 11, 12]
    assert not loop.is_running()


def test_cancelled_handle_does_not_run(loop: WorkflowEventLoop) -> None:
    seen: list[str] = []
    handle = loop.call_soon(seen.append, "a")
    loop.call_soon(seen.append, "b")
    handle.cancel()
    loop.run_until_idle()
    assert seen == ["b"]


def test_time_is_workflow_time_set_by_the_runtime(loop: WorkflowEventLoop) -> None:
    loop.set_time(datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=UTC))
    assert loop.time() == datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=UTC).timestamp()
    loop.set_time(12.5)
    assert loop.time() == 12.5

    async def read() -> float:
        return asyncio.get_running_loop().time()

    assert start(loop, read()).result() == 12.5


def test_naive_datetime_is_rejected_as_workflow_time(loop: WorkflowEventLoop) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        loop.set_time(datetime(2024, 1, 1))


def test_workflow_code_sees_this_loop_running(loop: WorkflowEventLoop) -> None:
    async def probe() -> tuple[Any, ...]:
        running = asyncio.get_running_loop()
        return (
            running,
            running.is_running(),
            asyncio.get_event_loop(),
            running.get_task_factory(),
            running.get_debug(),
            asyncio.current_task(),
        )

    task = start(loop, probe())
    running, is_running, event_loop, factory, debug, current = task.result()
    assert running is loop and event_loop is loop and is_running
    assert factory is None and debug is False
    assert current is task and isinstance(task, WorkflowTask)


def test_task_names_are_counted_per_loop(sink: FakeTimerSink) -> None:
    def names() -> list[str]:
        loop = WorkflowEventLoop(sink)

        async def child() -> None:
            pass

        async def main() -> list[str]:
            tasks = [asyncio.create_task(child()) for _ in range(2)]
            tasks.append(asyncio.create_task(child(), name="named"))
            await asyncio.gather(*tasks)
            return [t.get_name() for t in tasks]

        task = start(loop, main())
        result = [task.get_name(), *task.result()]
        loop.destroy()
        return result

    assert names() == names() == ["Task-1", "Task-2", "Task-3", "named"]


def test_unawaited_running_tasks_are_kept_alive(loop: WorkflowEventLoop) -> None:
    done: list[str] = []

    async def background() -> None:
        await asyncio.sleep(0)
        done.append("background")

    async def main() -> None:
        asyncio.create_task(background())  # noqa: RUF006 - the loop must keep it alive

    start(loop, main())
    assert done == ["background"]


def test_running_loop_is_restored_inside_a_host_asyncio_loop(sink: FakeTimerSink) -> None:
    async def host() -> None:
        host_loop = asyncio.get_running_loop()
        host_task = asyncio.current_task()
        loop = WorkflowEventLoop(sink)
        seen: dict[str, Any] = {}

        async def workflow() -> None:
            seen["loop"] = asyncio.get_running_loop()
            seen["task"] = asyncio.current_task()
            await asyncio.sleep(0)
            seen["after"] = asyncio.get_running_loop()

        task = start(loop, workflow())
        assert task.done() and seen["loop"] is loop and seen["after"] is loop
        assert seen["task"] is task
        assert asyncio.get_running_loop() is host_loop
        assert asyncio.current_task() is host_task
        await asyncio.sleep(0)  # the host loop still works
        loop.destroy()

    asyncio.run(host())


def test_asyncgen_hooks_are_swapped_and_restored(loop: WorkflowEventLoop) -> None:
    hooks = sys.get_asyncgen_hooks()
    finalized: list[str] = []

    async def agen() -> Any:
        try:
            yield 1
            yield 2
        finally:
            finalized.append("closed")

    async def main() -> None:
        gen = agen()
        assert await gen.__anext__() == 1
        assert sys.get_asyncgen_hooks().finalizer is not hooks.finalizer
        await loop.shutdown_asyncgens()

    start(loop, main()).result()
    assert finalized == ["closed"]
    assert sys.get_asyncgen_hooks() == hooks


def test_sniffio_reports_no_host_library_in_workflow_code(loop: WorkflowEventLoop) -> None:
    async def probe() -> str:
        return sniffio.current_async_library()

    assert start(loop, probe()).result() == WORKFLOW_ASYNC_LIBRARY


def test_host_context_variables_do_not_leak_into_workflows(loop: WorkflowEventLoop) -> None:
    var: contextvars.ContextVar[str] = contextvars.ContextVar("host_var", default="unset")
    var.set("host value")

    async def probe() -> str:
        return var.get()

    assert start(loop, probe()).result() == "unset"


def test_anyio_fails_loudly_in_workflow_code_even_on_a_trio_thread(
    loop: WorkflowEventLoop,
) -> None:
    async def use_anyio() -> None:
        await anyio.sleep(0)

    sniffio.thread_local.name = "trio"  # what trio sets while it runs on this thread
    try:
        task = start(loop, use_anyio())
        assert sniffio.thread_local.name == "trio"
    finally:
        sniffio.thread_local.name = None
    with pytest.raises(NotAllowedInWorkflowError, match="anyio in workflow code"):
        task.result()


async def test_anyio_fails_in_workflow_stepped_inside_a_host_loop() -> None:
    loop = WorkflowEventLoop(FakeTimerSink())

    async def use_anyio() -> None:
        await anyio.sleep(0)

    task = start(loop, use_anyio())
    with pytest.raises(NotAllowedInWorkflowError, match="use asyncio primitives"):
        task.result()
    await anyio.sleep(0)  # the host library is still reported outside the workflow
    loop.destroy()


def test_trio_outside_its_run_is_explained_and_other_errors_are_not() -> None:
    trio = pytest.importorskip("trio")

    with pytest.raises(RuntimeError) as from_trio:
        trio.current_time()
    explained = explain_host_library_error(from_trio.value)
    assert isinstance(explained, NotAllowedInWorkflowError)
    assert str(explained).startswith("trio in workflow code is not allowed in a workflow")
    assert explained.__cause__ is from_trio.value
    # The same words from anywhere else are left alone.
    try:
        raise RuntimeError("must be called from async context")
    except RuntimeError as err:
        assert explain_host_library_error(err) is err
    other = ValueError("x")
    assert explain_host_library_error(other) is other


def test_failing_callback_is_routed_to_the_runtime(loop: WorkflowEventLoop) -> None:
    def boom() -> None:
        raise ValueError("boom")

    loop.call_soon(boom)
    loop.run_until_idle()
    errors = loop.take_unhandled_errors()
    assert len(errors) == 1 and isinstance(errors[0]["exception"], ValueError)
    assert loop.take_unhandled_errors() == []


def test_custom_exception_handler_is_used_and_its_failure_reported(
    loop: WorkflowEventLoop,
) -> None:
    seen: list[dict[str, Any]] = []

    def handler(_: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        seen.append(context)
        raise RuntimeError("handler broke")

    loop.set_exception_handler(handler)
    assert loop.get_exception_handler() is handler
    loop.call_exception_handler({"message": "first"})
    assert [c["message"] for c in seen] == ["first"]
    errors = loop.take_unhandled_errors()
    assert errors[0]["context"] == {"message": "first"}
    assert isinstance(errors[0]["exception"], RuntimeError)


def test_busy_loop_is_reported_as_livelock(sink: FakeTimerSink) -> None:
    loop = WorkflowEventLoop(sink, max_callbacks_per_run=100)

    async def spin() -> None:
        while True:
            await asyncio.sleep(0)

    loop.create_task(spin())
    with pytest.raises(WorkflowLivelockError, match="100 callbacks"):
        loop.run_until_idle()
    assert not loop.is_running()
    loop.destroy()


def test_stepping_is_not_reentrant(loop: WorkflowEventLoop) -> None:
    async def reenter() -> None:
        loop.run_until_idle()

    with pytest.raises(RuntimeError, match="while the workflow's loop runs"):
        start(loop, reenter()).result()


@pytest.mark.parametrize(
    ("call", "what"),
    [
        (lambda lp: lp.run_in_executor(None, print), "run_in_executor"),
        (lambda lp: lp.call_soon_threadsafe(print), "call_soon_threadsafe"),
        (lambda lp: lp.getaddrinfo("localhost", 80), "getaddrinfo"),
        (lambda lp: lp.create_connection(asyncio.Protocol, "h", 1), "create_connection"),
        (lambda lp: lp.subprocess_exec(asyncio.SubprocessProtocol, "ls"), "subprocess_exec"),
        (lambda lp: lp.add_signal_handler(2, print), "add_signal_handler"),
        (lambda lp: lp.add_reader(0, print), "add_reader"),
        (lambda lp: lp.sock_recv(None, 1), "sock_recv"),
        (lambda lp: lp.run_until_complete(None), "run_until_complete"),
        (lambda lp: lp.run_forever(), "run_forever"),
        (lambda lp: lp.stop(), "stop"),
        (lambda lp: lp.close(), "close"),
        (lambda lp: lp.set_task_factory(lambda *a: None), "set_task_factory"),
        (lambda lp: lp.set_debug(True), "debug mode"),
    ],
)
def test_forbidden_features_raise_a_clear_error_in_workflow_code(
    loop: WorkflowEventLoop, call: Any, what: str
) -> None:
    async def misuse() -> None:
        call(asyncio.get_running_loop())

    error = start(loop, misuse()).exception()
    assert isinstance(error, NotAllowedInWorkflowError)
    assert isinstance(error, RuntimeError)
    assert what in str(error) and "is not allowed in a workflow" in str(error)


def test_asyncio_to_thread_is_not_allowed(loop: WorkflowEventLoop) -> None:
    async def misuse() -> None:
        await asyncio.to_thread(print)

    assert isinstance(start(loop, misuse()).exception(), NotAllowedInWorkflowError)


def test_harmless_settings_are_accepted(loop: WorkflowEventLoop) -> None:
    loop.set_debug(False)
    loop.set_task_factory(None)
    asyncio.run(loop.shutdown_default_executor())
    assert "idle" in repr(loop)
