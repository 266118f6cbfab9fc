"""Payload conversion: encodings, JSON type-hint decoding, codecs and the data converter."""

from __future__ import annotations

import collections
import dataclasses
import enum
import json
import uuid
import zlib
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Annotated, Any, Generic, Literal, NewType, Optional, TypedDict, TypeVar, Union

import pytest

import temporalio.converter
from temporalio.api.common.v1 import Payload, Payloads, WorkflowExecution
from temporalio.common import RawValue
from temporalio.converter import (
    AdvancedJSONEncoder,
    BinaryProtoPayloadConverter,
    CompositePayloadConverter,
    DataConverter,
    DefaultPayloadConverter,
    EncodingPayloadConverter,
    JSONPlainPayloadConverter,
    JSONProtoPayloadConverter,
    JSONTypeConverter,
    PayloadCodec,
    PayloadConverter,
    PayloadDecodeError,
    value_to_type,
)

CONVERTER = DefaultPayloadConverter.default


def roundtrip(value: Any, hint: Any = None) -> Any:
    return CONVERTER.from_payload(CONVERTER.to_payload(value), hint)


def encoding_of(payload: Payload) -> str:
    return payload.metadata["encoding"].decode()


# --- types used by the tests ---------------------------------------------------------


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Mood(enum.StrEnum):
    HAPPY = "happy"
    SAD = "sad"


@dataclasses.dataclass
class LineItem:
    sku: str
    quantity: int = 1
    shipped_at: datetime | None = None


@dataclasses.dataclass
class Order:
    order_id: uuid.UUID
    items: list[LineItem]
    by_warehouse: dict[str, list[LineItem]] = dataclasses.field(default_factory=dict)
    color: Color = Color.RED
    priority: Level = Level.LOW
    note: Optional[str] = None  # noqa: UP045 - typing.Optional on purpose


T = TypeVar("T")


@dataclasses.dataclass
class Box(Generic[T]):
    content: T
    extras: list[T] = dataclasses.field(default_factory=list)


class Movie(TypedDict):
    title: str
    year: int


UserId = NewType("UserId", int)


# --- encodings ----------------------------------------------------------------------


def test_none_encodes_as_binary_null_with_no_data() -> None:
    payload = CONVERTER.to_payload(None)
    assert encoding_of(payload) == "binary/null"
    assert payload.data == b""
    assert CONVERTER.from_payload(payload) is None


def test_bytes_encode_as_binary_plain_unchanged() -> None:
    payload = CONVERTER.to_payload(b"\x00\xffraw")
    assert encoding_of(payload) == "binary/plain"
    assert payload.data == b"\x00\xffraw"
    assert CONVERTER.from_payload(payload, bytes) == b"\x00\xffraw"


def test_proto_message_encodes_as_proto3_json_with_message_type() -> None:
    message = WorkflowExecution(workflow_id="wf-1", run_id="run-1")
    payload = CONVERTER.to_payload(message)
    assert encoding_of(payload) == "json/protobuf"
    assert payload.metadata["messageType"] == b"temporal.api.common.v1.WorkflowExecution"
    assert json.loads(payload.data) == {"workflowId": "wf-1", "runId": "run-1"}
    assert CONVERTER.from_payload(payload) == message
    assert CONVERTER.from_payload(payload, WorkflowExecution) == message


def test_binary_protobuf_round_trips_when_listed_first() -> None:
    converter = CompositePayloadConverter(
        BinaryProtoPayloadConverter(), JSONPlainPayloadConverter()
    )
    message = WorkflowExecution(workflow_id="wf-1")
    payload = converter.to_payload(message)
    assert encoding_of(payload) == "binary/protobuf"
    assert payload.data == message.SerializeToString()
    assert converter.from_payload(payload) == message


def test_default_converter_decodes_binary_protobuf_written_by_others() -> None:
    message = WorkflowExecution(workflow_id="wf-2")
    payload = BinaryProtoPayloadConverter().to_payload(message)
    assert payload is not None
    assert CONVERTER.from_payload(payload, WorkflowExecution) == message


def test_proto_payload_with_other_message_type_than_hint_is_rejected() -> None:
    payload = CONVERTER.to_payload(WorkflowExecution(workflow_id="x"))
    with pytest.raises(PayloadDecodeError, match=r"temporal\.api\.common\.v1\.Payloads"):
        CONVERTER.from_payload(payload, Payloads)


