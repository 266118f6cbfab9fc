"""One running workflow: user code on the deterministic loop, driven by activations.

The instance is the runtime behind ``temporalio.workflow``'s functions. For each
activation it applies every job first (start the run, resolve timers and
activities, queue signal handlers, request cancellation), then runs the loop
until nothing is ready, re-checking ``wait_condition`` predicates, and finally
returns the commands workflow code issued, in order, with a terminal command
when the run finished.

Invariants:

* ``_commands`` holds the commands of the current activation only, in the order
  workflow code issued them; it is handed to the machines and reset.
* Sequence numbers are per command kind and never reused within a run, so timer
  ids and default activity ids (``str(seq)``) match other SDKs' histories.
* Workflow code runs only inside :meth:`activate`, with this instance made
  current on the running thread, and never on the host event loop.
"""

from __future__ import annotations

import logging
import random
import traceback
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import temporalio.common
import temporalio.converter
import temporalio.exceptions
from temporalio.api.common.v1 import Payload
from temporalio.api.enums.v1 import WorkflowTaskFailedCause
from temporalio.api.failure.v1 import Failure
from temporalio.worker._instance_activities import ActivitiesMixin
from temporalio.worker._instance_base import (
    InstanceBase,
    InstanceConfig,
    _set_none,
    _takes_varargs,
    _wait_for,
)
from temporalio.worker._instance_children import ChildrenMixin
from temporalio.worker._instance_handlers import (
    METADATA_QUERY,
    STACK_TRACE_QUERY,
    HandlersMixin,
)
from temporalio.worker._instance_interceptors import bind_run_fn, build_chains
from temporalio.worker._instance_local_activities import LocalActivitiesMixin
from temporalio.worker._instance_properties import PropertiesMixin
from temporalio.worker._interceptor import ExecuteWorkflowInput, HandleQueryInput, HandleSignalInput
from temporalio.worker._machines import _activation as act
from temporalio.worker._machines import _commands as cmd
from temporalio.worker._machines._task import ActivationCompletion
from temporalio.workflow._info import Info, ParentInfo, RootInfo
from temporalio.workflow._runtime import WorkflowRuntime
from temporalio.workflow._unfinished import RunningHandler

logger = logging.getLogger(__name__)

_JOB_HANDLERS: dict[type, Callable[[Any, Any], None]] = {}

_TASK_FAILED = WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE


