import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf import wrappers_pb2 as _wrappers_pb2
from temporalio.api.enums.v1 import task_queue_pb2 as _task_queue_pb2
from temporalio.api.common.v1 import message_pb2 as _message_pb2
from temporalio.api.deployment.v1 import message_pb2 as _message_pb2_1
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TaskQueue(_message.Message):
    __slots__ = ("name", "kind", "normal_name")
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    NORMAL_NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: _task_queue_pb2.TaskQueueKind
    normal_name: str
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[_Union[_task_queue_pb2.TaskQueueKind, str]] = ..., normal_name: _Optional[str] = ...) -> None: ...

class TaskQueueMetadata(_message.Message):
    __slots__ = ("max_tasks_per_second",)
    MAX_TASKS_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    max_tasks_per_second: _wrappers_pb2.DoubleValue
    def __init__(self, max_tasks_per_second: _Optional[_Union[_wrappers_pb2.DoubleValue, _Mapping]] = ...) -> None: ...

class TaskQueueVersioningInfo(_message.Message):
    __slots__ = ("current_deployment_version", "current_version", "ramping_deployment_version", "ramping_version", "ramping_version_percentage", "update_time")
    CURRENT_DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    CURRENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    RAMPING_DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    RAMPING_VERSION_FIELD_NUMBER: _ClassVar[int]
    RAMPING_VERSION_PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    current_deployment_version: _message_pb2_1.WorkerDeploymentVersion
    current_version: str
    ramping_deployment_version: _message_pb2_1.WorkerDeploymentVersion
    ramping_version: str
    ramping_version_percentage: float
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, current_deployment_version: _Optional[_Union[_message_pb2_1.WorkerDeploymentVersion, _Mapping]] = ..., current_version: _Optional[str] = ..., ramping_deployment_version: _Optional[_Union[_message_pb2_1.WorkerDeploymentVersion, _Mapping]] = ..., ramping_version: _Optional[str] = ..., ramping_version_percentage: _Optional[float] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class TaskQueueVersionSelection(_message.Message):
    __slots__ = ("build_ids", "unversioned", "all_active")
    BUILD_IDS_FIELD_NUMBER: _ClassVar[int]
    UNVERSIONED_FIELD_NUMBER: _ClassVar[int]
    ALL_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    build_ids: _containers.RepeatedScalarFieldContainer[str]
    unversioned: bool
    all_active: bool
    def __init__(self, build_ids: _Optional[_Iterable[str]] = ..., unversioned: _Optional[bool] = ..., all_active: _Optional[bool] = ...) -> None: ...

class TaskQueueVersionInfo(_message.Message):
    __slots__ = ("types_info", "task_reachability")
    class TypesInfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: TaskQueueTypeInfo
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[TaskQueueTypeInfo, _Mapping]] = ...) -> None: ...
    TYPES_INFO_FIELD_NUMBER: _ClassVar[int]
    TASK_REACHABILITY_FIELD_NUMBER: _ClassVar[int]
    types_info: _containers.MessageMap[int, TaskQueueTypeInfo]
    task_reachability: _task_queue_pb2.BuildIdTaskReachability
    def __init__(self, types_info: _Optional[_Mapping[int, TaskQueueTypeInfo]] = ..., task_reachability: _Optional[_Union[_task_queue_pb2.BuildIdTaskReachability, str]] = ...) -> None: ...

class TaskQueueTypeInfo(_message.Message):
    __slots__ = ("pollers", "stats")
    POLLERS_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    pollers: _containers.RepeatedCompositeFieldContainer[PollerInfo]
    stats: TaskQueueStats
    def __init__(self, pollers: _Optional[_Iterable[_Union[PollerInfo, _Mapping]]] = ..., stats: _Optional[_Union[TaskQueueStats, _Mapping]] = ...) -> None: ...

class TaskQueueStats(_message.Message):
    __slots__ = ("approximate_backlog_count", "approximate_backlog_age", "tasks_add_rate", "tasks_dispatch_rate", "rate_limiting_active")
    APPROXIMATE_BACKLOG_COUNT_FIELD_NUMBER: _ClassVar[int]
    APPROXIMATE_BACKLOG_AGE_FIELD_NUMBER: _ClassVar[int]
    TASKS_ADD_RATE_FIELD_NUMBER: _ClassVar[int]
    TASKS_DISPATCH_RATE_FIELD_NUMBER: _ClassVar[int]
    RATE_LIMITING_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    approximate_backlog_count: int
    approximate_backlog_age: _duration_pb2.Duration
    tasks_add_rate: float
    tasks_dispatch_rate: float
    rate_limiting_active: bool
    def __init__(self, approximate_backlog_count: _Optional[int] = ..., approximate_backlog_age: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., tasks_add_rate: _Optional[float] = ..., tasks_dispatch_rate: _Optional[float] = ..., rate_limiting_active: _Optional[bool] = ...) -> None: ...

