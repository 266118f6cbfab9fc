"""Enumerations shared by the client, the worker and workflows.

Each value equals the value of the matching ``temporalio.api.enums.v1`` proto
enum, so ``int(member)`` can be put straight into a request.
"""

from __future__ import annotations

from enum import IntEnum

import temporalio.api.enums.v1

_enums = temporalio.api.enums.v1


class WorkflowIDReusePolicy(IntEnum):
    """Whether a workflow may start with the ID of a *closed* workflow."""

    ALLOW_DUPLICATE = int(_enums.WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
    """Allowed, whatever the closed workflow's outcome (the default)."""

    ALLOW_DUPLICATE_FAILED_ONLY = int(
        _enums.WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY
    )
    """Allowed only if the closed workflow failed, was cancelled, terminated or timed out."""

    REJECT_DUPLICATE = int(_enums.WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
    """Never allowed."""

    TERMINATE_IF_RUNNING = int(
        _enums.WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_TERMINATE_IF_RUNNING
    )
    """Allowed, and a *running* workflow with the ID is terminated first.

    Prefer :attr:`WorkflowIDConflictPolicy.TERMINATE_EXISTING`.
    """


class WorkflowIDConflictPolicy(IntEnum):
    """What to do when a workflow with the same ID is *running*."""

    UNSPECIFIED = int(_enums.WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_UNSPECIFIED)
    """Let the server decide (it fails the start)."""

    FAIL = int(_enums.WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL)
    """Fail the start with :class:`temporalio.exceptions.WorkflowAlreadyStartedError`."""

    USE_EXISTING = int(_enums.WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
    """Return a handle to the running workflow instead of starting one."""

    TERMINATE_EXISTING = int(
        _enums.WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_TERMINATE_EXISTING
    )
    """Terminate the running workflow and start a new one."""


class QueryRejectCondition(IntEnum):
    """When the server rejects a query instead of running it."""

    NONE = int(_enums.QueryRejectCondition.QUERY_REJECT_CONDITION_NONE)
    """Never reject."""

    NOT_OPEN = int(_enums.QueryRejectCondition.QUERY_REJECT_CONDITION_NOT_OPEN)
    """Reject if the workflow is closed."""

    NOT_COMPLETED_CLEANLY = int(
        _enums.QueryRejectCondition.QUERY_REJECT_CONDITION_NOT_COMPLETED_CLEANLY
    )
    """Reject if the workflow closed other than by completing successfully."""


class WorkflowExecutionStatus(IntEnum):
    """Status of a workflow execution."""

    RUNNING = int(_enums.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING)
    COMPLETED = int(_enums.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED)
    FAILED = int(_enums.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_FAILED)
    CANCELED = int(_enums.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED)
    TERMINATED = int(_enums.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TERMINATED)
    CONTINUED_AS_NEW = int(
        _enums.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW
    )
    TIMED_OUT = int(_enums.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TIMED_OUT)
    PAUSED = int(_enums.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_PAUSED)


class SearchAttributeIndexedValueType(IntEnum):
    """How the server indexes a search attribute."""

    TEXT = int(_enums.IndexedValueType.INDEXED_VALUE_TYPE_TEXT)
    KEYWORD = int(_enums.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
    INT = int(_enums.IndexedValueType.INDEXED_VALUE_TYPE_INT)
    DOUBLE = int(_enums.IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE)
    BOOL = int(_enums.IndexedValueType.INDEXED_VALUE_TYPE_BOOL)
    DATETIME = int(_enums.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME)
    KEYWORD_LIST = int(_enums.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST)
