"""ActivityEnvironment: activity code runs with a test context, on asyncio, trio and threads."""

from __future__ import annotations

import dataclasses
import threading
import time
from typing import Any

import anyio
import pytest

from temporalio import activity
from temporalio.activity import ActivityCancellationDetails
from temporalio.client import Client
from temporalio.exceptions import CancelledError
from temporalio.testing import ActivityEnvironment


@activity.defn
async def describe_self(suffix: str) -> str:
    info = activity.info()
    activity.heartbeat("started", 1)
    return f"{info.activity_type}/{info.workflow_id}/{info.attempt}{suffix}"


@activity.defn
async def wait_until_cancelled() -> str:
    try:
        await anyio.sleep_forever()
    finally:
        assert activity.is_cancelled()
    return "unreachable"


@activity.defn
async def cleans_up_when_cancelled() -> str:
    try:
        await anyio.sleep_forever()
    except anyio.get_cancelled_exc_class():
        details = activity.cancellation_details()
        assert details is not None
        return f"cleaned up (paused={details.paused})"
    return "unreachable"


@activity.defn
def sync_heartbeats(n: int) -> int:
    for i in range(n):
        activity.heartbeat(i)
    return n


@activity.defn
def sync_waits_for_cancel() -> str:
    while True:
        time.sleep(0.01)


@activity.defn(no_thread_cancel_exception=True)
def sync_polls_cancel() -> str:
    activity.wait_for_cancelled_sync(10)
    return "saw cancellation" if activity.is_cancelled() else "timed out"


@activity.defn
async def waits_for_shutdown() -> bool:
    await activity.wait_for_worker_shutdown()
    return activity.is_worker_shutdown()


async def test_async_activity_sees_info_and_heartbeats() -> None:
    env = ActivityEnvironment()
    env.info = dataclasses.replace(env.info, activity_type="describe", attempt=3)
    beats: list[tuple[Any, ...]] = []
    env.on_heartbeat = lambda *details: beats.append(details)
    assert await env.run(describe_self, "!") == "describe/test/3!"
    assert beats == [("started", 1)]
    # Outside ``run`` there is no activity context.
    assert not activity.in_activity()
    with pytest.raises(RuntimeError, match="Not in activity context"):
        activity.info()


async def _cancel_later(env: ActivityEnvironment, details: ActivityCancellationDetails) -> None:
    await anyio.sleep(0.05)
    env.cancel(details)


async def test_cancel_cancels_a_running_async_activity() -> None:
    env = ActivityEnvironment()
    with anyio.fail_after(10):
        async with anyio.create_task_group() as tg:
            tg.start_soon(_cancel_later, env, ActivityCancellationDetails(cancel_requested=True))
            with pytest.raises(CancelledError):
                await env.run(wait_until_cancelled)


async def test_async_activity_may_handle_its_cancellation() -> None:
    env = ActivityEnvironment()
    with anyio.fail_after(10):
        async with anyio.create_task_group() as tg:
            tg.start_soon(_cancel_later, env, ActivityCancellationDetails(paused=True))
            assert await env.run(cleans_up_when_cancelled) == "cleaned up (paused=True)"


async def test_cancelled_before_it_starts_and_first_details_win() -> None:
    env = ActivityEnvironment()
    env.cancel()
    env.cancel(ActivityCancellationDetails(paused=True))  # too late: ignored
    with anyio.fail_after(10):
        assert await env.run(cleans_up_when_cancelled) == "cleaned up (paused=False)"


def test_sync_activity_runs_in_the_calling_thread_with_heartbeats() -> None:
    env = ActivityEnvironment()
    beats: list[Any] = []
    env.on_heartbeat = lambda *details: beats.append(details[0])
    assert env.run(sync_heartbeats, 3) == 3
    assert beats == [0, 1, 2]


def test_cancel_raises_in_a_sync_activity_thread() -> None:
    env = ActivityEnvironment()
    timer = threading.Timer(0.1, env.cancel)
    timer.start()
    started = time.monotonic()
    with pytest.raises(CancelledError):
        env.run(sync_waits_for_cancel)
    assert time.monotonic() - started < 5
    timer.join()


def test_no_thread_cancel_exception_activity_polls_instead() -> None:
    env = ActivityEnvironment()
    timer = threading.Timer(0.1, env.cancel)
    timer.start()
    assert env.run(sync_polls_cancel) == "saw cancellation"
    timer.join()


async def test_worker_shutdown_reaches_the_activity() -> None:
    env = ActivityEnvironment()
    with anyio.fail_after(10):
        async with anyio.create_task_group() as tg:
            results: list[bool] = []

            async def run() -> None:
                results.append(await env.run(waits_for_shutdown))

            tg.start_soon(run)
            await anyio.sleep(0.05)
            env.worker_shutdown()
    assert results == [True]


async def test_client_is_the_one_given(client: Client) -> None:
    @activity.defn
    async def which_client() -> Client:
        return activity.client()

    assert await ActivityEnvironment(client).run(which_client) is client
    with pytest.raises(RuntimeError):
        await ActivityEnvironment().run(which_client)
