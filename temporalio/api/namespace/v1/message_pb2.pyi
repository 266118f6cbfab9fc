import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from temporalio.api.enums.v1 import namespace_pb2 as _namespace_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class NamespaceInfo(_message.Message):
    __slots__ = ("name", "state", "description", "owner_email", "data", "id", "capabilities", "limits", "supports_schedules")
    class DataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class Capabilities(_message.Message):
        __slots__ = ("eager_workflow_start", "sync_update", "async_update", "worker_heartbeats", "reported_problems_search_attribute", "workflow_pause", "standalone_activities", "worker_poll_complete_on_shutdown", "poller_autoscaling", "worker_commands", "standalone_nexus_operation", "workflow_update_callbacks", "poller_autoscaling_auto_enroll", "workflow_task_completion_pagination", "standalone_activity_start_delay", "standalone_activity_batch_operations", "standalone_activity_operator_commands")
        EAGER_WORKFLOW_START_FIELD_NUMBER: _ClassVar[int]
        SYNC_UPDATE_FIELD_NUMBER: _ClassVar[int]
        ASYNC_UPDATE_FIELD_NUMBER: _ClassVar[int]
        WORKER_HEARTBEATS_FIELD_NUMBER: _ClassVar[int]
        REPORTED_PROBLEMS_SEARCH_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
        WORKFLOW_PAUSE_FIELD_NUMBER: _ClassVar[int]
        STANDALONE_ACTIVITIES_FIELD_NUMBER: _ClassVar[int]
        WORKER_POLL_COMPLETE_ON_SHUTDOWN_FIELD_NUMBER: _ClassVar[int]
        POLLER_AUTOSCALING_FIELD_NUMBER: _ClassVar[int]
        WORKER_COMMANDS_FIELD_NUMBER: _ClassVar[int]
        STANDALONE_NEXUS_OPERATION_FIELD_NUMBER: _ClassVar[int]
        WORKFLOW_UPDATE_CALLBACKS_FIELD_NUMBER: _ClassVar[int]
        POLLER_AUTOSCALING_AUTO_ENROLL_FIELD_NUMBER: _ClassVar[int]
        WORKFLOW_TASK_COMPLETION_PAGINATION_FIELD_NUMBER: _ClassVar[int]
        STANDALONE_ACTIVITY_START_DELAY_FIELD_NUMBER: _ClassVar[int]
        STANDALONE_ACTIVITY_BATCH_OPERATIONS_FIELD_NUMBER: _ClassVar[int]
        STANDALONE_ACTIVITY_OPERATOR_COMMANDS_FIELD_NUMBER: _ClassVar[int]
        eager_workflow_start: bool
        sync_update: bool
        async_update: bool
        worker_heartbeats: bool
        reported_problems_search_attribute: bool
        workflow_pause: bool
        standalone_activities: bool
        worker_poll_complete_on_shutdown: bool
        poller_autoscaling: bool
        worker_commands: bool
        standalone_nexus_operation: bool
        workflow_update_callbacks: bool
        poller_autoscaling_auto_enroll: bool
        workflow_task_completion_pagination: bool
        standalone_activity_start_delay: bool
        standalone_activity_batch_operations: bool
        standalone_activity_operator_commands: bool
        def __init__(self, eager_workflow_start: _Optional[bool] = ..., sync_update: _Optional[bool] = ..., async_update: _Optional[bool] = ..., worker_heartbeats: _Optional[bool] = ..., reported_problems_search_attribute: _Optional[bool] = ..., workflow_pause: _Optional[bool] = ..., standalone_activities: _Optional[bool] = ..., worker_poll_complete_on_shutdown: _Optional[bool] = ..., poller_autoscaling: _Optional[bool] = ..., worker_commands: _Optional[bool] = ..., standalone_nexus_operation: _Optional[bool] = ..., workflow_update_callbacks: _Optional[bool] = ..., poller_autoscaling_auto_enroll: _Optional[bool] = ..., workflow_task_completion_pagination: _Optional[bool] = ..., standalone_activity_start_delay: _Optional[bool] = ..., standalone_activity_batch_operations: _Optional[bool] = ..., standalone_activity_operator_commands: _Optional[bool] = ...) -> None: ...
    class Limits(_message.Message):
        __slots__ = ("blob_size_limit_error", "memo_size_limit_error", "workflow_task_completion_size_limit_error")
        BLOB_SIZE_LIMIT_ERROR_FIELD_NUMBER: _ClassVar[int]
        MEMO_SIZE_LIMIT_ERROR_FIELD_NUMBER: _ClassVar[int]
        WORKFLOW_TASK_COMPLETION_SIZE_LIMIT_ERROR_FIELD_NUMBER: _ClassVar[int]
        blob_size_limit_error: int
        memo_size_limit_error: int
        workflow_task_completion_size_limit_error: int
        def __init__(self, blob_size_limit_error: _Optional[int] = ..., memo_size_limit_error: _Optional[int] = ..., workflow_task_completion_size_limit_error: _Optional[int] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OWNER_EMAIL_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    CAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    LIMITS_FIELD_NUMBER: _ClassVar[int]
    SUPPORTS_SCHEDULES_FIELD_NUMBER: _ClassVar[int]
    name: str
    state: _namespace_pb2.NamespaceState
    description: str
    owner_email: str
    data: _containers.ScalarMap[str, str]
    id: str
    capabilities: NamespaceInfo.Capabilities
    limits: NamespaceInfo.Limits
    supports_schedules: bool
    def __init__(self, name: _Optional[str] = ..., state: _Optional[_Union[_namespace_pb2.NamespaceState, str]] = ..., description: _Optional[str] = ..., owner_email: _Optional[str] = ..., data: _Optional[_Mapping[str, str]] = ..., id: _Optional[str] = ..., capabilities: _Optional[_Union[NamespaceInfo.Capabilities, _Mapping]] = ..., limits: _Optional[_Union[NamespaceInfo.Limits, _Mapping]] = ..., supports_schedules: _Optional[bool] = ...) -> None: ...

class NamespaceConfig(_message.Message):
    __slots__ = ("workflow_execution_retention_ttl", "bad_binaries", "history_archival_state", "history_archival_uri", "visibility_archival_state", "visibility_archival_uri", "custom_search_attribute_aliases")
    class CustomSearchAttributeAliasesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    WORKFLOW_EXECUTION_RETENTION_TTL_FIELD_NUMBER: _ClassVar[int]
    BAD_BINARIES_FIELD_NUMBER: _ClassVar[int]
    HISTORY_ARCHIVAL_STATE_FIELD_NUMBER: _ClassVar[int]
    HISTORY_ARCHIVAL_URI_FIELD_NUMBER: _ClassVar[int]
    VISIBILITY_ARCHIVAL_STATE_FIELD_NUMBER: _ClassVar[int]
    VISIBILITY_ARCHIVAL_URI_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_SEARCH_ATTRIBUTE_ALIASES_FIELD_NUMBER: _ClassVar[int]
    workflow_execution_retention_ttl: _duration_pb2.Duration
    bad_binaries: BadBinaries
    history_archival_state: _namespace_pb2.ArchivalState
    history_archival_uri: str
    visibility_archival_state: _namespace_pb2.ArchivalState
    visibility_archival_uri: str
    custom_search_attribute_aliases: _containers.ScalarMap[str, str]
    def __init__(self, workflow_execution_retention_ttl: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., bad_binaries: _Optional[_Union[BadBinaries, _Mapping]] = ..., history_archival_state: _Optional[_Union[_namespace_pb2.ArchivalState, str]] = ..., history_archival_uri: _Optional[str] = ..., visibility_archival_state: _Optional[_Union[_namespace_pb2.ArchivalState, str]] = ..., visibility_archival_uri: _Optional[str] = ..., custom_search_attribute_aliases: _Optional[_Mapping[str, str]] = ...) -> None: ...

class BadBinaries(_message.Message):
    __slots__ = ("binaries",)
    class BinariesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: BadBinaryInfo
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[BadBinaryInfo, _Mapping]] = ...) -> None: ...
    BINARIES_FIELD_NUMBER: _ClassVar[int]
    binaries: _containers.MessageMap[str, BadBinaryInfo]
    def __init__(self, binaries: _Optional[_Mapping[str, BadBinaryInfo]] = ...) -> None: ...

class BadBinaryInfo(_message.Message):
    __slots__ = ("reason", "operator", "create_time")
    REASON_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    reason: str
    operator: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, reason: _Optional[str] = ..., operator: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class UpdateNamespaceInfo(_message.Message):
    __slots__ = ("description", "owner_email", "data", "state")
    class DataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OWNER_EMAIL_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    description: str
    owner_email: str
    data: _containers.ScalarMap[str, str]
    state: _namespace_pb2.NamespaceState
    def __init__(self, description: _Optional[str] = ..., owner_email: _Optional[str] = ..., data: _Optional[_Mapping[str, str]] = ..., state: _Optional[_Union[_namespace_pb2.NamespaceState, str]] = ...) -> None: ...

class NamespaceFilter(_message.Message):
    __slots__ = ("include_deleted",)
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    include_deleted: bool
    def __init__(self, include_deleted: _Optional[bool] = ...) -> None: ...
