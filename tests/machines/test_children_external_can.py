"""Child workflows, signal/cancel of external workflows, continue-as-new, upserts."""

from __future__ import annotations

from typing import Any

from temporalio.api.common.v1 import Memo, RetryPolicy, SearchAttributes
from temporalio.api.enums.v1 import CommandType, EventType
from temporalio.worker import _machines as m

from .helpers import FakeWorkflow, HistoryBuilder, Wait, drive, jobs_of, payload
from .test_activities_timers import Live, types_of

CT = CommandType
CCT = m.ChildWorkflowCancellationType


def child_workflow(ct: CCT, *, cancel_at_once: bool = False) -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Any:
        wf.issue(m.StartChildWorkflowExecution(1, "child-id", "Child", cancellation_type=ct))
        if cancel_at_once:
            wf.issue(m.CancelChildWorkflowExecution(1, "changed my mind"))
        yield Wait(lambda: 1 in wf.children_started)
        if not cancel_at_once:
            wf.issue(m.CancelChildWorkflowExecution(1, "stop"))
            yield Wait(lambda: 1 in wf.children)
        wf.complete("done")

    return FakeWorkflow(body)


def child_started(b: HistoryBuilder) -> int:
    init = b.add(
        EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED,
        "start_child_workflow_execution_initiated_event_attributes",
        workflowId="child-id",
        workflowType={"name": "Child"},
    ).event_id
    b.add(
        EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED,
        "child_workflow_execution_started_event_attributes",
        initiatedEventId=str(init),
        workflowExecution={"workflowId": "child-id", "runId": "child-run"},
    )
    return init


def test_child_cancel_before_sent_resolves_start_as_cancelled() -> None:
    live = Live(child_workflow(CCT.TRY_CANCEL, cancel_at_once=True))
    assert types_of(live.task()) == [CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION]
    status = live.wf.children_started[1]
    assert isinstance(status, m.ChildWorkflowStartCancelled)
    assert "cancelled before scheduled" in status.failure.message


def test_child_try_cancel_requests_cancel_and_resolves_at_once() -> None:
    live = Live(child_workflow(CCT.TRY_CANCEL))
    assert types_of(live.task()) == [CT.COMMAND_TYPE_START_CHILD_WORKFLOW_EXECUTION]
    child_started(live.b)
    step = live.task()
    assert types_of(step) == [
        CT.COMMAND_TYPE_REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION,
        CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION,
    ]
    assert isinstance(step, m.CompleteWorkflowTask)
    attrs = step.commands[0].request_cancel_external_workflow_execution_command_attributes
    assert (attrs.workflow_id, attrs.run_id, attrs.child_workflow_only) == (
        "child-id",
        "child-run",
        True,
    )
    assert isinstance(live.wf.children[1], m.ChildWorkflowCancelled)


def test_child_abandon_sends_no_cancel() -> None:
    live = Live(child_workflow(CCT.ABANDON))
    live.task()
    child_started(live.b)
    assert types_of(live.task()) == [CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION]


def test_child_wait_cancellation_completed_waits_for_close() -> None:
    live = Live(child_workflow(CCT.WAIT_CANCELLATION_COMPLETED))
    live.task()
    init = child_started(live.b)
    assert types_of(live.task()) == [CT.COMMAND_TYPE_REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION]
    rc = live.b.add(
        EventType.EVENT_TYPE_REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED,
        "request_cancel_external_workflow_execution_initiated_event_attributes",
        workflowExecution={"workflowId": "child-id"},
        childWorkflowOnly=True,
    ).event_id
    live.b.add(
        EventType.EVENT_TYPE_EXTERNAL_WORKFLOW_EXECUTION_CANCEL_REQUESTED,
        "external_workflow_execution_cancel_requested_event_attributes",
        initiatedEventId=str(rc),
    )
    live.b.add(
        EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_CANCELED,
        "child_workflow_execution_canceled_event_attributes",
        initiatedEventId=str(init),
    )
    assert types_of(live.task()) == [CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION]
    # The internal cancel request produced no job of its own.
    assert jobs_of(live.wf.activations[-1]) == ["ResolveChildWorkflowExecution(1)"]


