"""External workflow handles: signal and cancel other workflows from a workflow."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from temporalio import workflow
from temporalio.client import Client
from temporalio.exceptions import ApplicationError
from temporalio.worker import Worker
from tests.worker.helpers import event_types, eventually, new_id


@workflow.defn
class Target:
    def __init__(self) -> None:
        self.received: list[str] = []

    @workflow.signal
    def receive(self, value: str) -> None:
        self.received.append(value)

    @workflow.run
    async def run(self) -> list[str]:
        try:
            await workflow.wait_condition(lambda: len(self.received) >= 2)
        except asyncio.CancelledError:
            return ["cancelled", *self.received]
        return self.received


@workflow.defn
class Sender:
    @workflow.run
    async def run(self, target_id: str) -> str:
        typed = workflow.get_external_workflow_handle_for(Target.run, target_id)
        await typed.signal(Target.receive, "typed")
        untyped = workflow.get_external_workflow_handle(target_id)
        await untyped.signal("receive", "by name")
        with workflow.CancellationScope() as scope:
            scope.cancel()
            await untyped.signal("receive", "never sent")
        return f"sent, third cancelled={scope.cancelled_caught}"


async def test_workflow_signals_another_workflow_typed_and_by_name(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    target_id = new_id()
    async with new_worker([Target, Sender]):
        target = await client.start_workflow(Target.run, id=target_id, task_queue=task_queue)
        sender = await client.start_workflow(
            Sender.run, target_id, id=new_id(), task_queue=task_queue
        )
        assert await sender.result() == "sent, third cancelled=True"
        assert await target.result() == ["typed", "by name"]
    types = await event_types(sender)
    assert types.count("SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED") == 2
    assert types.count("EXTERNAL_WORKFLOW_EXECUTION_SIGNALED") == 2


@workflow.defn
class Canceller:
    @workflow.run
    async def run(self, target_id: str) -> str:
        await workflow.get_external_workflow_handle(target_id).cancel()
        return "requested"


async def test_workflow_cancels_another_workflow(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    target_id = new_id()
    async with new_worker([Target, Canceller]):
        target = await client.start_workflow(Target.run, id=target_id, task_queue=task_queue)
        await eventually(lambda: event_types(target), lambda t: "WORKFLOW_TASK_COMPLETED" in t)
        canceller = await client.start_workflow(
            Canceller.run, target_id, id=new_id(), task_queue=task_queue
        )
        assert await canceller.result() == "requested"
        assert await target.result() == ["cancelled"]
    types = await event_types(canceller)
    assert "REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED" in types
    assert "EXTERNAL_WORKFLOW_EXECUTION_CANCEL_REQUESTED" in types


@workflow.defn
class TalksToNobody:
    @workflow.run
    async def run(self, missing_id: str) -> list[str]:
        out: list[str] = []
        handle = workflow.get_external_workflow_handle(missing_id)
        try:
            await handle.signal("receive", "anyone?")
        except ApplicationError as err:
            out += [err.type or "", err.message]
        try:
            await handle.cancel()
        except ApplicationError as err:
            out += [err.type or "", err.message]
        return out


async def test_signal_or_cancel_of_a_missing_workflow_raises_a_clear_error(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    missing_id = new_id()
    async with new_worker([TalksToNobody]):
        result = await client.execute_workflow(
            TalksToNobody.run, missing_id, id=new_id(), task_queue=task_queue
        )
    signal_type, signal_message, cancel_type, cancel_message = result
    assert signal_type == "ExternalWorkflowExecutionNotFound"
    assert "Unable to signal external workflow" in signal_message
    assert f"signal 'receive' to external workflow {missing_id!r}" in signal_message
    assert cancel_type == "ExternalWorkflowExecutionNotFound"
    assert "Unable to cancel external workflow" in cancel_message
    assert f"external workflow {missing_id!r}" in cancel_message
