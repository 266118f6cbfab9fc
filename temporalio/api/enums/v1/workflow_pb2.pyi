from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class WorkflowIdReusePolicy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WORKFLOW_ID_REUSE_POLICY_UNSPECIFIED: _ClassVar[WorkflowIdReusePolicy]
    WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE: _ClassVar[WorkflowIdReusePolicy]
    WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY: _ClassVar[WorkflowIdReusePolicy]
    WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE: _ClassVar[WorkflowIdReusePolicy]
    WORKFLOW_ID_REUSE_POLICY_TERMINATE_IF_RUNNING: _ClassVar[WorkflowIdReusePolicy]

class WorkflowIdConflictPolicy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WORKFLOW_ID_CONFLICT_POLICY_UNSPECIFIED: _ClassVar[WorkflowIdConflictPolicy]
    WORKFLOW_ID_CONFLICT_POLICY_FAIL: _ClassVar[WorkflowIdConflictPolicy]
    WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING: _ClassVar[WorkflowIdConflictPolicy]
    WORKFLOW_ID_CONFLICT_POLICY_TERMINATE_EXISTING: _ClassVar[WorkflowIdConflictPolicy]

class ParentClosePolicy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PARENT_CLOSE_POLICY_UNSPECIFIED: _ClassVar[ParentClosePolicy]
    PARENT_CLOSE_POLICY_TERMINATE: _ClassVar[ParentClosePolicy]
    PARENT_CLOSE_POLICY_ABANDON: _ClassVar[ParentClosePolicy]
    PARENT_CLOSE_POLICY_REQUEST_CANCEL: _ClassVar[ParentClosePolicy]

