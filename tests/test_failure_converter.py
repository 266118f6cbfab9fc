"""Exceptions to failure protos and back: info fields, cause chains, encoded attributes, codecs."""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Sequence
from datetime import timedelta

import pytest

from temporalio.api.common.v1 import Payload
from temporalio.api.enums.v1 import RetryState as ProtoRetryState
from temporalio.api.enums.v1 import TimeoutType as ProtoTimeoutType
from temporalio.api.failure.v1 import Failure
from temporalio.common import RawValue
from temporalio.converter import (
    DataConverter,
    DefaultFailureConverter,
    DefaultFailureConverterWithEncodedAttributes,
    DefaultPayloadConverter,
    FailureConverter,
    PayloadCodec,
)
from temporalio.exceptions import (
    ActivityError,
    ApplicationError,
    ApplicationErrorCategory,
    CancelledError,
    ChildWorkflowError,
    FailureError,
    RetryState,
    ServerError,
    TemporalError,
    TerminatedError,
    TimeoutError,
    TimeoutType,
    WorkflowAlreadyStartedError,
    is_cancelled_exception,
)

PAYLOADS = DefaultPayloadConverter.default
CONVERTER = FailureConverter.default


def to_failure(exception: BaseException, converter: FailureConverter = CONVERTER) -> Failure:
    failure = Failure()
    converter.to_failure(exception, PAYLOADS, failure)
    return failure


def raised(exception: BaseException) -> BaseException:
    """The exception after being raised and caught, so it has a traceback."""
    try:
        raise exception
    except BaseException as caught:
        return caught


def application_error_with_value_error_cause() -> ApplicationError:
    try:
        try:
            raise ValueError("bad input")
        except ValueError as err:
            raise ApplicationError(
                "processing failed",
                {"order": 7},
                [1, 2],
                type="ProcessingError",
                non_retryable=True,
                next_retry_delay=timedelta(seconds=3),
                category=ApplicationErrorCategory.BENIGN,
            ) from err
    except ApplicationError as caught:
        return caught


def test_application_error_fields_are_written_to_the_failure() -> None:
    failure = to_failure(application_error_with_value_error_cause())
    assert failure.message == "processing failed"
    assert failure.source == ""
    assert "application_error_with_value_error_cause" in failure.stack_trace
    info = failure.application_failure_info
    assert info.type == "ProcessingError"
    assert info.non_retryable
    assert info.next_retry_delay.ToTimedelta() == timedelta(seconds=3)
    assert info.category == 1
    assert [json.loads(p.data) for p in info.details.payloads] == [{"order": 7}, [1, 2]]


def test_plain_exception_cause_becomes_application_failure_named_after_its_class() -> None:
    failure = to_failure(application_error_with_value_error_cause())
    cause = failure.cause
    assert cause.message == "bad input"
    assert cause.application_failure_info.type == "ValueError"
    assert not cause.application_failure_info.non_retryable
    assert "application_error_with_value_error_cause" in cause.stack_trace
    assert not cause.HasField("cause")


def test_application_error_chain_round_trips() -> None:
    error = CONVERTER.from_failure(to_failure(application_error_with_value_error_cause()), PAYLOADS)
    assert isinstance(error, ApplicationError)
    assert error.message == "processing failed"
    assert str(error) == "ProcessingError: processing failed"
    assert error.type == "ProcessingError"
    assert error.non_retryable
    assert error.next_retry_delay == timedelta(seconds=3)
    assert int(error.category) == int(ApplicationErrorCategory.BENIGN)
    assert list(error.details) == [{"order": 7}, [1, 2]]
    cause = error.cause
    assert isinstance(cause, ApplicationError)
    assert cause.type == "ValueError"
    assert cause.message == "bad input"
    assert cause.cause is None


def test_decoded_error_keeps_its_proto_as_received() -> None:
    failure = to_failure(application_error_with_value_error_cause())
    error = CONVERTER.from_failure(failure, PAYLOADS)
    assert isinstance(error, FailureError)
    assert error.failure == failure
    assert isinstance(error.cause, FailureError)
    assert error.cause.failure == failure.cause
    failure.message = "changed later by the caller"
    assert error.failure is not None
    assert error.failure.message == "processing failed"


def test_reraising_a_decoded_error_sends_the_original_proto() -> None:
    foreign = Failure(
        message="activity StartToClose timeout",
        source="Server",
        timeout_failure_info={"timeout_type": ProtoTimeoutType.TIMEOUT_TYPE_START_TO_CLOSE},
    )
    error = CONVERTER.from_failure(foreign, PAYLOADS)
    assert to_failure(raised(error)) == foreign


