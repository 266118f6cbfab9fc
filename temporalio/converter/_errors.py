"""The error raised when a payload cannot be turned back into a value."""

from __future__ import annotations

from typing import Any


class PayloadDecodeError(TypeError):
    """A payload could not be decoded into the expected type.

    The message names the expected type, the payload's encoding and, for JSON,
    the path of the offending value (e.g. ``$.orders[2].quantity``).

    It is a :class:`TypeError`, like the error ``value_to_type`` raises in other
    Python SDKs.

    Attributes:
        encoding: The payload's ``encoding`` metadata, if known.
        type_hint: The type the payload was decoded as, if any.
        path: Where in the decoded JSON the bad value sits (``$`` is the root),
            if the failure is inside a JSON value.
    """

    def __init__(
        self,
        message: str,
        *,
        encoding: str | None = None,
        type_hint: Any = None,
        path: str | None = None,
    ) -> None:
        """Create the error.

        Args:
            message: Full description of the failure.
            encoding: The payload's encoding, if known.
            type_hint: The expected type, if any.
            path: Path of the bad value inside JSON, if known.
        """
        super().__init__(message)
        self.encoding = encoding
        self.type_hint = type_hint
        self.path = path
