"""Signal and update handlers still running when their workflow finishes.

When a run completes, fails or continues as new while signal or update handlers
are still in progress, those handlers are abandoned: their remaining work never
happens, and the client waiting for an update's result gets an error instead.
The worker warns about it (:class:`UnfinishedSignalHandlersWarning`,
:class:`UnfinishedUpdateHandlersWarning`) unless the handler was declared with
``unfinished_policy=HandlerUnfinishedPolicy.ABANDON``. Wait for the handlers
with ``await workflow.wait_condition(workflow.all_handlers_finished)`` before
returning from ``run``.
"""

from __future__ import annotations

import collections
import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

__all__ = [
    "HandlerUnfinishedPolicy",
    "UnfinishedSignalHandlersWarning",
    "UnfinishedUpdateHandlersWarning",
]


class HandlerUnfinishedPolicy(IntEnum):
    """What to do about a handler still running when its workflow finishes."""

    WARN_AND_ABANDON = 1
    """Abandon it, with a warning (the default)."""
    ABANDON = 2
    """Abandon it silently: the handler's work may be cut short by design."""


class UnfinishedUpdateHandlersWarning(RuntimeWarning):
    """The workflow finished while update handlers were still running."""


class UnfinishedSignalHandlersWarning(RuntimeWarning):
    """The workflow finished while signal handlers were still running."""


@dataclass(frozen=True)
class RunningHandler:
    """A signal or update handler in progress (for the warning)."""

    kind: str  # "signal" or "update"
    name: str
    policy: HandlerUnfinishedPolicy
    update_id: str = ""


_ADVICE = (
    "Wait for the handlers to finish before the workflow returns, with `await "
    "workflow.wait_condition(workflow.all_handlers_finished)`, or, if cutting them short is "
    "intended, declare the handler with "
    "`@workflow.{kind}(unfinished_policy=workflow.HandlerUnfinishedPolicy.ABANDON)`."
)


def unfinished_warnings(running: Sequence[RunningHandler], workflow: str) -> list[RuntimeWarning]:
    """The warnings to give for the handlers still running when ``workflow`` finished."""
    warned = [h for h in running if h.policy is HandlerUnfinishedPolicy.WARN_AND_ABANDON]
    out: list[RuntimeWarning] = []
    updates = [{"name": h.name, "id": h.update_id} for h in warned if h.kind == "update"]
    if updates:
        out.append(
            UnfinishedUpdateHandlersWarning(
                f"Workflow {workflow} finished while update handlers were still running: the "
                "clients that sent them get a 'workflow execution already completed' error "
                "instead of a result. "
                + _ADVICE.format(kind="update")
                + " Unfinished: "
                + json.dumps(updates)
            )
        )
    signals = collections.Counter(h.name for h in warned if h.kind == "signal")
    if signals:
        out.append(
            UnfinishedSignalHandlersWarning(
                f"Workflow {workflow} finished while signal handlers were still running: "
                "their remaining work will not happen. "
                + _ADVICE.format(kind="signal")
                + " Unfinished: "
                + json.dumps([{"name": n, "count": c} for n, c in signals.most_common()])
            )
        )
    return out
