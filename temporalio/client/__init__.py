"""Client for Temporal: start, signal, query, update, cancel and describe workflows.

Works unchanged under ``asyncio.run`` and ``trio.run``.
"""

from temporalio.client._async_activity import AsyncActivityHandle as AsyncActivityHandle
from temporalio.client._async_activity import (
    AsyncActivityIDReference as AsyncActivityIDReference,
)
from temporalio.client._client import Client as Client
from temporalio.client._describe import WorkflowExecution as WorkflowExecution
from temporalio.client._describe import WorkflowExecutionCount as WorkflowExecutionCount
from temporalio.client._describe import (
    WorkflowExecutionCountAggregationGroup as WorkflowExecutionCountAggregationGroup,
)
from temporalio.client._describe import (
    WorkflowExecutionDescription as WorkflowExecutionDescription,
)
from temporalio.client._errors import AsyncActivityCancelledError as AsyncActivityCancelledError
from temporalio.client._errors import WorkflowContinuedAsNewError as WorkflowContinuedAsNewError
from temporalio.client._errors import WorkflowFailureError as WorkflowFailureError
from temporalio.client._errors import WorkflowQueryFailedError as WorkflowQueryFailedError
from temporalio.client._errors import WorkflowQueryRejectedError as WorkflowQueryRejectedError
from temporalio.client._handle import WorkflowHandle as WorkflowHandle
from temporalio.client._history import WorkflowHistory as WorkflowHistory
from temporalio.client._history import (
    WorkflowHistoryEventFilterType as WorkflowHistoryEventFilterType,
)
from temporalio.client._interceptor import BackfillScheduleInput as BackfillScheduleInput
from temporalio.client._interceptor import CancelWorkflowInput as CancelWorkflowInput
from temporalio.client._interceptor import (
    CompleteAsyncActivityInput as CompleteAsyncActivityInput,
)
from temporalio.client._interceptor import CountWorkflowsInput as CountWorkflowsInput
from temporalio.client._interceptor import CreateScheduleInput as CreateScheduleInput
from temporalio.client._interceptor import DeleteScheduleInput as DeleteScheduleInput
from temporalio.client._interceptor import DescribeScheduleInput as DescribeScheduleInput
from temporalio.client._interceptor import DescribeWorkflowInput as DescribeWorkflowInput
from temporalio.client._interceptor import FailAsyncActivityInput as FailAsyncActivityInput
from temporalio.client._interceptor import (
    FetchWorkflowHistoryEventsInput as FetchWorkflowHistoryEventsInput,
)
from temporalio.client._interceptor import (
    HeartbeatAsyncActivityInput as HeartbeatAsyncActivityInput,
)
from temporalio.client._interceptor import Interceptor as Interceptor
from temporalio.client._interceptor import ListSchedulesInput as ListSchedulesInput
from temporalio.client._interceptor import ListWorkflowsInput as ListWorkflowsInput
from temporalio.client._interceptor import OutboundInterceptor as OutboundInterceptor
from temporalio.client._interceptor import PauseScheduleInput as PauseScheduleInput
from temporalio.client._interceptor import QueryWorkflowInput as QueryWorkflowInput
from temporalio.client._interceptor import (
    ReportCancellationAsyncActivityInput as ReportCancellationAsyncActivityInput,
)
from temporalio.client._interceptor import SignalWorkflowInput as SignalWorkflowInput
from temporalio.client._interceptor import StartWorkflowInput as StartWorkflowInput
from temporalio.client._interceptor import (
    StartWorkflowUpdateInput as StartWorkflowUpdateInput,
)
from temporalio.client._interceptor import (
    StartWorkflowUpdateWithStartInput as StartWorkflowUpdateWithStartInput,
)
from temporalio.client._interceptor import TerminateWorkflowInput as TerminateWorkflowInput
from temporalio.client._interceptor import TriggerScheduleInput as TriggerScheduleInput
from temporalio.client._interceptor import UnpauseScheduleInput as UnpauseScheduleInput
from temporalio.client._interceptor import UpdateScheduleInput as UpdateScheduleInput
from temporalio.client._schedule import ScheduleAlreadyRunningError as ScheduleAlreadyRunningError
from temporalio.client._schedule import ScheduleHandle as ScheduleHandle
from temporalio.client._schedule_spec import ScheduleCalendarSpec as ScheduleCalendarSpec
from temporalio.client._schedule_spec import ScheduleIntervalSpec as ScheduleIntervalSpec
from temporalio.client._schedule_spec import ScheduleRange as ScheduleRange
from temporalio.client._schedule_spec import ScheduleSpec as ScheduleSpec
from temporalio.client._schedule_types import Schedule as Schedule
from temporalio.client._schedule_types import (
    ScheduleActionExecutionStartWorkflow as ScheduleActionExecutionStartWorkflow,
)
from temporalio.client._schedule_types import ScheduleActionResult as ScheduleActionResult
from temporalio.client._schedule_types import (
    ScheduleActionStartWorkflow as ScheduleActionStartWorkflow,
)
from temporalio.client._schedule_types import ScheduleBackfill as ScheduleBackfill
from temporalio.client._schedule_types import ScheduleDescription as ScheduleDescription
from temporalio.client._schedule_types import ScheduleInfo as ScheduleInfo
from temporalio.client._schedule_types import (
    ScheduleListActionStartWorkflow as ScheduleListActionStartWorkflow,
)
from temporalio.client._schedule_types import ScheduleListDescription as ScheduleListDescription
from temporalio.client._schedule_types import ScheduleListInfo as ScheduleListInfo
from temporalio.client._schedule_types import ScheduleListSchedule as ScheduleListSchedule
from temporalio.client._schedule_types import ScheduleListState as ScheduleListState
from temporalio.client._schedule_types import ScheduleOverlapPolicy as ScheduleOverlapPolicy
from temporalio.client._schedule_types import SchedulePolicy as SchedulePolicy
from temporalio.client._schedule_types import ScheduleState as ScheduleState
from temporalio.client._schedule_types import ScheduleUpdate as ScheduleUpdate
from temporalio.client._schedule_types import ScheduleUpdateInput as ScheduleUpdateInput
from temporalio.client._update import WorkflowUpdateFailedError as WorkflowUpdateFailedError
from temporalio.client._update import WorkflowUpdateHandle as WorkflowUpdateHandle
from temporalio.client._update import (
    WorkflowUpdateRPCTimeoutOrCancelledError as WorkflowUpdateRPCTimeoutOrCancelledError,
)
from temporalio.client._update import WorkflowUpdateStage as WorkflowUpdateStage
from temporalio.client._with_start import (
    WithStartWorkflowOperation as WithStartWorkflowOperation,
)
from temporalio.common import WorkflowExecutionStatus as WorkflowExecutionStatus
from temporalio.exceptions import WorkflowAlreadyStartedError as WorkflowAlreadyStartedError
from temporalio.service import ConnectConfig as ConnectConfig
from temporalio.service import KeepAliveConfig as KeepAliveConfig
from temporalio.service import RetryConfig as RetryConfig
from temporalio.service import RPCError as RPCError
from temporalio.service import RPCStatusCode as RPCStatusCode
from temporalio.service import ServiceClient as ServiceClient
from temporalio.service import TLSConfig as TLSConfig

