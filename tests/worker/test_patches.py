"""Patches: ``workflow.patched(id)`` / ``deprecate_patch(id)`` with core_patch markers.

Four versions of one workflow type, as a team would deploy them: before the
change, with ``patched``, with ``deprecate_patch``, and with the patch removed.
Histories recorded by each version must replay on the next one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

import pytest

from temporalio import activity, workflow
from temporalio.api.enums.v1 import EventType
from temporalio.client import Client, WorkflowHistory
from temporalio.worker import Replayer, Worker
from temporalio.workflow import NondeterminismError
from tests.worker.helpers import event_types, eventually, new_id

PATCH = "use-new-step"
TIMEOUT = timedelta(seconds=10)


@activity.defn
async def old_step(x: str) -> str:
    return f"old:{x}"


@activity.defn
async def new_step(x: str) -> str:
    return f"new:{x}"


class _Stages:
    """Two stages separated by a signal, so a run can change workers in between."""

    def __init__(self) -> None:
        self._go = False

    @workflow.signal
    def go(self) -> None:
        self._go = True


@workflow.defn(name="Patchy")
class BeforePatch(_Stages):
    @workflow.run
    async def run(self) -> str:
        first = await workflow.execute_activity(old_step, "a", start_to_close_timeout=TIMEOUT)
        await workflow.wait_condition(lambda: self._go)
        second = await workflow.execute_activity(old_step, "b", start_to_close_timeout=TIMEOUT)
        return f"{first}|{second}"


@workflow.defn(name="Patchy")
class WithPatch(_Stages):
    @workflow.run
    async def run(self) -> str:
        step = new_step if workflow.patched(PATCH) else old_step
        first = await workflow.execute_activity(step, "a", start_to_close_timeout=TIMEOUT)
        await workflow.wait_condition(lambda: self._go)
        # The answer is kept for the whole run, also on a worker that replayed it.
        step = new_step if workflow.patched(PATCH) else old_step
        second = await workflow.execute_activity(step, "b", start_to_close_timeout=TIMEOUT)
        return f"{first}|{second}"


@workflow.defn(name="Patchy")
class DeprecatedPatch(_Stages):
    @workflow.run
    async def run(self) -> str:
        workflow.deprecate_patch(PATCH)
        first = await workflow.execute_activity(new_step, "a", start_to_close_timeout=TIMEOUT)
        await workflow.wait_condition(lambda: self._go)
        second = await workflow.execute_activity(new_step, "b", start_to_close_timeout=TIMEOUT)
        return f"{first}|{second}"


@workflow.defn(name="Patchy")
class PatchRemoved(_Stages):
    @workflow.run
    async def run(self) -> str:
        first = await workflow.execute_activity(new_step, "a", start_to_close_timeout=TIMEOUT)
        await workflow.wait_condition(lambda: self._go)
        second = await workflow.execute_activity(new_step, "b", start_to_close_timeout=TIMEOUT)
        return f"{first}|{second}"


async def _run(
    client: Client, task_queue: str, new_worker: Callable[..., Worker], version: type
) -> tuple[str, WorkflowHistory]:
    async with new_worker([version], [old_step, new_step]):
        handle = await client.start_workflow("Patchy", id=new_id(), task_queue=task_queue)
        await handle.signal(version.go)  # type: ignore[attr-defined]
        result = await handle.result()
    return result, await handle.fetch_history()


def _markers(history: WorkflowHistory) -> list[dict[str, object]]:
    out = []
    for event in history.events:
        if event.event_type != EventType.EVENT_TYPE_MARKER_RECORDED:
            continue
        attrs = event.marker_recorded_event_attributes
        assert attrs.marker_name == "core_patch"
        (payload,) = attrs.details["patch-data"].payloads
        assert payload.metadata["encoding"] == b"json/plain"
        out.append(json.loads(payload.data))
    return out


async def _replays(history: WorkflowHistory, version: type) -> bool:
    try:
        await Replayer(workflows=[version]).replay_workflow(history)
    except NondeterminismError:
        return False
    return True


async def test_history_without_patch_replays_on_patched_code_taking_the_old_branch(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    result, history = await _run(client, task_queue, new_worker, BeforePatch)
    assert result == "old:a|old:b"
    assert _markers(history) == []
    assert await _replays(history, WithPatch)
    # Without the patch's old branch, the old history no longer replays.
    assert not await _replays(history, DeprecatedPatch)


async def test_new_run_takes_the_new_branch_and_records_one_core_patch_marker(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    result, history = await _run(client, task_queue, new_worker, WithPatch)
    assert result == "new:a|new:b"
    # patched() was called twice: one marker, recorded before the first activity.
    assert _markers(history) == [{"id": PATCH, "deprecated": False}]
    types = [EventType.Name(e.event_type) for e in history.events]
    assert types.index("EVENT_TYPE_MARKER_RECORDED") < types.index(
        "EVENT_TYPE_ACTIVITY_TASK_SCHEDULED"
    )
    # Internal flag 2: the marker is followed by the TemporalChangeVersion upsert.
    upserts = [
        e.upsert_workflow_search_attributes_event_attributes.search_attributes.indexed_fields
        for e in history.events
        if e.event_type == EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES
    ]
    assert [json.loads(u["TemporalChangeVersion"].data) for u in upserts] == [[PATCH]]
    assert await _replays(history, WithPatch)
    assert await _replays(history, DeprecatedPatch)
    assert not await _replays(history, BeforePatch)


async def test_run_started_on_old_code_keeps_the_old_branch_on_new_code(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([BeforePatch], [old_step, new_step]):
        handle = await client.start_workflow("Patchy", id=new_id(), task_queue=task_queue)
        await eventually(
            lambda: event_types(handle),
            lambda t: "ACTIVITY_TASK_COMPLETED" in t and t[-1] == "WORKFLOW_TASK_COMPLETED",
        )
    # The new deployment replays the first stage (no marker: old branch) and runs
    # the second stage live: patched() keeps answering False for this run.
    async with new_worker([WithPatch], [old_step, new_step]):
        await handle.signal(WithPatch.go)
        assert await handle.result() == "old:a|old:b"
    assert _markers(await handle.fetch_history()) == []


async def test_deprecate_patch_records_a_deprecated_marker_and_replays_without_it(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    result, history = await _run(client, task_queue, new_worker, DeprecatedPatch)
    assert result == "new:a|new:b"
    assert _markers(history) == [{"id": PATCH, "deprecated": True}]
    assert await _replays(history, DeprecatedPatch)
    # A deprecated marker with no matching call is skipped on replay.
    assert await _replays(history, PatchRemoved)
    # Code with patched() takes the new branch on it too.
    assert await _replays(history, WithPatch)


def test_patch_ids_must_be_non_empty_strings() -> None:
    with pytest.raises(ValueError, match=r"workflow.patched\(\) needs a non-empty string"):
        workflow.patched("")
    with pytest.raises(ValueError, match=r"workflow.deprecate_patch\(\) needs a non-empty"):
        workflow.deprecate_patch(3)  # type: ignore[arg-type]
    with pytest.raises(workflow.NotInWorkflowError):
        workflow.patched("x")
