"""Worker interceptors: wrap activity execution and everything a workflow does.

A worker interceptor subclasses :class:`Interceptor` and overrides
:meth:`Interceptor.intercept_activity` (activities) and/or
:meth:`Interceptor.workflow_interceptor_class` (workflows). Give it to
``Worker(interceptors=[...])``, or to ``Client.connect(interceptors=[...])`` if
it is a client interceptor too: workers built from that client then use it.

Chains are built outermost first. Every inbound link receives the outbound
chain in ``init`` before anything else is called; override ``init`` to wrap
that chain in an outbound link of your own and pass it on to ``super().init``.
Inputs are mutable dataclasses: change them (e.g. add ``headers``) before
calling ``next``.

Workflow interceptors run inside workflow code, so they must be
deterministic like it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn

from temporalio._activity._inbound import (
    ActivityInboundInterceptor,
    ActivityOutboundInterceptor,
    ExecuteActivityInput,
)
from temporalio.workflow._activity import ActivityHandle, StartActivityOptions
from temporalio.workflow._child import (
    ChildWorkflowHandle,
    ContinueAsNewOptions,
    SignalExternalOptions,
    StartChildWorkflowOptions,
)

if TYPE_CHECKING:
    from temporalio.api.common.v1 import Payload
    from temporalio.workflow._info import Info

__all__ = [
    "ActivityInboundInterceptor",
    "ActivityOutboundInterceptor",
    "ContinueAsNewInput",
    "ExecuteActivityInput",
    "ExecuteWorkflowInput",
    "HandleQueryInput",
    "HandleSignalInput",
    "HandleUpdateInput",
    "Interceptor",
    "SignalChildWorkflowInput",
    "SignalExternalWorkflowInput",
    "StartActivityInput",
    "StartChildWorkflowInput",
    "StartLocalActivityInput",
    "WorkflowInboundInterceptor",
    "WorkflowInterceptorClassInput",
    "WorkflowOutboundInterceptor",
]

StartActivityInput = StartActivityOptions
"""Input of :meth:`WorkflowOutboundInterceptor.start_activity` (``headers`` included)."""

StartLocalActivityInput = StartActivityOptions
"""Input of :meth:`WorkflowOutboundInterceptor.start_local_activity` (``local`` is True)."""

StartChildWorkflowInput = StartChildWorkflowOptions
"""Input of :meth:`WorkflowOutboundInterceptor.start_child_workflow`."""

SignalChildWorkflowInput = SignalExternalOptions
"""Input of :meth:`WorkflowOutboundInterceptor.signal_child_workflow`.

