"""Worker interceptors: every inbound/outbound method, headers end to end, ordering.

One object is both a client and a worker interceptor and is given only to
``Client.connect``: workers built from that client use it too. It adds a
header to the client's calls and to the workflow's calls out, and records
what every method saw. Uncached workers replay whole histories, so calls are
checked for presence, never counted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from datetime import timedelta
from typing import Any, NoReturn

import pytest

import temporalio.client
import temporalio.worker
from temporalio import activity, workflow
from temporalio.api.common.v1 import Payload
from temporalio.client import Client
from temporalio.worker import (
    ActivityInboundInterceptor,
    ActivityOutboundInterceptor,
    ContinueAsNewInput,
    ExecuteActivityInput,
    ExecuteWorkflowInput,
    HandleQueryInput,
    HandleSignalInput,
    HandleUpdateInput,
    SignalChildWorkflowInput,
    SignalExternalWorkflowInput,
    StartActivityInput,
    StartChildWorkflowInput,
    StartLocalActivityInput,
    Worker,
    WorkflowInboundInterceptor,
    WorkflowInterceptorClassInput,
    WorkflowOutboundInterceptor,
)
from tests.worker.helpers import eventually, new_id

Event = tuple[str, str, dict[str, bytes]]  # (method, detail, headers as key -> data)


def _payload(text: str) -> Payload:
    return Payload(metadata={"encoding": b"json/plain"}, data=f'"{text}"'.encode())


def _with(headers: Mapping[str, Payload], key: str, text: str) -> dict[str, Payload]:
    return {**headers, key: _payload(text)}


def _seen(headers: Mapping[str, Payload]) -> dict[str, bytes]:
    return {key: payload.data for key, payload in headers.items()}


class Recorder(temporalio.client.Interceptor, temporalio.worker.Interceptor):
    """Records every interceptor call into ``events`` (method names prefixed by ``name``)."""

    def __init__(self, name: str = "rec", add_headers: bool = True) -> None:
        self.name = name
        self.add_headers = add_headers
        self.events: list[Event] = []

    def record(
        self, method: str, detail: str = "", headers: Mapping[str, Payload] | None = None
    ) -> None:
        self.events.append((f"{self.name}.{method}", detail, _seen(headers or {})))

    def methods(self) -> set[str]:
        return {method.split(".", 1)[1] for method, _, _ in self.events}

    def find(self, method: str, detail: str | None = None) -> list[dict[str, bytes]]:
        return [
            headers
            for m, d, headers in self.events
            if m == f"{self.name}.{method}" and (detail is None or d == detail)
        ]

    def intercept_client(
        self, next: temporalio.client.OutboundInterceptor
    ) -> temporalio.client.OutboundInterceptor:
        return _ClientOutbound(next, self)

    def intercept_activity(self, next: ActivityInboundInterceptor) -> ActivityInboundInterceptor:
        return _ActivityInbound(next, self)

    def workflow_interceptor_class(
        self, input: WorkflowInterceptorClassInput
    ) -> type[WorkflowInboundInterceptor]:
        self.record("workflow_interceptor_class")
        return type(f"{self.name}WorkflowInbound", (_WorkflowInbound,), {"recorder": self})


class _ClientOutbound(temporalio.client.OutboundInterceptor):
    def __init__(self, next: temporalio.client.OutboundInterceptor, rec: Recorder) -> None:
        super().__init__(next)
        self.rec = rec

    async def start_workflow(self, input: temporalio.client.StartWorkflowInput) -> Any:
        input.headers = _with(input.headers, "client", "start")
        self.rec.record("client.start_workflow", input.workflow, input.headers)
        return await super().start_workflow(input)

    async def signal_workflow(self, input: temporalio.client.SignalWorkflowInput) -> None:
        input.headers = _with(input.headers, "client", "signal")
        self.rec.record("client.signal_workflow", input.signal, input.headers)
        await super().signal_workflow(input)

    async def query_workflow(self, input: temporalio.client.QueryWorkflowInput) -> Any:
        input.headers = _with(input.headers, "client", "query")
        self.rec.record("client.query_workflow", input.query, input.headers)
        return await super().query_workflow(input)

    async def start_workflow_update(self, input: temporalio.client.StartWorkflowUpdateInput) -> Any:
        input.headers = _with(input.headers, "client", "update")
        self.rec.record("client.start_workflow_update", input.update, input.headers)
        return await super().start_workflow_update(input)


class _ActivityInbound(ActivityInboundInterceptor):
    def __init__(self, next: ActivityInboundInterceptor, rec: Recorder) -> None:
        super().__init__(next)
        self.rec = rec

    def init(self, outbound: ActivityOutboundInterceptor) -> None:
        self.rec.record("activity.init")
        super().init(_ActivityOutbound(outbound, self.rec))

    async def execute_activity(self, input: ExecuteActivityInput) -> Any:
        self.rec.record("activity.execute_activity", str(input.args[0]), input.headers)
        return await super().execute_activity(input)


class _ActivityOutbound(ActivityOutboundInterceptor):
    def __init__(self, next: ActivityOutboundInterceptor, rec: Recorder) -> None:
        super().__init__(next)
        self.rec = rec

    def info(self) -> activity.Info:
        self.rec.record("activity.info")
        return super().info()

    def heartbeat(self, *details: Any) -> None:
        self.rec.record("activity.heartbeat", repr(details))
        super().heartbeat(*details)


class _WorkflowInbound(WorkflowInboundInterceptor):
    recorder: Recorder

    def init(self, outbound: WorkflowOutboundInterceptor) -> None:
        self.recorder.record("workflow.init")
        super().init(_WorkflowOutbound(outbound, self.recorder))

    async def execute_workflow(self, input: ExecuteWorkflowInput) -> Any:
        self.recorder.record("workflow.execute_workflow", input.type.__name__, input.headers)
        return await super().execute_workflow(input)

    async def handle_signal(self, input: HandleSignalInput) -> None:
        self.recorder.record("workflow.handle_signal", input.signal, input.headers)
        await super().handle_signal(input)

    def handle_query(self, input: HandleQueryInput) -> Any:
        self.recorder.record("workflow.handle_query", input.query, input.headers)
        return super().handle_query(input)

    def handle_update_validator(self, input: HandleUpdateInput) -> None:
        self.recorder.record("workflow.handle_update_validator", input.update, input.headers)
        super().handle_update_validator(input)

    async def handle_update_handler(self, input: HandleUpdateInput) -> Any:
        self.recorder.record("workflow.handle_update_handler", input.update, input.headers)
        return await super().handle_update_handler(input)


class _WorkflowOutbound(WorkflowOutboundInterceptor):
    def __init__(self, next: WorkflowOutboundInterceptor, rec: Recorder) -> None:
        super().__init__(next)
        self.rec = rec

    def _out(self, method: str, detail: str, input: Any) -> None:
        if self.rec.add_headers:
            input.headers = _with(input.headers, "workflow", method)
        self.rec.record(f"workflow.{method}", detail, input.headers)

    def info(self) -> workflow.Info:
        self.rec.record("workflow.info")
        return super().info()

    def start_activity(self, input: StartActivityInput) -> workflow.ActivityHandle[Any]:
        self._out("start_activity", input.activity_type, input)
        return super().start_activity(input)

    def start_local_activity(self, input: StartLocalActivityInput) -> workflow.ActivityHandle[Any]:
        self._out("start_local_activity", input.activity_type, input)
        return super().start_local_activity(input)

    async def start_child_workflow(
        self, input: StartChildWorkflowInput
    ) -> workflow.ChildWorkflowHandle[Any, Any]:
        self._out("start_child_workflow", input.workflow, input)
        return await super().start_child_workflow(input)

    async def signal_child_workflow(self, input: SignalChildWorkflowInput) -> None:
        self._out("signal_child_workflow", input.signal, input)
        await super().signal_child_workflow(input)

    async def signal_external_workflow(self, input: SignalExternalWorkflowInput) -> None:
        self._out("signal_external_workflow", input.signal, input)
        await super().signal_external_workflow(input)

    def continue_as_new(self, input: ContinueAsNewInput) -> NoReturn:
        self._out("continue_as_new", input.workflow or "", input)
        super().continue_as_new(input)


# -- workflows and activities -------------------------------------------------------------


@activity.defn
async def echo(text: str) -> str:
    activity.heartbeat("beat")
    return f"{text}@{activity.info().activity_type}"


@workflow.defn
class PingedChild:
    def __init__(self) -> None:
        self._pings: list[str] = []

    @workflow.run
    async def run(self) -> list[str]:
        await workflow.wait_condition(lambda: len(self._pings) >= 2)
        return self._pings

    @workflow.signal
    def ping(self, value: str) -> None:
        self._pings.append(value)


@workflow.defn
class InterceptedWorkflow:
    def __init__(self) -> None:
        self._signals: list[str] = []
        self._items: list[str] = []
        self._stage = "first"

    @workflow.run
    async def run(self, continued: bool) -> list[str]:
        if continued:
            self._stage = "second"
            await workflow.wait_condition(lambda: "finish" in self._signals)
            return self._items
        timeout = timedelta(seconds=10)
        results = [
            await workflow.execute_activity(echo, "remote", start_to_close_timeout=timeout),
            await workflow.execute_local_activity(echo, "local", start_to_close_timeout=timeout),
        ]
        child = await workflow.start_child_workflow(
            PingedChild.run, id=f"{workflow.info().workflow_id}-child"
        )
        await child.signal(PingedChild.ping, "by-handle")
        await workflow.get_external_workflow_handle(child.id).signal(PingedChild.ping, "by-id")
        results.extend(await child)
        await workflow.wait_condition(lambda: "go" in self._signals)
        workflow.continue_as_new(True)

    @workflow.signal
    def note(self, value: str) -> None:
        self._signals.append(value)

    @workflow.query
    def stage(self) -> str:
        return self._stage

    @workflow.update
    def add(self, item: str) -> int:
        self._items.append(item)
        return len(self._items)

    @add.validator
    def _check_add(self, item: str) -> None:
        if not item:
            raise ValueError("empty item")


@pytest.fixture
async def rec_client(dev_server: str) -> AsyncIterator[tuple[Client, Recorder]]:
    rec = Recorder()
    c = await Client.connect(dev_server, interceptors=[rec])
    try:
        yield c, rec
    finally:
        await c.service_client.close()


async def test_one_interceptor_sees_every_call_and_headers_flow_end_to_end(
    rec_client: tuple[Client, Recorder], task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    client, rec = rec_client
    wf_id = new_id()
    async with new_worker([InterceptedWorkflow, PingedChild], [echo], client=client):
        handle = await client.start_workflow(
            InterceptedWorkflow.run, False, id=wf_id, task_queue=task_queue
        )
        await handle.signal(InterceptedWorkflow.note, "go")
        latest = client.get_workflow_handle(wf_id)
        await eventually(lambda: latest.query(InterceptedWorkflow.stage), lambda s: s == "second")
        assert await latest.execute_update(InterceptedWorkflow.add, "x") == 1
        with pytest.raises(temporalio.client.WorkflowUpdateFailedError):
            await latest.execute_update(InterceptedWorkflow.add, "")
        await latest.signal(InterceptedWorkflow.note, "finish")
        assert await latest.result() == ["x"]

    assert rec.methods() >= {
        "workflow_interceptor_class",
        # client
        "client.start_workflow",
        "client.signal_workflow",
        "client.query_workflow",
        "client.start_workflow_update",
        # workflow inbound
        "workflow.init",
        "workflow.execute_workflow",
        "workflow.handle_signal",
        "workflow.handle_query",
        "workflow.handle_update_validator",
        "workflow.handle_update_handler",
        # workflow outbound
        "workflow.info",
        "workflow.start_activity",
        "workflow.start_local_activity",
        "workflow.start_child_workflow",
        "workflow.signal_child_workflow",
        "workflow.signal_external_workflow",
        "workflow.continue_as_new",
        # activities
        "activity.init",
        "activity.execute_activity",
        "activity.info",
        "activity.heartbeat",
    }
    # The client's headers reach the workflow's inbound inputs.
    first_run = rec.find("workflow.execute_workflow", "InterceptedWorkflow")
    assert {"client": b'"start"'} in first_run
    assert {"client": b'"signal"'} in rec.find("workflow.handle_signal", "note")
    assert {"client": b'"query"'} in rec.find("workflow.handle_query", "stage")
    assert {"client": b'"update"'} in rec.find("workflow.handle_update_validator", "add")
    assert {"client": b'"update"'} in rec.find("workflow.handle_update_handler", "add")
    # The workflow's headers reach activities (remote and local), the child, its
    # signals, and the next run of the continue-as-new.
    executed = rec.find("activity.execute_activity")
    assert {"workflow": b'"start_activity"'} in executed
    assert {"workflow": b'"start_local_activity"'} in executed
    child_runs = rec.find("workflow.execute_workflow", "PingedChild")
    assert child_runs
    assert all(h == {"workflow": b'"start_child_workflow"'} for h in child_runs)
    pings = rec.find("workflow.handle_signal", "ping")
    assert {"workflow": b'"signal_child_workflow"'} in pings
    assert {"workflow": b'"signal_external_workflow"'} in pings
    assert {"workflow": b'"continue_as_new"'} in first_run
    # The activity's info and heartbeat went through the activity outbound chain.
    assert ("rec.activity.heartbeat", "('beat',)", {}) in rec.events


async def test_interceptors_run_outermost_first(
    dev_server: str, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    events: list[Event] = []
    outer, inner = Recorder("outer", add_headers=False), Recorder("inner", add_headers=False)
    outer.events = inner.events = events
    client = await Client.connect(dev_server, interceptors=[outer])
    wf_id = new_id()
    try:
        # The client's worker interceptor comes before the worker's own.
        workflows = [InterceptedWorkflow, PingedChild]
        async with new_worker(workflows, [echo], client=client, interceptors=[inner]):
            await client.start_workflow(
                InterceptedWorkflow.run, False, id=wf_id, task_queue=task_queue
            )
            await client.get_workflow_handle(wf_id).signal(InterceptedWorkflow.note, "go")
            latest = client.get_workflow_handle(wf_id)
            await eventually(
                lambda: latest.query(InterceptedWorkflow.stage), lambda s: s == "second"
            )
            assert await latest.execute_update(InterceptedWorkflow.add, "y") == 1
            await latest.signal(InterceptedWorkflow.note, "finish")
            assert await latest.result() == ["y"]
    finally:
        await client.service_client.close()

    def order(method: str) -> list[str]:
        return [m.split(".", 1)[0] for m, _, _ in events if m.endswith(f".{method}")][:2]

    # Inbound: the outer interceptor sees each call first.
    assert order("workflow_interceptor_class") == ["outer", "inner"]
    assert order("workflow.init") == ["outer", "inner"]
    assert order("workflow.execute_workflow") == ["outer", "inner"]
    assert order("workflow.handle_signal") == ["outer", "inner"]
    assert order("workflow.handle_query") == ["outer", "inner"]
    assert order("workflow.handle_update_validator") == ["outer", "inner"]
    assert order("workflow.handle_update_handler") == ["outer", "inner"]
    assert order("activity.init") == ["outer", "inner"]
    assert order("activity.execute_activity") == ["outer", "inner"]
    # Outbound: each init wraps the chain it was given, so the outer interceptor's
    # outbound link ends up innermost (as in the official SDK).
    assert order("workflow.start_activity") == ["inner", "outer"]
    assert order("workflow.continue_as_new") == ["inner", "outer"]
    assert order("activity.heartbeat") == ["inner", "outer"]
