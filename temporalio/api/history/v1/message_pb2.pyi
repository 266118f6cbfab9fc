import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from temporalio.api.enums.v1 import event_type_pb2 as _event_type_pb2
from temporalio.api.enums.v1 import failed_cause_pb2 as _failed_cause_pb2
from temporalio.api.enums.v1 import update_pb2 as _update_pb2
from temporalio.api.enums.v1 import workflow_pb2 as _workflow_pb2
from temporalio.api.common.v1 import message_pb2 as _message_pb2
from temporalio.api.deployment.v1 import message_pb2 as _message_pb2_1
from temporalio.api.failure.v1 import message_pb2 as _message_pb2_1_1
from temporalio.api.taskqueue.v1 import message_pb2 as _message_pb2_1_1_1
from temporalio.api.update.v1 import message_pb2 as _message_pb2_1_1_1_1
from temporalio.api.workflow.v1 import message_pb2 as _message_pb2_1_1_1_1_1
from temporalio.api.sdk.v1 import task_complete_metadata_pb2 as _task_complete_metadata_pb2
from temporalio.api.sdk.v1 import user_metadata_pb2 as _user_metadata_pb2
from temporalio.api.sdk.v1 import event_group_marker_pb2 as _event_group_marker_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WorkflowExecutionStartedEventAttributes(_message.Message):
    __slots__ = ("workflow_type", "parent_workflow_namespace", "parent_workflow_namespace_id", "parent_workflow_execution", "parent_initiated_event_id", "task_queue", "input", "workflow_execution_timeout", "workflow_run_timeout", "workflow_task_timeout", "continued_execution_run_id", "initiator", "continued_failure", "last_completion_result", "original_execution_run_id", "identity", "first_execution_run_id", "retry_policy", "attempt", "workflow_execution_expiration_time", "cron_schedule", "first_workflow_task_backoff", "memo", "search_attributes", "prev_auto_reset_points", "header", "parent_initiated_event_version", "workflow_id", "source_version_stamp", "completion_callbacks", "root_workflow_execution", "inherited_build_id", "versioning_override", "parent_pinned_worker_deployment_version", "priority", "inherited_pinned_version", "inherited_auto_upgrade_info", "eager_execution_accepted", "declined_target_version_upgrade", "time_skipping_config", "time_skipping_state_propagation")
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    PARENT_WORKFLOW_NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    PARENT_WORKFLOW_NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    PARENT_WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    PARENT_INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_RUN_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    CONTINUED_EXECUTION_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    INITIATOR_FIELD_NUMBER: _ClassVar[int]
    CONTINUED_FAILURE_FIELD_NUMBER: _ClassVar[int]
    LAST_COMPLETION_RESULT_FIELD_NUMBER: _ClassVar[int]
    ORIGINAL_EXECUTION_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    FIRST_EXECUTION_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    RETRY_POLICY_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_EXPIRATION_TIME_FIELD_NUMBER: _ClassVar[int]
    CRON_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    FIRST_WORKFLOW_TASK_BACKOFF_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    PREV_AUTO_RESET_POINTS_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    PARENT_INITIATED_EVENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_VERSION_STAMP_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_CALLBACKS_FIELD_NUMBER: _ClassVar[int]
    ROOT_WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    INHERITED_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    VERSIONING_OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    PARENT_PINNED_WORKER_DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    INHERITED_PINNED_VERSION_FIELD_NUMBER: _ClassVar[int]
    INHERITED_AUTO_UPGRADE_INFO_FIELD_NUMBER: _ClassVar[int]
    EAGER_EXECUTION_ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    DECLINED_TARGET_VERSION_UPGRADE_FIELD_NUMBER: _ClassVar[int]
    TIME_SKIPPING_CONFIG_FIELD_NUMBER: _ClassVar[int]
    TIME_SKIPPING_STATE_PROPAGATION_FIELD_NUMBER: _ClassVar[int]
    workflow_type: _message_pb2.WorkflowType
    parent_workflow_namespace: str
    parent_workflow_namespace_id: str
    parent_workflow_execution: _message_pb2.WorkflowExecution
    parent_initiated_event_id: int
    task_queue: _message_pb2_1_1_1.TaskQueue
    input: _message_pb2.Payloads
    workflow_execution_timeout: _duration_pb2.Duration
    workflow_run_timeout: _duration_pb2.Duration
    workflow_task_timeout: _duration_pb2.Duration
    continued_execution_run_id: str
    initiator: _workflow_pb2.ContinueAsNewInitiator
    continued_failure: _message_pb2_1_1.Failure
    last_completion_result: _message_pb2.Payloads
    original_execution_run_id: str
    identity: str
    first_execution_run_id: str
    retry_policy: _message_pb2.RetryPolicy
    attempt: int
    workflow_execution_expiration_time: _timestamp_pb2.Timestamp
    cron_schedule: str
    first_workflow_task_backoff: _duration_pb2.Duration
    memo: _message_pb2.Memo
    search_attributes: _message_pb2.SearchAttributes
    prev_auto_reset_points: _message_pb2_1_1_1_1_1.ResetPoints
    header: _message_pb2.Header
    parent_initiated_event_version: int
    workflow_id: str
    source_version_stamp: _message_pb2.WorkerVersionStamp
    completion_callbacks: _containers.RepeatedCompositeFieldContainer[_message_pb2.Callback]
    root_workflow_execution: _message_pb2.WorkflowExecution
    inherited_build_id: str
    versioning_override: _message_pb2_1_1_1_1_1.VersioningOverride
    parent_pinned_worker_deployment_version: str
    priority: _message_pb2.Priority
    inherited_pinned_version: _message_pb2_1.WorkerDeploymentVersion
    inherited_auto_upgrade_info: _message_pb2_1.InheritedAutoUpgradeInfo
    eager_execution_accepted: bool
    declined_target_version_upgrade: DeclinedTargetVersionUpgrade
    time_skipping_config: _message_pb2.TimeSkippingConfig
    time_skipping_state_propagation: _message_pb2.TimeSkippingStatePropagation
    def __init__(self, workflow_type: _Optional[_Union[_message_pb2.WorkflowType, _Mapping]] = ..., parent_workflow_namespace: _Optional[str] = ..., parent_workflow_namespace_id: _Optional[str] = ..., parent_workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., parent_initiated_event_id: _Optional[int] = ..., task_queue: _Optional[_Union[_message_pb2_1_1_1.TaskQueue, _Mapping]] = ..., input: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., workflow_execution_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_run_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_task_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., continued_execution_run_id: _Optional[str] = ..., initiator: _Optional[_Union[_workflow_pb2.ContinueAsNewInitiator, str]] = ..., continued_failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ..., last_completion_result: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., original_execution_run_id: _Optional[str] = ..., identity: _Optional[str] = ..., first_execution_run_id: _Optional[str] = ..., retry_policy: _Optional[_Union[_message_pb2.RetryPolicy, _Mapping]] = ..., attempt: _Optional[int] = ..., workflow_execution_expiration_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cron_schedule: _Optional[str] = ..., first_workflow_task_backoff: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., memo: _Optional[_Union[_message_pb2.Memo, _Mapping]] = ..., search_attributes: _Optional[_Union[_message_pb2.SearchAttributes, _Mapping]] = ..., prev_auto_reset_points: _Optional[_Union[_message_pb2_1_1_1_1_1.ResetPoints, _Mapping]] = ..., header: _Optional[_Union[_message_pb2.Header, _Mapping]] = ..., parent_initiated_event_version: _Optional[int] = ..., workflow_id: _Optional[str] = ..., source_version_stamp: _Optional[_Union[_message_pb2.WorkerVersionStamp, _Mapping]] = ..., completion_callbacks: _Optional[_Iterable[_Union[_message_pb2.Callback, _Mapping]]] = ..., root_workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., inherited_build_id: _Optional[str] = ..., versioning_override: _Optional[_Union[_message_pb2_1_1_1_1_1.VersioningOverride, _Mapping]] = ..., parent_pinned_worker_deployment_version: _Optional[str] = ..., priority: _Optional[_Union[_message_pb2.Priority, _Mapping]] = ..., inherited_pinned_version: _Optional[_Union[_message_pb2_1.WorkerDeploymentVersion, _Mapping]] = ..., inherited_auto_upgrade_info: _Optional[_Union[_message_pb2_1.InheritedAutoUpgradeInfo, _Mapping]] = ..., eager_execution_accepted: _Optional[bool] = ..., declined_target_version_upgrade: _Optional[_Union[DeclinedTargetVersionUpgrade, _Mapping]] = ..., time_skipping_config: _Optional[_Union[_message_pb2.TimeSkippingConfig, _Mapping]] = ..., time_skipping_state_propagation: _Optional[_Union[_message_pb2.TimeSkippingStatePropagation, _Mapping]] = ...) -> None: ...

class DeclinedTargetVersionUpgrade(_message.Message):
    __slots__ = ("deployment_version", "revision_number")
    DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    REVISION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    deployment_version: _message_pb2_1.WorkerDeploymentVersion
    revision_number: int
    def __init__(self, deployment_version: _Optional[_Union[_message_pb2_1.WorkerDeploymentVersion, _Mapping]] = ..., revision_number: _Optional[int] = ...) -> None: ...

class WorkflowExecutionCompletedEventAttributes(_message.Message):
    __slots__ = ("result", "workflow_task_completed_event_id", "new_execution_run_id")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_EXECUTION_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    result: _message_pb2.Payloads
    workflow_task_completed_event_id: int
    new_execution_run_id: str
    def __init__(self, result: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., workflow_task_completed_event_id: _Optional[int] = ..., new_execution_run_id: _Optional[str] = ...) -> None: ...

