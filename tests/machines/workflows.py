"""Fake workflows mirroring the reference-SDK workflows of ``scripts/record_histories.py``.

Each factory returns a :class:`FakeWorkflow` issuing the same lang commands, in the same
order, as the real workflow did when its fixture was recorded.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from temporalio.api.failure.v1 import Failure
from temporalio.worker import _machines as m

from .helpers import FakeWorkflow, Wait, payload, value_of

Body = Generator[Wait, None, Any]


def timer_activity() -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        act = wf.activity("echo", "hello")
        t = wf.timer(1)
        yield Wait(lambda: t in wf.fired)
        yield Wait(lambda: act in wf.activities)
        res = wf.activities[act]
        assert isinstance(res, m.ActivityCompleted)
        wf.complete(value_of(res.result))

    return FakeWorkflow(body)


def signal_and_timer() -> FakeWorkflow:
    got: list[str] = []

    def body(wf: FakeWorkflow) -> Body:
        t = wf.timer(2)
        yield Wait(lambda: t in wf.fired)
        yield Wait(lambda: len(got) >= 2)
        wf.complete(got)

    return FakeWorkflow(
        body,
        signal_handlers={"deliver": lambda wf, args: got.append(value_of(args[0]))},
        query_handlers={"count": lambda wf: len(got)},
    )


def activity_cancel(cancellation_type: m.ActivityCancellationType) -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        a = wf.activity("wait_for_cancel", "x", cancellation_type=cancellation_type)
        t = wf.timer(1)
        yield Wait(lambda: t in wf.fired)
        wf.issue(m.RequestCancelActivity(a))
        yield Wait(lambda: a in wf.activities)
        assert isinstance(wf.activities[a], m.ActivityCancelled)
        t2 = wf.timer(1)
        yield Wait(lambda: t2 in wf.fired)
        wf.complete("cancelled: CancelledError")

    return FakeWorkflow(body)


def cancel_before_sent() -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        a = wf.activity("echo", "never")
        wf.issue(m.RequestCancelActivity(a))
        yield Wait(lambda: a in wf.activities)
        t = wf.timer(30)
        wf.issue(m.CancelTimer(t))
        a2 = wf.activity("echo", "sent")
        yield Wait(lambda: a2 in wf.activities)
        wf.complete("sent")

    return FakeWorkflow(body)


def workflow_cancel() -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        t = wf.timer(60)
        yield Wait(lambda: wf.cancel_requested or t in wf.fired)
        wf.issue(m.CancelTimer(t))
        a = wf.activity("echo", "cleanup")
        yield Wait(lambda: a in wf.activities)
        wf.issue(m.CancelWorkflowExecution())
        wf.done = True

    return FakeWorkflow(body)


def workflow_failed() -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        a = wf.activity("echo", "before")
        yield Wait(lambda: a in wf.activities)
        wf.fail("workflow failed on purpose")

    return FakeWorkflow(body)


def task_failure_once() -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        a = wf.activity("echo", "after")
        yield Wait(lambda: a in wf.activities)
        wf.complete("after")

    return FakeWorkflow(body)


def task_timeout_once() -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        t = wf.timer(0.5)
        yield Wait(lambda: t in wf.fired)
        wf.complete("done")

    return FakeWorkflow(body)


def child_workflows() -> FakeWorkflow:
    def child(wf: FakeWorkflow, suffix: str, arg: str, ct: m.ChildWorkflowCancellationType) -> int:
        seq = wf.next_seq("child")
        assert wf.init is not None
        wf.issue(
            m.StartChildWorkflowExecution(
                seq,
                workflow_id=f"{wf.init.workflow_id}-{suffix}",
                workflow_type="Child",
                namespace="default",
                input=[payload(arg)],
                cancellation_type=ct,
            )
        )
        return seq

    def body(wf: FakeWorkflow) -> Body:
        try_cancel = m.ChildWorkflowCancellationType.TRY_CANCEL
        c1 = child(wf, "c1", "ok", try_cancel)
        yield Wait(lambda: c1 in wf.children)
        c2 = child(wf, "c2", "fail", try_cancel)
        yield Wait(lambda: c2 in wf.children)
        assert isinstance(wf.children[c2], m.ChildWorkflowFailed)
        c3 = child(wf, "c3", "wait", m.ChildWorkflowCancellationType.WAIT_CANCELLATION_COMPLETED)
        yield Wait(lambda: c3 in wf.children_started)
        wf.issue(m.CancelChildWorkflowExecution(c3))
        yield Wait(lambda: c3 in wf.children)
        assert isinstance(wf.children[c3], m.ChildWorkflowCancelled)
        wf.complete(["child ok", "failed: child failed", "cancelled: CancelledError"])

    return FakeWorkflow(body)


def external_signal_cancel() -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        assert wf.init is not None
        target = value_of(wf.init.arguments[0])
        s1 = wf.next_seq("signal")
        wf.issue(
            m.SignalExternalWorkflowExecution(s1, "poke", workflow_id=target, namespace="default")
        )
        yield Wait(lambda: s1 in wf.signals_sent)
        c1 = wf.next_seq("cancel")
        wf.issue(m.RequestCancelExternalWorkflowExecution(c1, target, namespace="default"))
        yield Wait(lambda: c1 in wf.cancels_sent)
        s2 = wf.next_seq("signal")
        wf.issue(
            m.SignalExternalWorkflowExecution(
                s2, "poke", workflow_id=f"{target}-does-not-exist", namespace="default"
            )
        )
        yield Wait(lambda: s2 in wf.signals_sent)
        failure = wf.signals_sent[s2]
        assert failure is not None
        wf.complete(f"missing: {failure.application_failure_info.type}")

    return FakeWorkflow(body)


def external_target() -> FakeWorkflow:
    poked: list[bool] = []

    def body(wf: FakeWorkflow) -> Body:
        yield Wait(lambda: bool(poked) or wf.cancel_requested)
        t = wf.timer(60)
        yield Wait(lambda: wf.cancel_requested or t in wf.fired)
        wf.issue(m.CancelTimer(t))
        wf.issue(m.CancelWorkflowExecution())
        wf.done = True

    return FakeWorkflow(body, signal_handlers={"poke": lambda wf, args: poked.append(True)})


def continue_as_new() -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        assert wf.init is not None
        n = value_of(wf.init.arguments[0])
        t = wf.timer(0.1)
        yield Wait(lambda: t in wf.fired)
        if n < 1:
            wf.issue(
                m.ContinueAsNewWorkflowExecution(
                    workflow_type="ContinueAsNew", arguments=[payload(n + 1)]
                )
            )
            wf.done = True
        else:
            wf.complete(n)

    return FakeWorkflow(body)


def patches(*, use_new_patch: bool = True) -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        wf.patched("old-patch", deprecated=True)
        if use_new_patch and wf.patched("new-patch"):
            a = wf.activity("echo", "patched")
        else:
            a = wf.activity("echo", "original")
        yield Wait(lambda: a in wf.activities)
        wf.complete("patched")

    return FakeWorkflow(body)


def local_activities() -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        out: list[Any] = []
        a1 = wf.local_activity("echo", "la1")
        yield Wait(lambda: a1 in wf.activities)
        out.append("la1")
        a2 = wf.local_activity("echo", "la-with-timer")
        t = wf.timer(0.5)
        yield Wait(lambda: t in wf.fired)
        yield Wait(lambda: a2 in wf.activities)
        out.append("la-with-timer")
        a3 = wf.local_activity("flaky", "key")
        yield Wait(lambda: a3 in wf.activities)
        out.append("ok after 2")
        a4 = wf.local_activity("always_fails", "x")
        yield Wait(lambda: a4 in wf.activities)
        assert isinstance(wf.activities[a4], m.ActivityFailed)
        out.append("failed: None")
        wf.complete(out)

    return FakeWorkflow(body)


def local_activity_heartbeat() -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        a = wf.local_activity("slow_echo", "slow")
        yield Wait(lambda: a in wf.activities)
        wf.complete("slow")

    return FakeWorkflow(body)


def updates() -> FakeWorkflow:
    values: list[int] = []
    state = {"done": False}

    def handler(wf: FakeWorkflow, job: m.DoUpdate) -> Any:
        pid = job.protocol_instance_id
        if job.name == "finish":
            wf.issue(m.UpdateResponse(pid, accepted=True))
            state["done"] = True
            wf.issue(m.UpdateResponse(pid, completed=payload("finishing")))
            return None
        v = value_of(job.input[0])
        if job.run_validator and v < 0:
            wf.issue(m.UpdateResponse(pid, rejected=Failure(message="negative")))
            return None
        wf.issue(m.UpdateResponse(pid, accepted=True))

        def body(wf: FakeWorkflow) -> Body:
            t = wf.timer(0.2)
            yield Wait(lambda: t in wf.fired)
            values.append(v)
            wf.issue(m.UpdateResponse(pid, completed=payload(sum(values))))

        return body

    def main(wf: FakeWorkflow) -> Body:
        yield Wait(lambda: state["done"])
        wf.complete(values)

    return FakeWorkflow(main, update_handler=handler)


def upsert_properties() -> FakeWorkflow:
    from temporalio.api.common.v1 import Memo, SearchAttributes

    def body(wf: FakeWorkflow) -> Body:
        sa = payload("v1")
        sa.metadata["type"] = b"Keyword"
        wf.issue(
            m.UpsertWorkflowSearchAttributes(
                SearchAttributes(indexed_fields={"CustomKeywordField": sa})
            )
        )
        wf.issue(m.ModifyWorkflowProperties(Memo(fields={"note": payload("hello")})))
        t = wf.timer(0.1)
        yield Wait(lambda: t in wf.fired)
        wf.complete("ok")

    return FakeWorkflow(body)


def random_seed() -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        import random

        assert wf.seed is not None and wf.init is not None
        rnd = random.Random(wf.seed)
        wf.complete([str(wf.seed), str(rnd.getrandbits(64)), wf.init.original_execution_run_id])
        yield from ()

    return FakeWorkflow(body)


def many_timers(k: int = 20) -> FakeWorkflow:
    def body(wf: FakeWorkflow) -> Body:
        for _ in range(k):
            t = wf.timer(0.01)
            yield Wait(lambda t=t: t in wf.fired)  # type: ignore[misc]
        wf.complete(k)

    return FakeWorkflow(body)
