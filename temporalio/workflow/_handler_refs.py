"""From a handler reference (``MyWorkflow.my_signal``) to its name and types.

The client and workflow code accept handler methods where the wire needs names;
these helpers read what the ``@workflow.signal/query/update`` decorators recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from temporalio.workflow._decorators import _Mark
from temporalio.workflow._definition import WorkflowDefinitionError, _ret_type


def signal_name_of(fn: Callable[..., Any] | str) -> str:
    """The signal name of a handler reference (or a plain name)."""
    return _name_of("signal", fn)


def query_name_of(fn: Callable[..., Any] | str) -> str:
    """The query name of a handler reference (or a plain name)."""
    return _name_of("query", fn)


def update_name_of(fn: Callable[..., Any] | str) -> str:
    """The update name of a handler reference (or a plain name)."""
    return _name_of("update", fn)


def _name_of(kind: str, fn: Callable[..., Any] | str) -> str:
    if isinstance(fn, str):
        return fn
    target = fn.fget if isinstance(fn, property) else fn
    mark = getattr(target, f"__temporal_{kind}_definition", None)
    if not isinstance(mark, _Mark) or mark.name is None:
        what = getattr(target, "__qualname__", repr(fn))
        raise WorkflowDefinitionError(
            f"{what} is not a @workflow.{kind} handler with a name; "
            f"pass a decorated method or the {kind} name as a string"
        )
    return mark.name


def ret_type_of(fn: Callable[..., Any]) -> Any:
    """The declared return type of a handler or run method reference."""
    target = fn.fget if isinstance(fn, property) else fn
    return _ret_type(target)
