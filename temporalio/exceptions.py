"""Errors raised by the SDK and the failures that travel through Temporal."""

from __future__ import annotations


class TemporalError(Exception):
    """Base of every error the SDK raises on purpose."""


__all__ = ["TemporalError"]
