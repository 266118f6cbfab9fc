"""Histories recorded from a real server (reference SDK), replayed and re-executed.

Three checks per fixture:

* replay: the whole history through ``WorkflowTask.for_replay``; every activation replays;
* re-execution: task by task as the server handed them out (sticky and non-sticky); the
  commands sent must be exactly those recorded after each task's completion;
* where useful, a changed workflow must be reported as nondeterminism naming the mismatch.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from temporalio.api.enums.v1 import CommandType, EventType, WorkflowTaskFailedCause
from temporalio.worker import _machines as m

from . import workflows as wfs
from .helpers import (
    FakeWorkflow,
    Wait,
    all_jobs,
    jobs_of,
    load_history,
    replay,
    results_from_markers,
    run_like_the_server,
    value_of,
)

ACT = m.ActivityCancellationType

FIXTURES: dict[str, Callable[[], FakeWorkflow]] = {
    "timer_activity": wfs.timer_activity,
    "signal_and_timer": wfs.signal_and_timer,
    "activity_cancel_try_cancel": lambda: wfs.activity_cancel(ACT.TRY_CANCEL),
    "activity_cancel_wait_cancellation_completed": lambda: wfs.activity_cancel(
        ACT.WAIT_CANCELLATION_COMPLETED
    ),
    "activity_cancel_abandon": lambda: wfs.activity_cancel(ACT.ABANDON),
    "cancel_before_sent": wfs.cancel_before_sent,
    "workflow_cancel": wfs.workflow_cancel,
    "workflow_failed": wfs.workflow_failed,
    "task_failure_once": wfs.task_failure_once,
    "task_timeout_once": wfs.task_timeout_once,
    "child_workflows": wfs.child_workflows,
    "external_signal_cancel": wfs.external_signal_cancel,
    "external_target": wfs.external_target,
    "continue_as_new_first": wfs.continue_as_new,
    "continue_as_new_second": wfs.continue_as_new,
    "patches": wfs.patches,
    "local_activities": wfs.local_activities,
    "local_activity_heartbeat": wfs.local_activity_heartbeat,
    "updates": wfs.updates,
    "upsert_properties": wfs.upsert_properties,
    "random_seed": wfs.random_seed,
    "many_timers": wfs.many_timers,
}

# Fixtures whose re-execution needs more than plain tasks (local activity results, update
# messages): covered by dedicated tests below.
_SPECIAL_REEXECUTION = {"local_activities", "local_activity_heartbeat", "updates"}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_replay_whole_history(name: str) -> None:
    events = load_history(name)
    wf = FIXTURES[name]()
    run, step = replay(events, wf)
    assert isinstance(step, m.NoResponse), step
    assert wf.activations, "no activation"
    assert all(a.is_replaying for a in wf.activations)
    assert wf.done, "the fake workflow did not finish"
    assert run.workflow_finished


@pytest.mark.parametrize("sticky", [True, False], ids=["sticky", "full-history"])
@pytest.mark.parametrize("name", sorted(set(FIXTURES) - _SPECIAL_REEXECUTION))
def test_reexecute_like_the_server(name: str, sticky: bool) -> None:
    events = load_history(name)
    result = run_like_the_server(events, FIXTURES[name], sticky=sticky)
    assert result.steps
    last = result.steps[-1]
    assert isinstance(last, m.CompleteWorkflowTask)
    assert last.workflow_finished


def test_signal_and_timer_in_one_activation_signal_first() -> None:
    # TimerFired (6) precedes Signaled (8) in history, but signals run first (PROTOCOL §2.3).
    events = load_history("signal_and_timer")
    wf = wfs.signal_and_timer()
    replay(events, wf)
    assert all_jobs(wf.activations) == [
        ["InitializeWorkflow"],
        ["SignalWorkflow", "FireTimer(1)"],
        ["SignalWorkflow"],
    ]


def test_is_replaying_flips_at_the_first_new_event() -> None:
    # A cached run that lost its cache: the last task carries the full history. Everything
    # before the task's new events replays; the final activation does not.
    events = load_history("timer_activity")
    wf = wfs.timer_activity()
    run = m.WorkflowRun()
    task = m.WorkflowTask(events=events[:14], previous_started_event_id=10, started_event_id=14)
    from .helpers import drive

    step = drive(run, task, wf)
    assert isinstance(step, m.CompleteWorkflowTask)
    assert [a.is_replaying for a in wf.activations] == [True, True, False]
    assert [c.command_type for c in step.commands] == [
        CommandType.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION
    ]


def test_workflow_time_is_wft_started_time() -> None:
    events = load_history("timer_activity")
    wf = wfs.timer_activity()
    replay(events, wf)
    started = [e for e in events if e.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED]
    # Rounded to the microsecond as the official SDK does (fromtimestamp of seconds).
    want = [datetime.fromtimestamp(e.event_time.ToNanoseconds() / 1e9, UTC) for e in started]
    got = [a.timestamp for a in wf.activations]
    assert got == want


def test_randomness_seed_matches_core() -> None:
    events = load_history("random_seed")
    result = events[-1].workflow_execution_completed_event_attributes.result.payloads[0]
    seed, bits, run_id = value_of(result)
    assert m.randomness_seed(run_id) == int(seed)
    assert random.Random(int(seed)).getrandbits(64) == int(bits)
    wf = wfs.random_seed()
    replay(events, wf)
    assert wf.seed == int(seed)


def test_flags_recorded_on_first_new_completion_only() -> None:
    events = load_history("timer_activity")
    result = run_like_the_server(events, wfs.timer_activity)
    first, *rest = result.steps
    assert isinstance(first, m.CompleteWorkflowTask)
    assert list(first.sdk_metadata.core_used_flags) == [1, 2, 3]
    assert first.sdk_metadata.sdk_name == "temporal-python"
    for step in rest:
        assert isinstance(step, m.CompleteWorkflowTask)
        assert list(step.sdk_metadata.core_used_flags) == []


def test_failed_and_timed_out_workflow_tasks_are_invisible_on_replay() -> None:
    for name in ("task_failure_once", "task_timeout_once"):
        wf = FIXTURES[name]()
        replay(load_history(name), wf)
        # One activation per completed WFT; the failed attempt produced none.
        assert all_jobs(wf.activations)[0] == ["InitializeWorkflow"]
        assert len(wf.activations) == 2


def test_activity_cancellation_types_resolve_as_specified() -> None:
    for ct, name in [
        (ACT.TRY_CANCEL, "activity_cancel_try_cancel"),
        (ACT.WAIT_CANCELLATION_COMPLETED, "activity_cancel_wait_cancellation_completed"),
        (ACT.ABANDON, "activity_cancel_abandon"),
    ]:
        wf = wfs.activity_cancel(ct)
        replay(load_history(name), wf)
        jobs = all_jobs(wf.activations)
        res = wf.activities[1]
        assert isinstance(res, m.ActivityCancelled)
        assert res.failure.message == "Activity cancelled"
        assert res.failure.cause.HasField("canceled_failure_info")
        if ct == ACT.WAIT_CANCELLATION_COMPLETED:
            # Resolved by ActivityTaskCanceled, in a later workflow task.
            assert jobs == [
                ["InitializeWorkflow"],
                ["FireTimer(1)"],
                ["ResolveActivity(1)"],
                ["FireTimer(2)"],
            ]
        else:
            # Resolved at once, in a second activation of the same workflow task.
            assert jobs == [
                ["InitializeWorkflow"],
                ["FireTimer(1)"],
                ["ResolveActivity(1)"],
                ["FireTimer(2)"],
            ]
            assert wf.activations[2].history_length == wf.activations[1].history_length


def test_cancel_before_sent_drops_commands() -> None:
    events = load_history("cancel_before_sent")
    result = run_like_the_server(events, wfs.cancel_before_sent)
    first = result.steps[0]
    assert isinstance(first, m.CompleteWorkflowTask)
    # Only the second activity: the cancelled activity and timer were never sent.
    assert len(first.commands) == 1
    assert first.commands[0].schedule_activity_task_command_attributes.activity_id == "2"


def test_child_workflow_resolutions() -> None:
    wf = wfs.child_workflows()
    replay(load_history("child_workflows"), wf)
    assert isinstance(wf.children_started[1], m.ChildWorkflowStartSucceeded)
    c1 = wf.children[1]
    assert isinstance(c1, m.ChildWorkflowCompleted) and value_of(c1.result) == "child ok"
    c2 = wf.children[2]
    assert isinstance(c2, m.ChildWorkflowFailed)
    assert c2.failure.message == "Child Workflow execution failed"
    assert c2.failure.cause.message == "child failed"
    info = c2.failure.child_workflow_execution_failure_info
    assert info.workflow_type.name == "Child" and info.initiated_event_id == 14


def test_external_signal_failure_type() -> None:
    wf = wfs.external_signal_cancel()
    replay(load_history("external_signal_cancel"), wf)
    failure = wf.signals_sent[2]
    assert failure is not None
    assert failure.application_failure_info.type == "ExternalWorkflowExecutionNotFound"
    assert wf.signals_sent[1] is None and wf.cancels_sent[1] is None


def test_patches_notify_and_deprecated_marker_tolerance() -> None:
    events = load_history("patches")
    wf = wfs.patches()
    replay(events, wf)
    assert wf.activations[0].jobs[:2] == [
        m.NotifyHasPatch("old-patch"),
        m.NotifyHasPatch("new-patch"),
    ] or {j.patch_id for j in wf.activations[0].jobs if isinstance(j, m.NotifyHasPatch)} == {
        "old-patch",
        "new-patch",
    }
    assert jobs_of(wf.activations[0])[0] == "InitializeWorkflow"

    # Code that no longer calls deprecate_patch: the deprecated marker (and its
    # TemporalChangeVersion upsert) are skipped.
    def without_deprecated(wf: FakeWorkflow) -> Any:
        wf.patched("new-patch")
        a = wf.activity("echo", "patched")
        yield Wait(lambda: a in wf.activities)
        wf.complete("patched")

    _, step = replay(events, FakeWorkflow(without_deprecated))
    assert isinstance(step, m.NoResponse)

    # Code that dropped patched("new-patch") entirely: a non-deprecated marker without a
    # command is nondeterminism.
    def without_patch(wf: FakeWorkflow) -> Any:
        wf.patched("old-patch", deprecated=True)
        a = wf.activity("echo", "patched")
        yield Wait(lambda: a in wf.activities)
        wf.complete("patched")

    _, step = replay(events, FakeWorkflow(without_patch))
    assert isinstance(step, m.FailWorkflowTask)
    assert "new-patch" in step.message


def test_patch_commands_record_marker_and_change_version() -> None:
    events = load_history("patches")
    result = run_like_the_server(events, wfs.patches)
    first = result.steps[0]
    assert isinstance(first, m.CompleteWorkflowTask)
    marker = first.commands[2].record_marker_command_attributes
    assert marker.details["patch-data"].payloads[0].data == b'{"id":"new-patch","deprecated":false}'
    upsert = first.commands[3].upsert_workflow_search_attributes_command_attributes
    field = upsert.search_attributes.indexed_fields["TemporalChangeVersion"]
    assert (
        field.data
        == events[7]
        .upsert_workflow_search_attributes_event_attributes.search_attributes.indexed_fields[
            "TemporalChangeVersion"
        ]
        .data
    )


def test_local_activities_replay_resolves_from_markers() -> None:
    events = load_history("local_activities")
    wf = wfs.local_activities()
    replay(events, wf)
    assert all_jobs(wf.activations) == [
        ["InitializeWorkflow"],
        ["ResolveActivity(1)"],
        ["ResolveActivity(2)"],
        ["FireTimer(1)"],
        ["ResolveActivity(3)"],
        ["ResolveActivity(4)"],
    ]
    res = wf.activities[4]
    assert isinstance(res, m.ActivityFailed) and res.failure.message == "boom"


def test_local_activities_reexecution_writes_markers() -> None:
    events = load_history("local_activities")
    result = run_like_the_server(
        events, wfs.local_activities, la_results=results_from_markers(events)
    )
    first = result.steps[0]
    assert isinstance(first, m.CompleteWorkflowTask)
    marker = first.commands[0].record_marker_command_attributes
    assert marker.marker_name == "core_local_activity"
    import json

    data = json.loads(marker.details["data"].payloads[0].data)
    assert data["seq"] == 1 and data["activity_type"] == "echo"
    assert data["activation_index"] == 1
    recorded = json.loads(
        events[4].marker_recorded_event_attributes.details["data"].payloads[0].data
    )
    assert list(data) == list(recorded)  # same keys, same order as core writes them


def test_local_activity_heartbeat_reexecution() -> None:
    events = load_history("local_activity_heartbeat")
    from .helpers import FakeLocalActivityWorker, drive

    results = results_from_markers(events)
    la_worker = FakeLocalActivityWorker({})
    wf = wfs.local_activity_heartbeat()
    run = m.WorkflowRun()
    # Task 1: the local activity is still running at the heartbeat deadline.
    step = drive(run, m.WorkflowTask(events[:3], 0, 3, task_token=b"t1"), wf, la_worker)
    assert isinstance(step, m.CompleteWorkflowTask)
    assert step.force_create_new_workflow_task and step.commands == []
    assert run.outstanding_local_activities == 1
    # Task 2 (returned by the heartbeat): no new jobs; then the result arrives.
    la_worker.results.update(results)
    step = drive(run, m.WorkflowTask(events[3:6], 3, 6, task_token=b"t2"), wf, la_worker)
    assert isinstance(step, m.CompleteWorkflowTask)
    assert step.task_token == b"t2" and not step.force_create_new_workflow_task
    assert [c.command_type for c in step.commands] == [
        CommandType.COMMAND_TYPE_RECORD_MARKER,
        CommandType.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION,
    ]
    # Replay: the heartbeat WFT does not end the logical WFT; the LA is pre-resolved.
    wf2 = wfs.local_activity_heartbeat()
    replay(events, wf2)
    assert all_jobs(wf2.activations) == [["InitializeWorkflow"], ["ResolveActivity(1)"]]


def test_updates_replay_from_accepted_events() -> None:
    events = load_history("updates")
    wf = wfs.updates()
    replay(events, wf)
    jobs = all_jobs(wf.activations)
    assert jobs[1] == ["DoUpdate"]
    dos = [j for a in wf.activations for j in a.jobs if isinstance(j, m.DoUpdate)]
    assert len(dos) == 3 and not any(d.run_validator for d in dos)


def test_updates_reexecution_sends_messages() -> None:
    from temporalio.api.protocol.v1 import Message

    events = load_history("updates")
    accepted = {
        e.workflow_execution_update_accepted_event_attributes.accepted_request_sequencing_event_id: e
        for e in events
        if e.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED
    }

    def messages(started: int) -> list[Message]:
        e = accepted.get(started - 1)
        if e is None:
            return []
        a = e.workflow_execution_update_accepted_event_attributes
        msg = Message(
            id=a.accepted_request_message_id,
            protocol_instance_id=a.protocol_instance_id,
            event_id=a.accepted_request_sequencing_event_id,
        )
        msg.body.Pack(a.accepted_request)
        return [msg]

    result = run_like_the_server(events, wfs.updates, messages=messages)
    step = result.steps[1]
    assert isinstance(step, m.CompleteWorkflowTask)
    assert [msg.id.rsplit("/", 1)[1] for msg in step.messages] == ["accept"]
    last = result.steps[-1]
    assert isinstance(last, m.CompleteWorkflowTask)
    assert [msg.id.rsplit("/", 1)[1] for msg in last.messages] == ["accept", "complete"]


def test_nondeterminism_names_command_and_event() -> None:
    events = load_history("timer_activity")

    def changed(wf: FakeWorkflow) -> Any:
        t = wf.timer(1)  # the recorded workflow scheduled an activity first
        yield Wait(lambda: t in wf.fired)
        wf.complete("x")

    _, step = replay(events, FakeWorkflow(changed))
    assert isinstance(step, m.FailWorkflowTask)
    assert step.cause == WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_NON_DETERMINISTIC_ERROR
    assert step.message == (
        "nondeterminism at event 5 (ActivityTaskScheduled): workflow code issued "
        "StartTimer(seq=1) but history has ActivityTaskScheduled(activity_id='1', type='echo')"
    )
    assert not step.report  # replay never reports to the server


def test_nondeterminism_activity_type_changed() -> None:
    events = load_history("timer_activity")

    def changed(wf: FakeWorkflow) -> Any:
        a = wf.activity("other", "hello")
        t = wf.timer(1)
        yield Wait(lambda: t in wf.fired and a in wf.activities)
        wf.complete("x")

    _, step = replay(events, FakeWorkflow(changed))
    assert isinstance(step, m.FailWorkflowTask)
    assert "activity type in history is 'echo' but workflow code used 'other'" in step.message


def test_nondeterminism_extra_command() -> None:
    events = load_history("timer_activity")

    def extra(wf: FakeWorkflow) -> Any:
        a = wf.activity("echo", "hello")
        t = wf.timer(1)
        t2 = wf.timer(5)  # not in history
        yield Wait(lambda: t in wf.fired and a in wf.activities)
        wf.complete("x")
        del t2

    _, step = replay(events, FakeWorkflow(extra))
    assert isinstance(step, m.FailWorkflowTask)
    assert "workflow code issued StartTimer(seq=2) but history has no command event" in step.message


def test_nondeterminism_missing_command() -> None:
    events = load_history("timer_activity")

    def missing(wf: FakeWorkflow) -> Any:
        a = wf.activity("echo", "hello")
        yield Wait(lambda: a in wf.activities)
        wf.complete("x")

    _, step = replay(events, FakeWorkflow(missing))
    assert isinstance(step, m.FailWorkflowTask)
    assert (
        "history has TimerStarted(timer_id='1') but workflow code issued no matching command"
        in step.message
    )


def test_nondeterminism_child_workflow_id_changed() -> None:
    events = load_history("child_workflows")

    def changed(wf: FakeWorkflow) -> Any:
        wf.issue(m.StartChildWorkflowExecution(1, "some-other-id", "Child"))
        yield Wait(lambda: False)

    _, step = replay(events, FakeWorkflow(changed))
    assert isinstance(step, m.FailWorkflowTask)
    assert step.message.startswith(
        "nondeterminism at event 5 (StartChildWorkflowExecutionInitiated): child workflow id "
        "in history is 'rec-run-"
    )
    assert step.message.endswith("but workflow code used 'some-other-id'")


def test_legacy_query_over_recorded_history() -> None:
    from temporalio.api.query.v1 import WorkflowQuery

    from .helpers import drive

    events = load_history("signal_and_timer")
    wf = wfs.signal_and_timer()
    last_started = max(
        e.event_id for e in events if e.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED
    )
    task = m.WorkflowTask(
        events, last_started, 0, task_token=b"q", legacy_query=WorkflowQuery(query_type="count")
    )
    step = drive(m.WorkflowRun(), task, wf)
    assert isinstance(step, m.RespondLegacyQuery)
    assert value_of(step.answer.answer.payloads[0]) == 2
    assert all(a.is_replaying for a in wf.activations)
