"""Type-hint driven conversion of decoded JSON values (``value_to_type``).

``json.loads`` yields dicts, lists, strings, numbers, booleans and ``None``;
``value_to_type`` rebuilds the value a type hint describes from them:
dataclasses, enums, datetimes, UUIDs, typed containers and so on.

Failures deep inside a value raise the private :class:`_Mismatch`, which each
container on the way out extends with its path segment; ``value_to_type`` turns
it into one :class:`PayloadDecodeError` naming the expected type and the path.
Building the path only on failure keeps the success path cheap.
"""

from __future__ import annotations

import base64
import binascii
import collections
import collections.abc
import dataclasses
import enum
import functools
import json
import types
import typing
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any, ClassVar, Literal, NewType, TypeVar, Union

import google.protobuf.json_format
import google.protobuf.message

from temporalio.converter._errors import PayloadDecodeError

JSONTypeConverterUnhandled = NewType("JSONTypeConverterUnhandled", object)
"""Type of :attr:`JSONTypeConverter.Unhandled`."""


class JSONTypeConverter(ABC):
    """Hook that decodes JSON values for type hints ``value_to_type`` does not know.

    Pass instances to :class:`temporalio.converter.JSONPlainPayloadConverter`
    (``custom_type_converters``). They are asked first, for every value at every
    level, and the first answer that is not :attr:`Unhandled` wins.
    """

    Unhandled: ClassVar[JSONTypeConverterUnhandled] = JSONTypeConverterUnhandled(object())
    """Return this from :meth:`to_typed_value` to let the default conversion run."""

    @abstractmethod
    def to_typed_value(self, hint: type, value: Any) -> Any | JSONTypeConverterUnhandled:
        """Convert a JSON value for a type hint, or decline.

        Args:
            hint: The type hint.
            value: The value as ``json.loads`` produced it (or as converted so far).

        Returns:
            The converted value, or :attr:`Unhandled`.
        """


class _Mismatch(Exception):
    """Internal: a value does not fit its hint. ``segments`` grows outwards."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        # Path segments from the innermost container outwards; reversed on report.
        self.segments: list[str] = []

    def path(self) -> str:
        return "$" + "".join(reversed(self.segments))


def value_to_type(
    hint: Any,
    value: Any,
    custom_converters: Sequence[JSONTypeConverter] = (),
) -> Any:
    """Convert a plain JSON value (as ``json.loads`` returns it) to a type hint.

    Supported hints: ``Any``, ``object`` and ``None`` (no hint: the value is
    returned as it is); ``type(None)`` (only ``None`` fits); ``bool``, ``int``, ``float``,
    ``str``, ``bytes`` (base64 string or list of ints); ``datetime``, ``date``,
    ``time`` (ISO 8601 strings); ``UUID``; enums (by value); dataclasses (nested,
    generic, with defaults; unknown keys are ignored); ``TypedDict``; ``Literal``;
    unions and ``Optional`` (``X | Y``); ``NewType``; ``Annotated``; ``list``,
    ``tuple`` (homogeneous and fixed), ``set``, ``frozenset``, ``dict`` (keys
    converted from their JSON strings: ``int``, ``float``, ``bool``, enums,
    UUIDs, ...), ``deque`` and the ``collections.abc`` equivalents; protobuf
    messages (proto3 JSON); classes with a pydantic-style ``model_validate``.

    Args:
        hint: The type hint.
        value: The JSON value.
        custom_converters: Hooks asked first at every level.

    Returns:
        The converted value.

    Raises:
        PayloadDecodeError: The value does not fit the hint; the message names
            the expected type, what was found and where (``$.a[2].b``).
    """
    if not custom_converters and type(value) is hint and hint in _PLAIN:
        return value  # the common case: a str, int, float or bool that is what it says
    try:
        return _decode(hint, value, tuple(custom_converters))
    except _Mismatch as mismatch:
        path = mismatch.path()
        raise PayloadDecodeError(
            f"at {path}: {mismatch.reason}", type_hint=hint, path=path
        ) from mismatch.__cause__


# --- messages ---------------------------------------------------------------------------


def class_name(cls: type) -> str:
    """A class's qualified name without the ``<locals>`` parts of nested scopes."""
    return cls.__qualname__.rsplit("<locals>.", 1)[-1]


