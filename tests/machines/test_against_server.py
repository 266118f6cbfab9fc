"""The machines against a real dev server, driven by a tiny raw-gRPC worker.

Each fake workflow from :mod:`.workflows` runs to completion on the server; the resulting
histories are then replayed by our machines and, when the reference SDK's virtualenv exists,
by the reference SDK's ``Replayer`` (cross-SDK compatibility of what we write).
"""

from __future__ import annotations

import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

grpc = pytest.importorskip("grpc")

from google.protobuf import json_format  # noqa: E402

from temporalio.api.common.v1 import WorkflowExecution, WorkflowType  # noqa: E402
from temporalio.api.enums.v1 import EventType, TaskQueueKind  # noqa: E402
from temporalio.api.failure.v1 import Failure  # noqa: E402
from temporalio.api.history.v1 import History, HistoryEvent  # noqa: E402
from temporalio.api.taskqueue.v1 import StickyExecutionAttributes, TaskQueue  # noqa: E402
from temporalio.api.update.v1 import Input, Meta, Request, WaitPolicy  # noqa: E402
from temporalio.api.workflowservice.v1 import (  # noqa: E402
    GetSystemInfoRequest,
    GetWorkflowExecutionHistoryRequest,
    PollActivityTaskQueueRequest,
    PollWorkflowTaskQueueRequest,
    PollWorkflowTaskQueueResponse,
    RespondActivityTaskCompletedRequest,
    RespondWorkflowTaskCompletedRequest,
    RespondWorkflowTaskFailedRequest,
    StartWorkflowExecutionRequest,
    UpdateWorkflowExecutionRequest,
)
from temporalio.api.workflowservice.v1.service_pb2_grpc import WorkflowServiceStub  # noqa: E402
from temporalio.worker import _machines as m  # noqa: E402

from . import workflows as wfs  # noqa: E402
from .helpers import FakeWorkflow, payload, replay  # noqa: E402

pytestmark = pytest.mark.server

NS = "default"
TQ = "machines-e2e"
TEMPORAL = Path(sys.executable).parent / "temporal"
REFERENCE_PYTHON = Path.home() / ".cache/reference-temporalio-venv/bin/python"
REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def stub() -> Iterator[Any]:
    if not TEMPORAL.exists():
        pytest.skip("temporal CLI not installed")
    port = _free_port()
    tmp = tempfile.mkdtemp()
    server = subprocess.Popen(
        [
            str(TEMPORAL), "server", "start-dev", "--headless", "--ip", "127.0.0.1",
            "--port", str(port), "--log-level", "error", "--db-filename", f"{tmp}/db.sqlite",
            "--search-attribute", "CustomKeywordField=Keyword",
        ],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    channel = grpc.insecure_channel(f"127.0.0.1:{port}")
    client = WorkflowServiceStub(channel)  # type: ignore[no-untyped-call]
    try:
        for _ in range(150):
            try:
                client.GetSystemInfo(GetSystemInfoRequest(), timeout=2)
                break
            except grpc.RpcError:
                time.sleep(0.2)
        yield client
    finally:
        channel.close()
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)


