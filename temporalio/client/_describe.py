"""Descriptions of workflow executions (describe, list, count)."""

from __future__ import annotations

import functools
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


class WorkflowExecution:
    """One workflow run as the server describes it (list entries and describe).

    Fields are read from the raw proto when first used, so listing many
    workflows costs little more than the RPC.
    """

    def __init__(
        self, raw_info: WorkflowExecutionInfo, data_converter: temporalio.converter.DataConverter
    ) -> None:
        """Wrap a ``WorkflowExecutionInfo`` from the server."""
        self.raw_info = raw_info
        self.data_converter = data_converter

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(id={self.id!r}, run_id={self.run_id!r}, "
            f"workflow_type={self.workflow_type!r}, status={self.status!r})"
        )

    @property
    def id(self) -> str:
        """Workflow ID."""
        return str(self.raw_info.execution.workflow_id)

    @property
    def run_id(self) -> str:
        """Run ID."""
        return str(self.raw_info.execution.run_id)

    @property
    def workflow_type(self) -> str:
        """Workflow type name."""
        return str(self.raw_info.type.name)

    @property
    def task_queue(self) -> str:
        """Task queue of the run."""
        return str(self.raw_info.task_queue)

    @property
    def status(self) -> WorkflowExecutionStatus | None:
        """Status, None if the server did not say."""
        status = self.raw_info.status
        return WorkflowExecutionStatus(status) if status else None

    @property
    def start_time(self) -> datetime:
        """When the run started."""
        return self.raw_info.start_time.ToDatetime(tzinfo=UTC)

    @property
    def execution_time(self) -> datetime | None:
        """When the run began executing (after any start delay or cron wait)."""
        info = self.raw_info
        return _time(info.execution_time, info.HasField("execution_time"))

    @property
    def close_time(self) -> datetime | None:
        """When the run closed, None while running."""
        info = self.raw_info
        return _time(info.close_time, info.HasField("close_time"))

    @property
    def history_length(self) -> int:
        """Number of events in its history."""
        return int(self.raw_info.history_length)

    @property
    def parent_id(self) -> str | None:
        """Parent workflow ID, for child workflows."""
        info = self.raw_info
        return str(info.parent_execution.workflow_id) if info.HasField("parent_execution") else None

    @property
    def parent_run_id(self) -> str | None:
        """Parent run ID, for child workflows."""
        info = self.raw_info
        return str(info.parent_execution.run_id) if info.HasField("parent_execution") else None

    @functools.cached_property
    def search_attributes(self) -> Mapping[str, Sequence[Any]]:
        """Search attributes, untyped (every value a list)."""
        return temporalio.converter.decode_search_attributes(self.raw_info.search_attributes)

    @functools.cached_property
    def typed_search_attributes(self) -> TypedSearchAttributes:
        """Search attributes with their indexed types."""
        return temporalio.converter.decode_typed_search_attributes(self.raw_info.search_attributes)

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

    @classmethod
    def from_raw_info(
        cls, info: WorkflowExecutionInfo, converter: temporalio.converter.DataConverter
    ) -> WorkflowExecution:
        """Build from a list entry."""
        return cls(info, converter)


class WorkflowExecutionDescription(WorkflowExecution):
    """The answer of ``WorkflowHandle.describe()``."""

    def __init__(
        self,
        raw_description: DescribeWorkflowExecutionResponse,
        data_converter: temporalio.converter.DataConverter,
    ) -> None:
        """Wrap a DescribeWorkflowExecution response."""
        super().__init__(raw_description.workflow_execution_info, data_converter)
        self.raw_description = raw_description
        self.static_summary: str | None = None
        """The summary given at start (``static_summary``), decoded; None if none."""
        self.static_details: str | None = None
        """The details given at start (``static_details``), decoded; None if none."""

    @property
    def task_queue(self) -> str:
        """Task queue of the run."""
        return str(
            self.raw_info.task_queue or self.raw_description.execution_config.task_queue.name
        )

    @staticmethod
    def from_raw_description(
        raw: DescribeWorkflowExecutionResponse, converter: temporalio.converter.DataConverter
    ) -> WorkflowExecutionDescription:
        """Build from a DescribeWorkflowExecution response."""
        return WorkflowExecutionDescription(raw, converter)


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