class WorkflowExecutionFailedEventAttributes(_message.Message):
    __slots__ = ("failure", "retry_state", "workflow_task_completed_event_id", "new_execution_run_id")
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    RETRY_STATE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_EXECUTION_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    failure: _message_pb2_1_1.Failure
    retry_state: _workflow_pb2.RetryState
    workflow_task_completed_event_id: int
    new_execution_run_id: str
    def __init__(self, failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ..., retry_state: _Optional[_Union[_workflow_pb2.RetryState, str]] = ..., workflow_task_completed_event_id: _Optional[int] = ..., new_execution_run_id: _Optional[str] = ...) -> None: ...

class WorkflowExecutionTimedOutEventAttributes(_message.Message):
    __slots__ = ("retry_state", "new_execution_run_id")
    RETRY_STATE_FIELD_NUMBER: _ClassVar[int]
    NEW_EXECUTION_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    retry_state: _workflow_pb2.RetryState
    new_execution_run_id: str
    def __init__(self, retry_state: _Optional[_Union[_workflow_pb2.RetryState, str]] = ..., new_execution_run_id: _Optional[str] = ...) -> None: ...

class WorkflowExecutionContinuedAsNewEventAttributes(_message.Message):
    __slots__ = ("new_execution_run_id", "workflow_type", "task_queue", "input", "workflow_run_timeout", "workflow_task_timeout", "workflow_task_completed_event_id", "backoff_start_interval", "initiator", "failure", "last_completion_result", "header", "memo", "search_attributes", "inherit_build_id", "initial_versioning_behavior")
    NEW_EXECUTION_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_RUN_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    BACKOFF_START_INTERVAL_FIELD_NUMBER: _ClassVar[int]
    INITIATOR_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    LAST_COMPLETION_RESULT_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    INHERIT_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    INITIAL_VERSIONING_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    new_execution_run_id: str
    workflow_type: _message_pb2.WorkflowType
    task_queue: _message_pb2_1_1_1.TaskQueue
    input: _message_pb2.Payloads
    workflow_run_timeout: _duration_pb2.Duration
    workflow_task_timeout: _duration_pb2.Duration
    workflow_task_completed_event_id: int
    backoff_start_interval: _duration_pb2.Duration
    initiator: _workflow_pb2.ContinueAsNewInitiator
    failure: _message_pb2_1_1.Failure
    last_completion_result: _message_pb2.Payloads
    header: _message_pb2.Header
    memo: _message_pb2.Memo
    search_attributes: _message_pb2.SearchAttributes
    inherit_build_id: bool
    initial_versioning_behavior: _workflow_pb2.ContinueAsNewVersioningBehavior
    def __init__(self, new_execution_run_id: _Optional[str] = ..., workflow_type: _Optional[_Union[_message_pb2.WorkflowType, _Mapping]] = ..., task_queue: _Optional[_Union[_message_pb2_1_1_1.TaskQueue, _Mapping]] = ..., input: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., workflow_run_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_task_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_task_completed_event_id: _Optional[int] = ..., backoff_start_interval: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., initiator: _Optional[_Union[_workflow_pb2.ContinueAsNewInitiator, str]] = ..., failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ..., last_completion_result: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., header: _Optional[_Union[_message_pb2.Header, _Mapping]] = ..., memo: _Optional[_Union[_message_pb2.Memo, _Mapping]] = ..., search_attributes: _Optional[_Union[_message_pb2.SearchAttributes, _Mapping]] = ..., inherit_build_id: _Optional[bool] = ..., initial_versioning_behavior: _Optional[_Union[_workflow_pb2.ContinueAsNewVersioningBehavior, str]] = ...) -> None: ...

class WorkflowTaskScheduledEventAttributes(_message.Message):
    __slots__ = ("task_queue", "start_to_close_timeout", "attempt")
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    START_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    task_queue: _message_pb2_1_1_1.TaskQueue
    start_to_close_timeout: _duration_pb2.Duration
    attempt: int
    def __init__(self, task_queue: _Optional[_Union[_message_pb2_1_1_1.TaskQueue, _Mapping]] = ..., start_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., attempt: _Optional[int] = ...) -> None: ...

class WorkflowTaskStartedEventAttributes(_message.Message):
    __slots__ = ("scheduled_event_id", "identity", "request_id", "suggest_continue_as_new", "suggest_continue_as_new_reasons", "target_worker_deployment_version_changed", "history_size_bytes", "worker_version", "build_id_redirect_counter")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUGGEST_CONTINUE_AS_NEW_FIELD_NUMBER: _ClassVar[int]
    SUGGEST_CONTINUE_AS_NEW_REASONS_FIELD_NUMBER: _ClassVar[int]
    TARGET_WORKER_DEPLOYMENT_VERSION_CHANGED_FIELD_NUMBER: _ClassVar[int]
    HISTORY_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_FIELD_NUMBER: _ClassVar[int]
    BUILD_ID_REDIRECT_COUNTER_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    identity: str
    request_id: str
    suggest_continue_as_new: bool
    suggest_continue_as_new_reasons: _containers.RepeatedScalarFieldContainer[_workflow_pb2.SuggestContinueAsNewReason]
    target_worker_deployment_version_changed: bool
    history_size_bytes: int
    worker_version: _message_pb2.WorkerVersionStamp
    build_id_redirect_counter: int
    def __init__(self, scheduled_event_id: _Optional[int] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., suggest_continue_as_new: _Optional[bool] = ..., suggest_continue_as_new_reasons: _Optional[_Iterable[_Union[_workflow_pb2.SuggestContinueAsNewReason, str]]] = ..., target_worker_deployment_version_changed: _Optional[bool] = ..., history_size_bytes: _Optional[int] = ..., worker_version: _Optional[_Union[_message_pb2.WorkerVersionStamp, _Mapping]] = ..., build_id_redirect_counter: _Optional[int] = ...) -> None: ...

class WorkflowTaskCompletedEventAttributes(_message.Message):
    __slots__ = ("scheduled_event_id", "started_event_id", "identity", "binary_checksum", "worker_version", "sdk_metadata", "metering_metadata", "deployment", "versioning_behavior", "worker_deployment_version", "worker_deployment_name", "deployment_version")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    BINARY_CHECKSUM_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_FIELD_NUMBER: _ClassVar[int]
    SDK_METADATA_FIELD_NUMBER: _ClassVar[int]
    METERING_METADATA_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_FIELD_NUMBER: _ClassVar[int]
    VERSIONING_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    WORKER_DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    WORKER_DEPLOYMENT_NAME_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    started_event_id: int
    identity: str
    binary_checksum: str
    worker_version: _message_pb2.WorkerVersionStamp
    sdk_metadata: _task_complete_metadata_pb2.WorkflowTaskCompletedMetadata
    metering_metadata: _message_pb2.MeteringMetadata
    deployment: _message_pb2_1.Deployment
    versioning_behavior: _workflow_pb2.VersioningBehavior
    worker_deployment_version: str
    worker_deployment_name: str
    deployment_version: _message_pb2_1.WorkerDeploymentVersion
    def __init__(self, scheduled_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ..., identity: _Optional[str] = ..., binary_checksum: _Optional[str] = ..., worker_version: _Optional[_Union[_message_pb2.WorkerVersionStamp, _Mapping]] = ..., sdk_metadata: _Optional[_Union[_task_complete_metadata_pb2.WorkflowTaskCompletedMetadata, _Mapping]] = ..., metering_metadata: _Optional[_Union[_message_pb2.MeteringMetadata, _Mapping]] = ..., deployment: _Optional[_Union[_message_pb2_1.Deployment, _Mapping]] = ..., versioning_behavior: _Optional[_Union[_workflow_pb2.VersioningBehavior, str]] = ..., worker_deployment_version: _Optional[str] = ..., worker_deployment_name: _Optional[str] = ..., deployment_version: _Optional[_Union[_message_pb2_1.WorkerDeploymentVersion, _Mapping]] = ...) -> None: ...

class WorkflowTaskTimedOutEventAttributes(_message.Message):
    __slots__ = ("scheduled_event_id", "started_event_id", "timeout_type")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_TYPE_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    started_event_id: int
    timeout_type: _workflow_pb2.TimeoutType
    def __init__(self, scheduled_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ..., timeout_type: _Optional[_Union[_workflow_pb2.TimeoutType, str]] = ...) -> None: ...

class WorkflowTaskFailedEventAttributes(_message.Message):
    __slots__ = ("scheduled_event_id", "started_event_id", "cause", "failure", "identity", "base_run_id", "new_run_id", "fork_event_version", "binary_checksum", "worker_version")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    BASE_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    FORK_EVENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    BINARY_CHECKSUM_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    started_event_id: int
    cause: _failed_cause_pb2.WorkflowTaskFailedCause
    failure: _message_pb2_1_1.Failure
    identity: str
    base_run_id: str
    new_run_id: str
    fork_event_version: int
    binary_checksum: str
    worker_version: _message_pb2.WorkerVersionStamp
    def __init__(self, scheduled_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ..., cause: _Optional[_Union[_failed_cause_pb2.WorkflowTaskFailedCause, str]] = ..., failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ..., identity: _Optional[str] = ..., base_run_id: _Optional[str] = ..., new_run_id: _Optional[str] = ..., fork_event_version: _Optional[int] = ..., binary_checksum: _Optional[str] = ..., worker_version: _Optional[_Union[_message_pb2.WorkerVersionStamp, _Mapping]] = ...) -> None: ...

