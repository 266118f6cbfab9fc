"""Workflow definitions: the decorators and what they record.

``@workflow.defn`` turns a class into a workflow definition. The method
decorators (``@workflow.run``, ``@workflow.signal``, ``@workflow.query``,
``@workflow.update``) only mark functions; ``defn`` collects the marks across the
class hierarchy and checks the rules of the design:

* ``@workflow.defn`` is not inherited: it must be on the registered class itself.
* Exactly one ``@workflow.run`` in the hierarchy, an ``async def`` method; a
  subclass may override it (the override must carry ``@workflow.run`` too).
* Every override of a decorated method keeps the same decorator and arguments.
* Dynamic handlers take no name and accept a name plus the arguments.
* Query handlers are plain ``def`` methods; handler names are unique per kind.
* ``implements=Contract`` takes the names from the contract (a Protocol or base
  class decorated with ``@workflow.defn``) and checks that every decorated method
  of the contract is implemented with the same decorator, the same decorator
  arguments and the same number of parameters. ``name=`` and ``dynamic=True``
  cannot be combined with it. A contract that is a Protocol or has abstract
  methods cannot be registered with a worker; clients call it
  (``client.execute_workflow(Contract.run, ...)``).

Problems never raise at import time: they are recorded on the definition, and
``Worker(...)`` (or a client call that needs the definition) raises
:class:`WorkflowDefinitionError` listing them, each naming the class, the method
and the rule.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

from temporalio._common._versioning import VersioningBehavior
from temporalio.exceptions import TemporalError
from temporalio.workflow._decorators import (
    _INIT_ATTR,
    _QUERY_ATTR,
    _RUN_ATTR,
    _SIGNAL_ATTR,
    _UPDATE_ATTR,
    _Mark,
    _positional_count,
)
from temporalio.workflow._unfinished import HandlerUnfinishedPolicy

ClassType = TypeVar("ClassType", bound=type)

_DEFN_ATTR = "__temporal_workflow_definition"


class WorkflowDefinitionError(TemporalError, TypeError):
    """A workflow class breaks a definition rule.

    The message lists every problem found, each naming the class, the method
    and the rule it breaks.
    """


@dataclass(frozen=True)
class SignalDefinition:
    """A signal handler of a workflow definition."""

    name: str | None
    """Signal name, or None for the dynamic (catch-all) handler."""
    fn: Callable[..., Any]
    """The handler (unbound method or a function set at run time)."""
    is_method: bool = True
    """Whether ``fn`` takes the workflow instance as first argument."""
    unfinished_policy: HandlerUnfinishedPolicy = HandlerUnfinishedPolicy.WARN_AND_ABANDON
    """Whether to warn if the workflow finishes while the handler runs."""

    description: str | None = None
    """What the handler does, for the UI (``__temporal_workflow_metadata``)."""

    @property
    def dynamic(self) -> bool:
        """Whether this is the catch-all handler."""
        return self.name is None

    @property
    def arg_types(self) -> list[Any] | None:
        """Parameter type hints (after self, and after the name if dynamic)."""
        skip = (1 if self.is_method else 0) + (1 if self.name is None else 0)
        return _arg_types(self.fn, skip)


@dataclass(frozen=True)
class QueryDefinition:
    """A query handler of a workflow definition."""

    name: str | None
    """Query name, or None for the dynamic (catch-all) handler."""
    fn: Callable[..., Any]
    """The handler."""
    is_method: bool = True
    """Whether ``fn`` takes the workflow instance as first argument."""

    description: str | None = None
    """What the handler does, for the UI (``__temporal_workflow_metadata``)."""

    @property
    def dynamic(self) -> bool:
        """Whether this is the catch-all handler."""
        return self.name is None

    @property
    def arg_types(self) -> list[Any] | None:
        """Parameter type hints (after self, and after the name if dynamic)."""
        skip = (1 if self.is_method else 0) + (1 if self.name is None else 0)
        return _arg_types(self.fn, skip)

    @property
    def ret_type(self) -> Any:
        """The declared return type, or None."""
        return _ret_type(self.fn)


@dataclass(frozen=True)
class UpdateDefinition:
    """An update handler of a workflow definition."""

    name: str | None
    """Update name, or None for the dynamic (catch-all) handler."""
    fn: Callable[..., Any]
    """The handler."""
    validator: Callable[..., Any] | None = None
    """Optional validator run before the update is accepted."""
    is_method: bool = True
    """Whether ``fn`` takes the workflow instance as first argument."""
    unfinished_policy: HandlerUnfinishedPolicy = HandlerUnfinishedPolicy.WARN_AND_ABANDON
    """Whether to warn if the workflow finishes while the handler runs."""

    description: str | None = None
    """What the handler does, for the UI (``__temporal_workflow_metadata``)."""

    @property
    def dynamic(self) -> bool:
        """Whether this is the catch-all handler."""
        return self.name is None

    @property
    def arg_types(self) -> list[Any] | None:
        """Parameter type hints (after self, and after the name if dynamic)."""
        skip = (1 if self.is_method else 0) + (1 if self.name is None else 0)
        return _arg_types(self.fn, skip)

    @property
    def ret_type(self) -> Any:
        """The declared return type, or None."""
        return _ret_type(self.fn)


@dataclass(frozen=True)
class WorkflowDefinition:
    """Everything the SDK knows about a workflow class."""

    cls: type
    """The workflow class."""
    name: str | None
    """Workflow type name; None for the dynamic workflow."""
    run_fn: Callable[..., Any] | None
    """The ``@workflow.run`` method (None only when the definition is invalid)."""
    signals: dict[str | None, SignalDefinition] = field(default_factory=dict)
    """Signal handlers by name (None = dynamic)."""
    queries: dict[str | None, QueryDefinition] = field(default_factory=dict)
    """Query handlers by name (None = dynamic)."""
    updates: dict[str | None, UpdateDefinition] = field(default_factory=dict)
    """Update handlers by name (None = dynamic)."""
    problems: tuple[str, ...] = ()
    """Rule violations found; non-empty means the class cannot be used."""
    failure_exception_types: tuple[type[BaseException], ...] = ()
    """Exceptions that fail the workflow instead of the workflow task."""
    init_takes_args: bool = False
    """``__init__`` is decorated with ``@workflow.init``: construct the object with
    the workflow's arguments."""
    versioning_behavior: VersioningBehavior = VersioningBehavior.UNSPECIFIED
    """How the workflow moves between worker deployment versions (worker versioning)."""

    @property
    def dynamic(self) -> bool:
        """Whether this is the dynamic (catch-all) workflow."""
        return self.name is None

    @property
    def arg_types(self) -> list[Any] | None:
        """Type hints of the run method's parameters (after self)."""
        if self.run_fn is None:
            return None
        return _arg_types(self.run_fn, 2 if self.name is None else 1)

    @property
    def ret_type(self) -> Any:
        """Declared return type of the run method, or None."""
        return None if self.run_fn is None else _ret_type(self.run_fn)

    def check(self) -> None:
        """Raise :class:`WorkflowDefinitionError` if the definition has problems."""
        if self.problems:
            raise WorkflowDefinitionError(
                f"Workflow class {self.cls.__qualname__} is not a valid workflow definition:\n"
                + "\n".join(f"  - {p}" for p in self.problems)
            )

    @staticmethod
    def from_class(cls: type) -> WorkflowDefinition | None:
        """The definition of a class decorated with ``@workflow.defn`` (not inherited)."""
        defn = cls.__dict__.get(_DEFN_ATTR)
        return defn if isinstance(defn, WorkflowDefinition) else None

    @staticmethod
    def must_from_class(cls: type) -> WorkflowDefinition:
        """Like :meth:`from_class` but raises a clear error, and checks the rules."""
        if not isinstance(cls, type):
            raise TypeError(f"{cls!r} is not a class; workflows are classes with @workflow.defn")
        defn = WorkflowDefinition.from_class(cls)
        if defn is None:
            inherited = any(WorkflowDefinition.from_class(b) for b in cls.__mro__[1:])
            hint = (
                " (it inherits from a workflow; @workflow.defn is not inherited, "
                "add it to this class too)"
                if inherited
                else ""
            )
            raise WorkflowDefinitionError(
                f"Class {cls.__qualname__} is missing @workflow.defn{hint}"
            )
        defn.check()
        if _is_contract(cls):
            raise WorkflowDefinitionError(
                f"Workflow class {cls.__qualname__} is a contract (a Protocol or a class with "
                "abstract methods) and cannot run; register a class decorated with "
                f"@workflow.defn(implements={cls.__name__}) instead"
            )
        return defn

    @staticmethod
    def from_run_fn(fn: Callable[..., Any]) -> WorkflowDefinition | None:
        """The definition whose ``@workflow.run`` method is ``fn``."""
        defn = getattr(fn, _DEFN_ATTR, None)
        return defn if isinstance(defn, WorkflowDefinition) else None

    @staticmethod
    def must_from_run_fn(fn: Callable[..., Any]) -> WorkflowDefinition:
        """Like :meth:`from_run_fn` but raises a clear error, and checks the rules."""
        defn = WorkflowDefinition.from_run_fn(fn)
        if defn is None:
            name = getattr(fn, "__qualname__", repr(fn))
            raise WorkflowDefinitionError(
                f"{name} is not the @workflow.run method of a class decorated with "
                "@workflow.defn; pass MyWorkflow.run or the workflow type name as a string"
            )
        defn.check()
        return defn


