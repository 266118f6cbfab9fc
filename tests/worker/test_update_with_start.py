"""Update-with-start: one RPC that starts a workflow (or finds it running) and updates it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio
import pytest

from temporalio.client import (
    Client,
    Interceptor,
    OutboundInterceptor,
    StartWorkflowUpdateWithStartInput,
    WithStartWorkflowOperation,
    WorkflowUpdateFailedError,
    WorkflowUpdateHandle,
    WorkflowUpdateStage,
)
from temporalio.common import WorkflowIDConflictPolicy
from temporalio.exceptions import ApplicationError, WorkflowAlreadyStartedError
from temporalio.worker import Worker
from tests.worker.helpers import event_types, new_id
from tests.worker.test_updates import UpdatesWorkflow, _replays, shout

USE_EXISTING = WorkflowIDConflictPolicy.USE_EXISTING


def _start(task_queue: str, id: str, **kwargs: Any) -> WithStartWorkflowOperation[Any, Any]:
    kwargs.setdefault("id_conflict_policy", USE_EXISTING)
    return WithStartWorkflowOperation(UpdatesWorkflow.run, id=id, task_queue=task_queue, **kwargs)


async def test_update_with_start_starts_the_workflow_then_reuses_it(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    wid = new_id()
    async with new_worker([UpdatesWorkflow], [shout]):
        first = _start(task_queue, wid)
        count = await client.execute_update_with_start_workflow(
            UpdatesWorkflow.add, "a", start_workflow_operation=first
        )
        assert count == 1
        started = await first.workflow_handle()
        assert started.id == wid
        assert started.first_execution_run_id == started.result_run_id

        # The workflow runs now: USE_EXISTING sends the update to that run.
        second = _start(task_queue, wid)
        loud = await client.execute_update_with_start_workflow(
            UpdatesWorkflow.add_after_activity, "b", start_workflow_operation=second
        )
        assert loud == "B!"
        existing = await second.workflow_handle()
        assert existing.result_run_id == started.result_run_id
        assert existing.first_execution_run_id is None

        assert await started.execute_update(UpdatesWorkflow.finish) == ["a", "B!"]
        assert await existing.result() == ["a", "B!"]
    types = await event_types(started)
    assert types.count("WORKFLOW_EXECUTION_STARTED") == 1
    assert types.count("WORKFLOW_EXECUTION_UPDATE_COMPLETED") == 3
    await _replays(started, [UpdatesWorkflow])


async def test_start_operation_carries_static_summary_and_details(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([UpdatesWorkflow], [shout]):
        op = _start(
            task_queue, new_id(), static_summary="from update-with-start", static_details="d"
        )
        await client.execute_update_with_start_workflow(
            UpdatesWorkflow.add, "a", start_workflow_operation=op
        )
        handle = await op.workflow_handle()
        description = await handle.describe()
        assert (description.static_summary, description.static_details) == (
            "from update-with-start",
            "d",
        )
        await handle.execute_update(UpdatesWorkflow.finish)
    with pytest.raises(TypeError, match="static_details must be a str"):
        _start(task_queue, new_id(), static_details=b"bytes")


async def test_start_update_with_start_returns_a_handle_at_the_asked_stage(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([UpdatesWorkflow], [shout]):
        op = _start(task_queue, new_id())
        handle: WorkflowUpdateHandle[str] = await client.start_update_with_start_workflow(
            UpdatesWorkflow.add_after_activity,
            "c",
            start_workflow_operation=op,
            wait_for_stage=WorkflowUpdateStage.ACCEPTED,
            id="update-c",
        )
        assert handle.id == "update-c"
        assert await handle.result() == "C!"
        workflow_handle = await op.workflow_handle()
        assert handle.workflow_run_id == workflow_handle.result_run_id
        # By name, with several arguments, to the dynamic handler.
        op2 = _start(task_queue, workflow_handle.id)
        by_name = await client.start_update_with_start_workflow(
            "whatever",
            args=[1, "two"],
            start_workflow_operation=op2,
            wait_for_stage=WorkflowUpdateStage.COMPLETED,
            result_type=str,
        )
        assert await by_name.result() == "dynamic whatever [1, 'two']"
        await workflow_handle.execute_update(UpdatesWorkflow.finish)


async def test_conflict_policy_fail_raises_already_started_for_call_and_handle(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([UpdatesWorkflow]):
        running = await client.start_workflow(
            UpdatesWorkflow.run, id=new_id(), task_queue=task_queue
        )
        op = _start(task_queue, running.id, id_conflict_policy=WorkflowIDConflictPolicy.FAIL)
        with pytest.raises(WorkflowAlreadyStartedError) as raised:
            await client.execute_update_with_start_workflow(
                UpdatesWorkflow.add, "x", start_workflow_operation=op
            )
        assert raised.value.workflow_id == running.id
        assert raised.value.run_id == running.result_run_id
        with pytest.raises(WorkflowAlreadyStartedError):
            await op.workflow_handle()
        # Neither operation ran: the running workflow got no update.
        assert await running.execute_update(UpdatesWorkflow.finish) == []


async def test_rejected_update_still_starts_the_workflow(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([UpdatesWorkflow]):
        op = _start(task_queue, new_id())
        with pytest.raises(WorkflowUpdateFailedError) as rejected:
            await client.execute_update_with_start_workflow(
                UpdatesWorkflow.add, "", start_workflow_operation=op
            )
        assert isinstance(rejected.value.cause, ApplicationError)
        assert "item must not be empty" in str(rejected.value.cause)
        handle = await op.workflow_handle()
        assert await handle.execute_update(UpdatesWorkflow.finish) == []
        assert await handle.result() == []


async def test_workflow_handle_waits_for_the_call_in_flight(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    op = _start(task_queue, new_id())
    got: list[str] = []

    async def wait_handle() -> None:
        got.append((await op.workflow_handle()).id)

    async with new_worker([UpdatesWorkflow], [shout]):
        async with anyio.create_task_group() as tg:
            tg.start_soon(wait_handle)
            await anyio.sleep(0.05)
            assert got == []
            await client.execute_update_with_start_workflow(
                UpdatesWorkflow.add_after_activity, "d", start_workflow_operation=op
            )
        assert got == [op.id]
        await client.get_workflow_handle(op.id).execute_update(UpdatesWorkflow.finish)


def test_operation_needs_a_conflict_policy_and_serves_one_call() -> None:
    with pytest.raises(ValueError, match="needs id_conflict_policy.*USE_EXISTING"):
        WithStartWorkflowOperation(
            UpdatesWorkflow.run,
            id="w",
            task_queue="q",
            id_conflict_policy=WorkflowIDConflictPolicy.UNSPECIFIED,
        )
    op = _start("q", "w")
    op._take()
    with pytest.raises(RuntimeError, match="'w' was already used.*create a new one"):
        op._take()


async def test_admitted_stage_is_refused_and_resolves_the_operation(client: Client) -> None:
    op = _start("q", new_id())
    with pytest.raises(ValueError, match="ADMITTED is not supported"):
        await client.start_update_with_start_workflow(
            UpdatesWorkflow.add,
            "a",
            start_workflow_operation=op,
            wait_for_stage=WorkflowUpdateStage.ADMITTED,
        )
    with pytest.raises(ValueError, match="ADMITTED"):
        await op.workflow_handle()


class _Recorder(Interceptor):
    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def intercept_client(self, next: OutboundInterceptor) -> OutboundInterceptor:
        recorder = self

        class Outbound(OutboundInterceptor):
            async def start_update_with_start_workflow(
                self, input: StartWorkflowUpdateWithStartInput
            ) -> WorkflowUpdateHandle[Any]:
                recorder.seen.append(
                    (input.start_workflow_input.workflow, input.update_workflow_input.update)
                )
                return await super().start_update_with_start_workflow(input)

        return Outbound(next)


async def test_interceptors_see_update_with_start(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    recorder = _Recorder()
    intercepted = Client(client.service_client, namespace=client.namespace, interceptors=[recorder])
    async with new_worker([UpdatesWorkflow]):
        op = _start(task_queue, new_id())
        assert (
            await intercepted.execute_update_with_start_workflow(
                UpdatesWorkflow.add, "a", start_workflow_operation=op
            )
            == 1
        )
        await (await op.workflow_handle()).execute_update(UpdatesWorkflow.finish)
    assert recorder.seen == [("UpdatesWorkflow", "add")]
