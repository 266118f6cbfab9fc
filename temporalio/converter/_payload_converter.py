"""Converters between values and payloads: the interface, the composite and the default."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import temporalio.api.common.v1
from temporalio._common._raw_value import RawValue
from temporalio.converter._encoding import (
    BinaryNullPayloadConverter,
    BinaryPlainPayloadConverter,
    EncodingPayloadConverter,
)
from temporalio.converter._errors import PayloadDecodeError
from temporalio.converter._json import JSONPlainPayloadConverter
from temporalio.converter._json_decode import class_name, type_name
from temporalio.converter._proto import BinaryProtoPayloadConverter, JSONProtoPayloadConverter


class PayloadConverter(ABC):
    """Converts values to payloads and back, without codecs.

    Workflow code uses this directly (codecs run outside the workflow, in the
    worker). Implementations must encode :class:`temporalio.common.RawValue`
    as its payload and decode to a ``RawValue`` when that is the type hint.
    """

    default: ClassVar[PayloadConverter]
    """The default converter (a :class:`DefaultPayloadConverter`)."""

    @abstractmethod
    def to_payloads(self, values: Sequence[Any]) -> list[temporalio.api.common.v1.Payload]:
        """Encode values, one payload each.

        Args:
            values: The values.

        Returns:
            The payloads.

        Raises:
            TypeError: A value cannot be encoded; the message names its index
                and type. Nothing has been sent at that point.
        """

    @abstractmethod
    def from_payloads(
        self,
        payloads: Sequence[temporalio.api.common.v1.Payload],
        type_hints: list[type] | None = None,
    ) -> list[Any]:
        """Decode payloads.

        Args:
            payloads: The payloads.
            type_hints: Type of each value, or ``None`` for natural types. A
                payload past the end of the list is decoded without a hint.

        Returns:
            The values, one per payload.

        Raises:
            temporalio.converter.PayloadDecodeError: A payload cannot be decoded.
        """

    def to_payloads_wrapper(self, values: Sequence[Any]) -> temporalio.api.common.v1.Payloads:
        """Encode values into a ``Payloads`` message.

        Args:
            values: The values.

        Returns:
            The ``Payloads``.
        """
        return temporalio.api.common.v1.Payloads(payloads=self.to_payloads(values))

    def from_payloads_wrapper(
        self,
        payloads: temporalio.api.common.v1.Payloads | None,
        type_hints: list[type] | None = None,
    ) -> list[Any]:
        """Decode a ``Payloads`` message; ``None`` or an empty message gives ``[]``.

        Args:
            payloads: The payloads, if any.
            type_hints: Type of each value, if known.

        Returns:
            The values.
        """
        if payloads is None or not payloads.payloads:
            return []
        return self.from_payloads(payloads.payloads, type_hints)

    def to_payload(self, value: Any) -> temporalio.api.common.v1.Payload:
        """Encode a single value.

        Args:
            value: The value.

        Returns:
            Its payload.
        """
        payloads = self.to_payloads([value])
        if len(payloads) != 1:
            raise RuntimeError(f"Expected 1 payload for 1 value, got {len(payloads)}")
        return payloads[0]

    def from_payload(
        self, payload: temporalio.api.common.v1.Payload, type_hint: type | None = None
    ) -> Any:
        """Decode a single payload.

        Args:
            payload: The payload.
            type_hint: The type to decode into, if known.

        Returns:
            The value.
        """
        return self.from_payloads([payload], None if type_hint is None else [type_hint])[0]


class CompositePayloadConverter(PayloadConverter):
    """A payload converter built from one converter per encoding.

    Encoding asks each converter in order and uses the first payload returned.
    Decoding picks the converter named by the payload's ``encoding`` metadata.

    Attributes:
        converters: The encoding converters by encoding name (as bytes), in
            the order they are tried.
    """

    def __init__(self, *converters: EncodingPayloadConverter) -> None:
        """Create the converter.

        Args:
            *converters: Encoding converters, in the order to try them.
        """
        self.converters: Mapping[bytes, EncodingPayloadConverter] = {
            converter.encoding.encode(): converter for converter in converters
        }

    def to_payloads(self, values: Sequence[Any]) -> list[temporalio.api.common.v1.Payload]:
        """See :meth:`PayloadConverter.to_payloads`."""
        payloads: list[temporalio.api.common.v1.Payload] = []
        for index, value in enumerate(values):
            if isinstance(value, RawValue):
                payloads.append(value.payload)
                continue
            payload = None
            # One value at a time and in order: a converter may keep state.
            for converter in self.converters.values():
                try:
                    payload = converter.to_payload(value)
                except TypeError as err:
                    raise TypeError(
                        f"Value at index {index} of type {class_name(type(value))} cannot be "
                        f"converted to a payload: {err}"
                    ) from err
                if payload is not None:
                    break
            if payload is None:
                tried = ", ".join(converter.encoding for converter in self.converters.values())
                raise TypeError(
                    f"Value at index {index} of type {class_name(type(value))} has no payload "
                    f"converter (tried {tried or 'none'})"
                )
            payloads.append(payload)
        return payloads

    def from_payloads(
        self,
        payloads: Sequence[temporalio.api.common.v1.Payload],
        type_hints: list[type] | None = None,
    ) -> list[Any]:
        """See :meth:`PayloadConverter.from_payloads`."""
        values: list[Any] = []
        for index, payload in enumerate(payloads):
            type_hint = type_hints[index] if type_hints and index < len(type_hints) else None
            if type_hint is RawValue:
                values.append(RawValue(payload))
                continue
            encoding_bytes = payload.metadata.get("encoding", b"")
            encoding = encoding_bytes.decode(errors="replace")
            converter = self.converters.get(encoding_bytes)
            if converter is None:
                known = ", ".join(c.encoding for c in self.converters.values())
                raise PayloadDecodeError(
                    f"Payload at index {index} has unknown encoding {encoding!r} "
                    f"(known: {known}); is a codec missing?",
                    encoding=encoding,
                    type_hint=type_hint,
                )
            try:
                values.append(converter.from_payload(payload, type_hint))
            except Exception as err:
                target = "" if type_hint is None else f" as {type_name(type_hint)}"
                raise PayloadDecodeError(
                    f"Payload at index {index} with encoding {encoding!r} cannot be "
                    f"decoded{target}: {err}",
                    encoding=encoding,
                    type_hint=type_hint,
                    path=err.path if isinstance(err, PayloadDecodeError) else None,
                ) from err
        return values


class DefaultPayloadConverter(CompositePayloadConverter):
    """The standard converter, compatible with the other Temporal SDKs.

    Encodings, in the order tried: ``binary/null`` (None), ``binary/plain``
    (bytes), ``json/protobuf`` (protobuf messages), ``binary/protobuf``
    (decode only) and ``json/plain`` (everything else).
    """

    default_encoding_payload_converters: ClassVar[tuple[EncodingPayloadConverter, ...]] = (
        BinaryNullPayloadConverter(),
        BinaryPlainPayloadConverter(),
        JSONProtoPayloadConverter(),
        BinaryProtoPayloadConverter(),
        JSONPlainPayloadConverter(),
    )
    """The encoding converters every instance starts with; a subclass may
    override this to change them."""

    def __init__(self) -> None:
        """Create the converter from :attr:`default_encoding_payload_converters`."""
        super().__init__(*type(self).default_encoding_payload_converters)


PayloadConverter.default = DefaultPayloadConverter()
