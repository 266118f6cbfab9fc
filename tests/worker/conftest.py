"""Worker test fixtures: every workflow test runs with the sticky cache on and off."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from temporalio.client import Client
from temporalio.worker import Worker


@pytest.fixture(params=[1000, 0], ids=["cached", "uncached"])
def max_cached_workflows(request: pytest.FixtureRequest) -> int:
    """1000 (sticky cache) or 0 (every task replays the whole history)."""
    return int(request.param)


@pytest.fixture
def new_worker(client: Client, task_queue: str, max_cached_workflows: int) -> Callable[..., Worker]:
    """Build a worker on the test's task queue with the parametrized cache size."""

    def make(
        workflows: Sequence[type] = (),
        activities: Sequence[Callable[..., Any]] = (),
        **kwargs: Any,
    ) -> Worker:
        kwargs.setdefault("max_cached_workflows", max_cached_workflows)
        return Worker(
            kwargs.pop("client", client),
            task_queue=kwargs.pop("task_queue", task_queue),
            workflows=workflows,
            activities=activities,
            **kwargs,
        )

    return make
