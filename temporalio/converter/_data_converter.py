"""The data converter: payload converter, optional codec and failure converter together."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import temporalio.api.common.v1
import temporalio.api.failure.v1
from temporalio.converter._codec import PayloadCodec
from temporalio.converter._failure_converter import FailureConverter
from temporalio.converter._payload_converter import PayloadConverter


@dataclass(frozen=True)
class DataConverter:
    """How the client and workers turn values and exceptions into protos and back.

    Values go through the payload converter, then the codec (if any); failures
    through the failure converter, then the codec over every payload they hold.
    Workflow code never sees the codec: inside workflows the payload and
    failure converters are used directly.

    Customise with :func:`dataclasses.replace`, e.g.
    ``dataclasses.replace(DataConverter.default, payload_codec=MyCodec())``.

    Attributes:
        payload_converter: Converts values to payloads and back.
        payload_codec: Transforms payloads on their way out and in, if set.
        failure_converter: Converts exceptions to failures and back.
        payload_converter_class: If set, ``payload_converter`` is replaced by a
            new instance of this class (for code written against other Python
            SDKs, which take classes).
        failure_converter_class: If set, ``failure_converter`` is replaced by a
            new instance of this class.
    """

    payload_converter: PayloadConverter = field(default_factory=lambda: PayloadConverter.default)
    payload_codec: PayloadCodec | None = None
    failure_converter: FailureConverter = field(default_factory=lambda: FailureConverter.default)
    payload_converter_class: type[PayloadConverter] | None = field(default=None, kw_only=True)
    failure_converter_class: type[FailureConverter] | None = field(default=None, kw_only=True)

    default: ClassVar[DataConverter]
    """The default data converter: default converters, no codec."""

    def __post_init__(self) -> None:
        """Instantiate the ``*_class`` fields, if given."""
        if self.payload_converter_class is not None:
            object.__setattr__(self, "payload_converter", self.payload_converter_class())
        if self.failure_converter_class is not None:
            object.__setattr__(self, "failure_converter", self.failure_converter_class())

    async def encode(self, values: Sequence[Any]) -> list[temporalio.api.common.v1.Payload]:
        """Convert values to payloads, then apply the codec.

        Args:
            values: The values.

        Returns:
            The payloads.

        Raises:
            TypeError: A value cannot be converted.
        """
        payloads = self.payload_converter.to_payloads(values)
        if self.payload_codec is not None:
            payloads = await self.payload_codec.encode(payloads)
        return payloads

    async def decode(
        self,
        payloads: Sequence[temporalio.api.common.v1.Payload],
        type_hints: list[type] | None = None,
    ) -> list[Any]:
        """Apply the codec in reverse, then convert payloads to values.

        Args:
            payloads: The payloads (not modified).
            type_hints: Type of each value, if known.

        Returns:
            The values.

        Raises:
            temporalio.converter.PayloadDecodeError: A payload cannot be decoded.
        """
        if self.payload_codec is not None:
            payloads = await self.payload_codec.decode(payloads)
        return self.payload_converter.from_payloads(payloads, type_hints)

    async def encode_wrapper(self, values: Sequence[Any]) -> temporalio.api.common.v1.Payloads:
        """:meth:`encode` into a ``Payloads`` message.

        Args:
            values: The values.

        Returns:
            The ``Payloads``.
        """
        return temporalio.api.common.v1.Payloads(payloads=await self.encode(values))

    async def decode_wrapper(
        self,
        payloads: temporalio.api.common.v1.Payloads | None,
        type_hints: list[type] | None = None,
    ) -> list[Any]:
        """:meth:`decode` a ``Payloads`` message; ``None`` gives ``[]``.

        Args:
            payloads: The payloads, if any.
            type_hints: Type of each value, if known.

        Returns:
            The values.
        """
        if payloads is None or not payloads.payloads:
            return []
        return await self.decode(payloads.payloads, type_hints)

    async def encode_failure(
        self, exception: BaseException, failure: temporalio.api.failure.v1.Failure
    ) -> None:
        """Fill in a failure from an exception, then apply the codec to its payloads.

        Args:
            exception: The exception.
            failure: The proto to fill in.
        """
        self.failure_converter.to_failure(exception, self.payload_converter, failure)
        if self.payload_codec is not None:
            await self.payload_codec.encode_failure(failure)

    async def decode_failure(self, failure: temporalio.api.failure.v1.Failure) -> BaseException:
        """Apply the codec in reverse to a failure's payloads, then build the exception.

        Args:
            failure: The failure (not modified).

        Returns:
            The exception, with its cause chain.
        """
        if self.payload_codec is not None:
            decoded = temporalio.api.failure.v1.Failure()
            decoded.CopyFrom(failure)
            await self.payload_codec.decode_failure(decoded)
            failure = decoded
        return self.failure_converter.from_failure(failure, self.payload_converter)


DataConverter.default = DataConverter()


def default() -> DataConverter:
    """The default data converter, :attr:`DataConverter.default`.

    Returns:
        The default data converter.
    """
    return DataConverter.default
