"""Values shared by the client, workers and workflows.

Retry policies, workflow ID policies, execution statuses, typed search
attributes, task priority, worker versioning and :class:`RawValue`.
"""

from temporalio._common._enums import (
    QueryRejectCondition,
    SearchAttributeIndexedValueType,
    WorkflowExecutionStatus,
    WorkflowIDConflictPolicy,
    WorkflowIDReusePolicy,
)
from temporalio._common._priority import Priority
from temporalio._common._raw_value import RawValue
from temporalio._common._retry_policy import RetryPolicy
from temporalio._common._search_attributes import (
    SearchAttributeKey,
    SearchAttributePair,
    SearchAttributes,
    SearchAttributeUpdate,
    SearchAttributeValue,
    SearchAttributeValues,
    SearchAttributeValueType,
    TypedSearchAttributes,
)
from temporalio._common._versioning import VersioningBehavior, WorkerDeploymentVersion

__all__ = [
    "Priority",
    "QueryRejectCondition",
    "RawValue",
    "RetryPolicy",
    "SearchAttributeIndexedValueType",
    "SearchAttributeKey",
    "SearchAttributePair",
    "SearchAttributeUpdate",
    "SearchAttributeValue",
    "SearchAttributeValueType",
    "SearchAttributeValues",
    "SearchAttributes",
    "TypedSearchAttributes",
    "VersioningBehavior",
    "WorkerDeploymentVersion",
    "WorkflowExecutionStatus",
    "WorkflowIDConflictPolicy",
    "WorkflowIDReusePolicy",
]
