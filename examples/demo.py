"""Demo: start an embedded Temporal dev server and drive a workflow from a client.

No worker exists yet for this workflow type, so the run times out after its
short execution timeout; the demo describes it while it runs and then shows
the timed-out result. Runs under trio by default; ``--backend asyncio`` too.

    python examples/demo.py [--backend trio|asyncio]
"""

from __future__ import annotations

import argparse
import uuid
from datetime import timedelta

import anyio

from temporalio.client import WorkflowFailureError
from temporalio.testing import WorkflowEnvironment


async def main() -> None:
    print("starting the embedded Temporal dev server ...")
    async with await WorkflowEnvironment.start_local() as env:
        client = env.client
        print(f"connected to {client.service_client.config.target_host}")
        handle = await client.start_workflow(
            "GreetingWorkflow",
            "World",
            id=f"demo-{uuid.uuid4().hex[:8]}",
            task_queue="demo-task-queue",
            execution_timeout=timedelta(seconds=2),
        )
        print(f"started workflow {handle.id} (run {handle.result_run_id})")
        desc = await handle.describe()
        print(
            f"described: type={desc.workflow_type} status={desc.status.name if desc.status else '?'}"
            f" task_queue={desc.task_queue} started={desc.start_time:%H:%M:%S}"
        )
        try:
            await handle.result()
        except WorkflowFailureError as err:
            print(f"result: {type(err.cause).__name__}: {err.cause}")
        desc = await handle.describe()
        print(f"final status: {desc.status.name if desc.status else '?'}")
    print("dev server stopped")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["trio", "asyncio"], default="trio")
    anyio.run(main, backend=parser.parse_args().backend)
