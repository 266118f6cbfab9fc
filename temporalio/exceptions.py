"""Errors raised by the SDK and the failures that travel through Temporal.

Every error that can cross the wire is a :class:`FailureError`. The failure
converter (:mod:`temporalio.converter`) turns them into
``temporal.api.failure.v1.Failure`` protos and back, keeping the cause chain
(``__cause__``) in ``Failure.cause``.

Details carried by a failure (``ApplicationError.details``,
``CancelledError.details``, ``TimeoutError.last_heartbeat_details``) are decoded
*eagerly*, as plain values without type hints, when an error is built from a
failure: JSON objects become ``dict``, arrays ``list`` and so on. A detail
payload that cannot be decoded at all (for example one whose codec is not
configured) is kept as a :class:`temporalio.common.RawValue`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import timedelta
from enum import IntEnum
from typing import Any

import temporalio.api.enums.v1
import temporalio.api.failure.v1

_enums = temporalio.api.enums.v1


class TemporalError(Exception):
    """Base of every error the SDK raises on purpose."""

    @property
    def cause(self) -> BaseException | None:
        """The error that caused this one; the same as ``__cause__``."""
        return self.__cause__


class FailureError(TemporalError):
    """Base of the errors that are sent to and received from Temporal as failures.

    Raise a subclass (usually :class:`ApplicationError`) from workflow or
    activity code to control how the failure looks on the wire.
    """

    def __init__(
        self,
        message: str,
        *,
        failure: temporalio.api.failure.v1.Failure | None = None,
        exc_args: tuple[Any, ...] | None = None,
    ) -> None:
        """Create a failure error.

        Args:
            message: Failure message.
            failure: The proto this error was decoded from, if any.
            exc_args: Arguments for :class:`BaseException`; by default
                ``(message,)``, so ``str(error)`` is the message.
        """
        super().__init__(*(exc_args if exc_args is not None else (message,)))
        self._message = message
        # Set by the failure converter when the error is decoded from a proto.
        # Re-raising a decoded error re-sends this proto unchanged, so chains
        # written by other SDKs or the server survive a round trip.
        self._failure = failure

    @property
    def message(self) -> str:
        """The failure message (without the type prefix ``str()`` may add)."""
        return self._message

    @property
    def failure(self) -> temporalio.api.failure.v1.Failure | None:
        """The proto this error was decoded from, or ``None`` if raised locally."""
        return self._failure


class WorkflowAlreadyStartedError(FailureError):
    """A workflow with this ID is already running (or its reuse policy forbids a start).

    Raised by the client when starting a workflow and by workflows when
    starting a child workflow.

    Attributes:
        workflow_id: ID of the workflow that is already started.
        workflow_type: Type name of the workflow that was being started.
        run_id: Run ID of the existing execution, when the server reports it.
    """

    def __init__(self, workflow_id: str, workflow_type: str, *, run_id: str | None = None) -> None:
        """Create the error.

        Args:
            workflow_id: ID of the workflow that is already started.
            workflow_type: Type name of the workflow that was being started.
            run_id: Run ID of the existing execution, if known.
        """
        super().__init__("Workflow execution already started")
        self.workflow_id = workflow_id
        self.workflow_type = workflow_type
        self.run_id = run_id


class ApplicationErrorCategory(IntEnum):
    """How an application error is reported by workers (logging and metrics)."""

    UNSPECIFIED = int(_enums.ApplicationErrorCategory.APPLICATION_ERROR_CATEGORY_UNSPECIFIED)
    """Ordinary error."""

    BENIGN = int(_enums.ApplicationErrorCategory.APPLICATION_ERROR_CATEGORY_BENIGN)
    """Expected error: logged at DEBUG level and not counted in failure metrics."""


class ApplicationError(FailureError):
    """An error raised by user code in a workflow or an activity.

    Any other exception raised by user code is sent as an application failure
    too, with ``type`` set to the exception's class name.
    """

    def __init__(
        self,
        message: str,
        *details: Any,
        type: str | None = None,
        non_retryable: bool = False,
        next_retry_delay: timedelta | None = None,
        category: ApplicationErrorCategory = ApplicationErrorCategory.UNSPECIFIED,
    ) -> None:
        """Create an application error.

        Args:
            message: Failure message.
            *details: Values sent with the failure; each is converted with the
                payload converter.
            type: A name for the kind of error. Retry policies list
                non-retryable types by this name.
            non_retryable: Never retry an activity failing with this error,
                whatever its retry policy says.
            next_retry_delay: Override the retry policy's delay before the next
                activity attempt.
            category: How workers report the error.
        """
        super().__init__(message, exc_args=(f"{type}: {message}" if type else message,))
        self._details = details
        self._type = type
        self._non_retryable = non_retryable
        self._next_retry_delay = next_retry_delay
        self._category = category

    @property
    def details(self) -> Sequence[Any]:
        """Values sent with the failure.

        Decoded from a failure, these are plain values (see the module docs).
        """
        return self._details

    @property
    def type(self) -> str | None:
        """The kind of error, or ``None`` if not given."""
        return self._type

    @property
    def non_retryable(self) -> bool:
        """Whether the error itself was marked non-retryable.

        This says nothing about the retry policy, which may also stop retries.
        """
        return self._non_retryable

    @property
    def next_retry_delay(self) -> timedelta | None:
        """Delay before the next activity attempt, overriding the retry policy."""
        return self._next_retry_delay

    @property
    def category(self) -> ApplicationErrorCategory:
        """How workers report the error."""
        return self._category


class CancelledError(FailureError):
    """A workflow, activity or child workflow was cancelled.

    This is Temporal's cancellation *failure*, not :class:`asyncio.CancelledError`;
    use :func:`is_cancelled_exception` to recognise both.
    """

    def __init__(self, message: str = "Cancelled", *details: Any) -> None:
        """Create a cancelled error.

        Args:
            message: Failure message.
            *details: Values sent with the cancellation.
        """
        super().__init__(message)
        self._details = details

    @property
    def details(self) -> Sequence[Any]:
        """Values sent with the cancellation."""
        return self._details


class TerminatedError(FailureError):
    """A workflow was terminated."""

    def __init__(self, message: str, *details: Any) -> None:
        """Create a terminated error.

        Args:
            message: Failure message (the termination reason).
            *details: Values sent with the termination.
        """
        super().__init__(message)
        self._details = details

    @property
    def details(self) -> Sequence[Any]:
        """Values sent with the termination."""
        return self._details


class TimeoutType(IntEnum):
    """Which timeout a :class:`TimeoutError` reports."""

    START_TO_CLOSE = int(_enums.TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE)
    SCHEDULE_TO_START = int(_enums.TimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_START)
    SCHEDULE_TO_CLOSE = int(_enums.TimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_CLOSE)
    HEARTBEAT = int(_enums.TimeoutType.TIMEOUT_TYPE_HEARTBEAT)


class TimeoutError(FailureError):
    """A workflow or activity timed out."""

    def __init__(
        self,
        message: str,
        *,
        type: TimeoutType | None,
        last_heartbeat_details: Sequence[Any],
    ) -> None:
        """Create a timeout error.

        Args:
            message: Failure message.
            type: Which timeout fired, if known.
            last_heartbeat_details: Details of the activity's last heartbeat.
        """
        super().__init__(message)
        self._type = type
        self._last_heartbeat_details = last_heartbeat_details

    @property
    def type(self) -> TimeoutType | None:
        """Which timeout fired, or ``None`` if unknown."""
        return self._type

    @property
    def last_heartbeat_details(self) -> Sequence[Any]:
        """Details of the activity's last heartbeat (empty if none)."""
        return self._last_heartbeat_details


