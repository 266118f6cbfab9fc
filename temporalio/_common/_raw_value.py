"""A payload that the converter passes through without decoding it."""

from __future__ import annotations

from dataclasses import dataclass

import temporalio.api.common.v1


@dataclass(frozen=True)
class RawValue:
    """A payload kept as it is.

    Use ``RawValue`` as the type hint of a parameter or result to receive the
    payload undecoded, and pass a ``RawValue`` as an argument or result to send
    its payload unchanged (the payload converter is skipped; a codec, if any,
    still applies).

    Attributes:
        payload: The undecoded payload.
    """

    payload: temporalio.api.common.v1.Payload
