"""Local activities scheduled by workflow code (run in the worker process, recorded as markers)."""

from __future__ import annotations

from temporalio.worker._instance_base import InstanceBase


class LocalActivitiesMixin(InstanceBase):
    """Workflow instance support for: Local activities scheduled by workflow code (run in the worker process, recorded as markers)."""
