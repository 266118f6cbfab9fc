"""Errors raised by the workflow scheduler."""

from __future__ import annotations

import asyncio

# The error every cancellation raises inside workflow code, whether it comes from a
# CancellationScope, from asyncio.timeout()/wait_for(), or from a plain Task.cancel().
#
# It is asyncio's own class, not a subclass of it, on purpose:
# - On Python 3.11 and 3.12, asyncio.timeout() and TaskGroup recognise a cancellation by
#   identity (``exc_type is CancelledError``). A subclass passing through them turns a
#   timeout into a bare cancellation and makes a TaskGroup wrap the cancellation into a
#   BaseExceptionGroup, which breaks plain asyncio code.
# - asyncio's C Task creates the instance itself when a cancellation is pending while the
#   task is not waiting on a future, so a subclass could not be delivered at every await
#   without replacing asyncio's Task, and then ``isinstance(task, asyncio.Task)`` breaks.
# Being the same class, it satisfies ``issubclass(CancelledError, asyncio.CancelledError)``
# and ``except CancelledError`` catches every cancellation delivered to workflow code.
CancelledError = asyncio.CancelledError


class NotAllowedInWorkflowError(RuntimeError):
    """Workflow code called an event-loop feature that would break determinism.

    Real I/O, threads, subprocesses, OS signals, executors and the real clock have no
    place in a workflow: their results are not recorded in history, so a replay could
    take another path. Such work belongs in an activity.
    """

    def __init__(self, what: str, instead: str) -> None:
        """Build the error.

        Args:
            what: The feature that was used, e.g. ``"loop.run_in_executor()"``.
            instead: What to use instead, e.g. ``"run blocking code in an activity"``.
        """
        super().__init__(f"{what} is not allowed in a workflow; {instead}")
        self.what = what


class WorkflowLivelockError(RuntimeError):
    """A workflow kept scheduling callbacks without ever waiting on anything.

    Raised by :meth:`WorkflowEventLoop.run_until_idle` when one activation runs more
    callbacks than the loop's cap, e.g. ``while True: await asyncio.sleep(0)``. Such a
    workflow would never yield back to the worker.
    """


__all__ = ["CancelledError", "NotAllowedInWorkflowError", "WorkflowLivelockError"]
