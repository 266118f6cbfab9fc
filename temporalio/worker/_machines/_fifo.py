"""A small first-in first-out list for the per-run queues of the machines."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


class Fifo(list[T]):
    """A list with ``popleft``: for queues that are short and usually empty.

    A ``collections.deque`` allocates a 64-slot block up front (about 700 bytes),
    which every cached run would carry for queues that stay empty almost always;
    an empty list costs 56 bytes. ``popleft`` is O(n), fine for these few entries.
    """

    __slots__ = ()

    def popleft(self) -> T:
        """Remove and return the first item (IndexError if empty)."""
        return self.pop(0)