class TaskQueueStatus(_message.Message):
    __slots__ = ("backlog_count_hint", "read_level", "ack_level", "rate_per_second", "task_id_block")
    BACKLOG_COUNT_HINT_FIELD_NUMBER: _ClassVar[int]
    READ_LEVEL_FIELD_NUMBER: _ClassVar[int]
    ACK_LEVEL_FIELD_NUMBER: _ClassVar[int]
    RATE_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    TASK_ID_BLOCK_FIELD_NUMBER: _ClassVar[int]
    backlog_count_hint: int
    read_level: int
    ack_level: int
    rate_per_second: float
    task_id_block: TaskIdBlock
    def __init__(self, backlog_count_hint: _Optional[int] = ..., read_level: _Optional[int] = ..., ack_level: _Optional[int] = ..., rate_per_second: _Optional[float] = ..., task_id_block: _Optional[_Union[TaskIdBlock, _Mapping]] = ...) -> None: ...

class TaskIdBlock(_message.Message):
    __slots__ = ("start_id", "end_id")
    START_ID_FIELD_NUMBER: _ClassVar[int]
    END_ID_FIELD_NUMBER: _ClassVar[int]
    start_id: int
    end_id: int
    def __init__(self, start_id: _Optional[int] = ..., end_id: _Optional[int] = ...) -> None: ...

class TaskQueuePartitionMetadata(_message.Message):
    __slots__ = ("key", "owner_host_name")
    KEY_FIELD_NUMBER: _ClassVar[int]
    OWNER_HOST_NAME_FIELD_NUMBER: _ClassVar[int]
    key: str
    owner_host_name: str
    def __init__(self, key: _Optional[str] = ..., owner_host_name: _Optional[str] = ...) -> None: ...

class PollerInfo(_message.Message):
    __slots__ = ("last_access_time", "identity", "rate_per_second", "worker_version_capabilities", "deployment_options")
    LAST_ACCESS_TIME_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    RATE_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_CAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    last_access_time: _timestamp_pb2.Timestamp
    identity: str
    rate_per_second: float
    worker_version_capabilities: _message_pb2.WorkerVersionCapabilities
    deployment_options: _message_pb2_1.WorkerDeploymentOptions
    def __init__(self, last_access_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., identity: _Optional[str] = ..., rate_per_second: _Optional[float] = ..., worker_version_capabilities: _Optional[_Union[_message_pb2.WorkerVersionCapabilities, _Mapping]] = ..., deployment_options: _Optional[_Union[_message_pb2_1.WorkerDeploymentOptions, _Mapping]] = ...) -> None: ...