def type_name(hint: Any) -> str:
    """A short readable name for a type hint (``list[Order]``, ``int | None``)."""
    if hint is None or hint is type(None):
        return "None"
    if hint is Any:
        return "Any"
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is Union or origin is types.UnionType:
        return " | ".join(type_name(arg) for arg in args)
    if origin is Literal:
        return f"Literal[{', '.join(repr(arg) for arg in args)}]"
    if origin is typing.Annotated:
        return type_name(args[0])
    if origin is not None:
        origin_name = class_name(origin) if isinstance(origin, type) else repr(origin)
        if not args:
            return str(origin_name)
        return f"{origin_name}[{', '.join('...' if a is Ellipsis else type_name(a) for a in args)}]"
    if isinstance(hint, type):
        return class_name(hint)
    return repr(hint).replace("typing.", "")


def _describe(value: Any) -> str:
    # Only the JSON type, never the value: errors end up in logs and histories,
    # and payload contents must not (they may be secrets).
    return type(value).__name__


def _expected(hint: Any, value: Any, detail: str = "") -> _Mismatch:
    return _Mismatch(f"expected {type_name(hint)}{detail}, got {_describe(value)}")


def _field_segment(name: str) -> str:
    return f".{name}" if name.isidentifier() else f"[{json.dumps(name)}]"


# --- dispatch ---------------------------------------------------------------------------

_Converters = tuple[JSONTypeConverter, ...]
_PLAIN: frozenset[type] = frozenset({str, int, float, bool})

_SEQUENCE_ORIGINS: frozenset[Any] = frozenset(
    {
        list,
        collections.abc.Sequence,
        collections.abc.MutableSequence,
        collections.abc.Iterable,
        collections.abc.Collection,
        collections.abc.Reversible,
        collections.deque,
    }
)
_SET_ORIGINS: frozenset[Any] = frozenset(
    {set, frozenset, collections.abc.Set, collections.abc.MutableSet}
)
_MAPPING_ORIGINS: frozenset[Any] = frozenset(
    {dict, collections.abc.Mapping, collections.abc.MutableMapping, collections.OrderedDict}
)
_TypeAliasType: Any = getattr(typing, "TypeAliasType", None)  # Python 3.12+


def _decode(hint: Any, value: Any, converters: _Converters) -> Any:
    for converter in converters:
        try:
            result = converter.to_typed_value(hint, value)
        except Exception as err:
            mismatch = _Mismatch(
                f"{type(converter).__name__} failed converting to {type_name(hint)}: {err}"
            )
            raise mismatch from err
        if result is not JSONTypeConverter.Unhandled:
            return result

    if hint is Any or hint is object or hint is None:  # None: no hint at all
        return value
    if hint is type(None):
        if value is not None:
            raise _expected(None, value)
        return None
    if isinstance(hint, str | typing.ForwardRef):
        raise _Mismatch(f"cannot decode with the unresolved forward reference {hint!r}")
    if isinstance(hint, TypeVar):
        return value if hint.__bound__ is None else _decode(hint.__bound__, value, converters)
    if _TypeAliasType is not None and isinstance(hint, _TypeAliasType):
        return _decode(hint.__value__, value, converters)
    supertype = getattr(hint, "__supertype__", None)
    if supertype is not None:  # NewType
        return _decode(supertype, value, converters)

    origin = typing.get_origin(hint)
    if origin is None:
        if isinstance(hint, type):
            return _decode_class(hint, value, converters)
        raise _Mismatch(f"unsupported type hint {hint!r}")
    args = typing.get_args(hint)
    if origin is typing.Annotated:
        return _decode(args[0], value, converters)
    if origin is Literal:
        return _decode_literal(hint, args, value)
    if origin is Union or origin is types.UnionType:
        return _decode_union(hint, args, value, converters)
    if origin is tuple:
        return _decode_tuple(hint, args, value, converters)
    if origin in _SEQUENCE_ORIGINS:
        return _decode_sequence(origin, args[0] if args else Any, value, converters)
    if origin in _SET_ORIGINS:
        return _decode_set(origin, args[0] if args else Any, value, converters)
    if origin in _MAPPING_ORIGINS:
        key_hint, value_hint = args if len(args) == 2 else (Any, Any)
        return _decode_mapping(origin, key_hint, value_hint, value, converters)
    if isinstance(origin, type) and dataclasses.is_dataclass(origin):
        substitutions = dict(zip(getattr(origin, "__parameters__", ()), args, strict=False))
        return _decode_dataclass(origin, value, converters, substitutions)
    if isinstance(origin, type) and typing.is_typeddict(origin):
        return _decode_typeddict(origin, value, converters)
    raise _Mismatch(f"unsupported type hint {type_name(hint)}")


