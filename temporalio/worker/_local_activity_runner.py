"""Executing local activities in the worker process (PROTOCOL.md section 4).

The history machines hand out :class:`LocalActivityRequest` s; this module runs them and
hands back :class:`LocalActivityResult` s:

* :class:`LocalActivityRunner` is worker-wide: the registered activities, the executor for
  ``def`` activities, the concurrency slots and the task group every attempt runs in.
* :class:`RunLocalActivities` is one workflow run's view while the workflow worker
  processes its tasks: it starts and cancels the run's local activities and queues their
  results for the worker to feed to the machines.

One request is executed like core's local activity manager does it: each attempt is an
:class:`~temporalio._activity._execution.ActivityExecution` with ``info().is_local``; a
failed attempt is retried with the retry policy, sleeping in the worker while the delay is
at most ``local_retry_threshold`` (no history is written), and otherwise resolves with a
backoff the workflow turns into a durable timer and a new schedule (section 4.2).
``schedule_to_close`` runs from the first schedule across attempts, ``start_to_close``
(default: ``schedule_to_close``) per attempt, and ``schedule_to_start`` while waiting for
a slot. Only start-to-close timeouts are retried. A timed-out attempt is reported at its
deadline; the attempt itself is cancelled and winds down in the background.

Nothing is reported for a local activity the worker gave up on because it is shutting
down: its run is evicted and the workflow task left to time out, so that another worker
runs it (from history, the local activity has not happened).
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

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
)
from temporalio._activity._info import ActivityCancellationDetails, Info
from temporalio._common._retry_policy import RetryPolicy
from temporalio.api.common.v1 import RetryPolicy as RetryPolicyProto
from temporalio.api.enums.v1 import TimeoutType
from temporalio.api.failure.v1 import Failure
from temporalio.exceptions import ApplicationError
from temporalio.worker import _machines as m

if TYPE_CHECKING:
    from temporalio.client import Client

__all__ = ["DEFAULT_LOCAL_RETRY_THRESHOLD", "LocalActivityRunner", "RunLocalActivities"]

logger = logging.getLogger(__name__)

DEFAULT_LOCAL_RETRY_THRESHOLD = timedelta(minutes=1)
"""Retry delays up to this are slept in the worker; longer ones become a durable timer."""

_CANCEL_REQUESTED = ActivityCancellationDetails(cancel_requested=True)
_TIMED_OUT = ActivityCancellationDetails(timed_out=True)
_SHUTDOWN = ActivityCancellationDetails(worker_shutdown=True)


# -- retry rules -------------------------------------------------------------------------


@dataclass(frozen=True)
class _RetryRules:
    """A retry policy with core's defaults filled in (PROTOCOL.md section 4.2)."""

    initial: float
    coefficient: float
    maximum: float
    maximum_attempts: int
    non_retryable_types: frozenset[str]

    @staticmethod
    def from_proto(proto: RetryPolicyProto | None) -> _RetryRules:
        p = proto or RetryPolicyProto()
        initial = 1.0
        if p.HasField("initial_interval") and p.initial_interval.ToTimedelta() > timedelta(0):
            initial = p.initial_interval.ToTimedelta().total_seconds()
        coefficient = p.backoff_coefficient if p.backoff_coefficient >= 1.0 else 2.0
        maximum = 100 * initial
        if p.HasField("maximum_interval") and p.maximum_interval.ToTimedelta() > timedelta(0):
            maximum = max(initial, p.maximum_interval.ToTimedelta().total_seconds())
        return _RetryRules(
            initial=initial,
            coefficient=coefficient,
            maximum=maximum,
            maximum_attempts=max(0, p.maximum_attempts),
            non_retryable_types=frozenset(t.lower() for t in p.non_retryable_error_types),
        )

    def delay(self, attempt: int, failure: Failure) -> float | None:
        """Seconds to wait before the next attempt, or None when there is none."""
        if self.maximum_attempts > 0 and attempt >= self.maximum_attempts:
            return None
        app = (
            failure.application_failure_info
            if failure.HasField("application_failure_info")
            else None
        )
        if app is not None:
            if app.non_retryable or app.type.lower() in self.non_retryable_types:
                return None
            if app.HasField("next_retry_delay"):
                return max(0.0, app.next_retry_delay.ToTimedelta().total_seconds())
        if attempt <= 1:
            return self.initial
        try:
            computed = self.initial * self.coefficient ** (attempt - 1)
        except OverflowError:
            return self.maximum
        return min(computed, self.maximum)


