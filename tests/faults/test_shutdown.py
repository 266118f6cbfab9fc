"""Graceful shutdown: SIGTERM/SIGINT to a worker process, and cancelling ``Worker.run()``.

Both paths must end within their limits, tell the server (``ShutdownWorker``) so that
the run's sticky work goes to another worker at once, and leave no thread behind.
"""

from __future__ import annotations

import asyncio
import json
import signal
import time
from datetime import timedelta
from typing import Any

import anyio
import pytest

from temporalio.api.enums.v1 import EventType
from temporalio.client import Client
from temporalio.worker import Worker
from tests.faults._support import (
    LogCapture,
    wait_no_workflow_threads,
    worker_process,
)
from tests.faults.fault_app import SETTINGS, FaultWorkflow, crunch, expected_result
from tests.worker.helpers import new_id

GRACEFUL_SECONDS = 10.0
ACTIVITY_SECONDS = 1.5
STICKY_TIMEOUT_SECONDS = 30.0
"""Long: without ShutdownWorker, the next task would sit in the dead sticky queue."""


async def _activity_attempts(client: Client, workflow_id: str) -> list[int]:
    """Attempt of each started activity, from the workflow's history."""
    handle = client.get_workflow_handle(workflow_id)
    return [
        e.activity_task_started_event_attributes.attempt
        async for e in handle.fetch_history_events()
        if e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED
    ]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_signal_shuts_worker_process_down_gracefully(
    client: Client, dev_server: str, task_queue: str, anyio_backend: str, signum: signal.Signals
) -> None:
    with anyio.fail_after(45):
        async with worker_process(
            dev_server,
            task_queue,
            anyio_backend,
            graceful_seconds=GRACEFUL_SECONDS,
            first_attempt_seconds=ACTIVITY_SECONDS,
            sticky_timeout_seconds=STICKY_TIMEOUT_SECONDS,
        ) as process:
            await process.wait_ready()
            handle = await client.start_workflow(
                FaultWorkflow.run, args=[3, 0.0], id=new_id(), task_queue=task_queue
            )
            await process.wait_for(
                lambda lines: any(x.startswith("ACTIVITY ") for x in lines), 15, "activity start"
            )
            process.send(signum)
            signalled = time.monotonic()
            code = await process.wait_exit(GRACEFUL_SECONDS + 5)
            exited = time.monotonic()
            assert code == 0, process.stderr()
            assert process.matching("SIGNAL ") == [f"SIGNAL {signum.name}"]
            # Shutdown waited for the running activity, and no longer than the grace period.
            (stopped,) = process.matching("STOPPED ")
            took = float(stopped.split()[1])
            assert 0.5 < took < GRACEFUL_SECONDS, took
            assert exited - signalled < GRACEFUL_SECONDS + 3
            (threads,) = process.matching("THREADS ")
            assert json.loads(threads.removeprefix("THREADS ")) == []
            assert "Traceback" not in process.stderr(), process.stderr()

        # The activity that was running finished on its first attempt and was reported.
        assert await _activity_attempts(client, handle.id) == [1]
        # The next workflow task was on the old worker's sticky queue; ShutdownWorker
        # released it, so a new worker gets it at once instead of after the 30 s
        # sticky timeout.
        SETTINGS["first_attempt_seconds"] = 0.0
        async with Worker(
            client, task_queue=task_queue, workflows=[FaultWorkflow], activities=[crunch]
        ):
            with anyio.fail_after(8):
                assert await handle.result() == expected_result(3)
        handed_over = time.monotonic() - exited
        assert handed_over < 8
        print(
            f"{signum.name}: worker stopped {took:.2f}s after the signal (activity of "
            f"{ACTIVITY_SECONDS}s running), exited 0; a new worker finished the sticky run "
            f"{handed_over:.2f}s after the exit (sticky timeout {STICKY_TIMEOUT_SECONDS:g}s)"
        )


async def test_cancelling_worker_run_shuts_down_and_releases_sticky_work(
    client: Client, task_queue: str, anyio_backend: str
) -> None:
    # The activity would run for a minute: cancelling run() must not wait for it.
    SETTINGS["first_attempt_seconds"] = 60.0
    calls: list[Any] = []
    service = client.workflow_service
    shutdown_worker = service.shutdown_worker

    async def counting_shutdown_worker(req: Any, **kwargs: Any) -> Any:
        calls.append(req)
        return await shutdown_worker(req, **kwargs)

    service.shutdown_worker = counting_shutdown_worker  # type: ignore[method-assign]
    worker = Worker(
        client,
        task_queue=task_queue,
        workflows=[FaultWorkflow],
        activities=[crunch],
        graceful_shutdown_timeout=timedelta(seconds=GRACEFUL_SECONDS),
        sticky_queue_schedule_to_start_timeout=timedelta(seconds=STICKY_TIMEOUT_SECONDS),
    )
    assert worker._workflow_worker is not None
    sticky_queue = worker._workflow_worker.sticky_queue
    try:
        with anyio.fail_after(45), LogCapture() as logs:
            handle = await client.start_workflow(
                FaultWorkflow.run, args=[5, 0.0], id=new_id(), task_queue=task_queue
            )
            if anyio_backend == "asyncio":
                task = asyncio.create_task(worker.run())
                await _wait_activity_running(worker)
                cancelled = time.monotonic()
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
            else:
                import trio

                async with trio.open_nursery() as nursery:
                    nursery.start_soon(worker.run)
                    await _wait_activity_running(worker)
                    cancelled = time.monotonic()
                    nursery.cancel_scope.cancel()
            took = time.monotonic() - cancelled
            assert not worker.is_running
            # Cancellation is an immediate shutdown: the minute-long activity was
            # cancelled, not waited for.
            assert took < 3, took
            print(f"cancelled run() returned in {took:.2f}s")
            assert [c.sticky_task_queue for c in calls] == [sticky_queue]
            assert worker._workflow_worker.cached_runs == 0
            assert worker._activity_worker is not None
            assert worker._activity_worker.running_count == 0
            await wait_no_workflow_threads()
            assert logs.at_least(40) == [], logs.text()

            # The cancelled activity was reported as failed (retried at once), and the
            # workflow's sticky work goes to a new worker without waiting 30 s.
            SETTINGS["first_attempt_seconds"] = 0.0
            async with Worker(
                client, task_queue=task_queue, workflows=[FaultWorkflow], activities=[crunch]
            ):
                with anyio.fail_after(8):
                    assert await handle.result() == expected_result(5)
            assert await _activity_attempts(client, handle.id) == [2, 1]
    finally:
        SETTINGS["first_attempt_seconds"] = 0.0


async def _wait_activity_running(worker: Worker) -> None:
    assert worker._activity_worker is not None
    with anyio.fail_after(15):
        while worker._activity_worker.running_count == 0:
            await anyio.sleep(0.02)
