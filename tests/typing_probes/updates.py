"""Static types of update handlers and update-with-start (checked by mypy, never run)."""

from __future__ import annotations

from typing import Any, assert_type

from temporalio import workflow
from temporalio.client import (
    Client,
    WithStartWorkflowOperation,
    WorkflowHandle,
    WorkflowUpdateHandle,
    WorkflowUpdateStage,
)
from temporalio.common import WorkflowIDConflictPolicy


@workflow.defn
class Typed:
    @workflow.run
    async def run(self, start: int) -> str:
        return str(start)

    @workflow.update
    def add(self, item: str) -> int:
        return len(item)

    @add.validator
    def _check_add(self, item: str) -> None:
        pass

    @workflow.update(name="renamed")
    async def add_async(self, item: str) -> list[str]:
        return [item]

    @add_async.validator
    def _check_add_async(self, item: str) -> None:
        pass

    @workflow.update
    async def clear(self) -> None:
        pass


async def probe(client: Client) -> None:
    handle = client.get_workflow_handle_for(Typed.run, "id")
    assert_type(await handle.execute_update(Typed.add, "a"), int)
    assert_type(await handle.execute_update(Typed.add_async, "a"), list[str])
    assert_type(await handle.execute_update(Typed.clear), None)

    op = WithStartWorkflowOperation(
        Typed.run, 1, id="id", task_queue="q", id_conflict_policy=WorkflowIDConflictPolicy.FAIL
    )
    assert_type(op, WithStartWorkflowOperation[Typed, str])
    assert_type(
        await client.execute_update_with_start_workflow(
            Typed.add_async, "a", start_workflow_operation=op
        ),
        list[str],
    )
    update = await client.start_update_with_start_workflow(
        Typed.add,
        "a",
        start_workflow_operation=op,
        wait_for_stage=WorkflowUpdateStage.ACCEPTED,
    )
    assert_type(update, WorkflowUpdateHandle[int])
    assert_type(await op.workflow_handle(), WorkflowHandle[Typed, str])

    by_name = WithStartWorkflowOperation(
        "Typed", id="id", task_queue="q", id_conflict_policy=WorkflowIDConflictPolicy.FAIL
    )
    assert_type(by_name, WithStartWorkflowOperation[Any, Any])
