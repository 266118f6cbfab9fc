import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from temporalio.api.activity.v1 import message_pb2 as _message_pb2
from temporalio.api.enums.v1 import common_pb2 as _common_pb2
from temporalio.api.enums.v1 import event_type_pb2 as _event_type_pb2
from temporalio.api.enums.v1 import workflow_pb2 as _workflow_pb2
from temporalio.api.common.v1 import message_pb2 as _message_pb2_1
from temporalio.api.deployment.v1 import message_pb2 as _message_pb2_1_1
from temporalio.api.failure.v1 import message_pb2 as _message_pb2_1_1_1
from temporalio.api.taskqueue.v1 import message_pb2 as _message_pb2_1_1_1_1
from temporalio.api.sdk.v1 import user_metadata_pb2 as _user_metadata_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WorkflowExecutionInfo(_message.Message):
    __slots__ = ("execution", "type", "start_time", "close_time", "status", "history_length", "parent_namespace_id", "parent_execution", "execution_time", "memo", "search_attributes", "auto_reset_points", "task_queue", "state_transition_count", "history_size_bytes", "most_recent_worker_version_stamp", "execution_duration", "root_execution", "assigned_build_id", "inherited_build_id", "first_run_id", "versioning_info", "worker_deployment_name", "priority", "external_payload_size_bytes", "external_payload_count")
    EXECUTION_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    CLOSE_TIME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    HISTORY_LENGTH_FIELD_NUMBER: _ClassVar[int]
    PARENT_NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    PARENT_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_TIME_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    AUTO_RESET_POINTS_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    STATE_TRANSITION_COUNT_FIELD_NUMBER: _ClassVar[int]
    HISTORY_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    MOST_RECENT_WORKER_VERSION_STAMP_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_DURATION_FIELD_NUMBER: _ClassVar[int]
    ROOT_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    ASSIGNED_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    INHERITED_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    FIRST_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    VERSIONING_INFO_FIELD_NUMBER: _ClassVar[int]
    WORKER_DEPLOYMENT_NAME_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_PAYLOAD_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_PAYLOAD_COUNT_FIELD_NUMBER: _ClassVar[int]
    execution: _message_pb2_1.WorkflowExecution
    type: _message_pb2_1.WorkflowType
    start_time: _timestamp_pb2.Timestamp
    close_time: _timestamp_pb2.Timestamp
    status: _workflow_pb2.WorkflowExecutionStatus
    history_length: int
    parent_namespace_id: str
    parent_execution: _message_pb2_1.WorkflowExecution
    execution_time: _timestamp_pb2.Timestamp
    memo: _message_pb2_1.Memo
    search_attributes: _message_pb2_1.SearchAttributes
    auto_reset_points: ResetPoints
    task_queue: str
    state_transition_count: int
    history_size_bytes: int
    most_recent_worker_version_stamp: _message_pb2_1.WorkerVersionStamp
    execution_duration: _duration_pb2.Duration
    root_execution: _message_pb2_1.WorkflowExecution
    assigned_build_id: str
    inherited_build_id: str
    first_run_id: str
    versioning_info: WorkflowExecutionVersioningInfo
    worker_deployment_name: str
    priority: _message_pb2_1.Priority
    external_payload_size_bytes: int
    external_payload_count: int
    def __init__(self, execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., type: _Optional[_Union[_message_pb2_1.WorkflowType, _Mapping]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., close_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., status: _Optional[_Union[_workflow_pb2.WorkflowExecutionStatus, str]] = ..., history_length: _Optional[int] = ..., parent_namespace_id: _Optional[str] = ..., parent_execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., execution_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., memo: _Optional[_Union[_message_pb2_1.Memo, _Mapping]] = ..., search_attributes: _Optional[_Union[_message_pb2_1.SearchAttributes, _Mapping]] = ..., auto_reset_points: _Optional[_Union[ResetPoints, _Mapping]] = ..., task_queue: _Optional[str] = ..., state_transition_count: _Optional[int] = ..., history_size_bytes: _Optional[int] = ..., most_recent_worker_version_stamp: _Optional[_Union[_message_pb2_1.WorkerVersionStamp, _Mapping]] = ..., execution_duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., root_execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., assigned_build_id: _Optional[str] = ..., inherited_build_id: _Optional[str] = ..., first_run_id: _Optional[str] = ..., versioning_info: _Optional[_Union[WorkflowExecutionVersioningInfo, _Mapping]] = ..., worker_deployment_name: _Optional[str] = ..., priority: _Optional[_Union[_message_pb2_1.Priority, _Mapping]] = ..., external_payload_size_bytes: _Optional[int] = ..., external_payload_count: _Optional[int] = ...) -> None: ...

class WorkflowExecutionExtendedInfo(_message.Message):
    __slots__ = ("execution_expiration_time", "run_expiration_time", "cancel_requested", "last_reset_time", "original_start_time", "reset_run_id", "request_id_infos", "pause_info", "time_skipping_info")
    class RequestIdInfosEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: RequestIdInfo
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[RequestIdInfo, _Mapping]] = ...) -> None: ...
    EXECUTION_EXPIRATION_TIME_FIELD_NUMBER: _ClassVar[int]
    RUN_EXPIRATION_TIME_FIELD_NUMBER: _ClassVar[int]
    CANCEL_REQUESTED_FIELD_NUMBER: _ClassVar[int]
    LAST_RESET_TIME_FIELD_NUMBER: _ClassVar[int]
    ORIGINAL_START_TIME_FIELD_NUMBER: _ClassVar[int]
    RESET_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_INFOS_FIELD_NUMBER: _ClassVar[int]
    PAUSE_INFO_FIELD_NUMBER: _ClassVar[int]
    TIME_SKIPPING_INFO_FIELD_NUMBER: _ClassVar[int]
    execution_expiration_time: _timestamp_pb2.Timestamp
    run_expiration_time: _timestamp_pb2.Timestamp
    cancel_requested: bool
    last_reset_time: _timestamp_pb2.Timestamp
    original_start_time: _timestamp_pb2.Timestamp
    reset_run_id: str
    request_id_infos: _containers.MessageMap[str, RequestIdInfo]
    pause_info: WorkflowExecutionPauseInfo
    time_skipping_info: _message_pb2_1.TimeSkippingInfo
    def __init__(self, execution_expiration_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., run_expiration_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cancel_requested: _Optional[bool] = ..., last_reset_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., original_start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reset_run_id: _Optional[str] = ..., request_id_infos: _Optional[_Mapping[str, RequestIdInfo]] = ..., pause_info: _Optional[_Union[WorkflowExecutionPauseInfo, _Mapping]] = ..., time_skipping_info: _Optional[_Union[_message_pb2_1.TimeSkippingInfo, _Mapping]] = ...) -> None: ...

