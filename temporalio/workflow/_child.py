"""Child workflows, external workflow handles and continue-as-new from workflow code."""

from __future__ import annotations

__all__: list[str] = []