class ContinueAsNewInitiator(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTINUE_AS_NEW_INITIATOR_UNSPECIFIED: _ClassVar[ContinueAsNewInitiator]
    CONTINUE_AS_NEW_INITIATOR_WORKFLOW: _ClassVar[ContinueAsNewInitiator]
    CONTINUE_AS_NEW_INITIATOR_RETRY: _ClassVar[ContinueAsNewInitiator]
    CONTINUE_AS_NEW_INITIATOR_CRON_SCHEDULE: _ClassVar[ContinueAsNewInitiator]

class WorkflowExecutionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WORKFLOW_EXECUTION_STATUS_UNSPECIFIED: _ClassVar[WorkflowExecutionStatus]
    WORKFLOW_EXECUTION_STATUS_RUNNING: _ClassVar[WorkflowExecutionStatus]
    WORKFLOW_EXECUTION_STATUS_COMPLETED: _ClassVar[WorkflowExecutionStatus]
    WORKFLOW_EXECUTION_STATUS_FAILED: _ClassVar[WorkflowExecutionStatus]
    WORKFLOW_EXECUTION_STATUS_CANCELED: _ClassVar[WorkflowExecutionStatus]
    WORKFLOW_EXECUTION_STATUS_TERMINATED: _ClassVar[WorkflowExecutionStatus]
    WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW: _ClassVar[WorkflowExecutionStatus]
    WORKFLOW_EXECUTION_STATUS_TIMED_OUT: _ClassVar[WorkflowExecutionStatus]
    WORKFLOW_EXECUTION_STATUS_PAUSED: _ClassVar[WorkflowExecutionStatus]

class PendingActivityState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PENDING_ACTIVITY_STATE_UNSPECIFIED: _ClassVar[PendingActivityState]
    PENDING_ACTIVITY_STATE_SCHEDULED: _ClassVar[PendingActivityState]
    PENDING_ACTIVITY_STATE_STARTED: _ClassVar[PendingActivityState]
    PENDING_ACTIVITY_STATE_CANCEL_REQUESTED: _ClassVar[PendingActivityState]
    PENDING_ACTIVITY_STATE_PAUSED: _ClassVar[PendingActivityState]
    PENDING_ACTIVITY_STATE_PAUSE_REQUESTED: _ClassVar[PendingActivityState]

class PendingWorkflowTaskState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PENDING_WORKFLOW_TASK_STATE_UNSPECIFIED: _ClassVar[PendingWorkflowTaskState]
    PENDING_WORKFLOW_TASK_STATE_SCHEDULED: _ClassVar[PendingWorkflowTaskState]
    PENDING_WORKFLOW_TASK_STATE_STARTED: _ClassVar[PendingWorkflowTaskState]

class HistoryEventFilterType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    HISTORY_EVENT_FILTER_TYPE_UNSPECIFIED: _ClassVar[HistoryEventFilterType]
    HISTORY_EVENT_FILTER_TYPE_ALL_EVENT: _ClassVar[HistoryEventFilterType]
    HISTORY_EVENT_FILTER_TYPE_CLOSE_EVENT: _ClassVar[HistoryEventFilterType]

class RetryState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RETRY_STATE_UNSPECIFIED: _ClassVar[RetryState]
    RETRY_STATE_IN_PROGRESS: _ClassVar[RetryState]
    RETRY_STATE_NON_RETRYABLE_FAILURE: _ClassVar[RetryState]
    RETRY_STATE_TIMEOUT: _ClassVar[RetryState]
    RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED: _ClassVar[RetryState]
    RETRY_STATE_RETRY_POLICY_NOT_SET: _ClassVar[RetryState]
    RETRY_STATE_INTERNAL_SERVER_ERROR: _ClassVar[RetryState]
    RETRY_STATE_CANCEL_REQUESTED: _ClassVar[RetryState]

class TimeoutType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TIMEOUT_TYPE_UNSPECIFIED: _ClassVar[TimeoutType]
    TIMEOUT_TYPE_START_TO_CLOSE: _ClassVar[TimeoutType]
    TIMEOUT_TYPE_SCHEDULE_TO_START: _ClassVar[TimeoutType]
    TIMEOUT_TYPE_SCHEDULE_TO_CLOSE: _ClassVar[TimeoutType]
    TIMEOUT_TYPE_HEARTBEAT: _ClassVar[TimeoutType]

class VersioningBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VERSIONING_BEHAVIOR_UNSPECIFIED: _ClassVar[VersioningBehavior]
    VERSIONING_BEHAVIOR_PINNED: _ClassVar[VersioningBehavior]
    VERSIONING_BEHAVIOR_AUTO_UPGRADE: _ClassVar[VersioningBehavior]

class ContinueAsNewVersioningBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTINUE_AS_NEW_VERSIONING_BEHAVIOR_UNSPECIFIED: _ClassVar[ContinueAsNewVersioningBehavior]
    CONTINUE_AS_NEW_VERSIONING_BEHAVIOR_AUTO_UPGRADE: _ClassVar[ContinueAsNewVersioningBehavior]
    CONTINUE_AS_NEW_VERSIONING_BEHAVIOR_USE_RAMPING_VERSION: _ClassVar[ContinueAsNewVersioningBehavior]

class SuggestContinueAsNewReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUGGEST_CONTINUE_AS_NEW_REASON_UNSPECIFIED: _ClassVar[SuggestContinueAsNewReason]
    SUGGEST_CONTINUE_AS_NEW_REASON_HISTORY_SIZE_TOO_LARGE: _ClassVar[SuggestContinueAsNewReason]
    SUGGEST_CONTINUE_AS_NEW_REASON_TOO_MANY_HISTORY_EVENTS: _ClassVar[SuggestContinueAsNewReason]
    SUGGEST_CONTINUE_AS_NEW_REASON_TOO_MANY_UPDATES: _ClassVar[SuggestContinueAsNewReason]
WORKFLOW_ID_REUSE_POLICY_UNSPECIFIED: WorkflowIdReusePolicy
WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE: WorkflowIdReusePolicy
WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY: WorkflowIdReusePolicy
WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE: WorkflowIdReusePolicy
WORKFLOW_ID_REUSE_POLICY_TERMINATE_IF_RUNNING: WorkflowIdReusePolicy
WORKFLOW_ID_CONFLICT_POLICY_UNSPECIFIED: WorkflowIdConflictPolicy
WORKFLOW_ID_CONFLICT_POLICY_FAIL: WorkflowIdConflictPolicy
WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING: WorkflowIdConflictPolicy
WORKFLOW_ID_CONFLICT_POLICY_TERMINATE_EXISTING: WorkflowIdConflictPolicy
PARENT_CLOSE_POLICY_UNSPECIFIED: ParentClosePolicy
PARENT_CLOSE_POLICY_TERMINATE: ParentClosePolicy
PARENT_CLOSE_POLICY_ABANDON: ParentClosePolicy
PARENT_CLOSE_POLICY_REQUEST_CANCEL: ParentClosePolicy
CONTINUE_AS_NEW_INITIATOR_UNSPECIFIED: ContinueAsNewInitiator
CONTINUE_AS_NEW_INITIATOR_WORKFLOW: ContinueAsNewInitiator
CONTINUE_AS_NEW_INITIATOR_RETRY: ContinueAsNewInitiator
CONTINUE_AS_NEW_INITIATOR_CRON_SCHEDULE: ContinueAsNewInitiator
WORKFLOW_EXECUTION_STATUS_UNSPECIFIED: WorkflowExecutionStatus
WORKFLOW_EXECUTION_STATUS_RUNNING: WorkflowExecutionStatus
WORKFLOW_EXECUTION_STATUS_COMPLETED: WorkflowExecutionStatus
WORKFLOW_EXECUTION_STATUS_FAILED: WorkflowExecutionStatus
WORKFLOW_EXECUTION_STATUS_CANCELED: WorkflowExecutionStatus
WORKFLOW_EXECUTION_STATUS_TERMINATED: WorkflowExecutionStatus
WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW: WorkflowExecutionStatus
WORKFLOW_EXECUTION_STATUS_TIMED_OUT: WorkflowExecutionStatus
WORKFLOW_EXECUTION_STATUS_PAUSED: WorkflowExecutionStatus
PENDING_ACTIVITY_STATE_UNSPECIFIED: PendingActivityState
PENDING_ACTIVITY_STATE_SCHEDULED: PendingActivityState
PENDING_ACTIVITY_STATE_STARTED: PendingActivityState
PENDING_ACTIVITY_STATE_CANCEL_REQUESTED: PendingActivityState
PENDING_ACTIVITY_STATE_PAUSED: PendingActivityState
PENDING_ACTIVITY_STATE_PAUSE_REQUESTED: PendingActivityState
PENDING_WORKFLOW_TASK_STATE_UNSPECIFIED: PendingWorkflowTaskState
PENDING_WORKFLOW_TASK_STATE_SCHEDULED: PendingWorkflowTaskState
PENDING_WORKFLOW_TASK_STATE_STARTED: PendingWorkflowTaskState
HISTORY_EVENT_FILTER_TYPE_UNSPECIFIED: HistoryEventFilterType
HISTORY_EVENT_FILTER_TYPE_ALL_EVENT: HistoryEventFilterType
HISTORY_EVENT_FILTER_TYPE_CLOSE_EVENT: HistoryEventFilterType
RETRY_STATE_UNSPECIFIED: RetryState
RETRY_STATE_IN_PROGRESS: RetryState
RETRY_STATE_NON_RETRYABLE_FAILURE: RetryState
RETRY_STATE_TIMEOUT: RetryState
RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED: RetryState
RETRY_STATE_RETRY_POLICY_NOT_SET: RetryState
RETRY_STATE_INTERNAL_SERVER_ERROR: RetryState
RETRY_STATE_CANCEL_REQUESTED: RetryState
TIMEOUT_TYPE_UNSPECIFIED: TimeoutType
TIMEOUT_TYPE_START_TO_CLOSE: TimeoutType
TIMEOUT_TYPE_SCHEDULE_TO_START: TimeoutType
TIMEOUT_TYPE_SCHEDULE_TO_CLOSE: TimeoutType
TIMEOUT_TYPE_HEARTBEAT: TimeoutType
VERSIONING_BEHAVIOR_UNSPECIFIED: VersioningBehavior
VERSIONING_BEHAVIOR_PINNED: VersioningBehavior
VERSIONING_BEHAVIOR_AUTO_UPGRADE: VersioningBehavior
CONTINUE_AS_NEW_VERSIONING_BEHAVIOR_UNSPECIFIED: ContinueAsNewVersioningBehavior
CONTINUE_AS_NEW_VERSIONING_BEHAVIOR_AUTO_UPGRADE: ContinueAsNewVersioningBehavior
CONTINUE_AS_NEW_VERSIONING_BEHAVIOR_USE_RAMPING_VERSION: ContinueAsNewVersioningBehavior
SUGGEST_CONTINUE_AS_NEW_REASON_UNSPECIFIED: SuggestContinueAsNewReason
SUGGEST_CONTINUE_AS_NEW_REASON_HISTORY_SIZE_TOO_LARGE: SuggestContinueAsNewReason
SUGGEST_CONTINUE_AS_NEW_REASON_TOO_MANY_HISTORY_EVENTS: SuggestContinueAsNewReason
SUGGEST_CONTINUE_AS_NEW_REASON_TOO_MANY_UPDATES: SuggestContinueAsNewReason