class WorkflowExecutionVersioningInfo(_message.Message):
    __slots__ = ("behavior", "deployment", "version", "deployment_version", "versioning_override", "deployment_transition", "version_transition", "revision_number", "continue_as_new_initial_versioning_behavior")
    BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    VERSIONING_OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_TRANSITION_FIELD_NUMBER: _ClassVar[int]
    VERSION_TRANSITION_FIELD_NUMBER: _ClassVar[int]
    REVISION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CONTINUE_AS_NEW_INITIAL_VERSIONING_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    behavior: _workflow_pb2.VersioningBehavior
    deployment: _message_pb2_1_1.Deployment
    version: str
    deployment_version: _message_pb2_1_1.WorkerDeploymentVersion
    versioning_override: VersioningOverride
    deployment_transition: DeploymentTransition
    version_transition: DeploymentVersionTransition
    revision_number: int
    continue_as_new_initial_versioning_behavior: _workflow_pb2.ContinueAsNewVersioningBehavior
    def __init__(self, behavior: _Optional[_Union[_workflow_pb2.VersioningBehavior, str]] = ..., deployment: _Optional[_Union[_message_pb2_1_1.Deployment, _Mapping]] = ..., version: _Optional[str] = ..., deployment_version: _Optional[_Union[_message_pb2_1_1.WorkerDeploymentVersion, _Mapping]] = ..., versioning_override: _Optional[_Union[VersioningOverride, _Mapping]] = ..., deployment_transition: _Optional[_Union[DeploymentTransition, _Mapping]] = ..., version_transition: _Optional[_Union[DeploymentVersionTransition, _Mapping]] = ..., revision_number: _Optional[int] = ..., continue_as_new_initial_versioning_behavior: _Optional[_Union[_workflow_pb2.ContinueAsNewVersioningBehavior, str]] = ...) -> None: ...