# Type hints are resolved once per function: the client and the worker ask for
# them on every start, activation and handler call. A failure is not cached: a
# forward reference may resolve once its module has finished loading.
_HINTS: dict[Callable[..., Any], dict[str, Any]] = {}


def _hints(fn: Callable[..., Any]) -> dict[str, Any] | None:
    hints = _HINTS.get(fn)
    if hints is None:
        try:
            hints = typing.get_type_hints(fn)
        except Exception:
            return None
        _HINTS[fn] = hints
    return hints


def _arg_types(fn: Callable[..., Any], skip: int) -> list[Any] | None:
    if _hints(fn) is None:  # unresolved for now: do not cache
        return _arg_types_uncached(fn, skip)
    types = _arg_types_cached(fn, skip)
    return None if types is None else list(types)


@functools.lru_cache(maxsize=4096)
def _arg_types_cached(fn: Callable[..., Any], skip: int) -> tuple[Any, ...] | None:
    types = _arg_types_uncached(fn, skip)
    return None if types is None else tuple(types)


def _arg_types_uncached(fn: Callable[..., Any], skip: int) -> list[Any] | None:
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    hints = _hints(fn) or {}
    params = list(sig.parameters.values())[skip:]
    out: list[Any] = []
    for p in params:
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD, p.KEYWORD_ONLY):
            break
        out.append(hints.get(p.name, Any))
    return out


