"""Local activities scheduled by workflow code (run in the worker process, recorded as markers).

Each local activity has a driver task, wrapped by the :class:`ActivityHandle` workflow code
gets. The driver issues ``ScheduleLocalActivity``, waits for the ``ResolveActivity(is_local)``
job, and turns it into the result or the error. Cancelling the handle (or its scope) sends
``RequestCancelLocalActivity`` once and keeps waiting: the machines always answer a cancel
with a resolution (at once for ``TRY_CANCEL``/``ABANDON``, when the activity has ended for
``WAIT_CANCELLATION_COMPLETED``, from the marker when replaying), as core does.

A retry delay longer than the activity's ``local_retry_threshold`` resolves it with an
``ActivityBackoff`` (PROTOCOL.md section 4.2): the driver sleeps on a durable timer and
schedules the activity again under a new sequence number, with ``attempt`` and
``original_schedule_time`` carried over.

Sequence numbers come from the same ``"activity"`` counter as remote activities, and the new
number of a backed-off activity is taken when the backoff resolution is applied, as in
core-based SDKs, so that marker ``seq`` and default activity ids match their histories.
"""

from __future__ import annotations

from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import temporalio.exceptions
from temporalio._loop import CancellationScope
from temporalio.api.common.v1 import Payload
from temporalio.api.common.v1 import RetryPolicy as RetryPolicyProto
from temporalio.worker._instance_base import InstanceBase, InstanceConfig, _wait_unlinked
from temporalio.worker._machines import _activation as act
from temporalio.worker._machines import _commands as cmd
from temporalio.workflow._activity import ActivityHandle, StartActivityOptions


@dataclass(eq=False)
class _LocalActivity:
    """One local activity of workflow code, across its (timer-backed-off) schedules.

    ``seq`` is the sequence number of the current schedule; ``resolution`` the future the
    current schedule's ``ResolveActivity`` job completes; ``cancel_sent`` whether a
    ``RequestCancelLocalActivity`` went out for the current schedule.
    """

    options: StartActivityOptions
    arguments: Sequence[Payload]
    retry_policy: RetryPolicyProto | None
    seq: int
    resolution: Any
    cancel_sent: bool = False


