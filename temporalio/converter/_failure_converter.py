"""Converters between Python exceptions and ``temporal.api.failure.v1.Failure`` protos."""

from __future__ import annotations

import itertools
import traceback
from abc import ABC, abstractmethod
from typing import Any, ClassVar, cast

import temporalio.api.common.v1
import temporalio.api.enums.v1
import temporalio.api.failure.v1
from temporalio._common._raw_value import RawValue
from temporalio.converter._payload_converter import PayloadConverter
from temporalio.exceptions import (
    ActivityError,
    ApplicationError,
    ApplicationErrorCategory,
    CancelledError,
    ChildWorkflowError,
    FailureError,
    RetryState,
    ServerError,
    TerminatedError,
    TimeoutError,
    TimeoutType,
)

_Failure = temporalio.api.failure.v1.Failure
_Enums = temporalio.api.enums.v1


class FailureConverter(ABC):
    """Converts exceptions to failure protos and back.

    Codecs are applied by :class:`temporalio.converter.DataConverter`, not here,
    so workflow code can use a failure converter directly.
    """

    default: ClassVar[FailureConverter]
    """The default failure converter (a :class:`DefaultFailureConverter`)."""

    @abstractmethod
    def to_failure(
        self,
        exception: BaseException,
        payload_converter: PayloadConverter,
        failure: temporalio.api.failure.v1.Failure,
    ) -> None:
        """Fill in a failure proto from an exception and its causes.

        Args:
            exception: The exception (not modified).
            payload_converter: Converter for details.
            failure: The proto to fill in.
        """

    @abstractmethod
    def from_failure(
        self,
        failure: temporalio.api.failure.v1.Failure,
        payload_converter: PayloadConverter,
    ) -> BaseException:
        """Build an exception, with its ``__cause__`` chain, from a failure proto.

        Args:
            failure: The proto (not modified).
            payload_converter: Converter for details.

        Returns:
            The exception.
        """


def _cause_of(exception: BaseException) -> BaseException | None:
    # Explicit cause first; otherwise the implicit context, unless suppressed
    # (``raise ... from None``), the same rule Python's tracebacks follow.
    if exception.__cause__ is not None:
        return exception.__cause__
    if exception.__suppress_context__:
        return None
    return exception.__context__


def _enum_or(enum_type: Any, value: int, fallback: Any) -> Any:
    try:
        return enum_type(value)
    except ValueError:  # a value newer than this SDK
        return fallback