class StickyExecutionAttributes(_message.Message):
    __slots__ = ("worker_task_queue", "schedule_to_start_timeout")
    WORKER_TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_START_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    worker_task_queue: TaskQueue
    schedule_to_start_timeout: _duration_pb2.Duration
    def __init__(self, worker_task_queue: _Optional[_Union[TaskQueue, _Mapping]] = ..., schedule_to_start_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class CompatibleVersionSet(_message.Message):
    __slots__ = ("build_ids",)
    BUILD_IDS_FIELD_NUMBER: _ClassVar[int]
    build_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, build_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class TaskQueueReachability(_message.Message):
    __slots__ = ("task_queue", "reachability")
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    REACHABILITY_FIELD_NUMBER: _ClassVar[int]
    task_queue: str
    reachability: _containers.RepeatedScalarFieldContainer[_task_queue_pb2.TaskReachability]
    def __init__(self, task_queue: _Optional[str] = ..., reachability: _Optional[_Iterable[_Union[_task_queue_pb2.TaskReachability, str]]] = ...) -> None: ...

class BuildIdReachability(_message.Message):
    __slots__ = ("build_id", "task_queue_reachability")
    BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_REACHABILITY_FIELD_NUMBER: _ClassVar[int]
    build_id: str
    task_queue_reachability: _containers.RepeatedCompositeFieldContainer[TaskQueueReachability]
    def __init__(self, build_id: _Optional[str] = ..., task_queue_reachability: _Optional[_Iterable[_Union[TaskQueueReachability, _Mapping]]] = ...) -> None: ...

class RampByPercentage(_message.Message):
    __slots__ = ("ramp_percentage",)
    RAMP_PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    ramp_percentage: float
    def __init__(self, ramp_percentage: _Optional[float] = ...) -> None: ...

class BuildIdAssignmentRule(_message.Message):
    __slots__ = ("target_build_id", "percentage_ramp")
    TARGET_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    PERCENTAGE_RAMP_FIELD_NUMBER: _ClassVar[int]
    target_build_id: str
    percentage_ramp: RampByPercentage
    def __init__(self, target_build_id: _Optional[str] = ..., percentage_ramp: _Optional[_Union[RampByPercentage, _Mapping]] = ...) -> None: ...

class CompatibleBuildIdRedirectRule(_message.Message):
    __slots__ = ("source_build_id", "target_build_id")
    SOURCE_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    source_build_id: str
    target_build_id: str
    def __init__(self, source_build_id: _Optional[str] = ..., target_build_id: _Optional[str] = ...) -> None: ...

class TimestampedBuildIdAssignmentRule(_message.Message):
    __slots__ = ("rule", "create_time")
    RULE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    rule: BuildIdAssignmentRule
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, rule: _Optional[_Union[BuildIdAssignmentRule, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class TimestampedCompatibleBuildIdRedirectRule(_message.Message):
    __slots__ = ("rule", "create_time")
    RULE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    rule: CompatibleBuildIdRedirectRule
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, rule: _Optional[_Union[CompatibleBuildIdRedirectRule, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PollerGroupInfo(_message.Message):
    __slots__ = ("id", "weight")
    ID_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    id: str
    weight: float
    def __init__(self, id: _Optional[str] = ..., weight: _Optional[float] = ...) -> None: ...

class PollerGroupsInfo(_message.Message):
    __slots__ = ("version", "poller_groups")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUPS_FIELD_NUMBER: _ClassVar[int]
    version: int
    poller_groups: _containers.RepeatedCompositeFieldContainer[PollerGroupInfo]
    def __init__(self, version: _Optional[int] = ..., poller_groups: _Optional[_Iterable[_Union[PollerGroupInfo, _Mapping]]] = ...) -> None: ...

class PollerScalingDecision(_message.Message):
    __slots__ = ("poll_request_delta_suggestion",)
    POLL_REQUEST_DELTA_SUGGESTION_FIELD_NUMBER: _ClassVar[int]
    poll_request_delta_suggestion: int
    def __init__(self, poll_request_delta_suggestion: _Optional[int] = ...) -> None: ...

class RateLimit(_message.Message):
    __slots__ = ("requests_per_second",)
    REQUESTS_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    requests_per_second: float
    def __init__(self, requests_per_second: _Optional[float] = ...) -> None: ...

class ConfigMetadata(_message.Message):
    __slots__ = ("reason", "update_identity", "update_time")
    REASON_FIELD_NUMBER: _ClassVar[int]
    UPDATE_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    reason: str
    update_identity: str
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, reason: _Optional[str] = ..., update_identity: _Optional[str] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RateLimitConfig(_message.Message):
    __slots__ = ("rate_limit", "metadata")
    RATE_LIMIT_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    rate_limit: RateLimit
    metadata: ConfigMetadata
    def __init__(self, rate_limit: _Optional[_Union[RateLimit, _Mapping]] = ..., metadata: _Optional[_Union[ConfigMetadata, _Mapping]] = ...) -> None: ...

class TaskQueueConfig(_message.Message):
    __slots__ = ("queue_rate_limit", "fairness_keys_rate_limit_default", "fairness_weight_overrides")
    class FairnessWeightOverridesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: float
        def __init__(self, key: _Optional[str] = ..., value: _Optional[float] = ...) -> None: ...
    QUEUE_RATE_LIMIT_FIELD_NUMBER: _ClassVar[int]
    FAIRNESS_KEYS_RATE_LIMIT_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    FAIRNESS_WEIGHT_OVERRIDES_FIELD_NUMBER: _ClassVar[int]
    queue_rate_limit: RateLimitConfig
    fairness_keys_rate_limit_default: RateLimitConfig
    fairness_weight_overrides: _containers.ScalarMap[str, float]
    def __init__(self, queue_rate_limit: _Optional[_Union[RateLimitConfig, _Mapping]] = ..., fairness_keys_rate_limit_default: _Optional[_Union[RateLimitConfig, _Mapping]] = ..., fairness_weight_overrides: _Optional[_Mapping[str, float]] = ...) -> None: ...
