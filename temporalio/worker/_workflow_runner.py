"""How workflow instances are created and how activations run on them.

``WorkflowRunner`` is the pluggable part (the seeds' "workflow runner"): it makes
one instance per run. The default runner makes a :class:`WorkflowInstance` on
our deterministic loop. :class:`ActivationExecutor` runs an activation on an
instance: in a worker thread guarded by the deadlock timeout, or inline in
debug mode.
"""

from __future__ import annotations

import concurrent.futures
import sys
import threading
import time
import traceback
from abc import ABC, abstractmethod
from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

from temporalio._compat._wake import wait_done
from temporalio.api.enums.v1 import WorkflowTaskFailedCause
from temporalio.api.failure.v1 import ApplicationFailureInfo, Failure
from temporalio.worker._machines import Activation, ActivationCompletion
from temporalio.worker._workflow_instance import InstanceConfig, WorkflowInstance


class RunnableInstance(ABC):
    """What the worker needs of a workflow instance."""

    @abstractmethod
    def activate(self, activation: Activation) -> ActivationCompletion:
        """Run the activation's jobs and return workflow code's answer."""

    def teardown_runs_code(self) -> bool:
        """Whether the eviction activation may run workflow code.

        When it cannot (every task of the run has finished), the worker tears the
        instance down inline, without a thread hop. True unless overridden.
        """
        return True


class WorkflowRunner(ABC):
    """Creates the instance that runs a workflow run's code."""

    @abstractmethod
    def create_instance(self, config: InstanceConfig, run_id: str) -> RunnableInstance:
        """A fresh instance for ``run_id``; its first activation starts the workflow."""


class DefaultWorkflowRunner(WorkflowRunner):
    """Runs workflows on the SDK's deterministic loop, in the worker's process."""

    def create_instance(self, config: InstanceConfig, run_id: str) -> RunnableInstance:
        """A :class:`WorkflowInstance`."""
        instance: RunnableInstance = WorkflowInstance(config, run_id)  # type: ignore[assignment]
        return instance


UnsandboxedWorkflowRunner = DefaultWorkflowRunner
"""Alias for code written for the official SDK (workflows here are never sandboxed)."""


class DeadlockError(RuntimeError):
    """An activation did not finish within the deadlock timeout."""


T = TypeVar("T")

_UNHANDLED = WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE


def task_failure(message: str, type_: str, stack: str = "") -> ActivationCompletion:
    """A completion that fails the workflow task with an application failure."""
    return ActivationCompletion(
        failure=Failure(
            message=message,
            stack_trace=stack,
            application_failure_info=ApplicationFailureInfo(type=type_),
        ),
        cause=_UNHANDLED,
    )


class ActivationClock:
    """When the activation running in :meth:`ActivationExecutor.run_many` began.

    Written by the workflow thread, read by the waiting task: ``started`` is the
    ``time.monotonic()`` at which the current activation began, None between them.
    """

    __slots__ = ("started", "thread_id")

    def __init__(self) -> None:
        self.started: float | None = None
        self.thread_id: int | None = None

    def activate(self, instance: RunnableInstance, activation: Activation) -> ActivationCompletion:
        """Run one activation, timed for deadlock detection."""
        self.started = time.monotonic()
        try:
            return instance.activate(activation)
        finally:
            self.started = None


class ActivationExecutor:
    """Runs activations off the host event loop, with deadlock detection.

    Each activation runs in a thread of ``_pool``; the host task waits without
    blocking (``wait_done``). If it does not finish within ``deadlock_timeout``
    the activation is reported as a deadlock with the stuck thread's stack, and
    the instance must never be used again (its thread may still be running).
    """

    def __init__(
        self, *, max_workers: int, deadlock_timeout: timedelta | None, debug_mode: bool
    ) -> None:
        """Create the executor (threads start lazily)."""
        self._debug = debug_mode
        self._timeout = (
            None if debug_mode or deadlock_timeout is None else deadlock_timeout.total_seconds()
        )
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=max(1, max_workers), thread_name_prefix="temporal-workflow"
        )

    async def activate(
        self, instance: RunnableInstance, activation: Activation, what: str, *, inline: bool = False
    ) -> ActivationCompletion:
        """Run one activation.

        Args:
            instance: The run's instance.
            activation: The activation.
            what: Names the run in a deadlock error.
            inline: Run it on this thread (only for activations that run no workflow
                code, such as the teardown of a finished run).

        Raises:
            DeadlockError: The activation did not yield in time; the message names
                ``what`` and shows where its thread is stuck.
        """
        if self._debug or inline:
            return instance.activate(activation)
        thread_id: list[int] = []

        def run() -> ActivationCompletion:
            thread_id.append(threading.get_ident())
            return instance.activate(activation)

        future = self._pool.submit(run)
        if not await wait_done(future, self._timeout):
            raise self._deadlock(what, thread_id[0] if thread_id else None)
        return future.result()

    async def run_many(self, work: Callable[[ActivationClock], T], what: str) -> T:
        """Run ``work``, which runs several activations, in one thread hop.

        For synchronous stretches of many activations (a replay): ``work`` calls
        ``clock.activate(instance, activation)`` for each, and the deadlock timeout
        applies to each activation alone, as with :meth:`activate`.

        Raises:
            DeadlockError: One activation did not yield in time.
        """
        clock = ActivationClock()
        if self._debug:
            return work(clock)

        def run() -> T:
            clock.thread_id = threading.get_ident()
            return work(clock)

        future = self._pool.submit(run)
        timeout = self._timeout
        while True:
            guard = None
            if timeout is not None:
                started = clock.started
                guard = timeout if started is None else timeout - (time.monotonic() - started)
                if guard <= 0:
                    raise self._deadlock(what, clock.thread_id)
            if await wait_done(future, guard):
                return future.result()

    def _deadlock(self, what: str, thread_id: int | None) -> DeadlockError:
        frame = sys._current_frames().get(thread_id) if thread_id is not None else None
        stack = "".join(traceback.format_stack(frame)) if frame is not None else ""
        return DeadlockError(
            f"Potential deadlock detected: {what} did not yield within "
            f"{self._timeout:g} second(s). Workflow code must not block: no time.sleep, "
            "threads, locks or I/O (use activities). Stack of the workflow thread:\n"
            f"{stack}"
        )

    def shutdown(self) -> None:
        """Stop the threads (a deadlocked one is abandoned, not joined)."""
        self._pool.shutdown(wait=False, cancel_futures=True)
