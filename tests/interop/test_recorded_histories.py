"""The histories in ``tests/fixtures/histories`` (written by the reference SDK's worker) replay
on our Replayer with the same workflow code (``recorded_workflows``).

The reference SDK replaying every fixture against the same module proves that the module
really is the code that wrote them; only that check needs the reference virtualenv.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from temporalio.client import WorkflowHistory
from temporalio.worker import Replayer
from tests.interop import recorded_workflows
from tests.interop.reference import ReferenceSDK

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "histories"
NAMES = sorted(p.stem for p in FIXTURES.glob("*.json"))


def _load(name: str) -> list[str]:
    """``[workflow ID, history JSON]``.

    The export does not hold the workflow ID. Workflow code that derives child IDs from it
    must see the recorded one: the script named children ``<workflow ID>-c1``, ...
    """
    text = (FIXTURES / f"{name}.json").read_text()
    for event in json.loads(text)["events"]:
        child = event.get("startChildWorkflowExecutionInitiatedEventAttributes")
        if child:
            return [child["workflowId"].rsplit("-", 1)[0], text]
    return [f"fixture-{name}", text]


def test_there_are_recorded_histories() -> None:
    assert len(NAMES) >= 22


def test_reference_replays_every_fixture_with_the_shared_code(reference: ReferenceSDK) -> None:
    replayed = reference.call("replay", histories=[_load(n) for n in NAMES], recorded=True)
    assert dict(zip(NAMES, replayed["outcomes"], strict=True)) == dict.fromkeys(NAMES, "ok")


@pytest.mark.parametrize("name", NAMES)
async def test_our_replayer_replays_the_recorded_history(name: str) -> None:
    workflow_id, text = _load(name)
    recorded_workflows.OBSERVED.clear()
    await Replayer(workflows=recorded_workflows.WORKFLOWS).replay_workflow(
        WorkflowHistory.from_json(workflow_id, text)
    )
    if name == "random_seed":
        # Seed, first random draw and run ID, as the reference SDK computed them live.
        completed = WorkflowHistory.from_json(workflow_id, text).events[-1]
        result = completed.workflow_execution_completed_event_attributes.result.payloads[0]
        assert recorded_workflows.OBSERVED[workflow_id] == json.loads(result.data)
