"""The ``json/protobuf`` and ``binary/protobuf`` encodings of protobuf messages."""

from __future__ import annotations

import json
import typing
from typing import Any

import google.protobuf.descriptor_pool
import google.protobuf.json_format
import google.protobuf.message
import google.protobuf.message_factory

import temporalio.api.common.v1
from temporalio.converter._encoding import EncodingPayloadConverter
from temporalio.converter._json_decode import type_name

_Message = google.protobuf.message.Message


def _message_class_in_hint(hint: Any) -> type[_Message] | None:
    """The message class a hint names, looking inside ``Optional`` and ``Annotated``."""
    if isinstance(hint, type) and issubclass(hint, _Message):
        return hint
    for arg in typing.get_args(hint):
        found = _message_class_in_hint(arg)
        if found is not None:
            return found
    return None


def _message_for(payload: temporalio.api.common.v1.Payload, type_hint: Any) -> _Message:
    """An empty message of the payload's type, checked against the hint."""
    name = payload.metadata["messageType"].decode() if "messageType" in payload.metadata else ""
    hinted = _message_class_in_hint(type_hint)
    if hinted is not None:
        if name and name != hinted.DESCRIPTOR.full_name:
            raise TypeError(
                f"expected protobuf message {hinted.DESCRIPTOR.full_name}, payload holds {name}"
            )
        return hinted()
    if not name:
        raise ValueError("protobuf payload has no messageType metadata and no type hint")
    try:
        descriptor = google.protobuf.descriptor_pool.Default().FindMessageTypeByName(name)
    except KeyError:
        raise ValueError(
            f"unknown protobuf message type {name!r} (is its _pb2 module imported?)"
        ) from None
    message = google.protobuf.message_factory.GetMessageClass(descriptor)()
    if (
        isinstance(type_hint, type)
        and type_hint is not object
        and not isinstance(message, type_hint)
    ):
        raise TypeError(f"expected {type_name(type_hint)}, payload holds protobuf message {name}")
    return message


def _metadata(encoding: bytes, message: _Message) -> dict[str, bytes]:
    return {"encoding": encoding, "messageType": message.DESCRIPTOR.full_name.encode()}


class JSONProtoPayloadConverter(EncodingPayloadConverter):
    """Encodes protobuf messages as proto3 JSON (``json/protobuf``).

    Field names are camelCase, as the protobuf JSON mapping prescribes; the
    ``messageType`` metadata holds the message's full name.
    """

    def __init__(self, *, ignore_unknown_fields: bool = False) -> None:
        """Create the converter.

        Args:
            ignore_unknown_fields: Skip JSON fields the message does not have
                instead of failing (useful when the sender's schema is newer).
        """
        self._ignore_unknown_fields = ignore_unknown_fields

    @property
    def encoding(self) -> str:
        """``json/protobuf``."""
        return "json/protobuf"

    def to_payload(self, value: Any) -> temporalio.api.common.v1.Payload | None:
        """Encode a protobuf message; decline anything else."""
        if not isinstance(value, _Message):
            return None
        # Compact with sorted keys, as the reference SDK writes it (same bytes on both SDKs).
        text = json.dumps(
            google.protobuf.json_format.MessageToDict(value), separators=(",", ":"), sort_keys=True
        )
        return temporalio.api.common.v1.Payload(
            metadata=_metadata(b"json/protobuf", value), data=text.encode()
        )

    def from_payload(
        self, payload: temporalio.api.common.v1.Payload, type_hint: type | None = None
    ) -> Any:
        """Decode into the hinted message class, or the one named by ``messageType``."""
        message = _message_for(payload, type_hint)
        google.protobuf.json_format.Parse(
            payload.data, message, ignore_unknown_fields=self._ignore_unknown_fields
        )
        return message


class BinaryProtoPayloadConverter(EncodingPayloadConverter):
    """Encodes protobuf messages in the protobuf wire format (``binary/protobuf``).

    In the default converter it comes after :class:`JSONProtoPayloadConverter`,
    so it only decodes; put it first in a custom converter to encode with it.
    """

    @property
    def encoding(self) -> str:
        """``binary/protobuf``."""
        return "binary/protobuf"

    def to_payload(self, value: Any) -> temporalio.api.common.v1.Payload | None:
        """Encode a protobuf message; decline anything else."""
        if not isinstance(value, _Message):
            return None
        return temporalio.api.common.v1.Payload(
            metadata=_metadata(b"binary/protobuf", value), data=value.SerializeToString()
        )

    def from_payload(
        self, payload: temporalio.api.common.v1.Payload, type_hint: type | None = None
    ) -> Any:
        """Decode into the hinted message class, or the one named by ``messageType``."""
        message = _message_for(payload, type_hint)
        message.ParseFromString(payload.data)
        return message
