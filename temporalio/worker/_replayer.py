"""Replaying recorded histories against workflow code, with no server."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import temporalio.converter
from temporalio.api.enums.v1 import WorkflowTaskFailedCause
from temporalio.client import WorkflowHistory
from temporalio.worker import _machines as m
from temporalio.worker._codec_walk import decode_activation
from temporalio.worker._interceptor import workflow_interceptor_classes
from temporalio.worker._registration import workflow_definitions
from temporalio.worker._workflow_instance import InstanceConfig
from temporalio.worker._workflow_runner import (
    ActivationExecutor,
    DeadlockError,
    DefaultWorkflowRunner,
    RunnableInstance,
    WorkflowRunner,
)
from temporalio.worker._workflow_worker import SDK_NAME
from temporalio.workflow import NondeterminismError, WorkflowError

_NDE = WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_NON_DETERMINISTIC_ERROR


@dataclass(frozen=True)
class WorkflowReplayResult:
    """The outcome of replaying one history."""

    history: WorkflowHistory
    """The history replayed."""
    replay_failure: Exception | None
    """Why replay failed (``NondeterminismError`` or ``WorkflowError``), or None."""


@dataclass
class WorkflowReplayResults:
    """The outcomes of :meth:`Replayer.replay_workflows`."""

    results: list[WorkflowReplayResult] = field(default_factory=list)
    """One result per history, in order."""

    @property
    def replay_failures(self) -> Mapping[str, Exception]:
        """Failures by run ID."""
        return {
            r.history.run_id or r.history.workflow_id: r.replay_failure
            for r in self.results
            if r.replay_failure is not None
        }


class Replayer:
    """Replays workflow histories through the same machines and scheduler as a worker.

    Use it in tests to check that changed workflow code still matches the
    histories of runs started by the old code.
    """

    def __init__(
        self,
        *,
        workflows: Sequence[type],
        workflow_runner: WorkflowRunner | None = None,
        data_converter: temporalio.converter.DataConverter | None = None,
        namespace: str = "ReplayNamespace",
        deadlock_timeout: timedelta | None = timedelta(seconds=2),
        debug_mode: bool = False,
        interceptors: Sequence[Any] = (),
        workflow_failure_exception_types: Sequence[type[BaseException]] = (),
    ) -> None:
        """Validate the workflow classes (see :class:`Worker`)."""
        if not workflows:
            raise ValueError("a replayer needs at least one workflow class")
        self._defns, self._dynamic = workflow_definitions(workflows)
        self._runner = workflow_runner or DefaultWorkflowRunner()
        self._converter = data_converter or temporalio.converter.DataConverter.default
        self._namespace = namespace
        self._deadlock_timeout = deadlock_timeout
        self._debug = debug_mode
        self._interceptors = tuple(interceptors)
        self._interceptor_classes = workflow_interceptor_classes(self._interceptors)
        self._failure_exception_types = tuple(workflow_failure_exception_types)

    async def replay_workflow(
        self,
        history: WorkflowHistory | str | Mapping[str, Any],
        *,
        raise_on_replay_failure: bool = True,
    ) -> WorkflowReplayResult:
        """Replay one history (a ``WorkflowHistory`` or exported JSON).

        Raises:
            NondeterminismError: The code does not match the history.
            WorkflowError: Replay failed otherwise (e.g. workflow code raised).
            ValueError: The JSON is not a history.
        """
        if not isinstance(history, WorkflowHistory):
            history = WorkflowHistory.from_json("", history)
        if not history.events:
            raise ValueError("the history has no events; nothing to replay")
        executor = ActivationExecutor(
            max_workers=1, deadlock_timeout=self._deadlock_timeout, debug_mode=self._debug
        )
        try:
            failure = await self._replay(history, executor)
        finally:
            executor.shutdown()
        if failure is not None and raise_on_replay_failure:
            raise failure
        return WorkflowReplayResult(history=history, replay_failure=failure)

    async def replay_workflows(
        self,
        histories: Iterable[WorkflowHistory] | AsyncIterator[WorkflowHistory],
        *,
        raise_on_replay_failure: bool = True,
    ) -> WorkflowReplayResults:
        """Replay many histories; fail fast, or collect every failure.

        Args:
            histories: The histories.
            raise_on_replay_failure: Raise at the first failure (default), or
                replay them all and report failures in the result.
        """
        results = WorkflowReplayResults()

        async def each(h: WorkflowHistory) -> None:
            results.results.append(
                await self.replay_workflow(h, raise_on_replay_failure=raise_on_replay_failure)
            )

        if isinstance(histories, AsyncIterator):
            async for h in histories:
                await each(h)
        else:
            for h in histories:
                await each(h)
        return results

    async def _replay(
        self, history: WorkflowHistory, executor: ActivationExecutor
    ) -> Exception | None:
        events = list(history.events)
        task = m.WorkflowTask.for_replay(
            events, workflow_id=history.workflow_id, run_id=history.run_id
        )
        run = m.WorkflowRun(
            namespace=self._namespace,
            workflow_id=task.workflow_execution.workflow_id,
            run_id=task.workflow_execution.run_id,
            sdk_name=SDK_NAME,
        )
        codec = self._converter.payload_codec
        # The run learns its type from the first event only once the task is applied.
        workflow_type = events[0].workflow_execution_started_event_attributes.workflow_type.name
        replay = _Replay(
            self,
            run,
            f"replay of {workflow_type!r} (workflow {task.workflow_execution.workflow_id!r})",
        )
        try:
            if codec is None:
                # Machines and activations are synchronous: the whole replay runs in
                # one thread hop (the deadlock timeout still applies per activation).
                return await executor.run_many(
                    lambda clock: replay.run(run.new_task(task), clock.activate), replay.what
                )
            step = run.new_task(task)
            while isinstance(step, m.Activation):
                await decode_activation(codec, step)
                instance = replay.instance_for(step)
                if instance is None:
                    return replay.unknown_type()
                step = run.complete_activation(await executor.activate(instance, step, replay.what))
            return replay.outcome(step)
        except DeadlockError:
            replay.instance = None  # its thread may still run: never touch it again
            raise
        finally:
            if replay.instance is not None:
                with contextlib.suppress(Exception):
                    await executor.activate(replay.instance, run.evict("replay done"), "eviction")

    def _create(self, activation: m.Activation, run: m.WorkflowRun) -> RunnableInstance | None:
        init = next((j for j in activation.jobs if isinstance(j, m.InitializeWorkflow)), None)
        workflow_type = init.workflow_type if init else run.workflow_type
        defn = self._defns.get(workflow_type) or self._dynamic
        if defn is None:
            return None
        config = InstanceConfig(
            defn=defn,
            namespace=self._namespace,
            task_queue=init.task_queue if init else "",
            payload_converter=self._converter.payload_converter,
            failure_converter=self._converter.failure_converter,
            failure_exception_types=(*self._failure_exception_types, *defn.failure_exception_types),
            interceptor_classes=self._interceptor_classes,
        )
        return self._runner.create_instance(config, run.run_id)


class _Replay:
    """One history's replay: its instance (made at the first activation) and outcome."""

    def __init__(self, replayer: Replayer, run: m.WorkflowRun, what: str) -> None:
        self._replayer = replayer
        self._run = run
        self.what = what
        self.instance: RunnableInstance | None = None

    def instance_for(self, activation: m.Activation) -> RunnableInstance | None:
        if self.instance is None:
            self.instance = self._replayer._create(activation, self._run)
        return self.instance

    def run(
        self,
        step: m.RunStep | None,
        activate: Callable[[RunnableInstance, m.Activation], m.ActivationCompletion],
    ) -> Exception | None:
        """Drive the machines to the end of the history (synchronously)."""
        while isinstance(step, m.Activation):
            instance = self.instance_for(step)
            if instance is None:
                return self.unknown_type()
            step = self._run.complete_activation(activate(instance, step))
        return self.outcome(step)

    def unknown_type(self) -> Exception:
        return WorkflowError(
            f"workflow type {self._run.workflow_type!r} of the history is not "
            f"among the replayer's workflows {sorted(self._replayer._defns)}"
        )

    @staticmethod
    def outcome(step: m.RunStep | None) -> Exception | None:
        if isinstance(step, m.FailWorkflowTask):
            if step.cause == _NDE:
                return NondeterminismError(step.message)
            return WorkflowError(f"replay failed: {step.message}")
        return None
