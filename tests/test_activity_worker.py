"""The activity worker against the real dev server (both backends).

Workflows are answered by the raw responder: their first task schedules the
activities, and the tests read the outcomes from history.
"""

from __future__ import annotations

import concurrent.futures
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import anyio
import pytest
from google.protobuf.duration_pb2 import Duration

from temporalio import activity
from temporalio.api.common.v1 import RetryPolicy as RetryPolicyProto
from temporalio.api.enums.v1 import EventType, TimeoutType
from temporalio.client import Client
from temporalio.common import RawValue
from temporalio.exceptions import ApplicationError, CancelledError
from temporalio.worker._activity_worker import ActivityWorker
from tests.activity_helpers import (
    history,
    running,
    scheduled_event_id,
    seconds,
    start_with_activities,
    wait_closed,
)
from tests.raw_responder import (
    poll_workflow_task,
    request_cancel_activity_command,
    respond,
    schedule_activity_command,
)

ONE_ATTEMPT = RetryPolicyProto(maximum_attempts=1)


@dataclass
class Order:
    item: str
    quantity: int


@dataclass
class Receipt:
    text: str
    total: int


def seconds_proto(value: float) -> Duration:
    d = Duration()
    d.FromTimedelta(timedelta(seconds=value))
    return d


async def _payloads(client: Client, *values: Any) -> Any:
    return await client.data_converter.encode_wrapper(list(values))


async def _failure(client: Client, event: Any) -> BaseException:
    return await client.data_converter.decode_failure(
        event.activity_task_failed_event_attributes.failure
    )


# -- success ---------------------------------------------------------------------------


async def test_async_activity_decodes_dataclass_and_returns_typed_result(
    client: Client, task_queue: str
) -> None:
    seen: list[activity.Info] = []

    @activity.defn
    async def place_order(order: Order) -> Receipt:
        assert activity.in_activity()
        seen.append(activity.info())
        assert activity.client() is client
        assert not activity.is_cancelled()
        assert not activity.is_worker_shutdown()
        await anyio.sleep(0)
        return Receipt(f"{order.quantity} x {order.item}", order.quantity * 3)

    worker = ActivityWorker(client=client, task_queue=task_queue, activities=[place_order])
    async with running(worker):
        handle = await start_with_activities(
            client,
            task_queue,
            [
                schedule_activity_command(
                    "a1",
                    "place_order",
                    task_queue,
                    await _payloads(client, Order("apple", 4)),
                    heartbeat_timeout=seconds(10),
                )
            ],
        )
        event = await wait_closed(handle)
    assert event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED
    result = event.activity_task_completed_event_attributes.result
    [receipt] = await client.data_converter.decode(list(result.payloads), [Receipt])
    assert receipt == Receipt("4 x apple", 12)
    [info] = seen
    assert info.activity_id == "a1"
    assert info.activity_type == "place_order"
    assert info.attempt == 1
    assert info.workflow_id == handle.id
    assert info.workflow_run_id == handle.result_run_id
    assert info.workflow_type == "ActivityTestWorkflow"
    assert info.task_queue == task_queue
    assert info.namespace == client.namespace == info.workflow_namespace
    assert info.heartbeat_details == []
    assert info.heartbeat_timeout == seconds(10)
    assert info.start_to_close_timeout == seconds(30)
    assert info.task_token
    assert not info.is_local
    assert info.started_time >= info.scheduled_time


async def test_sync_activity_runs_in_executor_thread_with_context(
    client: Client, task_queue: str
) -> None:
    loop_thread = threading.get_ident()
    seen: list[tuple[int, str, bool]] = []

    class Greeter:
        def __init__(self, greeting: str) -> None:
            self.greeting = greeting

        @activity.defn(name="greet")
        def greet(self, name: str) -> str:
            activity.heartbeat("working")  # callable from the thread
            seen.append(
                (threading.get_ident(), activity.info().activity_type, activity.in_activity())
            )
            return f"{self.greeting}, {name}!"

    with concurrent.futures.ThreadPoolExecutor(2) as executor:
        worker = ActivityWorker(
            client=client,
            task_queue=task_queue,
            activities=[Greeter("Hello").greet],
            activity_executor=executor,
        )
        async with running(worker):
            handle = await start_with_activities(
                client,
                task_queue,
                [
                    schedule_activity_command(
                        "a1", "greet", task_queue, await _payloads(client, "Bob")
                    )
                ],
            )
            event = await wait_closed(handle)
    assert event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED
    result = event.activity_task_completed_event_attributes.result
    assert await client.data_converter.decode(list(result.payloads)) == ["Hello, Bob!"]
    [(thread, activity_type, in_activity)] = seen
    assert thread != loop_thread
    assert activity_type == "greet"
    assert in_activity


