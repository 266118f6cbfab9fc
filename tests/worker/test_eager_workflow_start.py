"""Eager workflow start: ``start_workflow(..., request_eager_start=True)`` hands the
first workflow task to a polling worker of the same client in the start response;
without such a worker (or a free slot, or for signal-with-start) the start is a
normal one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import anyio
import pytest

from temporalio import workflow
from temporalio.api.workflowservice.v1 import StartWorkflowExecutionRequest
from temporalio.client import Client
from temporalio.worker import Worker
from temporalio.worker._workflow_worker import WorkflowWorker
from tests.worker.helpers import new_id


@workflow.defn
class Echo:
    def __init__(self) -> None:
        self.signals: list[str] = []

    @workflow.run
    async def run(self, value: str) -> str:
        await workflow.sleep(0.01)
        return f"{value}{''.join(self.signals)}"

    @workflow.signal
    def add(self, value: str) -> None:
        self.signals.append(value)


class Spy:
    """What the start requests asked for and which tasks came in eagerly."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, client: Client) -> None:
        self.asked: list[bool] = []
        self.delivered: list[str] = []
        service = client.workflow_service
        start = service.start_workflow_execution

        async def spy_start(req: StartWorkflowExecutionRequest, **kwargs: Any) -> Any:
            self.asked.append(req.request_eager_execution)
            return await start(req, **kwargs)

        monkeypatch.setattr(service, "start_workflow_execution", spy_start)
        deliver = WorkflowWorker.start_eager_workflow_task

        def spy_deliver(worker: WorkflowWorker, task: Any, slot: Any) -> bool:
            self.delivered.append(task.workflow_execution.workflow_id)
            return deliver(worker, task, slot)

        monkeypatch.setattr(WorkflowWorker, "start_eager_workflow_task", spy_deliver)


async def _start(client: Client, task_queue: str, **kwargs: Any) -> Any:
    return await client.start_workflow(
        Echo.run,
        "x",
        id=kwargs.pop("id", None) or new_id(),
        task_queue=task_queue,
        execution_timeout=timedelta(seconds=30),
        request_eager_start=True,
        **kwargs,
    )


async def test_first_task_comes_with_the_start_response(
    client: Client,
    task_queue: str,
    new_worker: Callable[..., Worker],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = Spy(monkeypatch, client)
    async with new_worker([Echo]):
        handles = [await _start(client, task_queue) for _ in range(3)]
        with anyio.fail_after(15):
            assert [await h.result() for h in handles] == ["x"] * 3
    assert spy.asked == [True] * 3
    assert spy.delivered == [h.id for h in handles]


async def test_without_a_worker_of_this_client_the_start_is_normal(
    client: Client,
    task_queue: str,
    new_worker: Callable[..., Worker],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = Spy(monkeypatch, client)
    other_queue = await _start(client, task_queue + "-other")  # no worker polls it
    handle = await _start(client, task_queue)  # no worker yet
    async with new_worker([Echo]):
        with anyio.fail_after(15):
            assert await handle.result() == "x"
    await other_queue.terminate()
    assert spy.asked == [False, False]
    assert spy.delivered == []


async def test_not_for_signal_with_start_or_a_stopping_worker(
    client: Client,
    task_queue: str,
    new_worker: Callable[..., Worker],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = Spy(monkeypatch, client)
    worker = new_worker([Echo])
    async with worker:
        handle = await _start(client, task_queue, start_signal="add", start_signal_args=["!"])
        with anyio.fail_after(15):
            assert await handle.result() == "x!"
        worker._workflow_worker.initiate_shutdown()  # type: ignore[union-attr]
        late = await _start(client, task_queue)
    assert spy.asked == [False]  # signal-with-start does not use the plain start RPC
    assert spy.delivered == []
    await late.terminate()


async def test_no_free_slot_means_a_normal_start(
    client: Client,
    task_queue: str,
    new_worker: Callable[..., Worker],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = Spy(monkeypatch, client)
    # One slot, held by the one poll in flight (no sticky poller): nothing is left
    # to reserve.
    async with new_worker(
        [Echo],
        max_concurrent_workflow_tasks=1,
        max_concurrent_workflow_task_polls=1,
        max_cached_workflows=0,
    ):
        await anyio.sleep(0.2)  # the poll holds the slot
        handle = await _start(client, task_queue)
        with anyio.fail_after(15):
            assert await handle.result() == "x"
    assert spy.asked[0] is False
    assert spy.delivered == []
