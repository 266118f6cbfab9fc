"""What a schedule does and how it behaves: its action, policies and state, and the
descriptions the server gives of it (``temporal.api.schedule.v1``)."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp

import temporalio.converter
from temporalio._common._priority import checked_priority, priority_proto
from temporalio.api.common.v1 import Header, Memo, Payload, SearchAttributes
from temporalio.api.enums.v1 import ScheduleOverlapPolicy as _OverlapProto
from temporalio.api.schedule.v1 import BackfillRequest, ScheduleListEntry, SchedulePolicies
from temporalio.api.schedule.v1 import Schedule as ScheduleProto
from temporalio.api.schedule.v1 import ScheduleAction as ScheduleActionProto
from temporalio.api.schedule.v1 import ScheduleActionResult as ScheduleActionResultProto
from temporalio.api.schedule.v1 import ScheduleState as ScheduleStateProto
from temporalio.api.taskqueue.v1 import TaskQueue
from temporalio.api.workflow.v1 import NewWorkflowExecutionInfo
from temporalio.api.workflowservice.v1 import DescribeScheduleResponse
from temporalio.client._schedule_spec import ScheduleSpec, _duration, _time, _timestamp
from temporalio.common import Priority, RetryPolicy, TypedSearchAttributes, WorkflowExecutionStatus
from temporalio.workflow._definition import WorkflowDefinition

__all__ = [
    "Schedule",
    "ScheduleActionExecutionStartWorkflow",
    "ScheduleActionResult",
    "ScheduleActionStartWorkflow",
    "ScheduleBackfill",
    "ScheduleDescription",
    "ScheduleInfo",
    "ScheduleListActionStartWorkflow",
    "ScheduleListDescription",
    "ScheduleListInfo",
    "ScheduleListSchedule",
    "ScheduleListState",
    "ScheduleOverlapPolicy",
    "SchedulePolicy",
    "ScheduleState",
    "ScheduleUpdate",
    "ScheduleUpdateInput",
]


class ScheduleOverlapPolicy(IntEnum):
    """What to do when an action is due while the previous one's workflow still runs."""

    SKIP = int(_OverlapProto.SCHEDULE_OVERLAP_POLICY_SKIP)
    """Do not start it (the default)."""
    BUFFER_ONE = int(_OverlapProto.SCHEDULE_OVERLAP_POLICY_BUFFER_ONE)
    """Start it when the running one ends; keep at most one waiting."""
    BUFFER_ALL = int(_OverlapProto.SCHEDULE_OVERLAP_POLICY_BUFFER_ALL)
    """Start each in turn, one after the other."""
    CANCEL_OTHER = int(_OverlapProto.SCHEDULE_OVERLAP_POLICY_CANCEL_OTHER)
    """Cancel the running one, then start."""
    TERMINATE_OTHER = int(_OverlapProto.SCHEDULE_OVERLAP_POLICY_TERMINATE_OTHER)
    """Terminate the running one, then start."""
    ALLOW_ALL = int(_OverlapProto.SCHEDULE_OVERLAP_POLICY_ALLOW_ALL)
    """Start it anyway: several may run at once."""


