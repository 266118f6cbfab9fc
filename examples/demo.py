"""Demo: the greeting workflow, with a local activity, signals and a query, on trio.

Starts an embedded Temporal dev server, runs a worker for ``GreetingWorkflow`` and
drives one workflow from a client: it queries the current greeting, signals a new
salutation, signals completion and prints the result. Everything runs under
``trio.run`` by default; ``--backend asyncio`` runs the same code under asyncio.

    python examples/demo.py [--backend trio|asyncio]
"""

from __future__ import annotations

import argparse
import asyncio
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta

import anyio
import sniffio

from temporalio import activity, workflow
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

TASK_QUEUE = "greetings"


@activity.defn
async def create_greeting_activity(salutation: str, name: str) -> str:
    """Runs in the worker, on the host event loop (trio or asyncio)."""
    return f"{salutation}, {name}!"


@workflow.defn
class GreetingWorkflow:
    """Greets ``name`` until told to stop; the salutation can change meanwhile."""

    def __init__(self) -> None:
        self._salutation = "Hello"
        self._salutation_update = asyncio.Event()
        self._complete = asyncio.Event()
        self._current_greeting = ""

    @workflow.run
    async def run(self, name: str) -> str:
        while True:
            # A local activity: run by this worker, its outcome recorded in history.
            self._current_greeting = await workflow.execute_local_activity(
                create_greeting_activity,
                args=[self._salutation, name],
                start_to_close_timeout=timedelta(seconds=10),
            )
            workflow.logger.info("greeting is now %r", self._current_greeting)
            # Wait for whichever signal comes first (asyncio, made deterministic).
            waiters = [
                asyncio.create_task(self._salutation_update.wait()),
                asyncio.create_task(self._complete.wait()),
            ]
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
            for waiter in waiters:  # the list, not asyncio.wait's sets: a fixed order
                waiter.cancel()
            if self._complete.is_set():
                return self._current_greeting
            self._salutation_update.clear()

    @workflow.signal
    async def update_salutation(self, salutation: str) -> None:
        self._salutation = salutation
        self._salutation_update.set()

    @workflow.signal
    async def complete_with_greeting(self) -> None:
        self._complete.set()

    @workflow.query
    def current_greeting(self) -> str:
        return self._current_greeting


async def wait_until(read: Callable[[], Awaitable[str]], expected: str) -> str:
    """Poll ``read()`` (a query) until it answers ``expected``."""
    with anyio.fail_after(15):
        while (value := await read()) != expected:
            await anyio.sleep(0.05)
    return value


async def main() -> None:
    print(f"running on {sniffio.current_async_library()}")
    print("starting the embedded Temporal dev server ...")
    async with await WorkflowEnvironment.start_local() as env:
        client = env.client
        print(f"dev server at {client.service_client.config.target_host}")
        async with Worker(
            client,
            task_queue=TASK_QUEUE,
            workflows=[GreetingWorkflow],
            activities=[create_greeting_activity],
        ):
            print(f"worker polling task queue {TASK_QUEUE!r}")
            handle = await client.start_workflow(
                GreetingWorkflow.run,
                "World",
                id=f"greeting-{uuid.uuid4().hex[:8]}",
                task_queue=TASK_QUEUE,
            )
            print(f"started workflow {handle.id}")

            def current() -> Awaitable[str]:
                return handle.query(GreetingWorkflow.current_greeting)

            print(f"query current_greeting -> {await wait_until(current, 'Hello, World!')}")
            await handle.signal(GreetingWorkflow.update_salutation, "Hola")
            print("signal update_salutation('Hola')")
            print(f"query current_greeting -> {await wait_until(current, 'Hola, World!')}")
            await handle.signal(GreetingWorkflow.complete_with_greeting)
            print("signal complete_with_greeting()")
            print(f"result: {await handle.result()}")
        print("worker stopped")
    print("dev server stopped")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["trio", "asyncio"], default="trio")
    anyio.run(main, backend=parser.parse_args().backend)
