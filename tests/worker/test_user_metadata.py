"""User metadata (what the UI shows): summaries of activities, local activities, timers
and children, static summary/details of workflows, current details, handler
descriptions, and the built-in ``__temporal_workflow_metadata`` query."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from temporalio import activity, workflow
from temporalio.api.history.v1 import HistoryEvent
from temporalio.api.sdk.v1 import UserMetadata, WorkflowMetadata
from temporalio.client import Client, WorkflowHandle, WorkflowQueryFailedError
from temporalio.converter import DataConverter
from temporalio.worker import Worker
from temporalio.workflow._activity import _ARG_UNSET, _options
from tests.worker.helpers import new_id
from tests.worker.test_codec_logging import ReversingCodec


@activity.defn
async def greet(name: str) -> str:
    return f"hello {name}"


@workflow.defn
class Child:
    @workflow.run
    async def run(self) -> str:
        return "child done"


@workflow.defn
class Annotated:
    def __init__(self) -> None:
        self.go = False

    @workflow.run
    async def run(self) -> str:
        workflow.set_current_details("**step 1**: greeting")
        greeting = await workflow.execute_activity(
            greet, "remote", start_to_close_timeout=timedelta(seconds=10), summary="say hi"
        )
        await workflow.execute_local_activity(
            greet, "local", start_to_close_timeout=timedelta(seconds=10), summary="local hi"
        )
        await workflow.sleep(0.01, summary="short nap")
        try:
            await workflow.wait_condition(
                lambda: False, timeout=timedelta(milliseconds=10), timeout_summary="give up"
            )
        except TimeoutError:
            pass
        child = await workflow.execute_child_workflow(
            Child.run,
            id=f"{workflow.info().workflow_id}-child",
            static_summary="the child",
            static_details="child *details*",
        )
        workflow.set_current_details("waiting for go")
        await workflow.wait_condition(lambda: self.go)
        return f"{greeting}, {child}, {workflow.get_current_details()}"

    @workflow.signal(description="Lets the workflow finish")
    def finish(self) -> None:
        self.go = True

    @workflow.query(description="Whether go was signalled")
    def is_go(self) -> bool:
        return self.go

    @workflow.query
    def try_to_write(self) -> None:
        workflow.set_current_details("from a query")

    @workflow.update(description="Sets go and says so")
    def set_go(self) -> str:
        self.go = True
        return "ok"


def _metadata(event: HistoryEvent) -> UserMetadata | None:
    return event.user_metadata if event.HasField("user_metadata") else None


async def _summaries(client: Client, handle: WorkflowHandle[Any, Any]) -> dict[str, str]:
    """Event kind -> decoded summary, for the events of the history that carry one."""
    out: dict[str, str] = {}
    async for event in handle.fetch_history_events():
        metadata = _metadata(event)
        if metadata is None or not metadata.HasField("summary"):
            continue
        kind = event.WhichOneof("attributes") or ""
        [value] = await client.data_converter.decode([metadata.summary])
        out[kind.removesuffix("_event_attributes")] = value
    return out


async def _run_annotated(client: Client, task_queue: str, **worker_kw: Any) -> Any:
    async with Worker(
        client, task_queue=task_queue, workflows=[Annotated, Child], activities=[greet], **worker_kw
    ):
        handle = await client.start_workflow(
            Annotated.run,
            id=new_id(),
            task_queue=task_queue,
            static_summary="annotated run",
            static_details="# Details\nsome *markdown*",
        )
        meta = await handle.query("__temporal_workflow_metadata", result_type=WorkflowMetadata)
        assert isinstance(meta, WorkflowMetadata)
        await handle.signal(Annotated.finish)
        assert await handle.result() == "hello remote, child done, waiting for go"
        return handle, meta


async def test_summaries_reach_history_and_describe(
    client: Client, task_queue: str, max_cached_workflows: int
) -> None:
    handle, _ = await _run_annotated(client, task_queue, max_cached_workflows=max_cached_workflows)
    summaries = await _summaries(client, handle)
    assert summaries["activity_task_scheduled"] == "say hi"
    assert summaries["marker_recorded"] == "local hi"
    assert summaries["start_child_workflow_execution_initiated"] == "the child"
    timer_summaries = set()
    async for event in handle.fetch_history_events():
        if event.HasField("timer_started_event_attributes") and _metadata(event):
            [value] = await client.data_converter.decode([event.user_metadata.summary])
            timer_summaries.add(value)
    assert timer_summaries == {"short nap", "give up"}

    description = await handle.describe()
    assert description.static_summary == "annotated run"
    assert description.static_details == "# Details\nsome *markdown*"
    child = await client.get_workflow_handle(f"{handle.id}-child").describe()
    assert (child.static_summary, child.static_details) == ("the child", "child *details*")
    # A workflow started without them has none.
    plain = await client.start_workflow(Child.run, id=new_id(), task_queue=task_queue + "-idle")
    description = await plain.describe()
    assert (description.static_summary, description.static_details) == (None, None)
    await plain.terminate()


async def test_user_metadata_goes_through_the_codec(dev_server: str, task_queue: str) -> None:
    converter = dataclasses.replace(DataConverter.default, payload_codec=ReversingCodec())
    client = await Client.connect(dev_server, data_converter=converter)
    handle, _ = await _run_annotated(client, task_queue)
    encodings = set()
    async for event in handle.fetch_history_events():
        metadata = _metadata(event)
        if metadata is not None and metadata.HasField("summary"):
            encodings.add(metadata.summary.metadata["encoding"])
    assert encodings == {b"binary/reversed"}
    assert (await _summaries(client, handle))["activity_task_scheduled"] == "say hi"
    description = await handle.describe()
    assert description.static_summary == "annotated run"
    assert (
        description.raw_description.execution_config.user_metadata.summary.metadata["encoding"]
        == b"binary/reversed"
    )


async def test_workflow_metadata_query(client: Client, task_queue: str) -> None:
    _, meta = await _run_annotated(client, task_queue)
    definition = meta.definition
    assert definition.type == "Annotated"
    queries = {q.name: q.description for q in definition.query_definitions}
    assert queries["is_go"] == "Whether go was signalled"
    assert queries["try_to_write"] == ""
    assert "__stack_trace" in queries and "__temporal_workflow_metadata" in queries
    assert {s.name: s.description for s in definition.signal_definitions} == {
        "finish": "Lets the workflow finish"
    }
    assert {u.name: u.description for u in definition.update_definitions} == {
        "set_go": "Sets go and says so"
    }
    assert meta.current_details in ("**step 1**: greeting", "waiting for go")


async def test_current_details_and_runtime_handler_descriptions(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    @workflow.defn(name="RuntimeHandlers")
    class RuntimeHandlers:
        @workflow.run
        async def run(self) -> None:
            workflow.set_query_handler("answer", lambda: 42, description="The answer")
            workflow.set_signal_handler("poke", lambda: None, description="Pokes")
            workflow.set_current_details("ready")
            await asyncio.Event().wait()

    async with new_worker([RuntimeHandlers, Annotated, Child], [greet]):
        handle = await client.start_workflow(
            RuntimeHandlers.run, id=new_id(), task_queue=task_queue
        )
        meta = await handle.query("__temporal_workflow_metadata", result_type=WorkflowMetadata)
        assert meta.current_details == "ready"
        assert {q.name: q.description for q in meta.definition.query_definitions}["answer"] == (
            "The answer"
        )
        assert [s.name for s in meta.definition.signal_definitions] == ["poke"]
        await handle.terminate()

        # Queries are read-only: setting the details from one fails the query only.
        annotated = await client.start_workflow(Annotated.run, id=new_id(), task_queue=task_queue)
        with pytest.raises(WorkflowQueryFailedError, match="current details"):
            await annotated.query(Annotated.try_to_write)
        await annotated.signal(Annotated.finish)
        assert (await annotated.result()).endswith("waiting for go")


def test_bad_summary_type_is_refused() -> None:
    with pytest.raises(TypeError, match="summary must be a str"):
        _options(
            "start_activity",
            "act",
            _ARG_UNSET,
            (),
            None,
            {"start_to_close_timeout": timedelta(seconds=1), "summary": 3},
        )


async def test_non_string_metadata_is_refused_before_sending(
    client: Client, task_queue: str
) -> None:
    with pytest.raises(TypeError, match="static_summary must be a str"):
        await client.start_workflow(
            Child.run,
            id=new_id(),
            task_queue=task_queue,
            static_summary=3,  # type: ignore[arg-type]
        )


async def test_a_summary_the_client_cannot_decode_fails_describe_loudly(
    dev_server: str, task_queue: str
) -> None:
    converter = dataclasses.replace(DataConverter.default, payload_codec=ReversingCodec())
    with_codec = await Client.connect(dev_server, data_converter=converter)
    handle = await with_codec.start_workflow(
        Child.run, id=new_id(), task_queue=task_queue, static_summary="secret"
    )
    without = await Client.connect(dev_server)
    with pytest.raises(Exception, match="binary/reversed"):
        await without.get_workflow_handle(handle.id).describe()
    assert (await handle.describe()).static_summary == "secret"
    await handle.terminate()
