"""Small helpers for worker tests."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import anyio

from temporalio.api.enums.v1 import EventType
from temporalio.client import WorkflowHandle

T = TypeVar("T")


def new_id() -> str:
    """A fresh workflow ID."""
    return f"wf-{uuid.uuid4().hex}"


async def eventually(
    fn: Callable[[], Awaitable[T]], check: Callable[[T], bool], *, timeout: float = 10
) -> T:
    """Call ``fn`` until ``check`` accepts its value (or fail after ``timeout``)."""
    with anyio.fail_after(timeout):
        while True:
            value = await fn()
            if check(value):
                return value
            await anyio.sleep(0.05)


async def event_types(handle: WorkflowHandle[Any, Any]) -> list[str]:
    """Names of the history's event types, without the EVENT_TYPE_ prefix."""
    return [
        EventType.Name(e.event_type).removeprefix("EVENT_TYPE_")
        async for e in handle.fetch_history_events()
    ]
