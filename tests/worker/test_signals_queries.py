"""Signals (buffered until a handler exists) and read-only queries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from temporalio import workflow
from temporalio.client import Client, WorkflowQueryFailedError
from temporalio.worker import Worker
from tests.worker.helpers import eventually, new_id


@workflow.defn
class SignalsWorkflow:
    def __init__(self) -> None:
        self._seen: list[str] = []
        self._dynamic: list[tuple[str, list[Any]]] = []

    @workflow.run
    async def run(self) -> list[str]:
        await workflow.wait_condition(lambda: "stop" in self._seen)
        return self._seen

    @workflow.signal
    def add(self, value: str) -> None:
        self._seen.append(value)

    @workflow.signal(name="renamed-signal")
    async def add_async(self, value: str) -> None:
        self._seen.append(f"async:{value}")

    @workflow.signal(dynamic=True)
    def any_signal(self, name: str, *args: Any) -> None:
        self._dynamic.append((name, list(args)))

    @workflow.query
    def seen(self) -> list[str]:
        return self._seen

    @workflow.query
    def dynamic_seen(self) -> list[tuple[str, list[Any]]]:
        return self._dynamic

    @workflow.query
    def sleeps_in_query(self) -> None:
        workflow.start_activity("anything", start_to_close_timeout=timedelta(seconds=1))

    @workflow.query
    def failing(self) -> None:
        raise ValueError("query handler broke")


async def test_signals_in_order_dynamic_and_queries(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    handle = await client.start_workflow(SignalsWorkflow.run, id=new_id(), task_queue=task_queue)
    # Sent before any worker exists: delivered in order on the first task.
    await handle.signal(SignalsWorkflow.add, "a")
    await handle.signal(SignalsWorkflow.add_async, "b")
    await handle.signal("unknown-signal", 1)
    async with new_worker([SignalsWorkflow]):
        await eventually(lambda: handle.query(SignalsWorkflow.seen), lambda v: len(v) == 2)
        assert await handle.query(SignalsWorkflow.seen) == ["a", "async:b"]
        assert await handle.query(SignalsWorkflow.dynamic_seen) == [("unknown-signal", [1])]
        with pytest.raises(WorkflowQueryFailedError, match="known queries"):
            await handle.query("no-such-query")
        with pytest.raises(WorkflowQueryFailedError, match="query handler broke"):
            await handle.query(SignalsWorkflow.failing)
        with pytest.raises(WorkflowQueryFailedError, match="read-only"):
            await handle.query(SignalsWorkflow.sleeps_in_query)
        # The failed queries left the workflow untouched.
        await handle.signal(SignalsWorkflow.add, "stop")
        assert await handle.result() == ["a", "async:b", "stop"]
