"""Converters for one payload encoding each, and the two binary ones."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

import temporalio.api.common.v1

_Payload = temporalio.api.common.v1.Payload


class EncodingPayloadConverter(ABC):
    """Converts values to and from payloads of a single ``encoding``.

    A :class:`temporalio.converter.CompositePayloadConverter` asks each of its
    encoding converters in turn to encode a value, and picks the one named by
    a payload's ``encoding`` metadata to decode it.
    """

    @property
    @abstractmethod
    def encoding(self) -> str:
        """The ``encoding`` metadata value this converter writes and reads."""

    @abstractmethod
    def to_payload(self, value: Any) -> temporalio.api.common.v1.Payload | None:
        """Encode a value, or decline it.

        Args:
            value: The value to encode.

        Returns:
            The payload, or ``None`` if this converter does not handle the value
            (the next converter is tried).

        Raises:
            TypeError: The value is of a kind this converter handles but cannot
                be encoded.
        """

    @abstractmethod
    def from_payload(
        self, payload: temporalio.api.common.v1.Payload, type_hint: type | None = None
    ) -> Any:
        """Decode a payload of this converter's encoding.

        Args:
            payload: The payload.
            type_hint: The type to decode into, or ``None`` for the natural type.

        Returns:
            The value.

        Raises:
            Exception: The payload cannot be decoded (the composite converter
                wraps it in a :class:`temporalio.converter.PayloadDecodeError`).
        """


def _metadata(encoding: str) -> dict[str, bytes]:
    return {"encoding": encoding.encode()}


class BinaryNullPayloadConverter(EncodingPayloadConverter):
    """Encodes ``None`` as an empty ``binary/null`` payload."""

    @property
    def encoding(self) -> str:
        """``binary/null``."""
        return "binary/null"

    def to_payload(self, value: Any) -> temporalio.api.common.v1.Payload | None:
        """Encode ``None``; decline anything else."""
        if value is None:
            return _Payload(metadata=_metadata("binary/null"))
        return None

    def from_payload(
        self, payload: temporalio.api.common.v1.Payload, type_hint: type | None = None
    ) -> Any:
        """Decode to ``None``."""
        if payload.data:
            raise ValueError("binary/null payload has data")
        return None


class BinaryPlainPayloadConverter(EncodingPayloadConverter):
    """Encodes ``bytes`` as themselves in a ``binary/plain`` payload."""

    @property
    def encoding(self) -> str:
        """``binary/plain``."""
        return "binary/plain"

    def to_payload(self, value: Any) -> temporalio.api.common.v1.Payload | None:
        """Encode ``bytes``; decline anything else."""
        if isinstance(value, bytes):
            return _Payload(metadata=_metadata("binary/plain"), data=value)
        return None

    def from_payload(
        self, payload: temporalio.api.common.v1.Payload, type_hint: type | None = None
    ) -> Any:
        """Decode to ``bytes``."""
        return payload.data
