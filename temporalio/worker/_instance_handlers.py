"""Handlers set at run time (signals, queries, updates) and workflow updates.

Each instance keeps its own handler tables, one per kind, keyed by name (None =
the dynamic handler). They start as copies of the class definition's tables, and
``workflow.set_*_handler`` writes to them, so the latest registration wins and
removing a name removes the class handler too. Every lookup goes through them.

Updates (PROTOCOL.md section 6): each ``DoUpdate`` job runs as a workflow task.
The task looks the handler up when it first runs, after the tasks created before
it (the run task included) had their turn, so a handler registered by
``__init__`` or at the top of ``run()`` handles an update delivered together with
the workflow's start. Then, unless the job is replayed, the validator runs
read-only; raising rejects the update (a message, nothing in history). Otherwise
the update is accepted and the handler runs as ordinary workflow code; its
result, or a :class:`~temporalio.exceptions.FailureError` it raises, completes
the update. Any other error from the handler fails the workflow task, like an
error in ``run()``.

Invariants:

* ``_signal_buffer`` holds the signals that had no handler when they arrived, in
  arrival order; a signal leaves it only when a handler for it exists (and the
  workflow object exists, for handlers that are methods).
"""

from __future__ import annotations

import logging
import types
import warnings
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import temporalio.exceptions
from temporalio.api.sdk.v1 import WorkflowDefinition as WorkflowDefinitionProto
from temporalio.api.sdk.v1 import WorkflowInteractionDefinition, WorkflowMetadata
from temporalio.worker._instance_base import InstanceBase, InstanceConfig
from temporalio.worker._interceptor import HandleUpdateInput
from temporalio.worker._machines import _activation as act
from temporalio.worker._machines import _commands as cmd
from temporalio.workflow._definition import QueryDefinition, SignalDefinition, UpdateDefinition
from temporalio.workflow._errors import ReadOnlyContextError
from temporalio.workflow._handlers import HandlerKind
from temporalio.workflow._unfinished import (
    HandlerUnfinishedPolicy,
    RunningHandler,
    unfinished_warnings,
)
from temporalio.workflow._update_info import UpdateInfo, set_current_update_info

logger = logging.getLogger(__name__)

_WARN = HandlerUnfinishedPolicy.WARN_AND_ABANDON

STACK_TRACE_QUERY = "__stack_trace"
METADATA_QUERY = "__temporal_workflow_metadata"
_BUILTIN_QUERIES = (
    (STACK_TRACE_QUERY, "Current stack trace of every task of the workflow"),
    (METADATA_QUERY, "Metadata about the workflow: its handlers and current details"),
)

# Commands that end the run.
_FINISHING = (
    cmd.CompleteWorkflowExecution,
    cmd.FailWorkflowExecution,
    cmd.CancelWorkflowExecution,
    cmd.ContinueAsNewWorkflowExecution,
)

if TYPE_CHECKING:
    from temporalio.api.common.v1 import Payload