class DeploymentTransition(_message.Message):
    __slots__ = ("deployment",)
    DEPLOYMENT_FIELD_NUMBER: _ClassVar[int]
    deployment: _message_pb2_1_1.Deployment
    def __init__(self, deployment: _Optional[_Union[_message_pb2_1_1.Deployment, _Mapping]] = ...) -> None: ...

class DeploymentVersionTransition(_message.Message):
    __slots__ = ("version", "deployment_version")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    version: str
    deployment_version: _message_pb2_1_1.WorkerDeploymentVersion
    def __init__(self, version: _Optional[str] = ..., deployment_version: _Optional[_Union[_message_pb2_1_1.WorkerDeploymentVersion, _Mapping]] = ...) -> None: ...

class WorkflowExecutionConfig(_message.Message):
    __slots__ = ("task_queue", "workflow_execution_timeout", "workflow_run_timeout", "default_workflow_task_timeout", "user_metadata")
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_RUN_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_WORKFLOW_TASK_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    USER_METADATA_FIELD_NUMBER: _ClassVar[int]
    task_queue: _message_pb2_1_1_1_1.TaskQueue
    workflow_execution_timeout: _duration_pb2.Duration
    workflow_run_timeout: _duration_pb2.Duration
    default_workflow_task_timeout: _duration_pb2.Duration
    user_metadata: _user_metadata_pb2.UserMetadata
    def __init__(self, task_queue: _Optional[_Union[_message_pb2_1_1_1_1.TaskQueue, _Mapping]] = ..., workflow_execution_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_run_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., default_workflow_task_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., user_metadata: _Optional[_Union[_user_metadata_pb2.UserMetadata, _Mapping]] = ...) -> None: ...

