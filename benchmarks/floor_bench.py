"""The CPU floor of the throughput workload on grpcio: the same RPCs, no SDK.

Runs the throughput workload of ``shared/bench/workloads.py`` (start N workflows one
after another, each runs one activity that echoes its input, then fetch every result)
with the least Python that makes the same RPCs the same way an SDK on grpcio must
(grpcio futures handed to an asyncio loop, like the transport does): workflow tasks
answered with hard-coded commands, the activity dispatched eagerly and completed at
once, no data converter, no history machines, no workflow code, no sticky queue.
What it costs per workflow is a lower bound for any SDK built on grpcio and an event
loop, to set beside ``sdk_cpu_ms_per_item`` of the real workload::

    python benchmarks/floor_bench.py --target 127.0.0.1:7233 --n 300

``--client`` measures the same floor for the client calls of
``benchmarks/client_bench.py`` instead (sequential ``StartWorkflowExecution`` and
``DescribeWorkflowExecution`` with the same requests, no client around them)::

    python benchmarks/floor_bench.py --client --target 127.0.0.1:7233 --n 500
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import time
import uuid
from typing import Any

# Imported before anything imports grpc, so that grpc is imported with the SDK's
# tuning (docs/performance.md) and the floor runs on the SDK's grpc settings.
import temporalio._transport  # noqa: F401
from temporalio.api.command.v1 import (
    Command,
    CompleteWorkflowExecutionCommandAttributes,
    ScheduleActivityTaskCommandAttributes,
)
from temporalio.api.common.v1 import (
    ActivityType,
    Payload,
    Payloads,
    WorkflowExecution,
    WorkflowType,
)
from temporalio.api.enums.v1 import CommandType, EventType, HistoryEventFilterType
from temporalio.api.taskqueue.v1 import TaskQueue
from temporalio.api.workflowservice.v1 import (
    DescribeWorkflowExecutionRequest,
    GetWorkflowExecutionHistoryRequest,
    PollActivityTaskQueueRequest,
    PollWorkflowTaskQueueRequest,
    RespondActivityTaskCompletedRequest,
    RespondWorkflowTaskCompletedRequest,
    StartWorkflowExecutionRequest,
    service_pb2_grpc,
)

_NS = "default"


def _channel(target: str) -> Any:
    import grpc  # after temporalio._transport: see the imports above

    return grpc.insecure_channel(target)


_METADATA = (("client-name", "temporalio-anyio"), ("client-version", "0"))


class Bridge:
    """grpcio ``.future()`` calls awaited on an asyncio loop (one thread hand-off each)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def call(self, method: Any, request: Any, timeout: float = 70.0) -> asyncio.Future[Any]:
        waiter: asyncio.Future[Any] = self._loop.create_future()
        grpc_future = method.future(request, timeout=timeout, metadata=_METADATA)

        def settle(done: Any) -> None:
            if waiter.done():
                return
            error = done.exception()
            if error is None:
                waiter.set_result(done.result())
            else:
                waiter.set_exception(error)

        grpc_future.add_done_callback(lambda done: self._loop.call_soon_threadsafe(settle, done))
        return waiter


async def _workflow_poller(bridge: Bridge, stub: Any, tq: str, stop: asyncio.Event) -> None:
    poll = PollWorkflowTaskQueueRequest(
        namespace=_NS, task_queue=TaskQueue(name=tq), identity="floor"
    )
    while not stop.is_set():
        task = await bridge.call(stub.PollWorkflowTaskQueue, poll)
        if not task.task_token:
            continue
        result: Payloads | None = None
        for event in task.history.events:
            if event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED:
                result = event.activity_task_completed_event_attributes.result
        if result is None:
            start = task.history.events[0].workflow_execution_started_event_attributes
            command = Command(
                command_type=CommandType.COMMAND_TYPE_SCHEDULE_ACTIVITY_TASK,
                schedule_activity_task_command_attributes=ScheduleActivityTaskCommandAttributes(
                    activity_id="1",
                    activity_type=ActivityType(name="echo"),
                    task_queue=TaskQueue(name=tq),
                    input=start.input,
                    request_eager_execution=True,
                ),
            )
            command.schedule_activity_task_command_attributes.start_to_close_timeout.FromSeconds(60)
        else:
            command = Command(
                command_type=CommandType.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION,
                complete_workflow_execution_command_attributes=(
                    CompleteWorkflowExecutionCommandAttributes(result=result)
                ),
            )
        response = await bridge.call(
            stub.RespondWorkflowTaskCompleted,
            RespondWorkflowTaskCompletedRequest(
                namespace=_NS,
                task_token=task.task_token,
                commands=[command],
                identity="floor",
                return_new_workflow_task=True,
            ),
        )
        for activity in response.activity_tasks:
            await _complete_activity(bridge, stub, activity)


async def _complete_activity(bridge: Bridge, stub: Any, activity: Any) -> None:
    await bridge.call(
        stub.RespondActivityTaskCompleted,
        RespondActivityTaskCompletedRequest(
            namespace=_NS, task_token=activity.task_token, result=activity.input, identity="floor"
        ),
    )