async def test_dynamic_activity_gets_raw_values(client: Client, task_queue: str) -> None:
    @activity.defn(dynamic=True)
    async def anything(args: Sequence[RawValue]) -> str:
        values = [activity.payload_converter().from_payload(a.payload) for a in args]
        return f"{activity.info().activity_type}:{values}"

    worker = ActivityWorker(client=client, task_queue=task_queue, activities=[anything])
    async with running(worker):
        handle = await start_with_activities(
            client,
            task_queue,
            [
                schedule_activity_command(
                    "a1", "whatever", task_queue, await _payloads(client, 1, "x")
                )
            ],
        )
        event = await wait_closed(handle)
    result = event.activity_task_completed_event_attributes.result
    assert await client.data_converter.decode(list(result.payloads)) == ["whatever:[1, 'x']"]


# -- failures ----------------------------------------------------------------------------


async def test_unknown_activity_type_fails_naming_registered_ones(
    client: Client, task_queue: str
) -> None:
    @activity.defn
    async def known_one() -> None:
        pass

    @activity.defn(name="known_two")
    async def second() -> None:
        pass

    worker = ActivityWorker(client=client, task_queue=task_queue, activities=[second, known_one])
    async with running(worker):
        handle = await start_with_activities(
            client,
            task_queue,
            [schedule_activity_command("a1", "missing", task_queue, retry_policy=ONE_ATTEMPT)],
        )
        event = await wait_closed(handle)
    assert event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED
    error = await _failure(client, event)
    assert isinstance(error, ApplicationError)
    assert error.type == "NotFoundError"
    assert error.message == (
        "Activity function missing is not registered on this worker, "
        "available activities: known_one, known_two"
    )


async def test_undecodable_argument_fails_non_retryable_naming_position_and_type(
    client: Client, task_queue: str
) -> None:
    calls = 0

    @activity.defn
    async def place_order(note: str, order: Order) -> None:
        nonlocal calls
        calls += 1

    worker = ActivityWorker(client=client, task_queue=task_queue, activities=[place_order])
    async with running(worker):
        # Default retry policy (unlimited attempts): only non_retryable stops it.
        handle = await start_with_activities(
            client,
            task_queue,
            [
                schedule_activity_command(
                    "a1", "place_order", task_queue, await _payloads(client, "hi", "not an order")
                )
            ],
        )
        event = await wait_closed(handle)
    assert event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED
    error = await _failure(client, event)
    assert isinstance(error, ApplicationError)
    assert error.non_retryable
    assert "'place_order'" in error.message
    assert "argument 2 ('order')" in error.message
    assert "Order" in error.message
    assert calls == 0


async def test_application_error_fields_are_preserved(client: Client, task_queue: str) -> None:
    @activity.defn
    async def refuse() -> None:
        raise ApplicationError("no way", {"code": 7}, type="Refused", non_retryable=True)

    worker = ActivityWorker(client=client, task_queue=task_queue, activities=[refuse])
    async with running(worker):
        handle = await start_with_activities(
            client, task_queue, [schedule_activity_command("a1", "refuse", task_queue)]
        )
        event = await wait_closed(handle)
    error = await _failure(client, event)
    assert isinstance(error, ApplicationError)
    assert (error.message, error.type, error.non_retryable) == ("no way", "Refused", True)
    assert list(error.details) == [{"code": 7}]


async def test_retries_bring_back_heartbeat_details_and_attempt_numbers(
    client: Client, task_queue: str
) -> None:
    seen: list[tuple[int, list[Any]]] = []

    @activity.defn
    async def flaky() -> str:
        info = activity.info()
        seen.append((info.attempt, list(info.heartbeat_details)))
        activity.heartbeat(f"early-{info.attempt}")  # sent at once
        activity.heartbeat(f"progress-{info.attempt}")  # throttled: sent with the failure
        if info.attempt < 3:
            raise RuntimeError(f"attempt {info.attempt} failed")
        return "done"

    worker = ActivityWorker(client=client, task_queue=task_queue, activities=[flaky])
    async with running(worker):
        handle = await start_with_activities(
            client,
            task_queue,
            [
                schedule_activity_command(
                    "a1",
                    "flaky",
                    task_queue,
                    heartbeat_timeout=seconds(10),
                    retry_policy=RetryPolicyProto(
                        initial_interval=seconds_proto(0.1), backoff_coefficient=1.0
                    ),
                )
            ],
        )
        event = await wait_closed(handle)
    assert event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED
    assert seen == [(1, []), (2, ["progress-1"]), (3, ["progress-2"])]
    started = [
        e
        for e in await history(handle)
        if e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED
    ]
    assert started[0].activity_task_started_event_attributes.attempt == 3
    last_failure = started[0].activity_task_started_event_attributes.last_failure
    assert "attempt 2 failed" in last_failure.message


