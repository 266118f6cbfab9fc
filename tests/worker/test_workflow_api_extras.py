"""Workflow API calls that ported code reaches for: ``@workflow.init``, history length and
size and the continue-as-new suggestion, ``instance()``, ``time_ns()``, ``new_random()``,
the last result and failure of a schedule or retry chain, ``current_update_info()``,
``ReadOnlyContextError``, and the extra ``Info`` fields."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import pytest

from temporalio import workflow
from temporalio.api.enums.v1 import EventType
from temporalio.client import (
    Client,
    Schedule,
    ScheduleActionStartWorkflow,
    ScheduleIntervalSpec,
    ScheduleSpec,
)
from temporalio.common import RetryPolicy
from temporalio.exceptions import ApplicationError
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker
from temporalio.workflow import WorkflowDefinitionError
from tests.worker.helpers import new_id

# --- @workflow.init ----------------------------------------------------------------------


@workflow.defn
class InitArgs:
    @workflow.init
    def __init__(self, name: str) -> None:
        self.greeting = f"hello {name}"
        self.seen: list[str] = []

    @workflow.run
    async def run(self, name: str) -> list[str]:
        await workflow.wait_condition(lambda: bool(self.seen))
        return [self.greeting, *self.seen, f"instance is self: {workflow.instance() is self}"]

    @workflow.signal
    def poke(self, who: str) -> None:
        # Delivered with the start, before run's body: __init__ already has the input.
        self.seen.append(f"{self.greeting} / {who}")


async def test_init_gets_the_workflow_arguments(
    client: Client, new_worker: Callable[..., Worker], task_queue: str
) -> None:
    async with new_worker([InitArgs]):
        result = await client.execute_workflow(
            InitArgs.run,
            "ada",
            id=new_id(),
            task_queue=task_queue,
            start_signal="poke",
            start_signal_args=["signal"],
        )
    assert result == ["hello ada", "hello ada / signal", "instance is self: True"]


async def test_init_must_take_the_run_parameters(client: Client) -> None:
    @workflow.defn
    class Mismatch:
        @workflow.init
        def __init__(self, a: str, b: int) -> None:
            pass

        @workflow.run
        async def run(self, a: str) -> None:
            pass

    with pytest.raises(WorkflowDefinitionError, match=r"__init__ takes \(a, b\).*run takes \(a\)"):
        Worker(client, task_queue="q", workflows=[Mismatch])


def test_init_only_on_dunder_init() -> None:
    with pytest.raises(ValueError, match="only decorate a workflow class's __init__"):

        class Wrong:
            @workflow.init
            def setup(self) -> None:
                pass


# --- history facts, time and randomness --------------------------------------------------


@workflow.defn
class Facts:
    @workflow.run
    async def run(self) -> dict[str, Any]:
        lengths = []
        for _ in range(3):
            lengths.append(workflow.info().get_current_history_length())
            await asyncio.sleep(0.001)
        info = workflow.info()
        r1, r2 = workflow.new_random(), workflow.new_random()
        return {
            "lengths": lengths,
            "length": info.get_current_history_length(),
            "size": info.get_current_history_size(),
            "suggested": info.is_continue_as_new_suggested(),
            "time_ns_us": workflow.time_ns() // 1000,
            "now_us": round(workflow.now().timestamp() * 1_000_000),
            "randoms_differ": r1.random() != r2.random(),
            "original_run_id_is_run_id": info.original_execution_run_id == info.run_id,
            "workflow_start_time": info.workflow_start_time.isoformat(),
            "priority_key": info.priority.priority_key,
            "root": None if info.root is None else [info.root.workflow_id, info.root.run_id],
            "random_value": r1.random(),
        }


async def test_history_length_size_and_time_helpers(
    client: Client, new_worker: Callable[..., Worker], task_queue: str
) -> None:
    async with new_worker([Facts]):
        handle = await client.start_workflow(Facts.run, id=new_id(), task_queue=task_queue)
        # Uncached, every task replays from scratch: the earlier values must come out
        # the same (they come from history).
        result = await handle.result()
    events = (await handle.fetch_history()).events
    started = [e for e in events if e.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED]
    # Each value is the id of the WorkflowTaskStarted of the task that saw it.
    assert result["lengths"] == [e.event_id for e in started[:3]]
    assert result["length"] == started[-1].event_id
    assert (
        0 < result["size"] == started[-1].workflow_task_started_event_attributes.history_size_bytes
    )
    assert result["suggested"] is False
    assert result["time_ns_us"] == result["now_us"]
    assert result["randoms_differ"] is True
    assert result["original_run_id_is_run_id"] is True
    start_time = datetime.fromisoformat(result["workflow_start_time"])
    started_at = events[0].event_time.ToDatetime(tzinfo=UTC)
    assert abs(start_time - started_at) <= timedelta(microseconds=1)
    assert result["priority_key"] is None
    assert result["root"] in (None, [handle.id, handle.run_id])


@workflow.defn
class UntilSuggested:
    @workflow.run
    async def run(self) -> int:
        for i in range(200):
            if workflow.info().is_continue_as_new_suggested():
                return i
            await asyncio.sleep(0.001)
        return -1


async def test_continue_as_new_suggested_past_the_servers_threshold(task_queue: str) -> None:
    env = await WorkflowEnvironment.start_local(
        extra_args=["--dynamic-config-value", "limit.historyCount.suggestContinueAsNew=40"]
    )
    try:
        async with Worker(env.client, task_queue=task_queue, workflows=[UntilSuggested]):
            handle = await env.client.start_workflow(
                UntilSuggested.run, id=new_id(), task_queue=task_queue
            )
            steps = await handle.result()
        # Each step adds 5 events (timer started/fired, task scheduled/started/completed).
        assert 5 <= steps <= 10
        events = (await handle.fetch_history()).events
        started = [e for e in events if e.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED]
        assert started[-1].workflow_task_started_event_attributes.suggest_continue_as_new
    finally:
        await env.shutdown()


# --- last result and last failure -----------------------------------------------------


@workflow.defn
class Counter:
    @workflow.run
    async def run(self) -> int:
        previous = workflow.get_last_completion_result(int)
        if workflow.has_last_completion_result() != (previous is not None):
            raise ApplicationError("has_last_completion_result disagrees", non_retryable=True)
        return (previous or 0) + 1


async def test_schedule_runs_see_the_previous_result(client: Client, task_queue: str) -> None:
    schedule_id = new_id()
    handle = await client.create_schedule(
        schedule_id,
        Schedule(
            action=ScheduleActionStartWorkflow(
                Counter.run, id=f"{schedule_id}-wf", task_queue=task_queue
            ),
            spec=ScheduleSpec(intervals=[ScheduleIntervalSpec(every=timedelta(days=1))]),
        ),
    )
    try:
        results: list[Any] = []
        async with Worker(client, task_queue=task_queue, workflows=[Counter]):
            for expected in (1, 2):
                await handle.trigger()
                with anyio.fail_after(20):
                    while len((await handle.describe()).info.recent_actions) < expected:
                        await anyio.sleep(0.1)
                action = (await handle.describe()).info.recent_actions[-1].action
                run = client.get_workflow_handle(
                    action.workflow_id, run_id=action.first_execution_run_id
                )
                with anyio.fail_after(20):
                    results.append(await run.result())
        assert results == [1, 2]
    finally:
        await handle.delete()


@workflow.defn
class FailsOnce:
    @workflow.run
    async def run(self) -> str:
        failure = workflow.get_last_failure()
        if workflow.info().attempt == 1:
            assert failure is None
            raise ApplicationError("first attempt broke", type="Flaky")
        assert isinstance(failure, ApplicationError)
        return f"{workflow.info().attempt}: {failure.type}: {failure.message}"


async def test_retried_workflow_sees_the_last_failure(
    client: Client, new_worker: Callable[..., Worker], task_queue: str
) -> None:
    async with new_worker([FailsOnce]):
        result = await client.execute_workflow(
            FailsOnce.run,
            id=new_id(),
            task_queue=task_queue,
            retry_policy=RetryPolicy(
                initial_interval=timedelta(milliseconds=100), maximum_attempts=2
            ),
        )
    assert result == "2: Flaky: first attempt broke"


# --- update info and read-only contexts ------------------------------------------------------


@workflow.defn
class Updates:
    def __init__(self) -> None:
        self.seen: list[Any] = []
        self.done = False

    @workflow.run
    async def run(self) -> list[Any]:
        self.seen.append(["run", workflow.current_update_info()])
        await workflow.wait_condition(lambda: self.done)
        return self.seen

    @workflow.update
    async def change(self, value: str) -> str:
        info = workflow.current_update_info()
        assert info is not None

        async def child_task() -> str:
            inner = workflow.current_update_info()
            return "none" if inner is None else inner.id

        inherited = await asyncio.create_task(child_task())
        self.seen.append([info.name, info.id, inherited, value])
        return info.id

    @change.validator
    def check(self, value: str) -> None:
        info = workflow.current_update_info()
        if info is None or info.name != "change":
            raise ValueError("validator without update info")
        if value == "sleep":
            # Validators are read-only: this raises ReadOnlyContextError.
            workflow.start_activity("nope", start_to_close_timeout=timedelta(seconds=1))

    @workflow.signal
    def finish(self) -> None:
        self.seen.append(["signal", workflow.current_update_info()])
        self.done = True

    @workflow.query
    def try_write(self) -> str:
        try:
            workflow.start_activity("nope", start_to_close_timeout=timedelta(seconds=1))
        except workflow.ReadOnlyContextError as err:
            return f"refused: {err}"
        return "allowed"


async def test_current_update_info_and_read_only_contexts(
    client: Client, new_worker: Callable[..., Worker], task_queue: str
) -> None:
    async with new_worker([Updates]):
        handle = await client.start_workflow(Updates.run, id=new_id(), task_queue=task_queue)
        update_id = await handle.execute_update(Updates.change, "v", id="my-update")
        assert update_id == "my-update"
        with pytest.raises(Exception, match="read-only"):
            await handle.execute_update(Updates.change, "sleep", id="bad-update")
        refused = await handle.query(Updates.try_write)
        assert refused.startswith("refused: ") and "read-only" in refused
        await handle.signal(Updates.finish)
        seen = await handle.result()
    assert seen == [["run", None], ["change", "my-update", "my-update", "v"], ["signal", None]]


def test_read_only_error_is_public() -> None:
    assert issubclass(workflow.ReadOnlyContextError, workflow.WorkflowError)
    assert issubclass(workflow.ReadOnlyContextError, RuntimeError)
