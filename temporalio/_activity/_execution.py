"""One attempt of one activity: decode its input, run it in context, name the outcome.

:class:`ActivityExecution` knows nothing about polling or responding; the
activity worker (and later the local-activity runner) builds one per attempt
from an :class:`~temporalio.activity.Info` and the input payloads, awaits
:meth:`ActivityExecution.run`, and reports the :data:`ActivityOutcome`.

``async def`` activities run in the calling task, inside a cancel scope that
:meth:`ActivityExecution.cancel` cancels.  ``def`` activities run in the
executor; the calling task waits for the thread (shielded: a thread cannot be
abandoned safely) while cancellation reaches the thread through
``activity.is_cancelled()`` and, unless disabled, a
:class:`~temporalio.exceptions.CancelledError` raised inside it.
"""

from __future__ import annotations

import concurrent.futures
import contextvars
import dataclasses
import logging
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import anyio

import temporalio.api.common.v1
import temporalio.api.failure.v1
from temporalio._activity._context import (
    CompleteAsyncError,
    _Context,
    _SignalEvent,
    logger,
)
from temporalio._activity._definition import _ActivityDefinition
from temporalio._activity._inbound import (
    ActivityInboundInterceptor,
    ActivityOutboundInterceptor,
    ExecuteActivityInput,
    build_inbound_chain,
)
from temporalio._activity._info import ActivityCancellationDetails, Info
from temporalio._activity._thread_cancel import ThreadCanceller
from temporalio._common._raw_value import RawValue
from temporalio._compat._host import HostLoop
from temporalio._compat._wake import wait_done
from temporalio.exceptions import (
    ApplicationError,
    ApplicationErrorCategory,
    CancelledError,
)

if TYPE_CHECKING:
    from temporalio.client import Client
    from temporalio.converter import DataConverter

__all__ = [
    "ActivityAbandoned",
    "ActivityCancelled",
    "ActivityCompleted",
    "ActivityCompletesAsync",
    "ActivityExecution",
    "ActivityFailed",
    "ActivityOutcome",
    "encode_failure",
    "worker_shutdown_error",
]

ARGUMENT_ERROR_TYPE = "ActivityArgumentError"
"""``ApplicationError.type`` of a non-retryable failure for undecodable arguments."""


@dataclass(frozen=True)
class ActivityCompleted:
    """The activity returned; report ``RespondActivityTaskCompleted``.

    Attributes:
        result: The encoded result (one payload).
    """

    result: temporalio.api.common.v1.Payloads


@dataclass(frozen=True)
class ActivityFailed:
    """The activity raised (or could not run); report ``RespondActivityTaskFailed``.

    Attributes:
        failure: The encoded error.
    """

    failure: temporalio.api.failure.v1.Failure


@dataclass(frozen=True)
class ActivityCancelled:
    """The activity accepted a requested cancellation; report ``RespondActivityTaskCanceled``.

    Attributes:
        failure: A canceled failure; its ``canceled_failure_info.details``
            are the details to report.
    """

    failure: temporalio.api.failure.v1.Failure


@dataclass(frozen=True)
class ActivityCompletesAsync:
    """The activity called ``raise_complete_async()``; report nothing."""


@dataclass(frozen=True)
class ActivityAbandoned:
    """The server no longer knows the attempt (``NotFound``); report nothing.

    Attributes:
        reason: Why, for logs.
    """

    reason: str


ActivityOutcome = (
    ActivityCompleted
    | ActivityFailed
    | ActivityCancelled
    | ActivityCompletesAsync
    | ActivityAbandoned
)
"""How one attempt ended, as the worker reports it."""


async def encode_failure(
    data_converter: DataConverter, error: BaseException
) -> temporalio.api.failure.v1.Failure:
    """Encode an error with the data converter, never failing.

    Args:
        data_converter: The converter.
        error: The error.

    Returns:
        The failure; if the converter itself fails, a plain application
        failure that names both errors.
    """
    failure = temporalio.api.failure.v1.Failure()
    try:
        await data_converter.encode_failure(error, failure)
    except Exception as convert_error:
        failure = temporalio.api.failure.v1.Failure(
            message=f"{error} (and the failure converter failed: {convert_error!r})",
            application_failure_info=temporalio.api.failure.v1.ApplicationFailureInfo(
                type=type(error).__name__
            ),
        )
    return failure


