"""Signal, query and update handlers set at run time, from workflow code.

``@workflow.signal``, ``@workflow.query`` and ``@workflow.update`` declare
handlers on the class. The functions here add, replace or remove handlers while
the workflow runs (the design's "Dynamic Signals/Queries" section):

* The latest registration for a name wins, whether the previous handler came
  from the class or from an earlier call; passing ``None`` removes the handler
  (a class handler too).
* Signals that arrived while no handler matched are buffered. Setting a handler
  delivers the buffered signals it matches, in arrival order: their handler
  calls run as soon as the code that set the handler yields.
* A query or update with no handler fails with an error listing the known names.

Handlers set here are plain callables: functions, closures or bound methods.
They take the same arguments a decorated method takes after ``self``; dynamic
handlers take ``(name, *args)`` or ``(name, args: Sequence[RawValue])``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, Literal, Protocol, cast

from temporalio.workflow._runtime import WorkflowRuntime

HandlerKind = Literal["signal", "query", "update"]


class _HandlersRuntime(Protocol):
    """What these functions need from the workflow instance (its handlers mixin)."""

    def workflow_set_handler(
        self,
        kind: HandlerKind,
        name: str | None,
        handler: Callable[..., Any] | None,
        validator: Callable[..., Any] | None,
        description: str | None = None,
    ) -> None:
        """Set (or with ``handler=None`` remove) the handler of ``name`` (None = dynamic)."""

    def workflow_get_handler(
        self, kind: HandlerKind, name: str | None
    ) -> Callable[..., Any] | None:
        """The current handler of ``name`` (None = dynamic), bound if it is a method."""

    def workflow_all_handlers_finished(self) -> bool:
        """Whether no signal or update handler is running."""


def _runtime() -> _HandlersRuntime:
    return cast(_HandlersRuntime, WorkflowRuntime.current())


def _check_name(kind: HandlerKind, name: str) -> None:
    if not isinstance(name, str) or not name:
        raise ValueError(
            f"{kind} name must be a non-empty string, got {name!r}; "
            f"use set_dynamic_{kind}_handler for a catch-all handler"
        )


def _describe(fn: Any) -> str:
    return str(getattr(fn, "__qualname__", None) or repr(fn))


def _check_handler(kind: HandlerKind, handler: Any, *, dynamic: bool) -> None:
    if handler is None:
        return
    if not callable(handler):
        raise TypeError(f"{kind} handler must be callable or None, got {handler!r}")
    if kind == "query" and inspect.iscoroutinefunction(handler):
        raise TypeError(
            f"query handler {_describe(handler)} must be a plain def, not async def "
            "(queries are read-only and answer at once)"
        )
    if dynamic and not _takes_name_and_args(handler):
        raise TypeError(
            f"dynamic {kind} handler {_describe(handler)} must take (name, *args) "
            "or (name, args: Sequence[RawValue])"
        )


def _check_validator(validator: Any) -> None:
    if validator is None:
        return
    if not callable(validator):
        raise TypeError(f"update validator must be callable or None, got {validator!r}")
    if inspect.iscoroutinefunction(validator):
        raise TypeError(
            f"update validator {_describe(validator)} must be a plain def, not async def "
            "(validators are read-only and decide at once)"
        )


def _takes_name_and_args(fn: Callable[..., Any]) -> bool:
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return True  # cannot tell (e.g. some builtins): let the call decide
    positional = 0
    varargs = False
    for p in sig.parameters.values():
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            positional += 1
        elif p.kind == p.VAR_POSITIONAL:
            varargs = True
    return (positional == 1 and varargs) or (positional == 2 and not varargs)


# --- signals ------------------------------------------------------------------


def set_signal_handler(
    name: str, handler: Callable[..., Any] | None, *, description: str | None = None
) -> None:
    """Set, replace or (with None) remove the handler of signal ``name``.

    Signals of that name that arrived while no handler existed are delivered to
    the new handler in the order they arrived (the calls run once the caller
    yields).

    Args:
        name: The signal name.
        handler: A sync or async callable taking the signal's arguments, or
            None to remove the current handler (later signals are buffered).
        description: What the signal does, shown in the UI (workflow metadata).

    Raises:
        ValueError: ``name`` is empty.
        TypeError: ``handler`` is not callable.
        NotInWorkflowError: Not called from workflow code.
    """
    _check_name("signal", name)
    _check_handler("signal", handler, dynamic=False)
    _runtime().workflow_set_handler("signal", name, handler, None, description)


def set_dynamic_signal_handler(handler: Callable[..., Any] | None) -> None:
    """Set, replace or (with None) remove the catch-all signal handler.

    It receives every signal without a handler of its own, including the
    buffered ones (in arrival order; the calls run once the caller yields).

    Args:
        handler: A callable taking ``(name, *args)`` or
            ``(name, args: Sequence[RawValue])``, or None to remove it.

    Raises:
        TypeError: ``handler`` is not callable or does not take a name and
            the arguments.
        NotInWorkflowError: Not called from workflow code.
    """
    _check_handler("signal", handler, dynamic=True)
    _runtime().workflow_set_handler("signal", None, handler, None)


def get_signal_handler(name: str) -> Callable[..., Any] | None:
    """The current handler of signal ``name`` (a class method comes bound), or None."""
    return _runtime().workflow_get_handler("signal", name)


def get_dynamic_signal_handler() -> Callable[..., Any] | None:
    """The current catch-all signal handler, or None."""
    return _runtime().workflow_get_handler("signal", None)


# --- queries ------------------------------------------------------------------


def set_query_handler(
    name: str, handler: Callable[..., Any] | None, *, description: str | None = None
) -> None:
    """Set, replace or (with None) remove the handler of query ``name``.

    Args:
        name: The query name.
        handler: A plain (not async) callable taking the query's arguments and
            returning the answer; it must not change the workflow. None removes
            the current handler.
        description: What the query returns, shown in the UI (workflow metadata).

    Raises:
        ValueError: ``name`` is empty.
        TypeError: ``handler`` is not callable, or is ``async``.
        NotInWorkflowError: Not called from workflow code.
    """
    _check_name("query", name)
    _check_handler("query", handler, dynamic=False)
    _runtime().workflow_set_handler("query", name, handler, None, description)


def set_dynamic_query_handler(handler: Callable[..., Any] | None) -> None:
    """Set, replace or (with None) remove the catch-all query handler.

    Args:
        handler: A plain callable taking ``(name, *args)`` or
            ``(name, args: Sequence[RawValue])``, or None to remove it.

    Raises:
        TypeError: ``handler`` is not callable, is ``async``, or does not take a
            name and the arguments.
        NotInWorkflowError: Not called from workflow code.
    """
    _check_handler("query", handler, dynamic=True)
    _runtime().workflow_set_handler("query", None, handler, None)


def get_query_handler(name: str) -> Callable[..., Any] | None:
    """The current handler of query ``name`` (a class method comes bound), or None."""
    return _runtime().workflow_get_handler("query", name)


def get_dynamic_query_handler() -> Callable[..., Any] | None:
    """The current catch-all query handler, or None."""
    return _runtime().workflow_get_handler("query", None)


# --- updates ------------------------------------------------------------------


def set_update_handler(
    name: str,
    handler: Callable[..., Any] | None,
    *,
    validator: Callable[..., Any] | None = None,
    description: str | None = None,
) -> None:
    """Set, replace or (with None) remove the handler of update ``name``.

    Args:
        name: The update name.
        handler: A sync or async callable taking the update's arguments; its
            return value is the update's result. None removes the handler.
        validator: Optional plain callable taking the same arguments; raising
            rejects the update before anything is written to history. It must
            not change the workflow.
        description: What the update does, shown in the UI (workflow metadata).

    Raises:
        ValueError: ``name`` is empty.
        TypeError: ``handler`` or ``validator`` is not callable, or
            ``validator`` is ``async``.
        NotInWorkflowError: Not called from workflow code.
    """
    _check_name("update", name)
    _check_handler("update", handler, dynamic=False)
    _check_validator(validator)
    _runtime().workflow_set_handler("update", name, handler, validator, description)


def set_dynamic_update_handler(
    handler: Callable[..., Any] | None,
    *,
    validator: Callable[..., Any] | None = None,
) -> None:
    """Set, replace or (with None) remove the catch-all update handler.

    Args:
        handler: A callable taking ``(name, *args)`` or
            ``(name, args: Sequence[RawValue])``, or None to remove it.
        validator: Optional plain callable taking the same arguments as the
            handler; raising rejects the update.

    Raises:
        TypeError: ``handler`` or ``validator`` has the wrong shape.
        NotInWorkflowError: Not called from workflow code.
    """
    _check_handler("update", handler, dynamic=True)
    _check_validator(validator)
    _runtime().workflow_set_handler("update", None, handler, validator)


def get_update_handler(name: str) -> Callable[..., Any] | None:
    """The current handler of update ``name`` (a class method comes bound), or None."""
    return _runtime().workflow_get_handler("update", name)


def get_dynamic_update_handler() -> Callable[..., Any] | None:
    """The current catch-all update handler, or None."""
    return _runtime().workflow_get_handler("update", None)


def all_handlers_finished() -> bool:
    """Whether no signal or update handler of this workflow is still running.

    Before returning from ``run``, ``await workflow.wait_condition(
    workflow.all_handlers_finished)`` lets running handlers finish: a handler still
    running when the workflow finishes is abandoned (with a warning, unless it was
    declared with ``unfinished_policy=HandlerUnfinishedPolicy.ABANDON``).
    """
    return _runtime().workflow_all_handlers_finished()


__all__ = [
    "all_handlers_finished",
    "get_dynamic_query_handler",
    "get_dynamic_signal_handler",
    "get_dynamic_update_handler",
    "get_query_handler",
    "get_signal_handler",
    "get_update_handler",
    "set_dynamic_query_handler",
    "set_dynamic_signal_handler",
    "set_dynamic_update_handler",
    "set_query_handler",
    "set_signal_handler",
    "set_update_handler",
]
