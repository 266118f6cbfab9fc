"""Workflow updates: request messages, validators, rejections, speculative tasks."""

from __future__ import annotations

from typing import Any

from temporalio.api.enums.v1 import CommandType, EventType
from temporalio.api.failure.v1 import Failure
from temporalio.api.protocol.v1 import Message
from temporalio.api.update.v1 import Acceptance, Rejection, Request, Response
from temporalio.worker import _machines as m

from .helpers import FakeWorkflow, HistoryBuilder, Wait, drive, jobs_of, payload, value_of

CT = CommandType


def request_message(update_id: str, value: Any, sequencing_event_id: int) -> Message:
    req = Request()
    req.meta.update_id = update_id
    req.input.name = "add"
    req.input.args.payloads.append(payload(value))
    msg = Message(
        id=f"{update_id}/request", protocol_instance_id=update_id, event_id=sequencing_event_id
    )
    msg.body.Pack(req)
    return msg


def adder() -> FakeWorkflow:
    total: list[int] = []

    def handler(wf: FakeWorkflow, job: m.DoUpdate) -> Any:
        v = value_of(job.input[0])
        if job.run_validator and v < 0:
            wf.issue(
                m.UpdateResponse(job.protocol_instance_id, rejected=Failure(message="negative"))
            )
            return None
        wf.issue(m.UpdateResponse(job.protocol_instance_id, accepted=True))
        total.append(v)
        wf.issue(m.UpdateResponse(job.protocol_instance_id, completed=payload(sum(total))))
        return None

    def body(wf: FakeWorkflow) -> Any:
        yield Wait(lambda: False)

    return FakeWorkflow(body, update_handler=handler)


def started_run() -> tuple[HistoryBuilder, m.WorkflowRun, FakeWorkflow, int]:
    b = HistoryBuilder()
    b.workflow_started()
    first = b.wft(completed=False)
    run = m.WorkflowRun()
    wf = adder()
    drive(run, m.WorkflowTask(list(b.events), 0, first), wf)
    b.wft_completed(first)
    return b, run, wf, first


def test_accepted_update_sends_messages_and_commands() -> None:
    b, run, wf, first = started_run()
    started = b.wft(completed=False)
    task = m.WorkflowTask(
        b.events[first:], first, started, messages=[request_message("u1", 5, started - 1)]
    )
    step = drive(run, task, wf)
    assert isinstance(step, m.CompleteWorkflowTask)
    assert [c.command_type for c in step.commands] == [CT.COMMAND_TYPE_PROTOCOL_MESSAGE] * 2
    assert [c.protocol_message_command_attributes.message_id for c in step.commands] == [
        "u1/request/accept",
        "u1/request/complete",
    ]
    assert [msg.id for msg in step.messages] == ["u1/request/accept", "u1/request/complete"]
    acc = Acceptance()
    step.messages[0].body.Unpack(acc)
    assert (
        acc.accepted_request_message_id == "u1/request"
        and acc.accepted_request_sequencing_event_id == started - 1
    )
    resp = Response()
    step.messages[1].body.Unpack(resp)
    assert value_of(resp.outcome.success.payloads[0]) == 5
    do = wf.activations[-1].jobs[0]
    assert isinstance(do, m.DoUpdate) and do.run_validator and do.name == "add"


def test_rejected_update_on_speculative_task_then_rollback() -> None:
    b, run, wf, first = started_run()
    spec_started = b.wft(completed=False)
    task = m.WorkflowTask(
        b.events[first:],
        first,
        spec_started,
        messages=[request_message("bad", -1, spec_started - 1)],
    )
    step = drive(run, task, wf)
    assert isinstance(step, m.CompleteWorkflowTask)
    assert step.commands == []
    assert [msg.id for msg in step.messages] == ["bad/request/reject"]
    rej = Rejection()
    step.messages[0].body.Unpack(rej)
    assert rej.failure.message == "negative"
    # The server drops the speculative WFT and reuses its event ids.
    run.rollback_speculative_task(first)
    del b.events[spec_started - 2 :]
    b.signaled("after")
    started = b.wft(completed=False)
    step = drive(run, m.WorkflowTask(b.events[first:], first, started), wf)
    assert isinstance(step, m.CompleteWorkflowTask), step
    assert jobs_of(wf.activations[-1]) == ["SignalWorkflow"]


def test_admitted_update_event_becomes_do_update() -> None:
    b, run, wf, first = started_run()
    admitted = b.add(
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ADMITTED,
        "workflow_execution_update_admitted_event_attributes",
        request={"meta": {"updateId": "dur"}, "input": {"name": "add"}},
    )
    admitted.workflow_execution_update_admitted_event_attributes.request.input.args.payloads.append(
        payload(2)
    )
    started = b.wft(completed=False)
    step = drive(run, m.WorkflowTask(b.events[first:], first, started), wf)
    assert isinstance(step, m.CompleteWorkflowTask)
    assert [msg.id for msg in step.messages] == ["dur/request/accept", "dur/request/complete"]


def test_update_and_signal_in_one_activation_keep_history_order() -> None:
    b, run, wf, first = started_run()
    b.signaled("s")
    started = b.wft(completed=False)
    task = m.WorkflowTask(
        b.events[first:], first, started, messages=[request_message("u", 1, started - 1)]
    )
    drive(run, task, wf)
    assert jobs_of(wf.activations[-1]) == ["SignalWorkflow", "DoUpdate"]
