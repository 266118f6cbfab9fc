"""Activities (PROTOCOL §3.1) with the three cancellation types.

Event flow: ``ScheduleActivityTask`` → ``ActivityTaskScheduled`` → (``Started``) →
``Completed`` | ``Failed`` | ``TimedOut`` | ``Canceled``; cancellation adds
``RequestCancelActivityTask`` → ``ActivityTaskCancelRequested``. Retried activities get their
``ActivityTaskStarted`` written lazily, so it may follow the cancel request.

How a cancel unblocks workflow code:

* ``TRY_CANCEL``: a cancel command is sent and workflow code gets a cancelled resolution at
  once; the activity's later outcome is accepted and ignored.
* ``WAIT_CANCELLATION_COMPLETED``: a cancel command is sent; the resolution is whatever
  outcome the activity reports next (``Canceled`` → cancelled).
* ``ABANDON``: no command; cancelled at once; later events are ignored.
* Cancelled before the schedule command was sent (any type): the command is dropped and the
  resolution is cancelled at once.
"""

from __future__ import annotations

from temporalio.api.command.v1 import (
    Command,
    RequestCancelActivityTaskCommandAttributes,
    ScheduleActivityTaskCommandAttributes,
)
from temporalio.api.common.v1 import ActivityType, Payloads
from temporalio.api.enums.v1 import CommandType, EventType, RetryState, TaskQueueKind
from temporalio.api.failure.v1 import ActivityFailureInfo, CanceledFailureInfo, Failure
from temporalio.api.history.v1 import HistoryEvent

from ._activation import (
    ActivityCancelled,
    ActivityCompleted,
    ActivityFailed,
    ActivityResolution,
    ResolveActivity,
)
from ._commands import ActivityCancellationType, ScheduleActivity
from ._flags import CoreFlag
from ._machine import (
    CommandEntry,
    Machine,
    RunContext,
    copy_payload_map,
    first_payload,
    id_mismatch,
    set_duration,
    unexpected_event,
)

__all__ = ["ActivityMachine", "activity_failure"]

_SCHEDULE = CommandType.COMMAND_TYPE_SCHEDULE_ACTIVITY_TASK
_REQUEST_CANCEL = CommandType.COMMAND_TYPE_REQUEST_CANCEL_ACTIVITY_TASK

_STARTED = EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED
_COMPLETED = EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED
_FAILED = EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED
_TIMED_OUT = EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT
_CANCELED = EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED
_SCHEDULED_EVENT = EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
_CANCEL_REQUESTED_EVENT = EventType.EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED
_TRY_CANCEL = ActivityCancellationType.TRY_CANCEL
_ABANDON = ActivityCancellationType.ABANDON
_CANCEL_REQUESTED_STATE = RetryState.RETRY_STATE_CANCEL_REQUESTED

# States.
_CREATED = "created"  # schedule command issued, not yet in history
_SCHEDULED = "scheduled"
_STARTED_S = "started"
_CANCEL_REQUESTED = "cancel_requested"  # cancel command issued, its event not seen yet
_CANCEL_RECORDED = "cancel_recorded"  # ActivityTaskCancelRequested seen
_DONE = "done"  # resolved through its own outcome event
_CANCELLED = "cancelled"  # resolved as cancelled (abandon / try-cancel / before sent)


def activity_failure(
    message: str,
    *,
    activity_type: str,
    activity_id: str,
    identity: str,
    retry_state: int,
    scheduled_event_id: int,
    started_event_id: int,
    cause: Failure | None,
) -> Failure:
    """An ``ActivityFailure`` wrapper as core builds it (PROTOCOL §10.3)."""
    f = Failure(
        message=message,
        activity_failure_info=ActivityFailureInfo(
            scheduled_event_id=scheduled_event_id,
            started_event_id=started_event_id,
            identity=identity,
            activity_type=ActivityType(name=activity_type),
            activity_id=activity_id,
            retry_state=retry_state,  # type: ignore[arg-type]
        ),
    )
    if cause is not None:
        f.cause.CopyFrom(cause)
    return f