``workflow_id`` is the child's workflow ID and ``child`` is True.
"""

SignalExternalWorkflowInput = SignalExternalOptions
"""Input of :meth:`WorkflowOutboundInterceptor.signal_external_workflow` (``child`` False)."""

ContinueAsNewInput = ContinueAsNewOptions
"""Input of :meth:`WorkflowOutboundInterceptor.continue_as_new`."""


@dataclass
class WorkflowInterceptorClassInput:
    """Input of :meth:`Interceptor.workflow_interceptor_class`.

    Attributes:
        unsafe_extern_functions: Functions workflow interceptors may call from
            workflow code although they live outside it; add to it as needed.
    """

    unsafe_extern_functions: MutableMapping[str, Callable[..., Any]] = field(default_factory=dict)


class Interceptor:
    """Base of worker interceptors; override what you need.

    Both defaults add nothing.
    """

    def intercept_activity(self, next: ActivityInboundInterceptor) -> ActivityInboundInterceptor:
        """Wrap the activity inbound chain (called once per activity attempt).

        Args:
            next: The rest of the chain.

        Returns:
            The new outermost link (``next`` by default).
        """
        return next

    def workflow_interceptor_class(
        self, input: WorkflowInterceptorClassInput
    ) -> type[WorkflowInboundInterceptor] | None:
        """The workflow inbound interceptor class to use, if any (called once per worker).

        Every workflow run creates one instance of the class, with the rest of
        the inbound chain as its ``next``.

        Args:
            input: What the worker offers the interceptor.

        Returns:
            A :class:`WorkflowInboundInterceptor` subclass, or None (the default).
        """
        return None


# -- workflow inbound -----------------------------------------------------------------


@dataclass
class ExecuteWorkflowInput:
    """Input of :meth:`WorkflowInboundInterceptor.execute_workflow`.

    Attributes:
        type: The workflow class.
        run_fn: The run method, bound to the workflow object.
        args: Decoded arguments (for a dynamic workflow: its raw values, which it
            gets as one list).
        headers: Headers the workflow was started with.
    """

    type: type
    run_fn: Callable[..., Awaitable[Any]]
    args: Sequence[Any]
    headers: Mapping[str, Payload]


@dataclass
class HandleSignalInput:
    """Input of :meth:`WorkflowInboundInterceptor.handle_signal`.

    Attributes:
        signal: Signal name.
        args: Decoded arguments (for a dynamic handler: as it takes them, without
            the name).
        headers: Headers the signal was sent with.
    """

    signal: str
    args: Sequence[Any]
    headers: Mapping[str, Payload]


@dataclass
class HandleQueryInput:
    """Input of :meth:`WorkflowInboundInterceptor.handle_query`.

    Attributes:
        id: Query ID.
        query: Query name.
        args: Decoded arguments (as for signals).
        headers: Headers the query was sent with.
    """

    id: str
    query: str
    args: Sequence[Any]
    headers: Mapping[str, Payload]


@dataclass
class HandleUpdateInput:
    """Input of the ``handle_update_*`` methods of :class:`WorkflowInboundInterceptor`.

    The same object is passed to the validator and then to the handler.

    Attributes:
        id: Update ID.
        update: Update name.
        args: Decoded arguments (as for signals).
        headers: Headers the update was sent with.
    """

    id: str
    update: str
    args: Sequence[Any]
    headers: Mapping[str, Payload]


class WorkflowInboundInterceptor:
    """One link of the chain that calls into workflow code; override what you need.

    Every method delegates to ``self.next`` by default.
    """

    def __init__(self, next: WorkflowInboundInterceptor) -> None:
        """Create the link.

        Args:
            next: The link to delegate to.
        """
        self.next = next

    def init(self, outbound: WorkflowOutboundInterceptor) -> None:
        """Receive the outbound chain, once per run, before anything else is called.

        Args:
            outbound: The outbound chain (outermost link); wrap it to intercept
                the workflow's calls out.
        """
        self.next.init(outbound)

    async def execute_workflow(self, input: ExecuteWorkflowInput) -> Any:
        """Run the workflow's run method.

        Args:
            input: What to run.

        Returns:
            The workflow's result.
        """
        return await self.next.execute_workflow(input)

    async def handle_signal(self, input: HandleSignalInput) -> None:
        """Run a signal handler.

        Args:
            input: The signal.
        """
        await self.next.handle_signal(input)

    def handle_query(self, input: HandleQueryInput) -> Any:
        """Run a query handler (read-only; must not block).

        Args:
            input: The query.

        Returns:
            The query's answer.
        """
        return self.next.handle_query(input)

    def handle_update_validator(self, input: HandleUpdateInput) -> None:
        """Run an update's validator (read-only); raise to reject the update.

        Not called when the update has no validator's decision to make (replay).

        Args:
            input: The update.
        """
        self.next.handle_update_validator(input)

    async def handle_update_handler(self, input: HandleUpdateInput) -> Any:
        """Run an accepted update's handler.

        Args:
            input: The update.

        Returns:
            The update's result.
        """
        return await self.next.handle_update_handler(input)


# -- workflow outbound ----------------------------------------------------------------


class WorkflowOutboundInterceptor:
    """One link of the chain workflow code's calls out go through; override what you need.

    Every method delegates to ``self.next`` by default.
    """

    def __init__(self, next: WorkflowOutboundInterceptor) -> None:
        """Create the link.

        Args:
            next: The link to delegate to.
        """
        self.next = next

    def info(self) -> Info:
        """``workflow.info()``.

        Returns:
            The run's info.
        """
        return self.next.info()

    def start_activity(self, input: StartActivityOptions) -> ActivityHandle[Any]:
        """Schedule an activity (``workflow.start_activity`` / ``execute_activity``).

        Args:
            input: The activity to schedule; ``headers`` go to the activity.

        Returns:
            The activity's handle.
        """
        return self.next.start_activity(input)

    def start_local_activity(self, input: StartActivityOptions) -> ActivityHandle[Any]:
        """Schedule a local activity (``workflow.start_local_activity`` ...).

        Args:
            input: The activity to schedule; ``headers`` go to the activity.

        Returns:
            The activity's handle.
        """
        return self.next.start_local_activity(input)

    async def start_child_workflow(
        self, input: StartChildWorkflowOptions
    ) -> ChildWorkflowHandle[Any, Any]:
        """Start a child workflow (``workflow.start_child_workflow`` ...).

        Args:
            input: The child to start; ``headers`` go to the child.

        Returns:
            The started child's handle.
        """
        return await self.next.start_child_workflow(input)

    async def signal_child_workflow(self, input: SignalExternalOptions) -> None:
        """Signal a child workflow (``ChildWorkflowHandle.signal``).

        Args:
            input: The signal; ``headers`` go with it.
        """
        await self.next.signal_child_workflow(input)

    async def signal_external_workflow(self, input: SignalExternalOptions) -> None:
        """Signal another workflow (``ExternalWorkflowHandle.signal``).

        Args:
            input: The signal; ``headers`` go with it.
        """
        await self.next.signal_external_workflow(input)

    def continue_as_new(self, input: ContinueAsNewOptions) -> NoReturn:
        """Continue as new (``workflow.continue_as_new``); raises ``ContinueAsNewError``.

        Args:
            input: What the next run gets; ``headers`` go to it.
        """
        self.next.continue_as_new(input)


def workflow_interceptor_classes(
    interceptors: Sequence[object],
) -> tuple[type[WorkflowInboundInterceptor], ...]:
    """The workflow inbound classes of ``interceptors`` (outermost first).

    Args:
        interceptors: Worker interceptors; objects without
            ``workflow_interceptor_class`` are skipped.

    Returns:
        The classes, in the interceptors' order.
    """
    classes: list[type[WorkflowInboundInterceptor]] = []
    input = WorkflowInterceptorClassInput()
    for interceptor in interceptors:
        get_class = getattr(interceptor, "workflow_interceptor_class", None)
        if get_class is None:
            continue
        cls = get_class(input)
        if cls is not None:
            classes.append(cls)
    return tuple(classes)
