"""Workflow and activity code that both SDKs import unchanged.

Our tests import this module as ``tests.interop.shared_workflows``; the reference agent
(``reference_agent.py``, run by the reference SDK's interpreter) imports it under the same
name, so workflow types, activity types and dataclasses line up on both sides. Only public
API common to both SDKs is used here, and nothing from asyncio beyond what workflow code may
use (``asyncio.sleep`` inside a workflow is a durable timer on both SDKs).

Annotations are real (no ``from __future__ import annotations``) so that neither SDK has to
resolve string hints to find the dataclasses to decode into.
"""

import asyncio
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from temporalio import activity, workflow
from temporalio.exceptions import ActivityError, ApplicationError, ChildWorkflowError

ACTIVITY_TIMEOUT = timedelta(seconds=10)


@dataclass
class Order:
    customer: str
    items: list[str]
    express: bool = False


@dataclass
class Receipt:
    customer: str
    total_cents: int
    lines: list[str]
    notes: list[str] = field(default_factory=list)


@dataclass
class Approval:
    approver: str


@dataclass
class OrderStatus:
    stage: str
    notes: list[str]


PRICES_CENTS = {"pen": 150, "ink": 475, "paper": 320}


# --- activities --------------------------------------------------------------------


@activity.defn
async def price_order(order: Order) -> Receipt:
    lines = [f"{item}: {PRICES_CENTS[item]}" for item in order.items]
    total = sum(PRICES_CENTS[item] for item in order.items)
    return Receipt(order.customer, total + (500 if order.express else 0), lines)


@activity.defn
async def summarize_order(order: Order) -> str:
    speed = "express" if order.express else "standard"
    return f"{order.customer}: {len(order.items)} item(s), {speed}"


@activity.defn
async def refuse_order(order: Order) -> Receipt:
    missing = order.items[-1]
    raise ApplicationError(
        "out of stock", {"sku": missing, "wanted": 1}, type="OutOfStock", non_retryable=True
    ) from LookupError(f"no {missing} left")


ACTIVITIES = [price_order, summarize_order, refuse_order]


def error_chain(err: BaseException | None) -> str:
    """``Class(type)`` of each error in a cause chain, joined with ``>`` (deterministic)."""
    parts = []
    while err is not None:
        kind = getattr(err, "type", None) if isinstance(err, ApplicationError) else None
        parts.append(f"{type(err).__name__}({kind})" if kind else type(err).__name__)
        err = getattr(err, "cause", None) or err.__cause__
    return ">".join(parts)


# --- workflows ---------------------------------------------------------------------


@workflow.defn
class OrderWorkflow:
    """An activity (dataclass in and out), two kinds of timer, two signals, a query."""

    def __init__(self) -> None:
        self._stage = "pricing"
        self._notes: list[str] = []
        self._approval: Approval | None = None

    @workflow.run
    async def run(self, order: Order) -> Receipt:
        receipt = await workflow.execute_activity(
            price_order, order, start_to_close_timeout=ACTIVITY_TIMEOUT
        )
        self._stage = "waiting"
        # Both kinds of timer at once (the dev server fires timers about a second late).
        await asyncio.gather(asyncio.sleep(0.1), workflow.sleep(timedelta(milliseconds=100)))
        self._stage = "awaiting approval"
        await workflow.wait_condition(lambda: self._approval is not None)
        assert self._approval is not None
        self._stage = "approved"
        receipt.notes = [*self._notes, f"approved by {self._approval.approver}"]
        return receipt

    @workflow.signal
    def add_note(self, note: str) -> None:
        self._notes.append(note)

    @workflow.signal
    def approve(self, approval: Approval) -> None:
        self._approval = approval

    @workflow.query
    def status(self) -> OrderStatus:
        return OrderStatus(self._stage, list(self._notes))


@workflow.defn
class CartWorkflow:
    """Updates: one with a validator, one that waits on a timer and then ends the run."""

    def __init__(self) -> None:
        self._items: list[str] = []
        self._checked_out = False

    @workflow.run
    async def run(self) -> list[str]:
        await workflow.wait_condition(lambda: self._checked_out)
        return self._items

    @workflow.update
    def add_item(self, item: str) -> list[str]:
        self._items.append(item)
        return list(self._items)

    @add_item.validator
    def check_item(self, item: str) -> None:
        if not item:
            raise ValueError("an item needs a name")

    @workflow.update
    async def checkout(self) -> int:
        await asyncio.sleep(0.05)
        self._checked_out = True
        return len(self._items)


