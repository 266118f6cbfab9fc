"""Schedules: the spec/action/policy/state model and its proto form (no server), and
create / describe / trigger / pause / update / backfill / list / delete against the dev
server on both backends, with a worker running what the schedule starts."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import pytest

from temporalio import workflow
from temporalio.api.common.v1 import Payload
from temporalio.api.schedule.v1 import ScheduleSpec as ScheduleSpecProto
from temporalio.client import (
    Client,
    CreateScheduleInput,
    Interceptor,
    OutboundInterceptor,
    RPCError,
    RPCStatusCode,
    Schedule,
    ScheduleActionStartWorkflow,
    ScheduleAlreadyRunningError,
    ScheduleBackfill,
    ScheduleCalendarSpec,
    ScheduleDescription,
    ScheduleHandle,
    ScheduleIntervalSpec,
    ScheduleListDescription,
    ScheduleOverlapPolicy,
    SchedulePolicy,
    ScheduleRange,
    ScheduleSpec,
    ScheduleState,
    ScheduleUpdate,
    ScheduleUpdateInput,
)
from temporalio.common import RetryPolicy
from temporalio.converter import DataConverter
from temporalio.worker import Worker


@workflow.defn
class Scheduled:
    @workflow.run
    async def run(self, greeting: str) -> str:
        return f"{greeting} from {workflow.info().workflow_id.rsplit('-', 3)[0]}"


def _sid() -> str:
    return f"sched-{uuid.uuid4().hex[:12]}"


def _schedule(task_queue: str, **spec: Any) -> Schedule:
    return Schedule(
        action=ScheduleActionStartWorkflow(
            Scheduled.run,
            "hello",
            id=f"wf-{uuid.uuid4().hex[:8]}",
            task_queue=task_queue,
            execution_timeout=timedelta(seconds=20),
        ),
        spec=ScheduleSpec(
            **(spec or {"intervals": [ScheduleIntervalSpec(every=timedelta(days=1))]})
        ),
    )


async def _eventually(fn: Callable[[], Awaitable[bool]], what: str, seconds: float = 10) -> None:
    with anyio.fail_after(seconds):
        while not await fn():
            await anyio.sleep(0.1)


@pytest.fixture
async def handles(client: Client) -> AsyncIterator[list[ScheduleHandle]]:
    """Schedules to delete after the test (whatever happened)."""
    made: list[ScheduleHandle] = []
    yield made
    for handle in made:
        try:
            await handle.delete()
        except RPCError:
            pass


# -- the model, without a server ---------------------------------------------------------


def test_range_defaults_are_normalized_like_the_server_does() -> None:
    assert ScheduleRange(5) == ScheduleRange(5, 5, 1)
    assert ScheduleRange(1, 0, 0) == ScheduleRange(1, 1, 1)
    with pytest.raises(ValueError, match="step must not be negative"):
        ScheduleRange(1, 5, -1)


def test_spec_round_trips_through_its_proto() -> None:
    spec = ScheduleSpec(
        calendars=[
            ScheduleCalendarSpec(
                hour=(ScheduleRange(9, 17, 2),), day_of_week=(ScheduleRange(1, 5),), comment="c"
            )
        ],
        intervals=[ScheduleIntervalSpec(every=timedelta(hours=1), offset=timedelta(minutes=5))],
        cron_expressions=["@daily"],
        skip=[ScheduleCalendarSpec(month=(ScheduleRange(12),))],
        start_at=datetime(2030, 1, 1, tzinfo=UTC),
        end_at=datetime(2031, 1, 1, tzinfo=UTC),
        jitter=timedelta(seconds=30),
        time_zone_name="Europe/Paris",
    )
    raw = spec._to_proto()
    assert raw.cron_string == ["@daily"]
    assert raw.structured_calendar[0].hour[0].step == 2
    assert raw.interval[0].phase.seconds == 300
    assert ScheduleSpec._from_proto(raw) == spec
    # Unstructured calendars another client set survive a describe/update round trip.
    other = ScheduleSpecProto()
    other.calendar.add(hour="3", comment="legacy")
    assert ScheduleSpec._from_proto(other)._to_proto().calendar[0].comment == "legacy"


def test_bad_schedule_values_are_refused_with_the_reason() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        ScheduleSpec(start_at=datetime(2030, 1, 1))._to_proto()
    with pytest.raises(ValueError, match="must be positive"):
        ScheduleIntervalSpec(every=timedelta(0))
    with pytest.raises(ValueError, match="not both"):
        ScheduleActionStartWorkflow("W", 1, args=[2], id="x", task_queue="q")
    with pytest.raises(ValueError, match="needs an id"):
        ScheduleActionStartWorkflow("W", id="", task_queue="q")
    with pytest.raises(ValueError, match="needs a task_queue"):
        ScheduleActionStartWorkflow("W", id="x", task_queue="")
    with pytest.raises(ValueError, match="ends .* before it starts"):
        ScheduleBackfill(
            datetime(2030, 1, 2, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC)
        )._to_proto()


async def test_action_proto_keeps_described_payloads_and_encodes_new_values() -> None:
    dc = DataConverter.default
    action = ScheduleActionStartWorkflow(
        Scheduled.run,
        args=["hi"],
        id="wf",
        task_queue="q",
        retry_policy=RetryPolicy(maximum_attempts=3),
        memo={"k": [1, 2]},
    )
    assert action.workflow == "Scheduled"
    raw = await action._to_proto(dc)
    back = ScheduleActionStartWorkflow._from_proto(raw.start_workflow)
    assert all(isinstance(a, Payload) for a in back.args)
    assert back.retry_policy is not None and back.retry_policy.maximum_attempts == 3
    # Sent again unchanged, and the values decode to what was given.
    again = await back._to_proto(dc)
    assert again.start_workflow.input == raw.start_workflow.input
    assert await dc.decode(list(again.start_workflow.input.payloads)) == ["hi"]
    assert await dc.decode([again.start_workflow.memo.fields["k"]]) == [[1, 2]]


# -- against the server --------------------------------------------------------------------


async def test_create_describe_round_trip(
    client: Client, task_queue: str, handles: list[ScheduleHandle]
) -> None:
    sid = _sid()
    schedule = _schedule(
        task_queue,
        calendars=[ScheduleCalendarSpec(hour=(ScheduleRange(9, 17, 2),), comment="office")],
        intervals=[ScheduleIntervalSpec(every=timedelta(hours=1), offset=timedelta(minutes=5))],
        time_zone_name="Europe/Paris",
    )
    schedule.policy = SchedulePolicy(
        overlap=ScheduleOverlapPolicy.BUFFER_ONE,
        catchup_window=timedelta(minutes=10),
        pause_on_failure=True,
    )
    schedule.state = ScheduleState(note="made by a test", limited_actions=True, remaining_actions=4)
    handle = await client.create_schedule(sid, schedule, memo={"owner": "tests"})
    handles.append(handle)
    assert handle.id == sid

    desc = await handle.describe()
    assert isinstance(desc, ScheduleDescription)
    assert desc.id == sid
    assert desc.schedule.spec == schedule.spec
    assert desc.schedule.policy == schedule.policy
    assert desc.schedule.state == schedule.state
    action = desc.schedule.action
    assert (action.workflow, action.id, action.task_queue) == (
        "Scheduled",
        schedule.action.id,
        task_queue,
    )
    assert action.execution_timeout == timedelta(seconds=20)
    assert await client.data_converter.decode(list(action.args)) == ["hello"]
    assert await desc.memo() == {"owner": "tests"}
    assert desc.info.num_actions == 0
    assert desc.info.created_at <= datetime.now(UTC)
    assert desc.info.last_updated_at is None
    assert len(desc.info.next_action_times) > 0
    assert all(t > datetime.now(UTC) - timedelta(seconds=5) for t in desc.info.next_action_times)


async def test_cron_strings_come_back_as_calendars(
    client: Client, task_queue: str, handles: list[ScheduleHandle]
) -> None:
    handle = await client.create_schedule(
        _sid(), _schedule(task_queue, cron_expressions=["30 12 * * MON"])
    )
    handles.append(handle)
    spec = (await handle.describe()).schedule.spec
    assert spec.cron_expressions == ()
    [calendar] = spec.calendars
    assert (calendar.hour, calendar.minute, calendar.day_of_week) == (
        (ScheduleRange(12),),
        (ScheduleRange(30),),
        (ScheduleRange(1),),
    )


async def test_trigger_starts_the_workflow_which_a_worker_runs(
    client: Client, task_queue: str, handles: list[ScheduleHandle]
) -> None:
    schedule = _schedule(task_queue)
    schedule.action.static_summary = "started by a schedule"
    handle = await client.create_schedule(_sid(), schedule)
    handles.append(handle)
    described = (await handle.describe()).schedule.action.static_summary
    assert isinstance(described, Payload)
    assert await client.data_converter.decode([described]) == ["started by a schedule"]
    async with Worker(client, task_queue=task_queue, workflows=[Scheduled]):
        await handle.trigger()

        async def started() -> bool:
            return len((await handle.describe()).info.recent_actions) == 1

        await _eventually(started, "the triggered action")
        [result] = (await handle.describe()).info.recent_actions
        assert result.action.workflow_id.startswith(schedule.action.id + "-")
        run = client.get_workflow_handle(
            result.action.workflow_id, run_id=result.action.first_execution_run_id
        )
        assert await run.result() == f"hello from {schedule.action.id}"
        assert (await run.describe()).static_summary == "started by a schedule"
    assert (await handle.describe()).info.num_actions == 1


async def test_trigger_immediately_on_create_and_backfill(
    client: Client, task_queue: str, handles: list[ScheduleHandle]
) -> None:
    schedule = _schedule(task_queue, intervals=[ScheduleIntervalSpec(every=timedelta(minutes=10))])
    schedule.action.execution_timeout = timedelta(seconds=3)
    schedule.policy = SchedulePolicy(overlap=ScheduleOverlapPolicy.ALLOW_ALL)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    handle = await client.create_schedule(
        _sid(),
        schedule,
        trigger_immediately=True,
        backfill=[ScheduleBackfill(now - timedelta(minutes=25), now - timedelta(minutes=15))],
    )
    handles.append(handle)

    async def actions(n: int) -> Callable[[], Awaitable[bool]]:
        async def done() -> bool:
            return (await handle.describe()).info.num_actions >= n

        return done

    # Now, plus the one ten-minute mark between 25 and 15 minutes ago.
    await _eventually(await actions(2), "trigger + backfill on create")
    await handle.backfill(
        ScheduleBackfill(now - timedelta(minutes=60), now - timedelta(minutes=31)),
    )
    await _eventually(await actions(5), "a backfill of three ten-minute marks")
    with pytest.raises(ValueError, match="at least one"):
        await handle.backfill()


async def test_pause_and_unpause_with_notes(
    client: Client, task_queue: str, handles: list[ScheduleHandle]
) -> None:
    handle = await client.create_schedule(_sid(), _schedule(task_queue))
    handles.append(handle)
    await handle.pause(note="maintenance")
    assert (await handle.describe()).schedule.state == ScheduleState(
        note="maintenance", paused=True
    )
    await handle.unpause()
    state = (await handle.describe()).schedule.state
    assert not state.paused
    assert state.note


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_update_replaces_the_schedule(
    client: Client, task_queue: str, handles: list[ScheduleHandle], kind: str
) -> None:
    handle = await client.create_schedule(_sid(), _schedule(task_queue))
    handles.append(handle)
    seen: list[ScheduleDescription] = []

    def change(input: ScheduleUpdateInput) -> ScheduleUpdate:
        seen.append(input.description)
        schedule = input.description.schedule
        schedule.spec = ScheduleSpec(intervals=[ScheduleIntervalSpec(every=timedelta(hours=7))])
        schedule.state = ScheduleState(note="updated", paused=True)
        return ScheduleUpdate(schedule)

    async def change_async(input: ScheduleUpdateInput) -> ScheduleUpdate:
        await anyio.sleep(0)
        return change(input)

    await handle.update(change if kind == "sync" else change_async)
    assert seen[0].id == handle.id
    desc = await handle.describe()
    assert desc.schedule.spec.intervals == (ScheduleIntervalSpec(every=timedelta(hours=7)),)
    assert desc.schedule.state == ScheduleState(note="updated", paused=True)
    # The action went back unchanged (its arguments as the stored payloads).
    assert await client.data_converter.decode(list(desc.schedule.action.args)) == ["hello"]
    assert desc.info.last_updated_at is not None


async def test_update_returning_none_changes_nothing_and_a_wrong_type_is_an_error(
    client: Client, task_queue: str, handles: list[ScheduleHandle]
) -> None:
    handle = await client.create_schedule(_sid(), _schedule(task_queue))
    handles.append(handle)
    await handle.update(lambda _: None)
    assert (await handle.describe()).info.last_updated_at is None
    with pytest.raises(TypeError, match="return a ScheduleUpdate"):
        await handle.update(lambda input: input.description.schedule)  # type: ignore[arg-type,return-value]


async def test_update_based_on_a_stale_description_is_dropped(
    client: Client, task_queue: str, handles: list[ScheduleHandle]
) -> None:
    handle = await client.create_schedule(_sid(), _schedule(task_queue))
    handles.append(handle)

    def note(text: str) -> Callable[[ScheduleUpdateInput], ScheduleUpdate]:
        def change(input: ScheduleUpdateInput) -> ScheduleUpdate:
            schedule = input.description.schedule
            schedule.state = ScheduleState(note=text)
            return ScheduleUpdate(schedule)

        return change

    async def theirs_applied() -> bool:
        return (await handle.describe()).schedule.state.note == "theirs"

    async def meanwhile(input: ScheduleUpdateInput) -> ScheduleUpdate:
        # Someone else changes it between our describe and our update: the server
        # keeps theirs (our update carries the conflict token of our describe).
        await handle.update(note("theirs"))
        await _eventually(theirs_applied, "their update")
        return note("ours")(input)

    await handle.update(meanwhile)
    await anyio.sleep(1)
    assert await theirs_applied()


async def test_create_twice_delete_and_list(
    client: Client, task_queue: str, handles: list[ScheduleHandle]
) -> None:
    sid = _sid()
    handle = await client.create_schedule(sid, _schedule(task_queue), memo={"m": 1})
    handles.append(handle)
    with pytest.raises(ScheduleAlreadyRunningError, match=sid) as caught:
        await client.create_schedule(sid, _schedule(task_queue))
    assert caught.value.schedule_id == sid

    found: list[ScheduleListDescription] = []

    async def listed() -> bool:
        found[:] = [s async for s in client.list_schedules(page_size=2) if s.id == sid]
        return bool(found) and found[0].schedule is not None

    await _eventually(listed, "the schedule in the list")
    [entry] = found
    assert entry.schedule is not None and entry.info is not None
    assert entry.schedule.action.workflow == "Scheduled"
    assert entry.schedule.spec.intervals == (ScheduleIntervalSpec(every=timedelta(days=1)),)
    assert not entry.schedule.state.paused
    assert await entry.memo() == {"m": 1}

    await client.get_schedule_handle(sid).delete()
    with pytest.raises(RPCError) as gone:
        await handle.describe()
    assert gone.value.status == RPCStatusCode.NOT_FOUND


async def test_interceptors_see_every_schedule_call(client: Client, task_queue: str) -> None:
    calls: list[str] = []

    class Spy(OutboundInterceptor):
        def __getattribute__(self, name: str) -> Any:
            attr = super().__getattribute__(name)
            if name.endswith(("_schedule", "_schedules")):
                calls.append(name)
            return attr

    class Intercept(Interceptor):
        def intercept_client(self, next: OutboundInterceptor) -> OutboundInterceptor:
            return Spy(next)

    seen_inputs: list[CreateScheduleInput] = []

    class Tag(OutboundInterceptor):
        async def create_schedule(self, input: CreateScheduleInput) -> ScheduleHandle:
            seen_inputs.append(input)
            input.memo = {"tagged": True}
            return await self.next.create_schedule(input)

    class TagIntercept(Interceptor):
        def intercept_client(self, next: OutboundInterceptor) -> OutboundInterceptor:
            return Tag(next)

    spied = Client(
        client.service_client,
        namespace=client.namespace,
        interceptors=[Intercept(), TagIntercept()],
    )
    handle = await spied.create_schedule(_sid(), _schedule(task_queue))
    try:
        desc = await handle.describe()
        assert await desc.memo() == {"tagged": True}
        await handle.update(lambda _: None)
        await handle.pause()
        await handle.unpause()
        await handle.backfill(
            ScheduleBackfill(
                datetime.now(UTC) - timedelta(days=3), datetime.now(UTC) - timedelta(days=2)
            )
        )
        await handle.trigger(overlap=ScheduleOverlapPolicy.SKIP)
        async with contextlib.aclosing(spied.list_schedules(page_size=1)) as listing:
            async for _ in listing:
                break
    finally:
        await handle.delete()
    assert len(seen_inputs) == 1
    assert set(calls) == {
        "create_schedule",
        "describe_schedule",
        "update_schedule",
        "pause_schedule",
        "unpause_schedule",
        "backfill_schedule",
        "trigger_schedule",
        "list_schedules",
        "delete_schedule",
    }
