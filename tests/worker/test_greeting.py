"""The design's two examples, end to end on both backends."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

from temporalio import activity, workflow
from temporalio.client import Client
from temporalio.worker import Worker
from tests.worker.helpers import eventually, new_id


@activity.defn
async def say_hello(name: str) -> str:
    return f"Hello, {name}!"


@workflow.defn
class MyWorkflow:
    @workflow.run
    async def run(self, name: str) -> str:
        return await workflow.execute_activity(
            say_hello, name, start_to_close_timeout=timedelta(seconds=5)
        )


@activity.defn
async def create_greeting_activity(salutation: str, name: str) -> str:
    return f"{salutation}, {name}!"


@workflow.defn
class GreetingWorkflow:
    def __init__(self) -> None:
        self._salutation = "Hello"
        self._salutation_update = asyncio.Event()
        self._complete = asyncio.Event()
        self._current_greeting = ""

    @workflow.run
    async def run(self, name: str) -> str:
        while True:
            self._current_greeting = await workflow.execute_activity(
                create_greeting_activity,
                args=[self._salutation, name],
                start_to_close_timeout=timedelta(seconds=5),
            )
            workflow.logger.debug("Greeting set to %s", self._current_greeting)
            await asyncio.wait(
                [
                    asyncio.create_task(self._salutation_update.wait()),
                    asyncio.create_task(self._complete.wait()),
                ],
                return_when=asyncio.FIRST_COMPLETED,
            )
            if self._complete.is_set():
                return self._current_greeting
            self._salutation_update.clear()

    @workflow.signal
    async def update_salutation(self, salutation: str) -> None:
        self._salutation = salutation
        self._salutation_update.set()

    @workflow.signal
    async def complete_with_greeting(self) -> None:
        self._complete.set()

    @workflow.query
    def current_greeting(self) -> str:
        return self._current_greeting


async def test_first_example_runs_an_activity(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([MyWorkflow], [say_hello]):
        result = await client.execute_workflow(
            MyWorkflow.run, "World", id=new_id(), task_queue=task_queue
        )
    assert result == "Hello, World!"


async def test_greeting_example_with_signals_and_queries(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([GreetingWorkflow], [create_greeting_activity]):
        handle = await client.start_workflow(
            GreetingWorkflow.run, "John", id=new_id(), task_queue=task_queue
        )
        current = lambda: handle.query(GreetingWorkflow.current_greeting)
        await eventually(current, lambda v: v == "Hello, John!")
        await handle.signal(GreetingWorkflow.update_salutation, "Hola")
        await eventually(current, lambda v: v == "Hola, John!")
        await handle.signal(GreetingWorkflow.complete_with_greeting)
        assert await handle.result() == "Hola, John!"