def _timeout_failure(kind: int) -> Failure:
    # Core's wording, so the failure in the marker looks the same whoever wrote it.
    failure = Failure(message="Activity timed out")
    failure.timeout_failure_info.timeout_type = cast(TimeoutType, kind)
    return failure


def _cancelled_failure() -> Failure:
    failure = Failure(message="Activity cancelled")
    failure.canceled_failure_info.SetInParent()
    return failure


class _AttemptTimedOut:
    """An attempt still running at its deadline."""


class _Ticket:
    """A place in the queue for a slot; ``granted`` once the slot is this ticket's."""

    __slots__ = ("granted", "ready")

    def __init__(self) -> None:
        self.granted = False
        self.ready = anyio.Event()


class _Slots:
    """Local activity attempts running at once, granted in request order.

    (An ``anyio.Semaphore`` serves waiters in the order their tasks first ran, which trio
    shuffles; requests of one activation must start in the order workflow code made them.)
    ``_waiting`` holds the tickets not granted yet, oldest first.
    """

    def __init__(self, size: int) -> None:
        self._free = size
        self._waiting: deque[_Ticket] = deque()

    def request(self) -> _Ticket:
        """Queue for a slot (granted at once if one is free)."""
        ticket = _Ticket()
        if self._free > 0 and not self._waiting:
            self._free -= 1
            ticket.granted = True
            ticket.ready.set()
        else:
            self._waiting.append(ticket)
        return ticket

    def give_up(self, ticket: _Ticket) -> None:
        """The ticket is no longer wanted: leave the queue, or free its slot."""
        if ticket.granted:
            self.release()
        else:
            self._waiting.remove(ticket)

    def release(self) -> None:
        """A slot's attempt ended: hand the slot to the oldest waiter."""
        if self._waiting:
            ticket = self._waiting.popleft()
            ticket.granted = True
            ticket.ready.set()
        else:
            self._free += 1


# -- one request -------------------------------------------------------------------------


class _Execution:
    """One local activity request in progress, across its in-worker attempts.

    ``report`` delivers the outcome (None: given up because the worker shuts down); it is
    cleared when the run stops caring (detached). ``attempt`` is the attempt running now,
    if any. ``interrupt`` is set on cancellation and on shutdown, to end sleeps and waits.
    """

    __slots__ = (
        "attempt",
        "cancel_requested",
        "interrupt",
        "lost",
        "report",
        "request",
        "requested_at",
        "ticket",
    )

    def __init__(
        self,
        request: m.LocalActivityRequest,
        report: Callable[[_Execution, m.LocalActivityResult | None], None],
    ) -> None:
        self.request = request
        self.report: Callable[[_Execution, m.LocalActivityResult | None], None] | None = report
        self.attempt: ActivityExecution | None = None
        self.cancel_requested = False
        self.lost = False
        self.interrupt = anyio.Event()
        self.requested_at = anyio.current_time()
        # The first attempt's place in the slot queue, taken when the request arrives.
        self.ticket: _Ticket | None = None

    def cancel(self) -> None:
        """The workflow cancelled the local activity (event loop thread)."""
        if self.cancel_requested or self.lost:
            return
        self.cancel_requested = True
        self.interrupt.set()
        if self.attempt is not None:
            self.attempt.cancel(_CANCEL_REQUESTED)

    def give_up(self) -> None:
        """The worker shuts down: stop, and report nothing but the loss."""
        if self.lost:
            return
        self.lost = True
        self.interrupt.set()
        if self.attempt is not None:
            self.attempt.cancel(_SHUTDOWN)

    async def sleep_until(self, deadline: float) -> bool:
        """Sleep until ``deadline`` (``anyio.current_time()``); False if interrupted."""
        with anyio.move_on_after(max(0.0, deadline - anyio.current_time())):
            await self.interrupt.wait()
            return False
        return True


