"""Workflow-task bookkeeping on hand-made histories: slicing, replay flag, incremental and
full histories for cached runs, failed/timed-out tasks, job order, queries, terminal
commands, flags, and task failures."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from temporalio.api.enums.v1 import CommandType, EventType, QueryResultType, WorkflowTaskFailedCause
from temporalio.api.failure.v1 import Failure
from temporalio.api.query.v1 import WorkflowQuery
from temporalio.worker import _machines as m

from .helpers import (
    FakeWorkflow,
    HistoryBuilder,
    Wait,
    all_jobs,
    drive,
    jobs_of,
    payload,
    replay,
    value_of,
)

CT = CommandType


def one_timer_workflow() -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Any:
        t = wf.timer(1)
        yield Wait(lambda: t in wf.fired)
        wf.complete("done")

    return FakeWorkflow(body)


def timer_history() -> tuple[HistoryBuilder, int]:
    b = HistoryBuilder()
    b.workflow_started()
    first = b.wft()
    sid = b.timer_started("1")
    b.timer_fired("1", sid)
    return b, first


def types_of(step: m.RunStep) -> list[int]:
    assert isinstance(step, m.CompleteWorkflowTask), step
    return [c.command_type for c in step.commands]


def test_first_task_not_replaying_and_sends_commands() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    started = b.wft(completed=False)
    wf = one_timer_workflow()
    run = m.WorkflowRun()
    step = drive(run, m.WorkflowTask(b.events, 0, started, task_token=b"tt"), wf)
    assert types_of(step) == [CT.COMMAND_TYPE_START_TIMER]
    assert isinstance(step, m.CompleteWorkflowTask) and step.task_token == b"tt"
    assert [a.is_replaying for a in wf.activations] == [False]
    init = wf.activations[0].jobs[0]
    assert isinstance(init, m.InitializeWorkflow)
    assert init.workflow_type == "wf" and init.workflow_task_timeout == timedelta(seconds=10)
    assert wf.activations[0].timestamp == b.events[started - 1].event_time.ToDatetime().replace(
        tzinfo=wf.activations[0].timestamp.tzinfo  # type: ignore[union-attr]
    )


def test_sticky_incremental_task_on_cached_run() -> None:
    b, first = timer_history()
    started = b.wft(completed=False)
    wf = one_timer_workflow()
    run = m.WorkflowRun()
    drive(run, m.WorkflowTask(b.events[:first], 0, first), wf)
    step = drive(run, m.WorkflowTask(b.events[first:], first, started), wf)
    assert types_of(step) == [CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION]
    assert isinstance(step, m.CompleteWorkflowTask) and step.workflow_finished
    assert [a.is_replaying for a in wf.activations] == [False, False]


def test_cached_run_given_full_history_skips_processed_events() -> None:
    b, first = timer_history()
    started = b.wft(completed=False)
    wf = one_timer_workflow()
    run = m.WorkflowRun()
    drive(run, m.WorkflowTask(b.events[:first], 0, first), wf)
    # e.g. after a sticky timeout the task comes from the normal queue with full history
    step = drive(run, m.WorkflowTask(b.events, first, started), wf)
    assert types_of(step) == [CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION]
    assert len(wf.activations) == 2


def test_uncached_run_full_history_replays_then_runs_new_work() -> None:
    b, _first = timer_history()
    started = b.wft(completed=False)
    wf = one_timer_workflow()
    step = drive(m.WorkflowRun(), m.WorkflowTask(b.events, 3, started), wf)
    assert types_of(step) == [CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION]
    assert [a.is_replaying for a in wf.activations] == [True, False]


def test_history_gap_fails_the_task() -> None:
    b, first = timer_history()
    started = b.wft(completed=False)
    run = m.WorkflowRun()
    step = drive(run, m.WorkflowTask(b.events[first + 1 :], first, started), one_timer_workflow())
    assert isinstance(step, m.FailWorkflowTask)
    assert (
        step.cause
        == WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE
    )
    assert "full history is needed" in step.message


def test_failed_and_timed_out_attempts_do_not_end_a_logical_wft() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    s1 = b.wft(completed=False)
    b.wft_failed(s1)
    s2 = b.wft(completed=False)
    b.wft_timed_out(s2)
    s3 = b.wft(completed=True)
    sid = b.timer_started("1")
    b.timer_fired("1", sid)
    b.wft(completed=True)
    b.completed("done")
    wf = one_timer_workflow()
    _, step = replay(b.events, wf)
    assert isinstance(step, m.NoResponse)
    assert all_jobs(wf.activations) == [["InitializeWorkflow"], ["FireTimer(1)"]]
    # The first activation sees the time of the attempt that completed.
    assert wf.activations[0].timestamp == b.events[s3 - 1].event_time.ToDatetime().replace(
        tzinfo=wf.activations[0].timestamp.tzinfo  # type: ignore[union-attr]
    )


def test_new_task_after_failed_attempt_is_not_replay() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    s1 = b.wft(completed=False)
    b.wft_failed(s1)
    s2 = b.wft(completed=False)
    wf = one_timer_workflow()
    step = drive(m.WorkflowRun(), m.WorkflowTask(b.events, 0, s2, attempt=2), wf)
    assert types_of(step) == [CT.COMMAND_TYPE_START_TIMER]
    assert [a.is_replaying for a in wf.activations] == [False]


def test_job_order_in_one_activation() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    b.wft()
    t1 = b.timer_started("1")
    a1 = b.activity_scheduled("1")
    b.timer_fired("1", t1)
    b.activity_started(a1)
    b.activity_completed(a1)
    b.cancel_requested("stop")
    b.signaled("sig", 1)
    started = b.wft(completed=False)

    def body(wf: FakeWorkflow) -> Any:
        wf.timer(1)
        wf.activity()
        yield Wait(lambda: False)

    wf = FakeWorkflow(body)
    run = m.WorkflowRun()
    drive(run, m.WorkflowTask(b.events, 3, started), wf)
    # Signals first; then everything else in history order.
    assert jobs_of(wf.activations[1]) == [
        "SignalWorkflow",
        "FireTimer(1)",
        "ResolveActivity(1)",
        "CancelWorkflow",
    ]
    assert wf.activations[1].is_replaying is False
    cancel = wf.activations[1].jobs[3]
    assert isinstance(cancel, m.CancelWorkflow) and cancel.reason == "stop"


def test_attached_query_runs_in_its_own_activation_after_the_main_one() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    started = b.wft(completed=False)
    wf = one_timer_workflow()
    wf.query_handlers["q"] = lambda wf: "answer"
    task = m.WorkflowTask(
        b.events,
        0,
        started,
        queries={"q1": WorkflowQuery(query_type="q"), "q2": WorkflowQuery(query_type="nope")},
    )
    step = drive(m.WorkflowRun(), task, wf)
    assert isinstance(step, m.CompleteWorkflowTask)
    assert types_of(step) == [CT.COMMAND_TYPE_START_TIMER]
    assert [jobs_of(a) for a in wf.activations] == [
        ["InitializeWorkflow"],
        ["QueryWorkflow", "QueryWorkflow"],
    ]
    assert [a.is_replaying for a in wf.activations] == [False, True]
    assert value_of(step.query_results["q1"].answer.payloads[0]) == "answer"
    assert step.query_results["q2"].result_type == QueryResultType.QUERY_RESULT_TYPE_FAILED


def test_legacy_query_on_cached_run_with_empty_history() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    started = b.wft(completed=False)
    wf = one_timer_workflow()
    wf.query_handlers["q"] = lambda wf: len(wf.activations)
    run = m.WorkflowRun()
    drive(run, m.WorkflowTask(b.events, 0, started), wf)
    step = drive(
        run,
        m.WorkflowTask(
            [], started, 0, task_token=b"query-token", legacy_query=WorkflowQuery(query_type="q")
        ),
        wf,
    )
    assert isinstance(step, m.RespondLegacyQuery)
    assert step.task_token == b"query-token"
    assert step.answer.result_type == QueryResultType.QUERY_RESULT_TYPE_ANSWERED
    assert value_of(step.answer.answer.payloads[0]) == 2
    query_act = wf.activations[-1]
    assert query_act.is_replaying and jobs_of(query_act) == ["QueryWorkflow"]
    job = query_act.jobs[0]
    assert isinstance(job, m.QueryWorkflow) and job.query_id == m.LEGACY_QUERY_ID


def test_legacy_query_with_full_history_replays_first() -> None:
    b, _ = timer_history()
    b.wft(completed=True)

    def body(wf: FakeWorkflow) -> Any:
        t = wf.timer(1)
        yield Wait(lambda: t in wf.fired)
        yield Wait(lambda: False)  # waits for a signal that never comes

    wf = FakeWorkflow(body)
    wf.query_handlers["q"] = lambda wf: sorted(wf.fired)
    task = m.WorkflowTask(b.events, 8, 0, legacy_query=WorkflowQuery(query_type="q"))
    step = drive(m.WorkflowRun(), task, wf)
    assert isinstance(step, m.RespondLegacyQuery)
    assert value_of(step.answer.answer.payloads[0]) == [1]
    assert all(a.is_replaying for a in wf.activations)


def test_terminal_command_moved_last_and_later_commands_kept() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    started = b.wft(completed=False)

    def body(wf: FakeWorkflow) -> Any:
        wf.issue(m.CompleteWorkflowExecution(payload(1)))
        wf.timer(1)
        wf.issue(m.FailWorkflowExecution(Failure(message="second terminal")))
        wf.done = True
        yield from ()

    step = drive(m.WorkflowRun(), m.WorkflowTask(b.events, 0, started), FakeWorkflow(body))
    assert types_of(step) == [
        CT.COMMAND_TYPE_START_TIMER,
        CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION,
    ]
    assert isinstance(step, m.CompleteWorkflowTask) and 3 in step.sdk_metadata.core_used_flags


def test_replay_without_flag_3_truncates_after_terminal() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    b.wft(flags=[1])
    b.completed(1)

    def body(wf: FakeWorkflow) -> Any:
        wf.issue(m.CompleteWorkflowExecution(payload(1)))
        wf.timer(1)  # dropped: history was written before flag 3
        wf.done = True
        yield from ()

    _, step = replay(b.events, FakeWorkflow(body))
    assert isinstance(step, m.NoResponse), step
    # With flag 3 in history the timer is kept (and is then missing from history).
    b3 = HistoryBuilder()
    b3.workflow_started()
    b3.wft(flags=[1, 3])
    b3.completed(1)
    _, step = replay(b3.events, FakeWorkflow(body))
    assert isinstance(step, m.FailWorkflowTask)
    assert "StartTimer(seq=1)" in step.message


def test_unknown_core_flag_fails_the_task() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    b.wft(flags=[1, 99])
    b.completed(1)
    _, step = replay(b.events, one_timer_workflow())
    assert isinstance(step, m.FailWorkflowTask)
    assert "unknown core internal flag 99" in step.message


def test_workflow_code_failure_fails_the_task_on_attempt_1_only() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    started = b.wft(completed=False)
    for attempt, report in ((1, True), (2, False)):
        run = m.WorkflowRun()
        step = run.new_task(m.WorkflowTask(b.events, 0, started, attempt=attempt))
        assert isinstance(step, m.Activation)
        failed = run.complete_activation(m.ActivationCompletion(failure=Failure(message="bug")))
        assert isinstance(failed, m.FailWorkflowTask)
        assert failed.report is report and failed.failure.message == "bug"
        assert (
            failed.cause
            == WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE
        )
        evict = run.evict("bug", m.EvictionReason.LANG_FAIL)
        assert jobs_of(evict) == ["RemoveFromCache"] and evict.is_eviction


def test_nondeterminism_reported_only_on_first_attempt() -> None:
    b, _ = timer_history()
    started = b.wft(completed=False)

    def changed(wf: FakeWorkflow) -> Any:
        wf.activity()
        yield Wait(lambda: False)

    step = drive(
        m.WorkflowRun(), m.WorkflowTask(b.events, 3, started, attempt=1), FakeWorkflow(changed)
    )
    assert isinstance(step, m.FailWorkflowTask) and step.report
    assert step.cause == WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_NON_DETERMINISTIC_ERROR
    assert step.message.startswith("nondeterminism at event 5 (TimerStarted)")
    step = drive(
        m.WorkflowRun(), m.WorkflowTask(b.events, 3, started, attempt=3), FakeWorkflow(changed)
    )
    assert isinstance(step, m.FailWorkflowTask) and not step.report


def test_commands_of_the_last_new_task_are_not_extra() -> None:
    # Commands issued in the final (non-replayed) task have no events yet: no NDE.
    b, _ = timer_history()
    started = b.wft(completed=False)

    def body(wf: FakeWorkflow) -> Any:
        t = wf.timer(1)
        yield Wait(lambda: t in wf.fired)
        wf.timer(2)
        wf.activity()
        yield Wait(lambda: False)

    step = drive(m.WorkflowRun(), m.WorkflowTask(b.events, 3, started), FakeWorkflow(body))
    assert types_of(step) == [CT.COMMAND_TYPE_START_TIMER, CT.COMMAND_TYPE_SCHEDULE_ACTIVITY_TASK]


def test_no_jobs_task_completes_with_no_commands() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    first = b.wft()
    sid = b.timer_started("1")
    started = b.wft(completed=False)  # e.g. forced by a heartbeat / rejected update
    wf = one_timer_workflow()
    run = m.WorkflowRun()
    drive(run, m.WorkflowTask(b.events[:first], 0, first), wf)
    step = drive(run, m.WorkflowTask(b.events[first:], first, started), wf)
    assert types_of(step) == []
    assert len(wf.activations) == 1 and sid == 5


def test_history_length_and_time_in_activations() -> None:
    b, _ = timer_history()
    b.wft()
    b.completed("done")
    wf = one_timer_workflow()
    replay(b.events, wf)
    assert [a.history_length for a in wf.activations] == [3, 8]
    times = [a.timestamp for a in wf.activations]
    assert times[0] is not None and times[1] is not None and times[0] < times[1]


def test_event_after_close_is_a_history_error() -> None:
    b, _ = timer_history()
    b.wft()
    b.completed("done")
    b.signaled("late")
    _, step = replay(b.events, one_timer_workflow())
    assert isinstance(step, m.FailWorkflowTask)
    assert "follows the workflow's close event" in step.message


def test_terminated_workflow_replays_cleanly() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    b.wft()
    b.timer_started("1")
    b.add(
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED,
        "workflow_execution_terminated_event_attributes",
        reason="bye",
    )
    wf = one_timer_workflow()
    run, step = replay(b.events, wf)
    assert isinstance(step, m.NoResponse) and run.workflow_finished


def test_reset_workflow_reseeds_randomness() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    s1 = b.wft(completed=False)
    b.add(
        EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED,
        "workflow_task_failed_event_attributes",
        scheduledEventId=str(s1 - 1),
        startedEventId=str(s1),
        cause="WORKFLOW_TASK_FAILED_CAUSE_RESET_WORKFLOW",
        newRunId="new-run",
    )
    s2 = b.wft(completed=False)
    wf = one_timer_workflow()
    drive(m.WorkflowRun(), m.WorkflowTask(b.events, 0, s2), wf)
    assert jobs_of(wf.activations[0]) == ["InitializeWorkflow", "UpdateRandomSeed"]
    assert wf.seed == m.randomness_seed("new-run")


def test_sdk_metadata_disabled_records_nothing() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    started = b.wft(completed=False)
    run = m.WorkflowRun(sdk_metadata_enabled=False)
    step = drive(run, m.WorkflowTask(b.events, 0, started), one_timer_workflow())
    assert isinstance(step, m.CompleteWorkflowTask)
    assert step.sdk_metadata.ByteSize() == 0


def test_lang_flags_recorded_once_and_available() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    started = b.wft(completed=False)
    run = m.WorkflowRun(sdk_version="1.2.3")
    act = run.new_task(m.WorkflowTask(b.events, 0, started))
    assert isinstance(act, m.Activation) and act.available_internal_flags == []
    step = run.complete_activation(
        m.ActivationCompletion([m.StartTimer(1, timedelta(seconds=1))], used_internal_flags=[2, 1])
    )
    assert isinstance(step, m.CompleteWorkflowTask)
    assert list(step.sdk_metadata.lang_used_flags) == [1, 2]
    assert step.sdk_metadata.sdk_version == "1.2.3"
