"""Patches, search attributes and memo from workflow code.

* :func:`patched` / :func:`deprecate_patch` change workflow code without breaking
  runs that started on the old code: a run that recorded no patch marker keeps
  taking the old branch on replay, new runs take the new branch and record a
  ``core_patch`` marker (the format other core-based SDKs use).
* :func:`upsert_search_attributes` changes the run's search attributes (visible to
  visibility queries and ``describe()``) and keeps
  ``workflow.info().typed_search_attributes`` current.
* :func:`memo`, :func:`memo_value` and :func:`upsert_memo` read and change the
  run's memo (non-indexed values shown by ``describe()``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar, cast, overload

import temporalio.common
from temporalio.workflow._runtime import WorkflowRuntime

__all__ = [
    "deprecate_patch",
    "memo",
    "memo_value",
    "patched",
    "upsert_memo",
    "upsert_search_attributes",
]

_T = TypeVar("_T")
_D = TypeVar("_D")

# Marks "no default given" for memo_value (None is a valid default).
_MISSING: Any = object()


class _PropertiesRuntime(Protocol):
    """What these functions need from the running workflow instance."""

    def workflow_patch(self, patch_id: str, *, deprecated: bool) -> bool: ...

    def workflow_upsert_search_attributes(
        self,
        attributes: Sequence[temporalio.common.SearchAttributeUpdate[Any]] | Mapping[str, Any],
    ) -> None: ...

    def workflow_memo(self) -> Mapping[str, Any]: ...

    def workflow_memo_value(self, key: str, default: Any, type_hint: Any) -> Any: ...

    def workflow_upsert_memo(self, updates: Mapping[str, Any]) -> None: ...


def _runtime() -> _PropertiesRuntime:
    return cast(_PropertiesRuntime, WorkflowRuntime.current())


def _check_patch_id(patch_id: object, fn: str) -> str:
    if not isinstance(patch_id, str) or not patch_id:
        raise ValueError(f"workflow.{fn}() needs a non-empty string patch ID, got {patch_id!r}")
    return patch_id


def patched(patch_id: str) -> bool:
    """Whether this run takes the new (patched) branch of a code change.

    Wrap changed workflow code in ``if workflow.patched("my-change"):`` and keep
    the old code in the ``else`` branch. A run that is not replaying gets True
    and records a ``core_patch`` marker in history; a run replaying a history
    recorded before the change (no marker) gets False and keeps its old path.
    The answer is remembered for the run: later calls with the same ID return
    the same value and record nothing more.

    Once no run without the marker is left, replace the call with
    :func:`deprecate_patch` and drop the old branch.

    Example::

        if workflow.patched("use-v2-activity"):
            await workflow.execute_activity(greet_v2, name, start_to_close_timeout=...)
        else:
            await workflow.execute_activity(greet, name, start_to_close_timeout=...)

    Args:
        patch_id: Names the change; unique within the workflow type.

    Returns:
        True for the new branch, False for the old one.

    Raises:
        ValueError: ``patch_id`` is not a non-empty string.
    """
    patch_id = _check_patch_id(patch_id, "patched")
    return _runtime().workflow_patch(patch_id, deprecated=False)


def deprecate_patch(patch_id: str) -> None:
    """Mark a patch whose old branch is gone (every run that lacked it has finished).

    It records a deprecated marker, so histories recorded with
    ``patched(patch_id)`` still replay, and histories recorded with
    ``deprecate_patch`` replay on code where the call was later removed.

    Args:
        patch_id: The ID that was given to :func:`patched`.

    Raises:
        ValueError: ``patch_id`` is not a non-empty string.
    """
    patch_id = _check_patch_id(patch_id, "deprecate_patch")
    _runtime().workflow_patch(patch_id, deprecated=True)


def upsert_search_attributes(
    attributes: Sequence[temporalio.common.SearchAttributeUpdate[Any]] | Mapping[str, Any],
) -> None:
    """Add, change or remove search attributes of this run.

    Typed form (preferred)::

        workflow.upsert_search_attributes([
            CUSTOMER.value_set("acme"),
            ORDERS.value_set(3),
            OLD_FLAG.value_unset(),
        ])

    Mapping form: attribute name to a list of values (or a single value); an
    empty list or None removes the attribute. The server applies its registered
    type; ``info().typed_search_attributes`` infers one (keeping the type of an
    attribute it already has).

    The change is recorded in history (``UpsertWorkflowSearchAttributes``) and
    ``workflow.info().typed_search_attributes`` reflects it at once.

    Args:
        attributes: A sequence of ``key.value_set(...)`` / ``key.value_unset()``
            updates, or a mapping of attribute name to values.

    Raises:
        TypeError: A value does not fit its key's type, or an item is not a
            ``SearchAttributeUpdate``.
        ValueError: ``TemporalChangeVersion`` (reserved for patches), an empty
            name, or a datetime without timezone.
    """
    _runtime().workflow_upsert_search_attributes(attributes)


def memo() -> Mapping[str, Any]:
    """This run's memo, decoded with the payload converter (read-only).

    Values are decoded without type hints (plain JSON types for the default
    converter); use :func:`memo_value` with ``type_hint`` for other types.
    """
    return _runtime().workflow_memo()


@overload
def memo_value(key: str) -> Any: ...


@overload
def memo_value(key: str, *, type_hint: type[_T]) -> _T: ...


@overload
def memo_value(key: str, default: _D) -> Any | _D: ...


@overload
def memo_value(key: str, default: _D, *, type_hint: type[_T]) -> _T | _D: ...


def memo_value(key: str, default: Any = _MISSING, *, type_hint: Any = None) -> Any:
    """One value of this run's memo.

    Args:
        key: The memo key.
        default: Returned when the key is absent (without it, absence raises).
        type_hint: Type to decode the value to (e.g. a dataclass).

    Returns:
        The decoded value, or ``default``.

    Raises:
        KeyError: The key is absent and no default was given.
    """
    return _runtime().workflow_memo_value(key, default, type_hint)


def upsert_memo(updates: Mapping[str, Any]) -> None:
    """Add, change or remove memo entries of this run.

    Values are converted with the payload converter; None removes the key. The
    change is recorded in history (``WorkflowPropertiesModified``), and
    :func:`memo` / :func:`memo_value` / ``info().raw_memo`` reflect it at once.

    Example::

        workflow.upsert_memo({"stage": "shipping", "draft": None})

    Args:
        updates: Memo key to new value (None to remove the key).

    Raises:
        TypeError: A key is not a string or a value cannot be converted (the
            message names the key).
    """
    _runtime().workflow_upsert_memo(updates)
