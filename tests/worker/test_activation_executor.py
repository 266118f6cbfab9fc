"""ActivationExecutor: one activation per thread hop, or many in one (replays), with the
deadlock timeout applied to each activation either way. No server needed."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest

from temporalio.worker import _machines as m
from temporalio.worker._workflow_runner import (
    ActivationClock,
    ActivationExecutor,
    DeadlockError,
    RunnableInstance,
)


class _Instance(RunnableInstance):
    """Answers activations; blocks (like `time.sleep` in workflow code) on one of them."""

    def __init__(self, block_on: int | None = None, seconds: float = 0.0) -> None:
        self.calls = 0
        self.threads: set[int] = set()
        self._block_on = block_on
        self._seconds = seconds

    def activate(self, activation: m.Activation) -> m.ActivationCompletion:
        self.calls += 1
        self.threads.add(threading.get_ident())
        if self.calls == self._block_on:
            time.sleep(self._seconds)
        return m.ActivationCompletion(commands=[])


def _activation() -> m.Activation:
    return m.Activation(run_id="run", timestamp=None, is_replaying=True, history_length=0, jobs=[])


def _executor(timeout: float) -> ActivationExecutor:
    return ActivationExecutor(
        max_workers=1, deadlock_timeout=timedelta(seconds=timeout), debug_mode=False
    )


async def test_run_many_runs_every_activation_in_one_worker_thread() -> None:
    executor = _executor(1.0)
    instance = _Instance()

    def work(clock: ActivationClock) -> int:
        for _ in range(50):
            clock.activate(instance, _activation())
        return instance.calls

    try:
        assert await executor.run_many(work, "replay of 'W'") == 50
    finally:
        executor.shutdown()
    assert len(instance.threads) == 1
    assert threading.get_ident() not in instance.threads


async def test_run_many_reports_a_blocked_activation_as_a_deadlock() -> None:
    executor = _executor(0.3)
    instance = _Instance(block_on=3, seconds=1.5)

    def work(clock: ActivationClock) -> None:
        for _ in range(5):
            clock.activate(instance, _activation())

    started = time.monotonic()
    try:
        with pytest.raises(DeadlockError) as info:
            await executor.run_many(work, "replay of 'Stuck'")
    finally:
        executor.shutdown()
    assert time.monotonic() - started < 1.2  # detected while the activation still blocks
    assert "replay of 'Stuck'" in str(info.value)
    assert "time.sleep" in str(info.value)  # the stack of the stuck thread


async def test_run_many_timeout_is_per_activation_not_for_the_whole_batch() -> None:
    # Eight activations of 0.1 s each: 0.8 s in all, none near the 0.4 s timeout.
    executor = _executor(0.4)
    instance = _Instance()

    def work(clock: ActivationClock) -> int:
        for _ in range(8):
            instance._block_on, instance._seconds = instance.calls + 1, 0.1
            clock.activate(instance, _activation())
        return instance.calls

    try:
        assert await executor.run_many(work, "slow but alive") == 8
    finally:
        executor.shutdown()


async def test_single_activation_can_run_inline() -> None:
    executor = _executor(1.0)
    instance = _Instance()
    try:
        await executor.activate(instance, _activation(), "teardown", inline=True)
    finally:
        executor.shutdown()
    assert instance.threads == {threading.get_ident()}
