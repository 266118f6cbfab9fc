"""Client code that both SDKs run unchanged: scenario drivers and neutral descriptions.

A driver starts one of the shared workflows with the client it is given (ours, or the
reference SDK's inside the agent), signals, queries and updates it, waits for its result or
typed failure, and returns a JSON-compatible *outcome*. The same outcome is expected whichever
SDK's client drives whichever SDK's worker.

Drivers never touch asyncio or trio directly: waiting is done with the ``sleep`` they are
given (``asyncio.sleep`` in the agent, ``anyio.sleep`` in our tests).
"""

import dataclasses
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import temporalio.client
from temporalio.api.common.v1 import WorkflowExecution
from temporalio.client import WorkflowFailureError
from temporalio.exceptions import (
    ActivityError,
    ApplicationError,
    ChildWorkflowError,
    FailureError,
    RetryState,
)
from tests.interop.shared_workflows import (
    ActivityFailureWorkflow,
    Approval,
    CartWorkflow,
    LocalActivityWorkflow,
    Order,
    OrderStatus,
    OrderWorkflow,
    ParentWorkflow,
    PatchedWorkflow,
    Receipt,
    RejectingWorkflow,
)

Sleep = Callable[[float], Awaitable[Any]]


def describe_value(value: Any) -> Any:
    """A JSON-compatible description that keeps the decoded Python type visible."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"dataclass": type(value).__name__, **dataclasses.asdict(value)}
    return value


def describe_error(err: BaseException | None) -> dict[str, Any] | None:
    """Class, Temporal fields and cause of each error in a chain.

    Messages are compared only for errors that travel as ``Failure`` protos
    (``FailureError``); the client's own wrappers (``WorkflowFailureError``,
    ``WorkflowUpdateFailedError``) word their messages as each SDK likes.
    """
    if err is None:
        return None
    out: dict[str, Any] = {"class": type(err).__name__}
    if isinstance(err, FailureError):
        out["message"] = err.message
    if isinstance(err, ApplicationError):
        out["type"] = err.type
        out["details"] = list(err.details)
        out["non_retryable"] = err.non_retryable
    if isinstance(err, ActivityError):
        out["activity_type"] = err.activity_type
        out["activity_id"] = err.activity_id
        out["retry_state"] = _retry_state(err.retry_state)
    if isinstance(err, ChildWorkflowError):
        out["workflow_type"] = err.workflow_type
        out["retry_state"] = _retry_state(err.retry_state)
    out["cause"] = describe_error(getattr(err, "cause", None) or err.__cause__)
    return out


def _retry_state(state: RetryState | None) -> str | None:
    return None if state is None else state.name


def as_json(value: Any) -> Any:
    """The value as it would come back through JSON (tuples become lists)."""
    return json.loads(json.dumps(value))


async def _poll_query(
    query: Callable[[], Awaitable[Any]], done: Callable[[Any], bool], sleep: Sleep
) -> Any:
    value = None
    for _ in range(200):
        value = await query()
        if done(value):
            return value
        await sleep(0.05)
    return value


# --- drivers -----------------------------------------------------------------------


async def drive_order(client: Any, task_queue: str, workflow_id: str, sleep: Sleep) -> Any:
    handle = await client.start_workflow(
        OrderWorkflow.run, Order("ada", ["pen", "ink"]), id=workflow_id, task_queue=task_queue
    )
    await handle.signal(OrderWorkflow.add_note, "gift wrap")
    waiting: OrderStatus = await _poll_query(
        lambda: handle.query(OrderWorkflow.status),
        lambda s: s.stage == "awaiting approval" and s.notes == ["gift wrap"],
        sleep,
    )
    await handle.signal(OrderWorkflow.approve, Approval("grace"))
    receipt: Receipt = await handle.result()
    # A query on the closed workflow: the worker answers it by replaying the history.
    closed = await handle.query(OrderWorkflow.status)
    return {
        "waiting": describe_value(waiting),
        "receipt": describe_value(receipt),
        "closed": describe_value(closed),
    }


async def drive_cart(client: Any, task_queue: str, workflow_id: str, sleep: Sleep) -> Any:
    handle = await client.start_workflow(CartWorkflow.run, id=workflow_id, task_queue=task_queue)
    first = await handle.execute_update(CartWorkflow.add_item, "pen")
    # WorkflowUpdateFailedError is looked up only here, so that a client without updates
    # fails this scenario alone.
    try:
        await handle.execute_update(CartWorkflow.add_item, "")
        rejected = None
    except temporalio.client.WorkflowUpdateFailedError as err:
        rejected = describe_error(err)
    second = await handle.execute_update(CartWorkflow.add_item, "ink")
    count = await handle.execute_update(CartWorkflow.checkout)
    return {
        "updates": [first, second, count],
        "rejected": rejected,
        "result": await handle.result(),
    }


async def drive_local_activities(
    client: Any, task_queue: str, workflow_id: str, sleep: Sleep
) -> Any:
    return await client.execute_workflow(
        LocalActivityWorkflow.run, Order("lin", ["paper"]), id=workflow_id, task_queue=task_queue
    )


async def drive_children(client: Any, task_queue: str, workflow_id: str, sleep: Sleep) -> Any:
    return await client.execute_workflow(
        ParentWorkflow.run, Order("kay", ["ink", "paper"]), id=workflow_id, task_queue=task_queue
    )


async def drive_patched(client: Any, task_queue: str, workflow_id: str, sleep: Sleep) -> Any:
    return await client.execute_workflow(
        PatchedWorkflow.run, Order("max", ["pen"]), id=workflow_id, task_queue=task_queue
    )


async def _failure(client: Any, workflow: Any, workflow_id: str, task_queue: str) -> Any:
    try:
        result = await client.execute_workflow(
            workflow, Order("bob", ["pen", "ink"]), id=workflow_id, task_queue=task_queue
        )
    except WorkflowFailureError as err:
        return describe_error(err)
    return {"unexpected result": describe_value(result)}


async def drive_rejected(client: Any, task_queue: str, workflow_id: str, sleep: Sleep) -> Any:
    return await _failure(client, RejectingWorkflow.run, workflow_id, task_queue)


async def drive_activity_failure(
    client: Any, task_queue: str, workflow_id: str, sleep: Sleep
) -> Any:
    return await _failure(client, ActivityFailureWorkflow.run, workflow_id, task_queue)


@dataclasses.dataclass(frozen=True)
class Scenario:
    drive: Callable[[Any, str, str, Sleep], Awaitable[Any]]
    """The driver."""
    child_suffixes: tuple[str, ...] = ()
    """Workflow IDs of children, as suffixes of the driven workflow's ID."""

    def workflow_ids(self, workflow_id: str) -> list[str]:
        """Every workflow the scenario runs (the driven one first)."""
        return [workflow_id, *(workflow_id + s for s in self.child_suffixes)]


