"""Failures: FailureError fails the workflow; other errors fail the task and are retried."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

import pytest

from temporalio import workflow
from temporalio.client import Client, WorkflowFailureError
from temporalio.common import RawValue
from temporalio.exceptions import ApplicationError
from temporalio.worker import Worker
from tests.worker.helpers import event_types, eventually, new_id


@workflow.defn
class FailsWorkflow:
    @workflow.run
    async def run(self, kind: str) -> str:
        if kind == "application":
            raise ApplicationError(
                "bad input", {"field": "x"}, type="Validation", non_retryable=True
            )
        return "ok"


async def test_application_error_fails_the_workflow(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([FailsWorkflow]):
        with pytest.raises(WorkflowFailureError) as info:
            await client.execute_workflow(
                FailsWorkflow.run, "application", id=new_id(), task_queue=task_queue
            )
    cause = info.value.cause
    assert isinstance(cause, ApplicationError)
    assert cause.type == "Validation" and cause.details == ({"field": "x"},)


_broken = {"on": True}


@workflow.defn(name="Redeployable")
class BuggyWorkflow:
    @workflow.run
    async def run(self) -> str:
        if _broken["on"]:
            raise KeyError("a bug in the code")
        return "fixed"


async def test_other_exceptions_fail_the_task_and_a_fix_resumes_the_workflow(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    _broken["on"] = True
    async with new_worker([BuggyWorkflow]):
        handle = await client.start_workflow(
            "Redeployable", id=new_id(), task_queue=task_queue, task_timeout=timedelta(seconds=2)
        )
        types = await eventually(lambda: event_types(handle), lambda t: "WORKFLOW_TASK_FAILED" in t)
        assert "WORKFLOW_EXECUTION_FAILED" not in types
        history = await handle.fetch_history()
        failed = next(
            e.workflow_task_failed_event_attributes
            for e in history.events
            if e.HasField("workflow_task_failed_event_attributes")
        )
        assert "a bug in the code" in failed.failure.message
        assert (await handle.describe()).status.name == "RUNNING"  # type: ignore[union-attr]
    # "Redeploy" the fixed code: the retried task succeeds.
    _broken["on"] = False
    async with new_worker([BuggyWorkflow]):
        assert await handle.result() == "fixed"


async def test_unknown_workflow_type_fails_the_task_naming_it(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([FailsWorkflow]):
        handle = await client.start_workflow("NoSuchWorkflow", id=new_id(), task_queue=task_queue)
        await eventually(lambda: event_types(handle), lambda t: "WORKFLOW_TASK_FAILED" in t)
        history = await handle.fetch_history()
        failed = next(
            e.workflow_task_failed_event_attributes
            for e in history.events
            if e.HasField("workflow_task_failed_event_attributes")
        )
        assert "NoSuchWorkflow" in failed.failure.message
        assert "FailsWorkflow" in failed.failure.message
        await handle.terminate()


def test_invalid_definitions_fail_at_worker_construction(client: Any = None) -> None:
    class NotDecorated:
        pass

    @workflow.defn
    class TwoRuns:
        @workflow.run
        async def run(self) -> None: ...

        @workflow.run
        async def run2(self) -> None: ...

    from temporalio.workflow import WorkflowDefinitionError

    class FakeClient:
        identity = "x"
        namespace = "default"
        interceptors = ()
        data_converter = __import__("temporalio.converter").converter.DataConverter.default

    with pytest.raises(WorkflowDefinitionError, match="missing @workflow.defn"):
        Worker(FakeClient(), task_queue="q", workflows=[NotDecorated])  # type: ignore[arg-type]
    with pytest.raises(WorkflowDefinitionError, match="more than one @workflow.run"):
        Worker(FakeClient(), task_queue="q", workflows=[TwoRuns])  # type: ignore[arg-type]


class InvalidOrder(Exception):
    pass


@workflow.defn(failure_exception_types=[InvalidOrder])
class FailsOnInvalidOrder:
    @workflow.run
    async def run(self, kind: str) -> str:
        if kind == "invalid":
            raise InvalidOrder("order 7 is invalid")
        if kind == "value":
            raise ValueError("not listed: fails the task")
        return "ok"


async def test_configured_exception_types_fail_the_workflow_instead_of_the_task(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([FailsOnInvalidOrder]):
        with pytest.raises(WorkflowFailureError) as info:
            await client.execute_workflow(
                FailsOnInvalidOrder.run, "invalid", id=new_id(), task_queue=task_queue
            )
        cause = info.value.cause
        assert isinstance(cause, ApplicationError)
        assert cause.type == "InvalidOrder" and "order 7 is invalid" in cause.message
        handle = await client.start_workflow(
            FailsOnInvalidOrder.run, "value", id=new_id(), task_queue=task_queue
        )
        await eventually(lambda: event_types(handle), lambda t: "WORKFLOW_TASK_FAILED" in t)
        await handle.terminate()


async def test_worker_level_failure_exception_types(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([FailsOnInvalidOrder], workflow_failure_exception_types=[ValueError]):
        with pytest.raises(WorkflowFailureError) as info:
            await client.execute_workflow(
                FailsOnInvalidOrder.run, "value", id=new_id(), task_queue=task_queue
            )
    assert isinstance(info.value.cause, ApplicationError)
    assert info.value.cause.type == "ValueError"


@workflow.defn(dynamic=True)
class AnyWorkflow:
    @workflow.run
    async def run(self, args: Sequence[RawValue]) -> str:
        values = [workflow.payload_converter().from_payload(a.payload, int) for a in args]
        return f"{workflow.info().workflow_type}:{sum(values)}"


async def test_dynamic_workflow_gets_raw_values(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([AnyWorkflow]):
        result = await client.execute_workflow(
            "SomeUnregisteredType", args=[1, 2, 3], id=new_id(), task_queue=task_queue
        )
    assert result == "SomeUnregisteredType:6"
