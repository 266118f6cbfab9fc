"""Errors about workflows as a whole (not failures of one workflow run)."""

from __future__ import annotations

from temporalio.exceptions import TemporalError


class WorkflowError(TemporalError):
    """Base of errors about workflow code and its histories."""


class NondeterminismError(WorkflowError):
    """Workflow code did not do what its history says it did.

    The message names the command the code issued (or failed to issue), the
    event history has instead, and that event's ID. Raised by the Replayer; a
    worker reports it as a workflow task failure.
    """


class ReadOnlyContextError(WorkflowError, RuntimeError):
    """Code that must not change the workflow tried to (a query handler or an update
    validator scheduled an activity, started a timer, sent a signal, ...).

    The query or update is rejected with this error's message; the workflow itself
    is untouched.
    """
