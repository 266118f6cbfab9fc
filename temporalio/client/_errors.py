"""Errors raised by client calls."""

from __future__ import annotations

from temporalio.common import WorkflowExecutionStatus
from temporalio.exceptions import TemporalError


class WorkflowFailureError(TemporalError):
    """The workflow did not complete successfully.

    ``cause`` says why: an :class:`~temporalio.exceptions.ApplicationError` (or
    any failure the workflow raised), ``CancelledError``, ``TerminatedError`` or
    ``TimeoutError`` from :mod:`temporalio.exceptions`.
    """

    def __init__(self, *, cause: BaseException) -> None:
        super().__init__(f"Workflow execution failed: {cause}")
        self.__cause__ = cause

    @property
    def cause(self) -> BaseException:
        """The failure that ended the workflow."""
        assert self.__cause__ is not None
        return self.__cause__


class WorkflowContinuedAsNewError(TemporalError):
    """The run continued as new and ``result(follow_runs=False)`` was asked for."""

    def __init__(self, new_execution_run_id: str) -> None:
        super().__init__(f"Workflow continued as new (new run ID {new_execution_run_id})")
        self.new_execution_run_id = new_execution_run_id


class WorkflowQueryRejectedError(TemporalError):
    """The server rejected a query because of the query reject condition."""

    def __init__(self, status: WorkflowExecutionStatus | None) -> None:
        name = status.name if status is not None else "unknown"
        super().__init__(f"Query rejected, workflow status: {name}")
        self.status = status


class WorkflowQueryFailedError(TemporalError):
    """The workflow's query handler failed, or the query type is unknown to it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AsyncActivityCancelledError(TemporalError):
    """A heartbeat through an async activity handle learned of a cancel request."""

    def __init__(self) -> None:
        super().__init__("Activity cancelled")


__all__ = [
    "AsyncActivityCancelledError",
    "WorkflowContinuedAsNewError",
    "WorkflowFailureError",
    "WorkflowQueryFailedError",
    "WorkflowQueryRejectedError",
]