class ServerError(FailureError):
    """A failure reported by the Temporal server itself."""

    def __init__(self, message: str, *, non_retryable: bool = False) -> None:
        """Create a server error.

        Args:
            message: Failure message.
            non_retryable: Whether the server marked it non-retryable.
        """
        super().__init__(message)
        self._non_retryable = non_retryable

    @property
    def non_retryable(self) -> bool:
        """Whether the server marked the failure non-retryable."""
        return self._non_retryable


class RetryState(IntEnum):
    """Why an activity or child workflow stopped being retried."""

    IN_PROGRESS = int(_enums.RetryState.RETRY_STATE_IN_PROGRESS)
    NON_RETRYABLE_FAILURE = int(_enums.RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE)
    TIMEOUT = int(_enums.RetryState.RETRY_STATE_TIMEOUT)
    MAXIMUM_ATTEMPTS_REACHED = int(_enums.RetryState.RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED)
    RETRY_POLICY_NOT_SET = int(_enums.RetryState.RETRY_STATE_RETRY_POLICY_NOT_SET)
    INTERNAL_SERVER_ERROR = int(_enums.RetryState.RETRY_STATE_INTERNAL_SERVER_ERROR)
    CANCEL_REQUESTED = int(_enums.RetryState.RETRY_STATE_CANCEL_REQUESTED)