async def _activity_poller(bridge: Bridge, stub: Any, tq: str, stop: asyncio.Event) -> None:
    poll = PollActivityTaskQueueRequest(
        namespace=_NS, task_queue=TaskQueue(name=tq), identity="floor"
    )
    while not stop.is_set():
        task = await bridge.call(stub.PollActivityTaskQueue, poll)
        if task.task_token:
            await _complete_activity(bridge, stub, task)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def main(target: str, n: int) -> None:
    loop = asyncio.get_running_loop()
    bridge = Bridge(loop)
    channel = _channel(target)
    stub = service_pb2_grpc.WorkflowServiceStub(channel)
    tq = "floor-" + uuid.uuid4().hex
    stop = asyncio.Event()
    pollers = [
        asyncio.ensure_future(_workflow_poller(bridge, stub, tq, stop)),
        asyncio.ensure_future(_workflow_poller(bridge, stub, tq, stop)),
        asyncio.ensure_future(_activity_poller(bridge, stub, tq, stop)),
    ]
    await asyncio.sleep(0.5)
    c0, t0 = _cpu(), time.perf_counter()
    run_ids = []
    for i in range(n):
        request = StartWorkflowExecutionRequest(
            namespace=_NS,
            workflow_id=f"{tq}-{i}",
            workflow_type=WorkflowType(name="OneActivity"),
            task_queue=TaskQueue(name=tq),
            input=Payloads(
                payloads=[
                    Payload(metadata={"encoding": b"json/plain"}, data=json.dumps(f"x{i}").encode())
                ]
            ),
            identity="floor",
            request_id=str(uuid.uuid4()),
        )
        run_ids.append((await bridge.call(stub.StartWorkflowExecution, request)).run_id)
    results = []
    for i, run_id in enumerate(run_ids):
        history = await bridge.call(
            stub.GetWorkflowExecutionHistory,
            GetWorkflowExecutionHistoryRequest(
                namespace=_NS,
                execution=WorkflowExecution(workflow_id=f"{tq}-{i}", run_id=run_id),
                wait_new_event=True,
                history_event_filter_type=HistoryEventFilterType.HISTORY_EVENT_FILTER_TYPE_CLOSE_EVENT,
            ),
        )
        event = history.history.events[-1]
        payload = event.workflow_execution_completed_event_attributes.result.payloads[0]
        results.append(json.loads(payload.data))
    wall, cpu = time.perf_counter() - t0, _cpu() - c0
    assert results == [f"x{i}" for i in range(n)], "wrong results"
    stop.set()
    for poller in pollers:
        poller.cancel()
    channel.close()
    print(
        json.dumps(
            {
                "workload": "floor",
                "n": n,
                "wall_s": round(wall, 3),
                "wf_per_s": round(n / wall, 1),
                "sdk_cpu_ms_per_item": round(1000 * cpu / n, 3),
            }
        ),
        flush=True,
    )


def _start_request(tq: str, workflow_id: str, arg: str) -> StartWorkflowExecutionRequest:
    return StartWorkflowExecutionRequest(
        namespace=_NS,
        workflow_id=workflow_id,
        workflow_type=WorkflowType(name="Bench"),
        task_queue=TaskQueue(name=tq),
        input=Payloads(payloads=[Payload(metadata={"encoding": b"json/plain"}, data=arg.encode())]),
        identity="floor",
        request_id=str(uuid.uuid4()),
    )


async def client_calls(target: str, n: int) -> None:
    bridge = Bridge(asyncio.get_running_loop())
    channel = _channel(target)
    stub = service_pb2_grpc.WorkflowServiceStub(channel)
    # Like the transport: one open stream keeps grpcio's polling thread alive
    # between sequential calls (otherwise each call starts a thread).
    watch = channel.unary_stream(
        "/grpc.health.v1.Health/Watch",
        request_serializer=lambda b: b,
        response_deserializer=lambda b: b,
    )
    keeper = watch(b"")
    tq = "floor-" + uuid.uuid4().hex
    warm = await bridge.call(stub.StartWorkflowExecution, _start_request(tq, f"{tq}-warm", "0"))
    describe = DescribeWorkflowExecutionRequest(
        namespace=_NS, execution=WorkflowExecution(workflow_id=f"{tq}-warm", run_id=warm.run_id)
    )
    await bridge.call(stub.DescribeWorkflowExecution, describe)
    for op in ("start_workflow", "describe"):
        c0, t0 = _cpu(), time.perf_counter()
        for i in range(n):
            if op == "start_workflow":
                request = _start_request(tq, f"{tq}-{i}", str(i))
                await bridge.call(stub.StartWorkflowExecution, request)
            else:
                await bridge.call(stub.DescribeWorkflowExecution, describe)
        wall, cpu = time.perf_counter() - t0, _cpu() - c0
        print(
            json.dumps(
                {
                    "op": op,
                    "backend": "floor",
                    "n": n,
                    "calls_per_s": round(n / wall, 1),
                    "cpu_ms_per_call": round(1000 * cpu / n, 3),
                    "wall_ms_per_call": round(1000 * wall / n, 3),
                }
            ),
            flush=True,
        )
    keeper.cancel()
    channel.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", default="127.0.0.1:7233")
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--client", action="store_true", help="client calls, not workflows")
    args = parser.parse_args()
    asyncio.run((client_calls if args.client else main)(args.target, args.n))