def _ret_type(fn: Callable[..., Any]) -> Any:
    hints = _hints(fn)
    if not hints:
        return None
    return hints.get("return")


# --- class decorator helpers ----------------------------------------------


def _is_exception_type(t: object) -> bool:
    return isinstance(t, type) and issubclass(t, BaseException)


# --- class decorator ---------------------------------------------------------


@overload
def defn(cls: ClassType) -> ClassType: ...


@overload
def defn(
    *,
    implements: ClassType,
    failure_exception_types: Sequence[type[BaseException]] = (),
    sandboxed: bool = True,
    versioning_behavior: VersioningBehavior = VersioningBehavior.UNSPECIFIED,
) -> Callable[[ClassType], ClassType]: ...


@overload
def defn(
    *,
    name: str | None = None,
    dynamic: bool = False,
    failure_exception_types: Sequence[type[BaseException]] = (),
    sandboxed: bool = True,
    versioning_behavior: VersioningBehavior = VersioningBehavior.UNSPECIFIED,
) -> Callable[[ClassType], ClassType]: ...


def defn(
    cls: ClassType | None = None,
    *,
    name: str | None = None,
    dynamic: bool = False,
    implements: type | None = None,
    failure_exception_types: Sequence[type[BaseException]] = (),
    sandboxed: bool = True,
    versioning_behavior: VersioningBehavior = VersioningBehavior.UNSPECIFIED,
) -> Any:
    """Make a class a workflow definition.

    Args:
        cls: The class (when used without parentheses).
        name: Workflow type name; defaults to the class name.
        dynamic: Handle every workflow type without a definition of its own;
            the run method then takes ``(self, args: Sequence[RawValue])``.
        implements: A contract (Protocol or base class decorated with
            ``@workflow.defn``) whose names this class takes and implements.
            Every decorated method of the contract must be implemented with the
            same decorator, decorator arguments and number of parameters (type
            checkers also check the class against the contract). Cannot be
            combined with ``name`` or ``dynamic``.
        failure_exception_types: Exception types that, raised by workflow code,
            fail the *workflow* (like ``FailureError``) instead of the workflow
            task. Subclasses count.
        sandboxed: Accepted for code written for the official SDK; workflows
            here always run on the deterministic loop, never in a sandbox.
        versioning_behavior: With worker versioning (``WorkerDeploymentConfig(
            use_worker_versioning=True)``): ``PINNED`` keeps each run on the
            deployment version it started on, ``AUTO_UPGRADE`` moves it to the
            current version. Unset: the worker's default.

    Example::

        @workflow.defn(name="orders")
        class OrderWorkflow(Protocol):
            @workflow.run
            async def run(self, order_id: str) -> str: ...

        @workflow.defn(implements=OrderWorkflow)
        class OrderWorkflowImpl:
            @workflow.run
            async def run(self, order_id: str) -> str:
                ...

        # client: await client.execute_workflow(OrderWorkflow.run, "o-1", ...)
        # worker: Worker(client, task_queue=..., workflows=[OrderWorkflowImpl])
    """

    def apply(c: ClassType) -> ClassType:
        defn_ = _build_definition(c, name=name, dynamic=dynamic, implements=implements)
        problems = list(defn_.problems)
        bad = [t for t in failure_exception_types if not _is_exception_type(t)]
        if bad:
            problems.append(
                f"{c.__qualname__}: failure_exception_types must be exception classes, got {bad!r}"
            )
        behavior = versioning_behavior
        if not isinstance(behavior, VersioningBehavior):
            problems.append(
                f"{c.__qualname__}: versioning_behavior must be a "
                f"temporalio.common.VersioningBehavior, got {behavior!r}"
            )
            behavior = VersioningBehavior.UNSPECIFIED
        defn_ = dataclasses.replace(
            defn_,
            problems=tuple(problems),
            failure_exception_types=tuple(
                t for t in failure_exception_types if _is_exception_type(t)
            ),
            versioning_behavior=behavior,
        )
        setattr(c, _DEFN_ATTR, defn_)
        run_fn = defn_.run_fn
        if run_fn is not None and (
            WorkflowDefinition.from_run_fn(run_fn) is None
            or any(v is run_fn for v in c.__dict__.values())
        ):
            # Lets the client go from ``MyWorkflow.run`` to the definition. An
            # inherited run method keeps pointing at the class that defined it.
            setattr(run_fn, _DEFN_ATTR, defn_)
        return c

    if cls is not None:
        return apply(cls)
    return apply