def test_json_proto_ignores_unknown_fields_only_when_asked() -> None:
    payload = Payload(
        metadata={
            "encoding": b"json/protobuf",
            "messageType": b"temporal.api.common.v1.WorkflowExecution",
        },
        data=b'{"workflowId":"a","fromTheFuture":1}',
    )
    with pytest.raises(PayloadDecodeError):
        CONVERTER.from_payload(payload)
    lenient = JSONProtoPayloadConverter(ignore_unknown_fields=True)
    assert lenient.from_payload(payload) == WorkflowExecution(workflow_id="a")


def test_proto_message_nested_in_a_dataclass_round_trips_as_proto3_json() -> None:
    @dataclasses.dataclass
    class Started:
        execution: WorkflowExecution
        attempt: int

    value = Started(WorkflowExecution(workflow_id="w", run_id="r"), 2)
    payload = CONVERTER.to_payload(value)
    assert json.loads(payload.data) == {
        "attempt": 2,
        "execution": {"runId": "r", "workflowId": "w"},
    }
    assert CONVERTER.from_payload(payload, Started) == value
    with pytest.raises(PayloadDecodeError, match=r"at \$\.execution: expected temporal"):
        value_to_type(Started, {"execution": {"nope": 1}, "attempt": 1})


def test_default_converter_order_matches_other_sdks() -> None:
    encodings = [c.encoding for c in DefaultPayloadConverter.default_encoding_payload_converters]
    assert encodings == [
        "binary/null",
        "binary/plain",
        "json/protobuf",
        "binary/protobuf",
        "json/plain",
    ]
    assert list(DefaultPayloadConverter().converters) == [e.encode() for e in encodings]
    assert PayloadConverter.default is DefaultPayloadConverter.default


@pytest.mark.parametrize(
    "value",
    [
        {"b": 1, "a": [1.5, "x", None, True], "c": {"z": 0, "y": "ü"}},
        [3, 2, 1],
        "text",
        12345678901234567890,
        -0.25,
        False,
    ],
)
def test_json_bytes_match_compact_sorted_json_dumps(value: Any) -> None:
    payload = CONVERTER.to_payload(value)
    assert encoding_of(payload) == "json/plain"
    assert payload.data == json.dumps(value, separators=(",", ":"), sort_keys=True).encode()
    assert CONVERTER.from_payload(payload) == value


def test_dataclass_encodes_as_object_with_sorted_keys() -> None:
    payload = CONVERTER.to_payload(LineItem("abc", 2))
    assert payload.data == b'{"quantity":2,"shipped_at":null,"sku":"abc"}'


def test_special_values_encode_as_iso_strings_and_enum_values() -> None:
    value = {
        "dt": datetime(2024, 5, 6, 7, 8, 9, 10, tzinfo=UTC),
        "d": date(2024, 5, 6),
        "t": time(7, 8, 9),
        "u": uuid.UUID("12345678-1234-5678-1234-567812345678"),
        "color": Color.BLUE,
        "level": Level.HIGH,
        "mood": Mood.SAD,
        "set": {3, 1, 2},
    }
    assert json.loads(CONVERTER.to_payload(value).data) == {
        "dt": "2024-05-06T07:08:09.000010+00:00",
        "d": "2024-05-06",
        "t": "07:08:09",
        "u": "12345678-1234-5678-1234-567812345678",
        "color": "blue",
        "level": 2,
        "mood": "sad",
        "set": [1, 2, 3],
    }


def test_unencodable_value_raises_type_error_naming_its_type() -> None:
    class Opaque:
        pass

    with pytest.raises(TypeError, match=r"index 1 of type Opaque.*Opaque"):
        CONVERTER.to_payloads(["fine", Opaque()])


def test_unencodable_value_nested_in_container_names_inner_type() -> None:
    with pytest.raises(TypeError, match=r"of type dict.*timedelta"):
        CONVERTER.to_payload({"wait": timedelta(seconds=1)})


def test_value_declined_by_every_converter_raises_type_error() -> None:
    converter = CompositePayloadConverter(JSONProtoPayloadConverter())
    with pytest.raises(TypeError, match="index 0 of type int has no payload converter"):
        converter.to_payloads([1])


def test_unknown_encoding_error_names_the_encoding() -> None:
    payload = Payload(metadata={"encoding": b"binary/encrypted"}, data=b"???")
    with pytest.raises(PayloadDecodeError, match="unknown encoding 'binary/encrypted'") as info:
        CONVERTER.from_payload(payload)
    assert info.value.encoding == "binary/encrypted"