class WorkflowInstance(
    ActivitiesMixin,
    LocalActivitiesMixin,
    ChildrenMixin,
    HandlersMixin,
    PropertiesMixin,
    InstanceBase,
):
    """Runs one workflow run's code on its own :class:`WorkflowEventLoop`."""

    __slots__ = ()  # fields are slots of InstanceBase

    def __init__(self, config: InstanceConfig, run_id: str) -> None:
        """Create an idle instance with its interceptor chains."""
        super().__init__(config, run_id)
        self._inbound, self._outbound = build_chains(self, config.interceptor_classes)

    def workflow_info(self) -> Info:
        return self._outbound.info()

    # -- the activation ------------------------------------------------------------

    def activate(self, activation: act.Activation) -> ActivationCompletion:
        """Apply the activation's jobs, run workflow code until idle, return its commands."""
        prev = WorkflowRuntime.set_current(self)
        try:
            return self._activate(activation)
        finally:
            WorkflowRuntime.set_current(prev)

    def _activate(self, activation: act.Activation) -> ActivationCompletion:
        self._commands = []
        self._task_failure = None
        self._replaying = activation.is_replaying
        if not activation.is_eviction:
            self._history_length = activation.history_length
            self._history_size = activation.history_size_bytes
            self._can_suggested = activation.continue_as_new_suggested
        if activation.timestamp is not None:
            self._loop.set_time(activation.timestamp.timestamp())
        try:
            if activation.is_query_only:
                return ActivationCompletion(commands=self._run_queries(activation.jobs))
            for job in activation.jobs:
                self._apply(job)
            if self._loop.is_closed():  # evicted (RemoveFromCache): nothing more runs
                return ActivationCompletion(commands=[])
            self._run_until_idle()
            if self._task_failure is None:
                self._check_finished()
        except Exception as err:  # our own bug or a broken converter: fail the task
            self._task_failure = err
        if self._task_failure is not None:
            return ActivationCompletion(
                commands=[], failure=self._failure_of(self._task_failure), cause=_TASK_FAILED
            )
        commands, self._commands = self._commands, []
        self._warn_unfinished_handlers(commands)
        return ActivationCompletion(commands=commands)

    def teardown_runs_code(self) -> bool:
        """Whether an eviction would run workflow code (unfinished tasks to close)."""
        return self._loop.has_live_tasks()

    def destroy(self) -> None:
        """Evicted: close every coroutine without running more workflow code."""
        self._loop.destroy()
        self._timers.clear()
        self._activities.clear()
        self._conditions.clear()

    def _run_until_idle(self) -> None:
        while True:
            self._loop.run_until_idle()
            for context in self._loop.take_unhandled_errors():
                err = context.get("exception")
                self._fail_task(
                    err
                    if isinstance(err, BaseException)
                    else RuntimeError(str(context.get("message", "unhandled error in workflow")))
                )
            if self._task_failure is not None or not self._fire_conditions():
                return

    def _fire_conditions(self) -> bool:
        fired = False
        for entry in list(self._conditions):
            fn, fut = entry
            if fut.done():
                self._conditions.remove(entry)
                continue
            try:
                ok = fn()
            except Exception as err:
                self._conditions.remove(entry)
                fut.set_exception(err)
                fired = True
                continue
            if ok:
                self._conditions.remove(entry)
                fut.set_result(None)
                fired = True
        return fired

    # -- jobs ------------------------------------------------------------------------

    def _apply(self, job: act.Job) -> None:
        # Each job type is handled by a method named ``_apply_<JobType>``, defined
        # here or in a feature mixin; looked up once per type.
        kind = type(job)
        handler = _JOB_HANDLERS.get(kind)
        if handler is None:
            handler = getattr(type(self), f"_apply_{kind.__name__}", None)
            if handler is None:
                raise NotImplementedError(f"activation job {kind.__name__} is not supported")
            _JOB_HANDLERS[kind] = handler
        handler(self, job)

    def _apply_FireTimer(self, job: act.FireTimer) -> None:
        fire = self._timers.pop(job.seq, None)
        if fire is not None:
            fire()

    def _apply_SignalWorkflow(self, job: act.SignalWorkflow) -> None:
        self._apply_signal(job)

    def _apply_InitializeWorkflow(self, job: act.InitializeWorkflow) -> None:
        self._apply_initialize(job)

    def _apply_CancelWorkflow(self, job: act.CancelWorkflow) -> None:
        # The root CancellationScope is cancelled (ARCHITECTURE.md): every await in
        # it raises CancelledError until the workflow ends, and everything started
        # in it (activities, timers, children, also ones nobody awaits) is cancelled
        # by its cancellation type. Cleanup after catching the error runs in a
        # CancellationScope(detached=True), as under trio's shield.
        self._cancel_requested = True
        self._loop.root_scope.cancel()

    def _apply_UpdateRandomSeed(self, job: act.UpdateRandomSeed) -> None:
        self._reseed(job.randomness_seed)

    def _apply_NotifyHasPatch(self, job: act.NotifyHasPatch) -> None:
        self._patches_seen.add(job.patch_id)

    def _apply_RemoveFromCache(self, job: act.RemoveFromCache) -> None:
        self.destroy()

    def _apply_initialize(self, job: act.InitializeWorkflow) -> None:
        cfg = self._config
        self._reseed(job.randomness_seed)
        if not self._loop.time():
            # No task-started time yet (a hand-made activation): use the start time.
            self._loop.set_time(job.start_time.timestamp())
        parent = None
        if job.parent_workflow_execution is not None:
            parent = ParentInfo(
                namespace=job.parent_workflow_namespace,
                workflow_id=job.parent_workflow_execution.workflow_id,
                run_id=job.parent_workflow_execution.run_id,
            )
        retry = (
            temporalio.common.RetryPolicy.from_proto(job.retry_policy)
            if job.retry_policy is not None
            else None
        )
        last_failure = (
            cfg.failure_converter.from_failure(job.continued_failure, cfg.payload_converter)
            if job.continued_failure is not None
            else None
        )
        last_result = (
            job.last_completion_result.payloads[0]
            if job.last_completion_result is not None and job.last_completion_result.payloads
            else None
        )
        self._info = Info(
            attempt=job.attempt,
            continued_run_id=job.continued_from_execution_run_id or None,
            cron_schedule=job.cron_schedule or None,
            execution_timeout=job.workflow_execution_timeout,
            first_execution_run_id=job.first_execution_run_id,
            headers=dict(job.headers),
            namespace=cfg.namespace,
            parent=parent,
            raw_memo=dict(job.memo.fields) if job.memo is not None else {},
            retry_policy=retry,
            run_id=self._run_id,
            run_timeout=job.workflow_run_timeout,
            start_time=job.start_time,
            task_queue=job.task_queue or cfg.task_queue,
            task_timeout=job.workflow_task_timeout or timedelta(seconds=10),
            typed_search_attributes=(
                temporalio.converter.decode_typed_search_attributes(job.search_attributes)
                if job.search_attributes is not None
                else temporalio.common.TypedSearchAttributes.empty
            ),
            workflow_id=job.workflow_id,
            workflow_type=job.workflow_type,
            last_failure=last_failure,
            last_result_payload=last_result,
            original_execution_run_id=job.original_execution_run_id or self._run_id,
            priority=(
                temporalio.common.Priority.from_proto(job.priority)
                if job.priority is not None
                else temporalio.common.Priority.default
            ),
            root=(
                RootInfo(
                    workflow_id=job.root_workflow_execution.workflow_id,
                    run_id=job.root_workflow_execution.run_id,
                )
                if job.root_workflow_execution is not None
                else None
            ),
            workflow_start_time=job.start_time,
        )
        defn = cfg.defn
        if cfg.interceptor_classes:
            self._inbound.init(self._outbound)
        try:
            if defn.dynamic:
                # A dynamic workflow decodes its own arguments: run(self, args: Sequence[RawValue]).
                args: list[Any] = [temporalio.common.RawValue(p) for p in job.arguments]
            else:
                args = self._decode_args(
                    job.arguments, defn.arg_types, f"workflow {job.workflow_type!r}"
                )
        except Exception as err:
            self._fail_task(err)
            return
        self._main = self._loop.create_task(self._run_main(args, job.headers), name="workflow-run")

    async def _run_main(self, args: list[Any], headers: Mapping[str, Payload]) -> Any:
        defn = self._config.defn
        # @workflow.init: __init__ takes the workflow's (decoded) arguments too.
        self._object = defn.cls(*args) if defn.init_takes_args else defn.cls()
        assert defn.run_fn is not None
        # Signals that arrived before the instance existed are delivered now.
        self._deliver_buffered_signals()
        return await self._inbound.execute_workflow(
            ExecuteWorkflowInput(
                type=defn.cls,
                run_fn=bind_run_fn(defn.run_fn, self._object),
                args=args,
                headers=headers,
            )
        )

    def _handler_values(self, handler: Any, name: str, payloads: Sequence[Payload]) -> list[Any]:
        """Decoded arguments of a handler (what interceptors see in ``args``).

        A dynamic handler taking ``*args`` gets the decoded values; one taking
        ``(self, name, args: Sequence[RawValue])`` gets raw payloads it decodes itself.
        """
        if not handler.dynamic:
            return self._decode_args(payloads, handler.arg_types, f"handler {name!r}")
        if _takes_varargs(handler.fn):
            return self._decode_args(payloads, None, f"handler {name!r}")
        return [temporalio.common.RawValue(p) for p in payloads]

    @staticmethod
    def _call_args(handler: Any, name: str, values: Sequence[Any]) -> list[Any]:
        """The arguments of a handler call (after ``self``): a dynamic one gets the name first."""
        if not handler.dynamic:
            return list(values)
        if _takes_varargs(handler.fn):
            return [name, *values]
        return [name, list(values)]

    def _apply_signal(self, job: act.SignalWorkflow) -> None:
        handler = self._signal_handler_for(job.signal_name)
        if handler is None or not self._signal_deliverable(handler):
            # Buffered until a handler exists (PROTOCOL.md section 7.1).
            self._buffer_signal(job)
            return
        try:
            values = self._handler_values(handler, job.signal_name, job.input)
        except Exception as err:
            # As the official SDK does: a signal whose arguments do not decode is
            # dropped with a warning. Failing the task instead would fail every retry
            # (the signal stays in history) and stall the workflow until a reset.
            if not self._replaying:
                logger.warning(
                    "Dropped signal %r of workflow %s (run %s): %s",
                    job.signal_name,
                    self._info.workflow_id if self._info else "?",
                    self._run_id,
                    err,
                )
            return
        input = HandleSignalInput(signal=job.signal_name, args=values, headers=job.headers)
        task = self._loop.create_task(
            self._inbound.handle_signal(input), name=f"signal:{job.signal_name}"
        )
        self._running_handlers[task] = RunningHandler(
            "signal", job.signal_name, handler.unfinished_policy
        )
        task.add_done_callback(self._on_handler_done)

    def _on_handler_done(self, task: Any) -> None:
        self._running_handlers.pop(task, None)
        if task.cancelled():
            return
        err = task.exception()
        if err is None:
            return
        continue_as_new = self._continue_as_new_command(err)
        if continue_as_new is not None and not self._finished:
            # continue_as_new() from a signal handler ends the run, as from run().
            self._finished = True
            self._commands.append(continue_as_new)
        elif self._config.fails_workflow(err):
            self._finish_failed(err)
        else:
            self._fail_task(err)

    # -- finishing -------------------------------------------------------------------

    def _check_finished(self) -> None:
        main = self._main
        if main is None or self._finished or not main.done():
            return
        self._finished = True
        if main.cancelled():
            self._finish_cancelled_or_fail(
                temporalio.exceptions.CancelledError("Workflow cancelled")
            )
            return
        err = main.exception()
        if err is None:
            try:
                payload = self._config.payload_converter.to_payloads([main.result()])[0]
            except Exception as conv_err:
                self._finished = False
                self._fail_task(conv_err)
                return
            self._commands.append(cmd.CompleteWorkflowExecution(result=payload))
            return
        self._finish_cancelled_or_fail(err)

    def _finish_cancelled_or_fail(self, err: BaseException) -> None:
        continue_as_new = self._continue_as_new_command(err)
        if continue_as_new is not None:
            self._commands.append(continue_as_new)
        elif self._cancel_requested and temporalio.exceptions.is_cancelled_exception(err):
            self._commands.append(cmd.CancelWorkflowExecution())
        elif self._config.fails_workflow(err):
            self._finish_failed(err)
        else:
            # Any other error fails the workflow *task*: the server retries it, and a
            # fixed deployment resumes the workflow (PROTOCOL.md section 7.4).
            self._finished = False
            self._fail_task(err)

    def _finish_failed(self, err: BaseException) -> None:
        self._finished = True
        self._commands.append(cmd.FailWorkflowExecution(failure=self._failure_of(err)))

    # -- queries ---------------------------------------------------------------------

    def _run_queries(self, jobs: Sequence[act.Job]) -> list[cmd.LangCommand]:
        out: list[cmd.LangCommand] = []
        for job in jobs:
            assert isinstance(job, act.QueryWorkflow)
            out.append(self._run_query(job))
        return out

    def _run_query(self, job: act.QueryWorkflow) -> cmd.RespondToQuery:
        self._read_only = True
        try:
            if job.query_type == STACK_TRACE_QUERY:
                value: Any = self._stack_trace()
            elif job.query_type == METADATA_QUERY:
                value = self._workflow_metadata()
            else:
                handler = self._query_handler_for(job.query_type)
                if handler is None or (handler.is_method and self._object is None):
                    raise self._unknown_query(job.query_type)
                values = self._handler_values(handler, job.query_type, job.arguments)
                value = self._inbound.handle_query(
                    HandleQueryInput(
                        id=job.query_id, query=job.query_type, args=values, headers=job.headers
                    )
                )
            answer = self._config.payload_converter.to_payloads([value])[0]
            return cmd.RespondToQuery(query_id=job.query_id, answer=answer)
        except BaseException as err:  # every query error is an answer, never a task failure
            failure = Failure()
            if isinstance(err, KeyError):
                err = temporalio.exceptions.ApplicationError(str(err.args[0]), type="KeyError")
            self._config.failure_converter.to_failure(err, self._config.payload_converter, failure)
            return cmd.RespondToQuery(query_id=job.query_id, failure=failure)
        finally:
            self._read_only = False

    def _unknown_query(self, name: str) -> KeyError:
        known = self._known_handler_names("query")
        return KeyError(
            f"Workflow {self._config.defn.name!r} has no handler for query {name!r}; "
            f"known queries: {known}"
        )

    def _stack_trace(self) -> str:
        traces = []
        for task in self._loop.tasks():
            stack = "".join(
                "".join(traceback.format_stack(frame, limit=1)) for frame in task.get_stack()
            )
            traces.append(f"{task.get_name()}:\n{stack}")
        return "\n".join(traces)

    # -- TimerSink (the loop's durable timers) --------------------------------------

    def start_timer(self, delay: timedelta, fire: Callable[[], None]) -> int:
        """Issue StartTimer; ``fire`` runs when the timer's FireTimer job arrives."""
        self._check_writable("starting a timer")
        seq = self._next_seq("timer")
        self._timers[seq] = fire
        summary, self._next_timer_summary = self._next_timer_summary, None
        self._commands.append(
            cmd.StartTimer(
                seq=seq, start_to_fire_timeout=delay, user_metadata=self._user_metadata(summary)
            )
        )
        return seq

    def cancel_timer(self, seq: int) -> None:
        """Issue CancelTimer for a timer that has not fired.

        A timer started and cancelled within the same activation was never sent:
        both commands are dropped, so nothing reaches history.
        """
        if self._timers.pop(seq, None) is None or self._loop.is_closed():
            return
        for i, c in enumerate(self._commands):
            if type(c) is cmd.StartTimer and c.seq == seq:
                del self._commands[i]
                return
        self._commands.append(cmd.CancelTimer(seq=seq))

    # -- WorkflowRuntime ----------------------------------------------------------------

    def workflow_now(self) -> datetime:
        return datetime.fromtimestamp(self._loop.time(), UTC)

    def workflow_time(self) -> float:
        return float(self._loop.time())

    def workflow_random(self) -> random.Random:
        return self._random

    def workflow_random_seed(self) -> int:
        return self._random_seed

    def workflow_is_replaying(self) -> bool:
        return self._replaying

    def workflow_instance(self) -> Any:
        if self._object is None:
            raise RuntimeError(
                "workflow.instance() was called while the workflow object is being "
                "constructed; use self in __init__"
            )
        return self._object

    def workflow_history_length(self) -> int:
        return self._history_length

    def workflow_history_size(self) -> int:
        return self._history_size

    def workflow_continue_as_new_suggested(self) -> bool:
        return self._can_suggested

    def workflow_payload_converter(self) -> temporalio.converter.PayloadConverter:
        return self._config.payload_converter

    def _call_later(
        self, delay: float, fire: Callable[..., object], *args: Any, summary: str | None
    ) -> Any:
        """``loop.call_later`` whose timer command carries ``summary`` (user metadata).

        The loop starts the timer synchronously, through :meth:`start_timer`.
        """
        self._next_timer_summary = summary
        try:
            return self._loop.call_later(delay, fire, *args)
        finally:
            self._next_timer_summary = None

    def workflow_get_current_details(self) -> str:
        return self._current_details

    def workflow_set_current_details(self, details: str) -> None:
        self._check_writable("setting the current details")
        self._current_details = details

    async def workflow_sleep(self, seconds: float, summary: str | None = None) -> None:
        self._check_writable("sleeping")
        fut = self._loop.create_future()
        handle = self._call_later(seconds, _set_none, fut, summary=summary)
        try:
            await fut
        finally:
            handle.cancel()

    async def workflow_wait_condition(
        self, fn: Callable[[], bool], timeout: float | None, timeout_summary: str | None = None
    ) -> None:
        self._check_writable("wait_condition")
        if fn():
            return
        fut = self._loop.create_future()
        entry = (fn, fut)
        self._conditions.append(entry)
        try:
            if timeout is None:
                await fut
            else:
                await _wait_for(
                    lambda delay, fire: self._call_later(delay, fire, summary=timeout_summary),
                    fut,
                    timeout,
                )
        finally:
            if entry in self._conditions:
                self._conditions.remove(entry)


__all__ = ["InstanceConfig", "WorkflowInstance"]
