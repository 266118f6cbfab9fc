"""Completing activities from outside the worker (async completion)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from temporalio.client._interceptor import (
    CompleteAsyncActivityInput,
    FailAsyncActivityInput,
    HeartbeatAsyncActivityInput,
    ReportCancellationAsyncActivityInput,
)

if TYPE_CHECKING:
    from temporalio.client._client import Client


@dataclass(frozen=True)
class AsyncActivityIDReference:
    """Identifies an activity by workflow and activity ID instead of task token."""

    workflow_id: str
    """Workflow ID of the activity's workflow."""
    run_id: str | None
    """Run ID (None: the current run)."""
    activity_id: str
    """Activity ID."""


class AsyncActivityHandle:
    """Heartbeat, complete, fail or cancel an activity that called ``raise_complete_async()``."""

    def __init__(self, client: Client, id_or_token: AsyncActivityIDReference | bytes) -> None:
        """Usually made by :meth:`Client.get_async_activity_handle`."""
        self._client = client
        self._id_or_token = id_or_token

    async def heartbeat(
        self,
        *details: Any,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None:
        """Record a heartbeat.

        Raises:
            AsyncActivityCancelledError: The server asks the activity to cancel.
        """
        await self._client._impl.heartbeat_async_activity(
            HeartbeatAsyncActivityInput(
                id_or_token=self._id_or_token,
                details=details,
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
            )
        )

    async def complete(
        self,
        result: Any = None,
        *,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None:
        """Complete the activity with a result."""
        await self._client._impl.complete_async_activity(
            CompleteAsyncActivityInput(
                id_or_token=self._id_or_token,
                result=result,
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
            )
        )

    async def fail(
        self,
        error: Exception,
        *,
        last_heartbeat_details: tuple[Any, ...] = (),
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None:
        """Fail the activity (the server applies its retry policy)."""
        await self._client._impl.fail_async_activity(
            FailAsyncActivityInput(
                id_or_token=self._id_or_token,
                error=error,
                last_heartbeat_details=last_heartbeat_details,
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
            )
        )

    async def report_cancellation(
        self,
        *details: Any,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None:
        """Report the activity cancelled (only valid after a cancel request)."""
        await self._client._impl.report_cancellation_async_activity(
            ReportCancellationAsyncActivityInput(
                id_or_token=self._id_or_token,
                details=details,
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
            )
        )
