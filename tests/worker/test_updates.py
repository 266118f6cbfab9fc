"""Workflow updates: validators, results, failures, handles, dynamic and run-time handlers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

import anyio
import pytest

from temporalio import activity, workflow
from temporalio.client import (
    Client,
    WorkflowHandle,
    WorkflowUpdateFailedError,
    WorkflowUpdateRPCTimeoutOrCancelledError,
    WorkflowUpdateStage,
)
from temporalio.common import RawValue
from temporalio.exceptions import ApplicationError
from temporalio.worker import Replayer, Worker
from tests.worker.helpers import event_types, new_id


@activity.defn
async def shout(text: str) -> str:
    return f"{text.upper()}!"


@workflow.defn
class UpdatesWorkflow:
    def __init__(self) -> None:
        self._items: list[str] = []
        self._done = False

    @workflow.run
    async def run(self) -> list[str]:
        await workflow.wait_condition(lambda: self._done)
        return self._items

    @workflow.update
    def add(self, item: str) -> int:
        self._items.append(item)
        return len(self._items)

    @add.validator
    def _validate_add(self, item: str) -> None:
        # Validators never run on replay: rejecting there would break the run.
        if workflow.unsafe.is_replaying():
            raise RuntimeError("validator ran while replaying")
        if not item:
            raise ValueError("item must not be empty")

    @workflow.update
    async def add_after_activity(self, item: str) -> str:
        loud: str = await workflow.execute_activity(
            shout, item, start_to_close_timeout=timedelta(seconds=5)
        )
        await workflow.sleep(0.05)
        self._items.append(loud)
        return loud

    @workflow.update
    async def fail(self, message: str) -> None:
        await workflow.sleep(0.01)
        raise ApplicationError(message, type="Boom")

    @workflow.update(dynamic=True)
    def anything(self, name: str, args: Sequence[RawValue]) -> str:
        values = [workflow.payload_converter().from_payload(a.payload) for a in args]
        return f"dynamic {name} {values}"

    @workflow.update
    def finish(self) -> list[str]:
        self._done = True
        return self._items


def _update_events(types: list[str]) -> list[str]:
    return [t for t in types if t.startswith("WORKFLOW_EXECUTION_UPDATE")]


async def _replays(handle: WorkflowHandle[Any, Any], workflows: Sequence[type]) -> None:
    history = await handle.fetch_history()
    result = await Replayer(workflows=workflows).replay_workflow(history)
    assert result.replay_failure is None


async def test_update_results_rejections_and_failures(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([UpdatesWorkflow]):
        handle = await client.start_workflow(
            UpdatesWorkflow.run, id=new_id(), task_queue=task_queue
        )
        assert await handle.execute_update(UpdatesWorkflow.add, "a") == 1

        # The validator rejects: the client sees the error, history sees nothing.
        before = await event_types(handle)
        with pytest.raises(WorkflowUpdateFailedError) as rejected:
            await handle.execute_update(UpdatesWorkflow.add, "")
        assert isinstance(rejected.value.cause, ApplicationError)
        assert "item must not be empty" in str(rejected.value.cause)
        assert await event_types(handle) == before

        # The handler fails after acceptance: a failed outcome, in history.
        with pytest.raises(WorkflowUpdateFailedError) as failed:
            await handle.execute_update(UpdatesWorkflow.fail, "broken")
        cause = failed.value.cause
        assert isinstance(cause, ApplicationError)
        assert cause.type == "Boom"
        assert cause.message == "broken"

        # No handler of its own: the class's dynamic handler gets it.
        assert (
            await handle.execute_update("whatever", args=[1, "two"])
            == "dynamic whatever [1, 'two']"
        )

        assert await handle.execute_update(UpdatesWorkflow.finish) == ["a"]
        assert await handle.result() == ["a"]
    updates = _update_events(await event_types(handle))
    # add("a"), fail, whatever, finish: each accepted then completed; nothing for the rejection.
    assert updates.count("WORKFLOW_EXECUTION_UPDATE_ACCEPTED") == 4
    assert updates.count("WORKFLOW_EXECUTION_UPDATE_COMPLETED") == 4
    await _replays(handle, [UpdatesWorkflow])


async def test_async_update_handles_and_replay(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([UpdatesWorkflow], activities=[shout]):
        handle = await client.start_workflow(
            UpdatesWorkflow.run, id=new_id(), task_queue=task_queue
        )
        # Accepted first, result later: the handler runs an activity and a timer.
        started = await handle.start_update(
            UpdatesWorkflow.add_after_activity, "hey", id="update-1"
        )
        assert started.id == "update-1"
        assert started.workflow_id == handle.id
        assert await started.result() == "HEY!"

        # Handles to the same update, by ID: untyped and typed.
        assert await handle.get_update_handle("update-1").result() == "HEY!"
        typed = handle.get_update_handle_for(UpdatesWorkflow.add_after_activity, "update-1")
        assert await typed.result() == "HEY!"
        # Sending the same update ID again refers to the same update (not run twice).
        again = await handle.execute_update(
            UpdatesWorkflow.add_after_activity, "hey", id="update-1"
        )
        assert again == "HEY!"

        done = await handle.start_update(
            UpdatesWorkflow.add, "b", wait_for_stage=WorkflowUpdateStage.COMPLETED
        )
        assert await done.result() == 2
        with pytest.raises(ValueError, match="ADMITTED is not supported"):
            await handle.start_update(
                UpdatesWorkflow.add, "c", wait_for_stage=WorkflowUpdateStage.ADMITTED
            )
        await handle.execute_update(UpdatesWorkflow.finish)
        assert await handle.result() == ["HEY!", "b"]
    types = await event_types(handle)
    assert "ACTIVITY_TASK_COMPLETED" in types and "TIMER_FIRED" in types
    assert _update_events(types).count("WORKFLOW_EXECUTION_UPDATE_COMPLETED") == 3
    await _replays(handle, [UpdatesWorkflow])


@workflow.defn
class RuntimeUpdatesWorkflow:
    def __init__(self) -> None:
        self._done = False

    @workflow.run
    async def run(self) -> str:
        workflow.set_update_handler("greet", self._greet, validator=self._no_bob)
        workflow.set_update_handler("configure", self._configure)
        workflow.set_dynamic_update_handler(self._dynamic)
        await workflow.wait_condition(lambda: self._done)
        return "done"

    def _greet(self, name: str) -> str:
        return f"hello {name}"

    def _no_bob(self, name: str) -> None:
        if name == "bob":
            raise ValueError("no bob")

    async def _dynamic(self, name: str, *args: Any) -> str:
        await workflow.sleep(0.01)
        return f"dynamic {name} {list(args)}"

    def _configure(self, what: str) -> str:
        if what == "latest":
            workflow.set_update_handler("greet", lambda name: f"hi again {name}")
        elif what == "remove":
            workflow.set_update_handler("greet", None)
        elif what == "no-dynamic":
            workflow.set_dynamic_update_handler(None)
        return what

    @workflow.update
    def finish(self) -> None:
        self._done = True


async def test_update_handlers_set_at_run_time(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    handle = await client.start_workflow(
        RuntimeUpdatesWorkflow.run, id=new_id(), task_queue=task_queue
    )
    first: list[str] = []

    async def greet_early() -> None:
        first.append(await handle.execute_update("greet", "ann"))

    async with anyio.create_task_group() as tg:
        # Sent before any worker runs, the update comes with the workflow's first task;
        # the handler that run() sets before its first await handles it.
        tg.start_soon(greet_early)
        await anyio.sleep(0.3)
        async with new_worker([RuntimeUpdatesWorkflow]):
            with pytest.raises(WorkflowUpdateFailedError, match="no bob"):
                await handle.execute_update("greet", "bob")
            assert await handle.execute_update("other", args=[1, 2]) == "dynamic other [1, 2]"
            # The latest registration wins.
            await handle.execute_update("configure", "latest")
            assert await handle.execute_update("greet", "bob") == "hi again bob"
            # None removes: the dynamic handler takes over, then nothing does.
            await handle.execute_update("configure", "remove")
            assert await handle.execute_update("greet", "ann") == "dynamic greet ['ann']"
            await handle.execute_update("configure", "no-dynamic")
            with pytest.raises(WorkflowUpdateFailedError) as unknown:
                await handle.execute_update("greet", "ann")
            message = str(unknown.value.cause)
            assert "'greet'" in message
            assert "known updates: ['configure', 'finish']" in message
            await handle.execute_update(RuntimeUpdatesWorkflow.finish)
            assert await handle.result() == "done"
    assert first == ["hello ann"]
    types = await event_types(handle)
    assert types[3:5] == ["WORKFLOW_TASK_COMPLETED", "WORKFLOW_EXECUTION_UPDATE_ACCEPTED"]
    await _replays(handle, [RuntimeUpdatesWorkflow])


@workflow.defn
class NoUpdatesWorkflow:
    @workflow.run
    async def run(self) -> None:
        await workflow.sleep(60)


async def test_unknown_update_is_rejected_listing_known_updates(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([NoUpdatesWorkflow]):
        handle = await client.start_workflow(
            NoUpdatesWorkflow.run, id=new_id(), task_queue=task_queue
        )
        with pytest.raises(WorkflowUpdateFailedError, match="known updates: \\[\\]") as info:
            await handle.execute_update("missing")
        assert "'missing'" in str(info.value)
        assert not _update_events(await event_types(handle))
        await handle.terminate()


async def test_update_rpc_timeout_is_a_clear_error(client: Client, task_queue: str) -> None:
    # No worker: the update is never accepted.
    handle = await client.start_workflow(NoUpdatesWorkflow.run, id=new_id(), task_queue=task_queue)
    with pytest.raises(WorkflowUpdateRPCTimeoutOrCancelledError):
        await handle.execute_update("anything", rpc_timeout=timedelta(seconds=0.5))
    await handle.terminate()