def test_invalid_json_is_a_decode_error_naming_the_encoding() -> None:
    payload = Payload(metadata={"encoding": b"json/plain"}, data=b"{nope")
    with pytest.raises(PayloadDecodeError, match="encoding 'json/plain'"):
        CONVERTER.from_payload(payload, dict)


def test_raw_value_passes_through_both_ways() -> None:
    original = Payload(metadata={"encoding": b"my/format"}, data=b"opaque")
    (payload,) = CONVERTER.to_payloads([RawValue(original)])
    assert payload == original
    decoded = CONVERTER.from_payload(original, RawValue)
    assert decoded == RawValue(original)


def test_payloads_past_the_end_of_the_hints_decode_without_hint() -> None:
    payloads = CONVERTER.to_payloads([1, {"a": 1}])
    assert CONVERTER.from_payloads(payloads, [int]) == [1, {"a": 1}]


def test_wrapper_helpers_handle_payloads_messages_and_none() -> None:
    wrapped = CONVERTER.to_payloads_wrapper(["a", 1])
    assert isinstance(wrapped, Payloads)
    assert CONVERTER.from_payloads_wrapper(wrapped, [str, int]) == ["a", 1]
    assert CONVERTER.from_payloads_wrapper(None) == []


def test_custom_json_encoding_name_is_written_and_read() -> None:
    custom = CompositePayloadConverter(JSONPlainPayloadConverter(encoding="json/custom"))
    payload = custom.to_payload({"a": 1})
    assert encoding_of(payload) == "json/custom"
    assert custom.from_payload(payload) == {"a": 1}


# --- JSON type-hint decoding ------------------------------------------------------------


def test_nested_dataclasses_in_lists_in_dicts_round_trip() -> None:
    order = Order(
        order_id=uuid.uuid4(),
        items=[LineItem("a", 2, datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=2))))],
        by_warehouse={"north": [LineItem("b"), LineItem("c", 3)]},
        color=Color.BLUE,
        priority=Level.HIGH,
        note="fragile",
    )
    decoded = roundtrip(order, Order)
    assert decoded == order
    assert decoded.items[0].shipped_at.utcoffset() == timedelta(hours=2)


def test_dataclass_defaults_fill_missing_fields_and_unknown_keys_are_ignored() -> None:
    decoded = value_to_type(LineItem, {"sku": "a", "added_later": True})
    assert decoded == LineItem("a")


def test_missing_required_field_names_field_and_path() -> None:
    with pytest.raises(
        PayloadDecodeError, match=r"at \$\.items\[1\]: missing required field 'sku'"
    ):
        value_to_type(Order, {"order_id": str(uuid.uuid4()), "items": [{"sku": "a"}, {}]})


def test_wrong_leaf_type_error_names_expected_type_and_path() -> None:
    with pytest.raises(PayloadDecodeError) as info:
        value_to_type(
            dict[str, list[LineItem]], {"north": [{"sku": "a"}, {"sku": "b", "quantity": "x"}]}
        )
    assert str(info.value) == 'at $["north"][1].quantity: expected int, got str'
    assert info.value.path == '$["north"][1].quantity'


def test_decode_error_from_converter_names_hint_encoding_and_path() -> None:
    payload = CONVERTER.to_payload([{"sku": 1}])
    with pytest.raises(PayloadDecodeError) as info:
        CONVERTER.from_payload(payload, list[LineItem])
    message = str(info.value)
    assert "list[LineItem]" in message
    assert "'json/plain'" in message
    assert "$[0].sku: expected str, got int" in message
    assert info.value.path == "$[0].sku"


def test_generic_dataclass_uses_type_arguments() -> None:
    decoded = value_to_type(Box[date], {"content": "2024-02-03", "extras": ["2024-02-04"]})
    assert decoded == Box(date(2024, 2, 3), [date(2024, 2, 4)])


def test_optional_and_union_members() -> None:
    assert value_to_type(Optional[LineItem], None) is None  # noqa: UP045
    assert value_to_type(LineItem | None, {"sku": "a"}) == LineItem("a")
    assert value_to_type(Union[int, str], "5") == "5"  # noqa: UP007
    assert value_to_type(float | int, 3) == 3
    assert type(value_to_type(float | int, 3)) is int
    assert value_to_type(int | LineItem, {"sku": "z"}) == LineItem("z")