# -- cancellation ------------------------------------------------------------------------


async def _cancel_activity(client: Client, task_queue: str, handle: Any) -> None:
    # A signal makes a workflow task, which asks the server to cancel "a1".
    await handle.signal("cancel-it")
    task = await poll_workflow_task(client, task_queue)
    scheduled = scheduled_event_id(list(task.history.events), "a1")
    await respond(client, task, [request_cancel_activity_command(scheduled)])


async def test_cancel_request_reaches_async_activity_as_backend_cancellation(
    client: Client, task_queue: str
) -> None:
    started = anyio.Event()
    observed: list[Any] = []

    @activity.defn
    async def wait_forever() -> None:
        started.set()

        async def beat() -> None:
            while True:
                activity.heartbeat()
                await anyio.sleep(0.05)

        try:
            # Activities may run their own task groups.
            async with anyio.create_task_group() as tg:
                tg.start_soon(beat)
                await activity.wait_for_cancelled()
                await anyio.sleep_forever()
        except anyio.get_cancelled_exc_class():
            observed.append(activity.cancellation_details())
            observed.append(activity.is_cancelled())
            raise

    worker = ActivityWorker(client=client, task_queue=task_queue, activities=[wait_forever])
    async with running(worker):
        handle = await start_with_activities(
            client,
            task_queue,
            [
                schedule_activity_command(
                    "a1", "wait_forever", task_queue, heartbeat_timeout=seconds(1)
                )
            ],
        )
        with anyio.fail_after(10):
            await started.wait()
        await _cancel_activity(client, task_queue, handle)
        event = await wait_closed(handle)
    assert event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED
    assert observed == [activity.ActivityCancellationDetails(cancel_requested=True), True]


async def test_cancel_request_reaches_sync_activity_in_its_thread(
    client: Client, task_queue: str
) -> None:
    started = threading.Event()
    observed: list[Any] = []

    @activity.defn
    def spin() -> None:
        started.set()
        try:
            while True:
                activity.heartbeat()
                time.sleep(0.02)
        except CancelledError:
            observed.append(activity.cancellation_details())
            raise

    @activity.defn(no_thread_cancel_exception=True)
    def poll_flag() -> str:
        while not activity.is_cancelled():
            activity.heartbeat()
            activity.wait_for_cancelled_sync(0.05)
        raise CancelledError("stopping")

    with concurrent.futures.ThreadPoolExecutor(4) as executor:
        worker = ActivityWorker(
            client=client,
            task_queue=task_queue,
            activities=[spin, poll_flag],
            activity_executor=executor,
        )
        async with running(worker):
            handle = await start_with_activities(
                client,
                task_queue,
                [
                    schedule_activity_command(
                        "a1", "spin", task_queue, heartbeat_timeout=seconds(1)
                    ),
                    schedule_activity_command(
                        "a2", "poll_flag", task_queue, heartbeat_timeout=seconds(1)
                    ),
                ],
            )
            with anyio.fail_after(10):
                while not started.is_set():
                    await anyio.sleep(0.02)
            await handle.signal("cancel-both")
            task = await poll_workflow_task(client, task_queue)
            events = list(task.history.events)
            await respond(
                client,
                task,
                [
                    request_cancel_activity_command(scheduled_event_id(events, "a1")),
                    request_cancel_activity_command(scheduled_event_id(events, "a2")),
                ],
            )
            first = await wait_closed(handle, "a1")
            second = await wait_closed(handle, "a2")
    assert first.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED
    assert second.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED
    assert observed == [activity.ActivityCancellationDetails(cancel_requested=True)]


async def test_heartbeat_not_found_cancels_and_reports_nothing(
    client: Client, task_queue: str
) -> None:
    started = anyio.Event()
    finished = anyio.Event()
    observed: list[Any] = []

    @activity.defn
    async def beat() -> None:
        started.set()
        try:
            while True:
                activity.heartbeat()
                await anyio.sleep(0.05)
        finally:
            observed.append(activity.cancellation_details())
            finished.set()

    worker = ActivityWorker(client=client, task_queue=task_queue, activities=[beat])
    async with running(worker):
        handle = await start_with_activities(
            client,
            task_queue,
            [schedule_activity_command("a1", "beat", task_queue, heartbeat_timeout=seconds(1))],
        )
        with anyio.fail_after(10):
            await started.wait()
        await handle.terminate(reason="gone")
        with anyio.fail_after(10):
            await finished.wait()
    assert observed == [activity.ActivityCancellationDetails(not_found=True)]


# -- async completion --------------------------------------------------------------------


