"""Their client with our worker, our client with their worker, and each other's histories.

Every scenario of ``shared_drivers`` runs three ways and must give the same outcome:

* the reference SDK alone (its client, its worker): proves the expectations;
* their client drives our worker; the histories our worker wrote then replay on *their*
  Replayer (exported by our ``to_json``, read by their ``from_json``);
* our client drives their worker; the histories their worker wrote then replay on *our*
  Replayer (exported by their ``to_json``, read by our ``from_json``).

Outcomes cover typed results (dataclasses decoded on the client), signals, queries (also on
a closed workflow), updates with a validator, and typed failures with their cause chains.
"""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from temporalio.client import Client, WorkflowHistory
from temporalio.worker import Replayer, Worker
from tests.interop.reference import ReferenceSDK
from tests.interop.shared_drivers import SCENARIOS, as_json, outcome_of
from tests.interop.shared_workflows import (
    ACTIVITIES,
    OBSERVED,
    WORKFLOWS,
    DeterministicValuesWorkflow,
)
from tests.worker.helpers import new_id

DRIVE_TIMEOUT = 20.0

_ORDER_STATUS_WAITING = {
    "dataclass": "OrderStatus",
    "stage": "awaiting approval",
    "notes": ["gift wrap"],
}

EXPECTED: dict[str, Any] = {
    "order": {
        "waiting": _ORDER_STATUS_WAITING,
        "receipt": {
            "dataclass": "Receipt",
            "customer": "ada",
            "total_cents": 625,
            "lines": ["pen: 150", "ink: 475"],
            "notes": ["gift wrap", "approved by grace"],
        },
        "closed": {**_ORDER_STATUS_WAITING, "stage": "approved"},
    },
    "cart_updates": {
        "updates": [["pen"], ["pen", "ink"], 2],
        "rejected": {
            "class": "WorkflowUpdateFailedError",
            "cause": {
                "class": "ApplicationError",
                "message": "an item needs a name",
                "type": "ValueError",
                "details": [],
                "non_retryable": False,
                "cause": None,
            },
        },
        "result": ["pen", "ink"],
    },
    "local_activities": [
        "lin: 1 item(s), standard",
        "ApplicationError(OutOfStock)>ApplicationError(LookupError)",
    ],
    "children": [
        "kay 795",
        "shipped by a parent",
        "ChildWorkflowError>ApplicationError(EmptyOrder)",
    ],
    "patched": "max: 1 item(s), express",
    "rejected": {
        "class": "WorkflowFailureError",
        "cause": {
            "class": "ApplicationError",
            "message": "order rejected",
            "type": "OrderRejected",
            "details": [{"customer": "bob", "items": ["pen", "ink"]}, "second detail"],
            "non_retryable": True,
            "cause": {
                "class": "ApplicationError",
                "message": "credit limit exceeded",
                "type": "ValueError",
                "details": [],
                "non_retryable": False,
                "cause": None,
            },
        },
    },
    "activity_failure": {
        "class": "WorkflowFailureError",
        "cause": {
            "class": "ActivityError",
            "message": "Activity task failed",
            "activity_type": "refuse_order",
            "activity_id": "1",
            "retry_state": "NON_RETRYABLE_FAILURE",
            "cause": {
                "class": "ApplicationError",
                "message": "out of stock",
                "type": "OutOfStock",
                "details": [{"sku": "ink", "wanted": 1}],
                "non_retryable": True,
                "cause": {
                    "class": "ApplicationError",
                    "message": "no ink left",
                    "type": "LookupError",
                    "details": [],
                    "non_retryable": False,
                    "cause": None,
                },
            },
        },
    },
}

scenarios = pytest.mark.parametrize("scenario", sorted(SCENARIOS))


def _our_worker(client: Client, task_queue: str) -> Worker:
    return Worker(client, task_queue=task_queue, workflows=WORKFLOWS, activities=ACTIVITIES)


