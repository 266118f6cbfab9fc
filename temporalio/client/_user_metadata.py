"""User metadata of a workflow: the summary and details the UI shows for it."""

from __future__ import annotations

import temporalio.converter
from temporalio.api.sdk.v1 import UserMetadata

__all__ = ["decode_user_metadata", "encode_user_metadata"]


async def encode_user_metadata(
    dc: temporalio.converter.DataConverter, summary: str | None, details: str | None
) -> UserMetadata:
    """Summary and details as payloads (data converter, codec included)."""
    out = UserMetadata()
    if summary:
        out.summary.CopyFrom((await dc.encode([summary]))[0])
    if details:
        out.details.CopyFrom((await dc.encode([details]))[0])
    return out


async def decode_user_metadata(
    dc: temporalio.converter.DataConverter, metadata: UserMetadata
) -> tuple[str | None, str | None]:
    """``(summary, details)``; None for what is absent or is not a string.

    Raises:
        Exception: A payload the data converter (codec included) cannot decode,
            as for any other payload.
    """

    async def one(field: str) -> str | None:
        if not metadata.HasField(field):
            return None
        [value] = await dc.decode([getattr(metadata, field)])
        return value if isinstance(value, str) else None

    return await one("summary"), await one("details")