class RawWorker:
    """Polls workflow tasks (normal + sticky) and activity tasks; answers workflow tasks
    with :class:`WorkflowRun` + fake workflows, activities by echoing their input, and local
    activities by echoing too (``always_fails`` fails)."""

    def __init__(self, stub: Any) -> None:
        self.stub = stub
        self.sticky = f"{TQ}-sticky-{uuid.uuid4().hex}"
        self.tasks: queue.Queue[PollWorkflowTaskQueueResponse] = queue.Queue()
        self.stop = threading.Event()
        self.runs: dict[str, tuple[m.WorkflowRun, FakeWorkflow]] = {}
        self.factories: dict[str, Callable[[], FakeWorkflow]] = {}
        self.failures: list[str] = []
        self.threads = [
            threading.Thread(target=self._poll, args=(TaskQueueKind.TASK_QUEUE_KIND_NORMAL, TQ)),
            threading.Thread(
                target=self._poll, args=(TaskQueueKind.TASK_QUEUE_KIND_STICKY, self.sticky)
            ),
            threading.Thread(target=self._activities),
        ]
        for t in self.threads:
            t.daemon = True
            t.start()

    def close(self) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(timeout=10)

    def _poll(self, kind: int, name: str) -> None:
        tq = TaskQueue(name=name, kind=kind)  # type: ignore[arg-type]
        if kind == TaskQueueKind.TASK_QUEUE_KIND_STICKY:
            tq.normal_name = TQ
        while not self.stop.is_set():
            try:
                resp = self.stub.PollWorkflowTaskQueue(
                    PollWorkflowTaskQueueRequest(namespace=NS, task_queue=tq, identity="e2e"),
                    timeout=2,
                )
            except grpc.RpcError:
                continue
            if resp.task_token:
                self.tasks.put(resp)

    def _activities(self) -> None:
        while not self.stop.is_set():
            try:
                t = self.stub.PollActivityTaskQueue(
                    PollActivityTaskQueueRequest(
                        namespace=NS, task_queue=TaskQueue(name=TQ), identity="e2e"
                    ),
                    timeout=2,
                )
            except grpc.RpcError:
                continue
            if t.task_token:
                self.stub.RespondActivityTaskCompleted(
                    RespondActivityTaskCompletedRequest(
                        namespace=NS, task_token=t.task_token, result=t.input, identity="e2e"
                    )
                )

    def history(self, workflow_id: str, run_id: str = "") -> list[HistoryEvent]:
        events: list[HistoryEvent] = []
        token = b""
        while True:
            r = self.stub.GetWorkflowExecutionHistory(
                GetWorkflowExecutionHistoryRequest(
                    namespace=NS,
                    execution=WorkflowExecution(workflow_id=workflow_id, run_id=run_id),
                    next_page_token=token,
                )
            )
            events.extend(r.history.events)
            token = r.next_page_token
            if not token:
                return events

    def start(
        self, workflow_type: str, factory: Callable[[], FakeWorkflow], arg: Any = None
    ) -> str:
        wid = f"e2e-{workflow_type}-{uuid.uuid4().hex[:8]}"
        self.factories[workflow_type] = factory
        req = StartWorkflowExecutionRequest(
            namespace=NS,
            workflow_id=wid,
            workflow_type=WorkflowType(name=workflow_type),
            task_queue=TaskQueue(name=TQ),
            request_id=str(uuid.uuid4()),
            identity="e2e",
        )
        if arg is not None:
            req.input.payloads.append(payload(arg))
        self.stub.StartWorkflowExecution(req)
        return wid

    def pump(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                resp = self.tasks.get(timeout=0.1)
            except queue.Empty:
                continue
            self._handle(resp)

    def _handle(self, resp: PollWorkflowTaskQueueResponse) -> None:
        rid = resp.workflow_execution.run_id
        cached = self.runs.get(rid)
        events = list(resp.history.events)
        if cached is None:
            if events and events[0].event_id != 1:  # cache miss on a sticky task
                events = [
                    e
                    for e in self.history(resp.workflow_execution.workflow_id, rid)
                    if e.event_id <= resp.started_event_id
                ]
            cached = (m.WorkflowRun(namespace=NS), self.factories[resp.workflow_type.name]())
            self.runs[rid] = cached
        run, wf = cached
        step = run.new_task(m.WorkflowTask.from_poll_response(resp, events))
        la_results: list[m.LocalActivityResult] = []
        while True:
            for la_req in run.take_local_activity_requests():
                if isinstance(la_req, m.LocalActivityRequest):
                    outcome: Any = m.ActivityCompleted(
                        la_req.arguments[0] if la_req.arguments else None
                    )
                    if la_req.activity_type == "always_fails":
                        outcome = m.ActivityFailed(
                            Failure(message="boom", application_failure_info={"type": "Boom"})
                        )
                    la_results.append(
                        m.LocalActivityResult(
                            la_req.seq, outcome, runtime=timedelta(milliseconds=3)
                        )
                    )
            if isinstance(step, m.Activation):
                step = run.complete_activation(wf.activate(step))
            elif isinstance(step, m.AwaitLocalActivities):
                next_step = run.resolve_local_activity(la_results.pop(0))
                assert next_step is not None
                step = next_step
            else:
                break
        if isinstance(step, m.CompleteWorkflowTask):
            req = RespondWorkflowTaskCompletedRequest(
                namespace=NS,
                task_token=step.task_token,
                commands=step.commands,
                messages=step.messages,
                query_results=step.query_results,
                sdk_metadata=step.sdk_metadata,
                identity="e2e",
                force_create_new_workflow_task=step.force_create_new_workflow_task,
                sticky_attributes=StickyExecutionAttributes(
                    worker_task_queue=TaskQueue(
                        name=self.sticky, kind=TaskQueueKind.TASK_QUEUE_KIND_STICKY, normal_name=TQ
                    )
                ),
            )
            req.sticky_attributes.schedule_to_start_timeout.FromTimedelta(timedelta(seconds=10))
            r = self.stub.RespondWorkflowTaskCompleted(req)
            if r.reset_history_event_id:
                run.rollback_speculative_task(r.reset_history_event_id)
            if step.workflow_finished:
                del self.runs[rid]
        elif isinstance(step, m.FailWorkflowTask):
            self.failures.append(step.message)
            del self.runs[rid]
            if step.report:
                self.stub.RespondWorkflowTaskFailed(
                    RespondWorkflowTaskFailedRequest(
                        namespace=NS,
                        task_token=step.task_token,
                        cause=step.cause,
                        failure=step.failure,
                        identity="e2e",
                    )
                )

    def update(self, workflow_id: str, name: str, value: Any = None) -> str | None:
        req = UpdateWorkflowExecutionRequest(
            namespace=NS,
            workflow_execution=WorkflowExecution(workflow_id=workflow_id),
            request=Request(
                meta=Meta(update_id=str(uuid.uuid4()), identity="e2e"), input=Input(name=name)
            ),
            wait_policy=WaitPolicy(lifecycle_stage=3),  # type: ignore[arg-type]
        )
        if value is not None:
            req.request.input.args.payloads.append(payload(value))
        fut = self.stub.UpdateWorkflowExecution.future(req, timeout=20)
        deadline = time.monotonic() + 20
        while not fut.done() and time.monotonic() < deadline:
            self.pump(0.2)
        return fut.result().outcome.WhichOneof("value")  # type: ignore[no-any-return]


E2E_WORKFLOWS: dict[str, tuple[Callable[[], FakeWorkflow], Any]] = {
    "TimerActivity": (wfs.timer_activity, "hello"),
    "LocalActivities": (wfs.local_activities, "key"),
    "Patches": (wfs.patches, None),
    "UpsertProperties": (wfs.upsert_properties, None),
    "ManyTimers": (lambda: wfs.many_timers(5), 5),
}


def _wait_closed(worker: RawWorker, wid: str, seconds: float = 20) -> list[HistoryEvent]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        worker.pump(0.3)
        events = worker.history(wid)
        if events[-1].event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED:
            return events
    raise AssertionError(f"{wid} did not complete: {EventType.Name(events[-1].event_type)}")


def test_workflows_complete_on_the_server_and_replay_everywhere(stub: Any, tmp_path: Path) -> None:
    worker = RawWorker(stub)
    try:
        wids = {name: worker.start(name, f, arg) for name, (f, arg) in E2E_WORKFLOWS.items()}
        upd = worker.start("Updates", wfs.updates)
        worker.pump(1)
        assert worker.update(upd, "add", 1) == "success"
        assert worker.update(upd, "add", -1) == "failure"  # rejected by the validator
        assert worker.update(upd, "add", 2) == "success"
        assert worker.update(upd, "finish") == "success"
        wids["Updates"] = upd
        histories = {name: _wait_closed(worker, wid) for name, wid in wids.items()}
        assert worker.failures == []
    finally:
        worker.close()

    factories = {**{n: f for n, (f, _) in E2E_WORKFLOWS.items()}, "Updates": wfs.updates}
    for name, events in histories.items():
        _, step = replay(events, factories[name]())
        assert isinstance(step, m.NoResponse), (name, step)
        (tmp_path / f"{name}.json").write_text(json_format.MessageToJson(History(events=events)))

    if not REFERENCE_PYTHON.exists():
        return
    out = subprocess.run(
        [str(REFERENCE_PYTHON), "-c", _REFERENCE_REPLAY, str(REPO / "scripts"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert sorted(out.stdout.split()) == sorted(f"{n}:OK" for n in histories), out.stdout


# Runs on the reference SDK: replays our histories with its Replayer.
_REFERENCE_REPLAY = """
import asyncio, glob, os, sys
sys.path.insert(0, sys.argv[1])
import record_histories as rh
from temporalio.client import WorkflowHistory
from temporalio.worker import Replayer, UnsandboxedWorkflowRunner

async def main():
    replayer = Replayer(workflows=rh.WORKFLOWS, workflow_runner=UnsandboxedWorkflowRunner())
    for path in sorted(glob.glob(os.path.join(sys.argv[2], "*.json"))):
        name = os.path.basename(path)[:-5]
        hist = WorkflowHistory.from_json("wf-" + name, open(path).read())
        res = await replayer.replay_workflow(hist, raise_on_replay_failure=False)
        print(name + (":OK" if res.replay_failure is None else ":FAIL"))

asyncio.run(main())
# The reference SDK's runtime sometimes crashes (SIGSEGV) in interpreter teardown, after
# all the work is done; leave without the teardown.
sys.stdout.flush()
os._exit(0)
"""