class DefaultFailureConverter(FailureConverter):
    """The standard failure converter, compatible with the other Temporal SDKs.

    * :class:`temporalio.exceptions.FailureError` subclasses map to their
      failure infos (application, timeout, cancelled, terminated, server,
      activity, child workflow).
    * Any other exception becomes an application failure whose ``type`` is the
      exception's class name and whose message is ``str(exception)``.
    * ``__cause__`` (or the implicit ``__context__``) becomes ``Failure.cause``,
      all the way down, and back.
    * The Python traceback is written to ``stack_trace``. ``source`` stays empty.
    * An error decoded from a failure keeps that proto (``error.failure``); when
      it is raised again, the proto is sent again unchanged, so failures written
      by other SDKs or the server keep every field.
    """

    def __init__(self, *, encode_common_attributes: bool = False) -> None:
        """Create the converter.

        Args:
            encode_common_attributes: Move each failure's message and stack
                trace into ``encoded_attributes`` (a payload, so a codec can
                encrypt it), leaving the message ``"Encoded failure"``.
        """
        self._encode_common_attributes = encode_common_attributes

    def to_failure(
        self,
        exception: BaseException,
        payload_converter: PayloadConverter,
        failure: temporalio.api.failure.v1.Failure,
    ) -> None:
        """See :meth:`FailureConverter.to_failure`."""
        seen: set[int] = set()
        current: BaseException | None = exception
        target = failure
        # Iterative, with a guard: __cause__ can be made cyclic by hand.
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            current = self._fill_failure(current, payload_converter, target)
            if current is not None and id(current) not in seen:
                target = target.cause

    def _fill_failure(
        self,
        exception: BaseException,
        payload_converter: PayloadConverter,
        failure: temporalio.api.failure.v1.Failure,
    ) -> BaseException | None:
        """Fill in one level; return the exception for ``failure.cause``, if any."""
        if isinstance(exception, FailureError) and exception.failure is not None:
            failure.CopyFrom(exception.failure)  # brings its whole cause chain
            if not failure.HasField("encoded_attributes"):
                self._move_common_attributes(payload_converter, failure)
            return None

        failure.message = (
            exception.message if isinstance(exception, FailureError) else str(exception)
        )
        if exception.__traceback__ is not None:
            failure.stack_trace = "".join(traceback.format_tb(exception.__traceback__))
        if isinstance(exception, FailureError):
            self._fill_info(exception, payload_converter, failure)
        else:
            failure.application_failure_info.type = type(exception).__name__
        self._move_common_attributes(payload_converter, failure)
        return _cause_of(exception)

    def _move_common_attributes(
        self, payload_converter: PayloadConverter, failure: temporalio.api.failure.v1.Failure
    ) -> None:
        if not self._encode_common_attributes:
            return
        failure.encoded_attributes.CopyFrom(
            payload_converter.to_payload(
                {"message": failure.message, "stack_trace": failure.stack_trace}
            )
        )
        failure.message = "Encoded failure"
        failure.stack_trace = ""

    def _fill_info(
        self,
        error: FailureError,
        payload_converter: PayloadConverter,
        failure: temporalio.api.failure.v1.Failure,
    ) -> None:
        if isinstance(error, ApplicationError):
            app = failure.application_failure_info
            app.SetInParent()
            app.type = error.type or ""
            app.non_retryable = error.non_retryable
            if error.details:
                app.details.CopyFrom(payload_converter.to_payloads_wrapper(error.details))
            if error.next_retry_delay is not None:
                app.next_retry_delay.FromTimedelta(error.next_retry_delay)
            app.category = cast(_Enums.ApplicationErrorCategory, int(error.category))
        elif isinstance(error, TimeoutError):
            timeout = failure.timeout_failure_info
            timeout.SetInParent()
            timeout.timeout_type = cast(_Enums.TimeoutType, int(error.type or 0))
            if error.last_heartbeat_details:
                timeout.last_heartbeat_details.CopyFrom(
                    payload_converter.to_payloads_wrapper(error.last_heartbeat_details)
                )
        elif isinstance(error, CancelledError):
            failure.canceled_failure_info.SetInParent()
            if error.details:
                failure.canceled_failure_info.details.CopyFrom(
                    payload_converter.to_payloads_wrapper(error.details)
                )
        elif isinstance(error, TerminatedError):
            failure.terminated_failure_info.SetInParent()
        elif isinstance(error, ServerError):
            failure.server_failure_info.SetInParent()
            failure.server_failure_info.non_retryable = error.non_retryable
        elif isinstance(error, ActivityError):
            activity = failure.activity_failure_info
            activity.SetInParent()
            activity.scheduled_event_id = error.scheduled_event_id
            activity.started_event_id = error.started_event_id
            activity.identity = error.identity
            activity.activity_type.name = error.activity_type
            activity.activity_id = error.activity_id
            activity.retry_state = cast(_Enums.RetryState, int(error.retry_state or 0))
        elif isinstance(error, ChildWorkflowError):
            child = failure.child_workflow_execution_failure_info
            child.SetInParent()
            child.namespace = error.namespace
            child.workflow_execution.workflow_id = error.workflow_id
            child.workflow_execution.run_id = error.run_id
            child.workflow_type.name = error.workflow_type
            child.initiated_event_id = error.initiated_event_id
            child.started_event_id = error.started_event_id
            child.retry_state = cast(_Enums.RetryState, int(error.retry_state or 0))

    def from_failure(
        self,
        failure: temporalio.api.failure.v1.Failure,
        payload_converter: PayloadConverter,
    ) -> BaseException:
        """See :meth:`FailureConverter.from_failure`."""
        # One copy of the whole tree: each error keeps a sub-message of it as
        # ``.failure``, which must not change if the caller reuses its proto.
        owned = _Failure()
        owned.CopyFrom(failure)
        chain: list[BaseException] = []
        current: temporalio.api.failure.v1.Failure | None = owned
        while current is not None:
            chain.append(self._error_for(current, payload_converter))
            current = current.cause if current.HasField("cause") else None
        for error, cause in itertools.pairwise(chain):
            error.__cause__ = cause
        return chain[0]

    def _error_for(
        self,
        failure: temporalio.api.failure.v1.Failure,
        payload_converter: PayloadConverter,
    ) -> FailureError:
        message = failure.message
        if failure.HasField("encoded_attributes"):
            try:
                attributes = payload_converter.from_payload(failure.encoded_attributes)
            except Exception:
                attributes = None  # leave the message as sent rather than lose the error
            if isinstance(attributes, dict) and isinstance(attributes.get("message"), str):
                message = attributes["message"]

        error: FailureError
        info = failure.WhichOneof("failure_info")
        if info == "application_failure_info":
            app = failure.application_failure_info
            error = ApplicationError(
                message or "Application error",
                *_decode_details(payload_converter, app.details),
                type=app.type or None,
                non_retryable=app.non_retryable,
                next_retry_delay=app.next_retry_delay.ToTimedelta()
                if app.HasField("next_retry_delay")
                else None,
                category=_enum_or(
                    ApplicationErrorCategory, app.category, ApplicationErrorCategory.UNSPECIFIED
                ),
            )
        elif info == "timeout_failure_info":
            timeout = failure.timeout_failure_info
            error = TimeoutError(
                message or "Timeout",
                type=_enum_or(TimeoutType, timeout.timeout_type, None)
                if timeout.timeout_type
                else None,
                last_heartbeat_details=_decode_details(
                    payload_converter, timeout.last_heartbeat_details
                ),
            )
        elif info == "canceled_failure_info":
            error = CancelledError(
                message or "Cancelled",
                *_decode_details(payload_converter, failure.canceled_failure_info.details),
            )
        elif info == "terminated_failure_info":
            error = TerminatedError(message or "Terminated")
        elif info == "server_failure_info":
            error = ServerError(
                message or "Server error",
                non_retryable=failure.server_failure_info.non_retryable,
            )
        elif info == "activity_failure_info":
            activity = failure.activity_failure_info
            error = ActivityError(
                message or "Activity error",
                scheduled_event_id=activity.scheduled_event_id,
                started_event_id=activity.started_event_id,
                identity=activity.identity,
                activity_type=activity.activity_type.name,
                activity_id=activity.activity_id,
                retry_state=_enum_or(RetryState, activity.retry_state, None)
                if activity.retry_state
                else None,
            )
        elif info == "child_workflow_execution_failure_info":
            child = failure.child_workflow_execution_failure_info
            error = ChildWorkflowError(
                message or "Child workflow error",
                namespace=child.namespace,
                workflow_id=child.workflow_execution.workflow_id,
                run_id=child.workflow_execution.run_id,
                workflow_type=child.workflow_type.name,
                initiated_event_id=child.initiated_event_id,
                started_event_id=child.started_event_id,
                retry_state=_enum_or(RetryState, child.retry_state, None)
                if child.retry_state
                else None,
            )
        else:
            error = FailureError(message or "Failure error")
        # The proto as received (encoded attributes included): re-raising the
        # error re-sends exactly this. Same-package access to the private slot.
        error._failure = failure
        return error


def _decode_details(
    payload_converter: PayloadConverter, payloads: temporalio.api.common.v1.Payloads
) -> list[Any]:
    """Details as plain values; undecodable ones stay as :class:`RawValue`."""
    try:
        return payload_converter.from_payloads_wrapper(payloads)
    except Exception:
        return [RawValue(payload) for payload in payloads.payloads]


class DefaultFailureConverterWithEncodedAttributes(DefaultFailureConverter):
    """:class:`DefaultFailureConverter` with ``encode_common_attributes=True``.

    Use it with an encrypting codec so messages and stack traces are encrypted
    too.
    """

    def __init__(self) -> None:
        """Create the converter."""
        super().__init__(encode_common_attributes=True)


FailureConverter.default = DefaultFailureConverter()