def test_implicit_context_is_the_cause_unless_suppressed() -> None:
    def handler(suppress: bool) -> BaseException:
        try:
            try:
                raise KeyError("k")
            except KeyError:
                if suppress:
                    raise RuntimeError("outer") from None
                raise RuntimeError("outer")  # noqa: B904 - implicit context on purpose
        except RuntimeError as err:
            return err

    assert to_failure(handler(False)).cause.application_failure_info.type == "KeyError"
    assert not to_failure(handler(True)).HasField("cause")


def test_long_and_cyclic_cause_chains_are_converted_without_recursion() -> None:
    head: BaseException = ValueError("0")
    current = head
    for index in range(1, sys.getrecursionlimit() + 50):
        nxt = ValueError(str(index))
        current.__cause__ = nxt
        current = nxt
    failure = to_failure(head)
    depth = 0
    node = failure
    while node.HasField("cause"):
        node = node.cause
        depth += 1
    assert depth == sys.getrecursionlimit() + 49
    error = CONVERTER.from_failure(failure, PAYLOADS)
    assert isinstance(error, ApplicationError)

    first, second = ValueError("a"), ValueError("b")
    first.__cause__ = second
    second.__cause__ = first
    cyclic = to_failure(first)
    assert cyclic.cause.message == "b"
    assert not cyclic.cause.HasField("cause")


def test_activity_error_info_round_trips() -> None:
    error = ActivityError(
        "Activity task failed",
        scheduled_event_id=5,
        started_event_id=6,
        identity="worker@host",
        activity_type="charge",
        activity_id="1",
        retry_state=RetryState.MAXIMUM_ATTEMPTS_REACHED,
    )
    error.__cause__ = ApplicationError("card declined", type="Declined")
    failure = to_failure(error)
    info = failure.activity_failure_info
    assert (info.scheduled_event_id, info.started_event_id) == (5, 6)
    assert info.identity == "worker@host"
    assert info.activity_type.name == "charge"
    assert info.activity_id == "1"
    assert int(info.retry_state) == int(ProtoRetryState.RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED)
    assert failure.cause.application_failure_info.type == "Declined"

    decoded = CONVERTER.from_failure(failure, PAYLOADS)
    assert isinstance(decoded, ActivityError)
    assert decoded.scheduled_event_id == 5
    assert decoded.started_event_id == 6
    assert decoded.identity == "worker@host"
    assert decoded.activity_type == "charge"
    assert decoded.activity_id == "1"
    assert decoded.retry_state is RetryState.MAXIMUM_ATTEMPTS_REACHED
    assert isinstance(decoded.cause, ApplicationError)
    assert decoded.cause.type == "Declined"


def test_child_workflow_error_info_round_trips() -> None:
    error = ChildWorkflowError(
        "Child Workflow execution failed",
        namespace="default",
        workflow_id="child-1",
        run_id="run-9",
        workflow_type="ChildWorkflow",
        initiated_event_id=11,
        started_event_id=12,
        retry_state=RetryState.NON_RETRYABLE_FAILURE,
    )
    error.__cause__ = TerminatedError("operator said so")
    failure = to_failure(error)
    info = failure.child_workflow_execution_failure_info
    assert info.namespace == "default"
    assert info.workflow_execution.workflow_id == "child-1"
    assert info.workflow_execution.run_id == "run-9"
    assert info.workflow_type.name == "ChildWorkflow"
    assert (info.initiated_event_id, info.started_event_id) == (11, 12)
    assert failure.cause.HasField("terminated_failure_info")

    decoded = CONVERTER.from_failure(failure, PAYLOADS)
    assert isinstance(decoded, ChildWorkflowError)
    assert (decoded.namespace, decoded.workflow_id, decoded.run_id) == (
        "default",
        "child-1",
        "run-9",
    )
    assert decoded.workflow_type == "ChildWorkflow"
    assert (decoded.initiated_event_id, decoded.started_event_id) == (11, 12)
    assert decoded.retry_state is RetryState.NON_RETRYABLE_FAILURE
    assert isinstance(decoded.cause, TerminatedError)
    assert decoded.cause.message == "operator said so"


def test_timeout_error_round_trips_type_and_heartbeat_details() -> None:
    error = TimeoutError(
        "activity Heartbeat timeout",
        type=TimeoutType.HEARTBEAT,
        last_heartbeat_details=[{"progress": 40}],
    )
    failure = to_failure(error)
    assert failure.timeout_failure_info.timeout_type == ProtoTimeoutType.TIMEOUT_TYPE_HEARTBEAT
    decoded = CONVERTER.from_failure(failure, PAYLOADS)
    assert isinstance(decoded, TimeoutError)
    assert decoded.type is TimeoutType.HEARTBEAT
    assert list(decoded.last_heartbeat_details) == [{"progress": 40}]


