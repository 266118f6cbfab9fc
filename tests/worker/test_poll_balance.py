"""Normal and sticky workflow polls share the worker's task slots: neither queue can
hold every slot in long polls while the other has work (with few slots, a worker
used to stall until a sticky task arrived)."""

from __future__ import annotations

from datetime import timedelta

import anyio
import pytest

from temporalio import workflow
from temporalio.client import Client
from temporalio.worker import Worker
from temporalio.worker._poll_balance import PollBalancer
from temporalio.worker._poller import SlotPermit, TaskPoller
from tests.worker.helpers import new_id


def test_each_queue_always_gets_a_poll_and_the_total_stays_within_the_slots() -> None:
    balancer = PollBalancer(max_slots=2)
    assert balancer.allowed("sticky")
    balancer.start("sticky")
    # A second sticky poll would leave no slot for the normal queue's first one.
    assert not balancer.allowed("sticky")
    assert balancer.allowed("normal")
    balancer.start("normal")
    assert not balancer.allowed("normal") and not balancer.allowed("sticky")
    balancer.end("sticky")
    assert balancer.allowed("sticky")

    many = PollBalancer(max_slots=10)
    for _ in range(4):
        assert many.allowed("sticky")
        many.start("sticky")
    assert many.allowed("normal")
    for _ in range(5):
        many.start("normal")
    assert many.allowed("normal")  # 9 running: a 10th poll fits
    many.start("normal")
    assert not many.allowed("normal") and not many.allowed("sticky")  # all 10 slots
    many.end("sticky")
    assert many.allowed("sticky") and many.allowed("normal")


async def test_sticky_polls_that_never_answer_do_not_starve_the_normal_queue() -> None:
    slots = anyio.Semaphore(2)
    balancer = PollBalancer(max_slots=2)
    normal_polls = 0
    sticky_polls = 0
    handled: list[str] = []

    async def sticky_poll() -> str | None:
        nonlocal sticky_polls
        sticky_polls += 1
        await anyio.sleep_forever()  # an idle sticky queue: no answer for a long time
        return None

    async def normal_poll() -> str | None:
        nonlocal normal_polls
        normal_polls += 1
        await anyio.sleep(0.01)
        if normal_polls <= 5:
            return None  # empty long polls first
        return "new workflow"

    def dispatch(task: str, permit: SlotPermit | None) -> None:
        handled.append(task)
        if permit is not None:
            permit.release()

    sticky: TaskPoller[str] = TaskPoller(
        what="sticky", poll=sticky_poll, slots=slots, concurrency=4, balance=(balancer, "sticky")
    )
    normal: TaskPoller[str] = TaskPoller(
        what="normal", poll=normal_poll, slots=slots, concurrency=1, balance=(balancer, "normal")
    )
    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            tg.start_soon(sticky.run, dispatch)
            tg.start_soon(normal.run, dispatch)
            while not handled:
                await anyio.sleep(0.005)
            tg.cancel_scope.cancel()
    assert handled == ["new workflow"]
    assert normal_polls >= 6  # five empty polls, then the task (then it polls on)
    # Only one sticky poll ever started: a second one would have taken the slot the
    # normal queue needs.
    assert sticky_polls == 1


async def test_an_empty_poll_gives_its_slot_back() -> None:
    # One slot, two loops: each empty poll releases the slot and the other loop gets
    # it (a loop used to keep its slot across empty polls, so the other never polled).
    pollers: set[object] = set()

    async def poll() -> int | None:
        pollers.add(anyio.get_current_task().id)
        await anyio.sleep(0.01)
        return None

    def dispatch(task: int, permit: SlotPermit | None) -> None:
        raise AssertionError("no task expected")

    poller: TaskPoller[int] = TaskPoller(
        what="q", poll=poll, slots=anyio.Semaphore(1), concurrency=2
    )
    with anyio.move_on_after(0.3):
        await poller.run(dispatch)
    assert len(pollers) == 2


@workflow.defn
class Sleeper:
    @workflow.run
    async def run(self) -> None:
        await workflow.sleep(timedelta(hours=1))


@workflow.defn
class Quick:
    @workflow.run
    async def run(self) -> str:
        await workflow.sleep(0.05)
        return "done"


async def test_few_slots_with_idle_cached_runs_still_take_new_workflows(
    client: Client, task_queue: str
) -> None:
    async with Worker(
        client, task_queue=task_queue, workflows=[Sleeper, Quick], max_concurrent_workflow_tasks=2
    ):
        sleepers = [
            await client.start_workflow(Sleeper.run, id=new_id(), task_queue=task_queue)
            for _ in range(3)
        ]
        await anyio.sleep(0.5)  # cached and idle: the sticky poll has nothing to bring
        for _ in range(3):
            with anyio.fail_after(20):
                assert (
                    await client.execute_workflow(Quick.run, id=new_id(), task_queue=task_queue)
                    == "done"
                )
        for handle in sleepers:
            await handle.terminate()


@pytest.mark.parametrize(
    "option", ["max_concurrent_workflow_tasks", "max_concurrent_workflow_task_polls"]
)
async def test_one_slot_or_poll_with_a_sticky_cache_is_refused(client: Client, option: str) -> None:
    with pytest.raises(ValueError, match=f"{option} must be at least 2 when max_cached_workflows"):
        Worker(client, task_queue="q", workflows=[Quick], **{option: 1})  # type: ignore[arg-type]
    # Without a cache one of each is fine.
    Worker(client, task_queue="q", workflows=[Quick], max_cached_workflows=0, **{option: 1})  # type: ignore[arg-type]