def _decode_class(hint: type, value: Any, converters: _Converters) -> Any:
    # Order matters: bool is an int, IntEnum is an int, datetime is a date.
    if issubclass(hint, enum.Enum):
        return _decode_enum(hint, value)
    if hint is bool:
        if isinstance(value, bool):
            return value
        raise _expected(hint, value)
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise _expected(hint, value)
    if hint is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        raise _expected(hint, value)
    if hint is str:
        if isinstance(value, str):
            return value
        raise _expected(hint, value)
    if hint is bytes:
        return _decode_bytes(value)
    if issubclass(hint, datetime | date | time | uuid.UUID):
        return _decode_text_scalar(hint, value)
    if dataclasses.is_dataclass(hint):
        if isinstance(value, hint):
            return value
        return _decode_dataclass(hint, value, converters, {})
    if typing.is_typeddict(hint):
        return _decode_typeddict(hint, value, converters)
    if issubclass(hint, google.protobuf.message.Message):
        return _decode_message(hint, value)
    if hint is tuple:
        return _decode_tuple(hint, (Any, ...), value, converters)
    if hint in _SEQUENCE_ORIGINS:
        return _decode_sequence(hint, Any, value, converters)
    if hint in _SET_ORIGINS:
        return _decode_set(hint, Any, value, converters)
    if hint in _MAPPING_ORIGINS:
        return _decode_mapping(hint, Any, Any, value, converters)
    model_validate = getattr(hint, "model_validate", None)
    if callable(model_validate):
        try:
            return model_validate(value)
        except Exception as err:
            raise _Mismatch(f"{class_name(hint)}.model_validate failed: {err}") from err
    if isinstance(value, hint):
        return value
    raise _Mismatch(f"unsupported type hint {class_name(hint)} (got {_describe(value)})")


# --- scalars ----------------------------------------------------------------------------


def _decode_enum(hint: type[enum.Enum], value: Any) -> Any:
    if isinstance(value, hint):
        return value
    try:
        return hint(tuple(value) if isinstance(value, list) else value)
    except (ValueError, TypeError):
        choices = ", ".join(repr(member.value) for member in hint)
        raise _expected(hint, value, f" (one of {choices})") from None


def _decode_bytes(value: Any) -> bytes:
    # Other Python SDKs write bytes inside JSON as a list of ints; Go and Java
    # write base64 strings. Accept both.
    if isinstance(value, str):
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise _expected(bytes, value, " (base64 string)") from None
    if isinstance(value, list):
        try:
            return bytes(value)
        except (TypeError, ValueError):
            raise _expected(bytes, value, " (list of ints 0-255)") from None
    if isinstance(value, bytes):
        return value
    raise _expected(bytes, value)


_ISO_PARSERS: dict[type, Callable[[str], Any]] = {
    datetime: datetime.fromisoformat,
    date: date.fromisoformat,
    time: time.fromisoformat,
    uuid.UUID: uuid.UUID,
}


def _decode_text_scalar(hint: type, value: Any) -> Any:
    if type(value) is hint:
        return value
    parser = _ISO_PARSERS.get(hint)
    if parser is None:  # a subclass of one of them
        parser = next(p for base, p in _ISO_PARSERS.items() if issubclass(hint, base))
    kind = "UUID string" if issubclass(hint, uuid.UUID) else "ISO 8601 string"
    if not isinstance(value, str):
        raise _expected(hint, value, f" ({kind})")
    try:
        return parser(value)
    except ValueError:
        raise _expected(hint, value, f" ({kind})") from None