class LocalActivityRunner:
    """Runs the local activities of every workflow on one worker.

    Created with the worker; :meth:`bind` gives it the task group its executions run in
    (the workflow worker's, for as long as it runs). ``_live`` holds every request still
    executing, for shutdown.
    """

    def __init__(
        self,
        *,
        client: Client,
        activities: Sequence[Callable[..., Any]],
        activity_executor: concurrent.futures.Executor | None,
        interceptors: Sequence[object] = (),
        max_concurrent: int = 100,
        graceful_shutdown_timeout: timedelta = timedelta(0),
    ) -> None:
        """Index the activities (the activity worker validates them and reports errors).

        Args:
            client: The worker's client (data converter, ``activity.client()``).
            activities: The worker's ``@activity.defn`` callables.
            activity_executor: Runs ``def`` activities.
            interceptors: Worker interceptors, outermost first.
            max_concurrent: Most local activity attempts running at once.
            graceful_shutdown_timeout: After shutdown begins, how long local activities
                may still run before the worker gives up on them.
        """
        self._client = client
        self._executor = activity_executor
        self._interceptors = tuple(interceptors)
        self._max_concurrent = max(1, max_concurrent)
        self._graceful = graceful_shutdown_timeout
        self._activities: dict[str, _ActivityDefinition] = {}
        self._dynamic: _ActivityDefinition | None = None
        for fn in activities:
            defn = _ActivityDefinition.from_callable(fn)
            if defn is None:
                continue
            if defn.name is None:
                self._dynamic = self._dynamic or defn
            else:
                self._activities.setdefault(defn.name, defn)
        self._tg: anyio.abc.TaskGroup | None = None
        self._slots: _Slots | None = None
        self._worker_shutdown: _SignalEvent | None = None
        self._live: set[_Execution] = set()
        self._shutting_down = False
        self._given_up = False  # the graceful shutdown period is over

    @property
    def activity_names(self) -> list[str]:
        """Registered activity names (without the dynamic one), sorted."""
        return sorted(self._activities)

    def not_registered(self, activity_type: str) -> str | None:
        """The error message if ``activity_type`` cannot run here, else None."""
        if activity_type in self._activities or self._dynamic is not None:
            return None
        return (
            f"Local activity {activity_type!r} is not registered on this worker; registered "
            f"activities: {self.activity_names}. Add it to Worker(activities=[...])."
        )

    # -- lifecycle -----------------------------------------------------------------------

    def bind(self, task_group: anyio.abc.TaskGroup) -> None:
        """Run executions in ``task_group`` from now on (event loop thread)."""
        self._tg = task_group
        self._slots = _Slots(self._max_concurrent)
        self._worker_shutdown = _SignalEvent()
        if self._shutting_down:
            self._worker_shutdown.set()

    def initiate_shutdown(self) -> None:
        """Tell running local activities (``activity.is_worker_shutdown()``); give up on
        those still running after the graceful shutdown timeout."""
        if self._shutting_down:
            return
        self._shutting_down = True
        if self._worker_shutdown is not None:
            self._worker_shutdown.set()
        if self._tg is None:
            return
        if self._graceful > timedelta(0):
            self._tg.start_soon(self._give_up_later, name="local activities: shutdown")
        else:
            self._give_up_all()

    async def _give_up_later(self) -> None:
        await anyio.sleep(self._graceful.total_seconds())
        self._give_up_all()

    def _give_up_all(self) -> None:
        self._given_up = True
        if self._live:
            logger.info("Giving up on %d local activities: worker shutting down", len(self._live))
        for ex in list(self._live):
            ex.give_up()

    # -- executing -----------------------------------------------------------------------

    def start(
        self,
        request: m.LocalActivityRequest,
        report: Callable[[_Execution, m.LocalActivityResult | None], None],
    ) -> _Execution:
        """Begin executing ``request``; ``report`` gets the result (event loop thread)."""
        if self._tg is None:
            raise RuntimeError("local activity runner used before the worker runs")
        ex = _Execution(request, report)
        assert self._slots is not None
        ex.ticket = self._slots.request()
        self._live.add(ex)
        if self._given_up:
            ex.give_up()
        self._tg.start_soon(
            self._execute, ex, name=f"local activity {request.activity_type} ({request.seq})"
        )
        return ex

    async def _execute(self, ex: _Execution) -> None:
        result: m.LocalActivityResult | None = None
        try:
            result = await self._run(ex)
        except Exception:
            # Defensive: a bug here must not take the worker down; the run is evicted.
            logger.exception("Local activity %s failed unexpectedly", ex.request.activity_type)
        finally:
            if ex.ticket is not None and self._slots is not None:
                self._slots.give_up(ex.ticket)  # ended before its first attempt
                ex.ticket = None
            self._live.discard(ex)
            report, ex.report = ex.report, None
            if report is not None:
                report(ex, None if ex.lost else result)

    async def _run(self, ex: _Execution) -> m.LocalActivityResult | None:
        req = ex.request
        begun = ex.requested_at
        first_scheduled = req.original_schedule_time or datetime.now(UTC)
        rules = _RetryRules.from_proto(req.retry_policy)
        threshold = (req.local_retry_threshold or DEFAULT_LOCAL_RETRY_THRESHOLD).total_seconds()
        s2c_deadline: float | None = None
        if req.schedule_to_close_timeout:
            # Measured from the first schedule, also for a retry after a timer backoff.
            since = max(0.0, (datetime.now(UTC) - first_scheduled).total_seconds())
            s2c_deadline = begun + req.schedule_to_close_timeout.total_seconds() - since
        start_to_close = req.start_to_close_timeout or req.schedule_to_close_timeout
        attempt = req.attempt
        due = begun  # when the current attempt became due (for schedule-to-start)

        def result(
            outcome: m.ActivityCompleted
            | m.ActivityFailed
            | m.ActivityCancelled
            | m.LocalActivityTimedOut,
            backoff: float | None = None,
        ) -> m.LocalActivityResult:
            return m.LocalActivityResult(
                seq=req.seq,
                outcome=outcome,
                runtime=timedelta(seconds=anyio.current_time() - begun),
                attempt=attempt,
                backoff=None if backoff is None else timedelta(seconds=backoff),
                original_schedule_time=first_scheduled,
            )

        while True:
            if ex.lost:
                return None
            if ex.cancel_requested:
                return result(m.ActivityCancelled(_cancelled_failure()))
            if s2c_deadline is not None and anyio.current_time() >= s2c_deadline:
                return result(
                    m.LocalActivityTimedOut(
                        _timeout_failure(TimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_CLOSE)
                    )
                )
            waited = await self._take_slot(ex, due, req.schedule_to_start_timeout, s2c_deadline)
            if isinstance(waited, str):
                continue  # cancelled or lost: the checks above answer
            if waited is not None:
                return result(m.LocalActivityTimedOut(_timeout_failure(waited)))
            started = anyio.current_time()
            deadline, kind = s2c_deadline, TimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_CLOSE
            if start_to_close is not None and (
                deadline is None or started + start_to_close.total_seconds() < deadline
            ):
                deadline = started + start_to_close.total_seconds()
                kind = TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE
            outcome = await self._attempt(ex, attempt, first_scheduled, due, deadline)
            if ex.lost or outcome is None:
                return None
            if isinstance(outcome, m.ActivityCompleted | m.ActivityCancelled):
                return result(outcome)
            if isinstance(outcome, _AttemptTimedOut):
                failure = _timeout_failure(kind)
                final: m.ActivityFailed | m.LocalActivityTimedOut = m.LocalActivityTimedOut(failure)
                if kind != TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE:
                    return result(final)  # only start-to-close timeouts are retried
            else:
                failure = outcome.failure
                final = outcome
            if ex.cancel_requested:
                return result(final)  # never retried once the workflow cancelled it
            delay = rules.delay(attempt, failure)
            if delay is None:
                return result(final)
            if delay > threshold:
                logger.debug(
                    "Local activity %s attempt %d failed; retrying after a %.3gs timer",
                    req.activity_type,
                    attempt,
                    delay,
                )
                return result(final, backoff=delay)
            due = anyio.current_time() + delay
            wake = due if s2c_deadline is None else min(due, s2c_deadline)
            if not await ex.sleep_until(wake):
                continue  # cancelled or lost during the backoff: answered above
            if s2c_deadline is not None and anyio.current_time() >= s2c_deadline:
                continue  # schedule-to-close ran out during the backoff: answered above
            attempt += 1

    async def _take_slot(
        self,
        ex: _Execution,
        due: float,
        schedule_to_start: timedelta | None,
        s2c_deadline: float | None,
    ) -> int | str | None:
        """Wait for a slot: None when taken, else ``"interrupted"`` or the timeout type."""
        slots = self._slots
        assert slots is not None
        ticket, ex.ticket = ex.ticket or slots.request(), None
        if not ticket.granted:
            deadline, kind = s2c_deadline, TimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_CLOSE
            if schedule_to_start is not None and (
                deadline is None or due + schedule_to_start.total_seconds() < deadline
            ):
                deadline = due + schedule_to_start.total_seconds()
                kind = TimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_START
            with anyio.move_on_after(
                None if deadline is None else max(0.0, deadline - anyio.current_time())
            ):
                async with anyio.create_task_group() as race:

                    async def on_interrupt() -> None:
                        await ex.interrupt.wait()
                        race.cancel_scope.cancel()

                    race.start_soon(on_interrupt)
                    await ticket.ready.wait()
                    race.cancel_scope.cancel()
            if not ticket.granted:
                slots.give_up(ticket)
                return "interrupted" if ex.interrupt.is_set() else kind
        if ex.interrupt.is_set():
            slots.give_up(ticket)
            return "interrupted"
        return None

    async def _attempt(
        self,
        ex: _Execution,
        attempt: int,
        first_scheduled: datetime,
        due: float,
        deadline: float | None,
    ) -> m.ActivityCompleted | m.ActivityFailed | m.ActivityCancelled | _AttemptTimedOut | None:
        """Run one attempt (holding a slot). Returns its outcome, a timeout at the
        deadline, or None when the attempt was stopped from outside (shutdown)."""
        req = ex.request
        tg, slots, shutdown = self._tg, self._slots, self._worker_shutdown
        assert tg is not None and slots is not None and shutdown is not None
        definition = self._activities.get(req.activity_type) or self._dynamic
        if definition is None:  # checked before the request was started
            slots.release()
            error = ApplicationError(
                self.not_registered(req.activity_type) or req.activity_type,
                type="NotFoundError",
                non_retryable=True,
            )
            return m.ActivityFailed(await encode_failure(self._client.data_converter, error))
        now = datetime.now(UTC)
        start_to_close = req.start_to_close_timeout or req.schedule_to_close_timeout
        info = Info(
            activity_id=req.activity_id,
            activity_type=req.activity_type,
            attempt=attempt,
            current_attempt_scheduled_time=now - timedelta(seconds=anyio.current_time() - due),
            heartbeat_details=(),
            heartbeat_timeout=None,
            is_local=True,
            namespace=req.namespace,
            schedule_to_close_timeout=req.schedule_to_close_timeout,
            scheduled_time=first_scheduled,
            start_to_close_timeout=start_to_close,
            started_time=now,
            task_queue=req.task_queue,
            task_token=b"",
            workflow_id=req.workflow_id,
            workflow_namespace=req.namespace,
            workflow_run_id=req.run_id,
            workflow_type=req.workflow_type,
            retry_policy=_policy(req.retry_policy),
        )
        execution = ActivityExecution(
            definition=definition,
            info=info,
            input=list(req.arguments),
            heartbeat_details=(),
            headers=dict(req.headers),
            data_converter=self._client.data_converter,
            client=self._client,
            executor=self._executor,
            interceptors=self._interceptors,
            on_heartbeat=None,
            worker_shutdown=shutdown,
        )
        ex.attempt = execution
        if ex.cancel_requested:
            execution.cancel(_CANCEL_REQUESTED)
        finished = anyio.Event()
        box: list[ActivityOutcome] = []

        async def run_attempt() -> None:
            # In the worker's task group, not the waiter's: an attempt that times out is
            # cancelled and may take a moment to end, but its result is no longer awaited.
            try:
                box.append(await execution.run())
            finally:
                slots.release()
                finished.set()

        tg.start_soon(run_attempt, name=f"local activity attempt {req.activity_type}")
        try:
            with anyio.move_on_after(
                None if deadline is None else max(0.0, deadline - anyio.current_time())
            ):
                await finished.wait()
        finally:
            ex.attempt = None
        if not finished.is_set():
            execution.cancel(_TIMED_OUT)
            return _AttemptTimedOut()
        if not box:
            return None
        return await self._outcome(req, box[0])

    async def _outcome(
        self, req: m.LocalActivityRequest, outcome: ActivityOutcome
    ) -> m.ActivityCompleted | m.ActivityFailed | m.ActivityCancelled | None:
        if isinstance(outcome, ActivityCompleted):
            payloads = outcome.result.payloads
            return m.ActivityCompleted(payloads[0] if payloads else None)
        if isinstance(outcome, ActivityFailed):
            return m.ActivityFailed(outcome.failure)
        if isinstance(outcome, ActivityCancelled):
            return m.ActivityCancelled(outcome.failure)
        if isinstance(outcome, ActivityCompletesAsync):
            error = ApplicationError(
                f"Local activity {req.activity_type!r} called raise_complete_async(); local "
                "activities cannot complete asynchronously, use a normal activity",
                type="LocalActivityCompletesAsync",
                non_retryable=True,
            )
            return m.ActivityFailed(await encode_failure(self._client.data_converter, error))
        assert isinstance(outcome, ActivityAbandoned)
        return None


