"""The ``json/plain`` encoding: everything that is not null, bytes or a proto."""

from __future__ import annotations

import dataclasses
import enum
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

import google.protobuf.json_format
import google.protobuf.message

import temporalio.api.common.v1
from temporalio.converter._encoding import EncodingPayloadConverter
from temporalio.converter._json_decode import JSONTypeConverter, json_key_string, value_to_type


class AdvancedJSONEncoder(json.JSONEncoder):
    """JSON encoder for the values workflows and activities usually exchange.

    Beyond what :class:`json.JSONEncoder` handles it writes: dataclasses as
    objects of their fields; enums as their values; ``datetime``, ``date`` and
    ``time`` in ISO 8601; UUIDs as strings; sets as (sorted, when possible)
    arrays; ``bytes`` as arrays of ints (as other Python SDKs do); protobuf
    messages nested in other values as their proto3 JSON; other mappings as
    objects and other iterables as arrays; objects with a pydantic-style
    ``model_dump`` as what it returns.
    """

    def default(self, o: Any) -> Any:
        """Turn a value ``json`` does not know into one it does.

        Args:
            o: The value.

        Returns:
            A JSON-encodable replacement.

        Raises:
            TypeError: The value is not supported.
        """
        if dataclasses.is_dataclass(o) and not isinstance(o, type):
            # Fields one level deep; nested dataclasses come back here.
            return {field.name: getattr(o, field.name) for field in dataclasses.fields(o)}
        if isinstance(o, enum.Enum):
            return o.value
        if isinstance(o, datetime | date | time):
            return o.isoformat()
        if isinstance(o, uuid.UUID):
            return str(o)
        if isinstance(o, set | frozenset):
            try:
                return sorted(o)  # deterministic output for equal sets
            except TypeError:
                return list(o)
        if isinstance(o, bytes | bytearray | memoryview):
            return list(bytes(o))
        if isinstance(o, Mapping):
            return dict(o)
        if isinstance(o, google.protobuf.message.Message):
            return google.protobuf.json_format.MessageToDict(o)
        model_dump = getattr(o, "model_dump", None)
        if callable(model_dump) and not isinstance(o, type):
            return model_dump(mode="json")
        if isinstance(o, Iterable) and not isinstance(o, str):
            return list(o)
        return super().default(o)


def _with_json_keys(value: Any) -> Any:
    """Copy of ``value`` whose dict keys are all JSON key strings.

    Used only after a first ``json.dumps`` failed on keys (enum, UUID or date
    keys, or keys of mixed types that ``sort_keys`` cannot order).
    """
    if isinstance(value, Mapping):
        result: dict[Any, Any] = {}
        for key, item in value.items():
            plain_key = key
            if isinstance(plain_key, enum.Enum):
                plain_key = plain_key.value
            elif isinstance(plain_key, uuid.UUID):
                plain_key = str(plain_key)
            elif isinstance(plain_key, datetime | date | time):
                plain_key = plain_key.isoformat()
            json_key = json_key_string(plain_key)
            result[key if json_key is None else json_key] = _with_json_keys(item)
        return result
    if isinstance(value, list | tuple):
        return [_with_json_keys(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: _with_json_keys(getattr(value, field.name))
            for field in dataclasses.fields(value)
        }
    return value


class JSONPlainPayloadConverter(EncodingPayloadConverter):
    """Encodes any JSON-able value as compact, key-sorted JSON (``json/plain``).

    The text is exactly ``json.dumps(value, separators=(",", ":"),
    sort_keys=True, cls=encoder)`` in UTF-8, as other Python SDKs write it.
    Decoding follows the type hint with
    :func:`temporalio.converter.value_to_type`.
    """

    def __init__(
        self,
        *,
        encoder: type[json.JSONEncoder] | None = AdvancedJSONEncoder,
        decoder: type[json.JSONDecoder] | None = None,
        encoding: str = "json/plain",
        custom_type_converters: Sequence[JSONTypeConverter] = (),
    ) -> None:
        """Create the converter.

        Args:
            encoder: Encoder class passed to ``json.dumps``.
            decoder: Decoder class passed to ``json.loads``.
            encoding: The ``encoding`` metadata value to write and read.
            custom_type_converters: Hooks for decoding types ``value_to_type``
                does not know.
        """
        self._encoder = encoder
        self._decoder = decoder
        # What json.dumps(value, separators=..., sort_keys=True, cls=encoder) builds on
        # every call, built once (an encoder instance holds no per-call state).
        self._encoder_instance = (encoder or json.JSONEncoder)(
            separators=(",", ":"), sort_keys=True
        )
        self._encoding = encoding
        self._encoding_bytes = encoding.encode()
        self._custom_type_converters = tuple(custom_type_converters)

    @property
    def encoding(self) -> str:
        """The configured encoding, ``json/plain`` by default."""
        return self._encoding

    def _dumps(self, value: Any) -> str:
        return self._encoder_instance.encode(value)

    def to_payload(self, value: Any) -> temporalio.api.common.v1.Payload | None:
        """Encode a value as JSON.

        Raises:
            TypeError: The value (or something inside it) cannot be written as
                JSON; the message names the offending type.
        """
        try:
            text = self._dumps(value)
        except TypeError as first_error:
            try:
                text = self._dumps(_with_json_keys(value))
            except (TypeError, ValueError):
                raise TypeError(f"not JSON-encodable: {first_error}") from first_error
        except ValueError as err:  # circular references, NaN when disallowed
            raise TypeError(f"not JSON-encodable: {err}") from err
        return temporalio.api.common.v1.Payload(
            metadata={"encoding": self._encoding_bytes}, data=text.encode()
        )

    def from_payload(
        self, payload: temporalio.api.common.v1.Payload, type_hint: type | None = None
    ) -> Any:
        """Decode JSON, then convert it to ``type_hint`` if given.

        Raises:
            ValueError: The data is not valid JSON.
            temporalio.converter.PayloadDecodeError: The JSON does not fit the hint.
        """
        value = json.loads(payload.data, cls=self._decoder)
        if type_hint is None:
            return value
        return value_to_type(type_hint, value, self._custom_type_converters)
