"""Workflow API functions: time, randomness, waiting, info, logging."""

from __future__ import annotations

import logging
import random as _random
import uuid
from collections.abc import Callable, MutableMapping
from datetime import datetime, timedelta
from typing import Any

import temporalio.converter
from temporalio._common._metadata_text import metadata_text
from temporalio.workflow._info import Info
from temporalio.workflow._runtime import WorkflowRuntime


def in_workflow() -> bool:
    """Whether the caller is workflow code."""
    return WorkflowRuntime.maybe_current() is not None


def info() -> Info:
    """Facts about the current workflow."""
    return WorkflowRuntime.current().workflow_info()


def now() -> datetime:
    """Workflow time (UTC), deterministic: use it instead of ``datetime.now()``."""
    return WorkflowRuntime.current().workflow_now()


def time() -> float:
    """Workflow time in seconds since the epoch (what ``asyncio``'s loop reports)."""
    return WorkflowRuntime.current().workflow_time()


def random() -> _random.Random:
    """A ``random.Random`` seeded from history: the same values on every replay."""
    return WorkflowRuntime.current().workflow_random()


def random_seed() -> int:
    """The seed of :func:`random` (the same on every replay; changes if the run is reset)."""
    return WorkflowRuntime.current().workflow_random_seed()


def new_random() -> _random.Random:
    """A new ``random.Random`` seeded from :func:`random` (so also the same on every
    replay), for code that wants a generator of its own."""
    return _random.Random(random().getrandbits(64))


def time_ns() -> int:
    """Workflow time in nanoseconds since the epoch (deterministic; microsecond
    resolution, like :func:`now`)."""
    return round(WorkflowRuntime.current().workflow_time() * 1_000_000) * 1000


def instance() -> Any:
    """The object of the running workflow class (``self`` of its run method).

    Raises:
        RuntimeError: Called while the object is still being constructed (from
            ``__init__``).
    """
    return WorkflowRuntime.current().workflow_instance()


def has_last_completion_result() -> bool:
    """Whether the previous run of this cron or schedule left a result for this one."""
    return info().last_result_payload is not None


def get_last_completion_result(type_hint: type | None = None) -> Any | None:
    """The result of the previous successful run of this cron or schedule, decoded.

    Args:
        type_hint: Type to decode to (as a workflow's return type would be), or None
            for plain JSON values.

    Returns:
        The result, or None if there is none (see :func:`has_last_completion_result`
        to tell a None result from no result).
    """
    payload = info().last_result_payload
    if payload is None:
        return None
    return payload_converter().from_payload(payload, type_hint)


def get_last_failure() -> BaseException | None:
    """How the previous run of this retry, cron or schedule chain failed, if it did."""
    return info().last_failure


def uuid4() -> uuid.UUID:
    """A random UUID that is the same on every replay."""
    return uuid.UUID(int=random().getrandbits(128), version=4)


def payload_converter() -> temporalio.converter.PayloadConverter:
    """The worker's payload converter (for ``RawValue`` and dynamic handlers)."""
    return WorkflowRuntime.current().workflow_payload_converter()


def _seconds(duration: float | timedelta) -> float:
    return duration.total_seconds() if isinstance(duration, timedelta) else float(duration)


def get_current_details() -> str:
    """The details last set by :func:`set_current_details` ("" if none)."""
    return WorkflowRuntime.current().workflow_get_current_details()


def set_current_details(details: str) -> None:
    """Describe what the workflow is doing now (Markdown), for the UI.

    The UI reads it through the built-in ``__temporal_workflow_metadata`` query.
    It lives in the worker's memory, not in history: a replay sets it again as the
    workflow code runs.

    Raises:
        TypeError: ``details`` is not a string.
    """
    if not isinstance(details, str):
        raise TypeError(f"current details must be a str, got {type(details).__name__}")
    WorkflowRuntime.current().workflow_set_current_details(details)


async def sleep(duration: float | timedelta, *, summary: str | None = None) -> None:
    """A durable timer (``asyncio.sleep`` in workflow code does the same).

    Args:
        duration: How long.
        summary: A line shown for the timer in the UI (user metadata).
    """
    await WorkflowRuntime.current().workflow_sleep(
        _seconds(duration), metadata_text("workflow.sleep()", "summary", summary)
    )


async def wait_condition(
    fn: Callable[[], bool],
    *,
    timeout: float | timedelta | None = None,
    timeout_summary: str | None = None,
) -> None:
    """Wait until ``fn()`` returns true; it is checked after every workflow step.

    Args:
        fn: The condition.
        timeout: Give up after this long.
        timeout_summary: A line shown in the UI for the timeout's timer.

    Raises:
        TimeoutError: ``timeout`` passed first (asyncio's, as ``asyncio.wait_for`` raises).
    """
    await WorkflowRuntime.current().workflow_wait_condition(
        fn,
        None if timeout is None else _seconds(timeout),
        metadata_text("workflow.wait_condition()", "timeout_summary", timeout_summary),
    )


class unsafe:
    """Calls that are safe only when you know what they do."""

    @staticmethod
    def is_replaying() -> bool:
        """Whether the workflow is replaying history (do not branch workflow logic on it)."""
        return WorkflowRuntime.current().workflow_is_replaying()


class LoggerAdapter(logging.LoggerAdapter[logging.Logger]):
    """Workflow logger: adds workflow facts to records and is silent while replaying."""

    def __init__(self, logger: logging.Logger) -> None:
        """Wrap ``logger``."""
        super().__init__(logger, {})

    def isEnabledFor(self, level: int) -> bool:
        """Disabled while replaying, so replays do not log twice."""
        rt = WorkflowRuntime.maybe_current()
        if rt is not None and rt.workflow_is_replaying():
            return False
        return self.logger.isEnabledFor(level)

    def process(
        self, msg: Any, kwargs: MutableMapping[str, Any]
    ) -> tuple[Any, MutableMapping[str, Any]]:
        """Add ``temporal_workflow`` details to the record and the message."""
        rt = WorkflowRuntime.maybe_current()
        if rt is not None:
            i = rt.workflow_info()
            details = {
                "workflow_id": i.workflow_id,
                "run_id": i.run_id,
                "workflow_type": i.workflow_type,
                "namespace": i.namespace,
                "task_queue": i.task_queue,
                "attempt": i.attempt,
            }
            extra = dict(kwargs.get("extra") or {})
            extra["temporal_workflow"] = details
            kwargs["extra"] = extra
            msg = f"{msg} ({', '.join(f'{k}={v}' for k, v in details.items() if k != 'namespace')})"
        return msg, kwargs


logger = LoggerAdapter(logging.getLogger("temporalio.workflow"))
"""Logger for workflow code."""
