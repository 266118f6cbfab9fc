"""The reference SDK's side of the interop tests; run only by the reference SDK's python.

Started once per test session by ``tests/interop/reference.py``::

    <reference python> -E reference_agent.py <target host:port> <task queue>

It connects a reference client, runs a reference worker (all shared workflows and
activities, unsandboxed) on the given task queue, prints one ``{"ready": ...}`` line and
then answers requests: one JSON object per line on stdin, ``{"id", "op", "args"}``, one
``{"id", "ok"}`` or ``{"id", "error"}`` line per request on stdout, in order. Anything else
the process prints goes to stderr. End of stdin shuts the worker down.

The repository root goes at the *end* of ``sys.path``: ``tests.interop`` is found there, and
``temporalio`` is still the reference SDK from site-packages (checked at start).
"""

import asyncio
import base64
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.append(str(REPO))

import temporalio  # noqa: E402

if not temporalio.__file__ or Path(temporalio.__file__).is_relative_to(REPO):
    raise SystemExit(f"reference agent imported the repository's temporalio: {temporalio.__file__}")

from temporalio.api.common.v1 import Payload  # noqa: E402
from temporalio.api.failure.v1 import Failure  # noqa: E402
from temporalio.client import Client, WorkflowHistory  # noqa: E402
from temporalio.converter import DataConverter  # noqa: E402
from temporalio.worker import Replayer, UnsandboxedWorkflowRunner, Worker  # noqa: E402
from tests.interop import recorded_workflows, shared_drivers, shared_workflows  # noqa: E402

OP_TIMEOUT = 20.0
CONVERTER = DataConverter.default


class Agent:
    def __init__(self, client: Client, task_queue: str) -> None:
        self.client = client
        self.task_queue = task_queue

    async def op_drive(self, scenario: str, task_queue: str, workflow_id: str) -> Any:
        return await shared_drivers.outcome_of(
            scenario, self.client, task_queue, workflow_id, asyncio.sleep
        )

    async def op_export(self, workflow_ids: list[str]) -> list[str]:
        out = []
        for wid in workflow_ids:
            history = await self.client.get_workflow_handle(wid).fetch_history()
            out.append(history.to_json())
        return out

    async def op_replay(self, histories: list[list[str]], recorded: bool = False) -> Any:
        """Replay ``[workflow_id, history json]`` pairs; also report what the code computed."""
        module = recorded_workflows if recorded else shared_workflows
        replayer = Replayer(workflows=module.WORKFLOWS, workflow_runner=UnsandboxedWorkflowRunner())
        shared_workflows.OBSERVED.clear()
        outcomes = []
        for wid, text in histories:
            try:
                await replayer.replay_workflow(WorkflowHistory.from_json(wid, text))
                outcomes.append("ok")
            except Exception as err:
                outcomes.append(f"{type(err).__name__}: {err}")
        return {"outcomes": outcomes, "observed": dict(shared_workflows.OBSERVED)}

    async def op_encode_samples(self) -> list[str]:
        payloads = CONVERTER.payload_converter.to_payloads(
            [v for v, _ in shared_drivers.sample_values()]
        )
        return [base64.b64encode(p.SerializeToString()).decode() for p in payloads]

    async def op_decode_samples(self, payloads: list[str]) -> list[str]:
        decoded = CONVERTER.payload_converter.from_payloads(
            [Payload.FromString(base64.b64decode(p)) for p in payloads],
            [hint for _, hint in shared_drivers.sample_values()],
        )
        return [shared_drivers.describe_sample(v) for v in decoded]

    async def op_encode_failure(self) -> str:
        failure = Failure()
        CONVERTER.failure_converter.to_failure(
            shared_drivers.sample_failure(), CONVERTER.payload_converter, failure
        )
        return base64.b64encode(failure.SerializeToString()).decode()

    async def op_decode_failure(self, failure: str) -> Any:
        err = CONVERTER.failure_converter.from_failure(
            Failure.FromString(base64.b64decode(failure)), CONVERTER.payload_converter
        )
        return shared_drivers.as_json(shared_drivers.describe_error(err))


async def serve(target: str, task_queue: str, out: Any) -> None:
    client = await Client.connect(target)
    agent = Agent(client, task_queue)
    worker = Worker(
        client,
        task_queue=task_queue,
        workflows=shared_workflows.WORKFLOWS,
        activities=shared_workflows.ACTIVITIES,
        workflow_runner=UnsandboxedWorkflowRunner(),
    )

    def send(message: dict[str, Any]) -> None:
        out.write(json.dumps(message) + "\n")
        out.flush()

    async with worker:
        version = getattr(temporalio, "__version__", None)
        send(
            {
                "ready": {
                    "task_queue": task_queue,
                    "temporalio": temporalio.__file__,
                    "version": version,
                }
            }
        )
        loop = asyncio.get_running_loop()
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line:
                break
            request = json.loads(line)
            try:
                handler = getattr(agent, f"op_{request['op']}")
                value = await asyncio.wait_for(handler(**request.get("args", {})), OP_TIMEOUT)
                send({"id": request["id"], "ok": value})
            except BaseException as err:  # reported to the test, which fails with it
                if isinstance(err, KeyboardInterrupt | SystemExit):
                    raise
                send({"id": request["id"], "error": "".join(traceback.format_exception(err))})


def main() -> None:
    # Requests and answers own the real stdout; stray prints go to stderr.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    target, task_queue = sys.argv[1], sys.argv[2]
    asyncio.run(serve(target, task_queue, out))


if __name__ == "__main__":
    main()
