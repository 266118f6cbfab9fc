"""Remote activities scheduled by workflow code (``start_activity``)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import temporalio.exceptions
from temporalio._common._priority import priority_proto
from temporalio._loop import CancellationScope
from temporalio.api.common.v1 import RetryPolicy as RetryPolicyProto
from temporalio.worker._instance_base import InstanceBase, _wait_unlinked
from temporalio.worker._machines import _activation as act
from temporalio.worker._machines import _commands as cmd
from temporalio.workflow._activity import ActivityHandle, StartActivityOptions


class ActivitiesMixin(InstanceBase):
    """Schedules activities, resolves them, and cancels them per their cancellation type."""

    __slots__ = ()  # fields are slots of InstanceBase

    _resolve_local_activity: Callable[[act.ResolveActivity], None]  # LocalActivitiesMixin

    def _apply_ResolveActivity(self, job: act.ResolveActivity) -> None:
        if job.is_local:
            return self._resolve_local_activity(job)
        fut = self._activities.pop(job.seq, None)
        self._cancel_sent.discard(job.seq)
        if fut is not None and not fut.done():
            fut.set_result(job.result)

    def workflow_start_activity(self, options: StartActivityOptions) -> ActivityHandle[Any]:
        self._check_writable(f"scheduling activity {options.activity_type!r}")
        if options.local:
            raise NotImplementedError("use workflow.start_local_activity for local activities")
        return self._outbound.start_activity(options)

    def _start_activity(self, options: StartActivityOptions) -> ActivityHandle[Any]:
        """Schedule an activity (the innermost outbound interceptor link)."""
        self._check_writable(f"scheduling activity {options.activity_type!r}")
        info = self._require_info()
        seq = self._next_seq("activity")
        arguments = self._config.payload_converter.to_payloads(list(options.args))
        retry: RetryPolicyProto | None = None
        if options.retry_policy is not None:
            retry = RetryPolicyProto()
            options.retry_policy.apply_to_proto(retry)
        command = cmd.ScheduleActivity(
            seq=seq,
            activity_id=options.activity_id or str(seq),
            activity_type=options.activity_type,
            task_queue=options.task_queue or info.task_queue,
            headers=options.headers,
            arguments=arguments,
            schedule_to_close_timeout=options.schedule_to_close_timeout,
            schedule_to_start_timeout=options.schedule_to_start_timeout,
            start_to_close_timeout=options.start_to_close_timeout,
            heartbeat_timeout=options.heartbeat_timeout,
            retry_policy=retry,
            cancellation_type=cmd.ActivityCancellationType(int(options.cancellation_type)),
            do_not_eagerly_execute=options.disable_eager_execution,
            user_metadata=self._user_metadata(options.summary),
            priority=priority_proto(options.priority, f"activity {options.activity_type!r}"),
        )
        scope = CancellationScope.current()
        resolution = self._loop.create_future()
        if scope.cancelled:
            # Started in an already cancelled scope: no command at all.
            coro: Coroutine[Any, Any, Any] = self._cancelled_before_start(options)
        else:
            self._activities[seq] = resolution
            self._commands.append(command)
            coro = self._drive_activity(seq, options, resolution)
        task = self._loop.create_task(coro, name=f"activity:{seq}:{options.activity_type}")
        task.add_done_callback(lambda t: self._activity_task_done(seq, t))
        return ActivityHandle(task)

    async def _cancelled_before_start(self, options: StartActivityOptions) -> Any:
        raise temporalio.exceptions.ActivityError(
            "Activity cancelled",
            scheduled_event_id=0,
            started_event_id=0,
            identity="",
            activity_type=options.activity_type,
            activity_id=options.activity_id or "",
            retry_state=temporalio.exceptions.RetryState.CANCEL_REQUESTED,
        ) from temporalio.exceptions.CancelledError("Activity cancelled before it was scheduled")

    def _activity_task_done(self, seq: int, task: Any) -> None:
        # A handle cancelled before its driver ever ran (in the step it was started
        # in): ask the machines to cancel; they drop the unsent schedule command.
        if task.cancelled() and seq in self._activities:
            self._request_cancel_activity(seq)

    def _request_cancel_activity(self, seq: int) -> None:
        """Send RequestCancelActivity once; the machines apply the cancellation type.

        As in core: a schedule command not sent yet is dropped, ABANDON sends
        nothing, and TRY_CANCEL / ABANDON / not-sent resolve the activity as
        cancelled at once (in the next activation of this task).
        """
        if seq not in self._cancel_sent:
            self._cancel_sent.add(seq)
            self._commands.append(cmd.RequestCancelActivity(seq=seq))

    async def _drive_activity(
        self, seq: int, options: StartActivityOptions, resolution: Any
    ) -> Any:
        """Await the activity's resolution; on cancellation, cancel it and keep waiting.

        The resolution of a cancelled activity is an ``ActivityError`` whose cause is
        a ``CancelledError`` (what the official SDK raises), or, for
        WAIT_CANCELLATION_COMPLETED, whatever the activity finally did. The wait
        after a cancellation is shielded so a cancelled scope does not re-deliver
        its cancellation at every step while the machines answer.
        """
        try:
            result = await _wait_unlinked(self._loop, resolution)
        except BaseException:
            # The awaiting task (or its scope) was cancelled.
            if resolution.done():
                raise  # cancellation is never swallowed, even by a late result
            self._request_cancel_activity(seq)
            with CancellationScope(detached=True):
                result = await _wait_unlinked(self._loop, resolution)
        return self._activity_result(result, options)

    def _activity_result(self, result: Any, options: StartActivityOptions) -> Any:
        conv = self._config.payload_converter
        if isinstance(result, act.ActivityCompleted):
            if result.result is None:
                return None
            try:
                return conv.from_payload(result.result, options.ret_type)
            except Exception as err:
                raise TypeError(
                    f"cannot decode the result of activity {options.activity_type!r}: {err}"
                ) from err
        if isinstance(result, act.ActivityFailed | act.ActivityCancelled):
            raise self._config.failure_converter.from_failure(result.failure, conv)
        raise RuntimeError(f"unexpected activity resolution {result!r}")