def test_cancelled_error_round_trips_details() -> None:
    failure = to_failure(CancelledError("Activity cancelled", "why"))
    assert failure.HasField("canceled_failure_info")
    decoded = CONVERTER.from_failure(failure, PAYLOADS)
    assert isinstance(decoded, CancelledError)
    assert decoded.message == "Activity cancelled"
    assert list(decoded.details) == ["why"]


def test_terminated_and_server_errors_round_trip() -> None:
    terminated = CONVERTER.from_failure(to_failure(TerminatedError("bye")), PAYLOADS)
    assert isinstance(terminated, TerminatedError)
    assert terminated.message == "bye"
    server = CONVERTER.from_failure(to_failure(ServerError("boom", non_retryable=True)), PAYLOADS)
    assert isinstance(server, ServerError)
    assert server.non_retryable


def test_failures_without_message_get_default_messages() -> None:
    cases = {
        "application_failure_info": (ApplicationError, "Application error"),
        "canceled_failure_info": (CancelledError, "Cancelled"),
        "terminated_failure_info": (TerminatedError, "Terminated"),
        "timeout_failure_info": (TimeoutError, "Timeout"),
        "server_failure_info": (ServerError, "Server error"),
    }
    for field, (error_type, message) in cases.items():
        failure = Failure()
        getattr(failure, field).SetInParent()
        error = CONVERTER.from_failure(failure, PAYLOADS)
        assert type(error) is error_type
        assert isinstance(error, FailureError)
        assert error.message == message
    generic = CONVERTER.from_failure(Failure(message="?"), PAYLOADS)
    assert type(generic) is FailureError


def test_undecodable_details_are_kept_as_raw_values() -> None:
    odd = Payload(metadata={"encoding": b"binary/encrypted"}, data=b"x")
    failure = Failure(message="m", application_failure_info={"details": {"payloads": [odd]}})
    error = CONVERTER.from_failure(failure, PAYLOADS)
    assert isinstance(error, ApplicationError)
    assert list(error.details) == [RawValue(odd)]


def test_encoded_attributes_hide_message_and_stack_trace_and_are_restored() -> None:
    converter = DefaultFailureConverterWithEncodedAttributes()
    failure = to_failure(application_error_with_value_error_cause(), converter)
    for level in (failure, failure.cause):
        assert level.message == "Encoded failure"
        assert level.stack_trace == ""
        assert level.encoded_attributes.metadata["encoding"] == b"json/plain"
    attributes = json.loads(failure.encoded_attributes.data)
    assert attributes["message"] == "processing failed"
    assert "application_error_with_value_error_cause" in attributes["stack_trace"]

    for decoder in (converter, CONVERTER):
        error = decoder.from_failure(failure, PAYLOADS)
        assert isinstance(error, ApplicationError)
        assert error.message == "processing failed"
        assert isinstance(error.cause, ApplicationError)
        assert error.cause.message == "bad input"


def test_encode_common_attributes_flag_on_default_converter() -> None:
    failure = to_failure(
        ValueError("secret"), DefaultFailureConverter(encode_common_attributes=True)
    )
    assert failure.message == "Encoded failure"
    assert b"secret" in failure.encoded_attributes.data


class ReversingCodec(PayloadCodec):
    """Reverses data bytes and marks the payload binary/reversed."""

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        return [
            Payload(metadata={"encoding": b"binary/reversed"}, data=p.SerializeToString()[::-1])
            for p in payloads
        ]

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        return [Payload.FromString(p.data[::-1]) for p in payloads]


def all_payloads(failure: Failure) -> list[Payload]:
    found: list[Payload] = []
    node: Failure | None = failure
    while node is not None:
        if node.HasField("encoded_attributes"):
            found.append(node.encoded_attributes)
        found.extend(node.application_failure_info.details.payloads)
        found.extend(node.timeout_failure_info.last_heartbeat_details.payloads)
        found.extend(node.canceled_failure_info.details.payloads)
        node = node.cause if node.HasField("cause") else None
    return found


