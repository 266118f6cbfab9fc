"""The workflow code behind ``tests/fixtures/histories``, importable by both SDKs.

``scripts/record_histories.py`` recorded those histories on the reference SDK; it cannot be
imported here (it re-executes itself and uses reference-only options such as
``workflow.defn(sandboxed=False)``), so this module restates its workflows with the same
types, names and command sequences, using only API common to both SDKs. The reference agent
replaying every fixture against this module is the proof that the restatement matches.

Activities are only needed for their names and signatures: replay never runs them.
"""

import asyncio
import contextlib
import time
from datetime import timedelta
from typing import Any

from temporalio import activity, workflow
from temporalio.common import RetryPolicy, SearchAttributeKey
from temporalio.exceptions import ActivityError, ApplicationError, ChildWorkflowError

FIVE_SECONDS = timedelta(seconds=5)


def _cleanup_scope() -> Any:
    """Where cleanup after a workflow cancel request runs, in each SDK.

    Ours cancels the root CancellationScope (every later await in it is cancelled too),
    so cleanup needs a detached scope; the reference cancels the run task once and has
    no scopes. Both then write the same commands.
    """
    scope = getattr(workflow, "CancellationScope", None)
    return contextlib.nullcontext() if scope is None else scope(detached=True)


# What RandomSeed computed, by workflow ID, on every run and replay in this process.
OBSERVED: dict[str, list[str]] = {}


@activity.defn
async def echo(s: str) -> str:
    return s


@activity.defn
async def wait_for_cancel(_: str) -> str:
    while True:
        activity.heartbeat()
        await asyncio.sleep(0.2)


@activity.defn
async def slow_echo(s: str) -> str:
    await asyncio.sleep(3.0)
    return s


@activity.defn
async def flaky(key: str) -> str:
    if activity.info().attempt < 2:
        raise ApplicationError("attempt 1 fails")
    return "ok after 2"


@activity.defn
async def always_fails(_: str) -> str:
    raise ApplicationError("boom", type="Boom", non_retryable=True)


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
        handle = workflow.start_activity(
            wait_for_cancel,
            "x",
            start_to_close_timeout=timedelta(seconds=30),
            heartbeat_timeout=FIVE_SECONDS,
            cancellation_type=workflow.ActivityCancellationType[cancellation_type],
        )
        await asyncio.sleep(1)
        handle.cancel()
        try:
            await handle
            outcome = "completed"
        except ActivityError as err:
            outcome = f"cancelled: {type(err.cause).__name__}"
        await asyncio.sleep(1)
        return outcome


@workflow.defn
class CancelBeforeSent:
    @workflow.run
    async def run(self) -> str:
        handle = workflow.start_activity(echo, "never", start_to_close_timeout=FIVE_SECONDS)
        handle.cancel()
        with contextlib.suppress(ActivityError, asyncio.CancelledError):
            await handle
        timer = asyncio.ensure_future(asyncio.sleep(30))
        await asyncio.sleep(0)
        timer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await timer
        return await workflow.execute_activity(echo, "sent", start_to_close_timeout=FIVE_SECONDS)


@workflow.defn
class CancellableWorkflow:
    @workflow.run
    async def run(self) -> str:
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            with _cleanup_scope():
                await workflow.execute_activity(
                    echo, "cleanup", start_to_close_timeout=FIVE_SECONDS
                )
            raise
        return "not cancelled"


@workflow.defn
class FailingWorkflow:
    @workflow.run
    async def run(self) -> str:
        await workflow.execute_activity(echo, "before", start_to_close_timeout=FIVE_SECONDS)
        raise ApplicationError("workflow failed on purpose", type="Purpose", non_retryable=True)


# Workflow IDs whose first (non-replayed) task already failed or overran, in this process.
_task_failures: set[str] = set()


@workflow.defn
class TaskFailureOnce:
    @workflow.run
    async def run(self) -> str:
        wid = workflow.info().workflow_id
        if not workflow.unsafe.is_replaying() and wid not in _task_failures:
            _task_failures.add(wid)
            raise RuntimeError("fail the first workflow task")
        return await workflow.execute_activity(echo, "after", start_to_close_timeout=FIVE_SECONDS)


@workflow.defn
class TaskTimeoutOnce:
    @workflow.run
    async def run(self) -> str:
        wid = workflow.info().workflow_id
        if not workflow.unsafe.is_replaying() and wid not in _task_failures:
            _task_failures.add(wid)
            time.sleep(1.5)
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
        wid = workflow.info().workflow_id
        out = [await workflow.execute_child_workflow(Child.run, "ok", id=f"{wid}-c1")]
        try:
            await workflow.execute_child_workflow(Child.run, "fail", id=f"{wid}-c2")
        except ChildWorkflowError as err:
            out.append(f"failed: {err.cause}")
        handle = await workflow.start_child_workflow(
            Child.run,
            "wait",
            id=f"{wid}-c3",
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
        arg = "patched" if workflow.patched("new-patch") else "original"
        return await workflow.execute_activity(echo, arg, start_to_close_timeout=FIVE_SECONDS)


@workflow.defn
class LocalActivities:
    @workflow.run
    async def run(self, key: str) -> list[str]:
        out = [
            await workflow.execute_local_activity(echo, "la1", start_to_close_timeout=FIVE_SECONDS)
        ]
        la = workflow.start_local_activity(
            echo, "la-with-timer", start_to_close_timeout=FIVE_SECONDS
        )
        await asyncio.sleep(0.5)
        out.append(await la)
        out.append(
            await workflow.execute_local_activity(
                flaky,
                key,
                start_to_close_timeout=FIVE_SECONDS,
                retry_policy=RetryPolicy(initial_interval=timedelta(milliseconds=100)),
            )
        )
        try:
            await workflow.execute_local_activity(
                always_fails, "x", start_to_close_timeout=FIVE_SECONDS
            )
        except (ActivityError, ApplicationError) as err:
            out.append(f"failed: {err.cause}")
        return out


@workflow.defn
class LocalActivityHeartbeat:
    @workflow.run
    async def run(self) -> str:
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
        values = [
            str(workflow.random_seed()),
            str(workflow.random().getrandbits(64)),
            workflow.info().run_id,
        ]
        OBSERVED[workflow.info().workflow_id] = values
        return values


@workflow.defn
class ManyTimers:
    @workflow.run
    async def run(self, k: int) -> int:
        for _ in range(k):
            await asyncio.sleep(0.01)
        return k


WORKFLOWS: list[Any] = [
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