def worker_shutdown_error() -> ApplicationError:
    """The retryable failure of an attempt the worker gave up because it shuts down."""
    return ApplicationError(
        "Activity cancelled because the worker is shutting down", type="WorkerShutdown"
    )


def _type_label(hint: Any) -> str:
    if isinstance(hint, type):
        return hint.__qualname__
    return repr(hint).replace("typing.", "")


def _is_cancellation(error: BaseException) -> bool:
    return isinstance(
        error,
        CancelledError | concurrent.futures.CancelledError | anyio.get_cancelled_exc_class(),
    )


class _RunFunction(ActivityInboundInterceptor):
    """The innermost link: calls the activity function."""

    def __init__(self, execution: ActivityExecution) -> None:
        # No ``next``: this link ends the chain.
        self._execution = execution

    def init(self, outbound: ActivityOutboundInterceptor) -> None:
        context = self._execution._context
        if context is not None:
            context.outbound = outbound

    async def execute_activity(self, input: ExecuteActivityInput) -> Any:
        if self._execution.definition.is_async:
            return await input.fn(*input.args)
        return await self._execution.run_in_executor(input)


class _RootOutbound(ActivityOutboundInterceptor):
    """The innermost outbound link: the attempt's own info and heartbeat."""

    def __init__(self, execution: ActivityExecution) -> None:
        # No ``next``: this link ends the chain.
        self._execution = execution

    def info(self) -> Info:
        context = self._execution._context
        return context.info if context is not None else self._execution.info

    def heartbeat(self, *details: Any) -> None:
        self._execution._heartbeat(*details)