async def test_async_completion_by_task_token_and_by_id(client: Client, task_queue: str) -> None:
    tokens: dict[str, bytes] = {}
    both = anyio.Event()

    @activity.defn
    async def later() -> str:
        info = activity.info()
        tokens[info.activity_id] = info.task_token
        if len(tokens) == 2:
            both.set()
        activity.raise_complete_async()

    worker = ActivityWorker(client=client, task_queue=task_queue, activities=[later])
    async with running(worker):
        handle = await start_with_activities(
            client,
            task_queue,
            [
                schedule_activity_command("a1", "later", task_queue, retry_policy=ONE_ATTEMPT),
                schedule_activity_command("a2", "later", task_queue, retry_policy=ONE_ATTEMPT),
            ],
        )
        with anyio.fail_after(10):
            await both.wait()
        await anyio.sleep(0.5)
        # Nothing was reported by the worker.
        events = await history(handle)
        assert all(e.event_type != EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED for e in events)
        by_token = client.get_async_activity_handle(task_token=tokens["a1"])
        await by_token.heartbeat("halfway")
        await by_token.complete("finished later")
        by_id = client.get_async_activity_handle(workflow_id=handle.id, activity_id="a2")
        await by_id.heartbeat()
        await by_id.fail(ApplicationError("failed later", type="Later"))
        completed = await wait_closed(handle, "a1")
        failed = await wait_closed(handle, "a2")
    result = completed.activity_task_completed_event_attributes.result
    assert await client.data_converter.decode(list(result.payloads)) == ["finished later"]
    error = await _failure(client, failed)
    assert isinstance(error, ApplicationError)
    assert (error.message, error.type) == ("failed later", "Later")


# -- limits, shutdown, timeouts ------------------------------------------------------------


async def test_max_concurrent_activities_is_respected(client: Client, task_queue: str) -> None:
    current = 0
    peak = 0

    @activity.defn
    async def busy() -> None:
        nonlocal current, peak
        current += 1
        peak = max(peak, current)
        await anyio.sleep(0.3)
        current -= 1

    worker = ActivityWorker(
        client=client, task_queue=task_queue, activities=[busy], max_concurrent_activities=2
    )
    async with running(worker):
        handle = await start_with_activities(
            client,
            task_queue,
            [schedule_activity_command(f"a{i}", "busy", task_queue) for i in range(6)],
        )
        for i in range(6):
            event = await wait_closed(handle, f"a{i}")
            assert event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED
    assert peak == 2


async def test_task_queue_rate_limit_is_sent_with_polls_and_enforced_by_the_server(
    client: Client, task_queue: str
) -> None:
    starts: list[float] = []

    @activity.defn
    async def quick() -> None:
        starts.append(time.monotonic())

    worker = ActivityWorker(
        client=client,
        task_queue=task_queue,
        activities=[quick],
        max_task_queue_activities_per_second=2.0,
    )
    async with running(worker):
        handle = await start_with_activities(
            client,
            task_queue,
            [schedule_activity_command(f"a{i}", "quick", task_queue) for i in range(6)],
        )
        for i in range(6):
            event = await wait_closed(handle, f"a{i}")
            assert event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED
    # At two per second (after the server's burst of at most two) six tasks take at
    # least 1.5 s to hand out; without the limit they all start within a few ms.
    assert max(starts) - min(starts) >= 1.4


async def test_graceful_shutdown_lets_running_activity_finish(
    client: Client, task_queue: str
) -> None:
    started = anyio.Event()

    @activity.defn
    async def finish_up() -> str:
        started.set()
        await activity.wait_for_worker_shutdown()
        assert activity.is_worker_shutdown()
        await anyio.sleep(0.3)
        return "finished"

    worker = ActivityWorker(
        client=client,
        task_queue=task_queue,
        activities=[finish_up],
        graceful_shutdown_timeout=seconds(10),
    )
    async with anyio.create_task_group() as tg:
        await tg.start(worker.run)
        handle = await start_with_activities(
            client, task_queue, [schedule_activity_command("a1", "finish_up", task_queue)]
        )
        with anyio.fail_after(10):
            await started.wait()
        worker.initiate_shutdown()
    # run() returned only after the activity finished and was reported.
    event = await wait_closed(handle, timeout=5)
    assert event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED
    result = event.activity_task_completed_event_attributes.result
    assert await client.data_converter.decode(list(result.payloads)) == ["finished"]


