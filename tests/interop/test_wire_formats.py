"""Payloads and failures: each SDK's encoding is the other's, and decodes the same.

These run once (not per backend): converters involve no I/O.
"""

from __future__ import annotations

import base64
from typing import Any

from temporalio.api.common.v1 import Payload
from temporalio.api.failure.v1 import Failure
from temporalio.converter import DataConverter
from tests.interop.reference import ReferenceSDK
from tests.interop.shared_drivers import (
    as_json,
    describe_error,
    describe_sample,
    sample_failure,
    sample_values,
)

CONVERTER = DataConverter.default


def _b64(message: Payload | Failure) -> str:
    return base64.b64encode(message.SerializeToString()).decode()


def _payload_view(p: Payload) -> tuple[dict[str, bytes], bytes]:
    return dict(p.metadata), p.data


def test_payloads_are_byte_identical_and_decode_on_the_other_side(
    reference: ReferenceSDK,
) -> None:
    values = sample_values()
    ours = CONVERTER.payload_converter.to_payloads([v for v, _ in values])
    theirs = [Payload.FromString(base64.b64decode(p)) for p in reference.call("encode_samples")]
    # Same encoding metadata and the very same data bytes, value by value.
    assert [_payload_view(p) for p in ours] == [_payload_view(p) for p in theirs]

    expected = [describe_sample(v) for v, _ in values]
    hints = [hint for _, hint in values]
    # Theirs decoded by us, ours decoded by them: the original values, with their types.
    assert [
        describe_sample(v) for v in CONVERTER.payload_converter.from_payloads(theirs, hints)
    ] == expected
    assert reference.call("decode_samples", payloads=[_b64(p) for p in ours]) == expected


EXPECTED_FAILURE: dict[str, Any] = {
    "class": "ActivityError",
    "message": "Activity task failed",
    "activity_type": "store",
    "activity_id": "1",
    "retry_state": "MAXIMUM_ATTEMPTS_REACHED",
    "cause": {
        "class": "ApplicationError",
        "message": "could not store",
        "type": "StoreFailed",
        "details": [{"path": "/tmp/x", "tries": 3}, "second"],
        "non_retryable": False,
        "cause": {
            "class": "ApplicationError",
            "message": "disk full",
            "type": "IOFailure",
            "details": [],
            "non_retryable": False,
            "cause": None,
        },
    },
}


def test_failure_chains_encode_alike_and_decode_on_the_other_side(
    reference: ReferenceSDK,
) -> None:
    ours = Failure()
    CONVERTER.failure_converter.to_failure(sample_failure(), CONVERTER.payload_converter, ours)
    theirs = Failure.FromString(base64.b64decode(reference.call("encode_failure")))
    assert ours == theirs

    decoded_by_us = CONVERTER.failure_converter.from_failure(theirs, CONVERTER.payload_converter)
    assert as_json(describe_error(decoded_by_us)) == EXPECTED_FAILURE
    assert reference.call("decode_failure", failure=_b64(ours)) == EXPECTED_FAILURE
