"""The inbound interceptor chain around running an activity function.

A worker interceptor is any object with ``intercept_activity(next)``
returning an :class:`ActivityInboundInterceptor`; the worker builds the chain
once per attempt, outermost interceptor first.  The innermost link calls the
activity function (awaiting it, or running it in the executor).  Before that,
:meth:`ActivityInboundInterceptor.init` passes the
:class:`ActivityOutboundInterceptor` chain down, through which
``activity.info()`` and ``activity.heartbeat()`` then go.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import temporalio.api.common.v1

if TYPE_CHECKING:
    from temporalio._activity._info import Info

__all__ = [
    "ActivityInboundInterceptor",
    "ActivityInterceptor",
    "ActivityOutboundInterceptor",
    "ExecuteActivityInput",
    "build_inbound_chain",
]


@dataclass
class ExecuteActivityInput:
    """Input of :meth:`ActivityInboundInterceptor.execute_activity` (mutable).

    Attributes:
        fn: The activity callable.
        args: Decoded arguments.
        executor: The worker's activity executor (used for ``def``
            activities), if any.
        headers: Headers the activity was scheduled with.
    """

    fn: Callable[..., Any]
    args: Sequence[Any]
    executor: concurrent.futures.Executor | None
    headers: Mapping[str, temporalio.api.common.v1.Payload]


class ActivityInboundInterceptor:
    """One link of the chain; subclass and override :meth:`execute_activity`.

    The default implementation delegates to the next link.
    """

    def __init__(self, next: ActivityInboundInterceptor) -> None:
        """Create the link.

        Args:
            next: The link to delegate to.
        """
        self.next = next

    def init(self, outbound: ActivityOutboundInterceptor) -> None:
        """Receive the outbound chain before :meth:`execute_activity` is called.

        Override to wrap ``outbound`` in an outbound interceptor of your own
        and pass that to ``super().init``.

        Args:
            outbound: The outbound chain (outermost link).
        """
        self.next.init(outbound)

    async def execute_activity(self, input: ExecuteActivityInput) -> Any:
        """Run the activity and return its result (or raise its error).

        Args:
            input: What to run.

        Returns:
            The activity's result.
        """
        return await self.next.execute_activity(input)


class ActivityOutboundInterceptor:
    """One link of the chain the activity's calls out go through.

    ``activity.info()`` and ``activity.heartbeat()`` call the outermost link;
    the default implementation delegates to the next link.  ``heartbeat`` may
    be called from executor threads (``def`` activities).
    """

    def __init__(self, next: ActivityOutboundInterceptor) -> None:
        """Create the link.

        Args:
            next: The link to delegate to.
        """
        self.next = next

    def info(self) -> Info:
        """Information about the running activity attempt (``activity.info()``).

        Returns:
            The attempt's info.
        """
        return self.next.info()

    def heartbeat(self, *details: Any) -> None:
        """Record a heartbeat (``activity.heartbeat()``).

        Args:
            *details: Values to record.
        """
        self.next.heartbeat(*details)


class ActivityInterceptor(Protocol):
    """What the worker needs of a worker interceptor for activities."""

    def intercept_activity(self, next: ActivityInboundInterceptor) -> ActivityInboundInterceptor:
        """Wrap ``next`` in this interceptor's link."""
        ...


def build_inbound_chain(
    innermost: ActivityInboundInterceptor, interceptors: Sequence[object]
) -> ActivityInboundInterceptor:
    """Wrap ``innermost`` so that ``interceptors[0]`` is the outermost link.

    Objects without ``intercept_activity`` (interceptors for other features)
    are skipped.

    Args:
        innermost: The link that runs the activity.
        interceptors: Worker interceptors, outermost first.

    Returns:
        The outermost link.
    """
    chain = innermost
    for interceptor in reversed(interceptors):
        intercept = getattr(interceptor, "intercept_activity", None)
        if intercept is not None:
            chain = intercept(chain)
    return chain