class PendingActivityInfo(_message.Message):
    __slots__ = ("activity_id", "activity_type", "state", "heartbeat_details", "last_heartbeat_time", "last_started_time", "attempt", "maximum_attempts", "scheduled_time", "expiration_time", "last_failure", "last_worker_identity", "use_workflow_build_id", "last_independently_assigned_build_id", "last_worker_version_stamp", "current_retry_interval", "last_attempt_complete_time", "next_attempt_schedule_time", "paused", "last_deployment", "last_worker_deployment_version", "last_deployment_version", "priority", "pause_info", "activity_options")
    class PauseInfo(_message.Message):
        __slots__ = ("pause_time", "manual", "rule")
        class Manual(_message.Message):
            __slots__ = ("identity", "reason")
            IDENTITY_FIELD_NUMBER: _ClassVar[int]
            REASON_FIELD_NUMBER: _ClassVar[int]
            identity: str
            reason: str
            def __init__(self, identity: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...
        class Rule(_message.Message):
            __slots__ = ("rule_id", "identity", "reason")
            RULE_ID_FIELD_NUMBER: _ClassVar[int]
            IDENTITY_FIELD_NUMBER: _ClassVar[int]
            REASON_FIELD_NUMBER: _ClassVar[int]
            rule_id: str
            identity: str
            reason: str
            def __init__(self, rule_id: _Optional[str] = ..., identity: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...
        PAUSE_TIME_FIELD_NUMBER: _ClassVar[int]
        MANUAL_FIELD_NUMBER: _ClassVar[int]
        RULE_FIELD_NUMBER: _ClassVar[int]
        pause_time: _timestamp_pb2.Timestamp
        manual: PendingActivityInfo.PauseInfo.Manual
        rule: PendingActivityInfo.PauseInfo.Rule
        def __init__(self, pause_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., manual: _Optional[_Union[PendingActivityInfo.PauseInfo.Manual, _Mapping]] = ..., rule: _Optional[_Union[PendingActivityInfo.PauseInfo.Rule, _Mapping]] = ...) -> None: ...
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_DETAILS_FIELD_NUMBER: _ClassVar[int]
    LAST_HEARTBEAT_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_STARTED_TIME_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRATION_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_FAILURE_FIELD_NUMBER: _ClassVar[int]
    LAST_WORKER_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    USE_WORKFLOW_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_INDEPENDENTLY_ASSIGNED_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_WORKER_VERSION_STAMP_FIELD_NUMBER: _ClassVar[int]
    CURRENT_RETRY_INTERVAL_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_COMPLETE_TIME_FIELD_NUMBER: _ClassVar[int]
    NEXT_ATTEMPT_SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    PAUSED_FIELD_NUMBER: _ClassVar[int]
    LAST_DEPLOYMENT_FIELD_NUMBER: _ClassVar[int]
    LAST_WORKER_DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    LAST_DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    PAUSE_INFO_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    activity_id: str
    activity_type: _message_pb2_1.ActivityType
    state: _workflow_pb2.PendingActivityState
    heartbeat_details: _message_pb2_1.Payloads
    last_heartbeat_time: _timestamp_pb2.Timestamp
    last_started_time: _timestamp_pb2.Timestamp
    attempt: int
    maximum_attempts: int
    scheduled_time: _timestamp_pb2.Timestamp
    expiration_time: _timestamp_pb2.Timestamp
    last_failure: _message_pb2_1_1_1.Failure
    last_worker_identity: str
    use_workflow_build_id: _empty_pb2.Empty
    last_independently_assigned_build_id: str
    last_worker_version_stamp: _message_pb2_1.WorkerVersionStamp
    current_retry_interval: _duration_pb2.Duration
    last_attempt_complete_time: _timestamp_pb2.Timestamp
    next_attempt_schedule_time: _timestamp_pb2.Timestamp
    paused: bool
    last_deployment: _message_pb2_1_1.Deployment
    last_worker_deployment_version: str
    last_deployment_version: _message_pb2_1_1.WorkerDeploymentVersion
    priority: _message_pb2_1.Priority
    pause_info: PendingActivityInfo.PauseInfo
    activity_options: _message_pb2.ActivityOptions
    def __init__(self, activity_id: _Optional[str] = ..., activity_type: _Optional[_Union[_message_pb2_1.ActivityType, _Mapping]] = ..., state: _Optional[_Union[_workflow_pb2.PendingActivityState, str]] = ..., heartbeat_details: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., last_heartbeat_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_started_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., attempt: _Optional[int] = ..., maximum_attempts: _Optional[int] = ..., scheduled_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expiration_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_failure: _Optional[_Union[_message_pb2_1_1_1.Failure, _Mapping]] = ..., last_worker_identity: _Optional[str] = ..., use_workflow_build_id: _Optional[_Union[_empty_pb2.Empty, _Mapping]] = ..., last_independently_assigned_build_id: _Optional[str] = ..., last_worker_version_stamp: _Optional[_Union[_message_pb2_1.WorkerVersionStamp, _Mapping]] = ..., current_retry_interval: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., last_attempt_complete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., next_attempt_schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., paused: _Optional[bool] = ..., last_deployment: _Optional[_Union[_message_pb2_1_1.Deployment, _Mapping]] = ..., last_worker_deployment_version: _Optional[str] = ..., last_deployment_version: _Optional[_Union[_message_pb2_1_1.WorkerDeploymentVersion, _Mapping]] = ..., priority: _Optional[_Union[_message_pb2_1.Priority, _Mapping]] = ..., pause_info: _Optional[_Union[PendingActivityInfo.PauseInfo, _Mapping]] = ..., activity_options: _Optional[_Union[_message_pb2.ActivityOptions, _Mapping]] = ...) -> None: ...

class PendingChildExecutionInfo(_message.Message):
    __slots__ = ("workflow_id", "run_id", "workflow_type_name", "initiated_id", "parent_close_policy")
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_NAME_FIELD_NUMBER: _ClassVar[int]
    INITIATED_ID_FIELD_NUMBER: _ClassVar[int]
    PARENT_CLOSE_POLICY_FIELD_NUMBER: _ClassVar[int]
    workflow_id: str
    run_id: str
    workflow_type_name: str
    initiated_id: int
    parent_close_policy: _workflow_pb2.ParentClosePolicy
    def __init__(self, workflow_id: _Optional[str] = ..., run_id: _Optional[str] = ..., workflow_type_name: _Optional[str] = ..., initiated_id: _Optional[int] = ..., parent_close_policy: _Optional[_Union[_workflow_pb2.ParentClosePolicy, str]] = ...) -> None: ...

class PendingWorkflowTaskInfo(_message.Message):
    __slots__ = ("state", "scheduled_time", "original_scheduled_time", "started_time", "attempt")
    STATE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_TIME_FIELD_NUMBER: _ClassVar[int]
    ORIGINAL_SCHEDULED_TIME_FIELD_NUMBER: _ClassVar[int]
    STARTED_TIME_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    state: _workflow_pb2.PendingWorkflowTaskState
    scheduled_time: _timestamp_pb2.Timestamp
    original_scheduled_time: _timestamp_pb2.Timestamp
    started_time: _timestamp_pb2.Timestamp
    attempt: int
    def __init__(self, state: _Optional[_Union[_workflow_pb2.PendingWorkflowTaskState, str]] = ..., scheduled_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., original_scheduled_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., started_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., attempt: _Optional[int] = ...) -> None: ...

class ResetPoints(_message.Message):
    __slots__ = ("points",)
    POINTS_FIELD_NUMBER: _ClassVar[int]
    points: _containers.RepeatedCompositeFieldContainer[ResetPointInfo]
    def __init__(self, points: _Optional[_Iterable[_Union[ResetPointInfo, _Mapping]]] = ...) -> None: ...

class ResetPointInfo(_message.Message):
    __slots__ = ("build_id", "binary_checksum", "run_id", "first_workflow_task_completed_id", "create_time", "expire_time", "resettable")
    BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    BINARY_CHECKSUM_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    FIRST_WORKFLOW_TASK_COMPLETED_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    RESETTABLE_FIELD_NUMBER: _ClassVar[int]
    build_id: str
    binary_checksum: str
    run_id: str
    first_workflow_task_completed_id: int
    create_time: _timestamp_pb2.Timestamp
    expire_time: _timestamp_pb2.Timestamp
    resettable: bool
    def __init__(self, build_id: _Optional[str] = ..., binary_checksum: _Optional[str] = ..., run_id: _Optional[str] = ..., first_workflow_task_completed_id: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., resettable: _Optional[bool] = ...) -> None: ...

class NewWorkflowExecutionInfo(_message.Message):
    __slots__ = ("workflow_id", "workflow_type", "task_queue", "input", "workflow_execution_timeout", "workflow_run_timeout", "workflow_task_timeout", "workflow_id_reuse_policy", "retry_policy", "cron_schedule", "memo", "search_attributes", "header", "user_metadata", "versioning_override", "priority")
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_RUN_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_REUSE_POLICY_FIELD_NUMBER: _ClassVar[int]
    RETRY_POLICY_FIELD_NUMBER: _ClassVar[int]
    CRON_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    USER_METADATA_FIELD_NUMBER: _ClassVar[int]
    VERSIONING_OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    workflow_id: str
    workflow_type: _message_pb2_1.WorkflowType
    task_queue: _message_pb2_1_1_1_1.TaskQueue
    input: _message_pb2_1.Payloads
    workflow_execution_timeout: _duration_pb2.Duration
    workflow_run_timeout: _duration_pb2.Duration
    workflow_task_timeout: _duration_pb2.Duration
    workflow_id_reuse_policy: _workflow_pb2.WorkflowIdReusePolicy
    retry_policy: _message_pb2_1.RetryPolicy
    cron_schedule: str
    memo: _message_pb2_1.Memo
    search_attributes: _message_pb2_1.SearchAttributes
    header: _message_pb2_1.Header
    user_metadata: _user_metadata_pb2.UserMetadata
    versioning_override: VersioningOverride
    priority: _message_pb2_1.Priority
    def __init__(self, workflow_id: _Optional[str] = ..., workflow_type: _Optional[_Union[_message_pb2_1.WorkflowType, _Mapping]] = ..., task_queue: _Optional[_Union[_message_pb2_1_1_1_1.TaskQueue, _Mapping]] = ..., input: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., workflow_execution_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_run_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_task_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_id_reuse_policy: _Optional[_Union[_workflow_pb2.WorkflowIdReusePolicy, str]] = ..., retry_policy: _Optional[_Union[_message_pb2_1.RetryPolicy, _Mapping]] = ..., cron_schedule: _Optional[str] = ..., memo: _Optional[_Union[_message_pb2_1.Memo, _Mapping]] = ..., search_attributes: _Optional[_Union[_message_pb2_1.SearchAttributes, _Mapping]] = ..., header: _Optional[_Union[_message_pb2_1.Header, _Mapping]] = ..., user_metadata: _Optional[_Union[_user_metadata_pb2.UserMetadata, _Mapping]] = ..., versioning_override: _Optional[_Union[VersioningOverride, _Mapping]] = ..., priority: _Optional[_Union[_message_pb2_1.Priority, _Mapping]] = ...) -> None: ...

class CallbackInfo(_message.Message):
    __slots__ = ("callback", "trigger", "registration_time", "state", "attempt", "last_attempt_complete_time", "last_attempt_failure", "next_attempt_schedule_time", "blocked_reason")
    class WorkflowClosed(_message.Message):
        __slots__ = ()
        def __init__(self) -> None: ...
    class UpdateWorkflowExecutionCompleted(_message.Message):
        __slots__ = ("update_id",)
        UPDATE_ID_FIELD_NUMBER: _ClassVar[int]
        update_id: str
        def __init__(self, update_id: _Optional[str] = ...) -> None: ...
    class Trigger(_message.Message):
        __slots__ = ("workflow_closed", "update_workflow_execution_completed")
        WORKFLOW_CLOSED_FIELD_NUMBER: _ClassVar[int]
        UPDATE_WORKFLOW_EXECUTION_COMPLETED_FIELD_NUMBER: _ClassVar[int]
        workflow_closed: CallbackInfo.WorkflowClosed
        update_workflow_execution_completed: CallbackInfo.UpdateWorkflowExecutionCompleted
        def __init__(self, workflow_closed: _Optional[_Union[CallbackInfo.WorkflowClosed, _Mapping]] = ..., update_workflow_execution_completed: _Optional[_Union[CallbackInfo.UpdateWorkflowExecutionCompleted, _Mapping]] = ...) -> None: ...
    CALLBACK_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    REGISTRATION_TIME_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_COMPLETE_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_FAILURE_FIELD_NUMBER: _ClassVar[int]
    NEXT_ATTEMPT_SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_REASON_FIELD_NUMBER: _ClassVar[int]
    callback: _message_pb2_1.Callback
    trigger: CallbackInfo.Trigger
    registration_time: _timestamp_pb2.Timestamp
    state: _common_pb2.CallbackState
    attempt: int
    last_attempt_complete_time: _timestamp_pb2.Timestamp
    last_attempt_failure: _message_pb2_1_1_1.Failure
    next_attempt_schedule_time: _timestamp_pb2.Timestamp
    blocked_reason: str
    def __init__(self, callback: _Optional[_Union[_message_pb2_1.Callback, _Mapping]] = ..., trigger: _Optional[_Union[CallbackInfo.Trigger, _Mapping]] = ..., registration_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., state: _Optional[_Union[_common_pb2.CallbackState, str]] = ..., attempt: _Optional[int] = ..., last_attempt_complete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_attempt_failure: _Optional[_Union[_message_pb2_1_1_1.Failure, _Mapping]] = ..., next_attempt_schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., blocked_reason: _Optional[str] = ...) -> None: ...

class PendingNexusOperationInfo(_message.Message):
    __slots__ = ("endpoint", "service", "operation", "operation_id", "schedule_to_close_timeout", "scheduled_time", "state", "attempt", "last_attempt_complete_time", "last_attempt_failure", "next_attempt_schedule_time", "cancellation_info", "scheduled_event_id", "blocked_reason", "operation_token", "schedule_to_start_timeout", "start_to_close_timeout")
    ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_TIME_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_COMPLETE_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_FAILURE_FIELD_NUMBER: _ClassVar[int]
    NEXT_ATTEMPT_SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    CANCELLATION_INFO_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_REASON_FIELD_NUMBER: _ClassVar[int]
    OPERATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_START_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    START_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    endpoint: str
    service: str
    operation: str
    operation_id: str
    schedule_to_close_timeout: _duration_pb2.Duration
    scheduled_time: _timestamp_pb2.Timestamp
    state: _common_pb2.PendingNexusOperationState
    attempt: int
    last_attempt_complete_time: _timestamp_pb2.Timestamp
    last_attempt_failure: _message_pb2_1_1_1.Failure
    next_attempt_schedule_time: _timestamp_pb2.Timestamp
    cancellation_info: NexusOperationCancellationInfo
    scheduled_event_id: int
    blocked_reason: str
    operation_token: str
    schedule_to_start_timeout: _duration_pb2.Duration
    start_to_close_timeout: _duration_pb2.Duration
    def __init__(self, endpoint: _Optional[str] = ..., service: _Optional[str] = ..., operation: _Optional[str] = ..., operation_id: _Optional[str] = ..., schedule_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., scheduled_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., state: _Optional[_Union[_common_pb2.PendingNexusOperationState, str]] = ..., attempt: _Optional[int] = ..., last_attempt_complete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_attempt_failure: _Optional[_Union[_message_pb2_1_1_1.Failure, _Mapping]] = ..., next_attempt_schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cancellation_info: _Optional[_Union[NexusOperationCancellationInfo, _Mapping]] = ..., scheduled_event_id: _Optional[int] = ..., blocked_reason: _Optional[str] = ..., operation_token: _Optional[str] = ..., schedule_to_start_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., start_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class NexusOperationCancellationInfo(_message.Message):
    __slots__ = ("requested_time", "state", "attempt", "last_attempt_complete_time", "last_attempt_failure", "next_attempt_schedule_time", "blocked_reason")
    REQUESTED_TIME_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_COMPLETE_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_FAILURE_FIELD_NUMBER: _ClassVar[int]
    NEXT_ATTEMPT_SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_REASON_FIELD_NUMBER: _ClassVar[int]
    requested_time: _timestamp_pb2.Timestamp
    state: _common_pb2.NexusOperationCancellationState
    attempt: int
    last_attempt_complete_time: _timestamp_pb2.Timestamp
    last_attempt_failure: _message_pb2_1_1_1.Failure
    next_attempt_schedule_time: _timestamp_pb2.Timestamp
    blocked_reason: str
    def __init__(self, requested_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., state: _Optional[_Union[_common_pb2.NexusOperationCancellationState, str]] = ..., attempt: _Optional[int] = ..., last_attempt_complete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_attempt_failure: _Optional[_Union[_message_pb2_1_1_1.Failure, _Mapping]] = ..., next_attempt_schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., blocked_reason: _Optional[str] = ...) -> None: ...

class WorkflowExecutionOptions(_message.Message):
    __slots__ = ("versioning_override", "priority", "time_skipping_config")
    VERSIONING_OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    TIME_SKIPPING_CONFIG_FIELD_NUMBER: _ClassVar[int]
    versioning_override: VersioningOverride
    priority: _message_pb2_1.Priority
    time_skipping_config: _message_pb2_1.TimeSkippingConfig
    def __init__(self, versioning_override: _Optional[_Union[VersioningOverride, _Mapping]] = ..., priority: _Optional[_Union[_message_pb2_1.Priority, _Mapping]] = ..., time_skipping_config: _Optional[_Union[_message_pb2_1.TimeSkippingConfig, _Mapping]] = ...) -> None: ...

class VersioningOverride(_message.Message):
    __slots__ = ("pinned", "auto_upgrade", "one_time", "behavior", "deployment", "pinned_version")
    class PinnedOverrideBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        PINNED_OVERRIDE_BEHAVIOR_UNSPECIFIED: _ClassVar[VersioningOverride.PinnedOverrideBehavior]
        PINNED_OVERRIDE_BEHAVIOR_PINNED: _ClassVar[VersioningOverride.PinnedOverrideBehavior]
    PINNED_OVERRIDE_BEHAVIOR_UNSPECIFIED: VersioningOverride.PinnedOverrideBehavior
    PINNED_OVERRIDE_BEHAVIOR_PINNED: VersioningOverride.PinnedOverrideBehavior
    class PinnedOverride(_message.Message):
        __slots__ = ("behavior", "version")
        BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
        VERSION_FIELD_NUMBER: _ClassVar[int]
        behavior: VersioningOverride.PinnedOverrideBehavior
        version: _message_pb2_1_1.WorkerDeploymentVersion
        def __init__(self, behavior: _Optional[_Union[VersioningOverride.PinnedOverrideBehavior, str]] = ..., version: _Optional[_Union[_message_pb2_1_1.WorkerDeploymentVersion, _Mapping]] = ...) -> None: ...
    class OneTimeOverride(_message.Message):
        __slots__ = ("target_deployment_version",)
        TARGET_DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
        target_deployment_version: _message_pb2_1_1.WorkerDeploymentVersion
        def __init__(self, target_deployment_version: _Optional[_Union[_message_pb2_1_1.WorkerDeploymentVersion, _Mapping]] = ...) -> None: ...
    PINNED_FIELD_NUMBER: _ClassVar[int]
    AUTO_UPGRADE_FIELD_NUMBER: _ClassVar[int]
    ONE_TIME_FIELD_NUMBER: _ClassVar[int]
    BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_FIELD_NUMBER: _ClassVar[int]
    PINNED_VERSION_FIELD_NUMBER: _ClassVar[int]
    pinned: VersioningOverride.PinnedOverride
    auto_upgrade: bool
    one_time: VersioningOverride.OneTimeOverride
    behavior: _workflow_pb2.VersioningBehavior
    deployment: _message_pb2_1_1.Deployment
    pinned_version: str
    def __init__(self, pinned: _Optional[_Union[VersioningOverride.PinnedOverride, _Mapping]] = ..., auto_upgrade: _Optional[bool] = ..., one_time: _Optional[_Union[VersioningOverride.OneTimeOverride, _Mapping]] = ..., behavior: _Optional[_Union[_workflow_pb2.VersioningBehavior, str]] = ..., deployment: _Optional[_Union[_message_pb2_1_1.Deployment, _Mapping]] = ..., pinned_version: _Optional[str] = ...) -> None: ...

class OnConflictOptions(_message.Message):
    __slots__ = ("attach_request_id", "attach_completion_callbacks", "attach_links")
    ATTACH_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ATTACH_COMPLETION_CALLBACKS_FIELD_NUMBER: _ClassVar[int]
    ATTACH_LINKS_FIELD_NUMBER: _ClassVar[int]
    attach_request_id: bool
    attach_completion_callbacks: bool
    attach_links: bool
    def __init__(self, attach_request_id: _Optional[bool] = ..., attach_completion_callbacks: _Optional[bool] = ..., attach_links: _Optional[bool] = ...) -> None: ...

class RequestIdInfo(_message.Message):
    __slots__ = ("event_type", "event_id", "buffered")
    EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    BUFFERED_FIELD_NUMBER: _ClassVar[int]
    event_type: _event_type_pb2.EventType
    event_id: int
    buffered: bool
    def __init__(self, event_type: _Optional[_Union[_event_type_pb2.EventType, str]] = ..., event_id: _Optional[int] = ..., buffered: _Optional[bool] = ...) -> None: ...

class PostResetOperation(_message.Message):
    __slots__ = ("signal_workflow", "update_workflow_options")
    class SignalWorkflow(_message.Message):
        __slots__ = ("signal_name", "input", "header", "links")
        SIGNAL_NAME_FIELD_NUMBER: _ClassVar[int]
        INPUT_FIELD_NUMBER: _ClassVar[int]
        HEADER_FIELD_NUMBER: _ClassVar[int]
        LINKS_FIELD_NUMBER: _ClassVar[int]
        signal_name: str
        input: _message_pb2_1.Payloads
        header: _message_pb2_1.Header
        links: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Link]
        def __init__(self, signal_name: _Optional[str] = ..., input: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., header: _Optional[_Union[_message_pb2_1.Header, _Mapping]] = ..., links: _Optional[_Iterable[_Union[_message_pb2_1.Link, _Mapping]]] = ...) -> None: ...
    class UpdateWorkflowOptions(_message.Message):
        __slots__ = ("workflow_execution_options", "update_mask")
        WORKFLOW_EXECUTION_OPTIONS_FIELD_NUMBER: _ClassVar[int]
        UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
        workflow_execution_options: WorkflowExecutionOptions
        update_mask: _field_mask_pb2.FieldMask
        def __init__(self, workflow_execution_options: _Optional[_Union[WorkflowExecutionOptions, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...
    SIGNAL_WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    UPDATE_WORKFLOW_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    signal_workflow: PostResetOperation.SignalWorkflow
    update_workflow_options: PostResetOperation.UpdateWorkflowOptions
    def __init__(self, signal_workflow: _Optional[_Union[PostResetOperation.SignalWorkflow, _Mapping]] = ..., update_workflow_options: _Optional[_Union[PostResetOperation.UpdateWorkflowOptions, _Mapping]] = ...) -> None: ...

class WorkflowExecutionPauseInfo(_message.Message):
    __slots__ = ("identity", "paused_time", "reason")
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    PAUSED_TIME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    identity: str
    paused_time: _timestamp_pb2.Timestamp
    reason: str
    def __init__(self, identity: _Optional[str] = ..., paused_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reason: _Optional[str] = ...) -> None: ...