SCENARIOS = {
    "order": Scenario(drive_order),
    "cart_updates": Scenario(drive_cart),
    "local_activities": Scenario(drive_local_activities),
    "children": Scenario(drive_children, ("-ship", "-empty")),
    "patched": Scenario(drive_patched),
    "rejected": Scenario(drive_rejected),
    "activity_failure": Scenario(drive_activity_failure),
}


async def outcome_of(
    name: str, client: Any, task_queue: str, workflow_id: str, sleep: Sleep
) -> Any:
    """Run a scenario; an unexpected exception becomes the outcome (so it shows in a diff)."""
    try:
        return as_json(await SCENARIOS[name].drive(client, task_queue, workflow_id, sleep))
    except Exception as err:
        return {"unexpected error": as_json(describe_error(err))}


# --- payload and failure samples ---------------------------------------------------


def sample_values() -> list[tuple[Any, Any]]:
    """Values to encode, each with the type hint to decode it with."""
    return [
        (Order("ada", ["pen", "ink"], express=True), Order),
        (Receipt("ada", 625, ["pen: 150"], ["née", "☃"]), Receipt),
        (None, Any),
        (b"\x00raw bytes\xff", bytes),
        ("text with unicode: żółw", str),
        (-42, int),
        (2.5, float),
        (True, bool),
        ([1, "two", None, {"three": 3.0}], list[Any]),
        ({"b": [1, 2], "a": {"nested": True}}, dict[str, Any]),
        (datetime(2024, 2, 29, 12, 30, 15, 123456, tzinfo=UTC), datetime),
        (WorkflowExecution(workflow_id="wf", run_id="run"), WorkflowExecution),
    ]


def describe_sample(value: Any) -> str:
    """Type and repr (dict keys sorted): equal exactly when the decoded values are equal."""
    return f"{type(value).__name__}: {_sorted_dicts(value)!r}".replace("\n", " ")


def _sorted_dicts(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted_dicts(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_sorted_dicts(v) for v in value]
    return value


def sample_failure() -> BaseException:
    """ActivityError > ApplicationError (type, details) > ApplicationError, never raised."""
    root = ApplicationError("disk full", type="IOFailure")
    app = ApplicationError(
        "could not store", {"path": "/tmp/x", "tries": 3}, "second", type="StoreFailed"
    )
    app.__cause__ = root
    err = ActivityError(
        "Activity task failed",
        scheduled_event_id=5,
        started_event_id=6,
        identity="worker-1",
        activity_type="store",
        activity_id="1",
        retry_state=RetryState.MAXIMUM_ATTEMPTS_REACHED,
    )
    err.__cause__ = app
    return err