def test_union_mismatch_lists_each_member() -> None:
    with pytest.raises(PayloadDecodeError, match=r"expected int \| LineItem, got list") as info:
        value_to_type(int | LineItem, [1])
    assert "LineItem: at $: expected LineItem (a JSON object)" in str(info.value)


def test_literal_accepts_listed_values_and_names_them_on_mismatch() -> None:
    assert value_to_type(Literal["a", "b"], "b") == "b"
    assert value_to_type(Literal[Color.RED], "red") is Color.RED
    with pytest.raises(PayloadDecodeError, match=r"expected Literal\['a', 'b'\], got str"):
        value_to_type(Literal["a", "b"], "c")
    with pytest.raises(PayloadDecodeError):
        value_to_type(Literal[1], True)


@pytest.mark.parametrize(
    ("hint", "value", "expected"),
    [
        (list[int], [1, 2], [1, 2]),
        (tuple[int, ...], [1, 2, 3], (1, 2, 3)),
        (tuple[int, str, bool], [1, "a", True], (1, "a", True)),
        (tuple[()], [], ()),
        (tuple, [1, "a"], (1, "a")),
        (set[str], ["a", "b"], {"a", "b"}),
        (frozenset[int], [1, 2], frozenset({1, 2})),
        (Sequence[date], ["2024-01-01"], [date(2024, 1, 1)]),
        (Mapping[str, int], {"a": 1}, {"a": 1}),
        (collections.deque[int], [1], collections.deque([1])),
        (dict[int, str], {"1": "a", "-2": "b"}, {1: "a", -2: "b"}),
        (dict[float, str], {"1.5": "a"}, {1.5: "a"}),
        (dict[bool, int], {"true": 1, "false": 0}, {True: 1, False: 0}),
        (dict[Color, int], {"red": 1}, {Color.RED: 1}),
        (dict[Level, int], {"2": 1}, {Level.HIGH: 1}),
        (
            dict[uuid.UUID, int],
            {"12345678-1234-5678-1234-567812345678": 1},
            {uuid.UUID("12345678-1234-5678-1234-567812345678"): 1},
        ),
        (dict[Literal["x", "y"], int], {"x": 1}, {"x": 1}),
        (Annotated[list[int], "meta"], [1], [1]),
        (UserId, 7, 7),
        (Any, {"a": [1]}, {"a": [1]}),
        (object, [1], [1]),
        (None, {"no": "hint"}, {"no": "hint"}),
        (type(None), None, None),
        (list, [1, "a"], [1, "a"]),
        (dict, {"a": 1}, {"a": 1}),
        (float, 2, 2.0),
        (int, 3.0, 3),
        (bytes, "AAE=", b"\x00\x01"),
        (bytes, [0, 1], b"\x00\x01"),
    ],
)
def test_value_to_type_supports_type_family(hint: Any, value: Any, expected: Any) -> None:
    result = value_to_type(hint, value)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    ("hint", "value", "message"),
    [
        (int, True, "expected int, got bool"),
        (int, 1.5, "expected int, got float"),
        (bool, 1, "expected bool, got int"),
        (str, 1, "expected str, got int"),
        (tuple[int, int], [1], r"expected tuple\[int, int\] \(2 items\)"),
        (list[int], {"a": 1}, r"expected list\[int\], got dict"),
        (dict[int, str], {"x": "a"}, r'at \$\["x"\]: bad key: expected int'),
        (Color, "green", r"expected Color \(one of 'red', 'blue'\), got str"),
        (Level, 5, r"expected Level \(one of 1, 2\)"),
        (datetime, "yesterday", r"expected datetime \(ISO 8601 string\)"),
        (uuid.UUID, "nope", r"expected UUID \(UUID string\)"),
        (type(None), 0, "expected None, got int"),
        (Movie, {"title": "x"}, "missing required key 'year' of Movie"),
        (bytes, "!!", r"expected bytes \(base64 string\)"),
    ],
)
def test_value_to_type_mismatches_have_clear_messages(hint: Any, value: Any, message: str) -> None:
    with pytest.raises(PayloadDecodeError, match=message):
        value_to_type(hint, value)


