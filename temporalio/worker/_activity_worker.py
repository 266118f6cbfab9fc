"""The activity worker: poll a task queue's activity tasks, run them, report outcomes.

:class:`ActivityWorker` owns one task group holding its poll loops and every
running activity (PROTOCOL.md section 8).  Each task runs as one
:class:`~temporalio._activity._execution.ActivityExecution` next to an
:class:`~temporalio.worker._heartbeat.ActivityHeartbeater`, and its outcome is
reported with ``RespondActivityTaskCompleted`` / ``Failed`` / ``Canceled``
(or not at all for async completion and attempts the server forgot).
Activities never crash the worker: whatever they do ends in an outcome.

Shutdown: :meth:`ActivityWorker.initiate_shutdown` stops polling and sets
``activity.is_worker_shutdown()``; running activities then get the graceful
shutdown timeout to finish before they are cancelled, and :meth:`run`
returns once all are done.  Cancelling the task running :meth:`run` does the
same without the grace period.  An activity cancelled because of shutdown is
reported as a failure, so that the server retries it promptly elsewhere.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import anyio
import anyio.abc

from temporalio._activity._context import _SignalEvent
from temporalio._activity._definition import _ActivityDefinition
from temporalio._activity._execution import (
    ActivityAbandoned,
    ActivityCancelled,
    ActivityCompleted,
    ActivityCompletesAsync,
    ActivityExecution,
    ActivityFailed,
    ActivityOutcome,
    encode_failure,
    worker_shutdown_error,
)
from temporalio._activity._info import ActivityCancellationDetails, Info
from temporalio._common._priority import Priority
from temporalio._common._retry_policy import RetryPolicy
from temporalio.api.deployment.v1 import WorkerDeploymentOptions
from temporalio.api.enums.v1 import TaskQueueKind
from temporalio.api.taskqueue.v1 import TaskQueue, TaskQueueMetadata
from temporalio.api.workflowservice.v1 import (
    PollActivityTaskQueueRequest,
    PollActivityTaskQueueResponse,
    RespondActivityTaskCanceledRequest,
    RespondActivityTaskCompletedRequest,
    RespondActivityTaskFailedRequest,
)
from temporalio.exceptions import ApplicationError
from temporalio.service import RPCError, RPCStatusCode
from temporalio.worker._heartbeat import DEFAULT_THROTTLE, MAX_THROTTLE, ActivityHeartbeater
from temporalio.worker._poller import (
    PollFatalError,
    PollRateLimiter,
    SlotPermit,
    TaskPoller,
)

if TYPE_CHECKING:
    from temporalio.client import Client

__all__ = ["ActivityWorker", "NOT_FOUND_ERROR_TYPE"]

logger = logging.getLogger(__name__)

NOT_FOUND_ERROR_TYPE = "NotFoundError"
"""``ApplicationError.type`` of the failure for an activity type this worker lacks."""

LONG_POLL_TIMEOUT = timedelta(seconds=70)
"""Client deadline of a poll: the server's 60 s long-poll window plus a margin."""

RESPOND_TIMEOUT = timedelta(seconds=10)
"""Deadline of each attempt of a respond RPC."""

RESPOND_LIMIT = 30.0
"""Seconds a (shielded) respond may take in all, retries included."""

_SHUTDOWN = ActivityCancellationDetails(worker_shutdown=True)


def _timestamp(value: Any) -> datetime:
    result: datetime = value.ToDatetime(tzinfo=UTC)
    return result


def _duration(task: PollActivityTaskQueueResponse, field: str) -> timedelta | None:
    if not task.HasField(field):
        return None
    value: timedelta = getattr(task, field).ToTimedelta()
    return value or None


