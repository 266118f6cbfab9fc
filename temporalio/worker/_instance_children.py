"""Child workflows, external workflow handles (signal, cancel) and continue-as-new."""

from __future__ import annotations

from temporalio.worker._instance_base import InstanceBase


class ChildrenMixin(InstanceBase):
    """Workflow instance support for: Child workflows, external workflow handles (signal, cancel) and continue-as-new."""
