"""``Worker``: polls one task queue and runs its workflows and activities."""

from __future__ import annotations

import concurrent.futures
import uuid
from collections.abc import Callable, Sequence
from datetime import timedelta
from types import TracebackType
from typing import Any

import anyio
import anyio.abc

from temporalio.client import Client
from temporalio.worker._activity_worker import ActivityWorker
from temporalio.worker._deployment import WorkerDeploymentConfig
from temporalio.worker._interceptor import Interceptor
from temporalio.worker._local_activity_runner import LocalActivityRunner
from temporalio.worker._shutdown import (
    POLL_DRAIN_LIMIT,
    send_shutdown_worker,
    server_completes_polls_on_shutdown,
)
from temporalio.worker._workflow_runner import DefaultWorkflowRunner, WorkflowRunner
from temporalio.worker._workflow_worker import WorkflowWorker


class Worker:
    """Runs workflows and activities from one task queue, under asyncio or trio.

    ``await worker.run()`` runs until cancelled or :meth:`shutdown`; ``await
    task_group.start(worker.run)`` (trio's ``nursery.start``) returns once the
    worker polls. ``async with Worker(...):`` runs it in the background of the
    block and shuts it down gracefully when the block exits.
    """

    def __init__(
        self,
        client: Client,
        *,
        task_queue: str,
        workflows: Sequence[type] = (),
        activities: Sequence[Callable[..., Any]] = (),
        activity_executor: concurrent.futures.Executor | None = None,
        workflow_runner: WorkflowRunner | None = None,
        interceptors: Sequence[Any] = (),
        identity: str | None = None,
        max_cached_workflows: int = 1000,
        max_concurrent_workflow_tasks: int = 100,
        max_concurrent_activities: int = 100,
        max_concurrent_workflow_task_polls: int = 5,
        nonsticky_to_sticky_poll_ratio: float = 0.2,
        max_concurrent_activity_task_polls: int = 5,
        max_activities_per_second: float | None = None,
        max_task_queue_activities_per_second: float | None = None,
        graceful_shutdown_timeout: timedelta = timedelta(0),
        deadlock_timeout: timedelta | None = timedelta(seconds=2),
        debug_mode: bool = False,
        sticky_queue_schedule_to_start_timeout: timedelta = timedelta(seconds=10),
        workflow_failure_exception_types: Sequence[type[BaseException]] = (),
        disable_eager_activity_execution: bool = False,
        max_concurrent_local_activities: int = 100,
        no_remote_activities: bool = False,
        max_eager_activity_reservations_per_workflow_task: int = 3,
        default_heartbeat_throttle_interval: timedelta = timedelta(seconds=30),
        max_heartbeat_throttle_interval: timedelta = timedelta(seconds=60),
        deployment_config: WorkerDeploymentConfig | None = None,
    ) -> None:
        """Create a worker; everything is validated here, nothing runs until :meth:`run`.

        Args:
            client: Client to poll with (its data converter and namespace are used).
            task_queue: Task queue to poll.
            workflows: ``@workflow.defn`` classes.
            activities: ``@activity.defn`` functions or bound methods.
            activity_executor: Executor for ``def`` (non-async) activities.
            workflow_runner: Creates workflow instances (default: our deterministic loop).
            interceptors: Worker interceptors (:class:`Interceptor`), outermost first.
                The client's interceptors that are also worker interceptors come
                before them.
            identity: Identity recorded by the server (default: the client's).
            max_cached_workflows: Runs kept in memory between tasks (0 = replay every task).
            max_concurrent_workflow_tasks: Workflow tasks processed at once (at least
                2 with a sticky cache; the normal and sticky queues share them).
            max_concurrent_activities: Activities running at once.
            max_concurrent_workflow_task_polls: Concurrent workflow task polls (at
                least 2 with a sticky cache).
            nonsticky_to_sticky_poll_ratio: Share of workflow polls on the normal queue.
            max_concurrent_activity_task_polls: Concurrent activity task polls.
            max_activities_per_second: Limit on activities this worker starts per
                second.
            max_task_queue_activities_per_second: Limit on activities the server hands
                out per second on this task queue, to all of its workers together
                (enforced by the server; the last poller's value wins).
            graceful_shutdown_timeout: How long running activities may finish after
                shutdown starts before they are cancelled.
            deadlock_timeout: How long an activation may run before it is reported as
                a deadlock (None: never).
            debug_mode: Run activations inline on the event loop thread, without the
                deadlock timer (for debuggers).
            sticky_queue_schedule_to_start_timeout: How long the server waits for this
                worker to pick up a task on its sticky queue before sending it to any.
            workflow_failure_exception_types: Exception types that fail the workflow
                (instead of the workflow task) in every workflow of this worker; use
                ``[Exception]`` to fail workflows on any error.
            disable_eager_activity_execution: Never ask the server to hand an
                activity of this task queue straight back with the workflow task's
                response (eager dispatch, on by default when this worker runs both
                workflows and activities and neither ``max_activities_per_second``
                nor ``max_task_queue_activities_per_second`` is set);
                such activities then always go through the task queue.
            max_concurrent_local_activities: Local activities running at once (a
                workflow's local activity waits for a free slot).
            no_remote_activities: Do not poll for activity tasks: the activities
                given run only as local activities of this worker's workflows (other
                workers run the task queue's activities).
            max_eager_activity_reservations_per_workflow_task: Most activities of one
                workflow task completion that may be dispatched eagerly (0: none).
            default_heartbeat_throttle_interval: Interval between heartbeats sent to
                the server for an activity without a heartbeat timeout (more are
                coalesced).
            max_heartbeat_throttle_interval: Longest interval between heartbeats sent
                (with a heartbeat timeout they go at 80 % of it, up to this).
            deployment_config: The worker deployment version this worker runs, sent
                with its polls and completions; with ``use_worker_versioning`` the
                server routes tasks by version (see :class:`WorkerDeploymentConfig`).

        Raises:
            ValueError: No workflows and no activities, or bad limits.
            WorkflowDefinitionError: A workflow class breaks a definition rule.
            TypeError: An activity lacks ``@activity.defn``, or a sync activity has no
                ``activity_executor``.
        """
        if not task_queue:
            raise ValueError("task_queue must not be empty")
        if not workflows and not activities:
            raise ValueError("a worker needs at least one workflow or activity")
        if max_concurrent_workflow_tasks < 1:
            raise ValueError("max_concurrent_workflow_tasks must be at least 1")
        if max_cached_workflows < 0:
            raise ValueError("max_cached_workflows must not be negative")
        if max_concurrent_local_activities < 1:
            raise ValueError("max_concurrent_local_activities must be at least 1")
        if max_eager_activity_reservations_per_workflow_task < 0:
            raise ValueError(
                "max_eager_activity_reservations_per_workflow_task must not be negative"
            )
        if no_remote_activities and not workflows:
            raise ValueError(
                "no_remote_activities=True with no workflows leaves this worker nothing to "
                "run: its activities would only run as local activities of its workflows"
            )
        if not 0 < nonsticky_to_sticky_poll_ratio <= 1:
            raise ValueError("nonsticky_to_sticky_poll_ratio must be in (0, 1]")
        if workflows and max_cached_workflows > 0:
            # The sticky queue needs a poll and a slot of its own beside the normal
            # queue's (as in the official SDK).
            for option, value in (
                ("max_concurrent_workflow_tasks", max_concurrent_workflow_tasks),
                ("max_concurrent_workflow_task_polls", max_concurrent_workflow_task_polls),
            ):
                if value < 2:
                    raise ValueError(
                        f"{option} must be at least 2 when max_cached_workflows is nonzero "
                        f"(got {value}): the normal and the sticky task queue each need "
                        "their own poll; raise it, or set max_cached_workflows=0 to work "
                        "without a sticky cache"
                    )
        # As in the official SDK: client interceptors that are worker interceptors too
        # apply to the worker, outside the worker's own.
        interceptors = [
            *(i for i in client.interceptors if isinstance(i, Interceptor)),
            *interceptors,
        ]
        self._client = client
        self._task_queue = task_queue
        self._identity = identity or client.identity
        # Sent on every poll and on ShutdownWorker (see _shutdown.py).
        self._instance_key = str(uuid.uuid4())
        self._workflow_worker: WorkflowWorker | None = None
        self._activity_worker: ActivityWorker | None = None
        if workflows:
            self._workflow_worker = WorkflowWorker(
                client=client,
                task_queue=task_queue,
                workflows=workflows,
                workflow_runner=workflow_runner or DefaultWorkflowRunner(),
                max_cached_workflows=max_cached_workflows,
                max_concurrent_workflow_tasks=max_concurrent_workflow_tasks,
                max_concurrent_workflow_task_polls=max_concurrent_workflow_task_polls,
                nonsticky_to_sticky_poll_ratio=nonsticky_to_sticky_poll_ratio,
                sticky_queue_schedule_to_start_timeout=sticky_queue_schedule_to_start_timeout,
                deadlock_timeout=deadlock_timeout,
                debug_mode=debug_mode,
                identity=self._identity,
                failure_exception_types=workflow_failure_exception_types,
                interceptors=interceptors,
                # Local activities run in this process with the worker's activities.
                local_activities=LocalActivityRunner(
                    client=client,
                    activities=activities,
                    activity_executor=activity_executor,
                    interceptors=interceptors,
                    max_concurrent=max_concurrent_local_activities,
                    graceful_shutdown_timeout=graceful_shutdown_timeout,
                ),
                instance_key=self._instance_key,
            )
        if activities and not no_remote_activities:
            self._activity_worker = ActivityWorker(
                client=client,
                task_queue=task_queue,
                activities=activities,
                activity_executor=activity_executor,
                max_concurrent_activities=max_concurrent_activities,
                max_activities_per_second=max_activities_per_second,
                max_task_queue_activities_per_second=max_task_queue_activities_per_second,
                graceful_shutdown_timeout=graceful_shutdown_timeout,
                identity=self._identity,
                interceptors=interceptors,
                poll_concurrency=max_concurrent_activity_task_polls,
                instance_key=self._instance_key,
                default_heartbeat_throttle=default_heartbeat_throttle_interval,
                max_heartbeat_throttle=max_heartbeat_throttle_interval,
            )
            if self._workflow_worker is not None and not disable_eager_activity_execution:
                self._workflow_worker.eager_activities = self._activity_worker
                self._workflow_worker.max_eager_per_task = (
                    max_eager_activity_reservations_per_workflow_task
                )
        if deployment_config is not None:
            if not isinstance(deployment_config, WorkerDeploymentConfig):
                raise TypeError(
                    "deployment_config must be a temporalio.worker.WorkerDeploymentConfig, "
                    f"got {deployment_config!r}"
                )
            if self._workflow_worker is not None:
                self._workflow_worker.use_deployment(deployment_config)
            if self._activity_worker is not None:
                self._activity_worker.deployment_options = deployment_config.options
        self._running = False
        self._done = anyio.Event()
        self._tg: anyio.abc.TaskGroup | None = None
        # Whether the server ends our polls after ShutdownWorker (read at start).
        self._server_ends_polls = False
        self._shutdown_initiated = False
        self._drain_requested = anyio.Event()

    @property
    def task_queue(self) -> str:
        """The task queue this worker polls."""
        return self._task_queue

    @property
    def client(self) -> Client:
        """The worker's client."""
        return self._client

    @property
    def is_running(self) -> bool:
        """Whether :meth:`run` is in progress."""
        return self._running

    async def run(
        self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED
    ) -> None:
        """Poll and process tasks until :meth:`shutdown` or cancellation.

        Cancelling the task running this shuts the worker down (running activities
        are cancelled at once). Passes ``task_status.started()`` once polling began.

        Raises:
            RuntimeError: The worker is already running.
        """
        if self._running:
            raise RuntimeError("worker is already running")
        self._running = True
        try:
            self._server_ends_polls = await server_completes_polls_on_shutdown(self._client)
            async with anyio.create_task_group() as tg:
                tg.start_soon(self._end_polls_when_asked)
                try:
                    async with anyio.create_task_group() as workers:
                        if self._workflow_worker is not None:
                            await workers.start(self._workflow_worker.run)
                        if self._activity_worker is not None:
                            await workers.start(self._activity_worker.run)
                        task_status.started()
                finally:
                    tg.cancel_scope.cancel()  # the workers are done
        finally:
            self._running = False
            self._done.set()

    def initiate_shutdown(self) -> None:
        """Stop polling; running tasks finish (activities within the graceful timeout).

        When the server supports it, the polls in flight are ended by the server
        (``ShutdownWorker``) rather than cancelled, and the tasks they bring still
        run, so that no task is caught between the server and a cancelled poll.
        """
        if self._shutdown_initiated:
            return
        self._shutdown_initiated = True
        drain = self._running and self._server_ends_polls
        if self._workflow_worker is not None:
            self._workflow_worker.initiate_shutdown(drain_polls=drain)
        if self._activity_worker is not None:
            self._activity_worker.initiate_shutdown(drain_polls=drain)
        if drain:
            self._drain_requested.set()

    async def _end_polls_when_asked(self) -> None:
        await self._drain_requested.wait()
        workflows = self._workflow_worker
        if workflows is not None:
            # Ours covers the sticky queue: the workflow worker must not send its own
            # when its polls end (which they may do before this call returns).
            workflows.shutdown_worker_sent = True
        # Finish the call even if the polls it ends let the workers stop first
        # (which cancels this task); it gives up after a few seconds.
        with anyio.CancelScope(shield=True):
            sent = await send_shutdown_worker(
                self._client,
                task_queue=self._task_queue,
                identity=self._identity,
                instance_key=self._instance_key,
                sticky_queue=workflows.sticky_queue if workflows is not None else "",
                workflows=workflows is not None,
                activities=self._activity_worker is not None,
            )
        if sent:
            # The server answers the polls at once; do not wait for ever if not.
            await anyio.sleep(POLL_DRAIN_LIMIT)
        if workflows is not None:
            workflows.cancel_polls()
        if self._activity_worker is not None:
            self._activity_worker.cancel_polls()

    async def shutdown(self) -> None:
        """Shut down gracefully and wait until :meth:`run` has returned."""
        self.initiate_shutdown()
        if self._running:
            await self._done.wait()

    async def __aenter__(self) -> Worker:
        tg = anyio.create_task_group()
        await tg.__aenter__()
        try:
            await tg.start(self.run)
        except BaseException as err:
            await tg.__aexit__(type(err), err, err.__traceback__)
            raise
        self._tg = tg
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        tg, self._tg = self._tg, None
        assert tg is not None
        self.initiate_shutdown()
        if exc is not None:
            # The block failed: stop at once and let its exception through as is
            # (not wrapped in an exception group by the worker's task group).
            tg.cancel_scope.cancel()
        await tg.__aexit__(None, None, None)
        return None