@dataclass(frozen=True)
class SchedulePolicy:
    """How a schedule handles overlaps, missed actions and failures."""

    overlap: ScheduleOverlapPolicy = ScheduleOverlapPolicy.SKIP
    """What to do when an action is due while the last one still runs."""
    catchup_window: timedelta = timedelta(days=365)
    """After an outage, actions missed by at most this much still happen."""
    pause_on_failure: bool = False
    """Pause the schedule when a workflow it started fails or times out."""
    keep_original_workflow_id: bool = False
    """Start each workflow with the action's ID as given, without the usual
    ``-<timestamp>`` suffix (overlapping runs then conflict)."""

    def _to_proto(self) -> SchedulePolicies:
        out = SchedulePolicies(
            overlap_policy=int(self.overlap),  # type: ignore[arg-type]
            pause_on_failure=self.pause_on_failure,
            keep_original_workflow_id=self.keep_original_workflow_id,
        )
        out.catchup_window.CopyFrom(_duration(self.catchup_window))
        return out

    @staticmethod
    def _from_proto(raw: SchedulePolicies) -> SchedulePolicy:
        return SchedulePolicy(
            overlap=ScheduleOverlapPolicy(raw.overlap_policy or ScheduleOverlapPolicy.SKIP),
            catchup_window=(
                raw.catchup_window.ToTimedelta()
                if raw.HasField("catchup_window")
                else timedelta(days=365)
            ),
            pause_on_failure=raw.pause_on_failure,
            keep_original_workflow_id=raw.keep_original_workflow_id,
        )


@dataclass(frozen=True)
class ScheduleState:
    """Whether a schedule is paused, and how many actions it has left."""

    note: str | None = None
    """Why it is in this state (shown by the UI and CLI)."""
    paused: bool = False
    """Paused schedules take no scheduled action (``trigger`` and backfills still act)."""
    limited_actions: bool = False
    """Whether only ``remaining_actions`` more actions may happen."""
    remaining_actions: int = 0
    """Actions left when ``limited_actions``."""

    def _to_proto(self) -> ScheduleStateProto:
        return ScheduleStateProto(
            notes=self.note or "",
            paused=self.paused,
            limited_actions=self.limited_actions,
            remaining_actions=self.remaining_actions,
        )

    @staticmethod
    def _from_proto(raw: ScheduleStateProto) -> ScheduleState:
        return ScheduleState(
            note=raw.notes or None,
            paused=raw.paused,
            limited_actions=raw.limited_actions,
            remaining_actions=raw.remaining_actions,
        )


@dataclass(frozen=True)
class ScheduleBackfill:
    """Take the actions the schedule would have taken between ``start_at`` and ``end_at``."""

    start_at: datetime
    """Start of the time range (timezone-aware)."""
    end_at: datetime
    """End of the time range (timezone-aware)."""
    overlap: ScheduleOverlapPolicy | None = None
    """Overlap policy for these actions; the schedule's if None."""

    def _to_proto(self) -> BackfillRequest:
        if self.end_at < self.start_at:
            raise ValueError(
                f"ScheduleBackfill ends ({self.end_at}) before it starts ({self.start_at})"
            )
        return BackfillRequest(
            start_time=_timestamp(self.start_at),
            end_time=_timestamp(self.end_at),
            overlap_policy=int(self.overlap or 0),  # type: ignore[arg-type]
        )


_NO_ARG: Any = object()