def test_typed_dict_converts_known_keys_and_keeps_unknown_ones() -> None:
    class Event(TypedDict):
        at: datetime
        level: Level

    decoded = value_to_type(Event, {"at": "2024-01-01T00:00:00Z", "level": 2, "extra": [1]})
    assert decoded == {
        "at": datetime(2024, 1, 1, tzinfo=UTC),
        "level": Level.HIGH,
        "extra": [1],
    }


def test_datetime_with_timezone_round_trips_exactly() -> None:
    moment = datetime(2024, 3, 4, 5, 6, 7, 890123, tzinfo=timezone(timedelta(hours=-5)))
    decoded = roundtrip(moment, datetime)
    assert decoded == moment
    assert decoded.utcoffset() == timedelta(hours=-5)


def test_datetime_with_nanoseconds_and_z_from_other_sdks_is_accepted() -> None:
    decoded = value_to_type(datetime, "2024-01-01T00:00:00.123456789Z")
    assert decoded == datetime(2024, 1, 1, 0, 0, 0, 123456, tzinfo=UTC)


def test_enum_keys_round_trip_through_json() -> None:
    value = {Color.RED: 1, Color.BLUE: 2}
    payload = CONVERTER.to_payload(value)
    assert payload.data == b'{"blue":2,"red":1}'
    assert CONVERTER.from_payload(payload, dict[Color, int]) == value


def test_int_enum_and_str_enum_keys_round_trip() -> None:
    assert roundtrip({Level.LOW: "a"}, dict[Level, str]) == {Level.LOW: "a"}
    assert roundtrip({Mood.HAPPY: 1}, dict[Mood, int]) == {Mood.HAPPY: 1}


def test_mixed_key_types_encode_instead_of_failing_to_sort() -> None:
    payload = CONVERTER.to_payload({1: "a", "b": 2})
    assert payload.data == b'{"1":"a","b":2}'


def test_sets_and_frozensets_round_trip() -> None:
    assert roundtrip({"b", "a"}, set[str]) == {"a", "b"}
    assert roundtrip(frozenset({2, 1}), frozenset[int]) == frozenset({1, 2})


def test_bytes_inside_json_round_trip() -> None:
    @dataclasses.dataclass
    class Blob:
        data: bytes

    assert roundtrip(Blob(b"\x00\x10"), Blob) == Blob(b"\x00\x10")


def test_dataclass_validation_errors_are_reported_with_path() -> None:
    @dataclasses.dataclass
    class Positive:
        n: int

        def __post_init__(self) -> None:
            if self.n <= 0:
                raise ValueError("n must be positive")

    with pytest.raises(
        PayloadDecodeError, match=r"at \$\[0\]: .*Positive\(...\) raised ValueError"
    ):
        value_to_type(list[Positive], [{"n": -1}])


def test_custom_type_converter_is_consulted_first_at_every_level() -> None:
    class Money:
        def __init__(self, cents: int) -> None:
            self.cents = cents

    class MoneyConverter(JSONTypeConverter):
        def to_typed_value(self, hint: type, value: Any) -> Any:
            if hint is Money:
                return Money(round(float(value) * 100))
            return JSONTypeConverter.Unhandled

    converter = CompositePayloadConverter(
        JSONPlainPayloadConverter(custom_type_converters=[MoneyConverter()])
    )
    decoded = converter.from_payload(converter.to_payload({"a": "1.25"}), dict[str, Money])
    assert decoded["a"].cents == 125


def test_custom_encoder_class_is_used() -> None:
    class Point:
        def __init__(self, x: int, y: int) -> None:
            self.x, self.y = x, y

    class PointEncoder(AdvancedJSONEncoder):
        def default(self, o: Any) -> Any:
            if isinstance(o, Point):
                return [o.x, o.y]
            return super().default(o)

    converter = CompositePayloadConverter(JSONPlainPayloadConverter(encoder=PointEncoder))
    assert converter.to_payload({"p": Point(1, 2)}).data == b'{"p":[1,2]}'


def test_model_validate_and_model_dump_are_used_when_present() -> None:
    class Model:
        def __init__(self, name: str) -> None:
            self.name = name

        def model_dump(self, mode: str) -> dict[str, Any]:
            assert mode == "json"
            return {"name": self.name}

        @classmethod
        def model_validate(cls, value: Any) -> Model:
            return cls(value["name"])

    decoded = roundtrip(Model("m"), Model)
    assert isinstance(decoded, Model)
    assert decoded.name == "m"