class ActivityExecution:
    """Runs one attempt of one activity and turns its ending into an outcome.

    Create and use it on the event loop thread; :meth:`run` once.

    ``_cancellation`` holds the first cancellation's reason (None until
    cancelled); ``_report_on_cancel`` the error to report instead of a
    cancellation, if the cancelling party gave one; ``_scope`` the cancel
    scope the ``async def`` activity runs in, while it runs.
    """

    def __init__(
        self,
        *,
        definition: _ActivityDefinition,
        info: Info,
        input: Sequence[temporalio.api.common.v1.Payload],
        heartbeat_details: Sequence[temporalio.api.common.v1.Payload],
        headers: Mapping[str, temporalio.api.common.v1.Payload],
        data_converter: DataConverter,
        client: Client | None,
        executor: concurrent.futures.Executor | None,
        interceptors: Sequence[object],
        on_heartbeat: Callable[[tuple[Any, ...]], None] | None,
        worker_shutdown: _SignalEvent,
    ) -> None:
        """Prepare an attempt.

        Args:
            definition: The activity to run (its ``fn`` is what gets called).
            info: The attempt's info; ``heartbeat_details`` is filled in by
                :meth:`run` from ``heartbeat_details``.
            input: Argument payloads.
            heartbeat_details: Payloads of the last heartbeat of an earlier
                attempt.
            headers: Headers the activity was scheduled with.
            data_converter: Decodes arguments, encodes results and errors.
            client: Returned by ``activity.client()``.
            executor: Runs ``def`` activities.
            interceptors: Worker interceptors, outermost first.
            on_heartbeat: Called on the loop thread with the details of each
                ``activity.heartbeat()``; None ignores heartbeats.
            worker_shutdown: The worker's shutdown flag.
        """
        self.definition = definition
        self.info = info
        self._input = input
        self._heartbeat_payloads = heartbeat_details
        self._headers = headers
        self._data_converter = data_converter
        self._client = client
        self._executor = executor
        self._interceptors = interceptors
        self._on_heartbeat = on_heartbeat
        self._worker_shutdown = worker_shutdown
        self._cancelled = _SignalEvent()
        self._cancellation: ActivityCancellationDetails | None = None
        self._report_on_cancel: BaseException | None = None
        self._abandoned = False
        self._scope: anyio.CancelScope | None = None
        self._context: _Context | None = None
        self._host: HostLoop | None = None
        self._finished = False
        self._thread_canceller = ThreadCanceller(
            enabled=not definition.is_async and not definition.no_thread_cancel_exception
        )

    @property
    def cancellation(self) -> ActivityCancellationDetails | None:
        """The first cancellation's reason, or None if not cancelled."""
        return self._cancellation

    def cancel(
        self, details: ActivityCancellationDetails, *, report: BaseException | None = None
    ) -> None:
        """Cancel the attempt (event loop thread only).

        The first call's reason is kept; later calls only repeat the
        delivery.  A ``not_found`` cancellation also means that nothing is
        reported, however the activity ends.

        Args:
            details: Why.
            report: Error to report as the failure if the activity ends by
                this cancellation (e.g. a local timeout); by default the
                outcome follows from ``details``.
        """
        if details.not_found:
            self._abandoned = True
        if self._cancellation is None:
            self._cancellation = details
            self._report_on_cancel = report
            if self._context is not None:
                self._context.cancellation = details
        self._cancelled.set()
        if self.definition.is_async:
            if self._scope is not None:
                self._scope.cancel()
        else:
            self._thread_canceller.cancel()

    # -- running ----------------------------------------------------------------

    async def run(self) -> ActivityOutcome:
        """Run the attempt to its end.

        Returns:
            The outcome to report.

        Raises:
            BaseException: The backend's cancellation exception when the
                calling task itself is cancelled (the activity has then been
                cancelled too); nothing else.
        """
        self._host = HostLoop.current()
        try:
            try:
                details = (
                    await self._data_converter.decode(self._heartbeat_payloads)
                    if self._heartbeat_payloads
                    else []
                )
            except Exception as err:
                error = ApplicationError(
                    f"Activity {self.info.activity_type!r}: cannot decode the details of "
                    f"its last heartbeat: {err}"
                )
                error.__cause__ = err
                return await self._failed(error)
            self.info = dataclasses.replace(self.info, heartbeat_details=details)
            self._context = _Context(
                info=self.info,
                heartbeat=self._heartbeat,
                cancelled=self._cancelled,
                worker_shutdown=self._worker_shutdown,
                client=self._client,
                payload_converter=self._data_converter.payload_converter,
                cancellation=self._cancellation,
                shield=None if self.definition.is_async else self._thread_canceller.shield,
            )
            token = _Context.set(self._context)
            try:
                outcome = await self._run_in_context()
            finally:
                _Context.reset(token)
        finally:
            self._finished = True
        if self._abandoned:
            return ActivityAbandoned("the server no longer knows this activity attempt")
        return outcome

    async def _run_in_context(self) -> ActivityOutcome:
        try:
            args = await self._decode_args()
        except ApplicationError as err:
            return await self._failed(err)
        innermost = _RunFunction(self)
        chain = build_inbound_chain(innermost, self._interceptors)
        if chain is not innermost:
            chain.init(_RootOutbound(self))
        input = ExecuteActivityInput(
            fn=self.definition.fn, args=args, executor=self._executor, headers=self._headers
        )
        raised: BaseException | None = None
        result: Any = None
        scope = anyio.CancelScope()
        try:
            with scope:
                self._scope = scope
                if self._cancellation is not None and self.definition.is_async:
                    scope.cancel()
                result = await chain.execute_activity(input)
        except CompleteAsyncError:
            return ActivityCompletesAsync()
        except anyio.get_cancelled_exc_class() as err:
            if anyio.current_effective_deadline() == -math.inf:
                raise  # the worker's own task is being cancelled
            raised = err  # a cancellation exception not from any scope of ours
        except Exception as err:
            raised = err
        finally:
            self._scope = None
        if scope.cancelled_caught:
            return await self._cancelled_outcome()
        if raised is not None:
            if self._cancellation is not None and _is_cancellation(raised):
                return await self._cancelled_outcome()
            return await self._failed(raised)
        if self._abandoned:
            return ActivityAbandoned("the server no longer knows this activity attempt")
        try:
            payloads = await self._data_converter.encode_wrapper([result])
        except Exception as err:
            return await self._failed(err)
        return ActivityCompleted(payloads)

    async def run_in_executor(self, input: ExecuteActivityInput) -> Any:
        """Run a ``def`` activity in the executor and wait for its thread (innermost link)."""
        executor = input.executor
        if executor is None:
            raise RuntimeError(
                f"sync activity {self.info.activity_type!r} needs "
                "activity_executor=ThreadPoolExecutor(...)"
            )
        canceller = self._thread_canceller
        fn = input.fn
        args = list(input.args)

        def call() -> Any:
            with canceller.running():
                return fn(*args)

        # The copied context carries the activity context into the thread.
        future = executor.submit(contextvars.copy_context().run, call)
        # A running thread cannot be stopped: wait for it whatever happens,
        # cancellation reaches it through the canceller and is_cancelled().
        with anyio.CancelScope(shield=True):
            await wait_done(future, None)
        return future.result()

    # -- arguments -------------------------------------------------------------------

    async def _decode_args(self) -> list[Any]:
        payloads = list(self._input)
        converter = self._data_converter
        if self.definition.dynamic:
            try:
                raw = await converter.decode(payloads, [RawValue] * len(payloads))
            except Exception as err:
                raise self._argument_error(f"cannot decode its arguments: {err}", err) from err
            return [raw]
        hints = list(self.definition.arg_types)
        names, varargs = self.definition.positional_parameters
        if len(payloads) > len(names) and not varargs:
            raise self._argument_error(
                f"takes {len(names)} positional argument(s) but {len(payloads)} were given"
            )
        try:
            args = await converter.decode(payloads, hints[: len(payloads)] or None)
        except Exception as err:
            raise await self._locate_decode_error(payloads, hints, names, err) from err
        signature = self.definition.signature
        if signature is not None:
            try:
                signature.bind(*args)
            except TypeError as err:
                raise self._argument_error(
                    f"cannot be called with {len(args)} argument(s): {err}"
                ) from err
        return args

    async def _locate_decode_error(
        self,
        payloads: list[temporalio.api.common.v1.Payload],
        hints: list[Any],
        names: list[str],
        error: Exception,
    ) -> ApplicationError:
        # Decoding failed as a whole; decode one by one to name the culprit.
        for index, payload in enumerate(payloads):
            hint = hints[index] if index < len(hints) else None
            try:
                await self._data_converter.decode([payload], None if hint is None else [hint])
            except Exception as cause:
                param = f" ({names[index]!r})" if index < len(names) else ""
                expected = "a value" if hint is None else _type_label(hint)
                return self._argument_error(
                    f"cannot decode argument {index + 1}{param} as {expected}: {cause}", cause
                )
        return self._argument_error(f"cannot decode its arguments: {error}", error)

    def _argument_error(self, problem: str, cause: BaseException | None = None) -> ApplicationError:
        error = ApplicationError(
            f"Activity {self.info.activity_type!r} {problem}",
            type=ARGUMENT_ERROR_TYPE,
            non_retryable=True,
        )
        error.__cause__ = cause
        return error

    # -- outcomes ----------------------------------------------------------------------

    async def worker_cancelled_outcome(self) -> ActivityOutcome:
        """The outcome to report when the worker's own task was cancelled mid-attempt.

        Call it shielded: it encodes a failure.

        Returns:
            A worker-shutdown failure (so that the server retries the
            activity promptly), or "abandoned" if the server forgot it.
        """
        if self._abandoned:
            return ActivityAbandoned("the server no longer knows this activity attempt")
        return await self._failed(worker_shutdown_error())

    async def _cancelled_outcome(self) -> ActivityOutcome:
        details = self._cancellation
        if details is None or self._abandoned:
            return ActivityAbandoned("the server no longer knows this activity attempt")
        if self._report_on_cancel is not None:
            return await self._failed(self._report_on_cancel)
        if details.cancel_requested:
            logger.debug("Completing activity as cancelled")
            failure = await encode_failure(self._data_converter, CancelledError("Cancelled"))
            return ActivityCancelled(failure)
        if details.worker_shutdown:
            error = worker_shutdown_error()
        elif details.paused:
            error = ApplicationError(
                "Unhandled activity cancel error produced by activity pause",
                type="ActivityPause",
            )
        elif details.reset:
            error = ApplicationError(
                "Unhandled activity cancel error produced by activity reset",
                type="ActivityReset",
            )
        else:
            error = ApplicationError("Activity cancelled", type="ActivityCancelled")
        return await self._failed(error)

    async def _failed(self, error: BaseException) -> ActivityFailed:
        benign = (
            isinstance(error, ApplicationError)
            and error.category is ApplicationErrorCategory.BENIGN
        )
        logger.log(
            logging.DEBUG if benign else logging.WARNING,
            "Completing activity as failed",
            exc_info=error,
        )
        return ActivityFailed(await encode_failure(self._data_converter, error))

    # -- heartbeats ------------------------------------------------------------------

    def _heartbeat(self, *details: Any) -> None:
        # Any thread: hand the details to the loop thread.
        host = self._host
        if host is None or self._on_heartbeat is None or self._finished:
            return
        host.run_now_or_soon(self._deliver_heartbeat, details)

    def _deliver_heartbeat(self, details: tuple[Any, ...]) -> None:
        if not self._finished and self._on_heartbeat is not None:
            self._on_heartbeat(details)
