"""Client behaviour against the real dev server (both backends)."""

from __future__ import annotations

import json
import subprocess
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import anyio
import pytest

from temporalio import workflow
from temporalio.api.command.v1 import CancelWorkflowExecutionCommandAttributes, Command
from temporalio.api.enums.v1 import CommandType, EventType
from temporalio.api.failure.v1 import Failure
from temporalio.client import (
    Client,
    Interceptor,
    OutboundInterceptor,
    WorkflowContinuedAsNewError,
    WorkflowFailureError,
    WorkflowHandle,
    WorkflowHistory,
    WorkflowQueryFailedError,
    WorkflowQueryRejectedError,
)
from temporalio.common import (
    QueryRejectCondition,
    RetryPolicy,
    SearchAttributeKey,
    SearchAttributePair,
    TypedSearchAttributes,
    WorkflowExecutionStatus,
    WorkflowIDConflictPolicy,
    WorkflowIDReusePolicy,
)
from temporalio.exceptions import (
    ApplicationError,
    CancelledError,
    TerminatedError,
    TimeoutError,
    WorkflowAlreadyStartedError,
)
from temporalio.testing._dev_server import find_temporal_cli
from tests.raw_responder import (
    answer_query,
    complete_command,
    continue_as_new_command,
    fail_command,
    poll_workflow_task,
    respond,
)


@dataclass
class Greeting:
    text: str
    count: int


@workflow.defn
class GreetingWorkflow:
    @workflow.run
    async def run(self, name: str) -> Greeting:
        raise NotImplementedError  # driven by the raw responder in these tests

    @workflow.signal
    def set_salutation(self, salutation: str) -> None:
        pass

    @workflow.query
    def current(self) -> str:
        return ""


def _id() -> str:
    return f"wf-{uuid.uuid4().hex}"


async def _history_types(handle: WorkflowHandle[Any, Any]) -> list[int]:
    return [e.event_type async for e in handle.fetch_history_events()]


async def test_start_describe_and_typed_result_from_raw_responder(
    client: Client, task_queue: str
) -> None:
    handle = await client.start_workflow(
        GreetingWorkflow.run,
        "World",
        id=_id(),
        task_queue=task_queue,
        memo={"owner": "tests", "n": 3},
        search_attributes=TypedSearchAttributes(
            [SearchAttributePair(SearchAttributeKey.for_keyword("TestKeyword"), "kw")]
        ),
    )
    assert handle.result_run_id
    desc = await handle.describe()
    assert desc.id == handle.id
    assert desc.workflow_type == "GreetingWorkflow"
    assert desc.task_queue == task_queue
    assert desc.status == WorkflowExecutionStatus.RUNNING
    assert await desc.memo() == {"owner": "tests", "n": 3}
    assert await desc.memo_value("n", type_hint=int) == 3
    assert desc.typed_search_attributes.get(SearchAttributeKey.for_keyword("TestKeyword")) == "kw"

    task = await poll_workflow_task(client, task_queue)
    started = task.history.events[0].workflow_execution_started_event_attributes
    assert await client.data_converter.decode(list(started.input.payloads), [str]) == ["World"]
    result = await client.data_converter.encode_wrapper([Greeting("Hello, World!", 2)])
    await respond(client, task, [complete_command(result)])

    got = await handle.result()
    assert got == Greeting("Hello, World!", 2)
    assert isinstance(got, Greeting)
    desc = await handle.describe()
    assert desc.status == WorkflowExecutionStatus.COMPLETED
    assert desc.close_time is not None


async def test_duplicate_id_raises_already_started_and_policies_apply(
    client: Client, task_queue: str
) -> None:
    wid = _id()
    first = await client.start_workflow(GreetingWorkflow.run, "a", id=wid, task_queue=task_queue)
    with pytest.raises(WorkflowAlreadyStartedError) as info:
        await client.start_workflow(GreetingWorkflow.run, "b", id=wid, task_queue=task_queue)
    assert info.value.workflow_id == wid
    assert info.value.run_id == first.result_run_id

    # USE_EXISTING returns the running run instead of failing.
    same = await client.start_workflow(
        GreetingWorkflow.run,
        "c",
        id=wid,
        task_queue=task_queue,
        id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
    )
    assert same.result_run_id == first.result_run_id

    # TERMINATE_EXISTING replaces it.
    replaced = await client.start_workflow(
        GreetingWorkflow.run,
        "d",
        id=wid,
        task_queue=task_queue,
        id_conflict_policy=WorkflowIDConflictPolicy.TERMINATE_EXISTING,
    )
    assert replaced.result_run_id != first.result_run_id
    with pytest.raises(WorkflowFailureError) as failed:
        await first.result()
    assert isinstance(failed.value.cause, TerminatedError)

    # REJECT_DUPLICATE forbids a new run after the old one closed.
    await replaced.terminate(reason="done")
    with pytest.raises(WorkflowAlreadyStartedError):
        await client.start_workflow(
            GreetingWorkflow.run,
            "e",
            id=wid,
            task_queue=task_queue,
            id_reuse_policy=WorkflowIDReusePolicy.REJECT_DUPLICATE,
        )


