"""Local activities: results, failures, in-worker retries and timer backoff, timeouts,
cancellation types, workflow task heartbeats, the marker layout, and replay."""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import anyio
import pytest

from temporalio import activity, workflow
from temporalio.api.common.v1 import Payload
from temporalio.api.history.v1 import HistoryEvent
from temporalio.client import Client, WorkflowFailureError, WorkflowHistory
from temporalio.common import RetryPolicy
from temporalio.converter import DataConverter, PayloadCodec
from temporalio.exceptions import (
    ActivityError,
    ApplicationError,
    TimeoutError,
    TimeoutType,
)
from temporalio.worker import Replayer, Worker
from temporalio.workflow import NondeterminismError
from tests.worker.helpers import event_types, eventually, new_id

FIVE_S = timedelta(seconds=5)

# Per-test records kept by the activities, keyed by a value the test passes in.
_calls: dict[str, int] = {}
_attempts: dict[str, list[int]] = {}
_events: dict[str, list[str]] = {}


def _markers(history: WorkflowHistory) -> list[HistoryEvent]:
    return [e for e in history.events if e.HasField("marker_recorded_event_attributes")]


def _marker_data(event: HistoryEvent) -> dict[str, Any]:
    attrs = event.marker_recorded_event_attributes
    data: dict[str, Any] = json.loads(attrs.details["data"].payloads[0].data)
    return data


# --- activities ---------------------------------------------------------------------


@dataclass
class Order:
    item: str
    qty: int


@activity.defn
async def price(order: Order) -> float:
    return order.qty * 2.5


@activity.defn
async def concat(a: str, b: int) -> str:
    return f"{a}-{b}"


@activity.defn
def sync_double(x: int) -> int:
    return 2 * x


@activity.defn
async def local_info() -> dict[str, Any]:
    info = activity.info()
    return {
        "is_local": info.is_local,
        "attempt": info.attempt,
        "activity_type": info.activity_type,
        "activity_id": info.activity_id,
        "workflow_type": info.workflow_type,
        "workflow_id": info.workflow_id,
        "heartbeat_timeout": info.heartbeat_timeout,
    }


class Greeter:
    def __init__(self, salutation: str) -> None:
        self._salutation = salutation

    @activity.defn
    async def greet(self, name: str) -> str:
        return f"{self._salutation}, {name}"


@activity.defn
async def count_calls(key: str) -> int:
    _calls[key] = _calls.get(key, 0) + 1
    return _calls[key]


@activity.defn
async def flaky(key: str, failures: int) -> list[int]:
    seen = _attempts.setdefault(key, [])
    seen.append(activity.info().attempt)
    if len(seen) <= failures:
        raise ApplicationError(f"attempt {len(seen)} failed", type="Flaky")
    return seen


@activity.defn
async def refuse() -> None:
    raise ApplicationError("no way", "detail-1", type="Refused", non_retryable=True)


@activity.defn
async def nap(seconds: float) -> str:
    await anyio.sleep(seconds)
    return f"slept {seconds}"


@activity.defn
async def slow_first_attempt(seconds: float) -> int:
    if activity.info().attempt == 1:
        await anyio.sleep(seconds)
    return activity.info().attempt


@activity.defn
async def wait_for_cancel(key: str) -> str:
    events = _events.setdefault(key, [])
    events.append("started")
    try:
        await anyio.sleep(30)
    except anyio.get_cancelled_exc_class():
        events.append("cancelled")
        # Finish the cleanup and report a value: only a workflow that waits for the
        # cancellation to complete gets to see it.
        with anyio.CancelScope(shield=True):
            await anyio.sleep(0.2)
        events.append("cleaned up")
        return "finished after cancel"
    return "not cancelled"


# --- results, arguments, info, executors ------------------------------------------------


