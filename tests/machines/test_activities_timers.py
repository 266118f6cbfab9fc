"""Activities and timers as new work: cancellation types, cancel-before-sent, failures."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from temporalio.api.enums.v1 import CommandType, EventType, RetryState
from temporalio.worker import _machines as m

from .helpers import FakeWorkflow, HistoryBuilder, Wait, drive, jobs_of

CT = CommandType
ACT = m.ActivityCancellationType


class Live:
    """A run fed task by task from a growing hand-made history."""

    def __init__(self, wf: FakeWorkflow) -> None:
        self.b = HistoryBuilder()
        self.b.workflow_started()
        self.wf = wf
        self.run = m.WorkflowRun()
        self.previous = 0

    def task(self) -> m.RunStep:
        started = self.b.wft(completed=False)
        events = [e for e in self.b.events if e.event_id > self.previous]
        step = drive(self.run, m.WorkflowTask(events, self.previous, started), self.wf)
        self.b.wft_completed(started)
        self.previous = started
        return step


def types_of(step: m.RunStep) -> list[int]:
    assert isinstance(step, m.CompleteWorkflowTask), step
    return [c.command_type for c in step.commands]


def cancel_after_timer(ct: ACT) -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Any:
        a = wf.activity(cancellation_type=ct)
        t = wf.timer(1)
        yield Wait(lambda: t in wf.fired)
        wf.issue(m.RequestCancelActivity(a))
        yield Wait(lambda: a in wf.activities)
        wf.complete("after cancel")

    return FakeWorkflow(body)


def test_try_cancel_sends_request_and_resolves_at_once() -> None:
    live = Live(cancel_after_timer(ACT.TRY_CANCEL))
    assert types_of(live.task()) == [
        CT.COMMAND_TYPE_SCHEDULE_ACTIVITY_TASK,
        CT.COMMAND_TYPE_START_TIMER,
    ]
    sid = live.b.activity_scheduled("1")
    tid = live.b.timer_started("1")
    live.b.activity_started(sid)
    live.b.timer_fired("1", tid)
    step = live.task()
    assert types_of(step) == [
        CT.COMMAND_TYPE_REQUEST_CANCEL_ACTIVITY_TASK,
        CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION,
    ]
    assert isinstance(step, m.CompleteWorkflowTask)
    assert (
        step.commands[0].request_cancel_activity_task_command_attributes.scheduled_event_id == sid
    )
    assert jobs_of(live.wf.activations[-1]) == ["ResolveActivity(1)"]
    res = live.wf.activities[1]
    assert isinstance(res, m.ActivityCancelled)
    assert res.failure.activity_failure_info.retry_state == RetryState.RETRY_STATE_CANCEL_REQUESTED
    assert not res.failure.cause.canceled_failure_info.HasField("details")


def test_wait_cancellation_completed_waits_for_the_outcome() -> None:
    live = Live(cancel_after_timer(ACT.WAIT_CANCELLATION_COMPLETED))
    live.task()
    sid = live.b.activity_scheduled("1")
    tid = live.b.timer_started("1")
    live.b.activity_started(sid)
    live.b.timer_fired("1", tid)
    assert types_of(live.task()) == [CT.COMMAND_TYPE_REQUEST_CANCEL_ACTIVITY_TASK]
    assert 1 not in live.wf.activities
    live.b.activity_cancel_requested(sid)
    live.b.activity_canceled(sid)
    assert types_of(live.task()) == [CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION]
    assert isinstance(live.wf.activities[1], m.ActivityCancelled)


def test_wait_cancellation_completed_gets_completion_if_activity_finished() -> None:
    live = Live(cancel_after_timer(ACT.WAIT_CANCELLATION_COMPLETED))
    live.task()
    sid = live.b.activity_scheduled("1")
    tid = live.b.timer_started("1")
    live.b.activity_started(sid)
    live.b.timer_fired("1", tid)
    live.task()
    live.b.activity_cancel_requested(sid)
    live.b.activity_completed(sid, "finished anyway")
    live.task()
    assert isinstance(live.wf.activities[1], m.ActivityCompleted)


def test_abandon_sends_nothing_and_ignores_later_events() -> None:
    live = Live(cancel_after_timer(ACT.ABANDON))
    live.task()
    sid = live.b.activity_scheduled("1")
    tid = live.b.timer_started("1")
    live.b.timer_fired("1", tid)
    assert types_of(live.task()) == [CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION]
    # Replay where the abandoned activity went on and completed before the close.
    b = HistoryBuilder()
    b.workflow_started()
    b.wft()
    sid = b.activity_scheduled("1")
    tid = b.timer_started("1")
    b.timer_fired("1", tid)
    b.wft()
    b.activity_started(sid)
    b.activity_completed(sid)
    b.wft(completed=False)

    def body(wf: FakeWorkflow) -> Any:
        a = wf.activity(cancellation_type=ACT.ABANDON)
        t = wf.timer(1)
        yield Wait(lambda: t in wf.fired)
        wf.issue(m.RequestCancelActivity(a))
        yield Wait(lambda: False)

    wf = FakeWorkflow(body)
    step = drive(m.WorkflowRun(), m.WorkflowTask(b.events, 8, b.last_id), wf)
    assert types_of(step) == []
    assert [jobs_of(a) for a in wf.activations] == [
        ["InitializeWorkflow"],
        ["FireTimer(1)"],
        ["ResolveActivity(1)"],
    ]


def test_try_cancel_ignores_late_outcome_on_replay() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    b.wft()
    sid = b.activity_scheduled("1")
    tid = b.timer_started("1")
    b.activity_started(sid)
    b.timer_fired("1", tid)
    b.wft()
    b.activity_cancel_requested(sid)
    b.completed("after cancel")
    wf = cancel_after_timer(ACT.TRY_CANCEL)
    step = drive(m.WorkflowRun(), m.WorkflowTask.for_replay(b.events), wf)
    assert isinstance(step, m.NoResponse), step


def test_cancel_before_sent_drops_schedule_command_for_every_type() -> None:
    for ct in ACT:

        def body(wf: FakeWorkflow, ct: ACT = ct) -> Any:
            a = wf.activity(cancellation_type=ct)
            wf.issue(m.RequestCancelActivity(a))
            yield Wait(lambda: a in wf.activities)
            wf.timer(1)
            yield Wait(lambda: False)

        live = Live(FakeWorkflow(body))
        assert types_of(live.task()) == [CT.COMMAND_TYPE_START_TIMER], ct
        assert isinstance(live.wf.activities[1], m.ActivityCancelled)
        assert [jobs_of(a) for a in live.wf.activations] == [
            ["InitializeWorkflow"],
            ["ResolveActivity(1)"],
        ]


def test_cancel_of_resolved_activity_is_noop() -> None:
    def body(wf: FakeWorkflow) -> Any:
        a = wf.activity()
        yield Wait(lambda: a in wf.activities)
        wf.issue(m.RequestCancelActivity(a))
        wf.complete("x")

    live = Live(FakeWorkflow(body))
    live.task()
    sid = live.b.activity_scheduled("1")
    live.b.activity_started(sid)
    live.b.activity_completed(sid)
    assert types_of(live.task()) == [CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION]


def test_activity_failure_and_timeout_are_wrapped() -> None:
    def body(wf: FakeWorkflow) -> Any:
        a = wf.activity("echo")
        b = wf.activity("slow")
        yield Wait(lambda: a in wf.activities and b in wf.activities)
        wf.complete("x")

    live = Live(FakeWorkflow(body))
    live.task()
    s1 = live.b.activity_scheduled("1", "echo")
    s2 = live.b.activity_scheduled("2", "slow")
    st = live.b.activity_started(s1)
    live.b.activity_failed(s1, "boom")
    live.b.add(
        EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT,
        "activity_task_timed_out_event_attributes",
        scheduledEventId=str(s2),
        failure={
            "message": "activity StartToClose timeout",
            "timeoutFailureInfo": {"timeoutType": "TIMEOUT_TYPE_START_TO_CLOSE"},
        },
        retryState="RETRY_STATE_TIMEOUT",
    )
    live.task()
    failed = live.wf.activities[1]
    assert isinstance(failed, m.ActivityFailed)
    assert failed.failure.message == "Activity task failed"
    assert failed.failure.cause.message == "boom"
    info = failed.failure.activity_failure_info
    assert (info.activity_id, info.activity_type.name, info.scheduled_event_id) == ("1", "echo", s1)
    assert st > s1
    timed_out = live.wf.activities[2]
    assert isinstance(timed_out, m.ActivityFailed)
    assert timed_out.failure.message == "Activity task timed out"
    assert timed_out.failure.cause.HasField("timeout_failure_info")


def test_schedule_activity_command_fields() -> None:
    def body(wf: FakeWorkflow) -> Any:
        wf.issue(
            m.ScheduleActivity(
                7,
                "my-id",
                "my-type",
                task_queue="other-tq",
                schedule_to_close_timeout=timedelta(seconds=30),
                heartbeat_timeout=timedelta(seconds=3),
            )
        )
        yield Wait(lambda: False)

    live = Live(FakeWorkflow(body))
    step = live.task()
    assert isinstance(step, m.CompleteWorkflowTask)
    a = step.commands[0].schedule_activity_task_command_attributes
    assert (a.activity_id, a.activity_type.name, a.task_queue.name) == (
        "my-id",
        "my-type",
        "other-tq",
    )
    assert a.schedule_to_close_timeout.seconds == 30 and a.heartbeat_timeout.seconds == 3
    assert not a.request_eager_execution


def test_timer_cancel_after_start_and_before_send() -> None:
    def body(wf: FakeWorkflow) -> Any:
        t1 = wf.timer(10)
        t2 = wf.timer(1)
        yield Wait(lambda: t2 in wf.fired)
        wf.issue(m.CancelTimer(t1))
        t3 = wf.timer(5)
        wf.issue(m.CancelTimer(t3))  # never sent
        wf.issue(m.CancelTimer(t2))  # already fired: no-op
        wf.complete("x")

    live = Live(FakeWorkflow(body))
    assert types_of(live.task()) == [CT.COMMAND_TYPE_START_TIMER, CT.COMMAND_TYPE_START_TIMER]
    t1 = live.b.timer_started("1")
    t2 = live.b.timer_started("2")
    live.b.timer_fired("2", t2)
    step = live.task()
    assert types_of(step) == [
        CT.COMMAND_TYPE_CANCEL_TIMER,
        CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION,
    ]
    assert isinstance(step, m.CompleteWorkflowTask)
    assert step.commands[0].cancel_timer_command_attributes.timer_id == "1"
    # And the resulting history replays.
    live.b.timer_canceled("1", t1)
    live.b.completed("x")
    wf2 = FakeWorkflow(live.wf.body)
    step = drive(m.WorkflowRun(), m.WorkflowTask.for_replay(live.b.events), wf2)
    assert isinstance(step, m.NoResponse), step


def test_timer_id_mismatch_under_flag_1_is_nondeterminism() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    b.wft(flags=[1])
    b.timer_started("7")
    b.wft()

    def body(wf: FakeWorkflow) -> Any:
        wf.timer(1)
        yield Wait(lambda: False)

    step = drive(m.WorkflowRun(), m.WorkflowTask.for_replay(b.events), FakeWorkflow(body))
    assert isinstance(step, m.FailWorkflowTask)
    assert "timer id in history is '7' but workflow code used '1'" in step.message
