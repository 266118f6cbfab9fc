"""Retry policies, shared enums, priority and search attributes (values and wire form)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import temporalio.api.enums.v1 as proto_enums
from temporalio.api.common.v1 import Payload, SearchAttributes
from temporalio.api.common.v1 import Priority as ProtoPriority
from temporalio.api.common.v1 import RetryPolicy as ProtoRetryPolicy
from temporalio.common import (
    Priority,
    QueryRejectCondition,
    RetryPolicy,
    SearchAttributeIndexedValueType,
    SearchAttributeKey,
    SearchAttributePair,
    SearchAttributeUpdate,
    TypedSearchAttributes,
    WorkflowExecutionStatus,
    WorkflowIDConflictPolicy,
    WorkflowIDReusePolicy,
)
from temporalio.converter import (
    decode_search_attributes,
    decode_typed_search_attributes,
    encode_search_attributes,
    encode_typed_search_attribute_value,
)

# --- RetryPolicy ------------------------------------------------------------------------


def test_retry_policy_defaults() -> None:
    policy = RetryPolicy()
    assert policy.initial_interval == timedelta(seconds=1)
    assert int(policy.backoff_coefficient) == int(2.0)
    assert policy.maximum_interval is None
    assert policy.maximum_attempts == 0
    assert policy.non_retryable_error_types is None


def test_retry_policy_proto_round_trip() -> None:
    policy = RetryPolicy(
        initial_interval=timedelta(milliseconds=250),
        backoff_coefficient=1.5,
        maximum_interval=timedelta(minutes=2),
        maximum_attempts=7,
        non_retryable_error_types=["InvalidInput", "Declined"],
    )
    proto = ProtoRetryPolicy()
    policy.apply_to_proto(proto)
    assert proto.initial_interval.ToTimedelta() == timedelta(milliseconds=250)
    assert int(proto.backoff_coefficient) == int(1.5)
    assert proto.maximum_interval.ToTimedelta() == timedelta(minutes=2)
    assert proto.maximum_attempts == 7
    assert list(proto.non_retryable_error_types) == ["InvalidInput", "Declined"]
    assert RetryPolicy.from_proto(proto) == policy


def test_retry_policy_without_maximum_interval_writes_100x_initial() -> None:
    proto = ProtoRetryPolicy()
    RetryPolicy(initial_interval=timedelta(seconds=2)).apply_to_proto(proto)
    assert proto.maximum_interval.ToTimedelta() == timedelta(seconds=200)


def test_retry_policy_apply_replaces_previous_error_types() -> None:
    proto = ProtoRetryPolicy(non_retryable_error_types=["Old"])
    RetryPolicy(non_retryable_error_types=["New"]).apply_to_proto(proto)
    assert list(proto.non_retryable_error_types) == ["New"]


def test_retry_policy_from_empty_proto_uses_server_defaults() -> None:
    assert RetryPolicy.from_proto(ProtoRetryPolicy()) == RetryPolicy()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"initial_interval": timedelta(seconds=-1)}, "initial_interval must be positive"),
        ({"initial_interval": timedelta(0)}, "initial_interval must be positive"),
        ({"backoff_coefficient": 0.5}, "backoff_coefficient must be at least 1.0, got 0.5"),
        ({"maximum_interval": timedelta(0)}, "maximum_interval must be positive"),
        (
            {"initial_interval": timedelta(seconds=10), "maximum_interval": timedelta(seconds=5)},
            r"maximum_interval \(0:00:05\) must not be less than initial_interval \(0:00:10\)",
        ),
        ({"maximum_attempts": -1}, "maximum_attempts must not be negative, got -1"),
    ],
)
def test_retry_policy_rejects_invalid_values(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RetryPolicy(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"initial_interval": 1}, "initial_interval must be a timedelta, got int"),
        ({"maximum_attempts": 2.5}, "maximum_attempts must be an int, got float"),
        ({"non_retryable_error_types": "Oops"}, "must be a list of type names"),
    ],
)
def test_retry_policy_rejects_wrong_types(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        RetryPolicy(**kwargs)


def test_retry_policy_is_checked_again_when_written_after_mutation() -> None:
    policy = RetryPolicy()
    policy.backoff_coefficient = 0.1
    with pytest.raises(ValueError, match="backoff_coefficient"):
        policy.apply_to_proto(ProtoRetryPolicy())


def test_single_attempt_policy_skips_backoff_checks() -> None:
    RetryPolicy(maximum_attempts=1, backoff_coefficient=0.0)


# --- enums and priority -------------------------------------------------------------------


def test_enum_values_equal_the_proto_values() -> None:
    reuse = proto_enums.WorkflowIdReusePolicy
    assert int(WorkflowIDReusePolicy.ALLOW_DUPLICATE) == int(
        reuse.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE
    )
    assert int(WorkflowIDReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY) == int(
        reuse.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY
    )
    assert int(WorkflowIDReusePolicy.REJECT_DUPLICATE) == int(
        reuse.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE
    )
    assert int(WorkflowIDReusePolicy.TERMINATE_IF_RUNNING) == int(
        reuse.WORKFLOW_ID_REUSE_POLICY_TERMINATE_IF_RUNNING
    )
    conflict = proto_enums.WorkflowIdConflictPolicy
    assert int(WorkflowIDConflictPolicy.UNSPECIFIED) == 0
    assert int(WorkflowIDConflictPolicy.FAIL) == int(conflict.WORKFLOW_ID_CONFLICT_POLICY_FAIL)
    assert int(WorkflowIDConflictPolicy.USE_EXISTING) == int(
        conflict.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING
    )
    assert int(WorkflowIDConflictPolicy.TERMINATE_EXISTING) == int(
        conflict.WORKFLOW_ID_CONFLICT_POLICY_TERMINATE_EXISTING
    )
    query = proto_enums.QueryRejectCondition
    assert int(QueryRejectCondition.NONE) == int(query.QUERY_REJECT_CONDITION_NONE)
    assert int(QueryRejectCondition.NOT_OPEN) == int(query.QUERY_REJECT_CONDITION_NOT_OPEN)
    assert int(QueryRejectCondition.NOT_COMPLETED_CLEANLY) == int(
        query.QUERY_REJECT_CONDITION_NOT_COMPLETED_CLEANLY
    )
    status = proto_enums.WorkflowExecutionStatus
    for member in WorkflowExecutionStatus:
        assert int(member) == status.Value(f"WORKFLOW_EXECUTION_STATUS_{member.name}")
    indexed = proto_enums.IndexedValueType
    for kind in SearchAttributeIndexedValueType:
        assert int(kind) == indexed.Value(f"INDEXED_VALUE_TYPE_{kind.name}")


def test_priority_proto_round_trip_and_validation() -> None:
    priority = Priority(priority_key=2, fairness_key="tenant-a", fairness_weight=1.5)
    proto = ProtoPriority()
    priority.apply_to_proto(proto)
    assert (proto.priority_key, proto.fairness_key, proto.fairness_weight) == (2, "tenant-a", 1.5)
    assert Priority.from_proto(proto) == priority
    assert Priority.from_proto(ProtoPriority()) == Priority.default
    with pytest.raises(ValueError, match="positive"):
        Priority(priority_key=0)


# --- typed search attribute values ----------------------------------------------------------

TEXT = SearchAttributeKey.for_text("Notes")
KEYWORD = SearchAttributeKey.for_keyword("CustomerId")
INT = SearchAttributeKey.for_int("Attempts")
FLOAT = SearchAttributeKey.for_float("Score")
BOOL = SearchAttributeKey.for_bool("Vip")
DATETIME = SearchAttributeKey.for_datetime("DueAt")
KEYWORDS = SearchAttributeKey.for_keyword_list("Tags")
DUE = datetime(2024, 6, 1, 12, 30, tzinfo=UTC)


def all_attributes() -> TypedSearchAttributes:
    return TypedSearchAttributes(
        [
            SearchAttributePair(TEXT, "hello world"),
            SearchAttributePair(KEYWORD, "c-1"),
            SearchAttributePair(INT, 3),
            SearchAttributePair(FLOAT, 0.5),
            SearchAttributePair(BOOL, True),
            SearchAttributePair(DATETIME, DUE),
            SearchAttributePair(KEYWORDS, ["a", "b"]),
        ]
    )


def test_keys_carry_name_type_and_value_type() -> None:
    assert (INT.name, INT.indexed_value_type, INT.value_type) == (
        "Attempts",
        SearchAttributeIndexedValueType.INT,
        int,
    )
    assert KEYWORDS.value_type == Sequence[str]
    assert KEYWORDS.origin_value_type is Sequence
    assert SearchAttributeKey.for_keyword("CustomerId") == KEYWORD
    assert SearchAttributeKey.for_text("CustomerId") != KEYWORD


def test_typed_search_attributes_lookup() -> None:
    attributes = all_attributes()
    assert len(attributes) == 7
    assert attributes[INT] == 3
    assert attributes.get(KEYWORD) == "c-1"
    assert attributes.get(SearchAttributeKey.for_int("Missing")) is None
    assert attributes.get(SearchAttributeKey.for_int("Missing"), 9) == 9
    assert INT in attributes
    assert SearchAttributeKey.for_keyword("Attempts") not in attributes
    with pytest.raises(KeyError, match="Missing"):
        attributes[SearchAttributeKey.for_int("Missing")]
    assert [pair.key.name for pair in attributes] == sorted(pair.key.name for pair in attributes)


def test_typed_search_attributes_are_immutable_and_updated_returns_a_copy() -> None:
    attributes = all_attributes()
    updated = attributes.updated(
        SearchAttributePair(INT, 4), SearchAttributePair(SearchAttributeKey.for_keyword("New"), "n")
    )
    assert attributes[INT] == 3
    assert updated[INT] == 4
    assert updated[SearchAttributeKey.for_keyword("New")] == "n"
    assert len(updated) == 8
    with pytest.raises(AttributeError):
        attributes.search_attributes = ()  # type: ignore[misc]
    assert TypedSearchAttributes.empty.search_attributes == ()


def test_typed_search_attributes_reject_duplicates_and_wrong_types() -> None:
    with pytest.raises(ValueError, match="Duplicate search attribute 'CustomerId'"):
        TypedSearchAttributes(
            [SearchAttributePair(KEYWORD, "a"), SearchAttributePair(KEYWORD, "b")]
        )
    with pytest.raises(TypeError, match=r"'Attempts' \(INT\) needs a int, got str"):
        TypedSearchAttributes([SearchAttributePair(INT, "3")])
    with pytest.raises(TypeError, match="needs a int, got bool"):
        INT.value_set(True)
    with pytest.raises(TypeError, match="list of str"):
        KEYWORDS.value_set("a")
    with pytest.raises(ValueError, match="timezone-aware"):
        DATETIME.value_set(datetime(2024, 1, 1))


def test_updates_set_and_unset() -> None:
    assert INT.value_set(5) == SearchAttributeUpdate(INT, 5)
    assert INT.value_unset().value is None


# --- search attribute wire form -------------------------------------------------------------


def test_typed_values_encode_as_json_with_type_metadata() -> None:
    api = SearchAttributes()
    encode_search_attributes(all_attributes(), api)
    fields = api.indexed_fields
    expected: dict[str, tuple[str, Any]] = {
        "Notes": ("Text", "hello world"),
        "CustomerId": ("Keyword", "c-1"),
        "Attempts": ("Int", 3),
        "Score": ("Double", 0.5),
        "Vip": ("Bool", True),
        "DueAt": ("Datetime", "2024-06-01T12:30:00+00:00"),
        "Tags": ("KeywordList", ["a", "b"]),
    }
    assert set(fields) == set(expected)
    for name, (type_name, value) in expected.items():
        assert fields[name].metadata["encoding"] == b"json/plain"
        assert fields[name].metadata["type"] == type_name.encode()
        assert json.loads(fields[name].data) == value


def test_typed_search_attributes_round_trip() -> None:
    api = SearchAttributes()
    encode_search_attributes(all_attributes(), api)
    assert decode_typed_search_attributes(api) == all_attributes()


def test_untyped_decode_gives_lists_and_datetimes() -> None:
    api = SearchAttributes()
    encode_search_attributes(all_attributes(), api)
    decoded = decode_search_attributes(api)
    assert decoded["Attempts"] == [3]
    assert decoded["Tags"] == ["a", "b"]
    assert decoded["DueAt"] == [DUE]


def test_updates_encode_values_and_unset_as_null_without_type() -> None:
    api = SearchAttributes()
    encode_search_attributes([INT.value_set(9), KEYWORD.value_unset()], api)
    assert api.indexed_fields["Attempts"].metadata["type"] == b"Int"
    unset = api.indexed_fields["CustomerId"]
    assert unset.metadata["encoding"] == b"binary/null"
    assert "type" not in unset.metadata
    assert decode_typed_search_attributes(api) == TypedSearchAttributes(
        [SearchAttributePair(INT, 9)]
    )


def test_untyped_mapping_encodes_lists_and_scalars_without_type() -> None:
    api = SearchAttributes()
    encode_search_attributes({"CustomerId": ["c-1"], "Attempts": 3, "DueAt": [DUE]}, api)
    assert json.loads(api.indexed_fields["CustomerId"].data) == ["c-1"]
    assert json.loads(api.indexed_fields["Attempts"].data) == 3
    assert json.loads(api.indexed_fields["DueAt"].data) == ["2024-06-01T12:30:00+00:00"]
    assert "type" not in api.indexed_fields["CustomerId"].metadata
    with pytest.raises(TypeError, match="one type"):
        encode_search_attributes({"Mixed": [1, "a"]}, SearchAttributes())
    with pytest.raises(ValueError, match="timezone-aware"):
        encode_search_attributes({"DueAt": [datetime(2024, 1, 1)]}, SearchAttributes())


def test_double_written_by_other_sdks_as_integer_decodes_as_float() -> None:
    api = SearchAttributes(
        indexed_fields={
            "Score": Payload(metadata={"encoding": b"json/plain", "type": b"Double"}, data=b"2"),
            "Tags": Payload(
                metadata={"encoding": b"json/plain", "type": b"INDEXED_VALUE_TYPE_KEYWORD_LIST"},
                data=b'["x"]',
            ),
            "DueAt": Payload(
                metadata={"encoding": b"json/plain", "type": b"Datetime"},
                data=b'"2024-06-01T12:30:00.000000001Z"',
            ),
            "Untyped": Payload(metadata={"encoding": b"json/plain"}, data=b'"x"'),
            "Bad": Payload(metadata={"encoding": b"json/plain", "type": b"Int"}, data=b'"x"'),
        }
    )
    decoded = decode_typed_search_attributes(api)
    assert decoded[FLOAT] == 2.0
    assert isinstance(decoded[FLOAT], float)
    assert decoded[KEYWORDS] == ["x"]
    assert decoded[DATETIME] == DUE
    assert len(decoded) == 3


def test_typed_value_encoder_rejects_mismatched_values() -> None:
    with pytest.raises(TypeError, match="needs a float"):
        encode_typed_search_attribute_value(FLOAT, "x")
    assert json.loads(encode_typed_search_attribute_value(FLOAT, 2).data) == 2.0
