"""Activities defined as methods: registered as bound methods of an instance with
state, called from workflows with ``execute_activity_method`` /
``start_activity_method``; options given as ``**ActivityConfig``."""

from __future__ import annotations

import concurrent.futures
import textwrap
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from temporalio import activity, workflow
from temporalio.client import Client
from temporalio.worker import Worker
from tests.worker.helpers import new_id

FAST = workflow.ActivityConfig(start_to_close_timeout=timedelta(seconds=10))


class Inventory:
    """Activities sharing state (as a database connection would be shared)."""

    def __init__(self, stock: dict[str, int]) -> None:
        self.stock = dict(stock)
        self.audits: list[str] = []

    @activity.defn
    async def reserve(self, item: str) -> int:
        self.stock[item] -= 1
        return self.stock[item]

    @activity.defn(name="inventory-total")
    async def total(self) -> int:
        return sum(self.stock.values())

    @activity.defn
    async def move(self, item: str, to: str, n: int) -> str:
        self.stock[item] -= n
        self.stock[to] = self.stock.get(to, 0) + n
        return f"moved {n} {item} to {to}"

    @activity.defn
    def audit(self, item: str) -> str:
        self.audits.append(item)
        return f"audited {item}"


@workflow.defn
class InventoryWorkflow:
    @workflow.run
    async def run(self, item: str) -> list[object]:
        left = await workflow.execute_activity_method(Inventory.reserve, item, **FAST)
        handle = workflow.start_activity_method(
            Inventory.reserve, item, **FAST, heartbeat_timeout=timedelta(seconds=5)
        )
        left_after = await handle
        total = await workflow.execute_activity_method(Inventory.total, **FAST)
        moved = await workflow.execute_activity_method(
            Inventory.move, args=[item, "shelf", 2], **FAST
        )
        audited = await workflow.execute_activity_method(
            Inventory.audit, item, start_to_close_timeout=timedelta(seconds=10)
        )
        return [left, left_after, total, moved, audited]


@pytest.fixture
def pool() -> Iterator[concurrent.futures.ThreadPoolExecutor]:
    with concurrent.futures.ThreadPoolExecutor(2) as executor:
        yield executor


async def test_activity_methods_of_an_instance_with_state(
    client: Client,
    task_queue: str,
    new_worker: Callable[..., Worker],
    pool: concurrent.futures.ThreadPoolExecutor,
) -> None:
    inventory = Inventory({"apple": 5, "pear": 1})
    activities = [inventory.reserve, inventory.total, inventory.move, inventory.audit]
    async with new_worker([InventoryWorkflow], activities, activity_executor=pool):
        handle = await client.start_workflow(
            InventoryWorkflow.run, "apple", id=new_id(), task_queue=task_queue
        )
        result = await handle.result()
    assert result == [4, 3, 4, "moved 2 apple to shelf", "audited apple"]
    assert inventory.stock == {"apple": 1, "pear": 1, "shelf": 2}
    assert inventory.audits == ["apple"]
    names = [
        e.activity_task_scheduled_event_attributes.activity_type.name
        async for e in handle.fetch_history_events()
        if e.HasField("activity_task_scheduled_event_attributes")
    ]
    assert names == ["reserve", "reserve", "inventory-total", "move", "audit"]


def test_option_mistakes_are_clear_errors() -> None:
    # Checked before the workflow runtime is needed, so no workflow is running here.
    with pytest.raises(TypeError, match=r"take a method \(MyActivities\.reserve\)"):
        workflow.start_activity_method("reserve", **FAST)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"unknown option\(s\) 'start_to_close'; the options"):
        workflow.start_activity(
            Inventory.reserve,  # type: ignore[call-overload]
            "x",
            start_to_close=timedelta(seconds=1),
        )
    with pytest.raises(TypeError, match="start_to_close_timeout must be a datetime.timedelta"):
        workflow.start_activity_method(
            Inventory.reserve,
            "x",
            start_to_close_timeout=5,  # type: ignore[arg-type]
        )
    with pytest.raises(ValueError, match="'reserve' needs start_to_close_timeout or"):
        workflow.start_activity_method(Inventory.reserve, "x")
    with pytest.raises(TypeError, match="cancellation_type must be a workflow.Activity"):
        workflow.start_activity_method(
            Inventory.reserve,
            "x",
            **FAST,
            cancellation_type=1,  # type: ignore[arg-type]
        )

    class Plain:
        async def method(self) -> None:
            pass

    with pytest.raises(TypeError, match="decorate it with @activity.defn"):
        workflow.start_activity_method(Plain.method, **FAST)


_TYPED_USE = """
    from datetime import timedelta
    from temporalio import activity, workflow

    FAST = workflow.ActivityConfig(start_to_close_timeout=timedelta(seconds=10))

    class Inventory:
        @activity.defn
        async def reserve(self, item: str) -> int:
            return 1

        @activity.defn
        async def total(self) -> int:
            return 1

        @activity.defn
        def audit(self, item: str) -> str:
            return item

        @activity.defn
        async def move(self, item: str, to: str, n: int) -> str:
            return item

    async def typed() -> None:
        reveal_type(await workflow.execute_activity_method(Inventory.reserve, "x", **FAST))
        reveal_type(await workflow.execute_activity_method(Inventory.total, **FAST))
        reveal_type(workflow.start_activity_method(Inventory.audit, "x", **FAST))
        reveal_type(
            await workflow.execute_activity_method(Inventory.move, args=["a", "b", 1], **FAST)
        )
        await workflow.execute_activity_method(Inventory.reserve, 3, **FAST)
        await workflow.execute_activity_method(Inventory.reserve, "x", start_to_close=FAST)
"""


def test_method_forms_and_config_are_typed(tmp_path: Path) -> None:
    """The overloads give the method's return type and reject wrong arguments/options."""
    from mypy import api as mypy_api  # a dev dependency, like pytest

    source = tmp_path / "typed_use.py"
    source.write_text(textwrap.dedent(_TYPED_USE))
    out, err, _ = mypy_api.run(
        [
            "--strict",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--no-error-summary",
            str(source),
        ]
    )
    lines = [line.split(": ", 1)[1] for line in out.splitlines() if ": " in line]
    notes = [line for line in lines if line.startswith("note: Revealed")]
    assert [n.replace("builtins.", "") for n in notes] == [
        'note: Revealed type is "int"',
        'note: Revealed type is "int"',
        'note: Revealed type is "temporalio.workflow._activity.ActivityHandle[str]"',
        'note: Revealed type is "str"',
    ], out + err
    errors = [line for line in lines if line.startswith("error")]
    assert "incompatible type" in errors[0], out + err
    assert 'Unexpected keyword argument "start_to_close"' in errors[1], out + err