def test_child_start_failed() -> None:
    def body(wf: FakeWorkflow) -> Any:
        wf.issue(m.StartChildWorkflowExecution(1, "child-id", "Child"))
        yield Wait(lambda: 1 in wf.children_started)
        wf.complete("x")

    live = Live(FakeWorkflow(body))
    live.task()
    init = live.b.add(
        EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED,
        "start_child_workflow_execution_initiated_event_attributes",
        workflowId="child-id",
        workflowType={"name": "Child"},
    ).event_id
    live.b.add(
        EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_FAILED,
        "start_child_workflow_execution_failed_event_attributes",
        initiatedEventId=str(init),
        cause="START_CHILD_WORKFLOW_EXECUTION_FAILED_CAUSE_WORKFLOW_ALREADY_EXISTS",
    )
    live.task()
    status = live.wf.children_started[1]
    assert isinstance(status, m.ChildWorkflowStartFailed) and status.workflow_id == "child-id"


def test_signal_external_cancel_before_sent() -> None:
    def body(wf: FakeWorkflow) -> Any:
        wf.issue(m.SignalExternalWorkflowExecution(1, "sig", workflow_id="other"))
        wf.issue(m.CancelSignalWorkflow(1))
        yield Wait(lambda: 1 in wf.signals_sent)
        wf.issue(m.SignalExternalWorkflowExecution(2, "sig", [payload(1)], child_workflow_id="kid"))
        yield Wait(lambda: False)

    live = Live(FakeWorkflow(body))
    step = live.task()
    assert types_of(step) == [CT.COMMAND_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION]
    assert isinstance(step, m.CompleteWorkflowTask)
    a = step.commands[0].signal_external_workflow_execution_command_attributes
    assert (a.execution.workflow_id, a.child_workflow_only, a.namespace) == ("kid", True, "default")
    failure = live.wf.signals_sent[1]
    assert failure is not None and failure.HasField("canceled_failure_info")


def test_continue_as_new_carries_memo_retry_policy_and_search_attributes() -> None:
    b = HistoryBuilder()
    b.workflow_started(
        memo={"fields": {"k": {"metadata": {"encoding": "anNvbi9wbGFpbg=="}, "data": "MQ=="}}},
        retryPolicy={"maximumAttempts": 3},
        searchAttributes={
            "indexedFields": {"A": {"metadata": {"encoding": "anNvbi9wbGFpbg=="}, "data": "MQ=="}}
        },
    )
    started = b.wft(completed=False)

    def body(wf: FakeWorkflow) -> Any:
        extra = payload("b")
        wf.issue(m.UpsertWorkflowSearchAttributes(SearchAttributes(indexed_fields={"B": extra})))
        wf.issue(m.ContinueAsNewWorkflowExecution(arguments=[payload(2)]))
        wf.done = True
        yield from ()

    step = drive(m.WorkflowRun(), m.WorkflowTask(b.events, 0, started), FakeWorkflow(body))
    assert types_of(step) == [
        CT.COMMAND_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES,
        CT.COMMAND_TYPE_CONTINUE_AS_NEW_WORKFLOW_EXECUTION,
    ]
    assert isinstance(step, m.CompleteWorkflowTask) and step.workflow_finished
    can = step.commands[1].continue_as_new_workflow_execution_command_attributes
    assert set(can.memo.fields) == {"k"}
    assert can.retry_policy == RetryPolicy(maximum_attempts=3)
    assert set(can.search_attributes.indexed_fields) == {"A", "B"}


def test_user_upsert_of_change_version_is_emptied() -> None:
    b = HistoryBuilder()
    b.workflow_started()
    started = b.wft(completed=False)

    def body(wf: FakeWorkflow) -> Any:
        wf.issue(
            m.UpsertWorkflowSearchAttributes(
                SearchAttributes(indexed_fields={"TemporalChangeVersion": payload(["x"])})
            )
        )
        wf.issue(m.ModifyWorkflowProperties(Memo(fields={"m": payload(1)})))
        yield Wait(lambda: False)

    step = drive(m.WorkflowRun(), m.WorkflowTask(b.events, 0, started), FakeWorkflow(body))
    assert isinstance(step, m.CompleteWorkflowTask)
    upsert = step.commands[0].upsert_workflow_search_attributes_command_attributes
    assert len(upsert.search_attributes.indexed_fields) == 0
    assert step.commands[1].modify_workflow_properties_command_attributes.upserted_memo.fields[
        "m"
    ] == payload(1)
