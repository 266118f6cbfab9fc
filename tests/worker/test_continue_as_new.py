"""Continue-as-new: chains of runs, options of the next run, and what cannot swallow it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest

from temporalio import workflow
from temporalio.client import Client, WorkflowContinuedAsNewError, WorkflowFailureError
from temporalio.exceptions import ApplicationError
from temporalio.worker import Worker
from tests.worker.helpers import event_types, new_id


@dataclass
class Progress:
    step: int
    continued_from: list[str | None] = field(default_factory=list)
    swallowed: int = 0


@workflow.defn
class Chain:
    @workflow.run
    async def run(self, progress: Progress) -> Progress:
        progress.continued_from.append(workflow.info().continued_run_id)
        if progress.step < 3:
            try:
                workflow.continue_as_new(
                    Progress(progress.step + 1, progress.continued_from, progress.swallowed)
                )
            except Exception:
                # Must never run: continue-as-new is not an Exception.
                progress.swallowed += 1
            return Progress(-1, progress.continued_from, progress.swallowed)
        return progress


async def test_continue_as_new_chain_of_three_runs_and_the_client_follows_it(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    wf_id = new_id()
    async with new_worker([Chain]):
        handle = await client.start_workflow(
            Chain.run, Progress(1), id=wf_id, task_queue=task_queue
        )
        result = await handle.result()
    assert result.step == 3
    assert result.swallowed == 0
    first, second, third = result.continued_from
    assert first is None
    assert second == handle.first_execution_run_id
    assert third is not None and third != second
    first_run = client.get_workflow_handle(wf_id, run_id=second)
    assert (await event_types(first_run))[-1] == "WORKFLOW_EXECUTION_CONTINUED_AS_NEW"
    assert (await event_types(client.get_workflow_handle(wf_id)))[-1] == (
        "WORKFLOW_EXECUTION_COMPLETED"
    )
    with pytest.raises(WorkflowContinuedAsNewError) as info:
        await first_run.result(follow_runs=False)
    assert info.value.new_execution_run_id == third


@workflow.defn
class NextRun:
    @workflow.run
    async def run(self, a: str, b: int) -> dict[str, Any]:
        info = workflow.info()
        conv = workflow.payload_converter()
        return {
            "args": [a, b],
            "type": info.workflow_type,
            "task_queue": info.task_queue,
            "run_timeout": info.run_timeout.total_seconds() if info.run_timeout else None,
            "task_timeout": info.task_timeout.total_seconds(),
            "memo": {k: conv.from_payload(v) for k, v in info.raw_memo.items()},
            "continued": info.continued_run_id is not None,
        }


@workflow.defn
class ContinueElsewhere:
    @workflow.run
    async def run(self, queue: str, by_name: bool) -> None:
        workflow.continue_as_new(
            args=["x", 7],
            workflow="NextRun" if by_name else NextRun.run,
            task_queue=queue,
            run_timeout=timedelta(minutes=3),
            task_timeout=timedelta(seconds=9),
            memo={"note": "carried"},
        )


@pytest.mark.parametrize("by_name", [False, True], ids=["by_method", "by_name"])
async def test_continue_as_new_options_reach_the_next_run(
    client: Client, task_queue: str, new_worker: Callable[..., Worker], by_name: bool
) -> None:
    other_queue = f"{task_queue}-next"
    async with new_worker([ContinueElsewhere]), new_worker([NextRun], task_queue=other_queue):
        result = await client.execute_workflow(
            ContinueElsewhere.run,
            args=[other_queue, by_name],
            id=new_id(),
            task_queue=task_queue,
            result_type=dict,
        )
    assert result == {
        "args": ["x", 7],
        "type": "NextRun",
        "task_queue": other_queue,
        "run_timeout": 180.0,
        "task_timeout": 9.0,
        "memo": {"note": "carried"},
        "continued": True,
    }


@workflow.defn
class ContinueFromTaskGroup:
    @workflow.run
    async def run(self, again: bool) -> str:
        if not again:
            return "second run"

        async def worker() -> None:
            await workflow.sleep(0.01)
            workflow.continue_as_new(False)

        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(worker())
        except Exception:
            return "swallowed"
        return "first run"


async def test_continue_as_new_from_a_task_group_task_still_continues(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([ContinueFromTaskGroup]):
        handle = await client.start_workflow(
            ContinueFromTaskGroup.run, True, id=new_id(), task_queue=task_queue
        )
        assert await handle.result() == "second run"
    first_run = client.get_workflow_handle(handle.id, run_id=handle.first_execution_run_id)
    assert (await event_types(first_run))[-1] == "WORKFLOW_EXECUTION_CONTINUED_AS_NEW"


@workflow.defn
class ContinueWithUnknownType:
    @workflow.run
    async def run(self) -> None:
        try:
            workflow.continue_as_new(workflow="")
        except ValueError as err:
            raise ApplicationError(str(err), non_retryable=True) from None


async def test_continue_as_new_with_an_empty_workflow_name_is_a_clear_error(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([ContinueWithUnknownType]):
        with pytest.raises(WorkflowFailureError) as info:
            await client.execute_workflow(
                ContinueWithUnknownType.run, id=new_id(), task_queue=task_queue
            )
    assert isinstance(info.value.cause, ApplicationError)
    assert "continue_as_new: the workflow type name must not be empty" in str(info.value.cause)


@workflow.defn
class ContinueFromSignal:
    @workflow.run
    async def run(self, generation: int) -> int:
        if generation >= 1:
            return generation
        await workflow.wait_condition(lambda: False)
        return -1

    @workflow.signal
    def roll_over(self) -> None:
        workflow.continue_as_new(1)


async def test_continue_as_new_from_a_signal_handler_ends_the_run(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([ContinueFromSignal]):
        handle = await client.start_workflow(
            ContinueFromSignal.run, 0, id=new_id(), task_queue=task_queue
        )
        await handle.signal(ContinueFromSignal.roll_over)
        assert await handle.result() == 1
        with pytest.raises(WorkflowContinuedAsNewError):
            await handle.result(follow_runs=False)
