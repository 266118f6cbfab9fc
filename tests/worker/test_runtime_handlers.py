"""Signal and query handlers set at run time: buffering, latest wins, None removes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from temporalio import workflow
from temporalio.client import Client, WorkflowQueryFailedError
from temporalio.common import RawValue
from temporalio.worker import Worker
from tests.worker.helpers import eventually, new_id


@workflow.defn
class RuntimeHandlersWorkflow:
    def __init__(self) -> None:
        self._got: list[str] = []
        self._stage = ""

    @workflow.run
    async def run(self) -> list[str]:
        # Signals sent before this point have no handler: they wait in the buffer.
        await workflow.wait_condition(lambda: self._stage == "register")
        workflow.set_signal_handler("late", self._late)
        workflow.set_dynamic_signal_handler(self._dynamic_signal)
        workflow.set_query_handler("got", lambda: list(self._got))
        workflow.set_dynamic_query_handler(self._dynamic_query)
        assert workflow.get_signal_handler("late") == self._late
        assert workflow.get_signal_handler("stage") == self.stage
        assert workflow.get_dynamic_query_handler() == self._dynamic_query
        self._got.append("registered")
        await workflow.wait_condition(lambda: self._stage == "finish")
        return self._got

    def _late(self, value: str) -> None:
        self._got.append(f"late:{value}")

    async def _late_v2(self, value: str) -> None:
        self._got.append(f"late-v2:{value}")

    def _dynamic_signal(self, name: str, args: Sequence[RawValue]) -> None:
        values = [workflow.payload_converter().from_payload(a.payload) for a in args]
        self._got.append(f"dynamic:{name}:{values}")

    def _dynamic_query(self, name: str, *args: Any) -> str:
        return f"dynamic query {name} {list(args)}"

    @workflow.signal
    def stage(self, stage: str) -> None:
        self._stage = stage
        if stage == "replace":
            workflow.set_signal_handler("late", self._late_v2)
            workflow.set_query_handler("got", lambda: ["replaced", *self._got])
        elif stage == "remove":
            workflow.set_signal_handler("late", None)
            workflow.set_dynamic_signal_handler(None)
            workflow.set_query_handler("got", None)
            workflow.set_dynamic_query_handler(None)
        elif stage == "restore":
            workflow.set_signal_handler("late", self._late)

    @workflow.query
    def sneaky(self) -> None:
        workflow.set_signal_handler("late", self._late)


async def test_runtime_signal_and_query_handlers(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    handle = await client.start_workflow(
        RuntimeHandlersWorkflow.run, id=new_id(), task_queue=task_queue
    )
    # Before any handler exists for them.
    await handle.signal("late", "1")
    await handle.signal("other", "x")
    await handle.signal("late", "2")
    await handle.signal("another", 3)
    await handle.signal(RuntimeHandlersWorkflow.stage, "register")
    async with new_worker([RuntimeHandlersWorkflow]):

        async def got() -> list[str]:
            return list(await handle.query("got"))

        # Handlers run once run() yields: the "late" ones first (their handler was
        # set first), then the rest in arrival order.
        assert await eventually(got, lambda v: "registered" in v) == [
            "registered",
            "late:1",
            "late:2",
            "dynamic:other:['x']",
            "dynamic:another:[3]",
        ]
        assert await handle.query("anything", 1) == "dynamic query anything [1]"
        with pytest.raises(WorkflowQueryFailedError, match="read-only"):
            await handle.query(RuntimeHandlersWorkflow.sneaky)

        # The latest registration wins. (A signal's handler is chosen when the signal
        # is applied, so each change is awaited before the next signal is sent.)
        await handle.signal(RuntimeHandlersWorkflow.stage, "replace")
        await eventually(got, lambda v: v[0] == "replaced")
        await handle.signal("late", "3")
        await eventually(got, lambda v: v[-1] == "late-v2:3")

        # None removes: signals wait in the buffer again, unknown queries fail.
        await handle.signal(RuntimeHandlersWorkflow.stage, "remove")
        with pytest.raises(WorkflowQueryFailedError, match=r"known queries: \['sneaky'\]"):
            await eventually(got, lambda _: False)
        await handle.signal("late", "4")
        await handle.signal("unheard", 5)
        await handle.signal("late", "5")
        await handle.signal(RuntimeHandlersWorkflow.stage, "restore")
        await handle.signal(RuntimeHandlersWorkflow.stage, "finish")
        result = await handle.result()
    assert result == [
        "registered",
        "late:1",
        "late:2",
        "dynamic:other:['x']",
        "dynamic:another:[3]",
        "late-v2:3",
        "late:4",
        "late:5",
    ]


@workflow.defn
class EveryBufferedSignalWorkflow:
    def __init__(self) -> None:
        self._got: list[str] = []

    @workflow.run
    async def run(self) -> list[str]:
        await workflow.sleep(0.01)
        # One catch-all handler takes every buffered signal, in arrival order.
        workflow.set_dynamic_signal_handler(lambda name, *args: self._got.append(f"{name}{args}"))
        await workflow.wait_condition(lambda: len(self._got) >= 4)
        return self._got


async def test_dynamic_signal_handler_gets_buffered_signals_in_arrival_order(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    handle = await client.start_workflow(
        EveryBufferedSignalWorkflow.run, id=new_id(), task_queue=task_queue
    )
    for name, arg in (("b", 1), ("a", 2), ("b", 3), ("c", 4)):
        await handle.signal(name, arg)
    async with new_worker([EveryBufferedSignalWorkflow]):
        assert await handle.result() == ["b(1,)", "a(2,)", "b(3,)", "c(4,)"]


def test_handler_registration_errors_name_the_problem() -> None:
    with pytest.raises(ValueError, match="non-empty string"):
        workflow.set_signal_handler("", lambda: None)
    with pytest.raises(TypeError, match="must be callable"):
        workflow.set_update_handler("u", "not a function")  # type: ignore[arg-type]

    async def async_query() -> int:
        return 1

    with pytest.raises(TypeError, match="plain def"):
        workflow.set_query_handler("q", async_query)
    with pytest.raises(TypeError, match=r"\(name, \*args\)"):
        workflow.set_dynamic_signal_handler(lambda value: None)

    async def async_validator(x: int) -> None:
        return None

    with pytest.raises(TypeError, match="validator .* plain def"):
        workflow.set_update_handler("u", lambda x: x, validator=async_validator)
    with pytest.raises(workflow.NotInWorkflowError):
        workflow.set_signal_handler("s", lambda: None)
