"""Errors raised inside the history state machines.

Both kinds end the workflow task: the run reports it to the server as a failed workflow task
(PROTOCOL §2.5, §7.4) and must then be evicted. They never escape :class:`WorkflowRun`'s
public methods; the driver turns them into a :class:`~._outcome.FailWorkflowTask` step.
"""

from __future__ import annotations

__all__ = ["HistoryError", "MachineError", "NondeterminismError"]


class MachineError(Exception):
    """Base class of errors raised while applying history or commands."""


class NondeterminismError(MachineError):
    """Workflow code and history disagree.

    Attributes:
        event_id: Id of the history event where the mismatch was detected, or 0 when it was
            detected outside any event (e.g. an extra command at the end of a replayed task).
    """

    def __init__(self, message: str, *, event_id: int = 0) -> None:
        super().__init__(message)
        self.event_id = event_id


class HistoryError(MachineError):
    """The history (or the workflow task carrying it) is malformed or cannot be applied.

    Examples: non-contiguous event ids, an event after the run was terminated, an unknown
    event type or internal flag, a marker that cannot be parsed.
    """
