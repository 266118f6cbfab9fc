"""Run-time handlers and workflow updates."""

from __future__ import annotations

__all__: list[str] = []