async def _our_replay(workflow_id: str, history_json: str) -> str:
    try:
        await Replayer(workflows=WORKFLOWS).replay_workflow(
            WorkflowHistory.from_json(workflow_id, history_json)
        )
    except Exception as err:
        return f"{type(err).__name__}: {err}"
    return "ok"


async def _export(client: Client, workflow_ids: list[str]) -> list[list[str]]:
    return [
        [wid, (await client.get_workflow_handle(wid).fetch_history()).to_json()]
        for wid in workflow_ids
    ]


@scenarios
def test_expectations_hold_on_the_reference_sdk_alone(
    reference: ReferenceSDK, scenario: str
) -> None:
    outcome = reference.call(
        "drive", scenario=scenario, task_queue=reference.task_queue, workflow_id=new_id()
    )
    assert outcome == EXPECTED[scenario]


@scenarios
async def test_their_client_drives_our_worker_and_their_replayer_takes_our_history(
    reference: ReferenceSDK, client: Client, task_queue: str, scenario: str
) -> None:
    wid = new_id()
    async with _our_worker(client, task_queue):
        outcome = await reference.acall(
            "drive", scenario=scenario, task_queue=task_queue, workflow_id=wid
        )
    histories = await _export(client, SCENARIOS[scenario].workflow_ids(wid))
    replayed = await reference.acall("replay", histories=histories)
    assert {"outcome": outcome, "their replayer": replayed["outcomes"]} == {
        "outcome": EXPECTED[scenario],
        "their replayer": ["ok"] * len(histories),
    }


@scenarios
async def test_our_client_drives_their_worker_and_our_replayer_takes_their_history(
    reference: ReferenceSDK, client: Client, scenario: str
) -> None:
    wid = new_id()
    outcome: Any = {"unexpected error": f"no outcome in {DRIVE_TIMEOUT} s"}
    with anyio.move_on_after(DRIVE_TIMEOUT):
        outcome = await outcome_of(scenario, client, reference.task_queue, wid, anyio.sleep)
    workflow_ids = SCENARIOS[scenario].workflow_ids(wid)
    exported = await reference.acall("export", workflow_ids=workflow_ids)
    replayed = [await _our_replay(w, text) for w, text in zip(workflow_ids, exported, strict=True)]
    assert {"outcome": outcome, "our replayer": replayed} == {
        "outcome": EXPECTED[scenario],
        "our replayer": ["ok"] * len(workflow_ids),
    }


async def test_workflow_time_random_and_uuid4_agree_across_sdks(
    reference: ReferenceSDK, client: Client, task_queue: str
) -> None:
    # Their worker runs it; our Replayer runs the code again on its history.
    theirs_id = new_id()
    theirs = await client.execute_workflow(
        DeterministicValuesWorkflow.run, id=theirs_id, task_queue=reference.task_queue
    )
    OBSERVED.clear()
    history = await client.get_workflow_handle(theirs_id).fetch_history()
    await Replayer(workflows=WORKFLOWS).replay_workflow(history)
    our_replay = as_json(OBSERVED.get(theirs_id))

    # Our worker runs it; their Replayer runs the code again on its history.
    ours_id = new_id()
    async with _our_worker(client, task_queue):
        ours = await client.execute_workflow(
            DeterministicValuesWorkflow.run, id=ours_id, task_queue=task_queue
        )
    replayed = await reference.acall("replay", histories=await _export(client, [ours_id]))
    their_replay = replayed["observed"].get(ours_id)

    # Each replayer must compute exactly what the other SDK's worker computed live.
    our_replay, their_replay = our_replay or {}, their_replay or {}
    assert {
        "time, ours replaying theirs": our_replay.get("time"),
        "time, theirs replaying ours": their_replay.get("time"),
        "random, ours replaying theirs": our_replay.get("random"),
        "random, theirs replaying ours": their_replay.get("random"),
    } == {
        "time, ours replaying theirs": theirs["time"],
        "time, theirs replaying ours": ours["time"],
        "random, ours replaying theirs": theirs["random"],
        "random, theirs replaying ours": ours["random"],
    }