class ActivityTaskScheduledEventAttributes(_message.Message):
    __slots__ = ("activity_id", "activity_type", "task_queue", "header", "input", "schedule_to_close_timeout", "schedule_to_start_timeout", "start_to_close_timeout", "heartbeat_timeout", "workflow_task_completed_event_id", "retry_policy", "use_workflow_build_id", "priority")
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_START_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    START_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    RETRY_POLICY_FIELD_NUMBER: _ClassVar[int]
    USE_WORKFLOW_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    activity_id: str
    activity_type: _message_pb2.ActivityType
    task_queue: _message_pb2_1_1_1.TaskQueue
    header: _message_pb2.Header
    input: _message_pb2.Payloads
    schedule_to_close_timeout: _duration_pb2.Duration
    schedule_to_start_timeout: _duration_pb2.Duration
    start_to_close_timeout: _duration_pb2.Duration
    heartbeat_timeout: _duration_pb2.Duration
    workflow_task_completed_event_id: int
    retry_policy: _message_pb2.RetryPolicy
    use_workflow_build_id: bool
    priority: _message_pb2.Priority
    def __init__(self, activity_id: _Optional[str] = ..., activity_type: _Optional[_Union[_message_pb2.ActivityType, _Mapping]] = ..., task_queue: _Optional[_Union[_message_pb2_1_1_1.TaskQueue, _Mapping]] = ..., header: _Optional[_Union[_message_pb2.Header, _Mapping]] = ..., input: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., schedule_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., schedule_to_start_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., start_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., heartbeat_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_task_completed_event_id: _Optional[int] = ..., retry_policy: _Optional[_Union[_message_pb2.RetryPolicy, _Mapping]] = ..., use_workflow_build_id: _Optional[bool] = ..., priority: _Optional[_Union[_message_pb2.Priority, _Mapping]] = ...) -> None: ...

class ActivityTaskStartedEventAttributes(_message.Message):
    __slots__ = ("scheduled_event_id", "identity", "request_id", "attempt", "last_failure", "worker_version", "build_id_redirect_counter")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    LAST_FAILURE_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_FIELD_NUMBER: _ClassVar[int]
    BUILD_ID_REDIRECT_COUNTER_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    identity: str
    request_id: str
    attempt: int
    last_failure: _message_pb2_1_1.Failure
    worker_version: _message_pb2.WorkerVersionStamp
    build_id_redirect_counter: int
    def __init__(self, scheduled_event_id: _Optional[int] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., attempt: _Optional[int] = ..., last_failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ..., worker_version: _Optional[_Union[_message_pb2.WorkerVersionStamp, _Mapping]] = ..., build_id_redirect_counter: _Optional[int] = ...) -> None: ...

class ActivityTaskCompletedEventAttributes(_message.Message):
    __slots__ = ("result", "scheduled_event_id", "started_event_id", "identity", "worker_version")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_FIELD_NUMBER: _ClassVar[int]
    result: _message_pb2.Payloads
    scheduled_event_id: int
    started_event_id: int
    identity: str
    worker_version: _message_pb2.WorkerVersionStamp
    def __init__(self, result: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., scheduled_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ..., identity: _Optional[str] = ..., worker_version: _Optional[_Union[_message_pb2.WorkerVersionStamp, _Mapping]] = ...) -> None: ...

class ActivityTaskFailedEventAttributes(_message.Message):
    __slots__ = ("failure", "scheduled_event_id", "started_event_id", "identity", "retry_state", "worker_version")
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    RETRY_STATE_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_FIELD_NUMBER: _ClassVar[int]
    failure: _message_pb2_1_1.Failure
    scheduled_event_id: int
    started_event_id: int
    identity: str
    retry_state: _workflow_pb2.RetryState
    worker_version: _message_pb2.WorkerVersionStamp
    def __init__(self, failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ..., scheduled_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ..., identity: _Optional[str] = ..., retry_state: _Optional[_Union[_workflow_pb2.RetryState, str]] = ..., worker_version: _Optional[_Union[_message_pb2.WorkerVersionStamp, _Mapping]] = ...) -> None: ...

class ActivityTaskTimedOutEventAttributes(_message.Message):
    __slots__ = ("failure", "scheduled_event_id", "started_event_id", "retry_state")
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    RETRY_STATE_FIELD_NUMBER: _ClassVar[int]
    failure: _message_pb2_1_1.Failure
    scheduled_event_id: int
    started_event_id: int
    retry_state: _workflow_pb2.RetryState
    def __init__(self, failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ..., scheduled_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ..., retry_state: _Optional[_Union[_workflow_pb2.RetryState, str]] = ...) -> None: ...

class ActivityTaskCancelRequestedEventAttributes(_message.Message):
    __slots__ = ("scheduled_event_id", "workflow_task_completed_event_id")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    workflow_task_completed_event_id: int
    def __init__(self, scheduled_event_id: _Optional[int] = ..., workflow_task_completed_event_id: _Optional[int] = ...) -> None: ...

class ActivityTaskCanceledEventAttributes(_message.Message):
    __slots__ = ("details", "latest_cancel_requested_event_id", "scheduled_event_id", "started_event_id", "identity", "worker_version")
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    LATEST_CANCEL_REQUESTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_FIELD_NUMBER: _ClassVar[int]
    details: _message_pb2.Payloads
    latest_cancel_requested_event_id: int
    scheduled_event_id: int
    started_event_id: int
    identity: str
    worker_version: _message_pb2.WorkerVersionStamp
    def __init__(self, details: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., latest_cancel_requested_event_id: _Optional[int] = ..., scheduled_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ..., identity: _Optional[str] = ..., worker_version: _Optional[_Union[_message_pb2.WorkerVersionStamp, _Mapping]] = ...) -> None: ...

class TimerStartedEventAttributes(_message.Message):
    __slots__ = ("timer_id", "start_to_fire_timeout", "workflow_task_completed_event_id")
    TIMER_ID_FIELD_NUMBER: _ClassVar[int]
    START_TO_FIRE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    timer_id: str
    start_to_fire_timeout: _duration_pb2.Duration
    workflow_task_completed_event_id: int
    def __init__(self, timer_id: _Optional[str] = ..., start_to_fire_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_task_completed_event_id: _Optional[int] = ...) -> None: ...

class TimerFiredEventAttributes(_message.Message):
    __slots__ = ("timer_id", "started_event_id")
    TIMER_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    timer_id: str
    started_event_id: int
    def __init__(self, timer_id: _Optional[str] = ..., started_event_id: _Optional[int] = ...) -> None: ...

class TimerCanceledEventAttributes(_message.Message):
    __slots__ = ("timer_id", "started_event_id", "workflow_task_completed_event_id", "identity")
    TIMER_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    timer_id: str
    started_event_id: int
    workflow_task_completed_event_id: int
    identity: str
    def __init__(self, timer_id: _Optional[str] = ..., started_event_id: _Optional[int] = ..., workflow_task_completed_event_id: _Optional[int] = ..., identity: _Optional[str] = ...) -> None: ...

class WorkflowExecutionCancelRequestedEventAttributes(_message.Message):
    __slots__ = ("cause", "external_initiated_event_id", "external_workflow_execution", "identity")
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    cause: str
    external_initiated_event_id: int
    external_workflow_execution: _message_pb2.WorkflowExecution
    identity: str
    def __init__(self, cause: _Optional[str] = ..., external_initiated_event_id: _Optional[int] = ..., external_workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., identity: _Optional[str] = ...) -> None: ...

class WorkflowExecutionCanceledEventAttributes(_message.Message):
    __slots__ = ("workflow_task_completed_event_id", "details")
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    workflow_task_completed_event_id: int
    details: _message_pb2.Payloads
    def __init__(self, workflow_task_completed_event_id: _Optional[int] = ..., details: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ...) -> None: ...

class MarkerRecordedEventAttributes(_message.Message):
    __slots__ = ("marker_name", "details", "workflow_task_completed_event_id", "header", "failure")
    class DetailsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _message_pb2.Payloads
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ...) -> None: ...
    MARKER_NAME_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    marker_name: str
    details: _containers.MessageMap[str, _message_pb2.Payloads]
    workflow_task_completed_event_id: int
    header: _message_pb2.Header
    failure: _message_pb2_1_1.Failure
    def __init__(self, marker_name: _Optional[str] = ..., details: _Optional[_Mapping[str, _message_pb2.Payloads]] = ..., workflow_task_completed_event_id: _Optional[int] = ..., header: _Optional[_Union[_message_pb2.Header, _Mapping]] = ..., failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ...) -> None: ...

