"""Local activities: requests, results, markers, cancellation, backoff, replay."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from temporalio.api.common.v1 import Payload
from temporalio.api.enums.v1 import CommandType, EventType, TimeoutType
from temporalio.api.failure.v1 import Failure
from temporalio.worker import _machines as m

from .helpers import (
    FakeLocalActivityWorker,
    FakeWorkflow,
    HistoryBuilder,
    Wait,
    all_jobs,
    drive,
    payload,
    replay,
    value_of,
)

CT = CommandType
ACT = m.ActivityCancellationType
T0 = datetime(2024, 1, 1, tzinfo=UTC)


def first_task() -> tuple[HistoryBuilder, m.WorkflowTask]:
    b = HistoryBuilder()
    b.workflow_started()
    started = b.wft(completed=False)
    return b, m.WorkflowTask(list(b.events), 0, started, task_token=b"t1")


def la_then_complete(**kw: Any) -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Any:
        a = wf.local_activity("echo", "x", **kw)
        yield Wait(lambda: a in wf.activities)
        res = wf.activities[a]
        wf.complete(type(res).__name__)

    return FakeWorkflow(body)


def marker_data(cmd: Any) -> dict[str, Any]:
    return json.loads(cmd.record_marker_command_attributes.details["data"].payloads[0].data)  # type: ignore[no-any-return]


def test_new_local_activity_is_requested_and_its_result_recorded() -> None:
    _, task = first_task()
    wf = la_then_complete()
    run = m.WorkflowRun()
    step = run.new_task(task)
    assert isinstance(step, m.Activation)
    step = run.complete_activation(wf.activate(step))
    assert isinstance(step, m.AwaitLocalActivities)
    assert step.workflow_task_timeout == timedelta(seconds=10)
    reqs = run.take_local_activity_requests()
    assert len(reqs) == 1 and isinstance(reqs[0], m.LocalActivityRequest)
    req = reqs[0]
    assert (req.seq, req.activity_id, req.activity_type, req.attempt) == (1, "1", "echo", 1)
    assert (req.workflow_type, req.task_queue) == ("wf", "tq")
    assert run.outstanding_local_activities == 1
    step2 = run.resolve_local_activity(
        m.LocalActivityResult(
            1,
            m.ActivityCompleted(payload("res")),
            runtime=timedelta(seconds=2),
            original_schedule_time=T0,
        )
    )
    assert isinstance(step2, m.Activation)
    assert all_jobs([step2]) == [["ResolveActivity(1)"]]
    job = step2.jobs[0]
    assert isinstance(job, m.ResolveActivity) and job.is_local
    # Workflow time advanced to the marker's complete time (start of WFT + runtime).
    assert step2.timestamp is not None and wf.activations[0].timestamp is not None
    assert step2.timestamp - wf.activations[0].timestamp == timedelta(seconds=2)
    done = run.complete_activation(wf.activate(step2))
    assert isinstance(done, m.CompleteWorkflowTask)
    assert [c.command_type for c in done.commands] == [
        CT.COMMAND_TYPE_RECORD_MARKER,
        CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION,
    ]
    data = marker_data(done.commands[0])
    assert data["seq"] == 1 and data["attempt"] == 1 and data["backoff"] is None
    assert data["original_schedule_time"] == {"seconds": int(T0.timestamp()), "nanos": 0}
    assert data["activation_index"] == 1
    details = done.commands[0].record_marker_command_attributes.details
    assert value_of(details["result"].payloads[0]) == "res"


def _drive_with(
    results: dict[int, m.LocalActivityResult], wf: FakeWorkflow
) -> tuple[m.WorkflowRun, m.RunStep, FakeLocalActivityWorker]:
    _, task = first_task()
    run = m.WorkflowRun()
    worker = FakeLocalActivityWorker(results)
    return run, drive(run, task, wf, worker), worker


def test_failed_local_activity_marker_carries_failure() -> None:
    _run, step, _ = _drive_with(
        {1: m.LocalActivityResult(1, m.ActivityFailed(Failure(message="bad")))}, la_then_complete()
    )
    assert isinstance(step, m.CompleteWorkflowTask)
    marker = step.commands[0].record_marker_command_attributes
    assert marker.failure.message == "bad" and "result" not in marker.details


def test_backoff_resolution() -> None:
    result = m.LocalActivityResult(
        1,
        m.ActivityFailed(Failure(message="retry later")),
        attempt=3,
        backoff=timedelta(minutes=5),
        original_schedule_time=T0,
    )
    wf = la_then_complete()
    _, step, _ = _drive_with({1: result}, wf)
    res = wf.activities[1]
    assert isinstance(res, m.ActivityBackoff)
    assert (res.attempt, res.backoff_duration, res.original_schedule_time) == (
        4,
        timedelta(minutes=5),
        T0,
    )
    assert isinstance(step, m.CompleteWorkflowTask)
    assert marker_data(step.commands[0])["backoff"] == {"seconds": 300, "nanos": 0}


def test_timeout_is_wrapped() -> None:
    timeout = Failure(message="timed out")
    timeout.timeout_failure_info.timeout_type = TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE
    wf = la_then_complete()
    _drive_with({1: m.LocalActivityResult(1, m.LocalActivityTimedOut(timeout))}, wf)
    res = wf.activities[1]
    assert isinstance(res, m.ActivityFailed)
    assert res.failure.message == "Local Activity timed out"
    assert res.failure.cause.message == "timed out"


def cancel_la(ct: ACT) -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Any:
        a = wf.local_activity("echo", "x", cancellation_type=ct)
        t = wf.timer(1)
        yield Wait(lambda: t in wf.fired or a in wf.activities)
        wf.issue(m.RequestCancelLocalActivity(a))
        yield Wait(lambda: a in wf.activities)
        wf.complete("done")

    return FakeWorkflow(body)


def test_try_cancel_of_queued_local_activity_resolves_and_records_cancel_marker() -> None:
    for ct in (ACT.TRY_CANCEL, ACT.ABANDON, ACT.WAIT_CANCELLATION_COMPLETED):

        def body(wf: FakeWorkflow, ct: ACT = ct) -> Any:
            a = wf.local_activity("echo", "x", cancellation_type=ct)
            wf.issue(m.RequestCancelLocalActivity(a))  # before the worker picked it up
            yield Wait(lambda: a in wf.activities)
            wf.complete("done")

        wf = FakeWorkflow(body)
        run, step, worker = _drive_with({}, wf)
        assert isinstance(step, m.CompleteWorkflowTask), (ct, step)
        assert worker.requests == []  # never handed out
        res = wf.activities[1]
        assert isinstance(res, m.ActivityCancelled)
        assert res.failure.message == "Local Activity cancelled"
        marker = step.commands[0].record_marker_command_attributes
        assert marker.failure.HasField("canceled_failure_info")
        assert run.outstanding_local_activities == 0


def test_cancel_of_executing_local_activity_by_type() -> None:
    # Executing: TRY_CANCEL resolves now and asks the worker to cancel; ABANDON resolves now
    # and forgets it; WAIT_CANCELLATION_COMPLETED asks and waits for the worker's result.
    b = HistoryBuilder()
    b.workflow_started()
    s1 = b.wft(completed=False)
    for ct, resolved_now, cancel_sent in (
        (ACT.TRY_CANCEL, True, True),
        (ACT.ABANDON, True, False),
        (ACT.WAIT_CANCELLATION_COMPLETED, False, True),
    ):
        wf = cancel_la(ct)
        run = m.WorkflowRun()
        worker = FakeLocalActivityWorker({})
        step = drive(run, m.WorkflowTask(list(b.events), 0, s1), wf, worker)
        assert isinstance(step, m.CompleteWorkflowTask) and step.force_create_new_workflow_task
        assert len(worker.requests) == 1
        # The timer fires while the LA is still running (heartbeat WFT in between).
        b2 = HistoryBuilder()
        b2.events = list(b.events)
        b2.wft_completed(s1)
        tid = b2.timer_started("1")
        b2.timer_fired("1", tid)
        s2 = b2.wft(completed=False)
        step = drive(run, m.WorkflowTask(b2.events[s1:], s1, s2), wf, worker)
        assert (1 in wf.activities) is resolved_now, ct
        assert (worker.cancels == [1]) is cancel_sent, ct
        if resolved_now:
            assert isinstance(step, m.CompleteWorkflowTask)
            assert [c.command_type for c in step.commands] == [
                CT.COMMAND_TYPE_RECORD_MARKER,
                CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION,
            ]
        else:
            # Still waiting for the worker: the task was heartbeated; the result arrives and
            # is delivered on the task the heartbeat returned.
            assert isinstance(step, m.CompleteWorkflowTask) and step.force_create_new_workflow_task
            cancelled = Failure(message="Activity cancelled")
            cancelled.canceled_failure_info.SetInParent()
            assert (
                run.resolve_local_activity(m.LocalActivityResult(1, m.ActivityCancelled(cancelled)))
                is None
            )
            b2.wft_completed(s2)
            s3 = b2.wft(completed=False)
            step = drive(run, m.WorkflowTask(b2.events[s2:], s2, s3), wf, worker)
            assert isinstance(step, m.CompleteWorkflowTask)
            assert [c.command_type for c in step.commands] == [
                CT.COMMAND_TYPE_RECORD_MARKER,
                CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION,
            ]
            assert isinstance(wf.activities[1], m.ActivityCancelled)


def la_history(
    *, activation_index: int | None = 1, marker: bool = True, flags: list[int] | None = None
) -> HistoryBuilder:
    b = HistoryBuilder()
    b.workflow_started()
    b.wft(flags=flags or [1, 2, 3])
    if marker:
        data: dict[str, Any] = {
            "seq": 1,
            "attempt": 1,
            "activity_id": "1",
            "activity_type": "echo",
            "complete_time": {"seconds": int(T0.timestamp()) + 3600, "nanos": 0},
            "backoff": None,
            "original_schedule_time": None,
        }
        if activation_index is not None:
            data["activation_index"] = activation_index
        e = b.add(
            EventType.EVENT_TYPE_MARKER_RECORDED,
            "marker_recorded_event_attributes",
            markerName="core_local_activity",
        )
        attrs = e.marker_recorded_event_attributes
        attrs.details["data"].payloads.append(
            Payload(metadata={"encoding": b"json/plain"}, data=json.dumps(data).encode())
        )
        attrs.details["result"].payloads.append(payload("from-marker"))
    b.completed("Completed" if marker else "x")
    return b


def test_replay_resolves_from_marker_and_advances_time() -> None:
    b = la_history()
    wf = la_then_complete()
    _, step = replay(b.events, wf)
    assert isinstance(step, m.NoResponse), step
    assert all_jobs(wf.activations) == [["InitializeWorkflow"], ["ResolveActivity(1)"]]
    res = wf.activities[1]
    assert isinstance(res, m.ActivityCompleted) and value_of(res.result) == "from-marker"
    ts = wf.activations[1].timestamp
    assert ts is not None and ts == datetime.fromtimestamp(T0.timestamp() + 3600, UTC)


def test_replay_marker_without_activation_index_resolves_at_once() -> None:
    wf = la_then_complete()
    _, step = replay(la_history(activation_index=None).events, wf)
    assert isinstance(step, m.NoResponse), step


def test_replay_marker_type_mismatch_is_nondeterminism_under_flag_1() -> None:
    b = la_history()

    def body(wf: FakeWorkflow) -> Any:
        a = wf.local_activity("other", "x")
        yield Wait(lambda: a in wf.activities)
        wf.complete("Completed")

    _, step = replay(b.events, FakeWorkflow(body))
    assert isinstance(step, m.FailWorkflowTask)
    assert "local activity type in history is 'echo' but workflow code used 'other'" in step.message


def test_marker_for_unscheduled_local_activity_is_nondeterminism() -> None:
    b = la_history()

    def body(wf: FakeWorkflow) -> Any:
        wf.complete("Completed")
        yield from ()

    _, step = replay(b.events, FakeWorkflow(body))
    assert isinstance(step, m.FailWorkflowTask)
    assert "did not schedule that local activity" in step.message


def test_local_activity_without_marker_executes_when_replay_ends() -> None:
    # The original worker heartbeated and died before recording the marker: the new worker
    # replays the first WFT, then must execute the local activity for real.
    b = HistoryBuilder()
    b.workflow_started()
    first = b.wft(flags=[1, 2, 3])  # heartbeat completion: no commands
    started = b.wft(completed=False)
    wf = la_then_complete()
    run = m.WorkflowRun()
    worker = FakeLocalActivityWorker(
        {1: m.LocalActivityResult(1, m.ActivityCompleted(payload("fresh")))}
    )
    step = drive(run, m.WorkflowTask(b.events, first, started), wf, worker)
    assert len(worker.requests) == 1
    assert isinstance(step, m.CompleteWorkflowTask)
    assert [c.command_type for c in step.commands] == [
        CT.COMMAND_TYPE_RECORD_MARKER,
        CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION,
    ]


def test_terminal_command_abandons_running_local_activities() -> None:
    def body(wf: FakeWorkflow) -> Any:
        wf.local_activity("echo", "x")
        wf.complete("early")
        yield from ()

    _, task = first_task()
    run = m.WorkflowRun()
    act = run.new_task(task)
    assert isinstance(act, m.Activation)
    wf = FakeWorkflow(body)
    step = run.complete_activation(wf.activate(act))
    assert isinstance(step, m.CompleteWorkflowTask) and step.workflow_finished
    assert run.take_local_activity_requests() == []
