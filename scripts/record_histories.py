"""Record real workflow histories as JSON fixtures for the history state machine tests.

The workflows here run on the *reference* Temporal Python SDK (the PyPI ``temporalio``
distribution, installed in its own virtualenv by ``/work/shared/bench/official-venv.sh``)
against a local dev server started by this script. Each history is exported with
``WorkflowHistory.to_json()``, i.e. the proto3 JSON of ``temporal.api.history.v1.History``
that ``temporal workflow show --output json`` and the UI export also produce, and written to
``tests/fixtures/histories/<name>.json``.

The fixtures are consumed by ``tests/machines``: a scripted fake workflow replays each
history through ``temporalio.worker._machines`` and the test asserts that the commands it
produces match the history.

Usage (any Python; the script re-executes itself with the reference SDK's interpreter)::

    python scripts/record_histories.py [--only NAME ...] [--out DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

REFERENCE_PYTHON = Path.home() / ".cache/reference-temporalio-venv/bin/python"
REPO = Path(__file__).resolve().parent.parent


def _ensure_reference_sdk() -> None:
    # This file must run on the reference SDK, never on the SDK in this repository: re-exec
    # with the reference interpreter. The script's own directory (not the repository root)
    # is what Python puts on sys.path, so the reference ``temporalio`` is the one imported.
    if os.environ.get("RECORD_HISTORIES_CHILD"):
        return
    if not REFERENCE_PYTHON.exists():
        subprocess.run(["bash", "/work/shared/bench/official-venv.sh"], check=True)
    env = dict(os.environ, RECORD_HISTORIES_CHILD="1")
    script = str(Path(__file__).resolve())
    os.execve(str(REFERENCE_PYTHON), [str(REFERENCE_PYTHON), script, *sys.argv[1:]], env)


if __name__ == "__main__":
    _ensure_reference_sdk()

from temporalio import activity, workflow  # noqa: E402
from temporalio.client import Client, WorkflowHandle, WorkflowUpdateFailedError  # noqa: E402
from temporalio.common import RetryPolicy, SearchAttributeKey  # noqa: E402
from temporalio.exceptions import ActivityError, ApplicationError, ChildWorkflowError  # noqa: E402
from temporalio.worker import UnsandboxedWorkflowRunner, Worker  # noqa: E402

TASK_QUEUE = "record-histories"

# ---------------------------------------------------------------------------------------------
# Activities


@activity.defn
async def echo(s: str) -> str:
    return s


@activity.defn
async def wait_for_cancel(_: str) -> str:
    # Heartbeats so that the server can deliver the cancellation; finishes as cancelled.
    try:
        while True:
            activity.heartbeat()
            await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        raise


@activity.defn
async def slow_echo(s: str) -> str:
    await asyncio.sleep(3.0)
    return s


_flaky_attempts: dict[str, int] = {}


@activity.defn
async def flaky(key: str) -> str:
    n = _flaky_attempts.get(key, 0) + 1
    _flaky_attempts[key] = n
    if n < 2:
        raise ApplicationError(f"attempt {n} fails")
    return f"ok after {n}"


@activity.defn
async def always_fails(_: str) -> str:
    raise ApplicationError("boom", type="Boom", non_retryable=True)


# ---------------------------------------------------------------------------------------------
# Workflows


@workflow.defn
class TimerActivity:
    @workflow.run
    async def run(self, s: str) -> str:
        act = workflow.start_activity(echo, s, start_to_close_timeout=timedelta(seconds=10))
        await asyncio.sleep(1)
        return await act


@workflow.defn
class SignalAndTimer:
    def __init__(self) -> None:
        self.signals: list[str] = []

    @workflow.run
    async def run(self) -> list[str]:
        await asyncio.sleep(2)
        await workflow.wait_condition(lambda: len(self.signals) >= 2)
        return self.signals

    @workflow.signal
    def deliver(self, v: str) -> None:
        self.signals.append(v)

    @workflow.query
    def count(self) -> int:
        return len(self.signals)


@workflow.defn
class ActivityCancel:
    @workflow.run
    async def run(self, cancellation_type: str) -> str:
        ct = workflow.ActivityCancellationType[cancellation_type]
        handle = workflow.start_activity(
            wait_for_cancel,
            "x",
            start_to_close_timeout=timedelta(seconds=30),
            heartbeat_timeout=timedelta(seconds=5),
            cancellation_type=ct,
        )
        await asyncio.sleep(1)
        handle.cancel()
        try:
            await handle
            outcome = "completed"
        except ActivityError as err:
            outcome = f"cancelled: {type(err.cause).__name__}"
        # Give the server time to write the activity's own cancellation events.
        await asyncio.sleep(1)
        return outcome


@workflow.defn
class CancelBeforeSent:
    @workflow.run
    async def run(self) -> str:
        handle = workflow.start_activity(echo, "never", start_to_close_timeout=timedelta(seconds=5))
        handle.cancel()
        with contextlib.suppress(ActivityError, asyncio.CancelledError):
            await handle
        timer = asyncio.ensure_future(asyncio.sleep(30))
        await asyncio.sleep(0)
        timer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await timer
        return await workflow.execute_activity(
            echo, "sent", start_to_close_timeout=timedelta(seconds=5)
        )


@workflow.defn
class CancellableWorkflow:
    @workflow.run
    async def run(self) -> str:
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            await workflow.execute_activity(
                echo, "cleanup", start_to_close_timeout=timedelta(seconds=5)
            )
            raise
        return "not cancelled"


@workflow.defn
class FailingWorkflow:
    @workflow.run
    async def run(self) -> str:
        await workflow.execute_activity(echo, "before", start_to_close_timeout=timedelta(seconds=5))
        raise ApplicationError("workflow failed on purpose", type="Purpose", non_retryable=True)


_task_failures: dict[str, int] = {}


@workflow.defn(sandboxed=False)
class TaskFailureOnce:
    @workflow.run
    async def run(self) -> str:
        wid = workflow.info().workflow_id
        if not workflow.unsafe.is_replaying() and _task_failures.get(wid, 0) == 0:
            _task_failures[wid] = 1
            raise RuntimeError("fail the first workflow task")
        return await workflow.execute_activity(
            echo, "after", start_to_close_timeout=timedelta(seconds=5)
        )


@workflow.defn(sandboxed=False)
class TaskTimeoutOnce:
    @workflow.run
    async def run(self) -> str:
        wid = workflow.info().workflow_id
        if not workflow.unsafe.is_replaying() and _task_failures.get(wid, 0) == 0:
            _task_failures[wid] = 1
            time.sleep(1.5)  # longer than the 1 s workflow task timeout
        await asyncio.sleep(0.5)
        return "done"


@workflow.defn
class Child:
    @workflow.run
    async def run(self, mode: str) -> str:
        if mode == "fail":
            raise ApplicationError("child failed", non_retryable=True)
        if mode == "wait":
            await asyncio.sleep(60)
        return f"child {mode}"


@workflow.defn
class Parent:
    @workflow.run
    async def run(self) -> list[str]:
        out = [
            await workflow.execute_child_workflow(
                Child.run, "ok", id=f"{workflow.info().workflow_id}-c1"
            )
        ]
        try:
            await workflow.execute_child_workflow(
                Child.run, "fail", id=f"{workflow.info().workflow_id}-c2"
            )
        except ChildWorkflowError as err:
            out.append(f"failed: {err.cause}")
        handle = await workflow.start_child_workflow(
            Child.run,
            "wait",
            id=f"{workflow.info().workflow_id}-c3",
            cancellation_type=workflow.ChildWorkflowCancellationType.WAIT_CANCELLATION_COMPLETED,
        )
        handle.cancel()
        try:
            await handle
        except ChildWorkflowError as err:
            out.append(f"cancelled: {type(err.cause).__name__}")
        return out


@workflow.defn
class SignalTarget:
    def __init__(self) -> None:
        self.got = False

    @workflow.run
    async def run(self) -> str:
        try:
            await workflow.wait_condition(lambda: self.got)
        except asyncio.CancelledError:
            return "cancelled"
        await asyncio.sleep(60)
        return "signalled"

    @workflow.signal
    def poke(self) -> None:
        self.got = True


@workflow.defn
class ExternalSignalCancel:
    @workflow.run
    async def run(self, target_id: str) -> str:
        handle = workflow.get_external_workflow_handle(target_id)
        await handle.signal(SignalTarget.poke)
        await handle.cancel()
        missing = workflow.get_external_workflow_handle(f"{target_id}-does-not-exist")
        try:
            await missing.signal(SignalTarget.poke)
        except ApplicationError as err:
            return f"missing: {err.type}"
        return "no error"


@workflow.defn
class ContinueAsNew:
    @workflow.run
    async def run(self, n: int) -> int:
        await asyncio.sleep(0.1)
        if n < 1:
            workflow.continue_as_new(n + 1)
        return n


@workflow.defn
class Patches:
    @workflow.run
    async def run(self) -> str:
        workflow.deprecate_patch("old-patch")
        if workflow.patched("new-patch"):
            return await workflow.execute_activity(
                echo, "patched", start_to_close_timeout=timedelta(seconds=5)
            )
        return await workflow.execute_activity(
            echo, "original", start_to_close_timeout=timedelta(seconds=5)
        )


@workflow.defn
class LocalActivities:
    @workflow.run
    async def run(self, key: str) -> list[str]:
        out = [
            await workflow.execute_local_activity(
                echo, "la1", start_to_close_timeout=timedelta(seconds=5)
            )
        ]
        la = workflow.start_local_activity(
            echo, "la-with-timer", start_to_close_timeout=timedelta(seconds=5)
        )
        await asyncio.sleep(0.5)
        out.append(await la)
        out.append(
            await workflow.execute_local_activity(
                flaky,
                key,
                start_to_close_timeout=timedelta(seconds=5),
                retry_policy=RetryPolicy(initial_interval=timedelta(milliseconds=100)),
            )
        )
        try:
            await workflow.execute_local_activity(
                always_fails, "x", start_to_close_timeout=timedelta(seconds=5)
            )
        except (ActivityError, ApplicationError) as err:
            out.append(f"failed: {err.cause}")
        return out


@workflow.defn
class LocalActivityHeartbeat:
    @workflow.run
    async def run(self) -> str:
        # The workflow task timeout is 2 s, so a 3 s local activity forces WFT heartbeats.
        return await workflow.execute_local_activity(
            slow_echo, "slow", start_to_close_timeout=timedelta(seconds=10)
        )


@workflow.defn
class Updates:
    def __init__(self) -> None:
        self.values: list[int] = []
        self.done = False

    @workflow.run
    async def run(self) -> list[int]:
        await workflow.wait_condition(lambda: self.done)
        return self.values

    @workflow.update
    async def add(self, v: int) -> int:
        await asyncio.sleep(0.2)
        self.values.append(v)
        return sum(self.values)

    @add.validator
    def validate_add(self, v: int) -> None:
        if v < 0:
            raise ValueError("negative")

    @workflow.update
    def finish(self) -> str:
        self.done = True
        return "finishing"


@workflow.defn
class UpsertProperties:
    @workflow.run
    async def run(self) -> str:
        workflow.upsert_search_attributes(
            [SearchAttributeKey.for_keyword("CustomKeywordField").value_set("v1")]
        )
        workflow.upsert_memo({"note": "hello"})
        await asyncio.sleep(0.1)
        return "ok"


@workflow.defn
class RandomSeed:
    @workflow.run
    async def run(self) -> list[str]:
        # Strings, because the seed does not fit a JSON double.
        return [
            str(workflow.random_seed()),
            str(workflow.random().getrandbits(64)),
            workflow.info().run_id,
        ]


@workflow.defn
class ManyTimers:
    @workflow.run
    async def run(self, k: int) -> int:
        for _ in range(k):
            await asyncio.sleep(0.01)
        return k


WORKFLOWS = [
    TimerActivity,
    SignalAndTimer,
    ActivityCancel,
    CancelBeforeSent,
    CancellableWorkflow,
    FailingWorkflow,
    TaskFailureOnce,
    TaskTimeoutOnce,
    Child,
    Parent,
    SignalTarget,
    ExternalSignalCancel,
    ContinueAsNew,
    Patches,
    LocalActivities,
    LocalActivityHeartbeat,
    Updates,
    UpsertProperties,
    RandomSeed,
    ManyTimers,
]
ACTIVITIES = [echo, wait_for_cancel, slow_echo, flaky, always_fails]


# ---------------------------------------------------------------------------------------------
# Scenarios: each starts one or more workflows, drives them, and returns handles to export.


def _wid(name: str) -> str:
    return f"rec-{name}-{uuid.uuid4().hex[:8]}"


async def _start(client: Client, wf: Any, arg: Any = None, **kw: Any) -> WorkflowHandle[Any, Any]:
    args = [] if arg is None else [arg]
    return await client.start_workflow(
        wf, args=args, id=kw.pop("id", _wid(wf.__name__)), task_queue=TASK_QUEUE, **kw
    )


async def _result(handle: WorkflowHandle[Any, Any]) -> Any:
    try:
        return await asyncio.wait_for(handle.result(), 60)
    except Exception as err:  # failures are part of some scenarios
        return f"error: {err!r}"


async def scenario_timer_activity(
    client: Client, worker_factory: Any
) -> dict[str, WorkflowHandle[Any, Any]]:
    async with worker_factory():
        h = await _start(client, TimerActivity.run, "hello")
        await _result(h)
    return {"timer_activity": h}


async def scenario_signal_and_timer(
    client: Client, worker_factory: Any
) -> dict[str, WorkflowHandle[Any, Any]]:
    # First workflow task runs, then no worker is polling while the 2 s timer fires and a
    # signal arrives: both land in the same workflow task.
    async with worker_factory():
        h = await _start(client, SignalAndTimer.run)
        await asyncio.sleep(1.0)
    await asyncio.sleep(2.5)
    await h.signal(SignalAndTimer.deliver, "one")
    async with worker_factory():
        await asyncio.sleep(1.0)
        await h.query(SignalAndTimer.count)
        await h.signal(SignalAndTimer.deliver, "two")
        await _result(h)
    return {"signal_and_timer": h}


async def scenario_activity_cancel(
    client: Client, worker_factory: Any
) -> dict[str, WorkflowHandle[Any, Any]]:
    out = {}
    async with worker_factory():
        for ct in ("TRY_CANCEL", "WAIT_CANCELLATION_COMPLETED", "ABANDON"):
            h = await _start(client, ActivityCancel.run, ct)
            await _result(h)
            out[f"activity_cancel_{ct.lower()}"] = h
    return out


async def scenario_cancel_before_sent(
    client: Client, worker_factory: Any
) -> dict[str, WorkflowHandle[Any, Any]]:
    async with worker_factory():
        h = await _start(client, CancelBeforeSent.run)
        await _result(h)
    return {"cancel_before_sent": h}


async def scenario_workflow_cancel(
    client: Client, worker_factory: Any
) -> dict[str, WorkflowHandle[Any, Any]]:
    async with worker_factory():
        h = await _start(client, CancellableWorkflow.run)
        await asyncio.sleep(1.0)
        await h.cancel()
        await _result(h)
    return {"workflow_cancel": h}


async def scenario_failures(
    client: Client, worker_factory: Any
) -> dict[str, WorkflowHandle[Any, Any]]:
    async with worker_factory():
        h1 = await _start(client, FailingWorkflow.run)
        await _result(h1)
        h2 = await _start(client, TaskFailureOnce.run)
        await _result(h2)
        h3 = await _start(client, TaskTimeoutOnce.run, task_timeout=timedelta(seconds=1))
        await _result(h3)
    return {"workflow_failed": h1, "task_failure_once": h2, "task_timeout_once": h3}


async def scenario_children(
    client: Client, worker_factory: Any
) -> dict[str, WorkflowHandle[Any, Any]]:
    async with worker_factory():
        h = await _start(client, Parent.run)
        await _result(h)
    return {"child_workflows": h}


async def scenario_external(
    client: Client, worker_factory: Any
) -> dict[str, WorkflowHandle[Any, Any]]:
    async with worker_factory():
        target = await _start(client, SignalTarget.run)
        await asyncio.sleep(0.5)
        h = await _start(client, ExternalSignalCancel.run, target.id)
        await _result(h)
        await _result(target)
    return {"external_signal_cancel": h, "external_target": target}


async def scenario_continue_as_new(
    client: Client, worker_factory: Any
) -> dict[str, WorkflowHandle[Any, Any]]:
    async with worker_factory():
        h = await _start(client, ContinueAsNew.run, 0)
        await _result(h)
        first = client.get_workflow_handle(h.id, run_id=h.result_run_id)
        second = client.get_workflow_handle(h.id)
    return {"continue_as_new_first": first, "continue_as_new_second": second}


async def scenario_patches(
    client: Client, worker_factory: Any
) -> dict[str, WorkflowHandle[Any, Any]]:
    async with worker_factory():
        h = await _start(client, Patches.run)
        await _result(h)
    return {"patches": h}


async def scenario_local_activities(
    client: Client, worker_factory: Any
) -> dict[str, WorkflowHandle[Any, Any]]:
    async with worker_factory():
        h = await _start(client, LocalActivities.run, uuid.uuid4().hex)
        await _result(h)
        h2 = await _start(client, LocalActivityHeartbeat.run, task_timeout=timedelta(seconds=2))
        await _result(h2)
    return {"local_activities": h, "local_activity_heartbeat": h2}


async def scenario_updates(
    client: Client, worker_factory: Any
) -> dict[str, WorkflowHandle[Any, Any]]:
    async with worker_factory():
        h = await _start(client, Updates.run)
        await asyncio.sleep(0.5)
        await h.execute_update(Updates.add, 1)
        with contextlib.suppress(WorkflowUpdateFailedError):
            await h.execute_update(Updates.add, -1)
        await h.execute_update(Updates.add, 2)
        await h.execute_update(Updates.finish)
        await _result(h)
    return {"updates": h}


async def scenario_properties(
    client: Client, worker_factory: Any
) -> dict[str, WorkflowHandle[Any, Any]]:
    async with worker_factory():
        h = await _start(client, UpsertProperties.run)
        await _result(h)
        h2 = await _start(client, RandomSeed.run)
        await _result(h2)
        h3 = await _start(client, ManyTimers.run, 20)
        await _result(h3)
    return {"upsert_properties": h, "random_seed": h2, "many_timers": h3}


SCENARIOS = {
    "timer_activity": scenario_timer_activity,
    "signal_and_timer": scenario_signal_and_timer,
    "activity_cancel": scenario_activity_cancel,
    "cancel_before_sent": scenario_cancel_before_sent,
    "workflow_cancel": scenario_workflow_cancel,
    "failures": scenario_failures,
    "children": scenario_children,
    "external": scenario_external,
    "continue_as_new": scenario_continue_as_new,
    "patches": scenario_patches,
    "local_activities": scenario_local_activities,
    "updates": scenario_updates,
    "properties": scenario_properties,
}


# ---------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def main(only: list[str], out_dir: Path) -> None:
    port = _free_port()
    temporal = Path(sys.executable).parent / "temporal"
    with tempfile.TemporaryDirectory() as tmp:
        server = subprocess.Popen(
            [
                str(temporal),
                "server",
                "start-dev",
                "--headless",
                "--ip",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "error",
                "--db-filename",
                f"{tmp}/db.sqlite",
                "--search-attribute",
                "CustomKeywordField=Keyword",
            ],
            stdout=subprocess.DEVNULL,
        )
        try:
            client = None
            for _ in range(100):
                try:
                    client = await Client.connect(f"127.0.0.1:{port}")
                    break
                except Exception:
                    await asyncio.sleep(0.2)
            assert client is not None, "dev server did not start"

            def worker_factory() -> Worker:
                return Worker(
                    client,
                    task_queue=TASK_QUEUE,
                    workflows=WORKFLOWS,
                    activities=ACTIVITIES,
                    workflow_runner=UnsandboxedWorkflowRunner(),
                )

            out_dir.mkdir(parents=True, exist_ok=True)
            for name, scenario in SCENARIOS.items():
                if only and name not in only:
                    continue
                handles = await scenario(client, worker_factory)
                for fixture, handle in handles.items():
                    history = await handle.fetch_history()
                    (out_dir / f"{fixture}.json").write_text(history.to_json() + "\n")
                    print(f"recorded {fixture}: {len(history.events)} events", flush=True)
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--out", type=Path, default=REPO / "tests/fixtures/histories")
    ns = parser.parse_args()
    asyncio.run(main(ns.only, ns.out))
