"""The dev server (SQLite file) restarts while a worker runs: the worker rides it out."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import anyio

from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment
from temporalio.testing._dev_server import free_port
from temporalio.worker import Worker
from tests.faults._support import LogCapture, PollCounter, assert_rode_out
from tests.faults.fault_app import FaultWorkflow, crunch, expected_result
from tests.worker.helpers import new_id

WORKFLOWS = 8
TIMER_SECONDS = 3.0
OUTAGE_SECONDS = 2.0


async def test_worker_rides_out_server_restart(tmp_path: Path, task_queue: str) -> None:
    port = free_port()
    target = f"127.0.0.1:{port}"
    db = str(tmp_path / "temporal.sqlite")
    with anyio.fail_after(90):
        env = await WorkflowEnvironment.start_local(port=port, db_filename=db)
        try:
            client = await Client.connect(target)
            counter = PollCounter()
            counter.install(client)
            worker = Worker(
                client,
                task_queue=task_queue,
                workflows=[FaultWorkflow],
                activities=[crunch],
                max_concurrent_workflow_task_polls=5,
                max_concurrent_activity_task_polls=5,
            )
            with LogCapture() as logs:
                async with worker:
                    handles = [
                        await client.start_workflow(
                            FaultWorkflow.run,
                            args=[n, TIMER_SECONDS],
                            id=new_id(),
                            task_queue=task_queue,
                            task_timeout=timedelta(seconds=3),
                        )
                        for n in range(WORKFLOWS)
                    ]
                    await anyio.sleep(1)  # first activities done, timers pending
                    down_at = anyio.current_time()
                    await env.shutdown()
                    await anyio.sleep(OUTAGE_SECONDS)
                    env = await WorkflowEnvironment.start_local(port=port, db_filename=db)
                    reachable_at = anyio.current_time()
                    with anyio.fail_after(45):
                        results = [await handle.result() for handle in handles]
                    done_at = anyio.current_time()
                    assert worker.is_running
            assert results == [expected_result(n) for n in range(WORKFLOWS)]
            figures = assert_rode_out(counter, logs, down_at, reachable_at)
            print(
                f"server down {reachable_at - down_at:.1f}s; all done "
                f"{done_at - reachable_at:.1f}s after it answered again; {figures}"
            )
            await client.service_client.close()
        finally:
            with anyio.CancelScope(shield=True):
                await env.shutdown()