def test_unresolvable_type_hint_is_a_clear_error() -> None:
    with pytest.raises(PayloadDecodeError, match="unresolved forward reference 'Missing'"):
        value_to_type("Missing", 1)


# --- encoding converter interface ---------------------------------------------------------


def test_custom_encoding_converter_takes_part_in_composite() -> None:
    class UpperConverter(EncodingPayloadConverter):
        @property
        def encoding(self) -> str:
            return "text/upper"

        def to_payload(self, value: Any) -> Payload | None:
            if isinstance(value, str):
                return Payload(metadata={"encoding": b"text/upper"}, data=value.upper().encode())
            return None

        def from_payload(self, payload: Payload, type_hint: type | None = None) -> Any:
            return payload.data.decode().lower()

    converter = CompositePayloadConverter(UpperConverter(), JSONPlainPayloadConverter())
    payloads = converter.to_payloads(["abc", 1])
    assert [encoding_of(p) for p in payloads] == ["text/upper", "json/plain"]
    assert payloads[0].data == b"ABC"
    assert converter.from_payloads(payloads) == ["abc", 1]


# --- codecs and the data converter --------------------------------------------------------


class ZlibCodec(PayloadCodec):
    """Compresses whole serialized payloads; marks them binary/zlib."""

    def __init__(self) -> None:
        self.encoded = 0

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        self.encoded += len(payloads)
        return [
            Payload(
                metadata={"encoding": b"binary/zlib"},
                data=zlib.compress(p.SerializeToString()),
            )
            for p in payloads
        ]

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        result = []
        for p in payloads:
            if p.metadata.get("encoding") == b"binary/zlib":
                result.append(Payload.FromString(zlib.decompress(p.data)))
            else:
                result.append(p)
        return result


async def test_data_converter_applies_codec_after_conversion() -> None:
    codec = ZlibCodec()
    converter = DataConverter(payload_codec=codec)
    payloads = await converter.encode(["hello", {"a": 1}, None])
    assert [encoding_of(p) for p in payloads] == ["binary/zlib"] * 3
    assert codec.encoded == 3
    assert await converter.decode(payloads, [str, dict[str, int], type(None)]) == [
        "hello",
        {"a": 1},
        None,
    ]


async def test_data_converter_without_codec_matches_payload_converter() -> None:
    payloads = await DataConverter.default.encode([LineItem("a")])
    assert payloads == CONVERTER.to_payloads([LineItem("a")])
    assert await DataConverter.default.decode(payloads, [LineItem]) == [LineItem("a")]


async def test_data_converter_wrappers() -> None:
    converter = DataConverter(payload_codec=ZlibCodec())
    wrapped = await converter.encode_wrapper([1, "two"])
    assert isinstance(wrapped, Payloads)
    assert await converter.decode_wrapper(wrapped, [int, str]) == [1, "two"]
    assert await converter.decode_wrapper(None) == []


async def test_decoding_codec_payloads_without_the_codec_names_the_encoding() -> None:
    payloads = await DataConverter(payload_codec=ZlibCodec()).encode(["x"])
    with pytest.raises(PayloadDecodeError, match="binary/zlib"):
        await DataConverter.default.decode(payloads)


async def test_codec_wrapper_helpers_replace_payloads_in_place() -> None:
    codec = ZlibCodec()
    wrapped = CONVERTER.to_payloads_wrapper([1, 2])
    await codec.encode_wrapper(wrapped)
    assert [encoding_of(p) for p in wrapped.payloads] == ["binary/zlib", "binary/zlib"]
    await codec.decode_wrapper(wrapped)
    assert CONVERTER.from_payloads_wrapper(wrapped) == [1, 2]


def test_data_converter_is_frozen_and_replaceable() -> None:
    converter = DataConverter.default
    assert converter.payload_converter is PayloadConverter.default
    assert converter.payload_codec is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        converter.payload_codec = ZlibCodec()  # type: ignore[misc]
    codec = ZlibCodec()
    replaced = dataclasses.replace(converter, payload_codec=codec)
    assert replaced.payload_codec is codec
    assert replaced.payload_converter is converter.payload_converter
    assert temporalio.converter.default() is DataConverter.default


def test_data_converter_accepts_converter_classes_like_other_sdks() -> None:
    class MyConverter(DefaultPayloadConverter):
        pass

    converter = DataConverter(payload_converter_class=MyConverter)
    assert isinstance(converter.payload_converter, MyConverter)
