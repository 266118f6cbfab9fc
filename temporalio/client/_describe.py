"""Descriptions of workflow executions (describe, list, count)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp

import temporalio.converter
from temporalio.api.common.v1 import Payload
from temporalio.api.workflow.v1 import WorkflowExecutionInfo
from temporalio.api.workflowservice.v1 import (
    CountWorkflowExecutionsResponse,
    DescribeWorkflowExecutionResponse,
)
from temporalio.common import TypedSearchAttributes, WorkflowExecutionStatus


def _time(ts: Timestamp, present: bool) -> datetime | None:
    return ts.ToDatetime(tzinfo=UTC) if present else None


_MISSING = object()


@dataclass(frozen=True)
class WorkflowExecution:
    """One workflow run as the server describes it (list entries and describe)."""

    id: str
    """Workflow ID."""
    run_id: str
    """Run ID."""
    workflow_type: str
    """Workflow type name."""
    task_queue: str
    """Task queue of the run."""
    status: WorkflowExecutionStatus | None
    """Status, None if the server did not say."""
    start_time: datetime
    """When the run started."""
    execution_time: datetime | None
    """When the run began executing (after any start delay or cron wait)."""
    close_time: datetime | None
    """When the run closed, None while running."""
    history_length: int
    """Number of events in its history."""
    parent_id: str | None
    """Parent workflow ID, for child workflows."""
    parent_run_id: str | None
    """Parent run ID, for child workflows."""
    search_attributes: Mapping[str, Sequence[Any]]
    """Search attributes, untyped (every value a list)."""
    typed_search_attributes: TypedSearchAttributes
    """Search attributes with their indexed types."""
    raw_info: WorkflowExecutionInfo
    """The raw proto from the server."""
    data_converter: temporalio.converter.DataConverter
    """Converter used to decode the memo."""

    async def memo(self) -> Mapping[str, Any]:
        """The memo, decoded with the client's data converter (values as plain JSON types)."""
        fields = self.raw_info.memo.fields
        out: dict[str, Any] = {}
        for key, payload in fields.items():
            out[key] = (await self.data_converter.decode([payload]))[0]
        return out

    async def memo_value(self, key: str, default: Any = _MISSING, *, type_hint: Any = None) -> Any:
        """One memo value, decoded (to ``type_hint`` if given).

        Raises:
            KeyError: The key is absent and no default was given.
        """
        payload: Payload | None = self.raw_info.memo.fields.get(key)
        if payload is None:
            if default is _MISSING:
                raise KeyError(f"memo has no key {key!r}")
            return default
        hints = [type_hint] if type_hint is not None else None
        return (await self.data_converter.decode([payload], hints))[0]

    @staticmethod
    def _fields_from_info(
        info: WorkflowExecutionInfo, converter: temporalio.converter.DataConverter
    ) -> dict[str, Any]:
        status = WorkflowExecutionStatus(info.status) if info.status else None
        parent = info.parent_execution if info.HasField("parent_execution") else None
        return {
            "id": info.execution.workflow_id,
            "run_id": info.execution.run_id,
            "workflow_type": info.type.name,
            "task_queue": info.task_queue,
            "status": status,
            "start_time": info.start_time.ToDatetime(tzinfo=UTC),
            "execution_time": _time(info.execution_time, info.HasField("execution_time")),
            "close_time": _time(info.close_time, info.HasField("close_time")),
            "history_length": info.history_length,
            "parent_id": parent.workflow_id if parent else None,
            "parent_run_id": parent.run_id if parent else None,
            "search_attributes": temporalio.converter.decode_search_attributes(
                info.search_attributes
            ),
            "typed_search_attributes": temporalio.converter.decode_typed_search_attributes(
                info.search_attributes
            ),
            "raw_info": info,
            "data_converter": converter,
        }

    @classmethod
    def from_raw_info(
        cls, info: WorkflowExecutionInfo, converter: temporalio.converter.DataConverter
    ) -> WorkflowExecution:
        """Build from a list entry."""
        return cls(**cls._fields_from_info(info, converter))


@dataclass(frozen=True)
class WorkflowExecutionDescription(WorkflowExecution):
    """The answer of ``WorkflowHandle.describe()``."""

    raw_description: DescribeWorkflowExecutionResponse
    """The raw proto response."""

    @staticmethod
    def from_raw_description(
        raw: DescribeWorkflowExecutionResponse, converter: temporalio.converter.DataConverter
    ) -> WorkflowExecutionDescription:
        """Build from a DescribeWorkflowExecution response."""
        fields = WorkflowExecution._fields_from_info(raw.workflow_execution_info, converter)
        if not fields["task_queue"]:
            fields["task_queue"] = raw.execution_config.task_queue.name
        return WorkflowExecutionDescription(raw_description=raw, **fields)


@dataclass(frozen=True)
class WorkflowExecutionCountAggregationGroup:
    """One group of a grouped count (``GROUP BY``)."""

    count: int
    """Number of workflows in the group."""
    group_values: Sequence[Any]
    """The values that define the group."""


@dataclass(frozen=True)
class WorkflowExecutionCount:
    """The answer of ``Client.count_workflows``."""

    count: int
    """Total number of matching workflows."""
    groups: Sequence[WorkflowExecutionCountAggregationGroup]
    """Groups, when the query groups."""

    @staticmethod
    def from_raw(raw: CountWorkflowExecutionsResponse) -> WorkflowExecutionCount:
        """Build from the raw response."""
        conv = temporalio.converter.DataConverter.default.payload_converter
        return WorkflowExecutionCount(
            count=raw.count,
            groups=[
                WorkflowExecutionCountAggregationGroup(
                    count=g.count, group_values=conv.from_payloads(list(g.group_values))
                )
                for g in raw.groups
            ],
        )
