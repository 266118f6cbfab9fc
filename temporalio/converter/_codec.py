"""Payload codecs: byte-level transforms (encryption, compression) of whole payloads."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Sequence

import temporalio.api.common.v1
import temporalio.api.failure.v1

_Payload = temporalio.api.common.v1.Payload
_Payloads = temporalio.api.common.v1.Payloads
_Failure = temporalio.api.failure.v1.Failure


class PayloadCodec(ABC):
    """Transforms payloads after conversion and before sending, and back on receipt.

    A codec usually wraps each payload into a new one with its own
    ``encoding`` (e.g. ``binary/encrypted``). Codecs run in the client and the
    worker, never inside workflow code, so they may do I/O. The methods are
    plain ``async def`` and must not depend on asyncio or trio.
    """

    @abstractmethod
    async def encode(self, payloads: Sequence[_Payload]) -> list[_Payload]:
        """Encode payloads.

        Args:
            payloads: Payloads to encode (do not mutate them).

        Returns:
            Encoded payloads, normally one per input payload.
        """

    @abstractmethod
    async def decode(self, payloads: Sequence[_Payload]) -> list[_Payload]:
        """Decode payloads; the inverse of :meth:`encode`.

        Payloads this codec did not encode (judging by their metadata) should
        be returned unchanged.

        Args:
            payloads: Payloads to decode (do not mutate them).

        Returns:
            Decoded payloads, normally one per input payload.
        """

    async def encode_wrapper(self, payloads: _Payloads) -> None:
        """Encode the payloads of a ``Payloads`` message in place.

        Args:
            payloads: The message to update.
        """
        await _transform_payloads(self.encode, payloads)

    async def decode_wrapper(self, payloads: _Payloads) -> None:
        """Decode the payloads of a ``Payloads`` message in place.

        Args:
            payloads: The message to update.
        """
        await _transform_payloads(self.decode, payloads)

    async def encode_failure(self, failure: _Failure) -> None:
        """Encode every payload in a failure and its causes, in place.

        Covers encoded attributes, application and cancellation details and
        last heartbeat details.

        Args:
            failure: The failure to update.
        """
        await _transform_failure(self.encode, failure)

    async def decode_failure(self, failure: _Failure) -> None:
        """Decode every payload in a failure and its causes, in place.

        Args:
            failure: The failure to update.
        """
        await _transform_failure(self.decode, failure)


_Transform = Callable[[Sequence[_Payload]], Awaitable[list[_Payload]]]


async def _transform_payloads(transform: _Transform, payloads: _Payloads) -> None:
    if not payloads.payloads:
        return
    new_payloads = await transform(payloads.payloads)
    del payloads.payloads[:]
    payloads.payloads.extend(new_payloads)


async def _transform_failure(transform: _Transform, failure: _Failure) -> None:
    # Iterative over the cause chain: chains can be long, recursion is not needed.
    current: _Failure | None = failure
    while current is not None:
        if current.HasField("encoded_attributes"):
            transformed = await transform([current.encoded_attributes])
            if len(transformed) != 1:
                raise RuntimeError(
                    f"Codec returned {len(transformed)} payloads for one encoded_attributes payload"
                )
            current.encoded_attributes.CopyFrom(transformed[0])
        info = current.WhichOneof("failure_info")
        if info == "application_failure_info":
            await _transform_payloads(transform, current.application_failure_info.details)
        elif info == "timeout_failure_info":
            await _transform_payloads(
                transform, current.timeout_failure_info.last_heartbeat_details
            )
        elif info == "canceled_failure_info":
            await _transform_payloads(transform, current.canceled_failure_info.details)
        elif info == "reset_workflow_failure_info":
            await _transform_payloads(
                transform, current.reset_workflow_failure_info.last_heartbeat_details
            )
        current = current.cause if current.HasField("cause") else None