class ScheduleActionStartWorkflow:
    """The action of a schedule: start a workflow.

    Like ``Client.start_workflow``: the workflow by ``@workflow.run`` method or type
    name, one argument or ``args=[...]``, and the start options. Each started workflow's
    ID is ``id`` followed by the scheduled time (unless the policy keeps it).

    Arguments, memo values and headers of a described schedule are kept as the
    ``Payload`` objects the server stored, and sent back unchanged by an update.
    """

    def __init__(
        self,
        workflow: str | Callable[..., Awaitable[Any]],
        arg: Any = _NO_ARG,
        *,
        args: Sequence[Any] = (),
        id: str,
        task_queue: str,
        execution_timeout: timedelta | None = None,
        run_timeout: timedelta | None = None,
        task_timeout: timedelta | None = None,
        retry_policy: RetryPolicy | None = None,
        memo: Mapping[str, Any] | None = None,
        search_attributes: TypedSearchAttributes | Mapping[str, Any] | None = None,
        headers: Mapping[str, Payload] | None = None,
        static_summary: str | Payload | None = None,
        static_details: str | Payload | None = None,
        priority: Priority = Priority.default,
    ) -> None:
        """Describe the workflow each action starts.

        ``static_summary`` and ``static_details`` are shown for each started workflow
        in the UI (its user metadata); a described schedule has them as payloads.
        ``priority`` is the priority and fairness of each started workflow's tasks.

        Raises:
            ValueError: Both ``arg`` and ``args`` given, or an empty ``id``,
                ``task_queue`` or workflow name.
            TypeError: A ``static_summary``/``static_details`` that is not a string,
                or a ``priority`` that is not a :class:`~temporalio.common.Priority`.
        """
        if arg is not _NO_ARG:
            if args:
                raise ValueError("give either one argument or args=[...], not both")
            args = [arg]
        if isinstance(workflow, str):
            name = workflow
        else:
            defn = WorkflowDefinition.must_from_run_fn(workflow)
            if defn.name is None:
                raise ValueError(
                    f"{defn.cls.__qualname__} is a dynamic workflow; name its type (a string)"
                )
            name = defn.name
        if not name:
            raise ValueError("workflow type name must not be empty")
        if not id:
            raise ValueError("a schedule's start-workflow action needs an id")
        if not task_queue:
            raise ValueError("a schedule's start-workflow action needs a task_queue")
        self.workflow = name
        self.args: Sequence[Any] = list(args)
        self.id = id
        self.task_queue = task_queue
        self.execution_timeout = execution_timeout
        self.run_timeout = run_timeout
        self.task_timeout = task_timeout
        self.retry_policy = retry_policy
        self.memo = memo
        self.search_attributes = search_attributes
        self.headers = headers
        for option, value in (
            ("static_summary", static_summary),
            ("static_details", static_details),
        ):
            if value is not None and not isinstance(value, str | Payload):
                raise TypeError(f"{option} must be a str, got {type(value).__name__}")
        self.static_summary = static_summary or None
        self.static_details = static_details or None
        self.priority = checked_priority(priority, "ScheduleActionStartWorkflow()")

    def __repr__(self) -> str:
        return (
            f"ScheduleActionStartWorkflow({self.workflow!r}, id={self.id!r}, "
            f"task_queue={self.task_queue!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ScheduleActionStartWorkflow):
            return NotImplemented
        return vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]

    async def _to_proto(self, dc: temporalio.converter.DataConverter) -> ScheduleActionProto:
        info = NewWorkflowExecutionInfo(
            workflow_id=self.id,
            task_queue=TaskQueue(name=self.task_queue),
        )
        info.workflow_type.name = self.workflow
        if self.args:
            info.input.payloads.extend(await _encode_each(dc, self.args))
        if self.execution_timeout is not None:
            info.workflow_execution_timeout.CopyFrom(_duration(self.execution_timeout))
        if self.run_timeout is not None:
            info.workflow_run_timeout.CopyFrom(_duration(self.run_timeout))
        if self.task_timeout is not None:
            info.workflow_task_timeout.CopyFrom(_duration(self.task_timeout))
        if self.retry_policy is not None:
            self.retry_policy.apply_to_proto(info.retry_policy)
        if self.memo:
            info.memo.CopyFrom(await encode_memo(dc, self.memo))
        if self.search_attributes:
            temporalio.converter.encode_search_attributes(
                self.search_attributes, info.search_attributes
            )
        if self.headers:
            info.header.CopyFrom(Header(fields=dict(self.headers)))
        if self.static_summary:
            [summary] = await _encode_each(dc, [self.static_summary])
            info.user_metadata.summary.CopyFrom(summary)
        if self.static_details:
            [details] = await _encode_each(dc, [self.static_details])
            info.user_metadata.details.CopyFrom(details)
        priority = priority_proto(self.priority, "ScheduleActionStartWorkflow()")
        if priority is not None:
            info.priority.CopyFrom(priority)
        return ScheduleActionProto(start_workflow=info)

    @staticmethod
    def _from_proto(raw: NewWorkflowExecutionInfo) -> ScheduleActionStartWorkflow:
        def duration(name: str) -> timedelta | None:
            return getattr(raw, name).ToTimedelta() if raw.HasField(name) else None

        return ScheduleActionStartWorkflow(
            raw.workflow_type.name,
            args=list(raw.input.payloads),
            id=raw.workflow_id,
            task_queue=raw.task_queue.name,
            execution_timeout=duration("workflow_execution_timeout"),
            run_timeout=duration("workflow_run_timeout"),
            task_timeout=duration("workflow_task_timeout"),
            retry_policy=(
                RetryPolicy.from_proto(raw.retry_policy) if raw.HasField("retry_policy") else None
            ),
            memo=dict(raw.memo.fields) or None,
            search_attributes=(
                temporalio.converter.decode_typed_search_attributes(raw.search_attributes)
                if raw.search_attributes.indexed_fields
                else None
            ),
            headers=dict(raw.header.fields) or None,
            static_summary=(
                raw.user_metadata.summary if raw.user_metadata.HasField("summary") else None
            ),
            static_details=(
                raw.user_metadata.details if raw.user_metadata.HasField("details") else None
            ),
            priority=(
                Priority.from_proto(raw.priority) if raw.HasField("priority") else Priority.default
            ),
        )