class WorkflowExecutionSignaledEventAttributes(_message.Message):
    __slots__ = ("signal_name", "input", "identity", "header", "skip_generate_workflow_task", "external_workflow_execution", "request_id")
    SIGNAL_NAME_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    SKIP_GENERATE_WORKFLOW_TASK_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    signal_name: str
    input: _message_pb2.Payloads
    identity: str
    header: _message_pb2.Header
    skip_generate_workflow_task: bool
    external_workflow_execution: _message_pb2.WorkflowExecution
    request_id: str
    def __init__(self, signal_name: _Optional[str] = ..., input: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., identity: _Optional[str] = ..., header: _Optional[_Union[_message_pb2.Header, _Mapping]] = ..., skip_generate_workflow_task: _Optional[bool] = ..., external_workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class WorkflowExecutionTerminatedEventAttributes(_message.Message):
    __slots__ = ("reason", "details", "identity")
    REASON_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    reason: str
    details: _message_pb2.Payloads
    identity: str
    def __init__(self, reason: _Optional[str] = ..., details: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., identity: _Optional[str] = ...) -> None: ...

class RequestCancelExternalWorkflowExecutionInitiatedEventAttributes(_message.Message):
    __slots__ = ("workflow_task_completed_event_id", "namespace", "namespace_id", "workflow_execution", "control", "child_workflow_only", "reason")
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    CONTROL_FIELD_NUMBER: _ClassVar[int]
    CHILD_WORKFLOW_ONLY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    workflow_task_completed_event_id: int
    namespace: str
    namespace_id: str
    workflow_execution: _message_pb2.WorkflowExecution
    control: str
    child_workflow_only: bool
    reason: str
    def __init__(self, workflow_task_completed_event_id: _Optional[int] = ..., namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., control: _Optional[str] = ..., child_workflow_only: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class RequestCancelExternalWorkflowExecutionFailedEventAttributes(_message.Message):
    __slots__ = ("cause", "workflow_task_completed_event_id", "namespace", "namespace_id", "workflow_execution", "initiated_event_id", "control")
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTROL_FIELD_NUMBER: _ClassVar[int]
    cause: _failed_cause_pb2.CancelExternalWorkflowExecutionFailedCause
    workflow_task_completed_event_id: int
    namespace: str
    namespace_id: str
    workflow_execution: _message_pb2.WorkflowExecution
    initiated_event_id: int
    control: str
    def __init__(self, cause: _Optional[_Union[_failed_cause_pb2.CancelExternalWorkflowExecutionFailedCause, str]] = ..., workflow_task_completed_event_id: _Optional[int] = ..., namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., initiated_event_id: _Optional[int] = ..., control: _Optional[str] = ...) -> None: ...

class ExternalWorkflowExecutionCancelRequestedEventAttributes(_message.Message):
    __slots__ = ("initiated_event_id", "namespace", "namespace_id", "workflow_execution")
    INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    initiated_event_id: int
    namespace: str
    namespace_id: str
    workflow_execution: _message_pb2.WorkflowExecution
    def __init__(self, initiated_event_id: _Optional[int] = ..., namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ...) -> None: ...

class SignalExternalWorkflowExecutionInitiatedEventAttributes(_message.Message):
    __slots__ = ("workflow_task_completed_event_id", "namespace", "namespace_id", "workflow_execution", "signal_name", "input", "control", "child_workflow_only", "header")
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    SIGNAL_NAME_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    CONTROL_FIELD_NUMBER: _ClassVar[int]
    CHILD_WORKFLOW_ONLY_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    workflow_task_completed_event_id: int
    namespace: str
    namespace_id: str
    workflow_execution: _message_pb2.WorkflowExecution
    signal_name: str
    input: _message_pb2.Payloads
    control: str
    child_workflow_only: bool
    header: _message_pb2.Header
    def __init__(self, workflow_task_completed_event_id: _Optional[int] = ..., namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., signal_name: _Optional[str] = ..., input: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., control: _Optional[str] = ..., child_workflow_only: _Optional[bool] = ..., header: _Optional[_Union[_message_pb2.Header, _Mapping]] = ...) -> None: ...

class SignalExternalWorkflowExecutionFailedEventAttributes(_message.Message):
    __slots__ = ("cause", "workflow_task_completed_event_id", "namespace", "namespace_id", "workflow_execution", "initiated_event_id", "control")
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTROL_FIELD_NUMBER: _ClassVar[int]
    cause: _failed_cause_pb2.SignalExternalWorkflowExecutionFailedCause
    workflow_task_completed_event_id: int
    namespace: str
    namespace_id: str
    workflow_execution: _message_pb2.WorkflowExecution
    initiated_event_id: int
    control: str
    def __init__(self, cause: _Optional[_Union[_failed_cause_pb2.SignalExternalWorkflowExecutionFailedCause, str]] = ..., workflow_task_completed_event_id: _Optional[int] = ..., namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., initiated_event_id: _Optional[int] = ..., control: _Optional[str] = ...) -> None: ...

class ExternalWorkflowExecutionSignaledEventAttributes(_message.Message):
    __slots__ = ("initiated_event_id", "namespace", "namespace_id", "workflow_execution", "control")
    INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    CONTROL_FIELD_NUMBER: _ClassVar[int]
    initiated_event_id: int
    namespace: str
    namespace_id: str
    workflow_execution: _message_pb2.WorkflowExecution
    control: str
    def __init__(self, initiated_event_id: _Optional[int] = ..., namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., control: _Optional[str] = ...) -> None: ...

class UpsertWorkflowSearchAttributesEventAttributes(_message.Message):
    __slots__ = ("workflow_task_completed_event_id", "search_attributes")
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    workflow_task_completed_event_id: int
    search_attributes: _message_pb2.SearchAttributes
    def __init__(self, workflow_task_completed_event_id: _Optional[int] = ..., search_attributes: _Optional[_Union[_message_pb2.SearchAttributes, _Mapping]] = ...) -> None: ...

class WorkflowPropertiesModifiedEventAttributes(_message.Message):
    __slots__ = ("workflow_task_completed_event_id", "upserted_memo")
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    UPSERTED_MEMO_FIELD_NUMBER: _ClassVar[int]
    workflow_task_completed_event_id: int
    upserted_memo: _message_pb2.Memo
    def __init__(self, workflow_task_completed_event_id: _Optional[int] = ..., upserted_memo: _Optional[_Union[_message_pb2.Memo, _Mapping]] = ...) -> None: ...

class StartChildWorkflowExecutionInitiatedEventAttributes(_message.Message):
    __slots__ = ("namespace", "namespace_id", "workflow_id", "workflow_type", "task_queue", "input", "workflow_execution_timeout", "workflow_run_timeout", "workflow_task_timeout", "parent_close_policy", "control", "workflow_task_completed_event_id", "workflow_id_reuse_policy", "retry_policy", "cron_schedule", "header", "memo", "search_attributes", "inherit_build_id", "priority", "time_skipping_config", "time_skipping_state_propagation", "versioning_override")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_RUN_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    PARENT_CLOSE_POLICY_FIELD_NUMBER: _ClassVar[int]
    CONTROL_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_REUSE_POLICY_FIELD_NUMBER: _ClassVar[int]
    RETRY_POLICY_FIELD_NUMBER: _ClassVar[int]
    CRON_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    INHERIT_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    TIME_SKIPPING_CONFIG_FIELD_NUMBER: _ClassVar[int]
    TIME_SKIPPING_STATE_PROPAGATION_FIELD_NUMBER: _ClassVar[int]
    VERSIONING_OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    namespace_id: str
    workflow_id: str
    workflow_type: _message_pb2.WorkflowType
    task_queue: _message_pb2_1_1_1.TaskQueue
    input: _message_pb2.Payloads
    workflow_execution_timeout: _duration_pb2.Duration
    workflow_run_timeout: _duration_pb2.Duration
    workflow_task_timeout: _duration_pb2.Duration
    parent_close_policy: _workflow_pb2.ParentClosePolicy
    control: str
    workflow_task_completed_event_id: int
    workflow_id_reuse_policy: _workflow_pb2.WorkflowIdReusePolicy
    retry_policy: _message_pb2.RetryPolicy
    cron_schedule: str
    header: _message_pb2.Header
    memo: _message_pb2.Memo
    search_attributes: _message_pb2.SearchAttributes
    inherit_build_id: bool
    priority: _message_pb2.Priority
    time_skipping_config: _message_pb2.TimeSkippingConfig
    time_skipping_state_propagation: _message_pb2.TimeSkippingStatePropagation
    versioning_override: _message_pb2_1_1_1_1_1.VersioningOverride
    def __init__(self, namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., workflow_id: _Optional[str] = ..., workflow_type: _Optional[_Union[_message_pb2.WorkflowType, _Mapping]] = ..., task_queue: _Optional[_Union[_message_pb2_1_1_1.TaskQueue, _Mapping]] = ..., input: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., workflow_execution_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_run_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_task_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., parent_close_policy: _Optional[_Union[_workflow_pb2.ParentClosePolicy, str]] = ..., control: _Optional[str] = ..., workflow_task_completed_event_id: _Optional[int] = ..., workflow_id_reuse_policy: _Optional[_Union[_workflow_pb2.WorkflowIdReusePolicy, str]] = ..., retry_policy: _Optional[_Union[_message_pb2.RetryPolicy, _Mapping]] = ..., cron_schedule: _Optional[str] = ..., header: _Optional[_Union[_message_pb2.Header, _Mapping]] = ..., memo: _Optional[_Union[_message_pb2.Memo, _Mapping]] = ..., search_attributes: _Optional[_Union[_message_pb2.SearchAttributes, _Mapping]] = ..., inherit_build_id: _Optional[bool] = ..., priority: _Optional[_Union[_message_pb2.Priority, _Mapping]] = ..., time_skipping_config: _Optional[_Union[_message_pb2.TimeSkippingConfig, _Mapping]] = ..., time_skipping_state_propagation: _Optional[_Union[_message_pb2.TimeSkippingStatePropagation, _Mapping]] = ..., versioning_override: _Optional[_Union[_message_pb2_1_1_1_1_1.VersioningOverride, _Mapping]] = ...) -> None: ...

class StartChildWorkflowExecutionFailedEventAttributes(_message.Message):
    __slots__ = ("namespace", "namespace_id", "workflow_id", "workflow_type", "cause", "control", "initiated_event_id", "workflow_task_completed_event_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    CONTROL_FIELD_NUMBER: _ClassVar[int]
    INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    namespace_id: str
    workflow_id: str
    workflow_type: _message_pb2.WorkflowType
    cause: _failed_cause_pb2.StartChildWorkflowExecutionFailedCause
    control: str
    initiated_event_id: int
    workflow_task_completed_event_id: int
    def __init__(self, namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., workflow_id: _Optional[str] = ..., workflow_type: _Optional[_Union[_message_pb2.WorkflowType, _Mapping]] = ..., cause: _Optional[_Union[_failed_cause_pb2.StartChildWorkflowExecutionFailedCause, str]] = ..., control: _Optional[str] = ..., initiated_event_id: _Optional[int] = ..., workflow_task_completed_event_id: _Optional[int] = ...) -> None: ...

class ChildWorkflowExecutionStartedEventAttributes(_message.Message):
    __slots__ = ("namespace", "namespace_id", "initiated_event_id", "workflow_execution", "workflow_type", "header")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    namespace_id: str
    initiated_event_id: int
    workflow_execution: _message_pb2.WorkflowExecution
    workflow_type: _message_pb2.WorkflowType
    header: _message_pb2.Header
    def __init__(self, namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., initiated_event_id: _Optional[int] = ..., workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., workflow_type: _Optional[_Union[_message_pb2.WorkflowType, _Mapping]] = ..., header: _Optional[_Union[_message_pb2.Header, _Mapping]] = ...) -> None: ...

class ChildWorkflowExecutionCompletedEventAttributes(_message.Message):
    __slots__ = ("result", "namespace", "namespace_id", "workflow_execution", "workflow_type", "initiated_event_id", "started_event_id")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    result: _message_pb2.Payloads
    namespace: str
    namespace_id: str
    workflow_execution: _message_pb2.WorkflowExecution
    workflow_type: _message_pb2.WorkflowType
    initiated_event_id: int
    started_event_id: int
    def __init__(self, result: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., workflow_type: _Optional[_Union[_message_pb2.WorkflowType, _Mapping]] = ..., initiated_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ...) -> None: ...

class ChildWorkflowExecutionFailedEventAttributes(_message.Message):
    __slots__ = ("failure", "namespace", "namespace_id", "workflow_execution", "workflow_type", "initiated_event_id", "started_event_id", "retry_state")
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    RETRY_STATE_FIELD_NUMBER: _ClassVar[int]
    failure: _message_pb2_1_1.Failure
    namespace: str
    namespace_id: str
    workflow_execution: _message_pb2.WorkflowExecution
    workflow_type: _message_pb2.WorkflowType
    initiated_event_id: int
    started_event_id: int
    retry_state: _workflow_pb2.RetryState
    def __init__(self, failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ..., namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., workflow_type: _Optional[_Union[_message_pb2.WorkflowType, _Mapping]] = ..., initiated_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ..., retry_state: _Optional[_Union[_workflow_pb2.RetryState, str]] = ...) -> None: ...

class ChildWorkflowExecutionCanceledEventAttributes(_message.Message):
    __slots__ = ("details", "namespace", "namespace_id", "workflow_execution", "workflow_type", "initiated_event_id", "started_event_id")
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    details: _message_pb2.Payloads
    namespace: str
    namespace_id: str
    workflow_execution: _message_pb2.WorkflowExecution
    workflow_type: _message_pb2.WorkflowType
    initiated_event_id: int
    started_event_id: int
    def __init__(self, details: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., workflow_type: _Optional[_Union[_message_pb2.WorkflowType, _Mapping]] = ..., initiated_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ...) -> None: ...

class ChildWorkflowExecutionTimedOutEventAttributes(_message.Message):
    __slots__ = ("namespace", "namespace_id", "workflow_execution", "workflow_type", "initiated_event_id", "started_event_id", "retry_state")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    RETRY_STATE_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    namespace_id: str
    workflow_execution: _message_pb2.WorkflowExecution
    workflow_type: _message_pb2.WorkflowType
    initiated_event_id: int
    started_event_id: int
    retry_state: _workflow_pb2.RetryState
    def __init__(self, namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., workflow_type: _Optional[_Union[_message_pb2.WorkflowType, _Mapping]] = ..., initiated_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ..., retry_state: _Optional[_Union[_workflow_pb2.RetryState, str]] = ...) -> None: ...

class ChildWorkflowExecutionTerminatedEventAttributes(_message.Message):
    __slots__ = ("namespace", "namespace_id", "workflow_execution", "workflow_type", "initiated_event_id", "started_event_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    namespace_id: str
    workflow_execution: _message_pb2.WorkflowExecution
    workflow_type: _message_pb2.WorkflowType
    initiated_event_id: int
    started_event_id: int
    def __init__(self, namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., workflow_type: _Optional[_Union[_message_pb2.WorkflowType, _Mapping]] = ..., initiated_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ...) -> None: ...

class WorkflowExecutionOptionsUpdatedEventAttributes(_message.Message):
    __slots__ = ("versioning_override", "unset_versioning_override", "attached_request_id", "attached_completion_callbacks", "identity", "priority", "time_skipping_config", "time_skipping_config_updated", "workflow_update_options")
    class WorkflowUpdateOptionsUpdate(_message.Message):
        __slots__ = ("update_id", "attached_request_id", "attached_completion_callbacks")
        UPDATE_ID_FIELD_NUMBER: _ClassVar[int]
        ATTACHED_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
        ATTACHED_COMPLETION_CALLBACKS_FIELD_NUMBER: _ClassVar[int]
        update_id: str
        attached_request_id: str
        attached_completion_callbacks: _containers.RepeatedCompositeFieldContainer[_message_pb2.Callback]
        def __init__(self, update_id: _Optional[str] = ..., attached_request_id: _Optional[str] = ..., attached_completion_callbacks: _Optional[_Iterable[_Union[_message_pb2.Callback, _Mapping]]] = ...) -> None: ...
    VERSIONING_OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    UNSET_VERSIONING_OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    ATTACHED_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ATTACHED_COMPLETION_CALLBACKS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    TIME_SKIPPING_CONFIG_FIELD_NUMBER: _ClassVar[int]
    TIME_SKIPPING_CONFIG_UPDATED_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_UPDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    versioning_override: _message_pb2_1_1_1_1_1.VersioningOverride
    unset_versioning_override: bool
    attached_request_id: str
    attached_completion_callbacks: _containers.RepeatedCompositeFieldContainer[_message_pb2.Callback]
    identity: str
    priority: _message_pb2.Priority
    time_skipping_config: _message_pb2.TimeSkippingConfig
    time_skipping_config_updated: bool
    workflow_update_options: _containers.RepeatedCompositeFieldContainer[WorkflowExecutionOptionsUpdatedEventAttributes.WorkflowUpdateOptionsUpdate]
    def __init__(self, versioning_override: _Optional[_Union[_message_pb2_1_1_1_1_1.VersioningOverride, _Mapping]] = ..., unset_versioning_override: _Optional[bool] = ..., attached_request_id: _Optional[str] = ..., attached_completion_callbacks: _Optional[_Iterable[_Union[_message_pb2.Callback, _Mapping]]] = ..., identity: _Optional[str] = ..., priority: _Optional[_Union[_message_pb2.Priority, _Mapping]] = ..., time_skipping_config: _Optional[_Union[_message_pb2.TimeSkippingConfig, _Mapping]] = ..., time_skipping_config_updated: _Optional[bool] = ..., workflow_update_options: _Optional[_Iterable[_Union[WorkflowExecutionOptionsUpdatedEventAttributes.WorkflowUpdateOptionsUpdate, _Mapping]]] = ...) -> None: ...

class WorkflowPropertiesModifiedExternallyEventAttributes(_message.Message):
    __slots__ = ("new_task_queue", "new_workflow_task_timeout", "new_workflow_run_timeout", "new_workflow_execution_timeout", "upserted_memo")
    NEW_TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    NEW_WORKFLOW_TASK_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    NEW_WORKFLOW_RUN_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    NEW_WORKFLOW_EXECUTION_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    UPSERTED_MEMO_FIELD_NUMBER: _ClassVar[int]
    new_task_queue: str
    new_workflow_task_timeout: _duration_pb2.Duration
    new_workflow_run_timeout: _duration_pb2.Duration
    new_workflow_execution_timeout: _duration_pb2.Duration
    upserted_memo: _message_pb2.Memo
    def __init__(self, new_task_queue: _Optional[str] = ..., new_workflow_task_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., new_workflow_run_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., new_workflow_execution_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., upserted_memo: _Optional[_Union[_message_pb2.Memo, _Mapping]] = ...) -> None: ...

class ActivityPropertiesModifiedExternallyEventAttributes(_message.Message):
    __slots__ = ("scheduled_event_id", "new_retry_policy")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_RETRY_POLICY_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    new_retry_policy: _message_pb2.RetryPolicy
    def __init__(self, scheduled_event_id: _Optional[int] = ..., new_retry_policy: _Optional[_Union[_message_pb2.RetryPolicy, _Mapping]] = ...) -> None: ...

class WorkflowExecutionUpdateAcceptedEventAttributes(_message.Message):
    __slots__ = ("protocol_instance_id", "accepted_request_message_id", "accepted_request_sequencing_event_id", "accepted_request")
    PROTOCOL_INSTANCE_ID_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_REQUEST_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_REQUEST_SEQUENCING_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_REQUEST_FIELD_NUMBER: _ClassVar[int]
    protocol_instance_id: str
    accepted_request_message_id: str
    accepted_request_sequencing_event_id: int
    accepted_request: _message_pb2_1_1_1_1.Request
    def __init__(self, protocol_instance_id: _Optional[str] = ..., accepted_request_message_id: _Optional[str] = ..., accepted_request_sequencing_event_id: _Optional[int] = ..., accepted_request: _Optional[_Union[_message_pb2_1_1_1_1.Request, _Mapping]] = ...) -> None: ...

class WorkflowExecutionUpdateCompletedEventAttributes(_message.Message):
    __slots__ = ("meta", "accepted_event_id", "outcome")
    META_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    meta: _message_pb2_1_1_1_1.Meta
    accepted_event_id: int
    outcome: _message_pb2_1_1_1_1.Outcome
    def __init__(self, meta: _Optional[_Union[_message_pb2_1_1_1_1.Meta, _Mapping]] = ..., accepted_event_id: _Optional[int] = ..., outcome: _Optional[_Union[_message_pb2_1_1_1_1.Outcome, _Mapping]] = ...) -> None: ...

class WorkflowExecutionUpdateRejectedEventAttributes(_message.Message):
    __slots__ = ("protocol_instance_id", "rejected_request_message_id", "rejected_request_sequencing_event_id", "rejected_request", "failure")
    PROTOCOL_INSTANCE_ID_FIELD_NUMBER: _ClassVar[int]
    REJECTED_REQUEST_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    REJECTED_REQUEST_SEQUENCING_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    REJECTED_REQUEST_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    protocol_instance_id: str
    rejected_request_message_id: str
    rejected_request_sequencing_event_id: int
    rejected_request: _message_pb2_1_1_1_1.Request
    failure: _message_pb2_1_1.Failure
    def __init__(self, protocol_instance_id: _Optional[str] = ..., rejected_request_message_id: _Optional[str] = ..., rejected_request_sequencing_event_id: _Optional[int] = ..., rejected_request: _Optional[_Union[_message_pb2_1_1_1_1.Request, _Mapping]] = ..., failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ...) -> None: ...

class WorkflowExecutionUpdateAdmittedEventAttributes(_message.Message):
    __slots__ = ("request", "origin")
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    request: _message_pb2_1_1_1_1.Request
    origin: _update_pb2.UpdateAdmittedEventOrigin
    def __init__(self, request: _Optional[_Union[_message_pb2_1_1_1_1.Request, _Mapping]] = ..., origin: _Optional[_Union[_update_pb2.UpdateAdmittedEventOrigin, str]] = ...) -> None: ...

class WorkflowExecutionPausedEventAttributes(_message.Message):
    __slots__ = ("identity", "reason", "request_id")
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    identity: str
    reason: str
    request_id: str
    def __init__(self, identity: _Optional[str] = ..., reason: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class WorkflowExecutionUnpausedEventAttributes(_message.Message):
    __slots__ = ("identity", "reason", "request_id")
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    identity: str
    reason: str
    request_id: str
    def __init__(self, identity: _Optional[str] = ..., reason: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class WorkflowExecutionTimeSkippingTransitionedEventAttributes(_message.Message):
    __slots__ = ("target_time", "disabled_after_fast_forward", "wall_clock_time")
    TARGET_TIME_FIELD_NUMBER: _ClassVar[int]
    DISABLED_AFTER_FAST_FORWARD_FIELD_NUMBER: _ClassVar[int]
    WALL_CLOCK_TIME_FIELD_NUMBER: _ClassVar[int]
    target_time: _timestamp_pb2.Timestamp
    disabled_after_fast_forward: bool
    wall_clock_time: _timestamp_pb2.Timestamp
    def __init__(self, target_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., disabled_after_fast_forward: _Optional[bool] = ..., wall_clock_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class NexusOperationScheduledEventAttributes(_message.Message):
    __slots__ = ("endpoint", "service", "operation", "input", "schedule_to_close_timeout", "nexus_header", "workflow_task_completed_event_id", "request_id", "endpoint_id", "schedule_to_start_timeout", "start_to_close_timeout")
    class NexusHeaderEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    NEXUS_HEADER_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ENDPOINT_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_START_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    START_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    endpoint: str
    service: str
    operation: str
    input: _message_pb2.Payload
    schedule_to_close_timeout: _duration_pb2.Duration
    nexus_header: _containers.ScalarMap[str, str]
    workflow_task_completed_event_id: int
    request_id: str
    endpoint_id: str
    schedule_to_start_timeout: _duration_pb2.Duration
    start_to_close_timeout: _duration_pb2.Duration
    def __init__(self, endpoint: _Optional[str] = ..., service: _Optional[str] = ..., operation: _Optional[str] = ..., input: _Optional[_Union[_message_pb2.Payload, _Mapping]] = ..., schedule_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., nexus_header: _Optional[_Mapping[str, str]] = ..., workflow_task_completed_event_id: _Optional[int] = ..., request_id: _Optional[str] = ..., endpoint_id: _Optional[str] = ..., schedule_to_start_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., start_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class NexusOperationStartedEventAttributes(_message.Message):
    __slots__ = ("scheduled_event_id", "operation_id", "request_id", "operation_token")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    OPERATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    operation_id: str
    request_id: str
    operation_token: str
    def __init__(self, scheduled_event_id: _Optional[int] = ..., operation_id: _Optional[str] = ..., request_id: _Optional[str] = ..., operation_token: _Optional[str] = ...) -> None: ...

class NexusOperationCompletedEventAttributes(_message.Message):
    __slots__ = ("scheduled_event_id", "result", "request_id")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    result: _message_pb2.Payload
    request_id: str
    def __init__(self, scheduled_event_id: _Optional[int] = ..., result: _Optional[_Union[_message_pb2.Payload, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class NexusOperationFailedEventAttributes(_message.Message):
    __slots__ = ("scheduled_event_id", "failure", "request_id")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    failure: _message_pb2_1_1.Failure
    request_id: str
    def __init__(self, scheduled_event_id: _Optional[int] = ..., failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class NexusOperationTimedOutEventAttributes(_message.Message):
    __slots__ = ("scheduled_event_id", "failure", "request_id")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    failure: _message_pb2_1_1.Failure
    request_id: str
    def __init__(self, scheduled_event_id: _Optional[int] = ..., failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class NexusOperationCanceledEventAttributes(_message.Message):
    __slots__ = ("scheduled_event_id", "failure", "request_id")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    failure: _message_pb2_1_1.Failure
    request_id: str
    def __init__(self, scheduled_event_id: _Optional[int] = ..., failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class NexusOperationCancelRequestedEventAttributes(_message.Message):
    __slots__ = ("scheduled_event_id", "workflow_task_completed_event_id")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    workflow_task_completed_event_id: int
    def __init__(self, scheduled_event_id: _Optional[int] = ..., workflow_task_completed_event_id: _Optional[int] = ...) -> None: ...

class NexusOperationCancelRequestCompletedEventAttributes(_message.Message):
    __slots__ = ("requested_event_id", "workflow_task_completed_event_id", "scheduled_event_id")
    REQUESTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    requested_event_id: int
    workflow_task_completed_event_id: int
    scheduled_event_id: int
    def __init__(self, requested_event_id: _Optional[int] = ..., workflow_task_completed_event_id: _Optional[int] = ..., scheduled_event_id: _Optional[int] = ...) -> None: ...

class NexusOperationCancelRequestFailedEventAttributes(_message.Message):
    __slots__ = ("requested_event_id", "workflow_task_completed_event_id", "failure", "scheduled_event_id")
    REQUESTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    requested_event_id: int
    workflow_task_completed_event_id: int
    failure: _message_pb2_1_1.Failure
    scheduled_event_id: int
    def __init__(self, requested_event_id: _Optional[int] = ..., workflow_task_completed_event_id: _Optional[int] = ..., failure: _Optional[_Union[_message_pb2_1_1.Failure, _Mapping]] = ..., scheduled_event_id: _Optional[int] = ...) -> None: ...

class HistoryEvent(_message.Message):
    __slots__ = ("event_id", "event_time", "event_type", "version", "task_id", "worker_may_ignore", "user_metadata", "links", "principal", "event_group_markers", "workflow_execution_started_event_attributes", "workflow_execution_completed_event_attributes", "workflow_execution_failed_event_attributes", "workflow_execution_timed_out_event_attributes", "workflow_task_scheduled_event_attributes", "workflow_task_started_event_attributes", "workflow_task_completed_event_attributes", "workflow_task_timed_out_event_attributes", "workflow_task_failed_event_attributes", "activity_task_scheduled_event_attributes", "activity_task_started_event_attributes", "activity_task_completed_event_attributes", "activity_task_failed_event_attributes", "activity_task_timed_out_event_attributes", "timer_started_event_attributes", "timer_fired_event_attributes", "activity_task_cancel_requested_event_attributes", "activity_task_canceled_event_attributes", "timer_canceled_event_attributes", "marker_recorded_event_attributes", "workflow_execution_signaled_event_attributes", "workflow_execution_terminated_event_attributes", "workflow_execution_cancel_requested_event_attributes", "workflow_execution_canceled_event_attributes", "request_cancel_external_workflow_execution_initiated_event_attributes", "request_cancel_external_workflow_execution_failed_event_attributes", "external_workflow_execution_cancel_requested_event_attributes", "workflow_execution_continued_as_new_event_attributes", "start_child_workflow_execution_initiated_event_attributes", "start_child_workflow_execution_failed_event_attributes", "child_workflow_execution_started_event_attributes", "child_workflow_execution_completed_event_attributes", "child_workflow_execution_failed_event_attributes", "child_workflow_execution_canceled_event_attributes", "child_workflow_execution_timed_out_event_attributes", "child_workflow_execution_terminated_event_attributes", "signal_external_workflow_execution_initiated_event_attributes", "signal_external_workflow_execution_failed_event_attributes", "external_workflow_execution_signaled_event_attributes", "upsert_workflow_search_attributes_event_attributes", "workflow_execution_update_accepted_event_attributes", "workflow_execution_update_rejected_event_attributes", "workflow_execution_update_completed_event_attributes", "workflow_properties_modified_externally_event_attributes", "activity_properties_modified_externally_event_attributes", "workflow_properties_modified_event_attributes", "workflow_execution_update_admitted_event_attributes", "nexus_operation_scheduled_event_attributes", "nexus_operation_started_event_attributes", "nexus_operation_completed_event_attributes", "nexus_operation_failed_event_attributes", "nexus_operation_canceled_event_attributes", "nexus_operation_timed_out_event_attributes", "nexus_operation_cancel_requested_event_attributes", "workflow_execution_options_updated_event_attributes", "nexus_operation_cancel_request_completed_event_attributes", "nexus_operation_cancel_request_failed_event_attributes", "workflow_execution_paused_event_attributes", "workflow_execution_unpaused_event_attributes", "workflow_execution_time_skipping_transitioned_event_attributes")
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_TIME_FIELD_NUMBER: _ClassVar[int]
    EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    WORKER_MAY_IGNORE_FIELD_NUMBER: _ClassVar[int]
    USER_METADATA_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    PRINCIPAL_FIELD_NUMBER: _ClassVar[int]
    EVENT_GROUP_MARKERS_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_STARTED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_COMPLETED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FAILED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_TIMED_OUT_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_SCHEDULED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_STARTED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_COMPLETED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_TIMED_OUT_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_FAILED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TASK_SCHEDULED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TASK_STARTED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TASK_COMPLETED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TASK_FAILED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TASK_TIMED_OUT_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    TIMER_STARTED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    TIMER_FIRED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TASK_CANCEL_REQUESTED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TASK_CANCELED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    TIMER_CANCELED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    MARKER_RECORDED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_SIGNALED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_TERMINATED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_CANCEL_REQUESTED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_CANCELED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_FAILED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_WORKFLOW_EXECUTION_CANCEL_REQUESTED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_CONTINUED_AS_NEW_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    START_CHILD_WORKFLOW_EXECUTION_INITIATED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    START_CHILD_WORKFLOW_EXECUTION_FAILED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    CHILD_WORKFLOW_EXECUTION_STARTED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    CHILD_WORKFLOW_EXECUTION_COMPLETED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    CHILD_WORKFLOW_EXECUTION_FAILED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    CHILD_WORKFLOW_EXECUTION_CANCELED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    CHILD_WORKFLOW_EXECUTION_TIMED_OUT_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    CHILD_WORKFLOW_EXECUTION_TERMINATED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_WORKFLOW_EXECUTION_SIGNALED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    UPSERT_WORKFLOW_SEARCH_ATTRIBUTES_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_UPDATE_ACCEPTED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_UPDATE_REJECTED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_UPDATE_COMPLETED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_PROPERTIES_MODIFIED_EXTERNALLY_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_PROPERTIES_MODIFIED_EXTERNALLY_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_PROPERTIES_MODIFIED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_UPDATE_ADMITTED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    NEXUS_OPERATION_SCHEDULED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    NEXUS_OPERATION_STARTED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    NEXUS_OPERATION_COMPLETED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    NEXUS_OPERATION_FAILED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    NEXUS_OPERATION_CANCELED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    NEXUS_OPERATION_TIMED_OUT_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    NEXUS_OPERATION_CANCEL_REQUESTED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_OPTIONS_UPDATED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    NEXUS_OPERATION_CANCEL_REQUEST_COMPLETED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    NEXUS_OPERATION_CANCEL_REQUEST_FAILED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_PAUSED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_UNPAUSED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_TIME_SKIPPING_TRANSITIONED_EVENT_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    event_id: int
    event_time: _timestamp_pb2.Timestamp
    event_type: _event_type_pb2.EventType
    version: int
    task_id: int
    worker_may_ignore: bool
    user_metadata: _user_metadata_pb2.UserMetadata
    links: _containers.RepeatedCompositeFieldContainer[_message_pb2.Link]
    principal: _message_pb2.Principal
    event_group_markers: _containers.RepeatedCompositeFieldContainer[_event_group_marker_pb2.EventGroupMarker]
    workflow_execution_started_event_attributes: WorkflowExecutionStartedEventAttributes
    workflow_execution_completed_event_attributes: WorkflowExecutionCompletedEventAttributes
    workflow_execution_failed_event_attributes: WorkflowExecutionFailedEventAttributes
    workflow_execution_timed_out_event_attributes: WorkflowExecutionTimedOutEventAttributes
    workflow_task_scheduled_event_attributes: WorkflowTaskScheduledEventAttributes
    workflow_task_started_event_attributes: WorkflowTaskStartedEventAttributes
    workflow_task_completed_event_attributes: WorkflowTaskCompletedEventAttributes
    workflow_task_timed_out_event_attributes: WorkflowTaskTimedOutEventAttributes
    workflow_task_failed_event_attributes: WorkflowTaskFailedEventAttributes
    activity_task_scheduled_event_attributes: ActivityTaskScheduledEventAttributes
    activity_task_started_event_attributes: ActivityTaskStartedEventAttributes
    activity_task_completed_event_attributes: ActivityTaskCompletedEventAttributes
    activity_task_failed_event_attributes: ActivityTaskFailedEventAttributes
    activity_task_timed_out_event_attributes: ActivityTaskTimedOutEventAttributes
    timer_started_event_attributes: TimerStartedEventAttributes
    timer_fired_event_attributes: TimerFiredEventAttributes
    activity_task_cancel_requested_event_attributes: ActivityTaskCancelRequestedEventAttributes
    activity_task_canceled_event_attributes: ActivityTaskCanceledEventAttributes
    timer_canceled_event_attributes: TimerCanceledEventAttributes
    marker_recorded_event_attributes: MarkerRecordedEventAttributes
    workflow_execution_signaled_event_attributes: WorkflowExecutionSignaledEventAttributes
    workflow_execution_terminated_event_attributes: WorkflowExecutionTerminatedEventAttributes
    workflow_execution_cancel_requested_event_attributes: WorkflowExecutionCancelRequestedEventAttributes
    workflow_execution_canceled_event_attributes: WorkflowExecutionCanceledEventAttributes
    request_cancel_external_workflow_execution_initiated_event_attributes: RequestCancelExternalWorkflowExecutionInitiatedEventAttributes
    request_cancel_external_workflow_execution_failed_event_attributes: RequestCancelExternalWorkflowExecutionFailedEventAttributes
    external_workflow_execution_cancel_requested_event_attributes: ExternalWorkflowExecutionCancelRequestedEventAttributes
    workflow_execution_continued_as_new_event_attributes: WorkflowExecutionContinuedAsNewEventAttributes
    start_child_workflow_execution_initiated_event_attributes: StartChildWorkflowExecutionInitiatedEventAttributes
    start_child_workflow_execution_failed_event_attributes: StartChildWorkflowExecutionFailedEventAttributes
    child_workflow_execution_started_event_attributes: ChildWorkflowExecutionStartedEventAttributes
    child_workflow_execution_completed_event_attributes: ChildWorkflowExecutionCompletedEventAttributes
    child_workflow_execution_failed_event_attributes: ChildWorkflowExecutionFailedEventAttributes
    child_workflow_execution_canceled_event_attributes: ChildWorkflowExecutionCanceledEventAttributes
    child_workflow_execution_timed_out_event_attributes: ChildWorkflowExecutionTimedOutEventAttributes
    child_workflow_execution_terminated_event_attributes: ChildWorkflowExecutionTerminatedEventAttributes
    signal_external_workflow_execution_initiated_event_attributes: SignalExternalWorkflowExecutionInitiatedEventAttributes
    signal_external_workflow_execution_failed_event_attributes: SignalExternalWorkflowExecutionFailedEventAttributes
    external_workflow_execution_signaled_event_attributes: ExternalWorkflowExecutionSignaledEventAttributes
    upsert_workflow_search_attributes_event_attributes: UpsertWorkflowSearchAttributesEventAttributes
    workflow_execution_update_accepted_event_attributes: WorkflowExecutionUpdateAcceptedEventAttributes
    workflow_execution_update_rejected_event_attributes: WorkflowExecutionUpdateRejectedEventAttributes
    workflow_execution_update_completed_event_attributes: WorkflowExecutionUpdateCompletedEventAttributes
    workflow_properties_modified_externally_event_attributes: WorkflowPropertiesModifiedExternallyEventAttributes
    activity_properties_modified_externally_event_attributes: ActivityPropertiesModifiedExternallyEventAttributes
    workflow_properties_modified_event_attributes: WorkflowPropertiesModifiedEventAttributes
    workflow_execution_update_admitted_event_attributes: WorkflowExecutionUpdateAdmittedEventAttributes
    nexus_operation_scheduled_event_attributes: NexusOperationScheduledEventAttributes
    nexus_operation_started_event_attributes: NexusOperationStartedEventAttributes
    nexus_operation_completed_event_attributes: NexusOperationCompletedEventAttributes
    nexus_operation_failed_event_attributes: NexusOperationFailedEventAttributes
    nexus_operation_canceled_event_attributes: NexusOperationCanceledEventAttributes
    nexus_operation_timed_out_event_attributes: NexusOperationTimedOutEventAttributes
    nexus_operation_cancel_requested_event_attributes: NexusOperationCancelRequestedEventAttributes
    workflow_execution_options_updated_event_attributes: WorkflowExecutionOptionsUpdatedEventAttributes
    nexus_operation_cancel_request_completed_event_attributes: NexusOperationCancelRequestCompletedEventAttributes
    nexus_operation_cancel_request_failed_event_attributes: NexusOperationCancelRequestFailedEventAttributes
    workflow_execution_paused_event_attributes: WorkflowExecutionPausedEventAttributes
    workflow_execution_unpaused_event_attributes: WorkflowExecutionUnpausedEventAttributes
    workflow_execution_time_skipping_transitioned_event_attributes: WorkflowExecutionTimeSkippingTransitionedEventAttributes
    def __init__(self, event_id: _Optional[int] = ..., event_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., event_type: _Optional[_Union[_event_type_pb2.EventType, str]] = ..., version: _Optional[int] = ..., task_id: _Optional[int] = ..., worker_may_ignore: _Optional[bool] = ..., user_metadata: _Optional[_Union[_user_metadata_pb2.UserMetadata, _Mapping]] = ..., links: _Optional[_Iterable[_Union[_message_pb2.Link, _Mapping]]] = ..., principal: _Optional[_Union[_message_pb2.Principal, _Mapping]] = ..., event_group_markers: _Optional[_Iterable[_Union[_event_group_marker_pb2.EventGroupMarker, _Mapping]]] = ..., workflow_execution_started_event_attributes: _Optional[_Union[WorkflowExecutionStartedEventAttributes, _Mapping]] = ..., workflow_execution_completed_event_attributes: _Optional[_Union[WorkflowExecutionCompletedEventAttributes, _Mapping]] = ..., workflow_execution_failed_event_attributes: _Optional[_Union[WorkflowExecutionFailedEventAttributes, _Mapping]] = ..., workflow_execution_timed_out_event_attributes: _Optional[_Union[WorkflowExecutionTimedOutEventAttributes, _Mapping]] = ..., workflow_task_scheduled_event_attributes: _Optional[_Union[WorkflowTaskScheduledEventAttributes, _Mapping]] = ..., workflow_task_started_event_attributes: _Optional[_Union[WorkflowTaskStartedEventAttributes, _Mapping]] = ..., workflow_task_completed_event_attributes: _Optional[_Union[WorkflowTaskCompletedEventAttributes, _Mapping]] = ..., workflow_task_timed_out_event_attributes: _Optional[_Union[WorkflowTaskTimedOutEventAttributes, _Mapping]] = ..., workflow_task_failed_event_attributes: _Optional[_Union[WorkflowTaskFailedEventAttributes, _Mapping]] = ..., activity_task_scheduled_event_attributes: _Optional[_Union[ActivityTaskScheduledEventAttributes, _Mapping]] = ..., activity_task_started_event_attributes: _Optional[_Union[ActivityTaskStartedEventAttributes, _Mapping]] = ..., activity_task_completed_event_attributes: _Optional[_Union[ActivityTaskCompletedEventAttributes, _Mapping]] = ..., activity_task_failed_event_attributes: _Optional[_Union[ActivityTaskFailedEventAttributes, _Mapping]] = ..., activity_task_timed_out_event_attributes: _Optional[_Union[ActivityTaskTimedOutEventAttributes, _Mapping]] = ..., timer_started_event_attributes: _Optional[_Union[TimerStartedEventAttributes, _Mapping]] = ..., timer_fired_event_attributes: _Optional[_Union[TimerFiredEventAttributes, _Mapping]] = ..., activity_task_cancel_requested_event_attributes: _Optional[_Union[ActivityTaskCancelRequestedEventAttributes, _Mapping]] = ..., activity_task_canceled_event_attributes: _Optional[_Union[ActivityTaskCanceledEventAttributes, _Mapping]] = ..., timer_canceled_event_attributes: _Optional[_Union[TimerCanceledEventAttributes, _Mapping]] = ..., marker_recorded_event_attributes: _Optional[_Union[MarkerRecordedEventAttributes, _Mapping]] = ..., workflow_execution_signaled_event_attributes: _Optional[_Union[WorkflowExecutionSignaledEventAttributes, _Mapping]] = ..., workflow_execution_terminated_event_attributes: _Optional[_Union[WorkflowExecutionTerminatedEventAttributes, _Mapping]] = ..., workflow_execution_cancel_requested_event_attributes: _Optional[_Union[WorkflowExecutionCancelRequestedEventAttributes, _Mapping]] = ..., workflow_execution_canceled_event_attributes: _Optional[_Union[WorkflowExecutionCanceledEventAttributes, _Mapping]] = ..., request_cancel_external_workflow_execution_initiated_event_attributes: _Optional[_Union[RequestCancelExternalWorkflowExecutionInitiatedEventAttributes, _Mapping]] = ..., request_cancel_external_workflow_execution_failed_event_attributes: _Optional[_Union[RequestCancelExternalWorkflowExecutionFailedEventAttributes, _Mapping]] = ..., external_workflow_execution_cancel_requested_event_attributes: _Optional[_Union[ExternalWorkflowExecutionCancelRequestedEventAttributes, _Mapping]] = ..., workflow_execution_continued_as_new_event_attributes: _Optional[_Union[WorkflowExecutionContinuedAsNewEventAttributes, _Mapping]] = ..., start_child_workflow_execution_initiated_event_attributes: _Optional[_Union[StartChildWorkflowExecutionInitiatedEventAttributes, _Mapping]] = ..., start_child_workflow_execution_failed_event_attributes: _Optional[_Union[StartChildWorkflowExecutionFailedEventAttributes, _Mapping]] = ..., child_workflow_execution_started_event_attributes: _Optional[_Union[ChildWorkflowExecutionStartedEventAttributes, _Mapping]] = ..., child_workflow_execution_completed_event_attributes: _Optional[_Union[ChildWorkflowExecutionCompletedEventAttributes, _Mapping]] = ..., child_workflow_execution_failed_event_attributes: _Optional[_Union[ChildWorkflowExecutionFailedEventAttributes, _Mapping]] = ..., child_workflow_execution_canceled_event_attributes: _Optional[_Union[ChildWorkflowExecutionCanceledEventAttributes, _Mapping]] = ..., child_workflow_execution_timed_out_event_attributes: _Optional[_Union[ChildWorkflowExecutionTimedOutEventAttributes, _Mapping]] = ..., child_workflow_execution_terminated_event_attributes: _Optional[_Union[ChildWorkflowExecutionTerminatedEventAttributes, _Mapping]] = ..., signal_external_workflow_execution_initiated_event_attributes: _Optional[_Union[SignalExternalWorkflowExecutionInitiatedEventAttributes, _Mapping]] = ..., signal_external_workflow_execution_failed_event_attributes: _Optional[_Union[SignalExternalWorkflowExecutionFailedEventAttributes, _Mapping]] = ..., external_workflow_execution_signaled_event_attributes: _Optional[_Union[ExternalWorkflowExecutionSignaledEventAttributes, _Mapping]] = ..., upsert_workflow_search_attributes_event_attributes: _Optional[_Union[UpsertWorkflowSearchAttributesEventAttributes, _Mapping]] = ..., workflow_execution_update_accepted_event_attributes: _Optional[_Union[WorkflowExecutionUpdateAcceptedEventAttributes, _Mapping]] = ..., workflow_execution_update_rejected_event_attributes: _Optional[_Union[WorkflowExecutionUpdateRejectedEventAttributes, _Mapping]] = ..., workflow_execution_update_completed_event_attributes: _Optional[_Union[WorkflowExecutionUpdateCompletedEventAttributes, _Mapping]] = ..., workflow_properties_modified_externally_event_attributes: _Optional[_Union[WorkflowPropertiesModifiedExternallyEventAttributes, _Mapping]] = ..., activity_properties_modified_externally_event_attributes: _Optional[_Union[ActivityPropertiesModifiedExternallyEventAttributes, _Mapping]] = ..., workflow_properties_modified_event_attributes: _Optional[_Union[WorkflowPropertiesModifiedEventAttributes, _Mapping]] = ..., workflow_execution_update_admitted_event_attributes: _Optional[_Union[WorkflowExecutionUpdateAdmittedEventAttributes, _Mapping]] = ..., nexus_operation_scheduled_event_attributes: _Optional[_Union[NexusOperationScheduledEventAttributes, _Mapping]] = ..., nexus_operation_started_event_attributes: _Optional[_Union[NexusOperationStartedEventAttributes, _Mapping]] = ..., nexus_operation_completed_event_attributes: _Optional[_Union[NexusOperationCompletedEventAttributes, _Mapping]] = ..., nexus_operation_failed_event_attributes: _Optional[_Union[NexusOperationFailedEventAttributes, _Mapping]] = ..., nexus_operation_canceled_event_attributes: _Optional[_Union[NexusOperationCanceledEventAttributes, _Mapping]] = ..., nexus_operation_timed_out_event_attributes: _Optional[_Union[NexusOperationTimedOutEventAttributes, _Mapping]] = ..., nexus_operation_cancel_requested_event_attributes: _Optional[_Union[NexusOperationCancelRequestedEventAttributes, _Mapping]] = ..., workflow_execution_options_updated_event_attributes: _Optional[_Union[WorkflowExecutionOptionsUpdatedEventAttributes, _Mapping]] = ..., nexus_operation_cancel_request_completed_event_attributes: _Optional[_Union[NexusOperationCancelRequestCompletedEventAttributes, _Mapping]] = ..., nexus_operation_cancel_request_failed_event_attributes: _Optional[_Union[NexusOperationCancelRequestFailedEventAttributes, _Mapping]] = ..., workflow_execution_paused_event_attributes: _Optional[_Union[WorkflowExecutionPausedEventAttributes, _Mapping]] = ..., workflow_execution_unpaused_event_attributes: _Optional[_Union[WorkflowExecutionUnpausedEventAttributes, _Mapping]] = ..., workflow_execution_time_skipping_transitioned_event_attributes: _Optional[_Union[WorkflowExecutionTimeSkippingTransitionedEventAttributes, _Mapping]] = ...) -> None: ...

class History(_message.Message):
    __slots__ = ("events",)
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[HistoryEvent]
    def __init__(self, events: _Optional[_Iterable[_Union[HistoryEvent, _Mapping]]] = ...) -> None: ...