class ActivityMachine(Machine):
    """One activity of the run. ``state`` is one of the module's state names."""

    __slots__ = (
        "cmd",
        "schedule_entry",
        "scheduled_event_id",
        "started_event_id",
        "started_while_cancelling",
        "state",
        "task_queue",
    )

    def __init__(self, cmd: ScheduleActivity, run: RunContext) -> None:
        self.cmd = cmd
        # The server rejects a schedule without a task queue; default to the workflow's.
        self.task_queue = cmd.task_queue or run.task_queue
        self.state = _CREATED
        self.scheduled_event_id = 0
        self.started_event_id = 0
        # Whether the activity had started when its cancel was requested (only affects
        # which outcomes are legal afterwards).
        self.started_while_cancelling = False
        self.schedule_entry = run.new_command(self, _SCHEDULE, _SCHEDULED_EVENT)

    # --- commands -------------------------------------------------------------------------

    def describe(self, entry: CommandEntry) -> str:
        if entry.command_type == _SCHEDULE:
            return (
                f"ScheduleActivity(seq={self.cmd.seq}, activity_id={self.cmd.activity_id!r}, "
                f"type={self.cmd.activity_type!r})"
            )
        return f"RequestCancelActivity(seq={self.cmd.seq})"

    def build_command(self, entry: CommandEntry) -> Command:
        if entry.command_type == _REQUEST_CANCEL:
            return Command(
                command_type=_REQUEST_CANCEL,
                request_cancel_activity_task_command_attributes=(
                    RequestCancelActivityTaskCommandAttributes(
                        scheduled_event_id=self.scheduled_event_id
                    )
                ),
            )
        c = self.cmd
        attrs = ScheduleActivityTaskCommandAttributes(
            activity_id=c.activity_id,
            activity_type=ActivityType(name=c.activity_type),
            request_eager_execution=not c.do_not_eagerly_execute,
        )
        attrs.task_queue.name = self.task_queue
        attrs.task_queue.kind = TaskQueueKind.TASK_QUEUE_KIND_NORMAL
        if c.headers:
            copy_payload_map(attrs.header.fields, c.headers)
        if c.arguments:
            attrs.input.payloads.extend(c.arguments)
        set_duration(attrs.schedule_to_close_timeout, c.schedule_to_close_timeout)
        set_duration(attrs.schedule_to_start_timeout, c.schedule_to_start_timeout)
        set_duration(attrs.start_to_close_timeout, c.start_to_close_timeout)
        set_duration(attrs.heartbeat_timeout, c.heartbeat_timeout)
        if c.retry_policy is not None:
            attrs.retry_policy.CopyFrom(c.retry_policy)
        if c.priority is not None:
            attrs.priority.CopyFrom(c.priority)
        cmd = Command(command_type=_SCHEDULE, schedule_activity_task_command_attributes=attrs)
        if c.user_metadata is not None:
            cmd.user_metadata.CopyFrom(c.user_metadata)
        return cmd

    def on_command_event(self, entry: CommandEntry, event: HistoryEvent, run: RunContext) -> None:
        if entry.command_type == _SCHEDULE:
            a = event.activity_task_scheduled_event_attributes
            if run.flags.try_use(
                CoreFlag.ID_AND_TYPE_DETERMINISM_CHECKS, run.applying_last_sequence
            ):
                if a.activity_id != self.cmd.activity_id:
                    raise id_mismatch(event, "activity id", a.activity_id, self.cmd.activity_id)
                if a.activity_type.name != self.cmd.activity_type:
                    raise id_mismatch(
                        event, "activity type", a.activity_type.name, self.cmd.activity_type
                    )
            self.scheduled_event_id = event.event_id
            if self.state == _CREATED:
                self.state = _SCHEDULED
            run.index_by_event(event.event_id, self)
        else:
            # ActivityTaskCancelRequested for our RequestCancelActivityTask.
            if self.state == _CANCEL_REQUESTED:
                self.state = _CANCEL_RECORDED
            # Try-cancel stays "cancelled" (already resolved); later events are ignored.

    # --- events ---------------------------------------------------------------------------

    def on_event(self, event: HistoryEvent, event_type: int, run: RunContext) -> None:
        state = self.state
        if event_type == _STARTED:
            if state in (_SCHEDULED, _CANCEL_REQUESTED, _CANCEL_RECORDED) or (
                state == _CANCELLED and self._ignores_late_events()
            ):
                self.started_event_id = event.event_id
                if state == _SCHEDULED:
                    self.state = _STARTED_S
                return
            raise unexpected_event(self, event)
        if state == _CANCELLED:
            # Resolved already as cancelled (try-cancel / abandon): the real outcome is
            # accepted and ignored.
            if self._ignores_late_events():
                return
            raise unexpected_event(self, event)
        if state not in (_SCHEDULED, _STARTED_S, _CANCEL_RECORDED, _CANCEL_REQUESTED):
            raise unexpected_event(self, event)
        result: ActivityResolution
        if event_type == _COMPLETED:
            a = event.activity_task_completed_event_attributes
            result = ActivityCompleted(first_payload(a.result))
        elif event_type == _FAILED:
            f = event.activity_task_failed_event_attributes
            result = ActivityFailed(
                self._failure(
                    "Activity task failed",
                    f.identity,
                    f.retry_state,
                    f.started_event_id,
                    f.failure if f.HasField("failure") else None,
                )
            )
        elif event_type == _TIMED_OUT:
            t = event.activity_task_timed_out_event_attributes
            result = ActivityFailed(
                self._failure(
                    "Activity task timed out",
                    "",
                    t.retry_state,
                    t.started_event_id,
                    t.failure if t.HasField("failure") else None,
                )
            )
        elif event_type == _CANCELED:
            if state in (_SCHEDULED, _STARTED_S):
                # Canceled without a cancel request from us cannot happen.
                raise unexpected_event(self, event)
            c = event.activity_task_canceled_event_attributes
            result = ActivityCancelled(
                self._cancel_failure(c.identity, c.started_event_id, c.details)
            )
        else:
            raise unexpected_event(self, event)
        self.state = _DONE
        run.jobs.append(ResolveActivity(self.cmd.seq, result))

    def _ignores_late_events(self) -> bool:
        ct = self.cmd.cancellation_type
        return ct in (_TRY_CANCEL, _ABANDON)

    # --- cancellation ---------------------------------------------------------------------

    def cancel(self, run: RunContext) -> None:
        """``RequestCancelActivity(seq)`` from workflow code (PROTOCOL §3.1)."""
        state = self.state
        if state in (_DONE, _CANCELLED, _CANCEL_REQUESTED, _CANCEL_RECORDED):
            return  # already resolved or already cancelling: no-op
        ct = self.cmd.cancellation_type
        if state == _CREATED:
            # Cancelled before the schedule command was sent: drop it, resolve at once.
            self.schedule_entry.dropped = True
            self.state = _CANCELLED
            run.jobs.append(ResolveActivity(self.cmd.seq, self._cancelled_now()))
            return
        if ct == _ABANDON:
            self.state = _CANCELLED
            run.jobs.append(ResolveActivity(self.cmd.seq, self._cancelled_now()))
            return
        self.started_while_cancelling = state == _STARTED_S
        run.new_command(self, _REQUEST_CANCEL, _CANCEL_REQUESTED_EVENT)
        if ct == _TRY_CANCEL:
            self.state = _CANCELLED
            run.jobs.append(ResolveActivity(self.cmd.seq, self._cancelled_now()))
        else:
            self.state = _CANCEL_REQUESTED

    # --- failures -------------------------------------------------------------------------

    def _failure(
        self,
        message: str,
        identity: str,
        retry_state: int,
        started_event_id: int,
        cause: Failure | None,
    ) -> Failure:
        return activity_failure(
            message,
            activity_type=self.cmd.activity_type,
            activity_id=self.cmd.activity_id,
            identity=identity,
            retry_state=retry_state,
            scheduled_event_id=self.scheduled_event_id,
            started_event_id=started_event_id,
            cause=cause,
        )

    def _cancel_failure(self, identity: str, started_event_id: int, details: Payloads) -> Failure:
        info = CanceledFailureInfo(details=details) if details.payloads else CanceledFailureInfo()
        cause = Failure(canceled_failure_info=info)
        return self._failure(
            "Activity cancelled",
            identity,
            _CANCEL_REQUESTED_STATE,
            started_event_id,
            cause,
        )

    def _cancelled_now(self) -> ActivityCancelled:
        return ActivityCancelled(self._cancel_failure("", self.started_event_id, Payloads()))