async def encode_memo(dc: temporalio.converter.DataConverter, memo: Mapping[str, Any]) -> Memo:
    """A memo of ``memo``'s values (``Payload`` values, from a description, unchanged)."""
    keys = list(memo)
    values = await _encode_each(dc, [memo[k] for k in keys])
    return Memo(fields=dict(zip(keys, values, strict=True)))


async def _encode_each(
    dc: temporalio.converter.DataConverter, values: Sequence[Any]
) -> list[Payload]:
    """Payloads for ``values``; ``Payload`` objects (from a description) pass unchanged."""
    out: list[Payload | None] = [v if isinstance(v, Payload) else None for v in values]
    fresh = [v for v in values if not isinstance(v, Payload)]
    if fresh:
        encoded = iter(await dc.encode(fresh))
        out = [p if p is not None else next(encoded) for p in out]
    return [p for p in out if p is not None]


@dataclass
class Schedule:
    """A schedule: what it does (``action``), when (``spec``), and how (``policy``,
    ``state``)."""

    action: ScheduleActionStartWorkflow
    """The workflow each action starts."""
    spec: ScheduleSpec
    """When actions happen."""
    policy: SchedulePolicy = field(default_factory=SchedulePolicy)
    """Overlap, catch-up and failure handling."""
    state: ScheduleState = field(default_factory=ScheduleState)
    """Paused or not, and remaining actions."""

    async def _to_proto(self, dc: temporalio.converter.DataConverter) -> ScheduleProto:
        return ScheduleProto(
            spec=self.spec._to_proto(),
            action=await self.action._to_proto(dc),
            policies=self.policy._to_proto(),
            state=self.state._to_proto(),
        )

    @staticmethod
    def _from_proto(raw: ScheduleProto) -> Schedule:
        if not raw.action.HasField("start_workflow"):
            raise ValueError("the schedule's action is not a start-workflow action")
        return Schedule(
            action=ScheduleActionStartWorkflow._from_proto(raw.action.start_workflow),
            spec=ScheduleSpec._from_proto(raw.spec),
            policy=SchedulePolicy._from_proto(raw.policies),
            state=ScheduleState._from_proto(raw.state),
        )


@dataclass(frozen=True)
class ScheduleActionExecutionStartWorkflow:
    """A workflow a schedule started."""

    workflow_id: str
    """Its workflow ID."""
    first_execution_run_id: str
    """The run ID of its first run."""


