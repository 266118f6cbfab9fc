"""Payload codecs on the worker side, the replay-silent logger, and debug mode."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from datetime import timedelta

import pytest

from temporalio import activity, workflow
from temporalio.api.common.v1 import Payload
from temporalio.client import Client, WorkflowFailureError
from temporalio.converter import DataConverter, PayloadCodec
from temporalio.exceptions import ApplicationError
from temporalio.worker import Replayer, Worker
from tests.worker.helpers import new_id


class ReversingCodec(PayloadCodec):
    """Marks payloads as encoded and reverses their bytes (stands in for encryption)."""

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        return [
            Payload(
                metadata={"encoding": b"binary/reversed"},
                data=p.SerializeToString()[::-1],
            )
            for p in payloads
        ]

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        out = []
        for p in payloads:
            assert p.metadata["encoding"] == b"binary/reversed", p.metadata
            out.append(Payload.FromString(p.data[::-1]))
        return out


@activity.defn
async def shout(text: str) -> str:
    return text.upper()


@workflow.defn
class CodecWorkflow:
    def __init__(self) -> None:
        self._suffix = ""

    @workflow.run
    async def run(self, text: str) -> str:
        loud = await workflow.execute_activity(
            shout, text, start_to_close_timeout=timedelta(seconds=5)
        )
        await workflow.wait_condition(lambda: bool(self._suffix))
        if self._suffix == "fail":
            raise ApplicationError("failed on purpose", "secret detail")
        return loud + self._suffix

    @workflow.signal
    def suffix(self, value: str) -> None:
        self._suffix = value

    @workflow.query
    def current(self) -> str:
        return self._suffix or "none"


async def test_codec_encodes_every_payload_in_history(
    dev_server: str, task_queue: str, max_cached_workflows: int
) -> None:
    converter = dataclasses.replace(DataConverter.default, payload_codec=ReversingCodec())
    client = await Client.connect(dev_server, data_converter=converter)
    try:
        async with Worker(
            client,
            task_queue=task_queue,
            workflows=[CodecWorkflow],
            activities=[shout],
            max_cached_workflows=max_cached_workflows,
        ):
            handle = await client.start_workflow(
                CodecWorkflow.run, "hi", id=new_id(), task_queue=task_queue
            )
            assert await handle.query(CodecWorkflow.current) == "none"
            await handle.signal(CodecWorkflow.suffix, "!")
            assert await handle.result() == "HI!"
            failing = await client.start_workflow(
                CodecWorkflow.run, "x", id=new_id(), task_queue=task_queue
            )
            await failing.signal(CodecWorkflow.suffix, "fail")
            with pytest.raises(WorkflowFailureError) as info:
                await failing.result()
            assert isinstance(info.value.cause, ApplicationError)
            assert info.value.cause.details == ("secret detail",)
        history = await handle.fetch_history()
        encodings = set()
        for event in history.events:
            for field in (
                event.workflow_execution_started_event_attributes.input,
                event.activity_task_scheduled_event_attributes.input,
                event.activity_task_completed_event_attributes.result,
                event.workflow_execution_signaled_event_attributes.input,
                event.workflow_execution_completed_event_attributes.result,
            ):
                encodings.update(p.metadata["encoding"] for p in field.payloads)
        assert encodings == {b"binary/reversed"}
        # The Replayer decodes with the same converter.
        await Replayer(workflows=[CodecWorkflow], data_converter=converter).replay_workflow(history)
    finally:
        await client.service_client.close()


@workflow.defn
class LoggingWorkflow:
    @workflow.run
    async def run(self) -> str:
        workflow.logger.info("before timer, replaying=%s", workflow.unsafe.is_replaying())
        await workflow.sleep(0.05)
        workflow.logger.info("after timer")
        return workflow.info().workflow_id


async def test_workflow_logger_adds_context_and_is_silent_on_replay(
    client: Client,
    task_queue: str,
    new_worker: Callable[..., Worker],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="temporalio.workflow")
    wid = new_id()
    async with new_worker([LoggingWorkflow]):
        assert (
            await client.execute_workflow(LoggingWorkflow.run, id=wid, task_queue=task_queue) == wid
        )
    records = [r for r in caplog.records if r.name == "temporalio.workflow"]
    # Each message once, even when (uncached) the history is replayed on every task.
    assert [r.getMessage().split(" (")[0] for r in records] == [
        "before timer, replaying=False",
        "after timer",
    ]
    assert all(r.temporal_workflow["workflow_id"] == wid for r in records)  # type: ignore[attr-defined]


async def test_debug_mode_runs_workflows_inline(client: Client, task_queue: str) -> None:
    async with Worker(client, task_queue=task_queue, workflows=[LoggingWorkflow], debug_mode=True):
        wid = new_id()
        assert (
            await client.execute_workflow(LoggingWorkflow.run, id=wid, task_queue=task_queue) == wid
        )
