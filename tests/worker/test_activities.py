"""Activities from workflows: results, failures, retries, heartbeats, cancellation types."""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import anyio
import pytest

from temporalio import activity, workflow
from temporalio.client import Client, WorkflowFailureError
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError, CancelledError
from temporalio.worker import Worker
from tests.worker.helpers import event_types, new_id


@dataclass
class Order:
    item: str
    qty: int


@activity.defn
async def price(order: Order) -> float:
    return order.qty * 2.5


@activity.defn
def sync_double(x: int) -> int:
    return 2 * x


_attempts: dict[str, int] = {}


@activity.defn
async def flaky(key: str) -> str:
    info = activity.info()
    details = info.heartbeat_details
    activity.heartbeat(f"progress-{info.attempt}")
    _attempts[key] = info.attempt
    if info.attempt < 3:
        raise RuntimeError(f"attempt {info.attempt} failed")
    return f"ok after {info.attempt} attempts, last details {list(details)}"


@activity.defn
async def always_fails() -> None:
    raise ApplicationError("no way", "detail-1", type="Refused", non_retryable=True)


@workflow.defn
class ActivityWorkflow:
    @workflow.run
    async def run(self, key: str) -> list[object]:
        a = await workflow.execute_activity(
            price, Order("book", 4), start_to_close_timeout=timedelta(seconds=5)
        )
        b = await workflow.execute_activity(
            sync_double, 21, start_to_close_timeout=timedelta(seconds=5)
        )
        c = await workflow.execute_activity(
            flaky,
            key,
            start_to_close_timeout=timedelta(seconds=5),
            retry_policy=RetryPolicy(initial_interval=timedelta(milliseconds=50)),
        )
        handles = [
            workflow.start_activity(
                price, Order("pen", i), start_to_close_timeout=timedelta(seconds=5)
            )
            for i in range(3)
        ]
        d = await asyncio.gather(*handles)
        return [a, b, c, d]


@workflow.defn
class FailingActivityWorkflow:
    @workflow.run
    async def run(self) -> str:
        try:
            await workflow.execute_activity(
                always_fails, start_to_close_timeout=timedelta(seconds=5)
            )
        except ActivityError as err:
            assert isinstance(err.cause, ApplicationError)
            return f"{err.cause.type}:{err.cause.message}:{list(err.cause.details)}"
        return "unexpected"


@workflow.defn
class UncaughtActivityFailureWorkflow:
    @workflow.run
    async def run(self) -> None:
        await workflow.execute_activity(always_fails, start_to_close_timeout=timedelta(seconds=5))


