"""``@activity.defn`` and the definition it records on a function.

The decorator validates the function and stores an :class:`_ActivityDefinition`
on it.  Workers read the definition of each registered callable (a function, a
bound method of an instance, or a callable object); workflows read it to learn
an activity's name from a function reference.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import functools
import inspect
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, overload

from temporalio._common._raw_value import RawValue

__all__ = ["CallableType", "_ActivityDefinition", "defn"]

CallableType = TypeVar("CallableType", bound=Callable[..., Any])

_DEFN_ATTR = "__temporal_activity_definition"

# ``Sequence[RawValue]`` spelled either way is accepted for dynamic activities.
_DYNAMIC_ARG_TYPES = (
    collections.abc.Sequence[RawValue],
    typing.Sequence[RawValue],
)


def _callable_name(fn: Callable[..., Any]) -> str:
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None)
    if name is None:
        name = type(fn).__qualname__
    return str(name)


def _is_async(fn: Callable[..., Any]) -> bool:
    # ``iscoroutinefunction`` is False for objects with an ``async def __call__``.
    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(
        getattr(fn, "__call__", None)  # noqa: B004
    )


def _type_hints(fn: Callable[..., Any]) -> tuple[list[Any], Any]:
    """Positional parameter types (``Any`` where unannotated) and the return type.

    For a plain function whose first parameter is ``self`` (a method read
    from its class), ``self`` is skipped.
    """
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return [], None
    target = fn if inspect.isfunction(fn) or inspect.ismethod(fn) else type(fn).__call__
    try:
        hints = typing.get_type_hints(target)
    except Exception:
        hints = {}
    params = list(sig.parameters.values())
    if inspect.isfunction(fn) and params and params[0].name == "self":
        params = params[1:]
    arg_types: list[Any] = []
    for param in params:
        if param.kind not in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
            break
        arg_types.append(hints.get(param.name, Any))
    return arg_types, hints.get("return")


@dataclass(frozen=True)
class _ActivityDefinition:
    """What ``@activity.defn`` records about an activity.

    Attributes:
        name: Activity type name, or None for the dynamic activity.
        fn: The callable to run.  The decorator records the plain function;
            :meth:`from_callable` swaps in the callable that was registered
            (e.g. a bound method).
        is_async: Whether ``fn`` is ``async def`` (run on the event loop)
            rather than ``def`` (run in the worker's activity executor).
        arg_types: Type hints of the positional parameters, used to decode
            arguments (``Any`` where there is no annotation).
        ret_type: The declared return type, or None.
        no_thread_cancel_exception: For ``def`` activities: do not raise
            :class:`temporalio.exceptions.CancelledError` inside the thread on
            cancellation (cancellation is then only visible through
            ``activity.is_cancelled()``).
    """

    name: str | None
    fn: Callable[..., Any]
    is_async: bool
    arg_types: list[Any]
    ret_type: Any
    no_thread_cancel_exception: bool = False

    @property
    def dynamic(self) -> bool:
        """Whether this is the dynamic (catch-all) activity."""
        return self.name is None

    @property
    def fn_name(self) -> str:
        """Qualified name of the callable, for messages."""
        return _callable_name(self.fn)

    @functools.cached_property
    def signature(self) -> inspect.Signature | None:
        """``inspect.signature(fn)`` (None if it has none), worked out once.

        ``inspect.signature`` is slow; every task of the activity needs it.
        """
        try:
            return inspect.signature(self.fn)
        except (TypeError, ValueError):
            return None

    @functools.cached_property
    def positional_parameters(self) -> tuple[list[str], bool]:
        """Names of ``fn``'s positional parameters, and whether it takes ``*args``."""
        if self.signature is None:
            return [], True
        names: list[str] = []
        for param in self.signature.parameters.values():
            if param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
                names.append(param.name)
            elif param.kind is param.VAR_POSITIONAL:
                return names, True
        return names, False

    @staticmethod
    def from_callable(fn: Callable[..., Any]) -> _ActivityDefinition | None:
        """The definition of a callable decorated with ``@activity.defn``.

        Works for the decorated function itself, for a bound method of an
        instance whose class method is decorated, and for a callable instance
        whose class ``__call__`` is decorated.

        Args:
            fn: The callable.

        Returns:
            The definition with ``fn`` (and its type hints) taken from the
            given callable, or None if it was not decorated.
        """
        defn = getattr(fn, _DEFN_ATTR, None)
        if not isinstance(defn, _ActivityDefinition):
            call = getattr(type(fn), "__call__", None)  # noqa: B004
            defn = getattr(call, _DEFN_ATTR, None)
            if not isinstance(defn, _ActivityDefinition):
                return None
        if defn.fn is fn:
            return defn
        arg_types, ret_type = _type_hints(fn)
        return dataclasses.replace(defn, fn=fn, arg_types=arg_types, ret_type=ret_type)

    @staticmethod
    def must_from_callable(fn: Callable[..., Any]) -> _ActivityDefinition:
        """Like :meth:`from_callable`, but an undecorated callable is an error.

        Args:
            fn: The callable.

        Returns:
            Its definition.

        Raises:
            TypeError: ``fn`` lacks ``@activity.defn``; the message names it.
        """
        defn = _ActivityDefinition.from_callable(fn)
        if defn is None:
            raise TypeError(
                f"Activity {_callable_name(fn)} is not an activity definition: "
                "decorate it with @activity.defn"
            )
        return defn

    @staticmethod
    def name_and_result_type(activity: str | Callable[..., Any]) -> tuple[str, Any]:
        """Activity type name and declared result type of an activity reference.

        Args:
            activity: An activity name, or a callable decorated with
                ``@activity.defn`` (also a method read from its class).

        Returns:
            The name, and the return type hint (None for a name).

        Raises:
            TypeError: A callable lacks ``@activity.defn``.
            ValueError: The callable is the dynamic activity (it has no name).
        """
        if isinstance(activity, str):
            return activity, None
        defn = _ActivityDefinition.must_from_callable(activity)
        if defn.name is None:
            raise ValueError(
                f"Activity {defn.fn_name} is dynamic (it has no name); call it by name instead"
            )
        return defn.name, defn.ret_type


def _apply(
    fn: Callable[..., Any], *, name: str | None, dynamic: bool, no_thread_cancel_exception: bool
) -> None:
    fn_name = _callable_name(fn)
    if not callable(fn):
        raise TypeError(f"@activity.defn needs a callable, got {fn_name}")
    if isinstance(getattr(fn, _DEFN_ATTR, None), _ActivityDefinition):
        raise ValueError(f"Activity {fn_name} is already decorated with @activity.defn")
    if dynamic and name is not None:
        raise ValueError(f"Activity {fn_name}: a dynamic activity cannot have a name")
    if name is not None and not name:
        raise ValueError(f"Activity {fn_name}: the name must not be empty")
    sig = inspect.signature(fn)
    for param in sig.parameters.values():
        if param.kind is param.KEYWORD_ONLY and param.default is param.empty:
            raise TypeError(
                f"Activity {fn_name} has keyword-only parameter {param.name!r} without a "
                "default; activity arguments are positional"
            )
    arg_types, ret_type = _type_hints(fn)
    if dynamic and (len(arg_types) != 1 or arg_types[0] not in _DYNAMIC_ARG_TYPES):
        raise TypeError(
            f"Dynamic activity {fn_name} must take one parameter of type "
            "Sequence[temporalio.common.RawValue]"
        )
    definition = _ActivityDefinition(
        name=None if dynamic else (name or getattr(fn, "__name__", fn_name)),
        fn=fn,
        is_async=_is_async(fn),
        arg_types=arg_types,
        ret_type=ret_type,
        no_thread_cancel_exception=no_thread_cancel_exception,
    )
    setattr(fn, _DEFN_ATTR, definition)


@overload
def defn(fn: CallableType) -> CallableType: ...


@overload
def defn(
    *, name: str | None = None, no_thread_cancel_exception: bool = False
) -> Callable[[CallableType], CallableType]: ...


@overload
def defn(
    *, no_thread_cancel_exception: bool = False, dynamic: bool = False
) -> Callable[[CallableType], CallableType]: ...


def defn(
    fn: CallableType | None = None,
    *,
    name: str | None = None,
    no_thread_cancel_exception: bool = False,
    dynamic: bool = False,
) -> CallableType | Callable[[CallableType], CallableType]:
    """Mark a function (or method) as an activity.

    ``async def`` activities run on the worker's event loop (asyncio or trio,
    whichever runs the worker); ``def`` activities run in the worker's
    ``activity_executor``.  Methods are registered as bound methods of an
    instance: ``Worker(activities=[MyActivities(db).fetch])``.

    Args:
        fn: The function to decorate (when used as ``@activity.defn``).
        name: Activity type name; defaults to the function's ``__name__``.
            Not allowed with ``dynamic``.
        no_thread_cancel_exception: For ``def`` activities: do not raise
            :class:`temporalio.exceptions.CancelledError` in the activity's
            thread when it is cancelled.
        dynamic: Make this the catch-all activity for types no other
            activity handles.  It must take one parameter of type
            ``Sequence[temporalio.common.RawValue]``; ``activity.info()``
            tells the actual type.

    Returns:
        The function itself (unchanged), or a decorator.

    Raises:
        TypeError: The function cannot be an activity (the message says why).
        ValueError: Conflicting options, or decorated twice.
    """

    def decorator(fn: CallableType) -> CallableType:
        _apply(
            fn, name=name, dynamic=dynamic, no_thread_cancel_exception=no_thread_cancel_exception
        )
        return fn

    if fn is not None:
        return decorator(fn)
    return decorator
