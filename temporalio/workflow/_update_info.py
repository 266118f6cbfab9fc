"""``workflow.current_update_info()``: which update the running code is handling."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

__all__ = ["UpdateInfo", "current_update_info"]


@dataclass(frozen=True)
class UpdateInfo:
    """The update an update handler (or its validator) is running for."""

    id: str
    """Update ID (unique per workflow run; the caller's, or one the client made up)."""
    name: str
    """Update name."""


_current: ContextVar[UpdateInfo | None] = ContextVar("temporal_update_info", default=None)


def current_update_info() -> UpdateInfo | None:
    """The update being handled by the running code, or None outside update handlers.

    Tasks an update handler starts (``asyncio.create_task``) inherit it, like any
    context variable; signal and query handlers and the run method see None.
    """
    return _current.get()


def set_current_update_info(info: UpdateInfo) -> None:
    """For the worker: called at the start of the task that runs one update."""
    _current.set(info)