async def test_signal_with_start_and_signal_are_in_history(client: Client, task_queue: str) -> None:
    wid = _id()
    handle = await client.start_workflow(
        GreetingWorkflow.run,
        "x",
        id=wid,
        task_queue=task_queue,
        start_signal="set_salutation",
        start_signal_args=["Hi"],
    )
    await handle.signal(GreetingWorkflow.set_salutation, "Hola")
    # signal-with-start on a running workflow only signals it
    again = await client.start_workflow(
        GreetingWorkflow.run,
        "x",
        id=wid,
        task_queue=task_queue,
        start_signal="set_salutation",
        start_signal_args=["Bonjour"],
    )
    assert again.result_run_id == handle.result_run_id
    signals = [
        e.workflow_execution_signaled_event_attributes
        async for e in handle.fetch_history_events()
        if e.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED
    ]
    assert [s.signal_name for s in signals] == ["set_salutation"] * 3
    decoded = [(await client.data_converter.decode(list(s.input.payloads)))[0] for s in signals]
    assert decoded == ["Hi", "Hola", "Bonjour"]


async def test_cancel_request_is_in_history_and_cancelled_result(
    client: Client, task_queue: str
) -> None:
    handle = await client.start_workflow(GreetingWorkflow.run, "x", id=_id(), task_queue=task_queue)
    task = await poll_workflow_task(client, task_queue)
    await respond(client, task)  # first task done, no commands: workflow keeps running
    await handle.cancel(reason="user asked")
    types = await _history_types(handle)
    assert EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED in types
    events = [e async for e in handle.fetch_history_events()]
    req = next(
        e.workflow_execution_cancel_requested_event_attributes
        for e in events
        if e.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED
    )
    assert req.cause == "user asked"

    # The responder accepts the cancellation: the result is a cancelled failure.
    task = await poll_workflow_task(client, task_queue)
    details = await client.data_converter.encode_wrapper(["cleaned up"])
    await respond(
        client,
        task,
        [
            Command(
                command_type=CommandType.COMMAND_TYPE_CANCEL_WORKFLOW_EXECUTION,
                cancel_workflow_execution_command_attributes=CancelWorkflowExecutionCommandAttributes(
                    details=details
                ),
            )
        ],
    )
    with pytest.raises(WorkflowFailureError) as info:
        await handle.result()
    assert isinstance(info.value.cause, CancelledError)
    assert info.value.cause.details == ("cleaned up",)


async def test_terminate_gives_terminated_error_with_reason(
    client: Client, task_queue: str
) -> None:
    handle = await client.start_workflow(GreetingWorkflow.run, "x", id=_id(), task_queue=task_queue)
    await handle.terminate("some detail", reason="because tests")
    with pytest.raises(WorkflowFailureError) as info:
        await handle.result()
    cause = info.value.cause
    assert isinstance(cause, TerminatedError)
    assert "because tests" in str(cause)
    assert (await handle.describe()).status == WorkflowExecutionStatus.TERMINATED


async def test_execution_timeout_gives_timeout_error(client: Client, task_queue: str) -> None:
    handle = await client.start_workflow(
        GreetingWorkflow.run,
        "x",
        id=_id(),
        task_queue=task_queue,
        execution_timeout=timedelta(seconds=1),
    )
    with anyio.fail_after(30):
        with pytest.raises(WorkflowFailureError) as info:
            await handle.result()
    assert isinstance(info.value.cause, TimeoutError)
    assert (await handle.describe()).status == WorkflowExecutionStatus.TIMED_OUT


async def test_history_event_filter_close_event(client: Client, task_queue: str) -> None:
    from temporalio.client import WorkflowHistoryEventFilterType

    handle = await client.start_workflow(GreetingWorkflow.run, "x", id=_id(), task_queue=task_queue)
    await handle.terminate(reason="done")
    closing = [
        e.event_type
        async for e in handle.fetch_history_events(
            event_filter_type=WorkflowHistoryEventFilterType.CLOSE_EVENT
        )
    ]
    assert closing == [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED]
    every = [e async for e in handle.fetch_history_events()]
    assert len(every) > 1