def _policy(proto: RetryPolicyProto | None) -> RetryPolicy | None:
    if proto is None:
        return None
    try:
        return RetryPolicy.from_proto(proto)
    except (TypeError, ValueError):
        return None


# -- one run -----------------------------------------------------------------------------


class RunLocalActivities:
    """The local activities of one workflow run while the worker processes its tasks.

    ``_executing`` maps seq to the requests still running for this run; ``_results``
    holds finished ones, oldest first, until the worker takes them. ``lost`` is set when
    the worker gave one up (shutdown): the run cannot complete its task any more.
    """

    def __init__(self, runner: LocalActivityRunner) -> None:
        """Nothing runs until :meth:`start`."""
        self._runner = runner
        self._executing: dict[int, _Execution] = {}
        self._results: deque[m.LocalActivityResult] = deque()
        self._changed: anyio.Event | None = None  # set by the next result, while waited on
        self.lost: str | None = None

    @property
    def executing(self) -> int:
        """Local activities of this run still running."""
        return len(self._executing)

    def start(self, request: m.LocalActivityRequest) -> None:
        """Execute a request from ``take_local_activity_requests``."""
        self._executing[request.seq] = self._runner.start(request, self._on_result)

    def cancel(self, seq: int) -> None:
        """Deliver a ``CancelLocalActivityRequest``; the result still comes."""
        ex = self._executing.get(seq)
        if ex is not None:
            ex.cancel()

    def take_result(self) -> m.LocalActivityResult | None:
        """The oldest result not yet taken, if any."""
        return self._results.popleft() if self._results else None

    async def wait(self, deadline: float) -> None:
        """Wait until a result is ready, one was lost, or ``deadline`` passes."""
        if self._results or self.lost is not None:
            return
        changed = self._changed = anyio.Event()
        try:
            with anyio.move_on_after(max(0.0, deadline - anyio.current_time())):
                await changed.wait()
        finally:
            self._changed = None

    def release(self, *, cancel: bool) -> None:
        """Stop caring about every execution still running (their results are dropped);
        cancel them too when ``cancel`` (the run is gone), else let them finish
        (abandoned local activities)."""
        executing, self._executing = self._executing, {}
        for ex in executing.values():
            ex.report = None
            if cancel:
                ex.cancel()
        self._results.clear()

    def _on_result(self, ex: _Execution, result: m.LocalActivityResult | None) -> None:
        if self._executing.get(ex.request.seq) is not ex:
            return
        del self._executing[ex.request.seq]
        if result is None:
            self.lost = (
                f"local activity {ex.request.activity_type!r} given up: worker shutting down"
            )
        else:
            self._results.append(result)
        if self._changed is not None:
            self._changed.set()