def _marks_by_attr(cls: type) -> dict[str, list[tuple[type, Any]]]:
    """Every decorated attribute in the MRO, most derived first."""
    found: dict[str, list[tuple[type, Any]]] = {}
    for klass in cls.__mro__:
        if klass is object:
            continue
        for attr, value in klass.__dict__.items():
            fn = value.fget if isinstance(value, property) else value
            if fn is None:
                continue
            if getattr(fn, _RUN_ATTR, False) or any(
                isinstance(getattr(fn, a, None), _Mark)
                for a in (_SIGNAL_ATTR, _QUERY_ATTR, _UPDATE_ATTR)
            ):
                found.setdefault(attr, []).append((klass, fn))
            elif callable(fn) and attr in found:
                # an undecorated override of a decorated method
                found[attr].append((klass, fn))
    return found


def _mark_of(fn: Any) -> _Mark | None:
    for a in (_SIGNAL_ATTR, _QUERY_ATTR, _UPDATE_ATTR):
        m = getattr(fn, a, None)
        if isinstance(m, _Mark):
            return m
    return None


def _describe(fn: Any) -> str:
    if getattr(fn, _RUN_ATTR, False):
        return "@workflow.run"
    m = _mark_of(fn)
    return m.describe() if m else "no workflow decorator"