class HandlersMixin(InstanceBase):
    """Run-time handler tables, buffered signal delivery, and the update protocol."""

    __slots__ = ()  # fields are slots of InstanceBase

    if TYPE_CHECKING:
        # Defined by WorkflowInstance.

        def _handler_values(
            self, handler: Any, name: str, payloads: Sequence[Payload]
        ) -> list[Any]:
            raise NotImplementedError

        def _apply_signal(self, job: act.SignalWorkflow) -> None:
            raise NotImplementedError

    def __init__(self, config: InstanceConfig, run_id: str) -> None:
        """Start with the class definition's handlers."""
        super().__init__(config, run_id)
        defn = config.defn
        self._signal_handlers: dict[str | None, SignalDefinition] = dict(defn.signals)
        self._query_handlers: dict[str | None, QueryDefinition] = dict(defn.queries)
        self._update_handlers: dict[str | None, UpdateDefinition] = dict(defn.updates)
        self._signal_buffer: list[act.SignalWorkflow] = []
        # Signal and update handler tasks in progress (workflow.all_handlers_finished).
        self._running_handlers: dict[Any, RunningHandler] = {}

    # -- lookups ---------------------------------------------------------------------

    def _signal_handler_for(self, name: str) -> SignalDefinition | None:
        """The handler a signal goes to now (its own, else the dynamic one), or None."""
        return self._signal_handlers.get(name) or self._signal_handlers.get(None)

    def _query_handler_for(self, name: str) -> QueryDefinition | None:
        """The handler a query goes to now (its own, else the dynamic one), or None."""
        return self._query_handlers.get(name) or self._query_handlers.get(None)

    def _update_handler_for(self, name: str) -> UpdateDefinition | None:
        """The handler an update goes to now (its own, else the dynamic one), or None."""
        return self._update_handlers.get(name) or self._update_handlers.get(None)

    def _known_handler_names(self, kind: HandlerKind) -> list[str]:
        """Sorted names with a handler of their own (for "unknown name" errors)."""
        table: dict[str | None, Any] = self._table(kind)
        return sorted(n for n in table if n is not None)

    def _table(self, kind: HandlerKind) -> dict[str | None, Any]:
        if kind == "signal":
            return self._signal_handlers
        if kind == "query":
            return self._query_handlers
        return self._update_handlers

    # -- signals ---------------------------------------------------------------------

    def _signal_deliverable(self, handler: SignalDefinition | None) -> bool:
        return handler is not None and (not handler.is_method or self._object is not None)

    def _buffer_signal(self, job: act.SignalWorkflow) -> None:
        """Keep a signal that has no handler yet (PROTOCOL.md section 7.1)."""
        self._signal_buffer.append(job)

    def _deliver_buffered_signals(self) -> None:
        """Deliver, in arrival order, every buffered signal that now has a handler."""
        if not self._signal_buffer:
            return
        ready: list[act.SignalWorkflow] = []
        waiting: list[act.SignalWorkflow] = []
        for job in self._signal_buffer:
            deliverable = self._signal_deliverable(self._signal_handler_for(job.signal_name))
            (ready if deliverable else waiting).append(job)
        self._signal_buffer = waiting
        for job in ready:
            self._apply_signal(job)

    # -- WorkflowRuntime: run-time registration ---------------------------------------

    def workflow_set_handler(
        self,
        kind: HandlerKind,
        name: str | None,
        handler: Callable[..., Any] | None,
        validator: Callable[..., Any] | None,
        description: str | None = None,
    ) -> None:
        """``workflow.set_*_handler``: set or (with None) remove; latest wins."""
        what = f"dynamic {kind} handler" if name is None else f"{kind} handler {name!r}"
        self._check_writable(f"setting the {what}")
        if handler is None:
            self._table(kind).pop(name, None)
            return
        if kind == "signal":
            self._signal_handlers[name] = SignalDefinition(
                name=name, fn=handler, is_method=False, description=description
            )
            self._deliver_buffered_signals()
        elif kind == "query":
            self._query_handlers[name] = QueryDefinition(
                name=name, fn=handler, is_method=False, description=description
            )
        else:
            self._update_handlers[name] = UpdateDefinition(
                name=name,
                fn=handler,
                validator=validator,
                is_method=False,
                description=description,
            )

    def workflow_get_handler(
        self, kind: HandlerKind, name: str | None
    ) -> Callable[..., Any] | None:
        """``workflow.get_*_handler``: the current handler, bound if it is a method."""
        entry = self._table(kind).get(name)
        if entry is None:
            return None
        fn: Callable[..., Any] = entry.fn
        if entry.is_method and self._object is not None:
            return types.MethodType(fn, self._object)
        return fn

    # -- updates ---------------------------------------------------------------------

    def _apply_DoUpdate(self, job: act.DoUpdate) -> None:
        task = self._loop.create_task(self._run_update(job), name=f"update:{job.name}")
        handler = self._update_handler_for(job.name)
        self._running_handlers[task] = RunningHandler(
            "update",
            job.name,
            handler.unfinished_policy if handler is not None else _WARN,
            job.id,
        )
        task.add_done_callback(self._on_update_done)

    # -- unfinished handlers ---------------------------------------------------------

    def _workflow_metadata(self) -> WorkflowMetadata:
        """The answer of the built-in ``__temporal_workflow_metadata`` query (the UI asks
        it): the workflow type, its handlers with their descriptions, and the current
        details set by ``workflow.set_current_details``."""

        def interactions(
            table: dict[str | None, Any], builtin: Sequence[tuple[str, str]] = ()
        ) -> list[WorkflowInteractionDefinition]:
            out = [WorkflowInteractionDefinition(name=n, description=d) for n, d in builtin]
            reserved = {n for n, _ in _BUILTIN_QUERIES}
            for name in sorted(table, key=lambda n: (n is not None, n or "")):
                if name in reserved:
                    continue  # answered by the SDK, listed once above
                entry = table[name]
                out.append(
                    WorkflowInteractionDefinition(
                        name=name or "", description=entry.description or ""
                    )
                )
            return out

        return WorkflowMetadata(
            definition=WorkflowDefinitionProto(
                type=self._config.defn.name or (self._info.workflow_type if self._info else ""),
                query_definitions=interactions(self._query_handlers, _BUILTIN_QUERIES),
                signal_definitions=interactions(self._signal_handlers),
                update_definitions=interactions(self._update_handlers),
            ),
            current_details=self._current_details,
        )

    def workflow_all_handlers_finished(self) -> bool:
        """``workflow.all_handlers_finished()``: no signal or update handler is running."""
        return not self._running_handlers

    def _warn_unfinished_handlers(self, commands: Sequence[cmd.LangCommand]) -> None:
        """Warn if the run finishes (in ``commands``) while handlers still run."""
        if not self._running_handlers or self._replaying:
            return
        if not any(isinstance(c, _FINISHING) for c in commands):
            return
        info = self._info
        what = f"{info.workflow_type!r} (id {info.workflow_id!r})" if info else "run"
        for warning in unfinished_warnings(list(self._running_handlers.values()), what):
            try:
                warnings.warn(warning, stacklevel=1)
            except Exception:
                # Warnings turned into errors (``-W error``) must not fail the task
                # that completes the workflow: say it in the log instead.
                logger.warning("%s: %s", type(warning).__name__, warning)

    def _on_update_done(self, task: Any) -> None:
        self._running_handlers.pop(task, None)
        if task.cancelled():
            return
        err = task.exception()
        if err is not None:
            # Not a FailureError, after acceptance: like an error in run(), this
            # fails the workflow task, and the retried task runs the update again.
            self._fail_task(err)

    async def _run_update(self, job: act.DoUpdate) -> None:
        pid = job.protocol_instance_id
        # This task's own context: the validator, the handler and its tasks see it.
        set_current_update_info(UpdateInfo(id=job.id, name=job.name))
        try:
            input = self._validate_update(job)
        except Exception as err:
            self._commands.append(
                cmd.UpdateResponse(protocol_instance_id=pid, rejected=self._failure_of(err))
            )
            return
        self._commands.append(cmd.UpdateResponse(protocol_instance_id=pid, accepted=True))
        try:
            result = await self._inbound.handle_update_handler(input)
        except temporalio.exceptions.FailureError as err:
            self._commands.append(
                cmd.UpdateResponse(protocol_instance_id=pid, failed=self._failure_of(err))
            )
            return
        except BaseException as err:
            if not temporalio.exceptions.is_cancelled_exception(err):
                raise
            cancelled = temporalio.exceptions.CancelledError(
                f"update {job.name!r} was cancelled inside its handler"
            )
            self._commands.append(
                cmd.UpdateResponse(protocol_instance_id=pid, failed=self._failure_of(cancelled))
            )
            return
        payload = self._config.payload_converter.to_payloads([result])[0]
        self._commands.append(cmd.UpdateResponse(protocol_instance_id=pid, completed=payload))

    def _validate_update(self, job: act.DoUpdate) -> HandleUpdateInput:
        """Find the handler, decode the arguments and run the validator; raise to reject."""
        handler = self._update_handler_for(job.name)
        wf = self._config.defn.name or (self._info.workflow_type if self._info else "?")
        if handler is None:
            known = self._known_handler_names("update")
            raise temporalio.exceptions.ApplicationError(
                f"Workflow {wf!r} has no handler for update {job.name!r} and no dynamic "
                f"update handler; known updates: {known}",
                type="KeyError",
                non_retryable=True,
            )
        if handler.is_method and self._object is None:
            raise RuntimeError(
                f"update {job.name!r} arrived but workflow {wf!r} has no instance "
                "(its __init__ failed)"
            )
        input = HandleUpdateInput(
            id=job.id,
            update=job.name,
            args=self._handler_values(handler, job.name, job.input),
            headers=job.headers,
        )
        if job.run_validator and handler.validator is not None:
            self._run_validator(input)
        return input

    def _run_validator(self, input: HandleUpdateInput) -> None:
        self._read_only = True
        try:
            self._inbound.handle_update_validator(input)
        except ReadOnlyContextError as err:
            raise ReadOnlyContextError(
                f"The validator of update {input.update!r} must not change the workflow "
                f"(validators are read-only, like queries): {err}"
            ) from None
        finally:
            self._read_only = False