async def test_activity_results_retries_and_heartbeat_details(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    key = new_id()
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        async with new_worker(
            [ActivityWorkflow], [price, sync_double, flaky], activity_executor=pool
        ):
            result = await client.execute_workflow(
                ActivityWorkflow.run, key, id=new_id(), task_queue=task_queue
            )
    assert result[0] == 10.0
    assert result[1] == 42
    assert result[2] == "ok after 3 attempts, last details ['progress-2']"
    assert result[3] == [0.0, 2.5, 5.0]
    assert _attempts[key] == 3


async def test_activity_failure_is_an_activity_error_in_the_workflow(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker(
        [FailingActivityWorkflow, UncaughtActivityFailureWorkflow], [always_fails]
    ):
        assert (
            await client.execute_workflow(
                FailingActivityWorkflow.run, id=new_id(), task_queue=task_queue
            )
            == "Refused:no way:['detail-1']"
        )
        with pytest.raises(WorkflowFailureError) as info:
            await client.execute_workflow(
                UncaughtActivityFailureWorkflow.run, id=new_id(), task_queue=task_queue
            )
    cause = info.value.cause
    assert isinstance(cause, ActivityError)
    assert isinstance(cause.cause, ApplicationError) and cause.cause.type == "Refused"


# --- cancellation ------------------------------------------------------------------

_cancel_seen: dict[str, str] = {}


@activity.defn
async def long_heartbeating(key: str) -> str:
    try:
        while True:
            activity.heartbeat()
            await anyio.sleep(0.05)
    except anyio.get_cancelled_exc_class():
        _cancel_seen[key] = "cancelled"
        raise


@activity.defn
def long_sync_heartbeating(key: str) -> str:
    # The worker raises CancelledError in this thread on cancellation (or the
    # loop sees is_cancelled() first); either way the activity reports it.
    try:
        while not activity.is_cancelled():
            activity.heartbeat()
            time.sleep(0.05)
    finally:
        _cancel_seen[key] = "sync-cancelled"
    raise CancelledError("sync activity saw cancellation")


@workflow.defn
class CancelActivityWorkflow:
    @workflow.run
    async def run(self, key: str, cancellation_type: int, sync: bool) -> str:
        handle = workflow.start_activity(
            long_sync_heartbeating if sync else long_heartbeating,
            key,
            start_to_close_timeout=timedelta(seconds=30),
            heartbeat_timeout=timedelta(seconds=2),
            cancellation_type=workflow.ActivityCancellationType(cancellation_type),
        )
        await asyncio.sleep(0.5)
        handle.cancel()
        try:
            await handle
        except ActivityError as err:
            return f"activity error: {type(err.cause).__name__}"
        except asyncio.CancelledError:
            return "cancelled"
        return "completed"


@pytest.mark.parametrize(
    "ctype,sync",
    [
        (workflow.ActivityCancellationType.TRY_CANCEL, False),
        (workflow.ActivityCancellationType.WAIT_CANCELLATION_COMPLETED, False),
        (workflow.ActivityCancellationType.WAIT_CANCELLATION_COMPLETED, True),
        (workflow.ActivityCancellationType.ABANDON, False),
    ],
)
async def test_cancellation_reaches_the_activity(
    client: Client,
    task_queue: str,
    new_worker: Callable[..., Worker],
    ctype: workflow.ActivityCancellationType,
    sync: bool,
) -> None:
    key = new_id()
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        async with new_worker(
            [CancelActivityWorkflow],
            [long_heartbeating, long_sync_heartbeating],
            activity_executor=pool,
        ):
            handle = await client.start_workflow(
                CancelActivityWorkflow.run,
                args=[key, int(ctype), sync],
                id=new_id(),
                task_queue=task_queue,
            )
            result = await handle.result()
            if ctype == workflow.ActivityCancellationType.ABANDON:
                # As in the official SDK: an ActivityError caused by CancelledError.
                assert result == "activity error: CancelledError"
                types = await event_types(handle)
                assert "ACTIVITY_TASK_CANCEL_REQUESTED" not in types
                return
            with anyio.fail_after(10):
                while key not in _cancel_seen:
                    await anyio.sleep(0.05)
    assert _cancel_seen[key] == ("sync-cancelled" if sync else "cancelled")
    types = await event_types(handle)
    assert "ACTIVITY_TASK_CANCEL_REQUESTED" in types
    assert result == "activity error: CancelledError"
    if ctype == workflow.ActivityCancellationType.WAIT_CANCELLATION_COMPLETED:
        # the workflow saw the outcome only after the activity reported it
        assert types.index("ACTIVITY_TASK_CANCELED") < types.index("WORKFLOW_EXECUTION_COMPLETED")


@workflow.defn
class CancelBeforeSentWorkflow:
    @workflow.run
    async def run(self) -> str:
        handle = workflow.start_activity(
            long_heartbeating, "never", start_to_close_timeout=timedelta(seconds=30)
        )
        handle.cancel()
        try:
            await handle
        except (ActivityError, asyncio.CancelledError) as err:
            return type(err).__name__
        return "completed"


async def test_cancel_before_the_command_was_sent_writes_nothing(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([CancelBeforeSentWorkflow], [long_heartbeating]):
        handle = await client.start_workflow(
            CancelBeforeSentWorkflow.run, id=new_id(), task_queue=task_queue
        )
        assert await handle.result() in ("ActivityError", "CancelledError")
    types = await event_types(handle)
    assert not any(t.startswith("ACTIVITY_TASK") for t in types)