def _build_definition(
    cls: type, *, name: str | None, dynamic: bool, implements: type | None
) -> WorkflowDefinition:
    problems: list[str] = []
    qual = cls.__qualname__
    if not isinstance(cls, type):
        raise TypeError("@workflow.defn must decorate a class")
    if dynamic and name is not None:
        problems.append(f"{qual}: @workflow.defn cannot have both name and dynamic=True")
    if implements is not None and name is not None:
        problems.append(
            f"{qual}: @workflow.defn cannot have both name and implements= "
            "(the name comes from the contract)"
        )
    if implements is not None and dynamic:
        problems.append(
            f"{qual}: @workflow.defn cannot have both dynamic=True and implements= "
            "(a contract names one workflow type)"
        )

    run_fn: Callable[..., Any] | None = None
    signals: dict[str | None, SignalDefinition] = {}
    queries: dict[str | None, QueryDefinition] = {}
    updates: dict[str | None, UpdateDefinition] = {}

    for attr, chain in _marks_by_attr(cls).items():
        (_, top), rest = chain[0], chain[1:]
        # Overrides keep the same decorator and arguments.
        for klass, older in rest:
            same_run = bool(getattr(top, _RUN_ATTR, False)) == bool(
                getattr(older, _RUN_ATTR, False)
            )
            m_top, m_old = _mark_of(top), _mark_of(older)
            same_mark = (m_top is None and m_old is None) or (
                m_top is not None and m_old is not None and m_top.same_decorator(m_old)
            )
            if not (same_run and same_mark):
                problems.append(
                    f"{qual}.{attr} overrides {klass.__qualname__}.{attr} with "
                    f"{_describe(top)} but the overridden method has {_describe(older)}; "
                    "overrides must keep the same decorator and arguments"
                )
                break
        if getattr(top, _RUN_ATTR, False):
            if run_fn is not None:
                problems.append(
                    f"{qual}: more than one @workflow.run method ({run_fn.__name__}, {attr}); "
                    "a workflow has exactly one"
                )
                continue
            if not inspect.iscoroutinefunction(top):
                problems.append(f"{qual}.{attr}: @workflow.run must be an async def method")
            run_fn = top
            continue
        mark = _mark_of(top)
        if mark is None:
            continue
        problems.extend(f"{qual}: {p}" for p in mark.problems)
        table: dict[str | None, Any]
        if mark.kind == "signal":
            table = signals
            entry: Any = SignalDefinition(
                name=mark.name,
                fn=top,
                unfinished_policy=mark.unfinished_policy,
                description=mark.description,
            )
        elif mark.kind == "query":
            table = queries
            entry = QueryDefinition(name=mark.name, fn=top, description=mark.description)
        else:
            table = updates
            entry = UpdateDefinition(
                name=mark.name,
                fn=top,
                validator=getattr(top, "__temporal_update_validator", None),
                unfinished_policy=mark.unfinished_policy,
                description=mark.description,
            )
        if mark.name in table:
            what = "dynamic handler" if mark.name is None else f"name {mark.name!r}"
            problems.append(
                f"{qual}.{attr}: {what} is already used by another @workflow.{mark.kind} "
                f"method ({table[mark.name].fn.__name__}); names must be unique"
            )
            continue
        table[mark.name] = entry

    if run_fn is None:
        problems.append(
            f"{qual}: missing a @workflow.run method (exactly one async def is required)"
        )
    init_fn = getattr(cls, "__init__", None)
    init_takes_args = bool(getattr(init_fn, _INIT_ATTR, False))
    if init_takes_args and run_fn is not None:
        init_params, run_params = _parameters(init_fn), _parameters(run_fn)
        if init_params != run_params:
            problems.append(
                f"{qual}: the @workflow.init __init__ takes ({', '.join(init_params)}) but the "
                f"@workflow.run method {run_fn.__name__} takes ({', '.join(run_params)}); "
                "they must take the same parameters"
            )

    wf_name: str | None = None if dynamic else (name or cls.__name__)
    if implements is not None:
        contract = (
            WorkflowDefinition.from_class(implements) if isinstance(implements, type) else None
        )
        if not isinstance(implements, type):
            problems.append(f"{qual}: implements= takes the contract class, got {implements!r}")
        elif contract is None:
            problems.append(
                f"{qual}: implements={implements.__qualname__} but that class has no "
                "@workflow.defn; decorate the contract too"
            )
        else:
            wf_name = contract.name
            problems.extend(
                f"{qual}: the contract {implements.__qualname__} is invalid: {p}"
                for p in contract.problems
            )
            problems.extend(_contract_problems(qual, cls, implements, contract))
    return WorkflowDefinition(
        cls=cls,
        name=wf_name,
        run_fn=run_fn,
        signals=signals,
        queries=queries,
        updates=updates,
        problems=tuple(problems),
        init_takes_args=init_takes_args,
    )


