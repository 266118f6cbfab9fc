"""Task priority and fairness settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import temporalio.api.common.v1


@dataclass(frozen=True)
class Priority:
    """Ordering of tasks that wait in a backlogged task queue.

    Child workflows and activities inherit their workflow's priority; a field
    left ``None`` inherits (or takes the server default when there is nothing to
    inherit from).
    """

    priority_key: int | None = None
    """1 runs first; larger numbers run later. The server's default range is 1-5,
    and an unset key means the middle of the range."""

    fairness_key: str | None = None
    """Short key (at most 64 bytes, e.g. a tenant ID) that tasks are balanced by."""

    fairness_weight: float | None = None
    """Share of dispatches for ``fairness_key`` relative to other keys (default 1.0)."""

    default: ClassVar[Priority]
    """A priority with every field unset."""

    def __post_init__(self) -> None:
        """Check the fields."""
        if self.priority_key is not None:
            if isinstance(self.priority_key, bool) or not isinstance(self.priority_key, int):
                raise TypeError(
                    f"Priority.priority_key must be an int, got {type(self.priority_key).__name__}"
                )
            if self.priority_key < 1:
                raise ValueError(
                    f"Priority.priority_key must be a positive integer, got {self.priority_key}"
                )

    @staticmethod
    def from_proto(proto: temporalio.api.common.v1.Priority) -> Priority:
        """Build a priority from its proto (zero fields become ``None``).

        Args:
            proto: The proto to read.

        Returns:
            The priority.
        """
        return Priority(
            priority_key=proto.priority_key or None,
            fairness_key=proto.fairness_key or None,
            fairness_weight=proto.fairness_weight or None,
        )

    def apply_to_proto(self, proto: temporalio.api.common.v1.Priority) -> None:
        """Write this priority into a proto.

        Args:
            proto: The proto to fill in.
        """
        proto.priority_key = self.priority_key or 0
        proto.fairness_key = self.fairness_key or ""
        proto.fairness_weight = self.fairness_weight or 0.0


Priority.default = Priority()


def checked_priority(priority: object, what: str) -> Priority:
    """``priority``, checked to be a :class:`Priority`.

    Args:
        priority: The priority a caller passed.
        what: What it is for, named in the error (e.g. ``"activity 'fetch'"``).

    Raises:
        TypeError: ``priority`` is not a :class:`Priority`.
    """
    if not isinstance(priority, Priority):
        raise TypeError(
            f"{what}: priority must be a temporalio.common.Priority, got "
            f"{type(priority).__name__} {priority!r}"
        )
    return priority


def priority_proto(priority: object, what: str) -> temporalio.api.common.v1.Priority | None:
    """The proto of ``priority`` (checked as :func:`checked_priority` does) for a
    command or request, None for the default."""
    priority = checked_priority(priority, what)
    if priority == Priority.default:
        return None
    proto = temporalio.api.common.v1.Priority()
    priority.apply_to_proto(proto)
    return proto
