import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from temporalio.api.common.v1 import message_pb2 as _message_pb2
from temporalio.api.deployment.v1 import message_pb2 as _message_pb2_1
from temporalio.api.enums.v1 import activity_pb2 as _activity_pb2
from temporalio.api.callback.v1 import message_pb2 as _message_pb2_1_1
from temporalio.api.enums.v1 import workflow_pb2 as _workflow_pb2
from temporalio.api.failure.v1 import message_pb2 as _message_pb2_1_1_1
from temporalio.api.taskqueue.v1 import message_pb2 as _message_pb2_1_1_1_1
from temporalio.api.sdk.v1 import user_metadata_pb2 as _user_metadata_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ActivityExecutionOutcome(_message.Message):
    __slots__ = ("result", "failure", "retry_state")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    RETRY_STATE_FIELD_NUMBER: _ClassVar[int]
    result: _message_pb2.Payloads
    failure: _message_pb2_1_1_1.Failure
    retry_state: _workflow_pb2.RetryState
    def __init__(self, result: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., failure: _Optional[_Union[_message_pb2_1_1_1.Failure, _Mapping]] = ..., retry_state: _Optional[_Union[_workflow_pb2.RetryState, str]] = ...) -> None: ...

class ActivityOptions(_message.Message):
    __slots__ = ("task_queue", "schedule_to_close_timeout", "schedule_to_start_timeout", "start_to_close_timeout", "heartbeat_timeout", "retry_policy", "priority", "start_delay")
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_START_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    START_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    RETRY_POLICY_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    START_DELAY_FIELD_NUMBER: _ClassVar[int]
    task_queue: _message_pb2_1_1_1_1.TaskQueue
    schedule_to_close_timeout: _duration_pb2.Duration
    schedule_to_start_timeout: _duration_pb2.Duration
    start_to_close_timeout: _duration_pb2.Duration
    heartbeat_timeout: _duration_pb2.Duration
    retry_policy: _message_pb2.RetryPolicy
    priority: _message_pb2.Priority
    start_delay: _duration_pb2.Duration
    def __init__(self, task_queue: _Optional[_Union[_message_pb2_1_1_1_1.TaskQueue, _Mapping]] = ..., schedule_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., schedule_to_start_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., start_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., heartbeat_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., retry_policy: _Optional[_Union[_message_pb2.RetryPolicy, _Mapping]] = ..., priority: _Optional[_Union[_message_pb2.Priority, _Mapping]] = ..., start_delay: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class ActivityExecutionInfo(_message.Message):
    __slots__ = ("activity_id", "run_id", "activity_type", "status", "run_state", "task_queue", "schedule_to_close_timeout", "schedule_to_start_timeout", "start_to_close_timeout", "heartbeat_timeout", "retry_policy", "heartbeat_details", "last_heartbeat_time", "last_started_time", "attempt", "execution_duration", "schedule_time", "expiration_time", "close_time", "last_failure", "last_worker_identity", "current_retry_interval", "last_attempt_complete_time", "next_attempt_schedule_time", "last_deployment_version", "priority", "state_transition_count", "state_size_bytes", "search_attributes", "header", "user_metadata", "canceled_reason", "links", "total_heartbeat_count", "sdk_name", "sdk_version", "start_delay", "execution_time")
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    RUN_STATE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_START_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    START_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    RETRY_POLICY_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_DETAILS_FIELD_NUMBER: _ClassVar[int]
    LAST_HEARTBEAT_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_STARTED_TIME_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_DURATION_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRATION_TIME_FIELD_NUMBER: _ClassVar[int]
    CLOSE_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_FAILURE_FIELD_NUMBER: _ClassVar[int]
    LAST_WORKER_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    CURRENT_RETRY_INTERVAL_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_COMPLETE_TIME_FIELD_NUMBER: _ClassVar[int]
    NEXT_ATTEMPT_SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    STATE_TRANSITION_COUNT_FIELD_NUMBER: _ClassVar[int]
    STATE_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    USER_METADATA_FIELD_NUMBER: _ClassVar[int]
    CANCELED_REASON_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_HEARTBEAT_COUNT_FIELD_NUMBER: _ClassVar[int]
    SDK_NAME_FIELD_NUMBER: _ClassVar[int]
    SDK_VERSION_FIELD_NUMBER: _ClassVar[int]
    START_DELAY_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_TIME_FIELD_NUMBER: _ClassVar[int]
    activity_id: str
    run_id: str
    activity_type: _message_pb2.ActivityType
    status: _activity_pb2.ActivityExecutionStatus
    run_state: _workflow_pb2.PendingActivityState
    task_queue: str
    schedule_to_close_timeout: _duration_pb2.Duration
    schedule_to_start_timeout: _duration_pb2.Duration
    start_to_close_timeout: _duration_pb2.Duration
    heartbeat_timeout: _duration_pb2.Duration
    retry_policy: _message_pb2.RetryPolicy
    heartbeat_details: _message_pb2.Payloads
    last_heartbeat_time: _timestamp_pb2.Timestamp
    last_started_time: _timestamp_pb2.Timestamp
    attempt: int
    execution_duration: _duration_pb2.Duration
    schedule_time: _timestamp_pb2.Timestamp
    expiration_time: _timestamp_pb2.Timestamp
    close_time: _timestamp_pb2.Timestamp
    last_failure: _message_pb2_1_1_1.Failure
    last_worker_identity: str
    current_retry_interval: _duration_pb2.Duration
    last_attempt_complete_time: _timestamp_pb2.Timestamp
    next_attempt_schedule_time: _timestamp_pb2.Timestamp
    last_deployment_version: _message_pb2_1.WorkerDeploymentVersion
    priority: _message_pb2.Priority
    state_transition_count: int
    state_size_bytes: int
    search_attributes: _message_pb2.SearchAttributes
    header: _message_pb2.Header
    user_metadata: _user_metadata_pb2.UserMetadata
    canceled_reason: str
    links: _containers.RepeatedCompositeFieldContainer[_message_pb2.Link]
    total_heartbeat_count: int
    sdk_name: str
    sdk_version: str
    start_delay: _duration_pb2.Duration
    execution_time: _timestamp_pb2.Timestamp
    def __init__(self, activity_id: _Optional[str] = ..., run_id: _Optional[str] = ..., activity_type: _Optional[_Union[_message_pb2.ActivityType, _Mapping]] = ..., status: _Optional[_Union[_activity_pb2.ActivityExecutionStatus, str]] = ..., run_state: _Optional[_Union[_workflow_pb2.PendingActivityState, str]] = ..., task_queue: _Optional[str] = ..., schedule_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., schedule_to_start_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., start_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., heartbeat_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., retry_policy: _Optional[_Union[_message_pb2.RetryPolicy, _Mapping]] = ..., heartbeat_details: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., last_heartbeat_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_started_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., attempt: _Optional[int] = ..., execution_duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expiration_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., close_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_failure: _Optional[_Union[_message_pb2_1_1_1.Failure, _Mapping]] = ..., last_worker_identity: _Optional[str] = ..., current_retry_interval: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., last_attempt_complete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., next_attempt_schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_deployment_version: _Optional[_Union[_message_pb2_1.WorkerDeploymentVersion, _Mapping]] = ..., priority: _Optional[_Union[_message_pb2.Priority, _Mapping]] = ..., state_transition_count: _Optional[int] = ..., state_size_bytes: _Optional[int] = ..., search_attributes: _Optional[_Union[_message_pb2.SearchAttributes, _Mapping]] = ..., header: _Optional[_Union[_message_pb2.Header, _Mapping]] = ..., user_metadata: _Optional[_Union[_user_metadata_pb2.UserMetadata, _Mapping]] = ..., canceled_reason: _Optional[str] = ..., links: _Optional[_Iterable[_Union[_message_pb2.Link, _Mapping]]] = ..., total_heartbeat_count: _Optional[int] = ..., sdk_name: _Optional[str] = ..., sdk_version: _Optional[str] = ..., start_delay: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., execution_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ActivityExecutionListInfo(_message.Message):
    __slots__ = ("activity_id", "run_id", "activity_type", "schedule_time", "close_time", "status", "search_attributes", "task_queue", "state_transition_count", "state_size_bytes", "execution_duration", "execution_time")
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    CLOSE_TIME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    STATE_TRANSITION_COUNT_FIELD_NUMBER: _ClassVar[int]
    STATE_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_DURATION_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_TIME_FIELD_NUMBER: _ClassVar[int]
    activity_id: str
    run_id: str
    activity_type: _message_pb2.ActivityType
    schedule_time: _timestamp_pb2.Timestamp
    close_time: _timestamp_pb2.Timestamp
    status: _activity_pb2.ActivityExecutionStatus
    search_attributes: _message_pb2.SearchAttributes
    task_queue: str
    state_transition_count: int
    state_size_bytes: int
    execution_duration: _duration_pb2.Duration
    execution_time: _timestamp_pb2.Timestamp
    def __init__(self, activity_id: _Optional[str] = ..., run_id: _Optional[str] = ..., activity_type: _Optional[_Union[_message_pb2.ActivityType, _Mapping]] = ..., schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., close_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., status: _Optional[_Union[_activity_pb2.ActivityExecutionStatus, str]] = ..., search_attributes: _Optional[_Union[_message_pb2.SearchAttributes, _Mapping]] = ..., task_queue: _Optional[str] = ..., state_transition_count: _Optional[int] = ..., state_size_bytes: _Optional[int] = ..., execution_duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., execution_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CallbackInfo(_message.Message):
    __slots__ = ("trigger", "info")
    class ActivityClosed(_message.Message):
        __slots__ = ()
        def __init__(self) -> None: ...
    class Trigger(_message.Message):
        __slots__ = ("activity_closed",)
        ACTIVITY_CLOSED_FIELD_NUMBER: _ClassVar[int]
        activity_closed: CallbackInfo.ActivityClosed
        def __init__(self, activity_closed: _Optional[_Union[CallbackInfo.ActivityClosed, _Mapping]] = ...) -> None: ...
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    trigger: CallbackInfo.Trigger
    info: _message_pb2_1_1.CallbackInfo
    def __init__(self, trigger: _Optional[_Union[CallbackInfo.Trigger, _Mapping]] = ..., info: _Optional[_Union[_message_pb2_1_1.CallbackInfo, _Mapping]] = ...) -> None: ...