def _parameters(fn: Any) -> list[str]:
    """Parameters after ``self``, as written (name, kind marker, no annotations)."""
    try:
        params = list(inspect.signature(fn).parameters.values())[1:]
    except (TypeError, ValueError):
        return ["?"]
    return [
        ("*" if p.kind == p.VAR_POSITIONAL else "**" if p.kind == p.VAR_KEYWORD else "") + p.name
        for p in params
    ]


def _contract_problems(
    qual: str, cls: type, contract_cls: type, contract: WorkflowDefinition
) -> list[str]:
    problems: list[str] = []
    for attr, chain in _marks_by_attr(contract_cls).items():
        _, cfn = chain[0]
        impl = getattr(cls, attr, None)
        impl_fn = impl.fget if isinstance(impl, property) else impl
        if impl_fn is None or (impl_fn is cfn and _is_stub(cfn)):
            problems.append(
                f"{qual} does not implement {contract_cls.__qualname__}.{attr} ({_describe(cfn)})"
            )
            continue
        if _describe(impl_fn) != _describe(cfn):
            problems.append(
                f"{qual}.{attr} has {_describe(impl_fn)} but the contract "
                f"{contract_cls.__qualname__}.{attr} has {_describe(cfn)}; they must match"
            )
            continue
        impl_params, contract_params = _describe_params(impl_fn), _describe_params(cfn)
        if impl_params != contract_params:
            problems.append(
                f"{qual}.{attr} takes {impl_params} but the contract "
                f"{contract_cls.__qualname__}.{attr} takes {contract_params}; they must match"
            )
    return problems


def _describe_params(fn: Any) -> str:
    try:
        count, varargs = _positional_count(fn)
    except (TypeError, ValueError):
        return "unknown arguments"
    # ``self`` is not an argument callers pass.
    return f"{max(count - 1, 0)} argument(s)" + (" and *args" if varargs else "")


def _is_contract(cls: type) -> bool:
    """Whether a class only describes a workflow: a Protocol or an abstract class."""
    return bool(cls.__dict__.get("_is_protocol", False)) or inspect.isabstract(cls)


def _is_stub(fn: Any) -> bool:
    # Protocol members and abstract methods are not implementations.
    return bool(getattr(fn, "__isabstractmethod__", False)) or _body_is_ellipsis(fn)


def _body_is_ellipsis(fn: Any) -> bool:
    code = getattr(fn, "__code__", None)
    if code is None:
        return False
    # A function whose body is only ``...``, ``pass`` or a docstring compiles to a
    # ``return None`` with no names and no constants but None, ``...`` and the docstring.
    doc = getattr(fn, "__doc__", None)
    return not code.co_names and all(c is None or c is Ellipsis or c == doc for c in code.co_consts)