@dataclass(frozen=True)
class ScheduleActionResult:
    """One action a schedule took."""

    scheduled_at: datetime
    """When it was due."""
    started_at: datetime
    """When it happened (later, with jitter or after an outage)."""
    action: ScheduleActionExecutionStartWorkflow
    """The workflow it started."""
    status: WorkflowExecutionStatus | None = None
    """That workflow's status as last seen by the schedule, if known."""

    @staticmethod
    def _from_proto(raw: ScheduleActionResultProto) -> ScheduleActionResult:
        run = raw.start_workflow_result
        return ScheduleActionResult(
            scheduled_at=_time(raw.schedule_time),
            started_at=_time(raw.actual_time),
            action=ScheduleActionExecutionStartWorkflow(run.workflow_id, run.run_id),
            status=(
                WorkflowExecutionStatus(raw.start_workflow_status)
                if raw.start_workflow_status
                else None
            ),
        )


def _times(raw: Sequence[Timestamp]) -> tuple[datetime, ...]:
    return tuple(t.ToDatetime(tzinfo=UTC) for t in raw)


@dataclass(frozen=True)
class ScheduleInfo:
    """What a schedule has done and will do next."""

    num_actions: int
    """Actions taken so far."""
    num_actions_missed_catchup_window: int
    """Actions skipped because they were missed by more than the catch-up window."""
    num_actions_skipped_overlap: int
    """Actions skipped by the overlap policy."""
    running_actions: Sequence[ScheduleActionExecutionStartWorkflow]
    """Workflows it started that are still running."""
    recent_actions: Sequence[ScheduleActionResult]
    """The last actions taken (a few), oldest first."""
    next_action_times: Sequence[datetime]
    """When the next actions are due (a few)."""
    created_at: datetime
    """When the schedule was created."""
    last_updated_at: datetime | None
    """When it was last updated, None if never."""


class _ScheduleOwnFields:
    """The memo and search attributes of the schedule itself, in its descriptions."""

    data_converter: temporalio.converter.DataConverter

    def _own_memo_and_search_attributes(self) -> tuple[Memo, SearchAttributes]:
        raise NotImplementedError

    @functools.cached_property
    def search_attributes(self) -> Mapping[str, Sequence[Any]]:
        """The schedule's own search attributes, untyped (every value a list)."""
        return temporalio.converter.decode_search_attributes(
            self._own_memo_and_search_attributes()[1]
        )

    @functools.cached_property
    def typed_search_attributes(self) -> TypedSearchAttributes:
        """The schedule's own search attributes, typed."""
        return temporalio.converter.decode_typed_search_attributes(
            self._own_memo_and_search_attributes()[1]
        )

    async def memo(self) -> Mapping[str, Any]:
        """The schedule's own memo, decoded with the client's data converter."""
        memo = self._own_memo_and_search_attributes()[0]
        keys = list(memo.fields)
        if not keys:
            return {}
        values = await self.data_converter.decode([memo.fields[k] for k in keys])
        return dict(zip(keys, values, strict=True))


@dataclass(frozen=True)
class ScheduleDescription(_ScheduleOwnFields):
    """The answer of ``ScheduleHandle.describe()``."""

    id: str
    """The schedule ID."""
    schedule: Schedule
    """The schedule as the server holds it."""
    info: ScheduleInfo
    """Its history and next actions."""
    raw_description: DescribeScheduleResponse = field(repr=False, compare=False)
    """The server's response."""
    data_converter: temporalio.converter.DataConverter = field(repr=False, compare=False)

    @staticmethod
    def _from_proto(
        id: str, raw: DescribeScheduleResponse, dc: temporalio.converter.DataConverter
    ) -> ScheduleDescription:
        i = raw.info
        return ScheduleDescription(
            id=id,
            schedule=Schedule._from_proto(raw.schedule),
            info=ScheduleInfo(
                num_actions=i.action_count,
                num_actions_missed_catchup_window=i.missed_catchup_window,
                num_actions_skipped_overlap=i.overlap_skipped,
                running_actions=tuple(
                    ScheduleActionExecutionStartWorkflow(w.workflow_id, w.run_id)
                    for w in i.running_workflows
                ),
                recent_actions=tuple(ScheduleActionResult._from_proto(a) for a in i.recent_actions),
                next_action_times=_times(i.future_action_times),
                created_at=_time(i.create_time),
                last_updated_at=_time(i.update_time) if i.HasField("update_time") else None,
            ),
            raw_description=raw,
            data_converter=dc,
        )

    def _own_memo_and_search_attributes(self) -> tuple[Memo, SearchAttributes]:
        return self.raw_description.memo, self.raw_description.search_attributes


