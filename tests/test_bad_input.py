"""Bad input: undecodable arguments and results, unknown workflow types, oversized
payloads, changed code under running workflows, malformed histories.

Each error must say what went wrong where (workflow or handler, parameter position,
expected type, size limit, mismatching command and event), and must stay with the
workflow it concerns: the worker keeps serving every other workflow.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import anyio
import pytest

from temporalio import activity, workflow
from temporalio.api.enums.v1 import EventType, WorkflowTaskFailedCause
from temporalio.client import (
    Client,
    WorkflowFailureError,
    WorkflowHandle,
    WorkflowQueryFailedError,
    WorkflowUpdateFailedError,
)
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError, TerminatedError
from temporalio.service import ConnectConfig, RPCError, RPCStatusCode, ServiceClient
from temporalio.worker import Replayer, Worker
from tests.worker.helpers import event_types, eventually, new_id
from tests.worker.test_replay import StepsV1, StepsV2TimerFirst, _completed_history, step

MiB = 1024 * 1024


@dataclass
class Order:
    sku: str
    quantity: int


@activity.defn(name="count_items")
async def count_items_declared(order: Order) -> int:
    """What workflows see: ``count_items`` returns an int."""
    raise NotImplementedError


@activity.defn(name="count_items")
async def count_items_deployed(order: Order) -> str:
    """What the worker runs: an incompatible version that returns a string."""
    return "lots"


@activity.defn
async def needs_int(count: int) -> int:
    return count * 2


@activity.defn
async def huge_result(size: int) -> str:
    return "r" * size


@workflow.defn
class OrderWorkflow:
    """Waits for ``finish``; answers ``total`` queries; ``add`` signals and ``set_total`` updates."""

    def __init__(self) -> None:
        self._total = 0
        self._done = False

    @workflow.run
    async def run(self, name: str, order: Order) -> str:
        await workflow.wait_condition(lambda: self._done)
        return f"{name}:{order.sku}:{self._total}"

    @workflow.signal
    def add(self, count: int) -> None:
        self._total += count

    @workflow.signal
    def finish(self) -> None:
        self._done = True

    @workflow.query
    def total(self, double: bool) -> int:
        return self._total * (2 if double else 1)

    @workflow.update
    def set_total(self, total: int) -> int:
        self._total = total
        return total


@workflow.defn
class ActivityCallsWorkflow:
    """Calls an activity the way ``kind`` says and returns what it got."""

    @workflow.run
    async def run(self, kind: str) -> str:
        no_retry = RetryPolicy(maximum_attempts=1)
        timeout = timedelta(seconds=10)
        if kind == "bad-result":
            count = await workflow.execute_activity(
                count_items_declared,
                Order("a", 1),
                start_to_close_timeout=timeout,
                retry_policy=no_retry,
            )
            return str(count)
        if kind == "bad-argument":
            try:
                await workflow.execute_activity(
                    "needs_int", "three", start_to_close_timeout=timeout, retry_policy=no_retry
                )
            except ActivityError as err:
                assert isinstance(err.cause, ApplicationError)
                return err.cause.message
            return "no error"
        return str(
            len(
                await workflow.execute_activity(
                    huge_result, 5 * MiB, start_to_close_timeout=timeout
                )
            )
        )


@workflow.defn
class EchoWorkflow:
    @workflow.run
    async def run(self, text: str) -> str:
        await asyncio.sleep(0.01)
        return text


@workflow.defn
class HugeResultWorkflow:
    @workflow.run
    async def run(self, size: int) -> str:
        return "w" * size


@workflow.defn
class HostLibraryWorkflow:
    @workflow.run
    async def run(self, library: str) -> None:
        if library == "trio":
            import trio

            await trio.sleep(0.01)
        else:
            await anyio.sleep(0.01)


async def _task_failures(handle: WorkflowHandle[Any, Any], timeout: float = 10) -> list[Any]:
    """The workflow task failures of the run, once there is at least one."""

    async def failures() -> list[Any]:
        return [
            e.workflow_task_failed_event_attributes
            async for e in handle.fetch_history_events()
            if e.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED
        ]

    return await eventually(failures, lambda found: len(found) > 0, timeout=timeout)


def _worker(client: Client, task_queue: str, **kwargs: Any) -> Worker:
    return Worker(
        client,
        task_queue=task_queue,
        workflows=[
            OrderWorkflow,
            ActivityCallsWorkflow,
            EchoWorkflow,
            HugeResultWorkflow,
            HostLibraryWorkflow,
        ],
        activities=[count_items_deployed, needs_int, huge_result],
        **kwargs,
    )


async def _still_serves(client: Client, task_queue: str) -> None:
    """Another workflow on the same worker completes."""
    with anyio.fail_after(10):
        assert (
            await client.execute_workflow(
                EchoWorkflow.run, "still here", id=new_id(), task_queue=task_queue
            )
            == "still here"
        )


# --- host event-loop libraries in workflow code ---------------------------------------


@pytest.mark.parametrize("library", ["trio", "anyio"])
async def test_trio_or_anyio_in_workflow_code_fails_the_task_saying_why(
    client: Client, task_queue: str, library: str
) -> None:
    with anyio.fail_after(30):
        async with _worker(client, task_queue):
            handle = await client.start_workflow(
                HostLibraryWorkflow.run, library, id=new_id(), task_queue=task_queue
            )
            message = (await _task_failures(handle))[0].failure.message
            assert message.startswith(f"{library} in workflow code is not allowed"), message
            assert "use asyncio primitives" in message
            await _still_serves(client, task_queue)


# --- arguments and results that do not decode ----------------------------------------


async def test_undecodable_workflow_input_fails_the_task_naming_workflow_position_and_type(
    client: Client, task_queue: str
) -> None:
    with anyio.fail_after(30):
        async with _worker(client, task_queue):
            handle = await client.start_workflow(
                "OrderWorkflow",
                args=["alice", {"sku": "pen", "quantity": "many"}],
                id=new_id(),
                task_queue=task_queue,
            )
            failure = (await _task_failures(handle))[0]
            message = failure.failure.message
            assert "'OrderWorkflow'" in message
            assert "index 1" in message
            assert "Order" in message and "quantity" in message and "expected int" in message
            assert (
                failure.cause
                == WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE
            )
            # A task failure, not a workflow failure: the run waits for a fix.
            description = await handle.describe()
            assert description.status is not None and description.status.name == "RUNNING"
            await _still_serves(client, task_queue)


async def test_undecodable_signal_is_dropped_with_a_warning_naming_handler_position_and_type(
    client: Client, task_queue: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="temporalio.worker")
    with anyio.fail_after(30):
        async with _worker(client, task_queue):
            handle = await client.start_workflow(
                OrderWorkflow.run,
                args=["bob", Order("pen", 1)],
                id=new_id(),
                task_queue=task_queue,
            )
            await handle.signal("add", "three")
            await handle.signal("add", 2)
            await handle.signal(OrderWorkflow.finish)
            # The bad signal was dropped (as in the official SDK); the run went on.
            assert await handle.result() == "bob:pen:2"
    messages = [r.getMessage() for r in caplog.records if "Dropped signal" in r.getMessage()]
    assert messages, caplog.text
    assert "'add'" in messages[0] and "index 0" in messages[0] and "expected int" in messages[0]
    assert "three" not in messages[0]  # payload contents are not logged


async def test_undecodable_query_and_update_arguments_are_refused_and_workflow_goes_on(
    client: Client, task_queue: str
) -> None:
    with anyio.fail_after(30):
        async with _worker(client, task_queue):
            handle = await client.start_workflow(
                OrderWorkflow.run,
                args=["carol", Order("ink", 2)],
                id=new_id(),
                task_queue=task_queue,
            )
            with pytest.raises(WorkflowQueryFailedError) as query_error:
                await handle.query("total", "yes please")
            message = str(query_error.value)
            assert "'total'" in message and "index 0" in message and "expected bool" in message

            with pytest.raises(WorkflowUpdateFailedError) as update_error:
                await handle.execute_update("set_total", "ten")
            cause = update_error.value.cause
            assert isinstance(cause, ApplicationError)
            assert "'set_total'" in cause.message and "index 0" in cause.message
            assert "expected int" in cause.message

            # Neither hurt the run: good calls still work and it completes.
            assert await handle.execute_update(OrderWorkflow.set_total, 4) == 4
            assert await handle.query(OrderWorkflow.total, True) == 8
            await handle.signal(OrderWorkflow.finish)
            assert await handle.result() == "carol:ink:4"


async def test_undecodable_activity_argument_fails_the_activity_naming_it(
    client: Client, task_queue: str
) -> None:
    with anyio.fail_after(30):
        async with _worker(client, task_queue):
            message = await client.execute_workflow(
                ActivityCallsWorkflow.run, "bad-argument", id=new_id(), task_queue=task_queue
            )
    assert "needs_int" in message and "index 0" in message and "expected int" in message


async def test_undecodable_activity_result_fails_the_task_naming_position_and_type(
    client: Client, task_queue: str
) -> None:
    with anyio.fail_after(30):
        async with _worker(client, task_queue):
            handle = await client.start_workflow(
                ActivityCallsWorkflow.run, "bad-result", id=new_id(), task_queue=task_queue
            )
            message = (await _task_failures(handle))[0].failure.message
            assert "index 0" in message and "expected int" in message, message
            await _still_serves(client, task_queue)


async def test_undecodable_activity_result_error_names_the_activity(
    client: Client, task_queue: str
) -> None:
    with anyio.fail_after(30):
        async with _worker(client, task_queue):
            handle = await client.start_workflow(
                ActivityCallsWorkflow.run, "bad-result", id=new_id(), task_queue=task_queue
            )
            message = (await _task_failures(handle))[0].failure.message
    assert "count_items" in message, message


# --- unknown workflow types ------------------------------------------------------------


async def test_unknown_workflow_type_fails_the_task_naming_it_and_the_registered_ones(
    client: Client, task_queue: str
) -> None:
    with anyio.fail_after(30):
        async with _worker(client, task_queue):
            handle = await client.start_workflow(
                "NoSuchWorkflow", id=new_id(), task_queue=task_queue
            )
            message = (await _task_failures(handle))[0].failure.message
            assert "'NoSuchWorkflow'" in message
            for registered in ("OrderWorkflow", "ActivityCallsWorkflow", "EchoWorkflow"):
                assert registered in message, message
            await _still_serves(client, task_queue)


# --- oversized payloads ----------------------------------------------------------------


async def test_oversized_start_is_refused_before_sending_naming_the_limit(
    client: Client, task_queue: str
) -> None:
    workflow_id = new_id()
    started = time.monotonic()
    with anyio.fail_after(10), pytest.raises(RPCError) as caught:
        await client.start_workflow(
            EchoWorkflow.run, "x" * (5 * MiB), id=workflow_id, task_queue=task_queue
        )
    # Refused at once, not retried: nothing was sent.
    assert time.monotonic() - started < 1
    assert caught.value.status is RPCStatusCode.RESOURCE_EXHAUSTED
    message = str(caught.value)
    assert "StartWorkflowExecution" in message and str(4 * MiB) in message
    assert "max_request_size" in message
    with pytest.raises(RPCError) as missing:
        await client.get_workflow_handle(workflow_id).describe()
    assert missing.value.status is RPCStatusCode.NOT_FOUND


async def test_payload_over_the_servers_blob_limit_is_refused_naming_the_limit(
    client: Client, task_queue: str
) -> None:
    # Under the 4 MiB message limit, over the server's 2 MiB limit for one payload.
    with anyio.fail_after(10), pytest.raises(RPCError) as caught:
        await client.start_workflow(
            EchoWorkflow.run, "x" * (3 * MiB), id=new_id(), task_queue=task_queue
        )
    assert caught.value.status is RPCStatusCode.INVALID_ARGUMENT
    assert "2 MiB" in str(caught.value) and "limit.blobSize.error" in str(caught.value)


async def test_message_too_large_for_the_server_is_not_retried(dev_server: str) -> None:
    # A client allowed to send more than the server accepts: the server's refusal
    # (RESOURCE_EXHAUSTED) is final, not throttling to back off from and retry.
    service = await ServiceClient.connect(ConnectConfig(dev_server, max_request_size=64 * MiB))
    client = Client(service)
    try:
        started = time.monotonic()
        with anyio.fail_after(10), pytest.raises(RPCError) as caught:
            await client.start_workflow(
                "EchoWorkflow", "x" * (5 * MiB), id=new_id(), task_queue="nobody-polls"
            )
        assert caught.value.status is RPCStatusCode.RESOURCE_EXHAUSTED
        assert "larger than max" in str(caught.value)
        assert time.monotonic() - started < 1.5
    finally:
        await service.close()


@pytest.fixture
def worker_logs() -> Iterator[list[logging.LogRecord]]:
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(logging.WARNING)
    logger = logging.getLogger("temporalio")
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)


async def test_oversized_completions_do_not_crash_the_worker(
    client: Client, task_queue: str, worker_logs: list[logging.LogRecord]
) -> None:
    with anyio.fail_after(30):
        async with _worker(client, task_queue) as worker:
            big_workflow = await client.start_workflow(
                HugeResultWorkflow.run,
                5 * MiB,
                id=new_id(),
                task_queue=task_queue,
                task_timeout=timedelta(seconds=2),
            )
            big_activity = await client.start_workflow(
                ActivityCallsWorkflow.run,
                "huge-activity-result",
                id=new_id(),
                task_queue=task_queue,
            )

            def reported(what: str) -> bool:
                return any(
                    what in r.getMessage() and str(4 * MiB) in r.getMessage() for r in worker_logs
                )

            # Both refusals are logged, naming the limit...
            with anyio.fail_after(10):
                while not (
                    reported("RespondWorkflowTaskCompleted")
                    and reported("RespondActivityTaskCompleted")
                ):
                    await anyio.sleep(0.05)
            # ...and the worker goes on serving.
            await _still_serves(client, task_queue)
            assert worker.is_running
            for handle in (big_workflow, big_activity):
                assert "WORKFLOW_EXECUTION_COMPLETED" not in await event_types(handle)


async def test_oversized_workflow_completion_is_reported_as_grpc_message_too_large(
    client: Client, task_queue: str
) -> None:
    with anyio.fail_after(30):
        async with _worker(client, task_queue):
            handle = await client.start_workflow(
                HugeResultWorkflow.run, 5 * MiB, id=new_id(), task_queue=task_queue
            )
            failures = await _task_failures(handle, timeout=3)
            # The worker reported GRPC_MESSAGE_TOO_LARGE; the server answers that by
            # force-closing the task and terminating the run (it would never fit).
            assert (
                failures[0].cause
                == WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_FORCE_CLOSE_COMMAND
            )
            with pytest.raises(WorkflowFailureError) as info:
                await handle.result()
            assert isinstance(info.value.cause, TerminatedError)
            await _still_serves(client, task_queue)


# --- changed code under running workflows ----------------------------------------------


async def test_nondeterministic_task_names_the_mismatch_and_the_worker_keeps_serving(
    client: Client, task_queue: str
) -> None:
    """Extends tests/worker/test_replay.py (which shows the old code resuming it)."""
    with anyio.fail_after(40):
        async with Worker(client, task_queue=task_queue, workflows=[StepsV1], activities=[step]):
            handle = await client.start_workflow(
                "Steps", id=new_id(), task_queue=task_queue, task_timeout=timedelta(seconds=2)
            )
            await eventually(lambda: event_types(handle), lambda t: "TIMER_FIRED" in t)
        async with Worker(
            client,
            task_queue=task_queue,
            workflows=[StepsV2TimerFirst, EchoWorkflow],
            activities=[step],
        ):
            await handle.signal(StepsV1.go)
            failure = (await _task_failures(handle, timeout=20))[-1]
            assert (
                failure.cause
                == WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_NON_DETERMINISTIC_ERROR
            )
            message = failure.failure.message
            # What the code did, and what history says it did before.
            assert "StartTimer" in message and "ActivityTaskScheduled" in message, message
            assert "'step'" in message, message
            await _still_serves(client, task_queue)


# --- malformed histories ---------------------------------------------------------------


async def test_malformed_histories_fail_replay_clearly(client: Client, task_queue: str) -> None:
    """Extends test_replay's malformed-JSON test with broken event lists."""
    history = json.loads((await _completed_history(client, task_queue)).to_json())
    replayer = Replayer(workflows=[StepsV1])

    def variant(change: Any) -> str:
        doc = json.loads(json.dumps(history))
        change(doc)
        return json.dumps(doc)

    cases = {
        "history starts at event 4": variant(lambda d: d.update(events=d["events"][3:])),
        "not contiguous: event 7 follows 5": variant(lambda d: d["events"].pop(5)),
        "eventId": variant(lambda d: d["events"][1].update(eventId="abc")),
        "not among the replayer's workflows": variant(
            lambda d: d["events"][0]["workflowExecutionStartedEventAttributes"][
                "workflowType"
            ].update(name="Renamed")
        ),
        '"events" list': '{"events": "none"}',
    }
    for expected, text in cases.items():
        with pytest.raises(Exception) as caught:
            await replayer.replay_workflow(text)
        assert expected in str(caught.value), (expected, str(caught.value))


async def test_history_without_events_fails_replay() -> None:
    with pytest.raises(ValueError, match="event"):
        await Replayer(workflows=[StepsV1]).replay_workflow('{"events": []}')
