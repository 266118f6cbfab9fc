"""Sharing a workflow worker's task slots between its normal and sticky poll loops.

Every poll needs a free slot (the worker must be able to start what it receives).
With few slots, loops of one queue could hold them all in long polls while the
other queue has work: sticky polls waiting for cached runs that are idle would
keep new workflows (normal queue) waiting, or the reverse. The balancer lets a
loop start a poll only when

* no poll of its queue is running (each queue always gets one), or
* the other queue has a poll running, or enough slots are left for it to get one,
  and fewer polls than slots run in all.

A loop passes the gate before it takes a slot, and leaves it when its poll
returns (with a task or empty); an empty poll gives its slot back, so the next
poll of either queue can have it.
"""

from __future__ import annotations

from typing import Literal

import anyio

__all__ = ["PollBalancer", "QueueKind"]

QueueKind = Literal["normal", "sticky"]


class PollBalancer:
    """The gate shared by a workflow worker's normal and sticky poll loops."""

    def __init__(self, max_slots: int) -> None:
        """Balance polls over ``max_slots`` task slots."""
        self._max = max_slots
        self._active: dict[QueueKind, int] = {"normal": 0, "sticky": 0}
        self._changed: anyio.Event | None = None

    def active(self, kind: QueueKind) -> int:
        """Polls of ``kind`` past the gate now."""
        return self._active[kind]

    def allowed(self, kind: QueueKind) -> bool:
        """Whether a loop of ``kind`` may start a poll now."""
        mine = self._active[kind]
        theirs = self._active["sticky" if kind == "normal" else "normal"]
        if mine == 0:
            return True
        if theirs == 0 and mine + 1 >= self._max:
            return False  # keep a slot for the other queue's first poll
        return mine + theirs < self._max

    async def wait_turn(self, kind: QueueKind) -> None:
        """Wait until a poll of ``kind`` may start; call :meth:`start` right after
        (with no ``await`` in between)."""
        while not self.allowed(kind):
            if self._changed is None or self._changed.is_set():
                self._changed = anyio.Event()
            await self._changed.wait()

    def start(self, kind: QueueKind) -> None:
        """A poll of ``kind`` starts (it passed :meth:`wait_turn`)."""
        self._active[kind] += 1

    def end(self, kind: QueueKind) -> None:
        """A poll of ``kind`` returned (with a task or empty) or was abandoned."""
        self._active[kind] -= 1
        if self._changed is not None:
            self._changed.set()