def _decode_message(hint: type[google.protobuf.message.Message], value: Any) -> Any:
    if isinstance(value, hint):
        return value
    try:
        return google.protobuf.json_format.ParseDict(value, hint())
    except google.protobuf.json_format.ParseError as err:
        raise _Mismatch(f"expected {hint.DESCRIPTOR.full_name} in proto3 JSON: {err}") from err


def _decode_literal(hint: Any, args: tuple[Any, ...], value: Any) -> Any:
    for arg in args:
        candidate = arg.value if isinstance(arg, enum.Enum) else arg
        # Compare types too: True == 1 but Literal[1] must not accept true.
        if candidate == value and type(candidate) is type(value):
            return arg
    raise _expected(hint, value)


def _decode_union(hint: Any, args: tuple[Any, ...], value: Any, converters: _Converters) -> Any:
    if value is None and type(None) in args:
        return None
    # An exact primitive match wins regardless of order (float | int keeps 3 an int).
    if type(value) in (str, int, float, bool) and type(value) in args:
        return value
    reasons: list[str] = []
    for arg in args:
        try:
            return _decode(arg, value, converters)
        except _Mismatch as mismatch:
            reasons.append(f"{type_name(arg)}: at {mismatch.path()}: {mismatch.reason}")
    raise _Mismatch(
        f"expected {type_name(hint)}, got {_describe(value)} (no member matched: "
        + "; ".join(reasons)
        + ")"
    )


# --- containers -------------------------------------------------------------------------


def _decode_items(item_hint: Any, value: Any, converters: _Converters) -> list[Any]:
    items: list[Any] = []
    for index, item in enumerate(value):
        try:
            items.append(_decode(item_hint, item, converters))
        except _Mismatch as mismatch:
            mismatch.segments.append(f"[{index}]")
            raise
    return items


def _decode_sequence(origin: Any, item_hint: Any, value: Any, converters: _Converters) -> Any:
    if not isinstance(value, list | tuple):
        raise _expected(origin if item_hint is Any else origin[item_hint], value)
    items = _decode_items(item_hint, value, converters)
    return collections.deque(items) if origin is collections.deque else items


def _decode_set(origin: Any, item_hint: Any, value: Any, converters: _Converters) -> Any:
    if not isinstance(value, list | tuple | set | frozenset):
        raise _expected(origin if item_hint is Any else origin[item_hint], value)
    items = _decode_items(item_hint, value, converters)
    try:
        if origin is frozenset or origin is collections.abc.Set:
            return frozenset(items)
        return set(items)
    except TypeError as err:
        raise _Mismatch(f"items of {type_name(origin)} must be hashable: {err}") from None


def _decode_tuple(hint: Any, args: tuple[Any, ...], value: Any, converters: _Converters) -> Any:
    if not isinstance(value, list | tuple):
        raise _expected(hint, value)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_decode_items(args[0], value, converters))
    if len(value) != len(args):
        raise _expected(hint, value, f" ({len(args)} items)")
    items: list[Any] = []
    for index, (item_hint, item) in enumerate(zip(args, value, strict=True)):
        try:
            items.append(_decode(item_hint, item, converters))
        except _Mismatch as mismatch:
            mismatch.segments.append(f"[{index}]")
            raise
    return tuple(items)


def _decode_mapping(
    origin: Any, key_hint: Any, value_hint: Any, value: Any, converters: _Converters
) -> Any:
    if not isinstance(value, dict):
        hint = origin if key_hint is Any and value_hint is Any else origin[key_hint, value_hint]
        raise _expected(hint, value)
    result = collections.OrderedDict() if origin is collections.OrderedDict else {}
    for key, item in value.items():
        segment = f"[{json.dumps(key) if isinstance(key, str) else repr(key)}]"
        try:
            typed_key = _decode_key(key_hint, key, converters)
        except _Mismatch as mismatch:
            mismatch.reason = f"bad key: {mismatch.reason}"
            mismatch.segments.append(segment)
            raise
        try:
            result[typed_key] = _decode(value_hint, item, converters)
        except _Mismatch as mismatch:
            mismatch.segments.append(segment)
            raise
    return result