async def test_workflow_failure_decodes_cause_chain(client: Client, task_queue: str) -> None:
    handle = await client.start_workflow(GreetingWorkflow.run, "x", id=_id(), task_queue=task_queue)
    task = await poll_workflow_task(client, task_queue)
    failure = Failure()
    try:
        try:
            raise ValueError("inner problem")
        except ValueError as inner:
            raise ApplicationError("outer", "detail", type="MyType", non_retryable=True) from inner
    except ApplicationError as err:
        await client.data_converter.encode_failure(err, failure)
    await respond(client, task, [fail_command(failure)])
    with pytest.raises(WorkflowFailureError) as info:
        await handle.result()
    cause = info.value.cause
    assert isinstance(cause, ApplicationError)
    assert cause.type == "MyType" and cause.non_retryable
    assert cause.details == ("detail",)
    assert isinstance(cause.__cause__, ApplicationError)
    assert cause.__cause__.type == "ValueError"
    assert "inner problem" in str(cause.__cause__)


async def test_result_follows_continue_as_new(client: Client, task_queue: str) -> None:
    handle = await client.start_workflow(GreetingWorkflow.run, "x", id=_id(), task_queue=task_queue)
    task = await poll_workflow_task(client, task_queue)
    args = await client.data_converter.encode_wrapper(["second"])
    await respond(client, task, [continue_as_new_command("GreetingWorkflow", task_queue, args)])
    with pytest.raises(WorkflowContinuedAsNewError) as info:
        await handle.result(follow_runs=False)
    new_run = info.value.new_execution_run_id
    assert new_run and new_run != handle.result_run_id

    task = await poll_workflow_task(client, task_queue)
    assert task.workflow_execution.run_id == new_run
    result = await client.data_converter.encode_wrapper([Greeting("from run 2", 2)])
    await respond(client, task, [complete_command(result)])
    assert await handle.result() == Greeting("from run 2", 2)


async def test_result_follows_workflow_retry(client: Client, task_queue: str) -> None:
    handle = await client.start_workflow(
        GreetingWorkflow.run,
        "x",
        id=_id(),
        task_queue=task_queue,
        retry_policy=RetryPolicy(initial_interval=timedelta(milliseconds=100), maximum_attempts=2),
    )
    task = await poll_workflow_task(client, task_queue)
    failure = Failure()
    await client.data_converter.encode_failure(ApplicationError("try again"), failure)
    await respond(client, task, [fail_command(failure)])
    task = await poll_workflow_task(client, task_queue)
    started = task.history.events[0].workflow_execution_started_event_attributes
    assert started.attempt == 2
    await respond(
        client,
        task,
        [complete_command(await client.data_converter.encode_wrapper([Greeting("retried", 1)]))],
    )
    assert await handle.result() == Greeting("retried", 1)


async def test_query_answered_failed_and_rejected(client: Client, task_queue: str) -> None:
    handle = await client.start_workflow(GreetingWorkflow.run, "x", id=_id(), task_queue=task_queue)
    task = await poll_workflow_task(client, task_queue)
    await respond(client, task)

    async def answer(error: str | None) -> None:
        task = await poll_workflow_task(client, task_queue)
        assert task.query.query_type == "current"
        answer = await client.data_converter.encode_wrapper(["Hello"])
        await answer_query(client, task, answer=None if error else answer, error=error)

    async with anyio.create_task_group() as tg:
        tg.start_soon(answer, None)
        assert await handle.query(GreetingWorkflow.current) == "Hello"
    async with anyio.create_task_group() as tg:
        tg.start_soon(answer, "no such query")
        with pytest.raises(WorkflowQueryFailedError) as info:
            await handle.query("current")
    assert "no such query" in str(info.value)

    await handle.terminate()
    with pytest.raises(WorkflowQueryRejectedError) as rejected:
        await handle.query(GreetingWorkflow.current, reject_condition=QueryRejectCondition.NOT_OPEN)
    assert rejected.value.status == WorkflowExecutionStatus.TERMINATED


