"""The time-skipping test server: month-long workflows finish at once, and the clock is ours."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

import anyio
import pytest

from temporalio import activity, workflow
from temporalio.client import WorkflowFailureError
from temporalio.exceptions import TimeoutError
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker
from tests.worker.helpers import new_id


@activity.defn
async def greet(name: str) -> str:
    return f"hello {name}"


@workflow.defn
class MonthLong:
    @workflow.run
    async def run(self, name: str) -> tuple[str, float]:
        started = workflow.now()
        await workflow.sleep(timedelta(days=30))
        greeting = await workflow.execute_activity(
            greet, name, start_to_close_timeout=timedelta(seconds=30)
        )
        return greeting, (workflow.now() - started).total_seconds()


@workflow.defn
class WaitsAnHour:
    @workflow.run
    async def run(self) -> str:
        await workflow.sleep(timedelta(hours=1))
        return "done"


@workflow.defn
class SleepsTwoDays:
    @workflow.run
    async def run(self) -> None:
        await workflow.sleep(timedelta(days=2))


def _worker(env: WorkflowEnvironment, task_queue: str) -> Worker:
    return Worker(
        env.client,
        task_queue=task_queue,
        workflows=[MonthLong, WaitsAnHour, SleepsTwoDays],
        activities=[greet],
    )


async def test_waiting_for_a_result_skips_timers() -> None:
    async with await WorkflowEnvironment.start_time_skipping() as env:
        assert env.supports_time_skipping
        task_queue = new_id()
        async with _worker(env, task_queue):
            wall = time.monotonic()
            with anyio.fail_after(30):
                greeting, elapsed = await env.client.execute_workflow(
                    MonthLong.run, "month", id=new_id(), task_queue=task_queue
                )
            assert greeting == "hello month"
            # Thirty days passed for the workflow, seconds for us.
            assert elapsed >= timedelta(days=30).total_seconds()
            assert time.monotonic() - wall < 20


async def test_concurrent_result_waits_share_the_unlocked_clock() -> None:
    async with await WorkflowEnvironment.start_time_skipping() as env:
        task_queue = new_id()
        async with _worker(env, task_queue):
            handles = [
                await env.client.start_workflow(WaitsAnHour.run, id=new_id(), task_queue=task_queue)
                for _ in range(3)
            ]
            results: list[str] = []

            async def wait(index: int) -> None:
                results.append(await handles[index].result())

            with anyio.fail_after(30):
                async with anyio.create_task_group() as tg:
                    for index in range(3):
                        tg.start_soon(wait, index)
            assert results == ["done"] * 3
            # Locked again afterwards: the clock runs at wall speed, no jumps.
            before = await env.get_current_time()
            await anyio.sleep(0.5)
            assert await env.get_current_time() - before < timedelta(minutes=1)


async def test_sleep_moves_the_clock_and_fires_timers() -> None:
    async with await WorkflowEnvironment.start_time_skipping() as env:
        before = await env.get_current_time()
        assert before.tzinfo is not None
        assert abs(before - datetime.now(UTC)) < timedelta(hours=1)
        task_queue = new_id()
        async with _worker(env, task_queue):
            handle = await env.client.start_workflow(
                WaitsAnHour.run, id=new_id(), task_queue=task_queue
            )
            with env.auto_time_skipping_disabled():
                # Without skipping, the timer is an hour away.
                with anyio.move_on_after(2) as waited:
                    await handle.result()
                assert waited.cancelled_caught
                await env.sleep(timedelta(hours=2))
                assert await env.get_current_time() - before >= timedelta(hours=2)
                with anyio.fail_after(30):
                    assert await handle.result() == "done"
        with pytest.raises(ValueError, match="negative"):
            await env.sleep(-1)


async def test_workflow_timeouts_are_skipped_too() -> None:
    async with await WorkflowEnvironment.start_time_skipping() as env:
        task_queue = new_id()
        async with _worker(env, task_queue):
            with anyio.fail_after(30), pytest.raises(WorkflowFailureError) as caught:
                await env.client.execute_workflow(
                    SleepsTwoDays.run,
                    id=new_id(),
                    task_queue=task_queue,
                    execution_timeout=timedelta(days=1),
                )
        assert isinstance(caught.value.cause, TimeoutError)


async def test_test_server_stops_with_the_block() -> None:
    with pytest.raises(RuntimeError, match="boom"):
        async with await WorkflowEnvironment.start_time_skipping() as env:
            pid = env._process.pid  # type: ignore[attr-defined]
            raise RuntimeError("boom")
    with anyio.fail_after(10):
        while True:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            with open(f"/proc/{pid}/stat") as f:
                if f.read().split(")")[-1].split()[0] == "Z":
                    break
            await anyio.sleep(0.05)


async def test_missing_test_server_says_how_to_install() -> None:
    with pytest.raises(FileNotFoundError, match="test server binary"):
        await WorkflowEnvironment.start_time_skipping(test_server_binary="/nonexistent/ts")


async def test_environment_without_time_skipping_sleeps_for_real(client: object) -> None:
    from temporalio.client import Client

    assert isinstance(client, Client)
    env = await WorkflowEnvironment.from_client(client)
    assert not env.supports_time_skipping
    started = time.monotonic()
    await env.sleep(0.2)
    assert time.monotonic() - started >= 0.2
    assert abs(await env.get_current_time() - datetime.now(UTC)) < timedelta(seconds=5)
    with env.auto_time_skipping_disabled():
        pass
