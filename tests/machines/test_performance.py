"""Replay cost is linear in history length (informational timing, loose assertion)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta

from temporalio.api.history.v1 import HistoryEvent
from temporalio.worker import _machines as m

from .helpers import HistoryBuilder

ONE_SECOND = timedelta(seconds=1)


def timer_and_activity_history(rounds: int) -> list[HistoryEvent]:
    """``rounds`` workflow tasks, each starting a timer and an activity (9 events each)."""
    b = HistoryBuilder()
    b.workflow_started()
    b.wft()
    for i in range(1, rounds + 1):
        tid = b.timer_started(str(i))
        aid = b.activity_scheduled(str(i))
        b.timer_fired(str(i), tid)
        b.activity_started(aid)
        b.activity_completed(aid, i)
        b.signaled("tick", i)
        b.wft()
    b.completed("done")
    return b.events


def replay_minimal(events: list[HistoryEvent]) -> None:
    """Replays with a minimal stand-in for workflow code (so the machines dominate)."""
    run = m.WorkflowRun()
    step = run.new_task(m.WorkflowTask.for_replay(events))
    rounds = (len(events) - 5) // 9
    seq = 0
    while isinstance(step, m.Activation):
        if seq < rounds:
            seq += 1
            cmds: list[m.LangCommand] = [
                m.StartTimer(seq, ONE_SECOND),
                m.ScheduleActivity(seq, str(seq), "echo"),
            ]
        else:
            cmds = [m.CompleteWorkflowExecution()]
        step = run.complete_activation(m.ActivationCompletion(cmds))
    assert isinstance(step, m.NoResponse), step


def best_of(fn: Callable[[], None], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def test_replay_scales_linearly() -> None:
    small = timer_and_activity_history(55)
    large = timer_and_activity_history(555)
    assert 500 <= len(small) <= 510 and 5000 <= len(large) <= 5010
    replay_minimal(small)  # warm up
    t_small = best_of(lambda: replay_minimal(small))
    t_large = best_of(lambda: replay_minimal(large), repeat=3)
    ratio = t_large / t_small
    print(
        f"\nreplay: {len(small)} events {t_small * 1e3:.2f} ms "
        f"({t_small / len(small) * 1e6:.2f} us/event); {len(large)} events "
        f"{t_large * 1e3:.2f} ms ({t_large / len(large) * 1e6:.2f} us/event); ratio {ratio:.1f}"
    )
    # Roughly 10x for 10x the events; generous bound against noisy machines.
    assert ratio < 25
