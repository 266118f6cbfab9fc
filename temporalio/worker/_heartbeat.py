"""Heartbeats of one running activity attempt, and its local timeout enforcement.

Throttling follows Temporal's core SDK (PROTOCOL.md section 8.3): the first
heartbeat is sent at once; later ones within the throttle interval (80 % of
the heartbeat timeout, 30 s without one, at most 60 s) are coalesced, and only
the latest details are sent when the interval has passed.  Each response may
ask the activity to stop (cancel requested, paused, reset); ``NotFound``
means the server forgot the attempt.

The worker also cancels an attempt that runs past its start-to-close timeout,
or goes longer than its heartbeat timeout without a heartbeat, plus a grace
of 5 s: the server has timed it out by then and would drop its result.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import anyio

import temporalio.api.common.v1
from temporalio._activity._info import ActivityCancellationDetails
from temporalio.api.workflowservice.v1 import RecordActivityTaskHeartbeatRequest
from temporalio.exceptions import ApplicationError, TimeoutError, TimeoutType
from temporalio.service import RPCError, RPCStatusCode

if TYPE_CHECKING:
    from temporalio.client import Client

__all__ = ["ActivityHeartbeater", "throttle_interval"]

logger = logging.getLogger(__name__)

DEFAULT_THROTTLE = 30.0
"""Seconds between heartbeats when the activity has no heartbeat timeout."""

MAX_THROTTLE = 60.0
"""Longest interval between heartbeats, whatever the timeout."""

LOCAL_TIMEOUT_GRACE = 5.0
"""Seconds past a timeout before the worker cancels the attempt itself."""

_RPC_TIMEOUT = timedelta(seconds=10)

CancelCallback = Callable[[ActivityCancellationDetails, BaseException | None], None]
"""``on_cancel(details, report)``: cancel the attempt; ``report`` is the error
to report if it ends by this cancellation (None: follow from ``details``)."""


def throttle_interval(
    heartbeat_timeout: timedelta | None,
    default: float = DEFAULT_THROTTLE,
    maximum: float = MAX_THROTTLE,
) -> float:
    """Seconds between two heartbeats sent for an activity.

    Args:
        heartbeat_timeout: The activity's heartbeat timeout, if any.
        default: Seconds without a heartbeat timeout.
        maximum: Cap, whatever the timeout.

    Returns:
        80 % of the timeout, or ``default`` without one, capped at ``maximum``.
    """
    seconds = heartbeat_timeout.total_seconds() if heartbeat_timeout else 0.0
    if seconds <= 0:
        return default
    return min(seconds * 0.8, maximum)


class ActivityHeartbeater:
    """Sends the heartbeats of one attempt and watches its local timeouts.

    Run :meth:`run` in a task for as long as the attempt runs; call
    :meth:`record` (event loop thread) for each ``activity.heartbeat()``.

    ``_pending`` holds details recorded but not sent yet (None: nothing to
    send); ``_latest`` the most recent details recorded, sent or not;
    ``_next_send`` the earliest time the next heartbeat may go out;
    ``_last_beat`` when the activity last heartbeated (or started);
    ``_wake`` is set whenever one of those changes, to re-plan the task.
    """

    def __init__(
        self,
        *,
        client: Client,
        task_token: bytes,
        identity: str,
        heartbeat_timeout: timedelta | None,
        start_to_close_timeout: timedelta | None,
        on_cancel: CancelCallback,
        default_throttle: float = DEFAULT_THROTTLE,
        max_throttle: float = MAX_THROTTLE,
    ) -> None:
        """Prepare the heartbeats of one attempt (which starts now).

        Args:
            client: Client to send heartbeats with.
            task_token: The attempt's task token.
            identity: Worker identity sent with each heartbeat.
            heartbeat_timeout: The activity's heartbeat timeout, if any.
            start_to_close_timeout: The attempt's time limit, if any.
            default_throttle: Seconds between heartbeats without a heartbeat timeout.
            max_throttle: Longest interval between heartbeats.
            on_cancel: Called (on the loop thread) when the attempt must stop.
        """
        self._client = client
        self._task_token = task_token
        self._identity = identity
        self._interval = throttle_interval(heartbeat_timeout, default_throttle, max_throttle)
        self._heartbeat_timeout = (
            heartbeat_timeout.total_seconds() if heartbeat_timeout else None
        ) or None
        self._start_to_close = (
            start_to_close_timeout.total_seconds() if start_to_close_timeout else None
        ) or None
        self._on_cancel = on_cancel
        self._started = anyio.current_time()
        self._last_beat = self._started
        self._next_send = -math.inf
        self._pending: tuple[Any, ...] | None = None
        self._latest: tuple[Any, ...] | None = None
        self._wake = anyio.Event()
        self._stopped = False  # the server forgot the attempt, or it timed out locally

    @property
    def interval(self) -> float:
        """Seconds between two heartbeats sent."""
        return self._interval

    def record(self, details: tuple[Any, ...]) -> None:
        """Record one ``activity.heartbeat(*details)`` (event loop thread).

        Args:
            details: The details; they replace any not sent yet.
        """
        self._pending = details
        self._latest = details
        self._last_beat = anyio.current_time()
        self._wake.set()

    async def run(self) -> None:
        """Send heartbeats and enforce local timeouts until cancelled."""
        while not self._stopped:
            self._wake = anyio.Event()
            now = anyio.current_time()
            if self._check_timeouts(now):
                return
            if self._pending is not None and now >= self._next_send:
                await self._send_pending(throttled=True)
                continue
            wake_at = self._timeout_deadline()
            if self._pending is not None:
                wake_at = min(wake_at, self._next_send)
            with anyio.move_on_after(wake_at - now):
                await self._wake.wait()

    async def flush(self) -> None:
        """Send details not sent yet now, ignoring the throttle (before a failure
        or cancellation is reported)."""
        if self._pending is not None and not self._stopped:
            await self._send_pending(throttled=False)

    async def latest_details(
        self, encode: Callable[[tuple[Any, ...]], Any]
    ) -> temporalio.api.common.v1.Payloads | None:
        """The latest recorded details, encoded, or None if none were recorded.

        Args:
            encode: ``async`` function encoding details into ``Payloads``.

        Returns:
            The payloads, or None (also if encoding fails).
        """
        if self._latest is None:
            return None
        try:
            payloads: temporalio.api.common.v1.Payloads = await encode(self._latest)
        except Exception:
            return None
        return payloads

    # -- internals --------------------------------------------------------------

    def _timeout_deadline(self) -> float:
        deadline = math.inf
        if self._start_to_close is not None:
            deadline = self._started + self._start_to_close + LOCAL_TIMEOUT_GRACE
        if self._heartbeat_timeout is not None:
            deadline = min(
                deadline, self._last_beat + self._heartbeat_timeout + LOCAL_TIMEOUT_GRACE
            )
        return deadline

    def _check_timeouts(self, now: float) -> bool:
        if now < self._timeout_deadline():
            return False
        started = self._started + (self._start_to_close or math.inf) + LOCAL_TIMEOUT_GRACE
        if now >= started:
            kind, what = TimeoutType.START_TO_CLOSE, "start-to-close"
        else:
            kind, what = TimeoutType.HEARTBEAT, "heartbeat"
        self._stopped = True
        logger.warning("Activity exceeded its %s timeout; cancelling it on the worker", what)
        report = TimeoutError(
            f"Activity exceeded its {what} timeout (cancelled by the worker)",
            type=kind,
            last_heartbeat_details=self._latest or (),
        )
        self._on_cancel(ActivityCancellationDetails(timed_out=True), report)
        return True

    async def _send_pending(self, *, throttled: bool) -> None:
        details = self._pending
        if details is None:
            return
        self._pending = None
        if throttled:
            self._next_send = anyio.current_time() + self._interval
        try:
            payloads = await self._client.data_converter.encode_wrapper(details)
        except Exception as err:
            # As other SDKs do: details that cannot be converted fail the attempt.
            self._stopped = True
            error = ApplicationError(f"Cannot convert heartbeat details: {err}")
            error.__cause__ = err
            self._on_cancel(ActivityCancellationDetails(), error)
            return
        try:
            resp = await self._client.workflow_service.record_activity_task_heartbeat(
                RecordActivityTaskHeartbeatRequest(
                    namespace=self._client.namespace,
                    task_token=self._task_token,
                    details=payloads,
                    identity=self._identity,
                ),
                retry=True,
                timeout=_RPC_TIMEOUT,
            )
        except RPCError as err:
            if err.status is RPCStatusCode.NOT_FOUND:
                self._stopped = True
                self._on_cancel(ActivityCancellationDetails(not_found=True), None)
            else:
                logger.warning("Activity heartbeat failed: %s", err)
            return
        except BaseException:
            # Cancelled mid-call: keep the details for a later flush.
            if self._pending is None:
                self._pending = details
            raise
        if resp.cancel_requested:
            self._on_cancel(ActivityCancellationDetails(cancel_requested=True), None)
        elif resp.activity_paused:
            self._on_cancel(ActivityCancellationDetails(paused=True), None)
        elif resp.activity_reset:
            self._on_cancel(ActivityCancellationDetails(reset=True), None)
