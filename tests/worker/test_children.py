"""Child workflows: results, failures, signals, IDs, cancellation types, parent close."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import anyio
import pytest

from temporalio import workflow
from temporalio.client import Client, WorkflowFailureError
from temporalio.common import (
    RetryPolicy,
    SearchAttributeKey,
    SearchAttributePair,
    TypedSearchAttributes,
    WorkflowExecutionStatus,
    WorkflowIDReusePolicy,
)
from temporalio.exceptions import (
    ApplicationError,
    CancelledError,
    ChildWorkflowError,
    WorkflowAlreadyStartedError,
)
from temporalio.worker import Worker
from tests.worker.helpers import event_types, eventually, new_id


@dataclass
class Greeting:
    name: str
    times: int


@dataclass
class Reply:
    text: str
    parent_id: str


@workflow.defn
class GreetChild:
    @workflow.run
    async def run(self, greeting: Greeting) -> Reply:
        parent = workflow.info().parent
        assert parent is not None
        return Reply(" ".join([f"hello {greeting.name}"] * greeting.times), parent.workflow_id)


@workflow.defn
class AddChild:
    @workflow.run
    async def run(self, a: int, b: int) -> int:
        return a + b


@workflow.defn
class TypedParent:
    @workflow.run
    async def run(self) -> list[Any]:
        typed = await workflow.execute_child_workflow(GreetChild.run, Greeting("ann", 2))
        by_name = await workflow.execute_child_workflow(
            "GreetChild", Greeting("bob", 1), result_type=Reply
        )
        handle = await workflow.start_child_workflow(AddChild.run, args=[20, 22])
        total = await handle.result()
        return [
            typed,
            isinstance(typed, Reply),
            by_name,
            isinstance(by_name, Reply),
            total,
            handle.first_execution_run_id != "",
        ]


async def test_child_results_are_typed_by_method_or_result_type(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    wf_id = new_id()
    async with new_worker([TypedParent, GreetChild, AddChild]):
        result = await client.execute_workflow(TypedParent.run, id=wf_id, task_queue=task_queue)
    assert result == [
        {"text": "hello ann hello ann", "parent_id": wf_id},
        True,
        {"text": "hello bob", "parent_id": wf_id},
        True,
        42,
        True,
    ]


# --- failures -------------------------------------------------------------------------


@workflow.defn
class FailingChild:
    @workflow.run
    async def run(self) -> None:
        try:
            raise ApplicationError("disk full", type="Storage", non_retryable=True)
        except ApplicationError as root:
            raise ApplicationError("could not save", type="Save", non_retryable=True) from root


@workflow.defn
class CatchingParent:
    @workflow.run
    async def run(self, child_id: str) -> list[str]:
        try:
            await workflow.execute_child_workflow(FailingChild.run, id=child_id)
        except ChildWorkflowError as err:
            cause = err.cause
            assert isinstance(cause, ApplicationError)
            root = cause.cause
            assert isinstance(root, ApplicationError)
            return [err.workflow_id, err.workflow_type, cause.type or "", root.message]
        return ["no error"]


@workflow.defn
class UncaughtParent:
    @workflow.run
    async def run(self) -> None:
        await workflow.execute_child_workflow(FailingChild.run)


async def test_child_failure_is_a_child_workflow_error_with_the_cause_chain(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    child_id = new_id()
    async with new_worker([CatchingParent, UncaughtParent, FailingChild]):
        caught = await client.execute_workflow(
            CatchingParent.run, child_id, id=new_id(), task_queue=task_queue
        )
        with pytest.raises(WorkflowFailureError) as info:
            await client.execute_workflow(UncaughtParent.run, id=new_id(), task_queue=task_queue)
    assert caught == [child_id, "FailingChild", "Save", "disk full"]
    err = info.value.cause
    assert isinstance(err, ChildWorkflowError)
    assert isinstance(err.cause, ApplicationError) and err.cause.type == "Save"


# --- signals and IDs --------------------------------------------------------------------


@workflow.defn
class WaitingChild:
    def __init__(self) -> None:
        self.values: list[str] = []

    @workflow.signal
    def add(self, value: str) -> None:
        self.values.append(value)

    @workflow.run
    async def run(self, count: int) -> list[str]:
        await workflow.wait_condition(lambda: len(self.values) >= count)
        return self.values


@workflow.defn
class SignallingParent:
    @workflow.run
    async def run(self) -> list[str]:
        handle = await workflow.start_child_workflow(WaitingChild.run, 2)
        await handle.signal(WaitingChild.add, "one")
        await handle.signal("add", "two")
        return await handle


async def test_child_receives_signals_through_its_handle(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([SignallingParent, WaitingChild]):
        handle = await client.start_workflow(
            SignallingParent.run, id=new_id(), task_queue=task_queue
        )
        assert await handle.result() == ["one", "two"]
    types = await event_types(handle)
    assert types.count("EXTERNAL_WORKFLOW_EXECUTION_SIGNALED") == 2


@workflow.defn
class DuplicateIdParent:
    @workflow.run
    async def run(self, child_id: str) -> list[str]:
        first = await workflow.start_child_workflow(WaitingChild.run, 1, id=child_id)
        try:
            await workflow.start_child_workflow(WaitingChild.run, 1, id=child_id)
            outcome = ["started twice"]
        except WorkflowAlreadyStartedError as err:
            outcome = [type(err).__name__, err.workflow_id, err.workflow_type]
        await first.signal(WaitingChild.add, "done")
        await first
        return outcome


async def test_duplicate_child_id_raises_workflow_already_started_in_the_parent(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    child_id = new_id()
    async with new_worker([DuplicateIdParent, WaitingChild]):
        result = await client.execute_workflow(
            DuplicateIdParent.run, child_id, id=new_id(), task_queue=task_queue
        )
    assert result == ["WorkflowAlreadyStartedError", child_id, "WaitingChild"]


# --- options --------------------------------------------------------------------------

_TEST_KEYWORD = SearchAttributeKey.for_keyword("TestKeyword")


def _seconds(td: timedelta | None) -> float | None:
    return None if td is None else td.total_seconds()


@workflow.defn
class InfoChild:
    @workflow.run
    async def run(self) -> dict[str, Any]:
        info = workflow.info()
        conv = workflow.payload_converter()
        return {
            "task_queue": info.task_queue,
            "execution_timeout": _seconds(info.execution_timeout),
            "run_timeout": _seconds(info.run_timeout),
            "task_timeout": _seconds(info.task_timeout),
            "memo": {k: conv.from_payload(v) for k, v in info.raw_memo.items()},
            "keyword": info.typed_search_attributes.get(_TEST_KEYWORD),
            "retry_max_attempts": info.retry_policy.maximum_attempts if info.retry_policy else 0,
        }


@workflow.defn
class OptionsParent:
    @workflow.run
    async def run(self, child_queue: str) -> dict[str, Any]:
        return await workflow.execute_child_workflow(
            InfoChild.run,
            task_queue=child_queue,
            execution_timeout=timedelta(minutes=5),
            run_timeout=timedelta(minutes=4),
            task_timeout=timedelta(seconds=7),
            memo={"owner": "parent"},
            search_attributes=TypedSearchAttributes([SearchAttributePair(_TEST_KEYWORD, "kw")]),
            retry_policy=RetryPolicy(maximum_attempts=3),
            id_reuse_policy=WorkflowIDReusePolicy.REJECT_DUPLICATE,
        )


async def test_child_options_reach_the_child(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    child_queue = f"{task_queue}-children"
    async with (
        new_worker([OptionsParent]),
        new_worker([InfoChild], task_queue=child_queue),
    ):
        result = await client.execute_workflow(
            OptionsParent.run, child_queue, id=new_id(), task_queue=task_queue
        )
    assert result == {
        "task_queue": child_queue,
        "execution_timeout": 300.0,
        "run_timeout": 240.0,
        "task_timeout": 7.0,
        "memo": {"owner": "parent"},
        "keyword": "kw",
        "retry_max_attempts": 3,
    }


# --- cancellation -------------------------------------------------------------------


@workflow.defn
class CancellableChild:
    @workflow.run
    async def run(self) -> str:
        try:
            await workflow.wait_condition(lambda: False)
        except asyncio.CancelledError:
            # Cleanup takes a while, so a parent that waits for the close is seen waiting.
            await workflow.sleep(0.3)
            raise
        return "never"


@workflow.defn
class CancellingParent:
    @workflow.run
    async def run(self, child_id: str, cancellation_type: int) -> str:
        outcome = "completed"
        with workflow.CancellationScope() as scope:
            handle = await workflow.start_child_workflow(
                CancellableChild.run,
                id=child_id,
                cancellation_type=workflow.ChildWorkflowCancellationType(cancellation_type),
                parent_close_policy=workflow.ParentClosePolicy.ABANDON,
            )
            scope.cancel()
            try:
                await handle
            except ChildWorkflowError as err:
                outcome = f"child error: {type(err.cause).__name__}"
            except asyncio.CancelledError:
                outcome = "cancelled"
                raise
        # Stay open a while: a cancel request is only delivered while its sender is open.
        await workflow.sleep(1.0)
        return outcome


@pytest.mark.parametrize(
    "ctype", list(workflow.ChildWorkflowCancellationType), ids=lambda c: str(c.name)
)
async def test_cancelling_the_scope_cancels_the_child_per_its_cancellation_type(
    client: Client,
    task_queue: str,
    new_worker: Callable[..., Worker],
    ctype: workflow.ChildWorkflowCancellationType,
) -> None:
    child_id = new_id()
    child = client.get_workflow_handle(child_id)
    async with new_worker([CancellingParent, CancellableChild]):
        handle = await client.start_workflow(
            CancellingParent.run, args=[child_id, int(ctype)], id=new_id(), task_queue=task_queue
        )
        result = await handle.result()
        types = await event_types(handle)
        if ctype == workflow.ChildWorkflowCancellationType.ABANDON:
            assert result == "cancelled"
            assert "REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED" not in types
            assert (await child.describe()).status == WorkflowExecutionStatus.RUNNING
            await child.terminate("test cleanup")
            return
        assert "REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED" in types
        requested = types.index("REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED")
        slept = types.index("TIMER_STARTED")
        if ctype == workflow.ChildWorkflowCancellationType.TRY_CANCEL:
            # The parent went on (to its timer) in the task that requested the cancel...
            assert result == "cancelled"
            assert slept == requested + 1
        else:
            # ... the WAIT_* types waited for the close (sdk-core waits for both).
            assert result == "child error: CancelledError"
            assert requested < types.index("CHILD_WORKFLOW_EXECUTION_CANCELED") < slept
        with pytest.raises(WorkflowFailureError) as info:
            await child.result()
        assert isinstance(info.value.cause, CancelledError)


@workflow.defn
class HandleCancelParent:
    @workflow.run
    async def run(self) -> str:
        handle = await workflow.start_child_workflow(CancellableChild.run)
        await workflow.sleep(0.1)
        handle.cancel()
        try:
            await handle
        except ChildWorkflowError as err:
            return f"child error: {type(err.cause).__name__}"
        return "completed"


async def test_cancelling_the_handle_waits_for_the_child_by_default(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([HandleCancelParent, CancellableChild]):
        handle = await client.start_workflow(
            HandleCancelParent.run, id=new_id(), task_queue=task_queue
        )
        assert await handle.result() == "child error: CancelledError"
    types = await event_types(handle)
    assert "CHILD_WORKFLOW_EXECUTION_CANCELED" in types


@workflow.defn
class CancelBeforeStartParent:
    @workflow.run
    async def run(self) -> list[str]:
        outcomes = []
        # 1. An already cancelled scope: start_child_workflow raises, sends nothing.
        with workflow.CancellationScope() as scope:
            scope.cancel()
            try:
                await workflow.start_child_workflow(CancellableChild.run)
            except asyncio.CancelledError:
                outcomes.append("cancelled in cancelled scope")
                raise
        # 2. Cancelled while the start command was still unsent: dropped.
        pending = workflow.CancellationScope()

        async def start() -> None:
            with pending:
                await workflow.start_child_workflow(CancellableChild.run)

        task = asyncio.create_task(start())
        await asyncio.sleep(0)  # let the task issue its start command
        pending.cancel()
        await task
        outcomes.append(f"caught={pending.cancelled_caught}")
        return outcomes


async def test_child_cancelled_before_its_start_was_sent_writes_nothing(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([CancelBeforeStartParent, CancellableChild]):
        handle = await client.start_workflow(
            CancelBeforeStartParent.run, id=new_id(), task_queue=task_queue
        )
        assert await handle.result() == ["cancelled in cancelled scope", "caught=True"]
    types = await event_types(handle)
    assert not any("CHILD_WORKFLOW" in t for t in types), types


# --- parent close policy ----------------------------------------------------------------


@workflow.defn
class ParentClosingEarly:
    @workflow.run
    async def run(self, child_id: str, policy: int) -> str:
        handle = await workflow.start_child_workflow(
            CancellableChild.run,
            id=child_id,
            parent_close_policy=workflow.ParentClosePolicy(policy),
        )
        return handle.first_execution_run_id


@pytest.mark.parametrize(
    "policy,expected",
    [
        (workflow.ParentClosePolicy.TERMINATE, WorkflowExecutionStatus.TERMINATED),
        (workflow.ParentClosePolicy.ABANDON, WorkflowExecutionStatus.RUNNING),
        (workflow.ParentClosePolicy.REQUEST_CANCEL, WorkflowExecutionStatus.CANCELED),
    ],
    ids=lambda v: str(v.name),
)
async def test_parent_close_policy_is_applied_to_the_child_when_the_parent_completes(
    client: Client,
    task_queue: str,
    new_worker: Callable[..., Worker],
    policy: workflow.ParentClosePolicy,
    expected: WorkflowExecutionStatus,
) -> None:
    child_id = new_id()
    async with new_worker([ParentClosingEarly, CancellableChild]):
        run_id = await client.execute_workflow(
            ParentClosingEarly.run, args=[child_id, int(policy)], id=new_id(), task_queue=task_queue
        )
        child = client.get_workflow_handle(child_id, run_id=run_id)
        if expected == WorkflowExecutionStatus.RUNNING:
            await anyio.sleep(1.0)  # give the server time to (wrongly) close it
            assert (await child.describe()).status == expected
            await child.terminate("test cleanup")
        else:
            await eventually(child.describe, lambda d: d.status == expected)