async def test_graceful_shutdown_cancels_activity_after_timeout(
    client: Client, task_queue: str
) -> None:
    started = anyio.Event()
    observed: list[Any] = []

    @activity.defn
    async def stubborn() -> None:
        started.set()
        try:
            await anyio.sleep_forever()
        finally:
            observed.append(activity.cancellation_details())

    worker = ActivityWorker(
        client=client,
        task_queue=task_queue,
        activities=[stubborn],
        graceful_shutdown_timeout=seconds(0.5),
    )
    async with anyio.create_task_group() as tg:
        await tg.start(worker.run)
        handle = await start_with_activities(
            client,
            task_queue,
            [schedule_activity_command("a1", "stubborn", task_queue, retry_policy=ONE_ATTEMPT)],
        )
        with anyio.fail_after(10):
            await started.wait()
        begun = anyio.current_time()
        worker.initiate_shutdown()
    assert 0.4 < anyio.current_time() - begun < 5
    assert observed == [activity.ActivityCancellationDetails(worker_shutdown=True)]
    event = await wait_closed(handle, timeout=5)
    assert event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED
    error = await _failure(client, event)
    assert isinstance(error, ApplicationError)
    assert error.type == "WorkerShutdown"


async def test_cancelling_run_cancels_activities_at_once_and_reports_them(
    client: Client, task_queue: str
) -> None:
    started = anyio.Event()

    @activity.defn
    async def stubborn() -> None:
        started.set()
        await anyio.sleep_forever()

    worker = ActivityWorker(
        client=client,
        task_queue=task_queue,
        activities=[stubborn],
        graceful_shutdown_timeout=seconds(60),
    )
    with anyio.fail_after(15):
        async with anyio.create_task_group() as tg:
            await tg.start(worker.run)
            handle = await start_with_activities(
                client,
                task_queue,
                [schedule_activity_command("a1", "stubborn", task_queue, retry_policy=ONE_ATTEMPT)],
            )
            await started.wait()
            tg.cancel_scope.cancel()
    event = await wait_closed(handle, timeout=5)
    assert event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED
    error = await _failure(client, event)
    assert isinstance(error, ApplicationError)
    assert error.type == "WorkerShutdown"


async def test_heartbeat_timeout_is_enforced_locally(client: Client, task_queue: str) -> None:
    observed: list[Any] = []

    @activity.defn
    async def silent() -> None:
        begun = anyio.current_time()
        try:
            await anyio.sleep(30)
        finally:
            observed.append((activity.cancellation_details(), anyio.current_time() - begun))

    worker = ActivityWorker(client=client, task_queue=task_queue, activities=[silent])
    async with running(worker):
        handle = await start_with_activities(
            client,
            task_queue,
            [
                schedule_activity_command(
                    "a1",
                    "silent",
                    task_queue,
                    heartbeat_timeout=seconds(1),
                    retry_policy=ONE_ATTEMPT,
                )
            ],
        )
        event = await wait_closed(handle, timeout=20)
        with anyio.fail_after(15):
            while not observed:
                await anyio.sleep(0.1)
    assert event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT
    failure = event.activity_task_timed_out_event_attributes.failure
    assert failure.timeout_failure_info.timeout_type == TimeoutType.TIMEOUT_TYPE_HEARTBEAT
    [(details, elapsed)] = observed
    assert details == activity.ActivityCancellationDetails(timed_out=True)
    assert 5.5 < elapsed < 10


