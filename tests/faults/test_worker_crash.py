"""A worker process killed with SIGKILL mid-workflow: a new worker process finishes the work."""

from __future__ import annotations

import signal

import anyio

from temporalio.client import Client, WorkflowHandle
from tests.faults._support import worker_process
from tests.faults.fault_app import FaultWorkflow, expected_result
from tests.worker.helpers import event_types, new_id

WORKFLOWS = 6
TIMER_SECONDS = 4.0


async def test_sigkilled_worker_is_replaced_and_every_workflow_completes(
    client: Client, dev_server: str, task_queue: str, anyio_backend: str
) -> None:
    with anyio.fail_after(60):
        handles: list[WorkflowHandle[FaultWorkflow, int]] = []
        async with worker_process(
            dev_server,
            task_queue,
            anyio_backend,
            # First attempts never finish in time; the sticky queue of the dead
            # worker hands its tasks back to the normal queue after 1 s.
            first_attempt_seconds=60,
            sticky_timeout_seconds=1,
        ) as doomed:
            await doomed.wait_ready()
            for n in range(WORKFLOWS):
                handles.append(
                    await client.start_workflow(
                        FaultWorkflow.run,
                        args=[n, TIMER_SECONDS],
                        id=new_id(),
                        task_queue=task_queue,
                    )
                )
            await doomed.wait_for(
                lambda lines: len([x for x in lines if x.startswith("ACTIVITY ")]) >= WORKFLOWS,
                20,
                "first activity of every workflow",
            )
            # The premise: every workflow has an activity running and a timer pending.
            for handle in handles:
                types = await event_types(handle)
                assert "ACTIVITY_TASK_SCHEDULED" in types, types
                assert "TIMER_STARTED" in types and "TIMER_FIRED" not in types, types
                assert "ACTIVITY_TASK_COMPLETED" not in types, types
            doomed.send(signal.SIGKILL)
            assert await doomed.wait_exit(10) == -signal.SIGKILL

        async with worker_process(dev_server, task_queue, anyio_backend) as successor:
            await successor.wait_ready()
            results = [await handle.result() for handle in handles]
            assert results == [expected_result(n) for n in range(WORKFLOWS)]
            # The killed attempts were retried by the new worker.
            retried = {
                line.split()[1]
                for line in successor.matching("ACTIVITY ")
                if int(line.split()[2]) >= 2
            }
            assert retried == {handle.id for handle in handles}
            assert "Traceback" not in successor.stderr(), successor.stderr()
