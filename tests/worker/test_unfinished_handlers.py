"""Handlers still running when the workflow finishes: all_handlers_finished() and the warnings."""

from __future__ import annotations

import warnings
from datetime import timedelta

import anyio
import pytest

from temporalio import workflow
from temporalio.client import Client, WorkflowUpdateStage
from temporalio.worker import Worker
from tests.worker.helpers import new_id


@workflow.defn
class HandlersOutliveRun:
    def __init__(self) -> None:
        self.started = 0
        self.finished_while_running: list[bool] = []

    @workflow.run
    async def run(self, wait_for_handlers: bool) -> list[bool]:
        await workflow.wait_condition(lambda: self.started > 0)
        self.finished_while_running.append(workflow.all_handlers_finished())
        if wait_for_handlers:
            await workflow.wait_condition(workflow.all_handlers_finished)
            self.finished_while_running.append(workflow.all_handlers_finished())
        return self.finished_while_running

    @workflow.signal
    async def slow_signal(self) -> None:
        self.started += 1
        await workflow.sleep(timedelta(seconds=1))

    @workflow.signal(unfinished_policy=workflow.HandlerUnfinishedPolicy.ABANDON)
    async def abandoned_signal(self) -> None:
        self.started += 1
        await workflow.sleep(timedelta(seconds=1))

    @workflow.update
    async def slow_update(self) -> str:
        self.started += 1
        await workflow.sleep(timedelta(seconds=1))
        return "updated"

    @workflow.update(unfinished_policy=workflow.HandlerUnfinishedPolicy.ABANDON)
    async def abandoned_update(self) -> str:
        self.started += 1
        await workflow.sleep(timedelta(seconds=1))
        return "updated"


async def _run(client: Client, task_queue: str, handler: str, wait: bool) -> list[bool]:
    handle = await client.start_workflow(
        HandlersOutliveRun.run, wait, id=new_id(), task_queue=task_queue
    )
    if handler.endswith("signal"):
        await handle.signal(handler)
    else:
        await handle.start_update(handler, wait_for_stage=WorkflowUpdateStage.ACCEPTED)
    return await handle.result()


@pytest.mark.parametrize(
    ("handler", "warning"),
    [
        ("slow_signal", workflow.UnfinishedSignalHandlersWarning),
        ("slow_update", workflow.UnfinishedUpdateHandlersWarning),
    ],
)
async def test_finishing_with_handlers_running_warns_naming_them(
    client: Client, task_queue: str, handler: str, warning: type[Warning]
) -> None:
    with anyio.fail_after(30):
        async with Worker(client, task_queue=task_queue, workflows=[HandlersOutliveRun]):
            with pytest.warns(warning) as caught:
                assert await _run(client, task_queue, handler, wait=False) == [False]
    [message] = [str(w.message) for w in caught if issubclass(w.category, warning)]
    assert "HandlersOutliveRun" in message
    assert handler in message
    assert "all_handlers_finished" in message and "HandlerUnfinishedPolicy.ABANDON" in message


@pytest.mark.parametrize("handler", ["abandoned_signal", "abandoned_update", "slow_signal"])
async def test_no_warning_when_abandoning_is_declared_or_handlers_are_awaited(
    client: Client, task_queue: str, handler: str
) -> None:
    wait = handler == "slow_signal"
    with anyio.fail_after(30):
        async with Worker(client, task_queue=task_queue, workflows=[HandlersOutliveRun]):
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                result = await _run(client, task_queue, handler, wait=wait)
    assert result == ([False, True] if wait else [False])
    assert not [
        w
        for w in caught
        if issubclass(
            w.category,
            workflow.UnfinishedSignalHandlersWarning | workflow.UnfinishedUpdateHandlersWarning,
        )
    ]
