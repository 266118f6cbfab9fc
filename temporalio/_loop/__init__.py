"""Deterministic scheduler for workflow code (internal).

An asyncio-compatible event loop whose timers are durable and whose clock is workflow
time, the CancellationScope tree (trio's cancel scopes, made durable), and deterministic
``wait``/``as_completed``. ``temporalio.workflow`` re-exports the public names.
"""

from ._cancel_scope import CancellationScope
from ._errors import CancelledError, NotAllowedInWorkflowError, WorkflowLivelockError
from ._event_loop import WORKFLOW_ASYNC_LIBRARY, WorkflowEventLoop
from ._task import WorkflowTask
from ._timers import DurableTimerHandle, TimerSink
from ._wait import ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, as_completed, wait

__all__ = [
    "ALL_COMPLETED",
    "FIRST_COMPLETED",
    "FIRST_EXCEPTION",
    "WORKFLOW_ASYNC_LIBRARY",
    "CancellationScope",
    "CancelledError",
    "DurableTimerHandle",
    "NotAllowedInWorkflowError",
    "TimerSink",
    "WorkflowEventLoop",
    "WorkflowLivelockError",
    "WorkflowTask",
    "as_completed",
    "wait",
]
