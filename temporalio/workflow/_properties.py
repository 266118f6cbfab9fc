"""Patches, search attributes and memo from workflow code."""

from __future__ import annotations

__all__: list[str] = []