__all__ = [
    "AsyncActivityCancelledError",
    "AsyncActivityHandle",
    "AsyncActivityIDReference",
    "BackfillScheduleInput",
    "CancelWorkflowInput",
    "Client",
    "CompleteAsyncActivityInput",
    "CountWorkflowsInput",
    "CreateScheduleInput",
    "DeleteScheduleInput",
    "DescribeScheduleInput",
    "DescribeWorkflowInput",
    "FailAsyncActivityInput",
    "FetchWorkflowHistoryEventsInput",
    "HeartbeatAsyncActivityInput",
    "Interceptor",
    "ListSchedulesInput",
    "ListWorkflowsInput",
    "OutboundInterceptor",
    "PauseScheduleInput",
    "QueryWorkflowInput",
    "ConnectConfig",
    "KeepAliveConfig",
    "RPCError",
    "RetryConfig",
    "ServiceClient",
    "RPCStatusCode",
    "ReportCancellationAsyncActivityInput",
    "Schedule",
    "ScheduleActionExecutionStartWorkflow",
    "ScheduleActionResult",
    "ScheduleActionStartWorkflow",
    "ScheduleAlreadyRunningError",
    "ScheduleBackfill",
    "ScheduleCalendarSpec",
    "ScheduleDescription",
    "ScheduleHandle",
    "ScheduleInfo",
    "ScheduleIntervalSpec",
    "ScheduleListActionStartWorkflow",
    "ScheduleListDescription",
    "ScheduleListInfo",
    "ScheduleListSchedule",
    "ScheduleListState",
    "ScheduleOverlapPolicy",
    "SchedulePolicy",
    "ScheduleRange",
    "ScheduleSpec",
    "ScheduleState",
    "ScheduleUpdate",
    "ScheduleUpdateInput",
    "SignalWorkflowInput",
    "StartWorkflowInput",
    "StartWorkflowUpdateInput",
    "StartWorkflowUpdateWithStartInput",
    "TLSConfig",
    "TerminateWorkflowInput",
    "TriggerScheduleInput",
    "UnpauseScheduleInput",
    "UpdateScheduleInput",
    "WithStartWorkflowOperation",
    "WorkflowAlreadyStartedError",
    "WorkflowContinuedAsNewError",
    "WorkflowExecution",
    "WorkflowExecutionCount",
    "WorkflowExecutionCountAggregationGroup",
    "WorkflowExecutionDescription",
    "WorkflowFailureError",
    "WorkflowHandle",
    "WorkflowExecutionStatus",
    "WorkflowHistory",
    "WorkflowHistoryEventFilterType",
    "WorkflowQueryFailedError",
    "WorkflowQueryRejectedError",
    "WorkflowUpdateFailedError",
    "WorkflowUpdateHandle",
    "WorkflowUpdateRPCTimeoutOrCancelledError",
    "WorkflowUpdateStage",
]
