"""Every connection between worker and server is cut, and the port stays closed a while."""

from __future__ import annotations

from datetime import timedelta

import anyio

from temporalio.client import Client
from temporalio.worker import Worker
from tests.faults._support import LogCapture, PollCounter, TcpProxy, assert_rode_out
from tests.faults.fault_app import FaultWorkflow, crunch, expected_result
from tests.worker.helpers import new_id

WORKFLOWS = 8
TIMER_SECONDS = 2.0
CLOSED_SECONDS = 3.0


async def test_worker_rides_out_dropped_connections(
    client: Client, dev_server: str, task_queue: str
) -> None:
    proxy = TcpProxy(dev_server)
    with anyio.fail_after(60), LogCapture() as logs:
        async with anyio.create_task_group() as tg:
            await tg.start(proxy.run)
            worker_client = await Client.connect(proxy.target)
            counter = PollCounter()
            counter.install(worker_client)
            worker = Worker(
                worker_client,
                task_queue=task_queue,
                workflows=[FaultWorkflow],
                activities=[crunch],
                max_concurrent_workflow_task_polls=5,
                max_concurrent_activity_task_polls=5,
            )
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
                await anyio.sleep(0.5)  # first activities done, timers pending
                connections_before = proxy.accepted
                down_at = anyio.current_time()
                proxy.cut()
                await anyio.sleep(CLOSED_SECONDS)
                await proxy.reopen()
                reachable_at = anyio.current_time()
                with anyio.fail_after(30):
                    results = [await handle.result() for handle in handles]
                done_at = anyio.current_time()
                assert worker.is_running
            await worker_client.service_client.close()
            tg.cancel_scope.cancel()
    assert results == [expected_result(n) for n in range(WORKFLOWS)]
    # The worker's channel reconnected through the reopened proxy by itself.
    assert proxy.accepted > connections_before
    figures = assert_rode_out(counter, logs, down_at, reachable_at)
    print(
        f"connections cut for {reachable_at - down_at:.1f}s; all done "
        f"{done_at - reachable_at:.1f}s after reopening; {figures}"
    )
