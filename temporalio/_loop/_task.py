"""The task type of workflow code: asyncio's Task plus cancel-scope bookkeeping."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine, Generator
from contextvars import Context
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

if TYPE_CHECKING:
    from ._cancel_scope import CancellationScope

_T = TypeVar("_T")

# What asyncio accepts as a task's coroutine: generator-based coroutines only until 3.11.
if sys.version_info >= (3, 12):
    TaskCoroutine: TypeAlias = Coroutine[Any, Any, _T]
else:
    TaskCoroutine: TypeAlias = Coroutine[Any, Any, _T] | Generator[Any, None, _T]


class WorkflowTask(asyncio.Task[_T]):
    """An ``asyncio.Task`` that knows which cancel scope it is in.

    It stays asyncio's C task (``isinstance(task, asyncio.Task)`` holds and stepping is
    as fast as asyncio's); the loop creates every task of a workflow as this type.

    Invariants, maintained by the scope tree (``_cancel_scope``):

    - ``_wf_scope`` is the innermost scope the task is in: the scope current where the
      task was created, then whatever ``with scope:`` blocks the task enters and exits.
      The task is a key of that scope's ``_tasks`` and of no other scope's.
    - ``_wf_deliveries`` counts the cancel requests scopes made on this task that no scope
      has withdrawn yet (with ``uncancel()``); it is part of ``task.cancelling()``.
    - ``_wf_cancelled_waiter`` is the future that was waited on when a scope last
      cancelled the task, so that one suspension gets exactly one cancellation.
    """

    __slots__ = ("_wf_cancelled_waiter", "_wf_deliveries", "_wf_scope")

    if TYPE_CHECKING:
        # asyncio's own attributes, the same on the C and the Python task since 3.8;
        # typeshed does not list them.
        _fut_waiter: asyncio.Future[Any] | None
        _must_cancel: bool
        _log_destroy_pending: bool

    def __init__(
        self,
        coro: TaskCoroutine[_T],
        *,
        loop: asyncio.AbstractEventLoop,
        name: str,
        context: Context,
    ) -> None:
        super().__init__(coro, loop=loop, name=name, context=context)
        self._wf_scope: CancellationScope | None = None
        self._wf_deliveries = 0
        self._wf_cancelled_waiter: asyncio.Future[Any] | None = None