async def test_list_count_and_history_json_round_trip(client: Client, task_queue: str) -> None:
    handles = [
        await client.start_workflow("ListedWorkflow", i, id=_id(), task_queue=task_queue)
        for i in range(3)
    ]
    query = f"TaskQueue = '{task_queue}'"
    with anyio.fail_after(20):
        while (await client.count_workflows(query)).count < 3:
            await anyio.sleep(0.2)
    listed = [wf async for wf in client.list_workflows(query, page_size=2)]
    assert sorted(w.id for w in listed) == sorted(h.id for h in handles)
    assert all(w.workflow_type == "ListedWorkflow" for w in listed)
    limited = [wf async for wf in client.list_workflows(query, limit=1)]
    assert len(limited) == 1

    history = await handles[0].fetch_history()
    assert history.events[0].event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED
    again = WorkflowHistory.from_json(history.workflow_id, history.to_json())
    assert list(again.events) == list(history.events)
    assert again.run_id == handles[0].result_run_id

    # Old-style exports (enum values without their prefix) read the same.
    data = history.to_json_dict()
    for event in data["events"]:
        event["eventType"] = "".join(
            w.capitalize() for w in event["eventType"].removeprefix("EVENT_TYPE_").split("_")
        )
    assert list(WorkflowHistory.from_json("x", data).events) == list(history.events)
    with pytest.raises(ValueError, match="events"):
        WorkflowHistory.from_json("x", '{"nope": 1}')


async def test_interceptors_see_every_call(dev_server: str, task_queue: str) -> None:
    seen: list[str] = []

    class Recorder(OutboundInterceptor):
        def __getattribute__(self, name: str) -> Any:
            attr = super().__getattribute__(name)
            if not name.startswith("_") and name != "next" and callable(attr):
                seen.append(name)
            return attr

    class RecordingInterceptor(Interceptor):
        def intercept_client(self, next: OutboundInterceptor) -> OutboundInterceptor:
            return Recorder(next)

    client = await Client.connect(dev_server, interceptors=[RecordingInterceptor()])
    try:
        handle = await client.start_workflow("Intercepted", id=_id(), task_queue=task_queue)
        await handle.signal("sig", 1)
        await handle.describe()
        await handle.fetch_history()
        await client.count_workflows()
        [w async for w in client.list_workflows(limit=1)]
        await handle.cancel()
        await handle.terminate()
        with pytest.raises(WorkflowFailureError):
            await handle.result()
    finally:
        await client.service_client.close()
    for name in (
        "start_workflow",
        "signal_workflow",
        "describe_workflow",
        "fetch_workflow_history_events",
        "count_workflows",
        "list_workflows",
        "cancel_workflow",
        "terminate_workflow",
    ):
        assert name in seen, f"{name} not intercepted; saw {seen}"


async def test_interceptor_headers_reach_the_server(dev_server: str, task_queue: str) -> None:
    class AddHeader(OutboundInterceptor):
        async def start_workflow(self, input: Any) -> Any:
            payload = (await client.data_converter.encode(["header-value"]))[0]
            input.headers = {**input.headers, "my-header": payload}
            return await self.next.start_workflow(input)

    class HeaderInterceptor(Interceptor):
        def intercept_client(self, next: OutboundInterceptor) -> OutboundInterceptor:
            return AddHeader(next)

    client = await Client.connect(dev_server, interceptors=[HeaderInterceptor()])
    try:
        handle = await client.start_workflow("Headers", id=_id(), task_queue=task_queue)
        history = await handle.fetch_history()
        header = history.events[0].workflow_execution_started_event_attributes.header
        assert (await client.data_converter.decode([header.fields["my-header"]])) == [
            "header-value"
        ]
        await handle.terminate()
    finally:
        await client.service_client.close()


async def test_start_is_visible_to_the_temporal_cli(
    client: Client, dev_server: str, task_queue: str
) -> None:
    handle = await client.start_workflow("CliChecked", "arg", id=_id(), task_queue=task_queue)
    out = await anyio.run_process(
        [
            find_temporal_cli(),
            "workflow",
            "describe",
            "--address",
            dev_server,
            "--workflow-id",
            handle.id,
            "--output",
            "json",
        ],
        stderr=subprocess.STDOUT,
    )
    data = json.loads(out.stdout)
    info = data["workflowExecutionInfo"]
    assert info["type"]["name"] == "CliChecked"
    assert info["execution"]["runId"] == handle.result_run_id
    assert info["taskQueue"] == task_queue
    await handle.terminate()


async def test_unknown_namespace_error_names_it(dev_server: str) -> None:
    client = await Client.connect(dev_server, namespace="no-such-namespace")
    try:
        with pytest.raises(Exception) as info:
            await client.start_workflow("X", id=_id(), task_queue="tq")
        assert "no-such-namespace" in str(info.value)
    finally:
        await client.service_client.close()


async def test_same_client_object_serves_calls(client: Client, task_queue: str) -> None:
    # Concurrent calls on one client (one channel) from one task group.
    results: list[str] = []

    async def start(i: int) -> None:
        h = await client.start_workflow("Concurrent", i, id=_id(), task_queue=task_queue)
        results.append(h.id)
        await h.terminate()

    async with anyio.create_task_group() as tg:
        for i in range(10):
            tg.start_soon(start, i)
    assert len(set(results)) == 10
