"""Patches (versioning), search attribute and memo upserts."""

from __future__ import annotations

from temporalio.worker._instance_base import InstanceBase


class PropertiesMixin(InstanceBase):
    """Workflow instance support for: Patches (versioning), search attribute and memo upserts."""
