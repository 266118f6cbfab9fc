"""Timers: asyncio and workflow helpers become durable timers with the right commands."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

import pytest

from temporalio import workflow
from temporalio.client import Client, WorkflowFailureError
from temporalio.worker import Worker
from tests.worker.helpers import event_types, eventually, new_id


@workflow.defn
class SleepWorkflow:
    @workflow.run
    async def run(self, seconds: float) -> float:
        start = workflow.now()
        await asyncio.sleep(seconds)
        await workflow.sleep(timedelta(seconds=seconds))
        return (workflow.now() - start).total_seconds()


@workflow.defn
class WaitForWorkflow:
    def __init__(self) -> None:
        self._event = asyncio.Event()

    @workflow.run
    async def run(self) -> str:
        # The event is set by a signal before the 1-hour timeout: one timer
        # started, then cancelled.
        await asyncio.wait_for(self._event.wait(), timeout=3600)
        # This one times out: one timer started and fired.
        try:
            await asyncio.wait_for(asyncio.Event().wait(), timeout=0.1)
        except TimeoutError:
            pass
        # asyncio.timeout around a sleep that finishes first: start + cancel.
        async with asyncio.timeout(3600):
            await asyncio.sleep(0.05)
        return "done"

    @workflow.signal
    def go(self) -> None:
        self._event.set()


@workflow.defn
class ConditionWorkflow:
    def __init__(self) -> None:
        self._value = 0

    @workflow.run
    async def run(self) -> str:
        try:
            await workflow.wait_condition(lambda: self._value > 100, timeout=0.1)
        except TimeoutError:
            pass
        await workflow.wait_condition(lambda: self._value == 2)
        return f"value={self._value}"

    @workflow.signal
    def set_value(self, value: int) -> None:
        self._value = value


async def test_sleeps_are_durable_timers_and_advance_workflow_time(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([SleepWorkflow]):
        handle = await client.start_workflow(
            SleepWorkflow.run, 0.2, id=new_id(), task_queue=task_queue
        )
        elapsed = await handle.result()
    assert elapsed >= 0.4
    types = await event_types(handle)
    assert types.count("TIMER_STARTED") == 2
    assert types.count("TIMER_FIRED") == 2


async def test_wait_for_and_timeout_start_and_cancel_timers(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([WaitForWorkflow]):
        handle = await client.start_workflow(
            WaitForWorkflow.run, id=new_id(), task_queue=task_queue
        )
        # Signal once the first timer is in history (a timer started and cancelled
        # within one workflow task would never be sent).
        await eventually(lambda: event_types(handle), lambda t: "TIMER_STARTED" in t)
        await handle.signal(WaitForWorkflow.go)
        assert await handle.result() == "done"
    types = await event_types(handle)
    # wait_for(3600) cancelled, wait_for(0.1) fired, timeout(3600) cancelled, sleep fired
    assert types.count("TIMER_STARTED") == 4
    assert types.count("TIMER_CANCELED") == 2
    assert types.count("TIMER_FIRED") == 2


async def test_wait_condition_with_timeout(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([ConditionWorkflow]):
        handle = await client.start_workflow(
            ConditionWorkflow.run, id=new_id(), task_queue=task_queue
        )
        await handle.signal(ConditionWorkflow.set_value, 1)
        await handle.signal(ConditionWorkflow.set_value, 2)
        assert await handle.result() == "value=2"
    types = await event_types(handle)
    assert types.count("TIMER_STARTED") == 1
    assert types.count("TIMER_FIRED") == 1


@workflow.defn
class SameTaskTimerWorkflow:
    @workflow.run
    async def run(self) -> str:
        event = asyncio.Event()
        event.set()
        # Started and cancelled within one activation: nothing reaches history.
        await asyncio.wait_for(event.wait(), timeout=60)
        return "ok"


async def test_timer_started_and_cancelled_in_one_task_writes_nothing(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([SameTaskTimerWorkflow]):
        handle = await client.start_workflow(
            SameTaskTimerWorkflow.run, id=new_id(), task_queue=task_queue
        )
        assert await handle.result() == "ok"
    types = await event_types(handle)
    assert "TIMER_STARTED" not in types and "TIMER_CANCELED" not in types


@workflow.defn
class BadTimerWorkflow:
    @workflow.run
    async def run(self) -> None:
        await asyncio.sleep(-1)


async def test_negative_sleep_is_a_zero_timer(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([BadTimerWorkflow]):
        handle = await client.start_workflow(
            BadTimerWorkflow.run,
            id=new_id(),
            task_queue=task_queue,
            execution_timeout=timedelta(seconds=20),
        )
        try:
            await handle.result()
        except WorkflowFailureError:  # pragma: no cover - shows the failure if any
            pytest.fail("a negative sleep must behave like sleep(0)")