class LocalActivitiesMixin(InstanceBase):
    """Schedules local activities, resolves them, cancels them, and retries after backoff.

    ``_local_activities`` maps the sequence number of every schedule that is waiting for
    its resolution job to its activity.
    """

    __slots__ = ()  # fields are slots of InstanceBase

    def __init__(self, config: InstanceConfig, run_id: str) -> None:
        """Add the local activity table to the instance state."""
        super().__init__(config, run_id)
        self._local_activities: dict[int, _LocalActivity] = {}

    # -- jobs ----------------------------------------------------------------------------

    def _resolve_local_activity(self, job: act.ResolveActivity) -> None:
        """``ResolveActivity`` with ``is_local`` (delegated by the activities mixin)."""
        la = self._local_activities.pop(job.seq, None)
        if la is None:
            return
        if isinstance(job.result, act.ActivityBackoff):
            # The retry gets its number now, not after the timer: activities scheduled
            # meanwhile are numbered after it, as in core-based SDKs.
            la.seq = self._next_seq("activity")
        if not la.resolution.done():
            la.resolution.set_result(job.result)

    # -- WorkflowRuntime -----------------------------------------------------------------

    def workflow_start_local_activity(self, options: StartActivityOptions) -> ActivityHandle[Any]:
        """Schedule a local activity (``workflow.start_local_activity``)."""
        self._check_writable(f"scheduling local activity {options.activity_type!r}")
        return self._outbound.start_local_activity(options)

    def _start_local_activity(self, options: StartActivityOptions) -> ActivityHandle[Any]:
        """Schedule a local activity (the innermost outbound interceptor link)."""
        self._check_writable(f"scheduling local activity {options.activity_type!r}")
        arguments = self._config.payload_converter.to_payloads(list(options.args))
        retry: RetryPolicyProto | None = None
        if options.retry_policy is not None:
            retry = RetryPolicyProto()
            options.retry_policy.apply_to_proto(retry)
        la = _LocalActivity(
            options=options,
            arguments=arguments,
            retry_policy=retry,
            seq=self._next_seq("activity"),
            resolution=self._loop.create_future(),
        )
        coro: Coroutine[Any, Any, Any]
        if CancellationScope.current().cancelled:
            # Started in an already cancelled scope: nothing is scheduled at all.
            coro = self._local_activity_cancelled_before_start(options)
        else:
            self._schedule_local_activity(la, attempt=1, original_schedule_time=None)
            coro = self._drive_local_activity(la)
        task = self._loop.create_task(coro, name=f"local-activity:{la.seq}:{options.activity_type}")
        task.add_done_callback(lambda t: self._local_activity_task_done(la, t))
        return ActivityHandle(task)

    # -- driving one local activity ------------------------------------------------------

    def _schedule_local_activity(
        self, la: _LocalActivity, *, attempt: int, original_schedule_time: datetime | None
    ) -> None:
        options = la.options
        self._local_activities[la.seq] = la
        la.cancel_sent = False
        self._commands.append(
            cmd.ScheduleLocalActivity(
                seq=la.seq,
                activity_id=options.activity_id or str(la.seq),
                activity_type=options.activity_type,
                attempt=attempt,
                original_schedule_time=original_schedule_time,
                headers=options.headers,
                # A fresh list per schedule: the codec replaces a command's arguments.
                arguments=list(la.arguments),
                schedule_to_close_timeout=options.schedule_to_close_timeout,
                schedule_to_start_timeout=options.schedule_to_start_timeout,
                start_to_close_timeout=options.start_to_close_timeout,
                retry_policy=la.retry_policy,
                local_retry_threshold=options.local_retry_threshold,
                cancellation_type=cmd.ActivityCancellationType(int(options.cancellation_type)),
                user_metadata=self._user_metadata(options.summary),
            )
        )

    async def _drive_local_activity(self, la: _LocalActivity) -> Any:
        while True:
            resolution = la.resolution
            try:
                result = await _wait_unlinked(self._loop, resolution)
            except BaseException:
                # The awaiting task (or its scope) was cancelled.
                if resolution.done():
                    raise
                self._request_cancel_local_activity(la)
                with CancellationScope(detached=True):
                    result = await _wait_unlinked(self._loop, resolution)
            if not isinstance(result, act.ActivityBackoff):
                return self._local_activity_result(result, la.options)
            # Cancellable like any timer: a cancelled backoff raises CancelledError.
            await self.workflow_sleep(result.backoff_duration.total_seconds())
            la.resolution = self._loop.create_future()
            self._schedule_local_activity(
                la,
                attempt=result.attempt,
                original_schedule_time=result.original_schedule_time,
            )

    def _request_cancel_local_activity(self, la: _LocalActivity) -> None:
        if la.cancel_sent or la.seq not in self._local_activities:
            return
        la.cancel_sent = True
        self._commands.append(cmd.RequestCancelLocalActivity(seq=la.seq))

    def _local_activity_task_done(self, la: _LocalActivity, task: Any) -> None:
        # A handle cancelled before its driver ever ran (in the step it was started in):
        # the driver could not ask for the cancel, so ask here. The schedule stays, and
        # the machines record a cancel marker for it, as core-based SDKs do.
        if task.cancelled() and not self._loop.is_closed():
            self._request_cancel_local_activity(la)

    async def _local_activity_cancelled_before_start(self, options: StartActivityOptions) -> Any:
        raise temporalio.exceptions.ActivityError(
            "Local Activity cancelled",
            scheduled_event_id=0,
            started_event_id=0,
            identity="",
            activity_type=options.activity_type,
            activity_id=options.activity_id or "",
            retry_state=temporalio.exceptions.RetryState.CANCEL_REQUESTED,
        ) from temporalio.exceptions.CancelledError(
            "Local activity cancelled before it was scheduled"
        )

    def _local_activity_result(self, result: Any, options: StartActivityOptions) -> Any:
        conv = self._config.payload_converter
        if isinstance(result, act.ActivityCompleted):
            # A marker without a result payload is a success with no value.
            if result.result is None or not result.result.metadata:
                return None
            return conv.from_payload(result.result, options.ret_type)
        if isinstance(result, act.ActivityFailed | act.ActivityCancelled):
            raise self._config.failure_converter.from_failure(result.failure, conv)
        raise RuntimeError(f"unexpected local activity resolution {result!r}")