@workflow.defn
class LocalBasicsWorkflow:
    @workflow.run
    async def run(self) -> list[Any]:
        return [
            await workflow.execute_local_activity(
                price, Order("book", 4), start_to_close_timeout=FIVE_S
            ),
            await workflow.execute_local_activity(
                concat, args=["x", 7], schedule_to_close_timeout=FIVE_S
            ),
            await workflow.execute_local_activity(
                "price", Order("pen", 2), result_type=float, start_to_close_timeout=FIVE_S
            ),
            await workflow.execute_local_activity(sync_double, 21, start_to_close_timeout=FIVE_S),
            await workflow.execute_local_activity_method(
                Greeter.greet, "Ada", start_to_close_timeout=FIVE_S
            ),
            await workflow.start_local_activity(local_info, start_to_close_timeout=FIVE_S),
        ]


async def test_local_activity_results_typed_args_sync_method_and_info(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    wf_id = new_id()
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        async with new_worker(
            [LocalBasicsWorkflow],
            [price, concat, sync_double, Greeter("Hi").greet, local_info],
            activity_executor=pool,
        ):
            handle = await client.start_workflow(
                LocalBasicsWorkflow.run, id=wf_id, task_queue=task_queue
            )
            result = await handle.result()
    assert result[:5] == [10.0, "x-7", 5.0, 42, "Hi, Ada"]
    assert result[5] == {
        "is_local": True,
        "attempt": 1,
        "activity_type": "local_info",
        "activity_id": "6",
        "workflow_type": "LocalBasicsWorkflow",
        "workflow_id": wf_id,
        "heartbeat_timeout": None,
    }
    types = await event_types(handle)
    # One marker each, and no activity task events: they never went through the server.
    assert types.count("MARKER_RECORDED") == 6
    assert not any(t.startswith("ACTIVITY_TASK") for t in types)


def test_bad_local_activity_options_are_clear_errors() -> None:
    from temporalio.workflow._local_activity import _options

    with pytest.raises(ValueError, match="'price' needs start_to_close_timeout"):
        _options("start_local_activity", price, Order("a", 1), (), None, {})
    with pytest.raises(TypeError, match="'heartbeat_timeout'.*no heartbeats"):
        _options(
            "start_local_activity",
            price,
            Order("a", 1),
            (),
            None,
            {"start_to_close_timeout": FIVE_S, "heartbeat_timeout": FIVE_S},
        )
    with pytest.raises(TypeError, match="local_retry_threshold must be a datetime.timedelta"):
        _options(
            "start_local_activity",
            "price",
            1,
            (),
            None,
            {"start_to_close_timeout": FIVE_S, "local_retry_threshold": 3},
        )
    with pytest.raises(TypeError, match=r"take a method \(MyActivities.greet\)"):
        workflow.start_local_activity_method(  # type: ignore[call-overload]
            "greet", 1, start_to_close_timeout=FIVE_S
        )
    with pytest.raises(workflow.NotInWorkflowError):
        workflow.start_local_activity(price, Order("a", 1), start_to_close_timeout=FIVE_S)


# --- failures -------------------------------------------------------------------------


@workflow.defn
class LocalFailureWorkflow:
    @workflow.run
    async def run(self, catch: bool) -> str:
        try:
            await workflow.execute_local_activity(refuse, start_to_close_timeout=FIVE_S)
        except ApplicationError as err:
            if not catch:
                raise
            # Like core-based SDKs: the activity's own error, not wrapped.
            return f"{err.type}:{err.message}:{list(err.details)}"
        return "unexpected"


async def test_local_activity_failure_reaches_the_workflow_as_the_activity_error(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([LocalFailureWorkflow], [refuse]):
        caught = await client.start_workflow(
            LocalFailureWorkflow.run, True, id=new_id(), task_queue=task_queue
        )
        assert await caught.result() == "Refused:no way:['detail-1']"
        with pytest.raises(WorkflowFailureError) as info:
            await client.execute_workflow(
                LocalFailureWorkflow.run, False, id=new_id(), task_queue=task_queue
            )
    cause = info.value.cause
    assert isinstance(cause, ApplicationError) and cause.type == "Refused"
    # The failure marker carries the failure, and no result.
    markers = _markers(await caught.fetch_history())
    assert len(markers) == 1
    attrs = markers[0].marker_recorded_event_attributes
    assert attrs.failure.message == "no way"
    assert attrs.failure.application_failure_info.type == "Refused"
    assert "result" not in attrs.details


# --- retries --------------------------------------------------------------------------


@workflow.defn
class LocalRetryWorkflow:
    @workflow.run
    async def run(self, key: str, failures: int, threshold_ms: int) -> list[int]:
        return await workflow.execute_local_activity(
            flaky,
            args=[key, failures],
            start_to_close_timeout=FIVE_S,
            retry_policy=RetryPolicy(initial_interval=timedelta(milliseconds=50)),
            local_retry_threshold=timedelta(milliseconds=threshold_ms),
        )


async def test_short_retries_happen_in_the_worker_and_write_no_history(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    key = new_id()
    async with new_worker([LocalRetryWorkflow], [flaky]):
        handle = await client.start_workflow(
            LocalRetryWorkflow.run, args=[key, 2, 1000], id=new_id(), task_queue=task_queue
        )
        assert await handle.result() == [1, 2, 3]
    history = await handle.fetch_history()
    types = await event_types(handle)
    assert "TIMER_STARTED" not in types
    assert types.count("WORKFLOW_TASK_COMPLETED") == 1
    (marker,) = _markers(history)
    assert _marker_data(marker)["attempt"] == 3


async def test_backoff_beyond_the_threshold_is_a_timer_then_a_new_attempt(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    key = new_id()
    async with new_worker([LocalRetryWorkflow], [flaky]):
        # 50 ms initial interval above a 10 ms threshold: the first retry waits on a timer.
        handle = await client.start_workflow(
            LocalRetryWorkflow.run, args=[key, 1, 10], id=new_id(), task_queue=task_queue
        )
        assert await handle.result() == [1, 2]
    history = await handle.fetch_history()
    types = await event_types(handle)
    assert types.index("MARKER_RECORDED") < types.index("TIMER_STARTED")
    assert types.index("TIMER_FIRED") < len(types) - 1 - types[::-1].index("MARKER_RECORDED")
    first, second = _markers(history)
    d1, d2 = _marker_data(first), _marker_data(second)
    # The failure marker of attempt 1 says how long to back off; the retry is a new
    # schedule (seq and default activity id 2) with attempt 2 and the same first
    # schedule time, so schedule-to-close is measured across both.
    assert d1["seq"] == 1 and d1["attempt"] == 1
    assert d1["backoff"] == {"seconds": 0, "nanos": 50_000_000}
    assert first.marker_recorded_event_attributes.failure.message == "attempt 1 failed"
    assert d2["seq"] == 2 and d2["attempt"] == 2 and d2["activity_id"] == "2"
    assert d2["backoff"] is None
    assert d2["original_schedule_time"] == d1["original_schedule_time"]
    timer = next(e for e in history.events if e.HasField("timer_started_event_attributes"))
    assert timer.timer_started_event_attributes.start_to_fire_timeout.ToTimedelta() == (
        timedelta(milliseconds=50)
    )


# --- timeouts ---------------------------------------------------------------------------


@workflow.defn
class LocalTimeoutWorkflow:
    @workflow.run
    async def run(self) -> list[str]:
        out: list[str] = []
        try:
            await workflow.execute_local_activity(
                nap, 5.0, schedule_to_close_timeout=timedelta(milliseconds=300)
            )
        except ActivityError as err:
            assert isinstance(err.cause, TimeoutError)
            out.append(f"{err.message}: {err.cause.type!r}")
        # Start-to-close timeouts are retried: the second attempt is quick.
        attempt = await workflow.execute_local_activity(
            slow_first_attempt,
            5.0,
            start_to_close_timeout=timedelta(milliseconds=300),
            retry_policy=RetryPolicy(initial_interval=timedelta(milliseconds=20)),
        )
        out.append(f"attempt {attempt}")
        return out


async def test_schedule_to_close_ends_it_and_start_to_close_is_retried(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([LocalTimeoutWorkflow], [nap, slow_first_attempt]):
        with anyio.fail_after(10):  # a timed-out attempt is not waited for
            result = await client.execute_workflow(
                LocalTimeoutWorkflow.run, id=new_id(), task_queue=task_queue
            )
    assert result == [
        f"Local Activity timed out: {TimeoutType.SCHEDULE_TO_CLOSE!r}",
        "attempt 2",
    ]


@workflow.defn
class LocalScheduleToStartWorkflow:
    @workflow.run
    async def run(self) -> list[str]:
        first = workflow.start_local_activity(nap, 1.0, start_to_close_timeout=FIVE_S)
        second = workflow.start_local_activity(
            nap,
            0.0,
            start_to_close_timeout=FIVE_S,
            schedule_to_start_timeout=timedelta(milliseconds=200),
        )
        out = [await first]
        try:
            out.append(await second)
        except ActivityError as err:
            assert isinstance(err.cause, TimeoutError)
            out.append(repr(err.cause.type))
        return out


async def test_schedule_to_start_limits_the_wait_for_a_free_slot(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker(
        [LocalScheduleToStartWorkflow], [nap], max_concurrent_local_activities=1
    ):
        result = await client.execute_workflow(
            LocalScheduleToStartWorkflow.run, id=new_id(), task_queue=task_queue
        )
    assert result == ["slept 1.0", repr(TimeoutType.SCHEDULE_TO_START)]


# --- cancellation ---------------------------------------------------------------------


@workflow.defn
class CancelLocalActivityWorkflow:
    @workflow.run
    async def run(self, key: str, cancellation_type: int) -> str:
        handle = workflow.start_local_activity(
            wait_for_cancel,
            key,
            start_to_close_timeout=timedelta(seconds=30),
            cancellation_type=workflow.ActivityCancellationType(cancellation_type),
        )
        # Another local activity's result wakes the workflow while the first one runs.
        await workflow.execute_local_activity(nap, 0.3, start_to_close_timeout=FIVE_S)
        handle.cancel()
        try:
            return f"result: {await handle}"
        except ActivityError as err:
            return f"activity error: {type(err.cause).__name__}"


@pytest.mark.parametrize(
    "ctype",
    [
        workflow.ActivityCancellationType.TRY_CANCEL,
        workflow.ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
        workflow.ActivityCancellationType.ABANDON,
    ],
    ids=lambda c: c.name,
)
async def test_cancellation_types_of_a_running_local_activity(
    client: Client,
    task_queue: str,
    new_worker: Callable[..., Worker],
    ctype: workflow.ActivityCancellationType,
) -> None:
    key = new_id()
    async with new_worker([CancelLocalActivityWorkflow], [wait_for_cancel, nap]):
        handle = await client.start_workflow(
            CancelLocalActivityWorkflow.run,
            args=[key, int(ctype)],
            id=new_id(),
            task_queue=task_queue,
        )
        result = await handle.result()
        events_at_completion = list(_events[key])
    markers = _markers(await handle.fetch_history())
    cancelled_marker = next(m for m in markers if _marker_data(m)["seq"] == 1)
    if ctype == workflow.ActivityCancellationType.WAIT_CANCELLATION_COMPLETED:
        # The workflow waited for the activity, which finished with a value.
        assert result == "result: finished after cancel"
        assert events_at_completion == ["started", "cancelled", "cleaned up"]
        assert "result" in cancelled_marker.marker_recorded_event_attributes.details
        return
    assert result == "activity error: CancelledError"
    failure = cancelled_marker.marker_recorded_event_attributes.failure
    assert failure.HasField("canceled_failure_info")
    if ctype == workflow.ActivityCancellationType.TRY_CANCEL:
        # The activity was told; the workflow did not wait for it to end.
        with anyio.fail_after(5):
            while "cancelled" not in _events[key]:
                await anyio.sleep(0.02)
    else:
        # Abandoned: never told, still running when the workflow completed.
        assert events_at_completion == ["started"]


@workflow.defn
class CancelBeforeStartWorkflow:
    @workflow.run
    async def run(self, key: str) -> list[str]:
        out: list[str] = []
        handle = workflow.start_local_activity(count_calls, key, start_to_close_timeout=FIVE_S)
        handle.cancel()
        try:
            await handle
        except (ActivityError, asyncio.CancelledError) as err:
            # The handle's task was cancelled before it ran: asyncio's CancelledError.
            out.append(f"handle: {type(err).__name__}")
        with workflow.CancellationScope() as scope:
            scope.cancel()
            in_cancelled_scope = workflow.start_local_activity(
                count_calls, key, start_to_close_timeout=FIVE_S
            )
        try:
            await in_cancelled_scope
        except (ActivityError, asyncio.CancelledError) as err:
            out.append(f"scope: {type(err).__name__}")
        return out


async def test_cancel_before_it_started_never_runs_it(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    key = new_id()
    async with new_worker([CancelBeforeStartWorkflow], [count_calls]):
        handle = await client.start_workflow(
            CancelBeforeStartWorkflow.run, key, id=new_id(), task_queue=task_queue
        )
        assert await handle.result() == ["handle: CancelledError", "scope: CancelledError"]
    assert _calls.get(key, 0) == 0
    # Like core-based SDKs, a cancel marker records the one that was scheduled; nothing
    # is recorded for the one started in a cancelled scope.
    (marker,) = _markers(await handle.fetch_history())
    assert marker.marker_recorded_event_attributes.failure.HasField("canceled_failure_info")


# --- workflow task heartbeats -----------------------------------------------------------


@workflow.defn
class LongLocalActivityWorkflow:
    @workflow.run
    async def run(self, seconds: float) -> str:
        return await workflow.execute_local_activity(
            nap, seconds, start_to_close_timeout=timedelta(seconds=30)
        )


async def test_long_local_activity_heartbeats_the_workflow_task(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([LongLocalActivityWorkflow], [nap]):
        handle = await client.start_workflow(
            LongLocalActivityWorkflow.run,
            3.5,
            id=new_id(),
            task_queue=task_queue,
            task_timeout=timedelta(seconds=2),
        )
        assert await handle.result() == "slept 3.5"
    types = await event_types(handle)
    # Heartbeats at 1.6 s and 3.2 s, then the task with the marker; none timed out.
    assert types.count("WORKFLOW_TASK_COMPLETED") >= 3
    assert "WORKFLOW_TASK_TIMED_OUT" not in types
    assert "WORKFLOW_TASK_FAILED" not in types
    assert types.count("MARKER_RECORDED") == 1


@activity.defn
async def slow_the_first_time(key: str) -> str:
    _calls[key] = _calls.get(key, 0) + 1
    if _calls[key] == 1:
        await anyio.sleep(30)
    return f"run {_calls[key]}"


@workflow.defn
class WorkerLostDuringLocalActivityWorkflow:
    @workflow.run
    async def run(self, key: str) -> str:
        return await workflow.execute_local_activity(
            slow_the_first_time, key, start_to_close_timeout=timedelta(seconds=60)
        )


async def test_local_activity_without_a_marker_runs_again_after_replay(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    key = new_id()
    workflows, activities = [WorkerLostDuringLocalActivityWorkflow], [slow_the_first_time]
    async with new_worker(workflows, activities):
        handle = await client.start_workflow(
            WorkerLostDuringLocalActivityWorkflow.run,
            key,
            id=new_id(),
            task_queue=task_queue,
            task_timeout=timedelta(seconds=2),
        )
        # The first worker heartbeats the task, then goes away mid-activity.
        await eventually(
            lambda: event_types(handle), lambda t: "WORKFLOW_TASK_COMPLETED" in t, timeout=5
        )
    # The next worker replays the history, finds no marker and runs the activity.
    async with new_worker(workflows, activities):
        assert await handle.result() == "run 2"
    types = await event_types(handle)
    assert "WORKFLOW_TASK_TIMED_OUT" in types
    assert types.count("MARKER_RECORDED") == 1


# --- marker layout (PROTOCOL.md 4.3) -----------------------------------------------------


@workflow.defn
class PriceWorkflow:
    @workflow.run
    async def run(self) -> float:
        return await workflow.execute_local_activity(
            price, Order("book", 4), start_to_close_timeout=FIVE_S, activity_id="price-1"
        )


async def test_marker_layout_matches_core(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([PriceWorkflow], [price]):
        handle = await client.start_workflow(PriceWorkflow.run, id=new_id(), task_queue=task_queue)
        assert await handle.result() == 10.0
    history = await handle.fetch_history()
    (marker,) = _markers(history)
    attrs = marker.marker_recorded_event_attributes
    assert attrs.marker_name == "core_local_activity"
    assert set(attrs.details) == {"data", "result"}
    (data_payload,) = attrs.details["data"].payloads
    assert data_payload.metadata["encoding"] == b"json/plain"
    data = json.loads(data_payload.data)
    # snake_case fields in proto order, timestamps as {"seconds", "nanos"}
    assert list(data)[:7] == [
        "seq",
        "attempt",
        "activity_id",
        "activity_type",
        "complete_time",
        "backoff",
        "original_schedule_time",
    ]
    assert data["seq"] == 1 and data["attempt"] == 1
    assert data["activity_id"] == "price-1" and data["activity_type"] == "price"
    assert data["backoff"] is None
    assert set(data["complete_time"]) == {"seconds", "nanos"}
    assert set(data["original_schedule_time"]) == {"seconds", "nanos"}
    started = history.events[0].event_time.ToDatetime().timestamp()
    assert started - 5 < data["complete_time"]["seconds"] < started + 60
    (result,) = attrs.details["result"].payloads
    assert DataConverter.default.payload_converter.from_payload(result, float) == 10.0
    assert not attrs.HasField("failure")


# --- payload codec ----------------------------------------------------------------------


class _ReversingCodec(PayloadCodec):
    """Marks payloads as encoded and reverses their bytes (stands in for encryption)."""

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        return [
            Payload(metadata={"encoding": b"binary/reversed"}, data=p.SerializeToString()[::-1])
            for p in payloads
        ]

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        return [Payload.FromString(p.data[::-1]) for p in payloads]


@workflow.defn
class CodecLocalActivityWorkflow:
    @workflow.run
    async def run(self) -> list[str]:
        out = [
            await workflow.execute_local_activity(
                concat, args=["a", 1], start_to_close_timeout=FIVE_S
            )
        ]
        try:
            await workflow.execute_local_activity(refuse, start_to_close_timeout=FIVE_S)
        except ApplicationError as err:
            out.append(f"{err.message}:{list(err.details)}")
        return out


async def test_codec_applies_to_local_activity_arguments_results_and_markers(
    dev_server: str, task_queue: str, max_cached_workflows: int
) -> None:
    converter = dataclasses.replace(DataConverter.default, payload_codec=_ReversingCodec())
    client = await Client.connect(dev_server, data_converter=converter)
    try:
        async with Worker(
            client,
            task_queue=task_queue,
            workflows=[CodecLocalActivityWorkflow],
            activities=[concat, refuse],
            max_cached_workflows=max_cached_workflows,
        ):
            handle = await client.start_workflow(
                CodecLocalActivityWorkflow.run, id=new_id(), task_queue=task_queue
            )
            assert await handle.result() == ["a-1", "no way:['detail-1']"]
        success, failure = _markers(await handle.fetch_history())
        # What is recorded is what the codec made; the marker's own data stays plain JSON.
        (result,) = success.marker_recorded_event_attributes.details["result"].payloads
        assert result.metadata["encoding"] == b"binary/reversed"
        assert _marker_data(success)["activity_type"] == "concat"
        details = failure.marker_recorded_event_attributes.failure.application_failure_info
        assert details.details.payloads[0].metadata["encoding"] == b"binary/reversed"
    finally:
        await client.service_client.close()


# --- unregistered -----------------------------------------------------------------------


@workflow.defn
class UnregisteredLocalActivityWorkflow:
    @workflow.run
    async def run(self) -> str:
        value = await workflow.execute_local_activity(
            "not_there", start_to_close_timeout=FIVE_S, result_type=str
        )
        return str(value)


async def test_unregistered_local_activity_fails_the_task_listing_the_registered(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([UnregisteredLocalActivityWorkflow], [price, nap]):
        handle = await client.start_workflow(
            UnregisteredLocalActivityWorkflow.run, id=new_id(), task_queue=task_queue
        )
        await eventually(lambda: event_types(handle), lambda t: "WORKFLOW_TASK_FAILED" in t)
        history = await handle.fetch_history()
        await handle.terminate("test done")
    failed = next(
        e.workflow_task_failed_event_attributes
        for e in history.events
        if e.HasField("workflow_task_failed_event_attributes")
    )
    assert "'not_there' is not registered" in failed.failure.message
    assert "['nap', 'price']" in failed.failure.message
    assert not _markers(history)


# --- replay ---------------------------------------------------------------------------


@workflow.defn(name="LocalReplay")
class LocalReplayWorkflow:
    @workflow.run
    async def run(self, key: str) -> list[int]:
        first = await workflow.execute_local_activity(
            count_calls, key, start_to_close_timeout=FIVE_S
        )
        await asyncio.sleep(0.05)
        second = await workflow.execute_local_activity(
            count_calls, key, start_to_close_timeout=FIVE_S
        )
        return [first, second]


@workflow.defn(name="LocalReplay")
class LocalReplayOtherActivityWorkflow:
    """Changed code: another local activity type."""

    @workflow.run
    async def run(self, key: str) -> list[int]:
        return [
            await workflow.execute_local_activity(sync_double, 1, start_to_close_timeout=FIVE_S)
        ]


async def test_replay_resolves_local_activities_from_markers_without_running_them(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    key = new_id()
    async with new_worker([LocalReplayWorkflow], [count_calls]):
        handle = await client.start_workflow("LocalReplay", key, id=new_id(), task_queue=task_queue)
        assert await handle.result() == [1, 2]
    history = await handle.fetch_history()
    result = await Replayer(workflows=[LocalReplayWorkflow]).replay_workflow(history)
    assert result.replay_failure is None
    assert _calls[key] == 2  # replay ran nothing
    with pytest.raises(NondeterminismError, match="sync_double|count_calls"):
        await Replayer(workflows=[LocalReplayOtherActivityWorkflow]).replay_workflow(history)


# --- together with timers and signals -----------------------------------------------------


@workflow.defn
class MixedWorkflow:
    def __init__(self) -> None:
        self._names: list[str] = []

    @workflow.signal
    def add(self, name: str) -> None:
        self._names.append(name)

    @workflow.run
    async def run(self) -> list[str]:
        await workflow.wait_condition(lambda: bool(self._names))
        out = [
            await workflow.execute_local_activity_method(
                Greeter.greet, self._names[0], start_to_close_timeout=FIVE_S
            )
        ]
        await asyncio.sleep(0.1)
        out.append(
            await workflow.execute_local_activity_method(
                Greeter.greet, "timer", start_to_close_timeout=FIVE_S
            )
        )
        await workflow.wait_condition(lambda: len(self._names) > 1)
        out.append(
            await workflow.execute_local_activity_method(
                Greeter.greet, self._names[1], start_to_close_timeout=FIVE_S
            )
        )
        return out


async def test_local_activities_with_a_timer_and_signals(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([MixedWorkflow], [Greeter("Hello").greet]):
        handle = await client.start_workflow(MixedWorkflow.run, id=new_id(), task_queue=task_queue)
        await handle.signal(MixedWorkflow.add, "Ada")
        await eventually(lambda: event_types(handle), lambda t: "TIMER_FIRED" in t)
        await handle.signal(MixedWorkflow.add, "Grace")
        assert await handle.result() == ["Hello, Ada", "Hello, timer", "Hello, Grace"]
    types = await event_types(handle)
    assert types.count("MARKER_RECORDED") == 3
    assert types.count("WORKFLOW_EXECUTION_SIGNALED") == 2