class ActivityWorker:
    """Polls one task queue for activity tasks and runs them.

    The :class:`temporalio.worker.Worker` builds one when given activities;
    it can also run on its own::

        worker = ActivityWorker(client=client, task_queue="q", activities=[greet])
        async with anyio.create_task_group() as tg:
            await tg.start(worker.run)
            ...
            worker.initiate_shutdown()

    ``_running`` maps task tokens to the executions in flight (only the
    handler of a task adds and removes its entry); ``_idle_changed`` is set
    whenever one finishes.
    """

    def __init__(
        self,
        *,
        client: Client,
        task_queue: str,
        activities: Sequence[Callable[..., Any]],
        activity_executor: concurrent.futures.Executor | None = None,
        max_concurrent_activities: int = 100,
        max_activities_per_second: float | None = None,
        max_task_queue_activities_per_second: float | None = None,
        graceful_shutdown_timeout: timedelta = timedelta(0),
        identity: str | None = None,
        interceptors: Sequence[Any] = (),
        poll_concurrency: int = 5,
        instance_key: str = "",
        default_heartbeat_throttle: timedelta = timedelta(seconds=DEFAULT_THROTTLE),
        max_heartbeat_throttle: timedelta = timedelta(seconds=MAX_THROTTLE),
    ) -> None:
        """Check the activities and configure the worker.

        Args:
            client: Client to poll and respond with; also ``activity.client()``.
            task_queue: Task queue to poll.
            activities: Callables decorated with ``@activity.defn`` (functions,
                or bound methods of instances).
            activity_executor: Runs ``def`` activities; required if there
                are any.  Thread pools are supported.
            max_concurrent_activities: Most activities running at once; the
                worker polls only when it has a free slot.
            max_activities_per_second: Most activities this worker starts per
                second, if set.
            max_task_queue_activities_per_second: Most activities the server hands
                out per second on this task queue, to all its workers together,
                if set (sent with every poll; the server enforces it).
            graceful_shutdown_timeout: After :meth:`initiate_shutdown`, how
                long running activities may still run before they are
                cancelled.
            identity: Identity recorded by the server; defaults to the
                client's.
            interceptors: Worker interceptors, outermost first; those with
                ``intercept_activity(next)`` wrap each activity's execution.
            poll_concurrency: Number of concurrent polls.
            instance_key: Sent on every poll as ``worker_instance_key``, so that
                ``ShutdownWorker`` can end this worker's polls.
            default_heartbeat_throttle: Interval between heartbeats sent for an
                activity without a heartbeat timeout.
            max_heartbeat_throttle: Longest interval between heartbeats sent (with a
                heartbeat timeout they go at 80 % of it, up to this).

        Raises:
            TypeError: An activity lacks ``@activity.defn`` (the message names it).
            ValueError: Duplicate names, more than one dynamic activity, a
                ``def`` activity without an executor, or a bad option.
        """
        if not task_queue:
            raise ValueError("task_queue must not be empty")
        for option, value in (
            ("default_heartbeat_throttle_interval", default_heartbeat_throttle),
            ("max_heartbeat_throttle_interval", max_heartbeat_throttle),
        ):
            if not isinstance(value, timedelta) or value <= timedelta(0):
                raise ValueError(f"{option} must be a positive timedelta, got {value!r}")
        self.deployment_options: WorkerDeploymentOptions | None = None
        """Sent with every poll (set by the worker when it has a deployment version)."""
        self._default_throttle = default_heartbeat_throttle.total_seconds()
        self._max_throttle = max_heartbeat_throttle.total_seconds()
        if max_concurrent_activities < 1:
            raise ValueError(
                f"max_concurrent_activities must be at least 1, got {max_concurrent_activities}"
            )
        if poll_concurrency < 1:
            raise ValueError(f"poll_concurrency must be at least 1, got {poll_concurrency}")
        if max_activities_per_second is not None and max_activities_per_second <= 0:
            raise ValueError(
                f"max_activities_per_second must be positive, got {max_activities_per_second}"
            )
        if (
            max_task_queue_activities_per_second is not None
            and not max_task_queue_activities_per_second > 0
        ):
            raise ValueError(
                "max_task_queue_activities_per_second must be positive, got "
                f"{max_task_queue_activities_per_second}"
            )
        if graceful_shutdown_timeout < timedelta(0):
            raise ValueError("graceful_shutdown_timeout must not be negative")
        if isinstance(activity_executor, concurrent.futures.ProcessPoolExecutor):
            raise ValueError(
                "activity_executor: process pools are not supported; use a ThreadPoolExecutor"
            )
        self._client = client
        self._task_queue = task_queue
        self._executor = activity_executor
        self._max_concurrent = max_concurrent_activities
        self._max_per_second = max_activities_per_second
        self._task_queue_metadata = None
        if max_task_queue_activities_per_second is not None:
            self._task_queue_metadata = TaskQueueMetadata()
            self._task_queue_metadata.max_tasks_per_second.value = (
                max_task_queue_activities_per_second
            )
        self._graceful_timeout = graceful_shutdown_timeout
        self._identity = identity or client.identity
        self._interceptors = tuple(interceptors)
        self._poll_concurrency = poll_concurrency
        self._activities: dict[str, _ActivityDefinition] = {}
        self._dynamic: _ActivityDefinition | None = None
        for fn in activities:
            self._register(fn)

        self._started = False
        self._shutdown_initiated = False
        self._force_cancelled = False
        self._shutdown_requested = anyio.Event()
        # Whether shutdown lets the polls in flight end by themselves (see
        # initiate_shutdown), and the scope that cancels the polls.
        self._drain_polls = False
        self._poll_scope: anyio.CancelScope | None = None  # made by run()
        self._polls_cancelled = False
        self._polls_done = anyio.Event()
        self._instance_key = instance_key
        self._worker_shutdown = _SignalEvent()
        self._running: dict[bytes, ActivityExecution] = {}
        self._idle_changed = anyio.Event()
        self._fatal: BaseException | None = None
        # Set while run() polls: eager tasks take slots and run in this task group.
        self._slots: anyio.Semaphore | None = None
        self._tasks: anyio.abc.TaskGroup | None = None
        self._eager_slots = 0  # reserved for eager tasks, or held by them

    def _register(self, fn: Callable[..., Any]) -> None:
        defn = _ActivityDefinition.from_callable(fn)
        if defn is None:
            name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", repr(fn))
            raise TypeError(f"Activity {name} is missing @activity.defn")
        if not defn.is_async and self._executor is None:
            shown = defn.name or defn.fn_name
            raise ValueError(
                f"sync activity {shown} needs activity_executor=ThreadPoolExecutor(...)"
            )
        if defn.name is None:
            if self._dynamic is not None:
                raise ValueError(
                    f"More than one dynamic activity: {self._dynamic.fn_name} and {defn.fn_name}"
                )
            self._dynamic = defn
            return
        existing = self._activities.get(defn.name)
        if existing is not None:
            raise ValueError(
                f"More than one activity named {defn.name!r}: {existing.fn_name} and {defn.fn_name}"
            )
        self._activities[defn.name] = defn

    # -- public API ----------------------------------------------------------------

    @property
    def task_queue(self) -> str:
        """The task queue this worker polls."""
        return self._task_queue

    @property
    def activity_names(self) -> list[str]:
        """Names of the registered activities (without the dynamic one), sorted."""
        return sorted(self._activities)

    @property
    def running_count(self) -> int:
        """Number of activities running now."""
        return len(self._running)

    def reserve_eager_slot(self) -> SlotPermit | None:
        """Take a free execution slot for an eagerly dispatched task, if there is one.

        Eager dispatch (the server handing a just-scheduled activity back with
        the workflow task's response) is offered only while the worker polls,
        is not shutting down, and has neither ``max_activities_per_second`` nor
        ``max_task_queue_activities_per_second`` (an eager task would bypass the
        limit).  Never waits.

        Returns:
            The slot (the caller passes it to :meth:`start_eager` or releases
            it), or None.
        """
        slots = self._slots
        if (
            slots is None
            or self._tasks is None
            or self._shutdown_initiated
            or self._max_per_second is not None
            or self._task_queue_metadata is not None
        ):
            return None
        try:
            slots.acquire_nowait()
        except anyio.WouldBlock:
            return None
        self._eager_slots += 1
        return SlotPermit(slots, self._eager_slot_released)

    def _eager_slot_released(self) -> None:
        self._eager_slots -= 1
        self._idle_changed.set()

    async def start_eager(self, task: PollActivityTaskQueueResponse, permit: SlotPermit) -> None:
        """Run an activity task the server dispatched eagerly, in a reserved slot.

        The task is already started on the server: it must run like a polled one.
        If the worker has stopped meanwhile (its response raced the end of the
        graceful shutdown), the attempt is failed at once with the retryable
        ``WorkerShutdown`` error, as for an activity cancelled by the shutdown, so
        that the server retries it now instead of after its start-to-close timeout.
        """
        if self._tasks is not None:
            self._tasks.start_soon(
                self._handle_task, task, permit, name=f"activity {task.activity_type.name}"
            )
            return
        permit.release()
        logger.info(
            "Handing back activity %s (id %s): it was dispatched eagerly after this worker stopped",
            task.activity_type.name,
            task.activity_id,
        )
        failure = await encode_failure(self._client.data_converter, worker_shutdown_error())
        await self._respond(task, ActivityFailed(failure), None)

    def initiate_shutdown(self, *, drain_polls: bool = False) -> None:
        """Stop polling and begin the graceful shutdown (event loop thread).

        Running activities see ``activity.is_worker_shutdown()``; after the
        graceful shutdown timeout they are cancelled.  :meth:`run` returns
        when all have finished.  Calling it again does nothing.

        Args:
            drain_polls: Let the polls in flight end by themselves (the server
                ends them after ``ShutdownWorker``) and run the tasks they bring,
                before the graceful period starts; :meth:`cancel_polls` still can
                cancel them.
        """
        if self._shutdown_initiated:
            return
        self._shutdown_initiated = True
        self._drain_polls = drain_polls
        self._worker_shutdown.set()
        self._shutdown_requested.set()

    def cancel_polls(self) -> None:
        """Cancel the polls in flight (a task they would have brought is retried by the server)."""
        self._polls_cancelled = True
        if self._poll_scope is not None:
            self._poll_scope.cancel()

    async def run(
        self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED
    ) -> None:
        """Poll and run activities until shut down.

        Args:
            task_status: Signalled once polling has begun (for
                ``task_group.start``).

        Raises:
            RuntimeError: Called a second time.
            PollFatalError: Polling failed for good (after running
                activities were given the graceful shutdown period).
        """
        if self._started:
            raise RuntimeError("ActivityWorker.run() may only be called once")
        self._started = True
        slots = anyio.Semaphore(self._max_concurrent)
        poller: TaskPoller[PollActivityTaskQueueResponse] = TaskPoller(
            what=f"activity task queue {self._task_queue!r}",
            poll=self._poll_once,
            slots=slots,
            concurrency=self._poll_concurrency,
            rate_limiter=(PollRateLimiter(self._max_per_second) if self._max_per_second else None),
        )
        async with anyio.create_task_group() as tg:
            try:
                poll_scope = self._poll_scope = anyio.CancelScope()
                if self._polls_cancelled:
                    poll_scope.cancel()
                if not self._shutdown_initiated:
                    tg.start_soon(self._poll, poller, poll_scope, tg)
                    self._slots, self._tasks = slots, tg
                else:
                    self._polls_done.set()
                task_status.started()
                await self._shutdown_requested.wait()
                self._slots = None  # no more eager tasks
                if self._drain_polls:
                    # The tasks the last polls bring run like any other.
                    poller.drain()
                    await self._polls_done.wait()
                poll_scope.cancel()
                with anyio.move_on_after(self._graceful_timeout.total_seconds()):
                    await self._wait_idle()
                if self._running:
                    logger.info(
                        "Cancelling %d activities still running after the graceful "
                        "shutdown timeout",
                        len(self._running),
                    )
                self._cancel_all()
            except anyio.get_cancelled_exc_class():
                # The task running the worker is cancelled: shut down at once.
                self._worker_shutdown.set()
                self._cancel_all()
                raise
            finally:
                self._slots = self._tasks = None
        if self._fatal is not None:
            raise self._fatal

    # -- polling ---------------------------------------------------------------------

    async def _poll(
        self,
        poller: TaskPoller[PollActivityTaskQueueResponse],
        scope: anyio.CancelScope,
        tg: anyio.abc.TaskGroup,
    ) -> None:
        def dispatch(task: PollActivityTaskQueueResponse, permit: SlotPermit | None) -> None:
            tg.start_soon(
                self._handle_task, task, permit, name=f"activity {task.activity_type.name}"
            )

        try:
            with scope:
                try:
                    await poller.run(dispatch)
                except PollFatalError as err:
                    logger.error("Activity worker stops: %s", err)
                    self._fatal = err
                    self.initiate_shutdown()
        finally:
            self._polls_done.set()

    async def _poll_once(self) -> PollActivityTaskQueueResponse | None:
        resp = await self._client.workflow_service.poll_activity_task_queue(
            PollActivityTaskQueueRequest(
                namespace=self._client.namespace,
                task_queue=TaskQueue(
                    name=self._task_queue, kind=TaskQueueKind.TASK_QUEUE_KIND_NORMAL
                ),
                identity=self._identity,
                worker_instance_key=self._instance_key,
                task_queue_metadata=self._task_queue_metadata,
                deployment_options=self.deployment_options,
            ),
            timeout=LONG_POLL_TIMEOUT,
        )
        # An empty task token is an empty long poll: no task.
        return resp if resp.task_token else None

    # -- shutdown --------------------------------------------------------------------

    def _cancel_all(self) -> None:
        self._force_cancelled = True
        for execution in list(self._running.values()):
            execution.cancel(_SHUTDOWN)

    async def _wait_idle(self) -> None:
        # A reserved eager slot may still bring a task (its response is on the way).
        while self._running or self._eager_slots:
            self._idle_changed = anyio.Event()
            await self._idle_changed.wait()

    # -- one task --------------------------------------------------------------------

    async def _handle_task(
        self, task: PollActivityTaskQueueResponse, permit: SlotPermit | None
    ) -> None:
        token = task.task_token
        try:
            definition = self._activities.get(task.activity_type.name) or self._dynamic
            if definition is None:
                await self._respond(task, await self._not_registered(task), None)
                return
            execution, heartbeater = self._prepare(task, definition)
            self._running[token] = execution
            if self._force_cancelled:
                execution.cancel(_SHUTDOWN)
            await self._execute(task, execution, heartbeater)
        except Exception:
            # Defensive: a bug here must not take the worker down.
            logger.exception("Activity task %s failed unexpectedly", task.activity_type.name)
        finally:
            self._running.pop(token, None)
            self._idle_changed.set()
            if permit is not None:
                permit.release()

    def _prepare(
        self, task: PollActivityTaskQueueResponse, definition: _ActivityDefinition
    ) -> tuple[ActivityExecution, ActivityHeartbeater]:
        info = self._info_for(task)
        heartbeater: ActivityHeartbeater | None = None

        def on_heartbeat(details: tuple[Any, ...]) -> None:
            if heartbeater is not None:
                heartbeater.record(details)

        execution = ActivityExecution(
            definition=definition,
            info=info,
            input=list(task.input.payloads),
            heartbeat_details=list(task.heartbeat_details.payloads),
            headers=dict(task.header.fields),
            data_converter=self._client.data_converter,
            client=self._client,
            executor=self._executor,
            interceptors=self._interceptors,
            on_heartbeat=on_heartbeat,
            worker_shutdown=self._worker_shutdown,
        )

        def on_cancel(details: ActivityCancellationDetails, report: BaseException | None) -> None:
            execution.cancel(details, report=report)

        heartbeater = ActivityHeartbeater(
            client=self._client,
            task_token=task.task_token,
            identity=self._identity,
            heartbeat_timeout=info.heartbeat_timeout,
            start_to_close_timeout=info.start_to_close_timeout,
            on_cancel=on_cancel,
            default_throttle=self._default_throttle,
            max_throttle=self._max_throttle,
        )
        return execution, heartbeater

    async def _execute(
        self,
        task: PollActivityTaskQueueResponse,
        execution: ActivityExecution,
        heartbeater: ActivityHeartbeater,
    ) -> None:
        outcome: ActivityOutcome | None = None
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(heartbeater.run)
                outcome = await execution.run()
                tg.cancel_scope.cancel()
        finally:
            # Report even when the worker's task is being cancelled.
            with anyio.CancelScope(shield=True):
                if outcome is None:
                    outcome = await execution.worker_cancelled_outcome()
                await self._respond(task, outcome, heartbeater)

    async def _not_registered(self, task: PollActivityTaskQueueResponse) -> ActivityOutcome:
        name = task.activity_type.name
        available = ", ".join(sorted(self._activities)) or "(none)"
        error = ApplicationError(
            f"Activity function {name} is not registered on this worker, "
            f"available activities: {available}",
            type=NOT_FOUND_ERROR_TYPE,
        )
        logger.warning("Failing activity task: %s", error.message)
        return ActivityFailed(await encode_failure(self._client.data_converter, error))

    def _info_for(self, task: PollActivityTaskQueueResponse) -> Info:
        retry_policy: RetryPolicy | None = None
        if task.HasField("retry_policy"):
            try:
                retry_policy = RetryPolicy.from_proto(task.retry_policy)
            except (TypeError, ValueError):
                retry_policy = None
        return Info(
            activity_id=task.activity_id,
            activity_type=task.activity_type.name,
            attempt=task.attempt,
            current_attempt_scheduled_time=_timestamp(task.current_attempt_scheduled_time),
            heartbeat_details=(),
            heartbeat_timeout=_duration(task, "heartbeat_timeout"),
            is_local=False,
            namespace=self._client.namespace,
            schedule_to_close_timeout=_duration(task, "schedule_to_close_timeout"),
            scheduled_time=_timestamp(task.scheduled_time),
            start_to_close_timeout=_duration(task, "start_to_close_timeout"),
            started_time=_timestamp(task.started_time),
            task_queue=self._task_queue,
            task_token=task.task_token,
            workflow_id=task.workflow_execution.workflow_id,
            workflow_namespace=task.workflow_namespace,
            workflow_run_id=task.workflow_execution.run_id,
            workflow_type=task.workflow_type.name,
            priority=Priority.from_proto(task.priority),
            retry_policy=retry_policy,
        )

    # -- responding ----------------------------------------------------------------

    async def _respond(
        self,
        task: PollActivityTaskQueueResponse,
        outcome: ActivityOutcome,
        heartbeater: ActivityHeartbeater | None,
    ) -> None:
        name = task.activity_type.name
        with anyio.move_on_after(RESPOND_LIMIT) as limit:
            try:
                await self._send_outcome(task, outcome, heartbeater)
            except RPCError as err:
                if err.status is RPCStatusCode.NOT_FOUND:
                    logger.warning(
                        "Dropped the outcome of activity %s (id %s): the server no longer "
                        "knows this attempt (%s)",
                        name,
                        task.activity_id,
                        err,
                    )
                else:
                    logger.error(
                        "Could not report the outcome of activity %s (id %s): %s",
                        name,
                        task.activity_id,
                        err,
                    )
            except Exception:
                logger.exception(
                    "Could not report the outcome of activity %s (id %s)", name, task.activity_id
                )
        if limit.cancelled_caught:
            logger.error(
                "Reporting the outcome of activity %s (id %s) took over %.0fs; gave up",
                name,
                task.activity_id,
                RESPOND_LIMIT,
            )

    async def _send_outcome(
        self,
        task: PollActivityTaskQueueResponse,
        outcome: ActivityOutcome,
        heartbeater: ActivityHeartbeater | None,
    ) -> None:
        service = self._client.workflow_service
        namespace = self._client.namespace
        if isinstance(outcome, ActivityCompleted):
            await service.respond_activity_task_completed(
                RespondActivityTaskCompletedRequest(
                    namespace=namespace,
                    task_token=task.task_token,
                    result=outcome.result,
                    identity=self._identity,
                ),
                retry=True,
                timeout=RESPOND_TIMEOUT,
            )
        elif isinstance(outcome, ActivityFailed):
            # Carries the latest heartbeat details (sent or throttled) so that
            # the next attempt resumes from them.
            details = (
                await heartbeater.latest_details(self._client.data_converter.encode_wrapper)
                if heartbeater is not None
                else None
            )
            await service.respond_activity_task_failed(
                RespondActivityTaskFailedRequest(
                    namespace=namespace,
                    task_token=task.task_token,
                    failure=outcome.failure,
                    identity=self._identity,
                    last_heartbeat_details=details,
                ),
                retry=True,
                timeout=RESPOND_TIMEOUT,
            )
        elif isinstance(outcome, ActivityCancelled):
            if heartbeater is not None:
                await heartbeater.flush()
            info = outcome.failure.canceled_failure_info
            await service.respond_activity_task_canceled(
                RespondActivityTaskCanceledRequest(
                    namespace=namespace,
                    task_token=task.task_token,
                    details=info.details if info.HasField("details") else None,
                    identity=self._identity,
                ),
                retry=True,
                timeout=RESPOND_TIMEOUT,
            )
        elif isinstance(outcome, ActivityCompletesAsync):
            logger.debug("Activity %s will be completed asynchronously", task.activity_type.name)
        elif isinstance(outcome, ActivityAbandoned):
            logger.warning(
                "Not reporting the outcome of activity %s (id %s): %s",
                task.activity_type.name,
                task.activity_id,
                outcome.reason,
            )
