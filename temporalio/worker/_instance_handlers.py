"""Handlers set at run time (signals, queries, updates) and workflow updates."""

from __future__ import annotations

from temporalio.worker._instance_base import InstanceBase


class HandlersMixin(InstanceBase):
    """Workflow instance support for: Handlers set at run time (signals, queries, updates) and workflow updates."""
