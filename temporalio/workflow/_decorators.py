"""The method decorators: ``@workflow.run``, ``@workflow.signal``, ``@workflow.query``,
``@workflow.update``.

They only mark functions (a :class:`_Mark` attribute, or a flag for ``run``);
``@workflow.defn`` (in ``_definition``) collects the marks across the class
hierarchy and checks the rules.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, Protocol, TypeVar, overload

from temporalio.workflow._unfinished import HandlerUnfinishedPolicy

CallableType = TypeVar("CallableType", bound=Callable[..., Any])
MultiParamSpec = ParamSpec("MultiParamSpec")
ReturnType = TypeVar("ReturnType")
ProtocolReturnType = TypeVar("ProtocolReturnType", covariant=True)


class UpdateMethodMultiParam(Protocol[MultiParamSpec, ProtocolReturnType]):
    """The type of an ``@workflow.update`` method: the method itself, plus ``validator``.

    For type checkers only; at run time the decorator returns the method.
    """

    def __call__(
        self, *args: MultiParamSpec.args, **kwargs: MultiParamSpec.kwargs
    ) -> ProtocolReturnType:
        """Call the handler."""
        ...

    def validator(self, vfn: Callable[MultiParamSpec, None]) -> Callable[MultiParamSpec, None]:
        """Use ``vfn`` (same parameters, returns None, raises to reject) as the validator."""
        ...


_RUN_ATTR = "__temporal_workflow_run"
_INIT_ATTR = "__temporal_workflow_init"
_SIGNAL_ATTR = "__temporal_signal_definition"
_QUERY_ATTR = "__temporal_query_definition"
_UPDATE_ATTR = "__temporal_update_definition"


@dataclass(frozen=True)
class _Mark:
    """What a method decorator records on a function (before ``defn`` runs)."""

    kind: str  # "signal", "query" or "update"
    name: str | None  # None for dynamic handlers
    dynamic: bool
    fn: Callable[..., Any]
    problems: tuple[str, ...] = ()
    unfinished_policy: HandlerUnfinishedPolicy = HandlerUnfinishedPolicy.WARN_AND_ABANDON
    description: str | None = None

    def same_decorator(self, other: _Mark) -> bool:
        return (self.kind, self.name, self.dynamic) == (other.kind, other.name, other.dynamic)

    def describe(self) -> str:
        if self.dynamic:
            return f"@workflow.{self.kind}(dynamic=True)"
        return f"@workflow.{self.kind}(name={self.name!r})"


def _positional_count(fn: Callable[..., Any]) -> tuple[int, bool]:
    """Number of positional parameters and whether it takes ``*args``."""
    sig = inspect.signature(fn)
    count = 0
    varargs = False
    for p in sig.parameters.values():
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            count += 1
        elif p.kind == p.VAR_POSITIONAL:
            varargs = True
    return count, varargs


def _dynamic_handler_problem(kind: str, fn: Callable[..., Any]) -> str | None:
    count, varargs = _positional_count(fn)
    # self + name + (*args | one sequence parameter)
    if (count == 2 and varargs) or (count == 3 and not varargs):
        return None
    return (
        f"{fn.__qualname__}: a dynamic {kind} handler must take (self, name, *args) "
        f"or (self, name, args: Sequence[RawValue])"
    )


def run(fn: CallableType) -> CallableType:
    """Mark the ``async def`` method that runs the workflow.

    Its parameters are the workflow's arguments and its return value is the
    workflow's result. Exactly one per workflow class hierarchy (overrides must
    carry the decorator too).
    """
    setattr(fn, _RUN_ATTR, True)
    return fn


def init(fn: CallableType) -> CallableType:
    """Mark a workflow class's ``__init__`` as taking the workflow's arguments.

    The worker then constructs the workflow object with the same arguments the
    ``@workflow.run`` method gets, so handlers that run before ``run`` (a signal
    or update delivered with the start) can already use them. ``__init__`` must
    take exactly the parameters of the run method, and like all workflow code it
    must be deterministic.
    """
    if getattr(fn, "__name__", None) != "__init__":
        raise ValueError(
            f"@workflow.init is on {getattr(fn, '__qualname__', fn)!r}; it may only "
            "decorate a workflow class's __init__ method"
        )
    setattr(fn, _INIT_ATTR, True)
    return fn


def _handler_decorator(
    kind: str,
    fn: Callable[..., Any] | None,
    name: str | None,
    dynamic: bool,
    check: Callable[[Callable[..., Any]], list[str]],
    unfinished_policy: HandlerUnfinishedPolicy = HandlerUnfinishedPolicy.WARN_AND_ABANDON,
    description: str | None = None,
) -> Any:
    def apply(f: Callable[..., Any]) -> Callable[..., Any]:
        problems = list(check(f))
        if dynamic and name is not None:
            problems.append(
                f"{f.__qualname__}: @workflow.{kind} cannot have both name and dynamic=True"
            )
        if dynamic:
            p = _dynamic_handler_problem(kind, f)
            if p:
                problems.append(p)
        mark = _Mark(
            kind=kind,
            name=None if dynamic else (name or f.__name__),
            dynamic=dynamic,
            fn=f,
            problems=tuple(problems),
            unfinished_policy=unfinished_policy,
            description=description,
        )
        setattr(f, f"__temporal_{kind}_definition", mark)
        return f

    if fn is not None:
        return apply(fn)
    return apply


def _no_check(fn: Callable[..., Any]) -> list[str]:
    return []


def _query_check(fn: Callable[..., Any]) -> list[str]:
    if inspect.iscoroutinefunction(fn):
        return [f"{fn.__qualname__}: @workflow.query handlers must be plain def, not async def"]
    return []


@overload
def signal(fn: CallableType) -> CallableType: ...


@overload
def signal(
    *,
    name: str | None = None,
    dynamic: bool = False,
    unfinished_policy: HandlerUnfinishedPolicy = HandlerUnfinishedPolicy.WARN_AND_ABANDON,
    description: str | None = None,
) -> Callable[[CallableType], CallableType]: ...


def signal(
    fn: CallableType | None = None,
    *,
    name: str | None = None,
    dynamic: bool = False,
    unfinished_policy: HandlerUnfinishedPolicy = HandlerUnfinishedPolicy.WARN_AND_ABANDON,
    description: str | None = None,
) -> Any:
    """Mark a method (sync or async) as a signal handler.

    Args:
        fn: The method (when used without parentheses).
        name: Signal name; defaults to the method name.
        dynamic: Handle every signal without a handler of its own. The method
            then takes ``(self, name, *args)``.
        unfinished_policy: Whether the worker warns when the workflow finishes
            while this handler still runs (``HandlerUnfinishedPolicy``).
        description: What the signal does, shown in the UI (workflow metadata).
    """
    return _handler_decorator(
        "signal", fn, name, dynamic, _no_check, unfinished_policy, description
    )


@overload
def query(fn: CallableType) -> CallableType: ...


@overload
def query(
    *, name: str | None = None, dynamic: bool = False, description: str | None = None
) -> Callable[[CallableType], CallableType]: ...


def query(
    fn: CallableType | None = None,
    *,
    name: str | None = None,
    dynamic: bool = False,
    description: str | None = None,
) -> Any:
    """Mark a plain ``def`` method as a (read-only) query handler.

    Args:
        fn: The method (when used without parentheses).
        name: Query name; defaults to the method name.
        dynamic: Handle every query without a handler of its own. The method
            then takes ``(self, name, *args)``.
        description: What the query returns, shown in the UI (workflow metadata).
    """
    return _handler_decorator(
        "query",
        fn,
        name,
        dynamic,
        _query_check,
        HandlerUnfinishedPolicy.WARN_AND_ABANDON,
        description,
    )


class _UpdateMethod:
    """Adds ``.validator`` to an update handler function (as an attribute)."""

    @staticmethod
    def attach(fn: Callable[..., Any]) -> None:
        def validator(vfn: CallableType) -> CallableType:
            setattr(fn, "__temporal_update_validator", vfn)
            return vfn

        fn.validator = validator  # type: ignore[attr-defined]


@overload
def update(
    fn: Callable[MultiParamSpec, ReturnType],
) -> UpdateMethodMultiParam[MultiParamSpec, ReturnType]: ...


@overload
def update(
    *,
    name: str | None = None,
    dynamic: bool = False,
    unfinished_policy: HandlerUnfinishedPolicy = HandlerUnfinishedPolicy.WARN_AND_ABANDON,
    description: str | None = None,
) -> Callable[
    [Callable[MultiParamSpec, ReturnType]], UpdateMethodMultiParam[MultiParamSpec, ReturnType]
]: ...


def update(
    fn: Callable[..., Any] | None = None,
    *,
    name: str | None = None,
    dynamic: bool = False,
    unfinished_policy: HandlerUnfinishedPolicy = HandlerUnfinishedPolicy.WARN_AND_ABANDON,
    description: str | None = None,
) -> Any:
    """Mark a method as an update handler; ``@handler.validator`` adds a validator.

    Args:
        fn: The method (when used without parentheses).
        name: Update name; defaults to the method name.
        dynamic: Handle every update without a handler of its own.
        unfinished_policy: Whether the worker warns when the workflow finishes
            while this handler still runs (``HandlerUnfinishedPolicy``).
        description: What the update does, shown in the UI (workflow metadata).
    """

    def apply(f: Callable[..., Any]) -> Callable[..., Any]:
        out = _handler_decorator(
            "update", f, name, dynamic, _no_check, unfinished_policy, description
        )
        _UpdateMethod.attach(f)
        return out  # type: ignore[no-any-return]

    if fn is not None:
        return apply(fn)
    return apply