class ActivityError(FailureError):
    """An activity failed, timed out or was cancelled; the reason is its ``cause``."""

    def __init__(
        self,
        message: str,
        *,
        scheduled_event_id: int,
        started_event_id: int,
        identity: str,
        activity_type: str,
        activity_id: str,
        retry_state: RetryState | None,
    ) -> None:
        """Create an activity error.

        Args:
            message: Failure message.
            scheduled_event_id: ID of the ActivityTaskScheduled event.
            started_event_id: ID of the ActivityTaskStarted event.
            identity: Identity of the worker that ran the last attempt.
            activity_type: Activity type name.
            activity_id: Activity ID.
            retry_state: Why retries stopped, if known.
        """
        super().__init__(message)
        self._scheduled_event_id = scheduled_event_id
        self._started_event_id = started_event_id
        self._identity = identity
        self._activity_type = activity_type
        self._activity_id = activity_id
        self._retry_state = retry_state

    @property
    def scheduled_event_id(self) -> int:
        """ID of the ActivityTaskScheduled event."""
        return self._scheduled_event_id

    @property
    def started_event_id(self) -> int:
        """ID of the ActivityTaskStarted event."""
        return self._started_event_id

    @property
    def identity(self) -> str:
        """Identity of the worker that ran the last attempt."""
        return self._identity

    @property
    def activity_type(self) -> str:
        """Activity type name."""
        return self._activity_type

    @property
    def activity_id(self) -> str:
        """Activity ID."""
        return self._activity_id

    @property
    def retry_state(self) -> RetryState | None:
        """Why retries stopped, or ``None`` if unknown."""
        return self._retry_state


class ChildWorkflowError(FailureError):
    """A child workflow failed, timed out, was terminated or cancelled; see ``cause``."""

    def __init__(
        self,
        message: str,
        *,
        namespace: str,
        workflow_id: str,
        run_id: str,
        workflow_type: str,
        initiated_event_id: int,
        started_event_id: int,
        retry_state: RetryState | None,
    ) -> None:
        """Create a child workflow error.

        Args:
            message: Failure message.
            namespace: Namespace of the child.
            workflow_id: Workflow ID of the child.
            run_id: Run ID of the child.
            workflow_type: Workflow type name of the child.
            initiated_event_id: ID of the StartChildWorkflowExecutionInitiated event.
            started_event_id: ID of the ChildWorkflowExecutionStarted event.
            retry_state: Why retries stopped, if known.
        """
        super().__init__(message)
        self._namespace = namespace
        self._workflow_id = workflow_id
        self._run_id = run_id
        self._workflow_type = workflow_type
        self._initiated_event_id = initiated_event_id
        self._started_event_id = started_event_id
        self._retry_state = retry_state

    @property
    def namespace(self) -> str:
        """Namespace of the child."""
        return self._namespace

    @property
    def workflow_id(self) -> str:
        """Workflow ID of the child."""
        return self._workflow_id

    @property
    def run_id(self) -> str:
        """Run ID of the child."""
        return self._run_id

    @property
    def workflow_type(self) -> str:
        """Workflow type name of the child."""
        return self._workflow_type

    @property
    def initiated_event_id(self) -> int:
        """ID of the StartChildWorkflowExecutionInitiated event."""
        return self._initiated_event_id

    @property
    def started_event_id(self) -> int:
        """ID of the ChildWorkflowExecutionStarted event."""
        return self._started_event_id

    @property
    def retry_state(self) -> RetryState | None:
        """Why retries stopped, or ``None`` if unknown."""
        return self._retry_state


def is_cancelled_exception(exception: BaseException) -> bool:
    """Tell whether an exception means "cancelled" in Temporal's sense.

    True for :class:`CancelledError`, for :class:`asyncio.CancelledError` (what
    workflow code sees when its scope is cancelled), for :class:`trio.Cancelled`
    (activities running on trio), and for an :class:`ActivityError` or
    :class:`ChildWorkflowError` whose cause is a :class:`CancelledError`.

    Args:
        exception: The exception to check.

    Returns:
        Whether it is a cancellation.
    """
    if isinstance(exception, CancelledError):
        return True
    if isinstance(exception, ActivityError | ChildWorkflowError):
        return isinstance(exception.cause, CancelledError)
    # Only look at the event-loop libraries that are already imported: an
    # exception cannot be an instance of a class that was never loaded, and
    # this module must not import either library itself.
    asyncio_module = sys.modules.get("asyncio")
    if asyncio_module is not None and isinstance(exception, asyncio_module.CancelledError):
        return True
    trio_module = sys.modules.get("trio")
    return trio_module is not None and isinstance(exception, trio_module.Cancelled)


__all__ = [
    "ActivityError",
    "ApplicationError",
    "ApplicationErrorCategory",
    "CancelledError",
    "ChildWorkflowError",
    "FailureError",
    "RetryState",
    "ServerError",
    "TemporalError",
    "TerminatedError",
    "TimeoutError",
    "TimeoutType",
    "WorkflowAlreadyStartedError",
    "is_cancelled_exception",
]