@workflow.defn
class LocalActivityWorkflow:
    """A local activity that succeeds and one that fails (caught)."""

    @workflow.run
    async def run(self, order: Order) -> list[str]:
        out = [
            await workflow.execute_local_activity(
                summarize_order, order, start_to_close_timeout=ACTIVITY_TIMEOUT
            )
        ]
        try:
            await workflow.execute_local_activity(
                refuse_order, order, start_to_close_timeout=ACTIVITY_TIMEOUT
            )
        except (ActivityError, ApplicationError) as err:
            # The reference SDK raises a failed local activity's own error (core hands the
            # workflow the raw failure, without the ActivityError wrapper).
            out.append(error_chain(err))
        return out


@workflow.defn
class ShippingWorkflow:
    """Child of :class:`ParentWorkflow`; fails for an empty order."""

    @workflow.run
    async def run(self, order: Order) -> Receipt:
        if not order.items:
            raise ApplicationError("nothing to ship", type="EmptyOrder", non_retryable=True)
        receipt = await workflow.execute_activity(
            price_order, order, start_to_close_timeout=ACTIVITY_TIMEOUT
        )
        parent = workflow.info().parent
        receipt.notes.append("shipped by a parent" if parent else "shipped alone")
        return receipt


@workflow.defn
class ParentWorkflow:
    """Two children: one returns a dataclass, one fails (caught as ChildWorkflowError)."""

    @workflow.run
    async def run(self, order: Order) -> list[str]:
        wid = workflow.info().workflow_id
        receipt = await workflow.execute_child_workflow(
            ShippingWorkflow.run, order, id=f"{wid}-ship"
        )
        out = [f"{receipt.customer} {receipt.total_cents}", *receipt.notes]
        try:
            await workflow.execute_child_workflow(
                ShippingWorkflow.run, Order(order.customer, []), id=f"{wid}-empty"
            )
        except ChildWorkflowError as err:
            out.append(error_chain(err))
        return out


@workflow.defn
class PatchedWorkflow:
    """``workflow.patched``: new runs take the patched branch and record the marker."""

    @workflow.run
    async def run(self, order: Order) -> str:
        if workflow.patched("express-shipping"):
            order.express = True
            return await workflow.execute_activity(
                summarize_order, order, start_to_close_timeout=ACTIVITY_TIMEOUT
            )
        await asyncio.sleep(0.05)
        return "unpatched"


@workflow.defn
class RejectingWorkflow:
    """Fails with an ApplicationError that has a type, details and a cause."""

    @workflow.run
    async def run(self, order: Order) -> Receipt:
        raise ApplicationError(
            "order rejected",
            {"customer": order.customer, "items": order.items},
            "second detail",
            type="OrderRejected",
            non_retryable=True,
        ) from ValueError("credit limit exceeded")


@workflow.defn
class ActivityFailureWorkflow:
    """Fails because its activity failed (ActivityError > ApplicationError > cause)."""

    @workflow.run
    async def run(self, order: Order) -> Receipt:
        return await workflow.execute_activity(
            refuse_order, order, start_to_close_timeout=ACTIVITY_TIMEOUT
        )


# Values workflow code computed, by workflow ID, written on every run *and replay* in this
# process: a test reads what a replayer's execution of the code computed.
OBSERVED: dict[str, dict[str, list[Any]]] = {}


@workflow.defn
class DeterministicValuesWorkflow:
    """Workflow time, random numbers and UUIDs: every SDK must compute the same ones."""

    @workflow.run
    async def run(self) -> dict[str, list[Any]]:
        times = [workflow.now().isoformat()]
        rng = workflow.random()
        randoms: list[Any] = [str(rng.getrandbits(64)), rng.randint(1, 1_000_000)]
        randoms.append(str(workflow.uuid4()))
        await asyncio.sleep(0.05)
        times.append(workflow.now().isoformat())
        randoms.append(workflow.random().random())
        values = {"time": times, "random": randoms}
        OBSERVED[workflow.info().workflow_id] = values
        return values


WORKFLOWS = [
    OrderWorkflow,
    CartWorkflow,
    LocalActivityWorkflow,
    ShippingWorkflow,
    ParentWorkflow,
    PatchedWorkflow,
    RejectingWorkflow,
    ActivityFailureWorkflow,
    DeterministicValuesWorkflow,
]
