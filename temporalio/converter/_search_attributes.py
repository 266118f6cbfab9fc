"""Wire form of search attributes.

Each attribute is one ``json/plain`` payload whose ``type`` metadata names its
indexed type (``Keyword``, ``Text``, ``Int``, ``Double``, ``Bool``,
``Datetime``, ``KeywordList``); datetimes are ISO 8601 strings. The server reads
these payloads itself, so they never go through a user's converter or codec.
Removing an attribute is written as a ``binary/null`` payload without ``type``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

import temporalio.api.common.v1
from temporalio._common._enums import SearchAttributeIndexedValueType
from temporalio._common._search_attributes import (
    SearchAttributeKey,
    SearchAttributePair,
    SearchAttributeUpdate,
    TypedSearchAttributes,
    check_search_attribute_value,
)
from temporalio.converter._payload_converter import DefaultPayloadConverter

_IndexedType = SearchAttributeIndexedValueType

# Fixed converter: search attribute payloads are read by the server.
_converter = DefaultPayloadConverter()

_METADATA_TYPES: dict[SearchAttributeIndexedValueType, str] = {
    _IndexedType.TEXT: "Text",
    _IndexedType.KEYWORD: "Keyword",
    _IndexedType.INT: "Int",
    _IndexedType.DOUBLE: "Double",
    _IndexedType.BOOL: "Bool",
    _IndexedType.DATETIME: "Datetime",
    _IndexedType.KEYWORD_LIST: "KeywordList",
}
# Readers accept the enum-style spelling too, which some servers write.
_INDEXED_TYPES: dict[str, SearchAttributeIndexedValueType] = {
    **{name: kind for kind, name in _METADATA_TYPES.items()},
    **{f"INDEXED_VALUE_TYPE_{kind.name}": kind for kind in _METADATA_TYPES},
}


def encode_typed_search_attribute_value(
    key: SearchAttributeKey[Any], value: Any
) -> temporalio.api.common.v1.Payload:
    """The payload for one typed attribute value.

    Args:
        key: The attribute's key.
        value: The value, or ``None`` to remove the attribute.

    Returns:
        The payload.

    Raises:
        TypeError: The value does not fit the key's type.
        ValueError: A datetime has no timezone.
    """
    if value is None:
        # Removal: the server rejects a ``type`` on a null payload.
        return _converter.to_payload(None)
    check_search_attribute_value(key, value)
    payload = _converter.to_payload(_plain_value(value, key.indexed_value_type))
    payload.metadata["type"] = _METADATA_TYPES[key.indexed_value_type].encode()
    return payload


def _plain_value(value: Any, kind: SearchAttributeIndexedValueType | None) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if kind == _IndexedType.DOUBLE:
        return float(value)
    if kind == _IndexedType.KEYWORD_LIST:
        return list(value)
    return value


def encode_search_attribute_values(values: Any) -> temporalio.api.common.v1.Payload:
    """The payload for one attribute of the untyped form (no ``type`` metadata).

    Prefer typed search attributes: without ``type`` the server relies on the
    attribute's registered type.

    Args:
        values: A list of values of one type, or a single value; ``None``
            removes the attribute.

    Returns:
        The payload.

    Raises:
        TypeError: Values of unsupported or mixed types.
        ValueError: A datetime has no timezone.
    """
    if values is None:
        return _converter.to_payload(None)
    items = list(values) if isinstance(values, list | tuple) else [values]
    first_type: type | None = None
    for item in items:
        if not isinstance(item, str | int | float | bool | datetime):
            raise TypeError(
                "Search attribute values must be str, int, float, bool or datetime, "
                f"got {type(item).__name__}"
            )
        if isinstance(item, datetime) and item.tzinfo is None:
            raise ValueError("Search attribute datetimes must be timezone-aware")
        if first_type is not None and type(item) is not first_type:
            raise TypeError("Search attribute values of one attribute must have one type")
        first_type = type(item)
    plain = [_plain_value(item, None) for item in items]
    return _converter.to_payload(plain if isinstance(values, list | tuple) else plain[0])


def encode_search_attributes(
    attributes: TypedSearchAttributes | Sequence[SearchAttributeUpdate[Any]] | Mapping[str, Any],
    api: temporalio.api.common.v1.SearchAttributes,
) -> None:
    """Write search attributes into an API message.

    Args:
        attributes: Typed attributes; updates (``key.value_set(...)`` /
            ``key.value_unset()``); or the untyped form, a mapping of name to a
            list of values (or a single value).
        api: The message to add the attributes to.

    Raises:
        TypeError: A value does not fit its key's type.
        ValueError: A datetime has no timezone.
    """
    if isinstance(attributes, TypedSearchAttributes):
        for pair in attributes:
            api.indexed_fields[pair.key.name].CopyFrom(
                encode_typed_search_attribute_value(pair.key, pair.value)
            )
    elif isinstance(attributes, Mapping):
        for name, values in attributes.items():
            api.indexed_fields[name].CopyFrom(encode_search_attribute_values(values))
    else:
        for update in attributes:
            if not isinstance(update, SearchAttributeUpdate):
                raise TypeError(
                    "Expected SearchAttributeUpdate items (key.value_set(...)), "
                    f"got {type(update).__name__}"
                )
            api.indexed_fields[update.key.name].CopyFrom(
                encode_typed_search_attribute_value(update.key, update.value)
            )


def _decode_value(payload: temporalio.api.common.v1.Payload) -> Any:
    try:
        return _converter.from_payload(payload)
    except Exception:
        return None


def _parse_datetime(value: Any) -> datetime | None:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def decode_search_attributes(
    api: temporalio.api.common.v1.SearchAttributes,
) -> dict[str, list[Any]]:
    """Read search attributes in the untyped form: name to list of values.

    Datetime attributes (by their ``type`` metadata) become ``datetime``s.
    Removed (null) and undecodable attributes are left out.

    Args:
        api: The message to read.

    Returns:
        A new dict.
    """
    result: dict[str, list[Any]] = {}
    for name, payload in api.indexed_fields.items():
        value = _decode_value(payload)
        if value is None:
            continue
        values = value if isinstance(value, list) else [value]
        if _INDEXED_TYPES.get(payload.metadata.get("type", b"").decode()) == _IndexedType.DATETIME:
            values = [_parse_datetime(item) or item for item in values]
        result[name] = values
    return result


def decode_typed_search_attributes(
    api: temporalio.api.common.v1.SearchAttributes,
) -> TypedSearchAttributes:
    """Read search attributes in the typed form.

    Attributes without (or with an unknown) ``type`` metadata, removed ones, and
    values that do not fit their type are left out.

    Args:
        api: The message to read.

    Returns:
        A new collection.
    """
    pairs: list[SearchAttributePair[Any]] = []
    for name, payload in api.indexed_fields.items():
        kind = _INDEXED_TYPES.get(payload.metadata.get("type", b"").decode())
        if kind is None:
            continue
        value = _typed_value(kind, _decode_value(payload))
        if value is None:
            continue
        key = _KEY_CONSTRUCTORS[kind](name)
        try:
            check_search_attribute_value(key, value)
        except (TypeError, ValueError):
            continue
        pairs.append(SearchAttributePair(key, value))
    return TypedSearchAttributes(pairs)


_KEY_CONSTRUCTORS: dict[
    SearchAttributeIndexedValueType, Callable[[str], SearchAttributeKey[Any]]
] = {
    _IndexedType.TEXT: SearchAttributeKey.for_text,
    _IndexedType.KEYWORD: SearchAttributeKey.for_keyword,
    _IndexedType.INT: SearchAttributeKey.for_int,
    _IndexedType.DOUBLE: SearchAttributeKey.for_float,
    _IndexedType.BOOL: SearchAttributeKey.for_bool,
    _IndexedType.DATETIME: SearchAttributeKey.for_datetime,
    _IndexedType.KEYWORD_LIST: SearchAttributeKey.for_keyword_list,
}


def _typed_value(kind: SearchAttributeIndexedValueType, value: Any) -> Any:
    if value is None:
        return None
    if kind == _IndexedType.KEYWORD_LIST:
        return [value] if isinstance(value, str) else value
    if isinstance(value, list):
        # Older writers wrap single values in a list.
        if len(value) != 1:
            return None
        value = value[0]
    if kind == _IndexedType.DATETIME:
        return _parse_datetime(value)
    if kind == _IndexedType.DOUBLE and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value