@dataclass(frozen=True)
class ScheduleListActionStartWorkflow:
    """The action of a listed schedule: the workflow type it starts."""

    workflow: str
    """Workflow type name."""


@dataclass(frozen=True)
class ScheduleListState:
    """The state of a listed schedule."""

    note: str | None
    """Why it is in this state."""
    paused: bool
    """Whether it is paused."""


@dataclass(frozen=True)
class ScheduleListSchedule:
    """What the list shows of a schedule's definition."""

    action: ScheduleListActionStartWorkflow
    """Its action."""
    spec: ScheduleSpec
    """When it acts."""
    state: ScheduleListState
    """Paused or not."""


@dataclass(frozen=True)
class ScheduleListInfo:
    """What the list shows of a schedule's activity."""

    recent_actions: Sequence[ScheduleActionResult]
    """The last actions taken."""
    next_action_times: Sequence[datetime]
    """When the next actions are due."""


@dataclass(frozen=True)
class ScheduleListDescription(_ScheduleOwnFields):
    """One entry of ``Client.list_schedules()``.

    ``schedule`` and ``info`` are None when the server's visibility store has not
    caught up with the schedule yet.
    """

    id: str
    """The schedule ID."""
    schedule: ScheduleListSchedule | None
    """Its definition, in short."""
    info: ScheduleListInfo | None
    """Its recent and next actions."""
    raw_entry: ScheduleListEntry = field(repr=False, compare=False)
    """The server's list entry."""
    data_converter: temporalio.converter.DataConverter = field(repr=False, compare=False)

    @staticmethod
    def _from_proto(
        raw: ScheduleListEntry, dc: temporalio.converter.DataConverter
    ) -> ScheduleListDescription:
        schedule = info = None
        if raw.HasField("info"):
            i = raw.info
            schedule = ScheduleListSchedule(
                action=ScheduleListActionStartWorkflow(i.workflow_type.name),
                spec=ScheduleSpec._from_proto(i.spec),
                state=ScheduleListState(note=i.notes or None, paused=i.paused),
            )
            info = ScheduleListInfo(
                recent_actions=tuple(ScheduleActionResult._from_proto(a) for a in i.recent_actions),
                next_action_times=_times(i.future_action_times),
            )
        return ScheduleListDescription(
            id=raw.schedule_id, schedule=schedule, info=info, raw_entry=raw, data_converter=dc
        )

    def _own_memo_and_search_attributes(self) -> tuple[Memo, SearchAttributes]:
        return self.raw_entry.memo, self.raw_entry.search_attributes


@dataclass(frozen=True)
class ScheduleUpdateInput:
    """What the updater passed to ``ScheduleHandle.update()`` is given."""

    description: ScheduleDescription
    """The schedule as it is now."""


@dataclass(frozen=True)
class ScheduleUpdate:
    """What the updater passed to ``ScheduleHandle.update()`` returns."""

    schedule: Schedule
    """The new definition (replaces the whole schedule)."""
    search_attributes: TypedSearchAttributes | Mapping[str, Any] | None = None
    """New search attributes of the schedule itself; None leaves them as they are."""

    def _search_attributes_proto(self) -> SearchAttributes | None:
        if self.search_attributes is None:
            return None
        out = SearchAttributes()
        temporalio.converter.encode_search_attributes(self.search_attributes, out)
        return out
