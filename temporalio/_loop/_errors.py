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


HOST_LIBRARY_INSTEAD = (
    "workflow code runs on the deterministic loop: use asyncio primitives and "
    "temporalio.workflow functions there, and anyio or trio in activities"
)

_TRIO_NO_CONTEXT = "must be called from async context"


def explain_host_library_error(err: BaseException) -> BaseException:
    """``err``, or a :class:`NotAllowedInWorkflowError` saying why, if trio raised it.

    trio refuses to run outside ``trio.run`` with "must be called from async
    context", which reads as a bug in the SDK. The replacement has ``err`` as its
    cause and keeps its traceback.
    """
    if not isinstance(err, RuntimeError) or str(err) != _TRIO_NO_CONTEXT:
        return err
    tb = err.__traceback__
    while tb is not None:
        module = tb.tb_frame.f_globals.get("__name__", "")
        if module == "trio" or module.startswith("trio."):
            explained = NotAllowedInWorkflowError("trio in workflow code", HOST_LIBRARY_INSTEAD)
            explained.__cause__ = err
            return explained.with_traceback(err.__traceback__)
        tb = tb.tb_next
    return err


class WorkflowLivelockError(RuntimeError):
    """A workflow kept scheduling callbacks without ever waiting on anything.

    Raised by :meth:`WorkflowEventLoop.run_until_idle` when one activation runs more
    callbacks than the loop's cap, e.g. ``while True: await asyncio.sleep(0)``. Such a
    workflow would never yield back to the worker.
    """


__all__ = [
    "HOST_LIBRARY_INSTEAD",
    "CancelledError",
    "NotAllowedInWorkflowError",
    "WorkflowLivelockError",
    "explain_host_library_error",
]
