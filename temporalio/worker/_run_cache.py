"""The sticky cache: workflow runs kept in memory between their workflow tasks."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import anyio

from temporalio.worker._machines import WorkflowRun


@dataclass(eq=False, slots=True)
class CachedRun:
    """One run's machines and workflow instance, and the lock that serialises its tasks.

    ``instance`` is None until the run's first activation creates it. ``busy``
    counts tasks holding or waiting for ``lock``; a busy run is never evicted for
    room, only after its task is done. The lock exists only while some task
    holds or waits for it (an idle cached run does not pay for one).
    """

    run_id: str
    machines: WorkflowRun
    instance: Any = None
    busy: int = 0
    unusable: str | None = None
    _lock: anyio.Lock | None = None

    @property
    def lock(self) -> anyio.Lock:
        """The run's lock (made on demand; call with ``busy`` counted)."""
        lock = self._lock
        if lock is None:
            lock = self._lock = anyio.Lock()
        return lock

    def drop_lock_if_idle(self) -> None:
        """Forget the lock once no task holds or waits for it (``busy`` is 0)."""
        if self.busy == 0:
            self._lock = None


class RunCache:
    """LRU cache of :class:`CachedRun` by run ID.

    ``_runs`` is ordered from least to most recently used; ``touch`` moves a run
    to the end. ``max_size`` 0 disables caching: every task replays the whole
    history and its run is dropped when the task is done.
    """

    def __init__(self, max_size: int) -> None:
        """Create an empty cache holding at most ``max_size`` idle runs."""
        self.max_size = max_size
        self._runs: OrderedDict[str, CachedRun] = OrderedDict()

    def __len__(self) -> int:
        return len(self._runs)

    def __contains__(self, run_id: str) -> bool:
        return run_id in self._runs

    def __iter__(self) -> Iterator[CachedRun]:
        return iter(list(self._runs.values()))

    def get(self, run_id: str) -> CachedRun | None:
        """The cached run, marked most recently used."""
        run = self._runs.get(run_id)
        if run is not None:
            self._runs.move_to_end(run_id)
        return run

    def put(self, run: CachedRun) -> None:
        """Add a run (most recently used)."""
        self._runs[run.run_id] = run
        self._runs.move_to_end(run.run_id)

    def remove(self, run_id: str) -> CachedRun | None:
        """Drop a run from the cache (the caller tears it down)."""
        return self._runs.pop(run_id, None)

    def over_capacity(self) -> list[CachedRun]:
        """Idle runs to evict, least recently used first, to get back to ``max_size``."""
        excess = len(self._runs) - self.max_size
        if excess <= 0:
            return []
        out: list[CachedRun] = []
        for run in self._runs.values():
            if len(out) >= excess:
                break
            if run.busy == 0:
                out.append(run)
        return out
