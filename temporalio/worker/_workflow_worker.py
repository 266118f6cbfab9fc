"""The workflow side of a worker: polling, the sticky cache, activations, responses.

Data flow of one workflow task (ARCHITECTURE.md): poll (normal or sticky
queue) -> find or create the run in the cache (fetch the full history on a
cache miss) -> the machines turn events into activations -> the instance runs
each activation (in a thread, with the deadlock timer) -> the machines turn its
commands into the response -> RespondWorkflowTaskCompleted / Failed, or
RespondQueryTaskCompleted for a legacy query.

Invariants:

* At most one task of a run is processed at a time (``CachedRun.lock``).
* A run that failed its task, finished, or hit an RPC error is evicted: its
  instance is torn down by an eviction activation and it leaves the cache.
* Poll loops only poll while a slot of ``max_concurrent_workflow_tasks`` is free.
* Local activities a run starts are executed while its task is processed (the
  run's lock is held): the task is completed once they resolve, with workflow
  task heartbeats at 80 % of the task timeout meanwhile (PROTOCOL.md 4.4). None
  of them outlives the processing, except abandoned ones, whose results are
  dropped.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from datetime import timedelta

import anyio
import anyio.abc
from google.protobuf.duration_pb2 import Duration

import temporalio
from temporalio._transport._connection import is_message_too_large
from temporalio.api.enums.v1 import (
    QueryResultType,
    TaskQueueKind,
    WorkflowTaskFailedCause,
)
from temporalio.api.failure.v1 import ApplicationFailureInfo, Failure
from temporalio.api.taskqueue.v1 import StickyExecutionAttributes, TaskQueue
from temporalio.api.workflowservice.v1 import (
    PollWorkflowTaskQueueRequest,
    PollWorkflowTaskQueueResponse,
    RespondQueryTaskCompletedRequest,
    RespondWorkflowTaskCompletedRequest,
    RespondWorkflowTaskFailedRequest,
    ShutdownWorkerRequest,
)
from temporalio.client import Client
from temporalio.client._eager_start import EagerSlot
from temporalio.service import RPCError, RPCStatusCode
from temporalio.worker import _machines as m
from temporalio.worker._codec_walk import decode_activation, encode_completion
from temporalio.worker._deployment import WorkerDeploymentConfig, check_behaviors, stamp_completion
from temporalio.worker._eager_activities import (
    MAX_EAGER_PER_TASK,
    EagerActivities,
    reserve_eager,
)
from temporalio.worker._history_fetch import HistoryFetchError, task_events
from temporalio.worker._interceptor import workflow_interceptor_classes
from temporalio.worker._local_activity_runner import LocalActivityRunner, RunLocalActivities
from temporalio.worker._poll_balance import PollBalancer
from temporalio.worker._poller import SlotPermit, TaskPoller
from temporalio.worker._registration import workflow_definitions
from temporalio.worker._run_cache import CachedRun, RunCache
from temporalio.worker._workflow_instance import InstanceConfig
from temporalio.worker._workflow_runner import (
    ActivationExecutor,
    DeadlockError,
    WorkflowRunner,
    task_failure,
)

logger = logging.getLogger(__name__)

SDK_NAME = "temporalio-anyio"
_POLL_TIMEOUT = timedelta(seconds=70)
_DEFAULT_TASK_TIMEOUT = timedelta(seconds=10)


class WorkflowWorker:
    """Polls one task queue for workflow tasks and runs them."""

    def __init__(
        self,
        *,
        client: Client,
        task_queue: str,
        workflows: Sequence[type],
        workflow_runner: WorkflowRunner,
        max_cached_workflows: int,
        max_concurrent_workflow_tasks: int,
        max_concurrent_workflow_task_polls: int,
        nonsticky_to_sticky_poll_ratio: float,
        sticky_queue_schedule_to_start_timeout: timedelta,
        deadlock_timeout: timedelta | None,
        debug_mode: bool,
        identity: str,
        local_activities: LocalActivityRunner | None = None,
        failure_exception_types: Sequence[type[BaseException]] = (),
        interceptors: Sequence[object] = (),
        instance_key: str = "",
    ) -> None:
        """Validate the definitions; nothing runs until :meth:`run`.

        ``instance_key`` identifies this worker on its polls (``worker_instance_key``),
        so that ``ShutdownWorker`` can end them.

        ``local_activities`` runs the local activities workflows schedule (by default a
        runner with no activities: scheduling one fails the workflow task).
        ``interceptors`` are the worker interceptors, outermost first.
        """
        self._client = client
        self._task_queue = task_queue
        self._defns, self._dynamic = workflow_definitions(workflows)
        self._runner = workflow_runner
        self._failure_exception_types = tuple(failure_exception_types)
        self._interceptor_classes = workflow_interceptor_classes(interceptors)
        self._cache = RunCache(max_cached_workflows)
        self._max_tasks = max_concurrent_workflow_tasks
        self._polls = max(1, max_concurrent_workflow_task_polls)
        self._ratio = nonsticky_to_sticky_poll_ratio
        self._sticky_timeout = sticky_queue_schedule_to_start_timeout
        self._identity = identity
        self._sticky_queue = f"{identity}-{uuid.uuid4().hex}" if max_cached_workflows > 0 else ""
        self._executor = ActivationExecutor(
            max_workers=max_concurrent_workflow_tasks,
            deadlock_timeout=deadlock_timeout,
            debug_mode=debug_mode,
        )
        dc = client.data_converter
        self._codec = dc.payload_codec
        self._instance_config: dict[str, InstanceConfig] = {}
        self._payload_converter = dc.payload_converter
        self._failure_converter = dc.failure_converter
        self._poll_scope: anyio.CancelScope | None = None
        self._pollers: list[TaskPoller[PollWorkflowTaskQueueResponse]] = []
        self._instance_key = instance_key
        self.shutdown_worker_sent = False
        """Set by the worker when it sends ``ShutdownWorker`` itself (sticky queue included)."""
        self._sdk_metadata = True
        self._stopping = False
        # Set while polling: eagerly started workflows' first tasks run here too.
        self._handlers: anyio.abc.TaskGroup | None = None
        self._slots: anyio.Semaphore | None = None
        self._eager_reserved = 0
        self._eager_released = anyio.Event()
        self.eager_activities: EagerActivities | None = None
        self.max_eager_per_task = MAX_EAGER_PER_TASK
        """Set by the Worker when it runs activities of this task queue too."""
        self._deployment: WorkerDeploymentConfig | None = None
        self._local_activities = local_activities or LocalActivityRunner(
            client=client, activities=(), activity_executor=None
        )

    def use_deployment(self, config: WorkerDeploymentConfig) -> None:
        """Report ``config``'s version on polls and completions (checked first)."""
        check_behaviors(config, [*self._defns.values(), *filter(None, [self._dynamic])])
        self._deployment = config

    @property
    def sticky_queue(self) -> str:
        """Name of this worker's sticky queue ("" when caching is off)."""
        return self._sticky_queue

    @property
    def cached_runs(self) -> int:
        """Runs in the sticky cache."""
        return len(self._cache)

    # -- lifecycle -----------------------------------------------------------------

    async def run(
        self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED
    ) -> None:
        """Poll and process workflow tasks until :meth:`initiate_shutdown` (or cancelled)."""
        try:
            caps = await self._client.service_client.get_system_info()
            self._sdk_metadata = bool(caps.capabilities.sdk_metadata)
        except RPCError:
            self._sdk_metadata = True
        slots = anyio.Semaphore(self._max_tasks)
        try:
            async with anyio.create_task_group() as local_activities:
                self._local_activities.bind(local_activities)
                try:
                    await self._poll_and_handle(slots, task_status)
                finally:
                    # Every task handler is done: nothing awaits a local activity now.
                    local_activities.cancel_scope.cancel()
        finally:
            with anyio.CancelScope(shield=True):
                await self._finish()

    async def _poll_and_handle(
        self, slots: anyio.Semaphore, task_status: anyio.abc.TaskStatus[None]
    ) -> None:
        eager = self._client._eager_workflows
        async with anyio.create_task_group() as handlers:

            def dispatch(task: PollWorkflowTaskQueueResponse, permit: SlotPermit | None) -> None:
                handlers.start_soon(self._handle_polled, task, permit)

            try:
                async with anyio.create_task_group() as pollers:
                    self._poll_scope = pollers.cancel_scope
                    if self._stopping:
                        pollers.cancel_scope.cancel()
                    sticky = 0
                    if self._sticky_queue:
                        normal = max(1, round(self._polls * self._ratio))
                        sticky = max(1, self._polls - normal)
                    else:
                        normal = self._polls
                    # Normal and sticky polls share the slots (see PollBalancer).
                    balancer = PollBalancer(self._max_tasks) if sticky else None
                    self._pollers = [self._poller(False, slots, normal, balancer)]
                    if sticky:
                        self._pollers.append(self._poller(True, slots, sticky, balancer))
                    for poller in self._pollers:
                        pollers.start_soon(poller.run, dispatch)
                    self._handlers, self._slots = handlers, slots
                    if not self._stopping:
                        eager.register(self._task_queue, self)
                    task_status.started()
                # A start in flight with a slot reserved here may still bring a task.
                eager.unregister(self._task_queue, self)
                while self._eager_reserved:
                    self._eager_released = anyio.Event()
                    await self._eager_released.wait()
            finally:
                eager.unregister(self._task_queue, self)
                self._handlers = self._slots = None

    def reserve_eager_workflow_slot(self) -> SlotPermit | None:
        """A free workflow task slot for an eagerly started workflow, or None (never
        waits; None while not polling or shutting down)."""
        slots = self._slots
        if slots is None or self._handlers is None or self._stopping:
            return None
        try:
            slots.acquire_nowait()
        except anyio.WouldBlock:
            return None
        self._eager_reserved += 1
        return SlotPermit(slots, self._eager_slot_released)

    def _eager_slot_released(self) -> None:
        self._eager_reserved -= 1
        self._eager_released.set()

    def start_eager_workflow_task(
        self, task: PollWorkflowTaskQueueResponse, slot: EagerSlot
    ) -> bool:
        """Process the first task of an eagerly started workflow in its reserved slot."""
        handlers = self._handlers
        if handlers is None or not isinstance(slot, SlotPermit):
            slot.release()
            return False
        handlers.start_soon(self._handle_polled, task, slot)
        return True

    def initiate_shutdown(self, *, drain_polls: bool = False) -> None:
        """Stop polling; tasks in progress finish, then :meth:`run` returns.

        Args:
            drain_polls: Let the polls in flight end by themselves (the server
                ends them after ``ShutdownWorker``) and handle what they bring,
                instead of cancelling them; :meth:`cancel_polls` still can.
        """
        self._stopping = True
        self._client._eager_workflows.unregister(self._task_queue, self)
        if drain_polls:
            for poller in self._pollers:
                poller.drain()
        else:
            self.cancel_polls()
        self._local_activities.initiate_shutdown()

    def cancel_polls(self) -> None:
        """Cancel the polls in flight (a task they would have brought is retried by the server)."""
        self._stopping = True
        if self._poll_scope is not None:
            self._poll_scope.cancel()

    async def _finish(self) -> None:
        for run in self._cache:
            await self._evict(run, "worker shutting down", m.EvictionReason.UNSPECIFIED)
        if self._sticky_queue and not self.shutdown_worker_sent:
            try:
                with anyio.fail_after(5):
                    await self._client.workflow_service.shutdown_worker(
                        ShutdownWorkerRequest(
                            namespace=self._client.namespace,
                            sticky_task_queue=self._sticky_queue,
                            identity=self._identity,
                            reason="graceful shutdown",
                        )
                    )
            except (RPCError, TimeoutError) as err:
                logger.debug("ShutdownWorker failed: %s", err)
        self._executor.shutdown()

    def _poller(
        self,
        sticky: bool,
        slots: anyio.Semaphore,
        concurrency: int,
        balancer: PollBalancer | None = None,
    ) -> TaskPoller[PollWorkflowTaskQueueResponse]:
        if sticky:
            queue = TaskQueue(
                name=self._sticky_queue,
                kind=TaskQueueKind.TASK_QUEUE_KIND_STICKY,
                normal_name=self._task_queue,
            )
            what = f"sticky workflow task queue of {self._task_queue!r}"
        else:
            queue = TaskQueue(name=self._task_queue, kind=TaskQueueKind.TASK_QUEUE_KIND_NORMAL)
            what = f"workflow task queue {self._task_queue!r}"
        req = PollWorkflowTaskQueueRequest(
            namespace=self._client.namespace,
            task_queue=queue,
            identity=self._identity,
            worker_instance_key=self._instance_key,
        )
        if self._deployment is not None:
            req.deployment_options.CopyFrom(self._deployment.options)
        service = self._client.workflow_service

        async def poll() -> PollWorkflowTaskQueueResponse | None:
            resp = await service.poll_workflow_task_queue(req, timeout=_POLL_TIMEOUT)
            return resp if resp.task_token else None

        return TaskPoller(
            what=what,
            poll=poll,
            slots=slots,
            concurrency=concurrency,
            balance=None if balancer is None else (balancer, "sticky" if sticky else "normal"),
        )

    # -- one task --------------------------------------------------------------------

    async def _handle_polled(
        self, task: PollWorkflowTaskQueueResponse, permit: SlotPermit | None
    ) -> None:
        try:
            await self._handle(task)
        except Exception:
            logger.exception(
                "Failed handling workflow task of %s (run %s)",
                task.workflow_execution.workflow_id,
                task.workflow_execution.run_id,
            )
        finally:
            if permit is not None:
                permit.release()

    async def _handle(self, task: PollWorkflowTaskQueueResponse) -> None:
        run_id = task.workflow_execution.run_id
        while True:
            cached = self._cache.get(run_id)
            if cached is None:
                cached = CachedRun(
                    run_id=run_id,
                    machines=m.WorkflowRun(
                        namespace=self._client.namespace,
                        workflow_id=task.workflow_execution.workflow_id,
                        run_id=run_id,
                        workflow_type=task.workflow_type.name,
                        task_queue=self._task_queue,
                        sdk_name=SDK_NAME,
                        sdk_version=temporalio.__version__,
                        sdk_metadata_enabled=self._sdk_metadata,
                    ),
                )
                self._cache.put(cached)
            cached.busy += 1
            las = RunLocalActivities(self._local_activities)
            try:
                async with cached.lock:
                    if cached.unusable is not None:
                        continue  # evicted while we waited: start over with a fresh run
                    next_task: PollWorkflowTaskQueueResponse | None = task
                    while next_task is not None:
                        next_task = await self._process(cached, next_task, las)
                    await self._settle_local_activities(cached, las)
                    if self._cache.max_size == 0 and cached.unusable is None:
                        await self._evict(cached, "caching disabled", m.EvictionReason.UNSPECIFIED)
            finally:
                # Only when processing was cancelled or failed are local activities
                # left here (settling releases them): nothing can take their results.
                las.release(cancel=True)
                cached.busy -= 1
                cached.drop_lock_if_idle()
                for idle in self._cache.over_capacity():
                    await self._evict(idle, "cache full", m.EvictionReason.CACHE_FULL)
            return

    async def _process(
        self, cached: CachedRun, task: PollWorkflowTaskQueueResponse, las: RunLocalActivities
    ) -> PollWorkflowTaskQueueResponse | None:
        """Process one task; returns the next task when the server handed one back inline."""
        machines = cached.machines
        # The workflow task heartbeat deadline runs from here (PROTOCOL.md 4.4).
        received = anyio.current_time()
        is_query = task.HasField("query")
        try:
            events = await task_events(
                self._client, task, have_run=machines.last_processed_event_id > 0
            )
        except (RPCError, HistoryFetchError) as err:
            logger.warning("Cannot get the history of run %s: %s", cached.run_id, err)
            if not is_query:
                await self._respond_failed_raw(task.task_token, f"history fetch failed: {err}")
            await self._evict(cached, str(err), m.EvictionReason.PAGINATION_OR_HISTORY_FETCH)
            return None
        step: m.RunStep | None = machines.new_task(m.WorkflowTask.from_poll_response(task, events))
        while True:
            if step is not None and not isinstance(step, m.FailWorkflowTask):
                problem = self._dispatch_local_activities(machines, las)
                if problem is not None:
                    if task.attempt <= 1:
                        await self._respond_failed_raw(task.task_token, problem, "NotFoundError")
                    await self._evict(cached, problem, m.EvictionReason.LANG_FAIL)
                    return None
            if step is None:
                # A local activity was given up on (worker shutting down), or the run
                # lost track of its local activities: another worker takes the task over
                # once it times out.
                await self._evict(
                    cached, las.lost or "local activities lost", m.EvictionReason.FATAL
                )
                return None
            if isinstance(step, m.Activation):
                step = machines.complete_activation(await self._activate(cached, step))
            elif isinstance(step, m.CompleteWorkflowTask):
                return await self._respond_completed(cached, step)
            elif isinstance(step, m.FailWorkflowTask):
                if step.report:
                    await self._respond_failed(step)
                else:
                    logger.debug("Not reporting failure of a retried task: %s", step.message)
                await self._evict(cached, step.message, m.EvictionReason.LANG_FAIL)
                return None
            elif isinstance(step, m.RespondLegacyQuery):
                await self._respond_query(step)
                return None
            elif isinstance(step, m.NoResponse):
                return None
            else:
                step = await self._await_local_activities(machines, las, step, received)

    # -- local activities ------------------------------------------------------------

    def _dispatch_local_activities(
        self, machines: m.WorkflowRun, las: RunLocalActivities
    ) -> str | None:
        """Start and cancel what the machines ask for. Returns the error message of a
        local activity this worker cannot run (then nothing is started)."""
        requests = machines.take_local_activity_requests()
        for req in requests:
            if isinstance(req, m.LocalActivityRequest):
                problem = self._local_activities.not_registered(req.activity_type)
                if problem is not None:
                    return problem
        for req in requests:
            if isinstance(req, m.LocalActivityRequest):
                las.start(req)
            else:
                las.cancel(req.seq)
        return None

    async def _await_local_activities(
        self,
        machines: m.WorkflowRun,
        las: RunLocalActivities,
        step: m.AwaitLocalActivities,
        received: float,
    ) -> m.RunStep | None:
        """Feed local activity results to the machines until they have a next step, and
        heartbeat the workflow task at 80 % of its timeout. None if a local activity was
        lost."""
        timeout = step.workflow_task_timeout or _DEFAULT_TASK_TIMEOUT
        deadline = received + 0.8 * timeout.total_seconds()
        while True:
            result = las.take_result()
            if result is not None:
                nxt = machines.resolve_local_activity(result)
                if nxt is not None:
                    return nxt
                continue
            if las.lost is not None or las.executing == 0:
                return None
            if anyio.current_time() >= deadline:
                return machines.heartbeat()
            await las.wait(deadline)

    async def _settle_local_activities(self, cached: CachedRun, las: RunLocalActivities) -> None:
        """After the last task in hand: let (abandoned) local activities still running go,
        or, if the run still waits for them (no task came back after a heartbeat), evict
        it and cancel them; a later task replays the run and runs them again."""
        if las.executing == 0:
            return
        waited_for = cached.machines.outstanding_local_activities > 0
        if waited_for and cached.unusable is None:
            await self._evict(
                cached, "local activities outlived their workflow task", m.EvictionReason.FATAL
            )
        # The machines stop waiting for abandoned ones (and, after the workflow finished,
        # they were sent their cancellation already): those are left to run.
        las.release(cancel=waited_for)

    def _config_for(self, workflow_type: str) -> InstanceConfig | None:
        config = self._instance_config.get(workflow_type)
        if config is None:
            defn = self._defns.get(workflow_type) or self._dynamic
            if defn is None:
                return None
            config = InstanceConfig(
                defn=defn,
                namespace=self._client.namespace,
                task_queue=self._task_queue,
                payload_converter=self._payload_converter,
                failure_converter=self._failure_converter,
                failure_exception_types=(
                    *self._failure_exception_types,
                    *defn.failure_exception_types,
                ),
                interceptor_classes=self._interceptor_classes,
            )
            self._instance_config[workflow_type] = config
        return config

    async def _activate(
        self, cached: CachedRun, activation: m.Activation
    ) -> m.ActivationCompletion:
        if cached.instance is None:
            if activation.is_eviction:
                return m.ActivationCompletion()
            init = next((j for j in activation.jobs if isinstance(j, m.InitializeWorkflow)), None)
            workflow_type = init.workflow_type if init else cached.machines.workflow_type
            config = self._config_for(workflow_type)
            if config is None:
                registered = sorted(self._defns)
                return task_failure(
                    f"Workflow type {workflow_type!r} is not registered on this worker "
                    f"(task queue {self._task_queue!r}); registered types: {registered}. "
                    "Add the class to Worker(workflows=[...]).",
                    "NotFoundError",
                )
            cached.instance = self._runner.create_instance(config, cached.run_id)
        if self._codec is not None and not activation.is_eviction:
            try:
                await decode_activation(self._codec, activation)
            except Exception as err:
                return task_failure(f"Payload codec failed to decode: {err}", type(err).__name__)
        try:
            completion = await self._executor.activate(
                cached.instance,
                activation,
                f"workflow {cached.machines.workflow_type!r} (run {cached.run_id})",
            )
        except DeadlockError as err:
            cached.unusable = "deadlocked"
            cached.instance = None  # its thread may still run: never touch it again
            return task_failure(str(err), "DeadlockError")
        if self._codec is not None and completion.commands:
            await encode_completion(self._codec, completion)
        return completion

    # -- responses ---------------------------------------------------------------------

    async def _respond_completed(
        self, cached: CachedRun, step: m.CompleteWorkflowTask
    ) -> PollWorkflowTaskQueueResponse | None:
        req = RespondWorkflowTaskCompletedRequest(
            namespace=self._client.namespace,
            task_token=step.task_token,
            commands=step.commands,
            identity=self._identity,
            messages=step.messages,
            query_results=step.query_results,
            force_create_new_workflow_task=step.force_create_new_workflow_task,
            sdk_metadata=step.sdk_metadata,
        )
        # Like core: a speculative task (an update) answered with rejections only is
        # dropped by the server even when it re-sent events; the machines roll back
        # (reset_history_event_id below), so rejections write no history (PROTOCOL 6.4).
        req.capabilities.discard_speculative_workflow_task_with_events = True
        if self._deployment is not None:
            defn = self._defns.get(cached.machines.workflow_type) or self._dynamic
            stamp_completion(req, self._deployment, defn)
        if step.force_create_new_workflow_task:
            # A heartbeat while local activities run: the new task must come back here,
            # where they run, with or without a sticky queue.
            req.return_new_workflow_task = True
        sticky = bool(self._sticky_queue) and not step.workflow_finished and not self._stopping
        if sticky:
            req.sticky_attributes.CopyFrom(
                StickyExecutionAttributes(
                    worker_task_queue=TaskQueue(
                        name=self._sticky_queue,
                        kind=TaskQueueKind.TASK_QUEUE_KIND_STICKY,
                        normal_name=self._task_queue,
                    ),
                    schedule_to_start_timeout=_duration(self._sticky_timeout),
                )
            )
            req.return_new_workflow_task = True
        eager = reserve_eager(
            req.commands, None if self._stopping else self.eager_activities, self.max_eager_per_task
        )
        try:
            resp = await self._client.workflow_service.respond_workflow_task_completed(
                req, retry=True
            )
            for activity_task in resp.activity_tasks:
                if self.eager_activities is not None and eager:
                    await self.eager_activities.start_eager(activity_task, eager.pop())
                else:  # the server never sends more than was asked for
                    logger.warning(
                        "Dropping an activity task dispatched without a reserved slot: %s",
                        activity_task.activity_type.name,
                    )
        except RPCError as err:
            if is_message_too_large(err):
                # Sending the same completion again would fail the same way: report it
                # with the cause the server expects (it then ends the workflow, as for
                # the other SDKs) instead of letting the task time out forever.
                await self._respond_failed(
                    m.FailWorkflowTask(
                        task_token=step.task_token,
                        cause=WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_GRPC_MESSAGE_TOO_LARGE,
                        failure=Failure(
                            message=f"Workflow task completion is too large for the server: {err}",
                            application_failure_info=ApplicationFailureInfo(
                                type="GrpcMessageTooLarge"
                            ),
                        ),
                        report=True,
                        message=f"completion too large: {err}",
                    )
                )
                await self._evict(cached, str(err), m.EvictionReason.FATAL)
                return None
            reason = (
                m.EvictionReason.UNHANDLED_COMMAND
                if "UnhandledCommand" in err.message
                else m.EvictionReason.TASK_NOT_FOUND
                if err.status == RPCStatusCode.NOT_FOUND
                else m.EvictionReason.FATAL
            )
            level = logging.DEBUG if reason != m.EvictionReason.FATAL else logging.WARNING
            logger.log(level, "Completing a task of run %s failed: %s", cached.run_id, err)
            await self._evict(cached, str(err), reason)
            return None
        finally:
            for permit in eager:  # asked for, not given: the task went to the queue
                permit.release()
        if step.workflow_finished:
            await self._evict(
                cached, "workflow finished", m.EvictionReason.WORKFLOW_EXECUTION_ENDING
            )
            return None
        if resp.reset_history_event_id:
            cached.machines.rollback_speculative_task(resp.reset_history_event_id)
        if resp.HasField("workflow_task") and resp.workflow_task.task_token:
            return resp.workflow_task
        return None

    async def _respond_failed(self, step: m.FailWorkflowTask) -> None:
        logger.warning("Workflow task failed: %s", step.message)
        try:
            await self._client.workflow_service.respond_workflow_task_failed(
                RespondWorkflowTaskFailedRequest(
                    namespace=self._client.namespace,
                    task_token=step.task_token,
                    cause=step.cause,
                    failure=step.failure,
                    identity=self._identity,
                    deployment_options=None
                    if self._deployment is None
                    else self._deployment.options,
                ),
                retry=True,
            )
        except RPCError as err:
            logger.debug("RespondWorkflowTaskFailed failed: %s", err)

    async def _respond_failed_raw(
        self, token: bytes, message: str, error_type: str = "WorkerError"
    ) -> None:
        completion = task_failure(message, error_type)
        assert completion.failure is not None
        await self._respond_failed(
            m.FailWorkflowTask(
                task_token=token,
                cause=completion.cause,
                failure=completion.failure,
                report=True,
                message=message,
            )
        )

    async def _respond_query(self, step: m.RespondLegacyQuery) -> None:
        answer = step.answer
        req = RespondQueryTaskCompletedRequest(
            namespace=self._client.namespace, task_token=step.task_token
        )
        if answer.result_type == QueryResultType.QUERY_RESULT_TYPE_ANSWERED:
            req.completed_type = QueryResultType.QUERY_RESULT_TYPE_ANSWERED
            req.query_result.CopyFrom(answer.answer)
        else:
            req.completed_type = QueryResultType.QUERY_RESULT_TYPE_FAILED
            req.error_message = answer.error_message
            if answer.HasField("failure"):
                req.failure.CopyFrom(answer.failure)
        try:
            await self._client.workflow_service.respond_query_task_completed(req, retry=True)
        except RPCError as err:
            logger.debug("RespondQueryTaskCompleted failed: %s", err)

    # -- eviction ----------------------------------------------------------------------

    async def _evict(self, cached: CachedRun, message: str, reason: int) -> None:
        """Tear the run's instance down (eviction activation) and drop it from the cache."""
        if self._cache.get(cached.run_id) is cached:
            self._cache.remove(cached.run_id)
        if cached.unusable is None:
            cached.unusable = message or "evicted"
        instance, cached.instance = cached.instance, None
        if instance is None:
            return
        try:
            activation = cached.machines.evict(message, reason)
            await self._executor.activate(
                instance,
                activation,
                f"eviction of run {cached.run_id}",
                inline=not instance.teardown_runs_code(),
            )
        except Exception as err:
            logger.warning("Tearing down run %s failed: %s", cached.run_id, err)


def _duration(td: timedelta) -> Duration:
    d = Duration()
    d.FromTimedelta(td)
    return d
