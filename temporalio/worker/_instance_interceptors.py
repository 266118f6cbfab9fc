"""The innermost links of a workflow instance's interceptor chains.

Every instance has one :class:`RootInbound` and one :class:`RootOutbound`,
made when the instance is; with no interceptors configured they are the
whole chains, so the runtime calls cost one method call each. The instance's
``_inbound`` is the outermost inbound link, its ``_outbound`` the outbound
chain that ``init`` handed down to :class:`RootInbound`.
"""

from __future__ import annotations

import logging
import types
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from temporalio.worker._interceptor import (
    ExecuteWorkflowInput,
    HandleQueryInput,
    HandleSignalInput,
    HandleUpdateInput,
    WorkflowInboundInterceptor,
    WorkflowOutboundInterceptor,
)
from temporalio.workflow._activity import ActivityHandle, StartActivityOptions
from temporalio.workflow._child import (
    ChildWorkflowHandle,
    ContinueAsNewError,
    ContinueAsNewOptions,
    SignalExternalOptions,
    StartChildWorkflowOptions,
)

if TYPE_CHECKING:
    from temporalio.worker._workflow_instance import WorkflowInstance
    from temporalio.workflow._info import Info

logger = logging.getLogger(__name__)


def build_chains(
    instance: WorkflowInstance, classes: Sequence[type[WorkflowInboundInterceptor]]
) -> tuple[WorkflowInboundInterceptor, WorkflowOutboundInterceptor]:
    """The outermost inbound link and the root outbound link of ``instance``.

    Args:
        instance: The instance the roots call.
        classes: Workflow inbound classes, outermost first.

    Returns:
        ``(inbound, outbound)``; ``outbound`` is the chain until ``init`` says otherwise.
    """
    inbound: WorkflowInboundInterceptor = RootInbound(instance)
    for cls in reversed(classes):
        inbound = cls(inbound)
    return inbound, RootOutbound(instance)


def _call(handler: Any, obj: Any, args: Sequence[Any]) -> Any:
    return handler.fn(obj, *args) if handler.is_method else handler.fn(*args)


class RootInbound(WorkflowInboundInterceptor):
    """Calls the workflow's code: its run method and its handlers."""

    def __init__(self, instance: WorkflowInstance) -> None:
        # No ``next``: this link ends the chain.
        self._instance = instance

    def init(self, outbound: WorkflowOutboundInterceptor) -> None:
        self._instance._outbound = outbound

    async def execute_workflow(self, input: ExecuteWorkflowInput) -> Any:
        if self._instance._config.defn.dynamic:
            return await input.run_fn(input.args)
        return await input.run_fn(*input.args)

    async def handle_signal(self, input: HandleSignalInput) -> None:
        inst = self._instance
        handler = inst._signal_handler_for(input.signal)
        if handler is None:
            # Removed since the signal was delivered: dropped, like a signal whose
            # arguments do not decode (failing the task would fail every retry).
            if not inst._replaying:
                logger.warning("Dropped signal %r: its handler was removed", input.signal)
            return
        result = _call(handler, inst._object, inst._call_args(handler, input.signal, input.args))
        if hasattr(result, "__await__"):
            await result

    def handle_query(self, input: HandleQueryInput) -> Any:
        inst = self._instance
        handler = inst._query_handler_for(input.query)
        if handler is None:
            raise inst._unknown_query(input.query)
        return _call(handler, inst._object, inst._call_args(handler, input.query, input.args))

    def handle_update_validator(self, input: HandleUpdateInput) -> None:
        inst = self._instance
        handler = inst._update_handler_for(input.update)
        if handler is None or handler.validator is None:
            return
        args = inst._call_args(handler, input.update, input.args)
        validator = handler.validator
        out = validator(inst._object, *args) if handler.is_method else validator(*args)
        if hasattr(out, "__await__"):
            close = getattr(out, "close", None)
            if close is not None:
                close()
            raise TypeError(
                f"The validator of update {input.update!r} returned an awaitable; validators "
                "must be plain def functions (they run read-only and decide at once)"
            )

    async def handle_update_handler(self, input: HandleUpdateInput) -> Any:
        inst = self._instance
        handler = inst._update_handler_for(input.update)
        if handler is None:
            raise RuntimeError(f"the handler of update {input.update!r} was removed")
        result = _call(handler, inst._object, inst._call_args(handler, input.update, input.args))
        if hasattr(result, "__await__"):
            result = await result
        return result


class RootOutbound(WorkflowOutboundInterceptor):
    """Turns the workflow's calls out into commands."""

    def __init__(self, instance: WorkflowInstance) -> None:
        # No ``next``: this link ends the chain.
        self._instance = instance

    def info(self) -> Info:
        return self._instance._require_info()

    def start_activity(self, input: StartActivityOptions) -> ActivityHandle[Any]:
        return self._instance._start_activity(input)

    def start_local_activity(self, input: StartActivityOptions) -> ActivityHandle[Any]:
        return self._instance._start_local_activity(input)

    async def start_child_workflow(
        self, input: StartChildWorkflowOptions
    ) -> ChildWorkflowHandle[Any, Any]:
        return await self._instance._start_child_workflow(input)

    async def signal_child_workflow(self, input: SignalExternalOptions) -> None:
        await self._instance._signal_external(input)

    async def signal_external_workflow(self, input: SignalExternalOptions) -> None:
        await self._instance._signal_external(input)

    def continue_as_new(self, input: ContinueAsNewOptions) -> NoReturn:
        raise ContinueAsNewError(input, self._instance._continue_as_new(input))


def bind_run_fn(run_fn: Any, obj: Any) -> Any:
    """``run_fn`` bound to the workflow object (for :class:`ExecuteWorkflowInput`)."""
    return types.MethodType(run_fn, obj)