async def test_fatal_poll_error_stops_the_worker(
    client: Client, task_queue: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import temporalio.worker._poller
    from temporalio.worker._poller import PollFatalError

    monkeypatch.setattr(temporalio.worker._poller, "STARTUP_GRACE", 0.0)

    @activity.defn
    async def unused() -> None:
        pass

    lost = Client(client.service_client, namespace="no-such-namespace-for-activity-tests")
    worker = ActivityWorker(client=lost, task_queue=task_queue, activities=[unused])
    with anyio.fail_after(10), pytest.raises(PollFatalError, match="NOT_FOUND") as info:
        await worker.run()
    assert "activity task queue" in str(info.value)


async def test_interceptors_wrap_async_and_sync_activities(
    client: Client, task_queue: str, caplog: pytest.LogCaptureFixture
) -> None:
    from temporalio._activity._inbound import ActivityInboundInterceptor, ExecuteActivityInput

    calls: list[str] = []

    class Doubler(ActivityInboundInterceptor):
        async def execute_activity(self, input: ExecuteActivityInput) -> Any:
            calls.append(f"{activity.info().activity_type}{list(input.args)}")
            input.args = [a * 2 for a in input.args]
            return await self.next.execute_activity(input)

    class WorkerInterceptor:
        def intercept_activity(
            self, next: ActivityInboundInterceptor
        ) -> ActivityInboundInterceptor:
            return Doubler(next)

    @activity.defn
    async def add_one(value: int) -> int:
        activity.logger.info("adding one")
        return value + 1

    @activity.defn
    def add_two(value: int) -> int:
        return value + 2

    caplog.set_level("INFO", logger="temporalio.activity")
    with concurrent.futures.ThreadPoolExecutor(1) as executor:
        worker = ActivityWorker(
            client=client,
            task_queue=task_queue,
            activities=[add_one, add_two],
            activity_executor=executor,
            interceptors=[object(), WorkerInterceptor()],
        )
        async with running(worker):
            handle = await start_with_activities(
                client,
                task_queue,
                [
                    schedule_activity_command(
                        "a1", "add_one", task_queue, await _payloads(client, 10)
                    ),
                    schedule_activity_command(
                        "a2", "add_two", task_queue, await _payloads(client, 20)
                    ),
                ],
            )
            one = await wait_closed(handle, "a1")
            two = await wait_closed(handle, "a2")
    decode = client.data_converter.decode
    assert await decode(list(one.activity_task_completed_event_attributes.result.payloads)) == [21]
    assert await decode(list(two.activity_task_completed_event_attributes.result.payloads)) == [42]
    assert sorted(calls) == ["add_one[10]", "add_two[20]"]
    [record] = [r for r in caplog.records if r.getMessage().startswith("adding one")]
    assert record.temporal_activity["activity_type"] == "add_one"  # type: ignore[attr-defined]
    assert record.temporal_activity["workflow_id"] == handle.id  # type: ignore[attr-defined]


# -- construction ---------------------------------------------------------------------------


def test_construction_rejects_bad_activity_sets() -> None:
    fake: Any = type("FakeClient", (), {"identity": "me"})()

    def plain() -> None:
        pass

    @activity.defn
    async def one() -> None:
        pass

    @activity.defn(name="one")
    async def also_one() -> None:
        pass

    @activity.defn(dynamic=True)
    async def dyn_a(args: Sequence[RawValue]) -> None:
        pass

    @activity.defn(dynamic=True)
    async def dyn_b(args: Sequence[RawValue]) -> None:
        pass

    @activity.defn
    def blocking() -> None:
        pass

    def make(activities: list[Any], **kwargs: Any) -> ActivityWorker:
        return ActivityWorker(client=fake, task_queue="q", activities=activities, **kwargs)

    with pytest.raises(TypeError, match=r"Activity .*plain is missing @activity.defn"):
        make([plain])
    with pytest.raises(ValueError, match=r"More than one activity named 'one'"):
        make([one, also_one])
    with pytest.raises(ValueError, match=r"More than one dynamic activity"):
        make([dyn_a, dyn_b])
    with pytest.raises(
        ValueError, match=r"sync activity blocking needs activity_executor=ThreadPoolExecutor"
    ):
        make([blocking])
    with pytest.raises(ValueError, match="max_concurrent_activities"):
        make([one], max_concurrent_activities=0)
    with pytest.raises(ValueError, match="max_task_queue_activities_per_second must be positive"):
        make([one], max_task_queue_activities_per_second=0)
    with pytest.raises(ValueError, match="max_task_queue_activities_per_second must be positive"):
        make([one], max_task_queue_activities_per_second=float("nan"))
    assert make([one, dyn_a]).activity_names == ["one"]


def test_outside_activity_functions_raise() -> None:
    assert not activity.in_activity()
    for call in (
        activity.info,
        activity.heartbeat,
        activity.is_cancelled,
        activity.is_worker_shutdown,
        activity.client,
        activity.payload_converter,
        activity.cancellation_details,
    ):
        with pytest.raises(RuntimeError, match="Not in activity context"):
            call()


def test_definition_of_functions_methods_and_errors() -> None:
    @activity.defn
    async def named(a: int, b: str = "x") -> float:
        return 0.0

    class Holder:
        @activity.defn(name="custom")
        def method(self, order: Order) -> Receipt:
            raise NotImplementedError

    defn = activity._ActivityDefinition.must_from_callable(named)
    assert (defn.name, defn.is_async, defn.arg_types, defn.ret_type) == (
        "named",
        True,
        [int, str],
        float,
    )
    bound = activity._ActivityDefinition.must_from_callable(Holder().method)
    assert (bound.name, bound.is_async, bound.arg_types, bound.ret_type) == (
        "custom",
        False,
        [Order],
        Receipt,
    )
    # The unbound method (what workflows reference) gives the same name.
    assert activity._ActivityDefinition.name_and_result_type(Holder.method) == (
        "custom",
        Receipt,
    )

    def undecorated() -> None:
        pass

    with pytest.raises(TypeError, match=r"undecorated is not an activity definition"):
        activity._ActivityDefinition.must_from_callable(undecorated)
    with pytest.raises(ValueError, match="already decorated"):
        activity.defn(named)
    with pytest.raises(TypeError, match="Sequence"):

        @activity.defn(dynamic=True)
        async def bad_dynamic(a: int) -> None:
            pass

    with pytest.raises(TypeError, match="keyword-only"):

        @activity.defn
        async def kw_only(*, a: int) -> None:
            pass


# -- heartbeats, polling and host calls without a server --------------------------------------


class _FakeHeartbeatService:
    def __init__(self, *, cancel_after: int | None = None, error: Exception | None = None) -> None:
        self.sent: list[tuple[float, list[Any]]] = []
        self.cancel_after = cancel_after
        self.error = error

    async def record_activity_task_heartbeat(self, req: Any, **_: Any) -> Any:
        from temporalio.api.workflowservice.v1 import RecordActivityTaskHeartbeatResponse
        from temporalio.converter import DataConverter

        values = await DataConverter.default.decode(list(req.details.payloads))
        self.sent.append((anyio.current_time(), values))
        if self.error is not None:
            raise self.error
        cancel = self.cancel_after is not None and len(self.sent) >= self.cancel_after
        return RecordActivityTaskHeartbeatResponse(cancel_requested=cancel)


def _fake_client(service: _FakeHeartbeatService) -> Any:
    from temporalio.converter import DataConverter

    return type(
        "FakeClient",
        (),
        {
            "namespace": "default",
            "workflow_service": service,
            "data_converter": DataConverter.default,
        },
    )()


async def test_heartbeats_are_throttled_keeping_the_latest_details() -> None:
    from temporalio.worker._heartbeat import ActivityHeartbeater, throttle_interval

    assert throttle_interval(None) == 30.0
    assert throttle_interval(seconds(1)) == pytest.approx(0.8)
    assert throttle_interval(seconds(600)) == 60.0

    service = _FakeHeartbeatService(cancel_after=2)
    cancels: list[Any] = []
    heartbeater = ActivityHeartbeater(
        client=_fake_client(service),
        task_token=b"t",
        identity="me",
        heartbeat_timeout=seconds(0.5),  # interval 0.4 s
        start_to_close_timeout=None,
        on_cancel=lambda details, report: cancels.append((details, report)),
    )
    async with anyio.create_task_group() as tg:
        tg.start_soon(heartbeater.run)
        begun = anyio.current_time()
        for i in range(10):
            heartbeater.record((i,))
            await anyio.sleep(0.01)
        await anyio.sleep(0.6)
        heartbeater.record(("last",))
        await anyio.sleep(0.05)
        await heartbeater.flush()  # nothing pending after a send: no RPC
        tg.cancel_scope.cancel()
    times = [t - begun for t, _ in service.sent]
    assert [values for _, values in service.sent] == [[0], [9], ["last"]]
    assert times[0] < 0.1  # the first one at once
    assert 0.35 < times[1] < 0.6  # the rest coalesced until the interval passed
    # The second and third responses ask to cancel; each is delivered.
    assert cancels == [(activity.ActivityCancellationDetails(cancel_requested=True), None)] * 2


async def test_heartbeat_flush_sends_pending_details_at_once() -> None:
    from temporalio.worker._heartbeat import ActivityHeartbeater

    service = _FakeHeartbeatService()
    heartbeater = ActivityHeartbeater(
        client=_fake_client(service),
        task_token=b"t",
        identity="me",
        heartbeat_timeout=None,  # interval 30 s
        start_to_close_timeout=None,
        on_cancel=lambda details, report: None,
    )
    async with anyio.create_task_group() as tg:
        tg.start_soon(heartbeater.run)
        heartbeater.record(("first",))
        await anyio.sleep(0.05)
        heartbeater.record(("pending",))
        await anyio.sleep(0.05)
        tg.cancel_scope.cancel()
    assert [values for _, values in service.sent] == [["first"]]
    await heartbeater.flush()
    assert [values for _, values in service.sent] == [["first"], ["pending"]]


async def test_heartbeat_not_found_cancels_as_not_found() -> None:
    from temporalio.service import RPCError, RPCStatusCode
    from temporalio.worker._heartbeat import ActivityHeartbeater

    service = _FakeHeartbeatService(error=RPCError("gone", RPCStatusCode.NOT_FOUND))
    cancels: list[Any] = []
    heartbeater = ActivityHeartbeater(
        client=_fake_client(service),
        task_token=b"t",
        identity="me",
        heartbeat_timeout=None,
        start_to_close_timeout=None,
        on_cancel=lambda details, report: cancels.append(details),
    )
    heartbeater.record(())
    with anyio.fail_after(5):
        await heartbeater.run()  # returns: nothing more to do for a forgotten attempt
    assert cancels == [activity.ActivityCancellationDetails(not_found=True)]


async def test_poll_backoff_follows_the_protocol_rules() -> None:
    from temporalio.service import RPCError, RPCStatusCode
    from temporalio.worker._poller import PollBackoff, PollFatalError

    backoff = PollBackoff("activity task queue 'q'")
    unavailable = RPCError("down", RPCStatusCode.UNAVAILABLE)
    delays = [backoff.delay_after(unavailable) for _ in range(8)]
    assert 0.16 <= delays[0] <= 0.24
    assert 0.32 <= delays[1] <= 0.48
    assert all(d <= 12.0 for d in delays) and delays[-1] >= 8.0
    backoff.succeeded()
    assert backoff.delay_after(RPCError("late", RPCStatusCode.DEADLINE_EXCEEDED)) == 0.0
    backoff.succeeded()
    assert backoff.delay_after(RPCError("busy", RPCStatusCode.RESOURCE_EXHAUSTED)) >= 0.8
    # Not transient: retried slowly during start-up, fatal afterwards.
    denied = RPCError("no", RPCStatusCode.PERMISSION_DENIED)
    assert backoff.delay_after(denied) >= 8.0
    backoff._started -= 61
    with pytest.raises(PollFatalError, match="activity task queue 'q'") as fatal:
        backoff.delay_after(denied)
    assert fatal.value.__cause__ is denied


async def test_task_poller_polls_only_with_a_free_slot_and_skips_empty_polls() -> None:
    from temporalio.worker._poller import SlotPermit, TaskPoller

    polls = 0
    in_flight = 0
    peak_in_flight = 0
    handled: list[int] = []
    permits: list[SlotPermit | None] = []

    async def poll() -> int | None:
        nonlocal polls, in_flight, peak_in_flight
        polls += 1
        number = polls
        in_flight += 1
        peak_in_flight = max(peak_in_flight, in_flight)
        await anyio.sleep(0.01)
        in_flight -= 1
        return None if number % 2 else number  # every other poll is empty

    def dispatch(task: int, permit: SlotPermit | None) -> None:
        handled.append(task)
        permits.append(permit)  # held: no slot comes back

    slots = anyio.Semaphore(2)
    poller: TaskPoller[int] = TaskPoller(what="q", poll=poll, slots=slots, concurrency=5)
    with anyio.move_on_after(0.3):
        await poller.run(dispatch)
    assert sorted(handled) == [2, 4]  # two slots, two tasks, then no more polls
    assert polls == 4
    assert peak_in_flight <= 2
    permits[0].release() if permits[0] else None
    permits[0].release() if permits[0] else None  # idempotent
    assert slots.value == 1


async def test_task_poller_drain_lets_polls_in_flight_finish_and_dispatches_their_tasks() -> None:
    from temporalio.worker._poller import SlotPermit, TaskPoller

    started = anyio.Event()
    release = anyio.Event()
    polls = 0
    handled: list[int] = []

    async def poll() -> int | None:
        nonlocal polls
        polls += 1
        number = polls
        if number == 1:
            started.set()
            await release.wait()  # the long poll in flight when drain() is called
            return 42
        await anyio.sleep_forever()  # never answered
        return None

    def dispatch(task: int, permit: SlotPermit | None) -> None:
        handled.append(task)
        assert permit is not None
        permit.release()

    # One slot: the second loop waits for it while the first polls.
    poller: TaskPoller[int] = TaskPoller(
        what="q", poll=poll, slots=anyio.Semaphore(1), concurrency=2
    )
    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            tg.start_soon(poller.run, dispatch)
            await started.wait()
            poller.drain()  # the waiting loop stops at once; the poll goes on
            await anyio.sleep(0.05)
            assert handled == []
            release.set()
        # run() returned by itself: the task was dispatched, nothing polled again.
    assert handled == [42]
    assert polls == 1


async def test_rate_limiter_spaces_polls() -> None:
    from temporalio.worker._poller import PollRateLimiter

    limiter = PollRateLimiter(20)
    begun = anyio.current_time()
    for _ in range(5):
        await limiter.acquire()
    assert 0.18 < anyio.current_time() - begun < 0.5


async def test_host_loop_runs_callbacks_from_other_threads() -> None:
    from temporalio._compat._host import HostLoop

    host = HostLoop.current()
    assert host.in_loop_thread()
    done = anyio.Event()
    seen: list[tuple[bool, int]] = []

    def on_loop(value: int) -> None:
        # anyio works in the callback although it runs outside any task (and
        # the thread did not carry the loop's context).
        assert anyio.current_time() > 0
        seen.append((host.in_loop_thread(), value))
        done.set()

    def in_thread() -> None:
        assert not host.in_loop_thread()
        assert host.call_soon(on_loop, 7)

    thread = threading.Thread(target=in_thread)
    thread.start()
    with anyio.fail_after(5):
        await done.wait()
    thread.join()
    assert seen == [(True, 7)]
