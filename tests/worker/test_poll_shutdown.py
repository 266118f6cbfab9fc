"""A stopping worker lets the server end its polls (when the server can), so no task is lost."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import anyio

from temporalio import activity, workflow
from temporalio.api.enums.v1 import TaskQueueType
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker
from tests.worker.helpers import new_id

_SERVER_ENDS_POLLS = ["--dynamic-config-value", "frontend.enableCancelWorkerPollsOnShutdown=true"]


@activity.defn
async def echo_once(text: str) -> str:
    return text


@workflow.defn
class EchoOnce:
    @workflow.run
    async def run(self, text: str) -> str:
        return await workflow.execute_activity(
            echo_once, text, start_to_close_timeout=timedelta(seconds=10)
        )


class CallLog:
    """Records how the worker's polls (and its ShutdownWorker) end."""

    def __init__(self, client: Client) -> None:
        self.calls: list[tuple[str, Any, str]] = []  # (rpc, request, "returned" / exception)
        service = client.workflow_service
        for name in ("poll_workflow_task_queue", "poll_activity_task_queue", "shutdown_worker"):
            setattr(service, name, self._wrap(name, getattr(service, name)))

    def _wrap(self, name: str, call: Callable[..., Awaitable[Any]]) -> Callable[..., Any]:
        async def recorded(req: Any, **kwargs: Any) -> Any:
            try:
                resp = await call(req, **kwargs)
            except BaseException as err:
                self.calls.append((name, req, type(err).__name__))
                raise
            self.calls.append((name, req, "returned"))
            return resp

        return recorded

    def of(self, name: str) -> list[tuple[Any, str]]:
        return [(req, outcome) for rpc, req, outcome in self.calls if rpc == name]


async def _run_and_stop(client: Client, log: CallLog) -> float:
    """Runs a workflow on a worker, leaves polls in flight, stops it; seconds the stop took."""
    task_queue = new_id()
    async with Worker(
        client, task_queue=task_queue, workflows=[EchoOnce], activities=[echo_once]
    ) as worker:
        assert (
            await client.execute_workflow(EchoOnce.run, "hi", id=new_id(), task_queue=task_queue)
            == "hi"
        )
        await anyio.sleep(0.3)  # fresh long polls are in flight now
        stopping = time.monotonic()
        await worker.shutdown()
    return time.monotonic() - stopping


async def test_server_ends_the_polls_of_a_stopping_worker() -> None:
    async with await WorkflowEnvironment.start_local(extra_args=_SERVER_ENDS_POLLS) as env:
        log = CallLog(env.client)
        with anyio.fail_after(60):
            took = await _run_and_stop(env.client, log)
        assert took < 5, took
        polls = log.of("poll_workflow_task_queue") + log.of("poll_activity_task_queue")
        # No poll was cancelled: the server answered every one.
        assert polls and {outcome for _, outcome in polls} == {"returned"}, polls
        keys = {req.worker_instance_key for req, _ in polls}
        assert len(keys) == 1 and next(iter(keys))
        [(shutdown, outcome)] = log.of("shutdown_worker")
        assert outcome == "returned"
        assert shutdown.worker_instance_key in keys
        assert shutdown.task_queue
        assert shutdown.sticky_task_queue
        assert list(shutdown.task_queue_types) == [
            TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
            TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY,
        ]


async def test_without_the_capability_the_worker_cancels_its_polls(client: Client) -> None:
    log = CallLog(client)
    with anyio.fail_after(60):
        took = await _run_and_stop(client, log)
    assert took < 5, took
    polls = log.of("poll_workflow_task_queue") + log.of("poll_activity_task_queue")
    assert any(outcome != "returned" for _, outcome in polls), polls
    assert all(req.worker_instance_key for req, _ in polls)
    # The sticky queue is still handed back, after the polls ended.
    [(shutdown, _)] = log.of("shutdown_worker")
    assert shutdown.sticky_task_queue
