"""Implementation of :mod:`temporalio.activity`: definitions, info, context, execution.

Users import :mod:`temporalio.activity`.  Other SDK internals (the workflow
side, which needs the name of an activity reference, and the worker) import
:class:`ActivityDefinition` from here.
"""

from temporalio._activity._definition import _ActivityDefinition

ActivityDefinition = _ActivityDefinition
"""What ``@activity.defn`` records; see
:meth:`ActivityDefinition.must_from_callable`."""

__all__ = ["ActivityDefinition"]