async def test_codec_is_applied_to_every_payload_in_the_failure_tree() -> None:
    converter = DataConverter(
        payload_codec=ReversingCodec(),
        failure_converter=DefaultFailureConverterWithEncodedAttributes(),
    )
    error = ApplicationError("top", "detail", type="Top")
    timeout = TimeoutError("t", type=TimeoutType.HEARTBEAT, last_heartbeat_details=["beat"])
    timeout.__cause__ = CancelledError("c", "why")
    error.__cause__ = timeout
    failure = Failure()
    await converter.encode_failure(error, failure)

    payloads = all_payloads(failure)
    assert len(payloads) == 6  # 3 encoded attributes + 3 details
    assert all(p.metadata["encoding"] == b"binary/reversed" for p in payloads)

    encoded = failure.SerializeToString()
    decoded = await converter.decode_failure(failure)
    assert failure.SerializeToString() == encoded  # input left untouched
    assert isinstance(decoded, ApplicationError)
    assert decoded.message == "top"
    assert list(decoded.details) == ["detail"]
    assert isinstance(decoded.cause, TimeoutError)
    assert list(decoded.cause.last_heartbeat_details) == ["beat"]
    assert isinstance(decoded.cause.cause, CancelledError)
    assert list(decoded.cause.cause.details) == ["why"]


async def test_zlib_codec_round_trips_failure_details() -> None:
    class ZlibCodec(PayloadCodec):
        async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
            return [
                Payload(
                    metadata={"encoding": b"binary/zlib"}, data=zlib.compress(p.SerializeToString())
                )
                for p in payloads
            ]

        async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
            return [Payload.FromString(zlib.decompress(p.data)) for p in payloads]

    converter = DataConverter(payload_codec=ZlibCodec())
    failure = Failure()
    await converter.encode_failure(ApplicationError("m", {"k": [1, 2]}), failure)
    assert (
        failure.application_failure_info.details.payloads[0].metadata["encoding"] == b"binary/zlib"
    )
    decoded = await converter.decode_failure(failure)
    assert isinstance(decoded, ApplicationError)
    assert list(decoded.details) == [{"k": [1, 2]}]


def test_exception_hierarchy_and_messages() -> None:
    for error_type in (
        ApplicationError,
        CancelledError,
        TerminatedError,
        ServerError,
        WorkflowAlreadyStartedError,
    ):
        assert issubclass(error_type, FailureError)
    assert issubclass(FailureError, TemporalError)
    started = WorkflowAlreadyStartedError("wf", "MyWorkflow", run_id="r")
    assert started.message == "Workflow execution already started"
    assert (started.workflow_id, started.workflow_type, started.run_id) == ("wf", "MyWorkflow", "r")
    assert str(ApplicationError("plain")) == "plain"
    assert CancelledError().message == "Cancelled"


def test_enum_values_match_the_proto() -> None:
    assert int(TimeoutType.START_TO_CLOSE) == int(ProtoTimeoutType.TIMEOUT_TYPE_START_TO_CLOSE)
    assert int(TimeoutType.SCHEDULE_TO_START) == int(
        ProtoTimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_START
    )
    assert int(TimeoutType.SCHEDULE_TO_CLOSE) == int(
        ProtoTimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_CLOSE
    )
    assert int(TimeoutType.HEARTBEAT) == int(ProtoTimeoutType.TIMEOUT_TYPE_HEARTBEAT)
    assert int(RetryState.CANCEL_REQUESTED) == int(ProtoRetryState.RETRY_STATE_CANCEL_REQUESTED)
    assert int(RetryState.IN_PROGRESS) == int(ProtoRetryState.RETRY_STATE_IN_PROGRESS)


def test_is_cancelled_exception_recognises_every_form() -> None:
    import asyncio

    trio = pytest.importorskip("trio")

    activity_error = ActivityError(
        "Activity cancelled",
        scheduled_event_id=1,
        started_event_id=2,
        identity="",
        activity_type="a",
        activity_id="1",
        retry_state=RetryState.CANCEL_REQUESTED,
    )
    activity_error.__cause__ = CancelledError()
    assert is_cancelled_exception(CancelledError())
    assert is_cancelled_exception(asyncio.CancelledError())
    assert is_cancelled_exception(activity_error)
    assert is_cancelled_exception(trio.Cancelled._create())
    activity_error.__cause__ = ApplicationError("x")
    assert not is_cancelled_exception(activity_error)
    assert not is_cancelled_exception(ValueError())


def test_unknown_enum_values_from_newer_servers_do_not_break_decoding() -> None:
    failure = Failure(message="m")
    failure.activity_failure_info.retry_state = 99  # type: ignore[assignment]
    failure.cause.timeout_failure_info.timeout_type = 42  # type: ignore[assignment]
    failure.cause.cause.application_failure_info.category = 7  # type: ignore[assignment]
    error = CONVERTER.from_failure(failure, PAYLOADS)
    assert isinstance(error, ActivityError)
    assert error.retry_state is None
    assert isinstance(error.cause, TimeoutError)
    assert error.cause.type is None
    assert isinstance(error.cause.cause, ApplicationError)
    assert error.cause.cause.category is ApplicationErrorCategory.UNSPECIFIED
