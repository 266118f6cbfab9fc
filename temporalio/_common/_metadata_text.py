"""Validation of the user-metadata text options (summaries, details) everywhere."""

from __future__ import annotations

from typing import Any

__all__ = ["metadata_text"]


def metadata_text(where: str, option: str, value: Any) -> str | None:
    """``value`` if it is a non-empty str, None for None or "".

    Raises:
        TypeError: Anything else; the message names ``where`` and ``option``.
    """
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{where}: {option} must be a str, got {type(value).__name__}")
    return value or None
