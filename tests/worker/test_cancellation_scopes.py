"""CancellationScope: trio's cancel scopes, made durable, against a real server.

Cancelling a scope cancels on the server what was started inside it (activities
per their cancellation type, timers), a detached scope shields cleanup, a
timeout scope is one durable timer, nothing is sent from an already cancelled
scope, and a cancellation is never lost to a result that arrives with it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import anyio
import pytest

from temporalio import activity, workflow
from temporalio.client import Client, WorkflowFailureError
from temporalio.exceptions import ActivityError, CancelledError
from temporalio.worker import Worker
from temporalio.workflow import ActivityCancellationType, CancellationScope
from tests.worker.helpers import event_types, eventually, new_id

FAST = workflow.ActivityConfig(start_to_close_timeout=timedelta(seconds=10))
# What the heartbeating activity saw, by key.
_seen: dict[str, str] = {}
# Task tokens of activities that complete asynchronously, by workflow ID.
_tokens: dict[str, bytes] = {}


@activity.defn
async def quick(what: str) -> str:
    return f"done {what}"


@activity.defn
async def until_cancelled(key: str) -> str:
    try:
        with anyio.fail_after(5):
            while True:
                activity.heartbeat()
                await anyio.sleep(0.05)
    except anyio.get_cancelled_exc_class():
        _seen[key] = "cancelled"
        raise
    except TimeoutError:
        return "never cancelled"


def _until_cancelled_config(ctype: ActivityCancellationType) -> workflow.ActivityConfig:
    return workflow.ActivityConfig(
        start_to_close_timeout=timedelta(seconds=30),
        heartbeat_timeout=timedelta(seconds=1),
        cancellation_type=ctype,
    )


# -- a scope cancels its activity, per cancellation type ------------------------------


@workflow.defn
class ScopedActivityWorkflow:
    def __init__(self) -> None:
        self._scope: CancellationScope | None = None

    @workflow.run
    async def run(self, key: str, ctype: int) -> dict[str, Any]:
        root = CancellationScope.current()
        with CancellationScope() as scope:
            self._scope = scope
            assert CancellationScope.current() is scope
            await workflow.execute_activity(
                until_cancelled, key, **_until_cancelled_config(ActivityCancellationType(ctype))
            )
        assert CancellationScope.current() is root
        return {
            "caught": scope.cancelled_caught,
            "cancelled": scope.cancelled,
            "root_cancelled": root.cancelled,
        }

    @workflow.signal
    def cancel_scope(self) -> None:
        assert self._scope is not None
        self._scope.cancel()


@pytest.mark.parametrize("ctype", list(ActivityCancellationType), ids=lambda c: c.name)
async def test_scope_cancel_cancels_its_activity_per_cancellation_type(
    client: Client,
    task_queue: str,
    new_worker: Callable[..., Worker],
    ctype: ActivityCancellationType,
) -> None:
    key = new_id()
    async with new_worker([ScopedActivityWorkflow], [until_cancelled]):
        handle = await client.start_workflow(
            ScopedActivityWorkflow.run, args=[key, int(ctype)], id=key, task_queue=task_queue
        )
        await eventually(lambda: event_types(handle), lambda t: "ACTIVITY_TASK_SCHEDULED" in t)
        await anyio.sleep(0.2)  # let the activity start heartbeating
        await handle.signal(ScopedActivityWorkflow.cancel_scope)
        result = await handle.result()
        assert result == {"caught": True, "cancelled": True, "root_cancelled": False}
        types = await event_types(handle)
        if ctype == ActivityCancellationType.ABANDON:
            assert "ACTIVITY_TASK_CANCEL_REQUESTED" not in types
            return
        requested = types.index("ACTIVITY_TASK_CANCEL_REQUESTED")
        if ctype == ActivityCancellationType.TRY_CANCEL:
            # Raised at once: the workflow finished in the task that asked to cancel.
            assert types[requested + 1] == "WORKFLOW_EXECUTION_COMPLETED"
        else:
            # Waited for the server's answer: the activity reported its cancellation.
            assert types.index("ACTIVITY_TASK_CANCELED") < types.index(
                "WORKFLOW_EXECUTION_COMPLETED"
            )
            assert _seen[key] == "cancelled"


# -- nested scopes, a detached scope shields cleanup, timers are cancelled -------------


@workflow.defn
class NestedScopesWorkflow:
    def __init__(self) -> None:
        self._outer: CancellationScope | None = None

    @workflow.run
    async def run(self) -> list[str]:
        log: list[str] = []
        with CancellationScope() as outer:
            self._outer = outer
            with CancellationScope() as inner:
                try:
                    await asyncio.sleep(3600)  # a durable timer, cancelled with the scope
                finally:
                    log.append(f"inner cancelled={inner.cancelled}")
                    with CancellationScope(detached=True) as shield:
                        log.append(f"shield cancelled={shield.cancelled}")
                        log.append(await workflow.execute_activity(quick, "cleanup", **FAST))
                    try:
                        await asyncio.sleep(1)  # back in the cancelled scope: cancelled
                    except asyncio.CancelledError:
                        log.append("inner await cancelled again")
                        raise
            log.append("not reached: the outer scope's cancellation goes through inner")
        log.append(f"caught: outer={outer.cancelled_caught} inner={inner.cancelled_caught}")

        # ``await scope.run(fn)``: a result, or the scope's own cancellation.
        async def cleanup() -> str:
            return await workflow.execute_activity(quick, "in run", **FAST)

        log.append(await CancellationScope().run(cleanup))
        log.append(str(await CancellationScope().run(lambda: 42)))
        doomed = CancellationScope()

        async def cancel_then_sleep() -> None:
            doomed.cancel()
            await asyncio.sleep(5)

        try:
            await doomed.run(cancel_then_sleep)
        except asyncio.CancelledError:
            log.append(f"run raised, caught={doomed.cancelled_caught}")
        return log

    @workflow.signal
    def cancel_outer(self) -> None:
        assert self._outer is not None
        self._outer.cancel()


async def test_nested_scopes_detached_cleanup_and_run(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([NestedScopesWorkflow], [quick]):
        handle = await client.start_workflow(
            NestedScopesWorkflow.run, id=new_id(), task_queue=task_queue
        )
        await eventually(lambda: event_types(handle), lambda t: "TIMER_STARTED" in t)
        await handle.signal(NestedScopesWorkflow.cancel_outer)
        log = await handle.result()
    assert log == [
        "inner cancelled=True",
        "shield cancelled=False",
        "done cleanup",
        "inner await cancelled again",
        "caught: outer=True inner=False",
        "done in run",
        "42",
        "run raised, caught=True",
    ]
    types = await event_types(handle)
    # The hour-long timer was cancelled on the server; the second and third sleeps
    # were started and cancelled within one task, so they never reached history.
    assert types.count("TIMER_STARTED") == 1
    assert types.index("TIMER_CANCELED") < types.index("ACTIVITY_TASK_SCHEDULED")
    assert types.count("ACTIVITY_TASK_COMPLETED") == 2


# -- a timeout scope is one durable timer --------------------------------------------


@workflow.defn
class TimeoutScopesWorkflow:
    @workflow.run
    async def run(self, key: str) -> list[object]:
        with CancellationScope(timeout=timedelta(seconds=30)) as roomy:
            first = await workflow.execute_activity(quick, "1", **FAST)
            second = await workflow.execute_activity(quick, "2", **FAST)
        with CancellationScope(timeout=timedelta(seconds=1)) as tight:
            await workflow.execute_activity(
                until_cancelled, key, **_until_cancelled_config(ActivityCancellationType.TRY_CANCEL)
            )
        return [first, second, roomy.cancelled_caught, tight.cancelled_caught]


async def test_timeout_scope_is_one_durable_timer(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    key = new_id()
    async with new_worker([TimeoutScopesWorkflow], [quick, until_cancelled]):
        handle = await client.start_workflow(
            TimeoutScopesWorkflow.run, key, id=key, task_queue=task_queue
        )
        assert await handle.result() == ["done 1", "done 2", False, True]
    kinds = ("TIMER_", "ACTIVITY_TASK_SCHEDULED", "ACTIVITY_TASK_CANCEL_REQUESTED")
    types = [t for t in await event_types(handle) if t.startswith(kinds)]
    assert types == [
        "TIMER_STARTED",  # the roomy scope's timeout, whatever runs inside it
        "ACTIVITY_TASK_SCHEDULED",
        "ACTIVITY_TASK_SCHEDULED",
        "TIMER_CANCELED",  # the roomy scope ended first
        "TIMER_STARTED",  # the tight scope's timeout
        "ACTIVITY_TASK_SCHEDULED",
        "TIMER_FIRED",  # it expired: the activity is cancelled
        "ACTIVITY_TASK_CANCEL_REQUESTED",
    ]


# -- an already cancelled scope sends nothing ------------------------------------------


@workflow.defn
class AlreadyCancelledWorkflow:
    def __init__(self) -> None:
        self._go = False

    @workflow.run
    async def run(self) -> list[str]:
        log: list[str] = []
        with CancellationScope() as scope:
            scope.cancel()
            # Wait for the signal in a detached scope, so what follows runs in a
            # later workflow task, still inside the cancelled scope.
            with CancellationScope(detached=True):
                await workflow.wait_condition(lambda: self._go)
            handle = workflow.start_activity(quick, "never", **FAST)
            try:
                await handle
            except asyncio.CancelledError:
                log.append("activity cancelled")
            try:
                await workflow.sleep(5)
            except asyncio.CancelledError:
                log.append("timer cancelled")
            try:
                await asyncio.wait_for(asyncio.Event().wait(), 5)
            except asyncio.CancelledError:
                log.append("wait_for cancelled")
        log.append(f"caught={scope.cancelled_caught}")
        log.append(await workflow.execute_activity(quick, "after", **FAST))
        return log

    @workflow.signal
    def go(self) -> None:
        self._go = True


async def test_operations_in_an_already_cancelled_scope_send_nothing(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([AlreadyCancelledWorkflow], [quick]):
        handle = await client.start_workflow(
            AlreadyCancelledWorkflow.run, id=new_id(), task_queue=task_queue
        )
        await handle.signal(AlreadyCancelledWorkflow.go)
        log = await handle.result()
    assert log == [
        "activity cancelled",
        "timer cancelled",
        "wait_for cancelled",
        "caught=False",
        "done after",
    ]
    types = await event_types(handle)
    assert types.count("ACTIVITY_TASK_SCHEDULED") == 1  # only "after"
    assert not [t for t in types if t.startswith("TIMER_")]


# -- Task.cancel() and handle.cancel() ---------------------------------------------------


@workflow.defn
class TaskCancelWorkflow:
    @workflow.run
    async def run(self, key: str) -> list[str]:
        log: list[str] = []
        config = _until_cancelled_config(ActivityCancellationType.TRY_CANCEL)
        # Cancelling the task that awaits the activity: like a scope, the activity
        # is cancelled on the server and the task sees its own cancellation.
        task = asyncio.create_task(workflow.execute_activity(until_cancelled, key, **config))
        await asyncio.sleep(0.1)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            log.append("task cancelled")
        # Cancelling only the activity: the awaiting code gets an ActivityError.
        handle = workflow.start_activity(until_cancelled, key + "-2", **config)
        await asyncio.sleep(0.1)
        handle.cancel()
        try:
            await handle
        except ActivityError as err:
            log.append(f"activity error: {type(err.cause).__name__}")
        # asyncio.timeout() turns the cancellation of its body into TimeoutError.
        try:
            async with asyncio.timeout(1):
                await workflow.execute_activity(until_cancelled, key + "-3", **config)
        except TimeoutError:
            log.append("timed out")
        return log


async def test_task_cancel_and_scope_cancel_agree(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    key = new_id()
    async with new_worker([TaskCancelWorkflow], [until_cancelled]):
        handle = await client.start_workflow(
            TaskCancelWorkflow.run, key, id=key, task_queue=task_queue
        )
        assert await handle.result() == [
            "task cancelled",
            "activity error: CancelledError",
            "timed out",
        ]
    assert (await event_types(handle)).count("ACTIVITY_TASK_CANCEL_REQUESTED") == 3


# -- a result arriving with the cancellation does not swallow it ------------------------


@activity.defn
async def completed_from_outside() -> str:
    _tokens[activity.info().workflow_id] = activity.info().task_token
    activity.raise_complete_async()


@workflow.defn
class RaceWorkflow:
    def __init__(self) -> None:
        self._scope: CancellationScope | None = None
        self._log: list[str] = []

    @workflow.run
    async def run(self, activity_task_queue: str) -> list[str]:
        with CancellationScope() as scope:
            self._scope = scope
            try:
                result = await workflow.execute_activity(
                    completed_from_outside, task_queue=activity_task_queue, **FAST
                )
                self._log.append(f"result {result}")
            except asyncio.CancelledError:
                self._log.append("cancelled")
                raise
        self._log.append(f"caught={scope.cancelled_caught}")
        return self._log

    @workflow.signal
    def cancel_scope(self) -> None:
        assert self._scope is not None
        self._scope.cancel()


@pytest.mark.parametrize("cancel", ["scope", "workflow"])
async def test_activity_completing_in_the_task_of_its_cancellation_still_cancels(
    client: Client, task_queue: str, new_worker: Callable[..., Worker], cancel: str
) -> None:
    activity_queue = f"{task_queue}-activities"
    workflow_id = new_id()
    async with new_worker(activities=[completed_from_outside], task_queue=activity_queue):
        async with new_worker([RaceWorkflow]):
            handle = await client.start_workflow(
                RaceWorkflow.run, activity_queue, id=workflow_id, task_queue=task_queue
            )
            with anyio.fail_after(10):
                while workflow_id not in _tokens:
                    await anyio.sleep(0.05)
        # No workflow worker now: the cancellation and the completion land in the
        # same workflow task, which the next worker gets.
        if cancel == "scope":
            await handle.signal(RaceWorkflow.cancel_scope)
        else:
            await handle.cancel()
        await client.get_async_activity_handle(task_token=_tokens[workflow_id]).complete("late")
        async with new_worker([RaceWorkflow]):
            if cancel == "scope":
                assert await handle.result() == ["cancelled", "caught=True"]
            else:
                with pytest.raises(WorkflowFailureError) as info:
                    await handle.result()
                assert isinstance(info.value.cause, CancelledError)
    types = await event_types(handle)
    assert "ACTIVITY_TASK_COMPLETED" in types
    assert "ACTIVITY_TASK_CANCEL_REQUESTED" not in types  # it had already completed
    last = "WORKFLOW_EXECUTION_COMPLETED" if cancel == "scope" else "WORKFLOW_EXECUTION_CANCELED"
    assert types[-1] == last
