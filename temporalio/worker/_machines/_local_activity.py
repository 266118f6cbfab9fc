"""Local activities (PROTOCOL §4): requests to the worker, results, and markers.

The machines never run local activities. A ``ScheduleLocalActivity`` that is new work
becomes a :class:`LocalActivityRequest` the worker executes; the worker reports a
:class:`LocalActivityResult`, which becomes a ``ResolveActivity(is_local=True)`` job plus a
``core_local_activity`` marker command (§4.3).

While replaying, local activities are not executed: they resolve from markers found by
look-ahead in the next logical workflow task, in the same activation as originally. Markers
written by recent core versions carry ``activation_index`` (the position, within its
workflow task, of the activation that received the resolution); a resolution is held back
until that activation so that workflow code sees the same readiness as originally. When
replay ends and no marker came (the original worker heartbeated and died), the activity is
executed for real.

Markers are matched by ``seq``, not by FIFO position: their position among the other
commands only reflects when the activity finished.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from temporalio.api.command.v1 import Command, RecordMarkerCommandAttributes
from temporalio.api.common.v1 import ActivityType, Payload, Payloads, RetryPolicy
from temporalio.api.enums.v1 import CommandType, RetryState
from temporalio.api.failure.v1 import ActivityFailureInfo, Failure
from temporalio.api.history.v1 import HistoryEvent, MarkerRecordedEventAttributes

from ._activation import (
    ActivityBackoff,
    ActivityCancelled,
    ActivityCompleted,
    ActivityFailed,
    ActivityResolution,
    ResolveActivity,
)
from ._commands import ActivityCancellationType, ScheduleLocalActivity
from ._errors import HistoryError, NondeterminismError
from ._history import event_type_name
from ._machine import CommandEntry, Machine, RunContext

__all__ = [
    "LOCAL_ACTIVITY_MARKER_NAME",
    "CancelLocalActivityRequest",
    "LocalActivityMachine",
    "LocalActivityMarker",
    "LocalActivityRequest",
    "LocalActivityResult",
    "LocalActivityTimedOut",
    "decode_local_activity_marker",
]

LOCAL_ACTIVITY_MARKER_NAME = "core_local_activity"
_JSON_PLAIN = b"json/plain"
_NS = 1_000_000_000


@dataclass(slots=True)
class LocalActivityRequest:
    """Execute a local activity (from ``take_local_activity_requests``).

    Mirrors ``ScheduleLocalActivity`` plus the run's identity. ``original_schedule_time`` is
    None on a first schedule: the worker uses the time it starts executing.
    """

    seq: int
    activity_id: str
    activity_type: str
    attempt: int
    original_schedule_time: datetime | None
    arguments: Sequence[Payload]
    headers: Mapping[str, Payload]
    schedule_to_close_timeout: timedelta | None
    schedule_to_start_timeout: timedelta | None
    start_to_close_timeout: timedelta | None
    retry_policy: RetryPolicy | None
    local_retry_threshold: timedelta | None
    cancellation_type: ActivityCancellationType
    workflow_id: str
    run_id: str
    workflow_type: str
    namespace: str
    task_queue: str


@dataclass(slots=True)
class CancelLocalActivityRequest:
    """Stop executing local activity ``seq`` (it must still report a result)."""

    seq: int


@dataclass(slots=True)
class LocalActivityTimedOut:
    """Outcome of a local activity that timed out; ``failure`` holds a TimeoutFailure."""

    failure: Failure


LocalActivityOutcome = (
    ActivityCompleted | ActivityFailed | ActivityCancelled | LocalActivityTimedOut
)


@dataclass(slots=True)
class LocalActivityResult:
    """What the worker reports when a local activity finished (or gave up for now).

    Attributes:
        seq: The local activity.
        outcome: Completed / failed / cancelled / timed out.
        runtime: How long it ran (added to the workflow time it was scheduled at to get the
            marker's ``complete_time``).
        attempt: The attempt that produced this outcome.
        backoff: Set when the retry delay exceeds ``local_retry_threshold``: workflow code
            gets an ``ActivityBackoff`` and retries after a durable timer (§4.2).
        original_schedule_time: When the activity was first scheduled (wall clock).
    """

    seq: int
    outcome: LocalActivityOutcome
    runtime: timedelta = timedelta(0)
    attempt: int = 1
    backoff: timedelta | None = None
    original_schedule_time: datetime | None = None


@dataclass(slots=True)
class LocalActivityMarker:
    """The decoded content of a ``core_local_activity`` marker."""

    seq: int
    attempt: int
    activity_id: str
    activity_type: str
    complete_time_ns: int | None
    backoff: timedelta | None
    original_schedule_time: datetime | None
    activation_index: int | None
    result: Payload | None
    failure: Failure | None
    extra: dict[str, Any] = field(default_factory=dict)


def _ts_json(ns: int | None) -> dict[str, int] | None:
    if ns is None:
        return None
    return {"seconds": ns // _NS, "nanos": ns % _NS}


def _dt_ns(dt: datetime) -> int:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    delta = dt - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86400 + delta.seconds) * _NS + delta.microseconds * 1000


def _ns_dt(ns: int) -> datetime:
    return datetime.fromtimestamp(ns // _NS, UTC) + timedelta(microseconds=(ns % _NS) // 1000)


def _td_json(td: timedelta | None) -> dict[str, int] | None:
    if td is None:
        return None
    total_us = (td.days * 86400 + td.seconds) * 1_000_000 + td.microseconds
    seconds, us = divmod(total_us, 1_000_000)
    return {"seconds": seconds, "nanos": us * 1000}


def _ns_of(value: Any) -> int | None:
    if not isinstance(value, dict):
        return None
    return int(value.get("seconds", 0)) * _NS + int(value.get("nanos", 0))


def decode_local_activity_marker(event: HistoryEvent) -> LocalActivityMarker | None:
    """Decodes a ``core_local_activity`` marker event; None for other markers.

    Raises:
        HistoryError: The marker is a local-activity marker but its data cannot be parsed.
    """
    attrs: MarkerRecordedEventAttributes = event.marker_recorded_event_attributes
    if attrs.marker_name != LOCAL_ACTIVITY_MARKER_NAME:
        return None
    try:
        raw = attrs.details["data"].payloads[0].data
        data = json.loads(raw)
        seq = int(data["seq"])
    except (KeyError, IndexError, ValueError, TypeError) as err:
        raise HistoryError(
            f"local activity marker at event {event.event_id} is unparsable: {err}"
        ) from err
    result: Payload | None = None
    if "result" in attrs.details and attrs.details["result"].payloads:
        result = attrs.details["result"].payloads[0]
    backoff_ns = _ns_of(data.get("backoff"))
    ost = _ns_of(data.get("original_schedule_time"))
    act_ix = data.get("activation_index")
    return LocalActivityMarker(
        seq=seq,
        attempt=int(data.get("attempt", 1)),
        activity_id=str(data.get("activity_id", "")),
        activity_type=str(data.get("activity_type", "")),
        complete_time_ns=_ns_of(data.get("complete_time")),
        backoff=None if backoff_ns is None else timedelta(microseconds=backoff_ns // 1000),
        original_schedule_time=None if ost is None else _ns_dt(ost),
        activation_index=None if act_ix is None else int(act_ix),
        result=result,
        failure=attrs.failure if attrs.HasField("failure") else None,
    )


def _is_cancel(failure: Failure) -> bool:
    return failure.HasField("canceled_failure_info") or (
        failure.HasField("cause") and failure.cause.HasField("canceled_failure_info")
    )


class LocalActivityMachine(Machine):
    """One local activity.

    States: ``executing`` (requested from the worker) → ``marker_created`` (resolved; marker
    command pending) → ``recorded``; or, replaying, ``waiting_lookahead`` →
    ``resolved_waiting_marker`` → ``recorded``. ``waiting_lookahead`` turns into
    ``executing`` when a non-replay workflow task starts without a marker.
    """

    __slots__ = (
        "_marker",
        "cmd",
        "marker_entry",
        "marker_failure",
        "marker_result",
        "record_marker",
        "resolution",
        "state",
        "wf_time_ns_when_scheduled",
    )

    def __init__(self, cmd: ScheduleLocalActivity, replaying: bool, wf_time_ns: int) -> None:
        self.cmd = cmd
        self.state = "waiting_lookahead" if replaying else "executing"
        # Markers are written only for activities scheduled (or executed) as new work.
        self.record_marker = not replaying
        self.wf_time_ns_when_scheduled = wf_time_ns
        self.marker_entry: CommandEntry | None = None
        self.resolution: ActivityResolution | None = None
        self._marker: dict[str, Any] | None = None
        self.marker_result: Payload | None = None
        self.marker_failure: Failure | None = None

    # --- commands -------------------------------------------------------------------------

    def describe(self, entry: CommandEntry | None = None) -> str:
        return (
            f"ScheduleLocalActivity(seq={self.cmd.seq}, activity_id={self.cmd.activity_id!r}, "
            f"type={self.cmd.activity_type!r})"
        )

    def build_command(self, entry: CommandEntry) -> Command:
        attrs = RecordMarkerCommandAttributes(marker_name=LOCAL_ACTIVITY_MARKER_NAME)
        data = json.dumps(self._marker, separators=(",", ":")).encode()
        attrs.details["data"].CopyFrom(
            Payloads(payloads=[Payload(metadata={"encoding": _JSON_PLAIN}, data=data)])
        )
        if self.marker_result is not None:
            attrs.details["result"].CopyFrom(Payloads(payloads=[self.marker_result]))
        if self.marker_failure is not None:
            attrs.failure.CopyFrom(self.marker_failure)
        cmd = Command(
            command_type=CommandType.COMMAND_TYPE_RECORD_MARKER,
            record_marker_command_attributes=attrs,
        )
        if self.cmd.user_metadata is not None:
            cmd.user_metadata.CopyFrom(self.cmd.user_metadata)
        return cmd

    # --- resolutions ----------------------------------------------------------------------

    def resolve_from_execution(
        self, result: LocalActivityResult, activation_index: int, run: RunContext
    ) -> int | None:
        """Applies a result reported by the worker. Returns the new workflow time
        (ns) to advance to, if any. A result after a no-wait cancel is ignored."""
        if self.state != "executing":
            return None
        complete_ns = self.wf_time_ns_when_scheduled + _td_ns(result.runtime)
        outcome = result.outcome
        marker_result: Payload | None = None
        marker_failure: Failure | None = None
        if isinstance(outcome, ActivityCompleted):
            marker_result = outcome.result
        else:
            marker_failure = outcome.failure
        resolution = self._resolution(
            outcome, result.attempt, result.backoff, result.original_schedule_time
        )
        self._finish(
            run,
            resolution,
            attempt=result.attempt,
            complete_ns=complete_ns,
            backoff=result.backoff,
            original_schedule_time=result.original_schedule_time,
            activation_index=activation_index,
            marker_result=marker_result,
            marker_failure=marker_failure,
        )
        return complete_ns

    def resolve_from_marker(self, marker: LocalActivityMarker, run: RunContext) -> int | None:
        """Pre-resolves from a marker found by look-ahead (replay). Returns the marker's
        ``complete_time`` (ns) so the run can advance workflow time."""
        if self.state != "waiting_lookahead":
            raise NondeterminismError(
                f"nondeterminism: local activity marker for seq {self.cmd.seq} found but "
                f"{self.describe()} is in state {self.state}"
            )
        outcome: LocalActivityOutcome
        if marker.failure is not None:
            outcome = (
                ActivityCancelled(marker.failure)
                if _is_cancel(marker.failure)
                else ActivityFailed(marker.failure)
            )
        else:
            outcome = ActivityCompleted(marker.result if marker.result is not None else Payload())
        self.resolution = self._resolution(
            outcome, marker.attempt, marker.backoff, marker.original_schedule_time
        )
        self.state = "resolved_waiting_marker"
        run.jobs.append(ResolveActivity(self.cmd.seq, self.resolution, is_local=True))
        return marker.complete_time_ns

    def cancel_without_waiting(self, run: RunContext, activation_index: int) -> None:
        """TRY_CANCEL/ABANDON while executing: resolve as cancelled now and record a cancel
        marker (core gives it no ``complete_time``)."""
        failure = Failure(message="Activity cancelled")
        failure.canceled_failure_info.SetInParent()
        self._finish(
            run,
            self._resolution(
                ActivityCancelled(failure), self.cmd.attempt, None, self.cmd.original_schedule_time
            ),
            attempt=self.cmd.attempt,
            complete_ns=None,
            backoff=None,
            original_schedule_time=self.cmd.original_schedule_time,
            activation_index=activation_index,
            marker_result=None,
            marker_failure=failure,
        )

    def _finish(
        self,
        run: RunContext,
        resolution: ActivityResolution,
        *,
        attempt: int,
        complete_ns: int | None,
        backoff: timedelta | None,
        original_schedule_time: datetime | None,
        activation_index: int,
        marker_result: Payload | None,
        marker_failure: Failure | None,
    ) -> None:
        self.resolution = resolution
        run.jobs.append(ResolveActivity(self.cmd.seq, resolution, is_local=True))
        self.state = "marker_created"
        ost = original_schedule_time
        self._marker = {
            "seq": self.cmd.seq,
            "attempt": attempt,
            "activity_id": self.cmd.activity_id,
            "activity_type": self.cmd.activity_type,
            "complete_time": _ts_json(complete_ns),
            "backoff": _td_json(backoff),
            "original_schedule_time": _ts_json(None if ost is None else _dt_ns(ost)),
            "activation_index": activation_index,
        }
        self.marker_result = marker_result
        self.marker_failure = marker_failure

    def _resolution(
        self,
        outcome: LocalActivityOutcome,
        attempt: int,
        backoff: timedelta | None,
        original_schedule_time: datetime | None,
    ) -> ActivityResolution:
        if backoff is not None:
            return ActivityBackoff(attempt + 1, backoff, original_schedule_time)
        if isinstance(outcome, LocalActivityTimedOut):
            f = outcome.failure
            if f.HasField("timeout_failure_info"):
                f = self._wrap("Local Activity timed out", f)
            return ActivityFailed(f)
        if isinstance(outcome, ActivityCancelled):
            f = outcome.failure
            if f.HasField("canceled_failure_info"):
                f = self._wrap("Local Activity cancelled", f)
            return ActivityCancelled(f)
        return outcome

    def _wrap(self, message: str, cause: Failure) -> Failure:
        f = Failure(
            message=message,
            activity_failure_info=ActivityFailureInfo(
                activity_type=ActivityType(name=self.cmd.activity_type),
                activity_id=self.cmd.activity_id,
                retry_state=RetryState.RETRY_STATE_CANCEL_REQUESTED,
            ),
        )
        f.cause.CopyFrom(cause)
        return f

    # --- the marker event -----------------------------------------------------------------

    def on_marker(self, event: HistoryEvent, marker: LocalActivityMarker, check_ids: bool) -> None:
        """The marker event for this activity was applied."""
        if self.state not in ("marker_created", "resolved_waiting_marker"):
            raise NondeterminismError(
                f"nondeterminism at event {event.event_id} ({event_type_name(event.event_type)}):"
                f" local activity marker for seq {marker.seq} but {self.describe()} has not "
                "resolved",
                event_id=event.event_id,
            )
        if self.state == "marker_created":
            executed_ok = isinstance(self.resolution, ActivityCompleted)
            if executed_ok != (marker.failure is None):
                raise NondeterminismError(
                    f"nondeterminism at event {event.event_id}: local activity seq "
                    f"{marker.seq} {'completed' if executed_ok else 'failed'} locally but "
                    f"history says it {'failed' if executed_ok else 'completed'}",
                    event_id=event.event_id,
                )
        if check_ids:
            if marker.activity_id != self.cmd.activity_id:
                raise NondeterminismError(
                    f"nondeterminism at event {event.event_id} (MarkerRecorded): local activity "
                    f"id in history is {marker.activity_id!r} but workflow code used "
                    f"{self.cmd.activity_id!r}",
                    event_id=event.event_id,
                )
            if marker.activity_type != self.cmd.activity_type:
                raise NondeterminismError(
                    f"nondeterminism at event {event.event_id} (MarkerRecorded): local activity "
                    f"type in history is {marker.activity_type!r} but workflow code used "
                    f"{self.cmd.activity_type!r}",
                    event_id=event.event_id,
                )
        self.state = "recorded"


def _td_ns(td: timedelta) -> int:
    return ((td.days * 86400 + td.seconds) * 1_000_000 + td.microseconds) * 1000


def request_for(
    cmd: ScheduleLocalActivity,
    *,
    workflow_id: str,
    run_id: str,
    workflow_type: str,
    namespace: str,
    task_queue: str,
) -> LocalActivityRequest:
    """The execution request for a scheduled local activity."""
    return LocalActivityRequest(
        seq=cmd.seq,
        activity_id=cmd.activity_id,
        activity_type=cmd.activity_type,
        attempt=cmd.attempt,
        original_schedule_time=cmd.original_schedule_time,
        arguments=cmd.arguments,
        headers=cmd.headers,
        schedule_to_close_timeout=cmd.schedule_to_close_timeout,
        schedule_to_start_timeout=cmd.schedule_to_start_timeout,
        start_to_close_timeout=cmd.start_to_close_timeout,
        retry_policy=cmd.retry_policy,
        local_retry_threshold=cmd.local_retry_threshold,
        cancellation_type=cmd.cancellation_type,
        workflow_id=workflow_id,
        run_id=run_id,
        workflow_type=workflow_type,
        namespace=namespace,
        task_queue=task_queue,
    )