def json_key_string(value: Any) -> str | None:
    """The string ``json.dumps`` writes for a dict key, or None if it cannot be a key."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return float.__repr__(value)
    if value is None:
        return "null"
    return None


def _decode_key(hint: Any, key: Any, converters: _Converters) -> Any:
    # JSON object keys are always strings: undo what json.dumps did to the key.
    if not isinstance(key, str) or hint is Any or hint is object or hint is str:
        return _decode(hint, key, converters)
    supertype = getattr(hint, "__supertype__", None)
    if supertype is not None:
        return _decode_key(supertype, key, converters)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Annotated:
        return _decode_key(args[0], key, converters)
    if origin is Literal:
        for arg in args:
            if json_key_string(arg.value if isinstance(arg, enum.Enum) else arg) == key:
                return arg
        raise _expected(hint, key)
    if origin is Union or origin is types.UnionType:
        for arg in args:
            try:
                return _decode_key(arg, key, converters)
            except _Mismatch:
                pass
        raise _expected(hint, key)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        for member in hint:
            if json_key_string(member.value) == key:
                return member
        return _decode_enum(hint, key)
    try:
        if hint is bool and key in ("true", "false"):
            return key == "true"
        if hint is int:
            return int(key)
        if hint is float:
            return float(key)
    except ValueError:
        raise _expected(hint, key) from None
    if hint is type(None) and key == "null":
        return None
    return _decode(hint, key, converters)


# --- records ----------------------------------------------------------------------------


@functools.cache
def _type_hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _resolved_hints(cls: type) -> dict[str, Any]:
    try:
        return _type_hints(cls)
    except Exception as err:
        raise _Mismatch(f"cannot resolve the type hints of {class_name(cls)}: {err}") from err


def _substitute(hint: Any, substitutions: dict[Any, Any]) -> Any:
    if isinstance(hint, TypeVar):
        return substitutions.get(hint, Any)
    parameters = getattr(hint, "__parameters__", ())
    if parameters and typing.get_origin(hint) is not None:
        try:
            return hint[tuple(substitutions.get(p, Any) for p in parameters)]
        except TypeError:
            return hint
    return hint


def _decode_dataclass(
    cls: type, value: Any, converters: _Converters, substitutions: dict[Any, Any]
) -> Any:
    if not isinstance(value, dict):
        raise _expected(cls, value, " (a JSON object)")
    hints = _resolved_hints(cls)
    kwargs: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        if not field.init:
            continue
        if field.name not in value:
            if (
                field.default is dataclasses.MISSING
                and field.default_factory is dataclasses.MISSING
            ):
                raise _Mismatch(f"missing required field {field.name!r} of {class_name(cls)}")
            continue
        field_hint = hints.get(field.name, Any)
        if substitutions:
            field_hint = _substitute(field_hint, substitutions)
        try:
            kwargs[field.name] = _decode(field_hint, value[field.name], converters)
        except _Mismatch as mismatch:
            mismatch.segments.append(_field_segment(field.name))
            raise
    try:
        return cls(**kwargs)
    except Exception as err:
        raise _Mismatch(f"{class_name(cls)}(...) raised {type(err).__name__}: {err}") from err


def _decode_typeddict(cls: type, value: Any, converters: _Converters) -> Any:
    if not isinstance(value, dict):
        raise _expected(cls, value, " (a JSON object)")
    hints = _resolved_hints(cls)
    required: frozenset[str] = getattr(cls, "__required_keys__", frozenset())
    missing = sorted(key for key in required if key not in value)
    if missing:
        raise _Mismatch(f"missing required key {missing[0]!r} of {class_name(cls)}")
    result: dict[str, Any] = {}
    for key, item in value.items():
        if key not in hints:
            result[key] = item  # unknown keys pass through, as in a plain dict
            continue
        try:
            result[key] = _decode(hints[key], item, converters)
        except _Mismatch as mismatch:
            mismatch.segments.append(_field_segment(key))
            raise
    return result
