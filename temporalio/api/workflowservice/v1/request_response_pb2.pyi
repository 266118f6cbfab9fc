import datetime

from temporalio.api.enums.v1 import batch_operation_pb2 as _batch_operation_pb2
from temporalio.api.enums.v1 import common_pb2 as _common_pb2
from temporalio.api.enums.v1 import workflow_pb2 as _workflow_pb2
from temporalio.api.enums.v1 import namespace_pb2 as _namespace_pb2
from temporalio.api.enums.v1 import failed_cause_pb2 as _failed_cause_pb2
from temporalio.api.enums.v1 import query_pb2 as _query_pb2
from temporalio.api.enums.v1 import reset_pb2 as _reset_pb2
from temporalio.api.enums.v1 import task_queue_pb2 as _task_queue_pb2
from temporalio.api.enums.v1 import deployment_pb2 as _deployment_pb2
from temporalio.api.enums.v1 import update_pb2 as _update_pb2
from temporalio.api.enums.v1 import time_skipping_pb2 as _time_skipping_pb2
from temporalio.api.enums.v1 import activity_pb2 as _activity_pb2
from temporalio.api.enums.v1 import nexus_pb2 as _nexus_pb2
from temporalio.api.activity.v1 import message_pb2 as _message_pb2
from temporalio.api.common.v1 import message_pb2 as _message_pb2_1
from temporalio.api.history.v1 import message_pb2 as _message_pb2_1_1
from temporalio.api.workflow.v1 import message_pb2 as _message_pb2_1_1_1
from temporalio.api.command.v1 import message_pb2 as _message_pb2_1_1_1_1
from temporalio.api.compute.v1 import config_pb2 as _config_pb2
from temporalio.api.deployment.v1 import message_pb2 as _message_pb2_1_1_1_1_1
from temporalio.api.failure.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1
from temporalio.api.filter.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1_1
from temporalio.api.protocol.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1_1_1
from temporalio.api.namespace.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1_1_1_1
from temporalio.api.query.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1_1_1_1_1
from temporalio.api.replication.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1_1_1_1_1_1
from temporalio.api.rules.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1
from temporalio.api.sdk.v1 import worker_config_pb2 as _worker_config_pb2
from temporalio.api.schedule.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1
from temporalio.api.taskqueue.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1
from temporalio.api.update.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1
from temporalio.api.version.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1
from temporalio.api.batch.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1
from temporalio.api.sdk.v1 import task_complete_metadata_pb2 as _task_complete_metadata_pb2
from temporalio.api.sdk.v1 import user_metadata_pb2 as _user_metadata_pb2
from temporalio.api.nexus.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1
from temporalio.api.worker.v1 import message_pb2 as _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RegisterNamespaceRequest(_message.Message):
    __slots__ = ("namespace", "description", "owner_email", "workflow_execution_retention_period", "clusters", "active_cluster_name", "data", "security_token", "is_global_namespace", "history_archival_state", "history_archival_uri", "visibility_archival_state", "visibility_archival_uri")
    class DataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OWNER_EMAIL_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_RETENTION_PERIOD_FIELD_NUMBER: _ClassVar[int]
    CLUSTERS_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_CLUSTER_NAME_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    SECURITY_TOKEN_FIELD_NUMBER: _ClassVar[int]
    IS_GLOBAL_NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    HISTORY_ARCHIVAL_STATE_FIELD_NUMBER: _ClassVar[int]
    HISTORY_ARCHIVAL_URI_FIELD_NUMBER: _ClassVar[int]
    VISIBILITY_ARCHIVAL_STATE_FIELD_NUMBER: _ClassVar[int]
    VISIBILITY_ARCHIVAL_URI_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    description: str
    owner_email: str
    workflow_execution_retention_period: _duration_pb2.Duration
    clusters: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1.ClusterReplicationConfig]
    active_cluster_name: str
    data: _containers.ScalarMap[str, str]
    security_token: str
    is_global_namespace: bool
    history_archival_state: _namespace_pb2.ArchivalState
    history_archival_uri: str
    visibility_archival_state: _namespace_pb2.ArchivalState
    visibility_archival_uri: str
    def __init__(self, namespace: _Optional[str] = ..., description: _Optional[str] = ..., owner_email: _Optional[str] = ..., workflow_execution_retention_period: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., clusters: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1.ClusterReplicationConfig, _Mapping]]] = ..., active_cluster_name: _Optional[str] = ..., data: _Optional[_Mapping[str, str]] = ..., security_token: _Optional[str] = ..., is_global_namespace: _Optional[bool] = ..., history_archival_state: _Optional[_Union[_namespace_pb2.ArchivalState, str]] = ..., history_archival_uri: _Optional[str] = ..., visibility_archival_state: _Optional[_Union[_namespace_pb2.ArchivalState, str]] = ..., visibility_archival_uri: _Optional[str] = ...) -> None: ...

class RegisterNamespaceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListNamespacesRequest(_message.Message):
    __slots__ = ("page_size", "next_page_token", "namespace_filter")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FILTER_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    next_page_token: bytes
    namespace_filter: _message_pb2_1_1_1_1_1_1_1_1_1.NamespaceFilter
    def __init__(self, page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ..., namespace_filter: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1.NamespaceFilter, _Mapping]] = ...) -> None: ...

class ListNamespacesResponse(_message.Message):
    __slots__ = ("namespaces", "next_page_token")
    NAMESPACES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    namespaces: _containers.RepeatedCompositeFieldContainer[DescribeNamespaceResponse]
    next_page_token: bytes
    def __init__(self, namespaces: _Optional[_Iterable[_Union[DescribeNamespaceResponse, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class DescribeNamespaceRequest(_message.Message):
    __slots__ = ("namespace", "id", "weak_consistency")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    WEAK_CONSISTENCY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    id: str
    weak_consistency: bool
    def __init__(self, namespace: _Optional[str] = ..., id: _Optional[str] = ..., weak_consistency: _Optional[bool] = ...) -> None: ...

class DescribeNamespaceResponse(_message.Message):
    __slots__ = ("namespace_info", "config", "replication_config", "failover_version", "is_global_namespace", "failover_history", "poller_group_infos", "poller_groups_info")
    NAMESPACE_INFO_FIELD_NUMBER: _ClassVar[int]
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    REPLICATION_CONFIG_FIELD_NUMBER: _ClassVar[int]
    FAILOVER_VERSION_FIELD_NUMBER: _ClassVar[int]
    IS_GLOBAL_NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    FAILOVER_HISTORY_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUP_INFOS_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUPS_INFO_FIELD_NUMBER: _ClassVar[int]
    namespace_info: _message_pb2_1_1_1_1_1_1_1_1_1.NamespaceInfo
    config: _message_pb2_1_1_1_1_1_1_1_1_1.NamespaceConfig
    replication_config: _message_pb2_1_1_1_1_1_1_1_1_1_1_1.NamespaceReplicationConfig
    failover_version: int
    is_global_namespace: bool
    failover_history: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1.FailoverStatus]
    poller_group_infos: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupInfo]
    poller_groups_info: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupsInfo
    def __init__(self, namespace_info: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1.NamespaceInfo, _Mapping]] = ..., config: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1.NamespaceConfig, _Mapping]] = ..., replication_config: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1.NamespaceReplicationConfig, _Mapping]] = ..., failover_version: _Optional[int] = ..., is_global_namespace: _Optional[bool] = ..., failover_history: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1.FailoverStatus, _Mapping]]] = ..., poller_group_infos: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupInfo, _Mapping]]] = ..., poller_groups_info: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupsInfo, _Mapping]] = ...) -> None: ...

class UpdateNamespaceRequest(_message.Message):
    __slots__ = ("namespace", "update_info", "config", "replication_config", "security_token", "delete_bad_binary", "promote_namespace")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_INFO_FIELD_NUMBER: _ClassVar[int]
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    REPLICATION_CONFIG_FIELD_NUMBER: _ClassVar[int]
    SECURITY_TOKEN_FIELD_NUMBER: _ClassVar[int]
    DELETE_BAD_BINARY_FIELD_NUMBER: _ClassVar[int]
    PROMOTE_NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    update_info: _message_pb2_1_1_1_1_1_1_1_1_1.UpdateNamespaceInfo
    config: _message_pb2_1_1_1_1_1_1_1_1_1.NamespaceConfig
    replication_config: _message_pb2_1_1_1_1_1_1_1_1_1_1_1.NamespaceReplicationConfig
    security_token: str
    delete_bad_binary: str
    promote_namespace: bool
    def __init__(self, namespace: _Optional[str] = ..., update_info: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1.UpdateNamespaceInfo, _Mapping]] = ..., config: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1.NamespaceConfig, _Mapping]] = ..., replication_config: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1.NamespaceReplicationConfig, _Mapping]] = ..., security_token: _Optional[str] = ..., delete_bad_binary: _Optional[str] = ..., promote_namespace: _Optional[bool] = ...) -> None: ...

class UpdateNamespaceResponse(_message.Message):
    __slots__ = ("namespace_info", "config", "replication_config", "failover_version", "is_global_namespace")
    NAMESPACE_INFO_FIELD_NUMBER: _ClassVar[int]
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    REPLICATION_CONFIG_FIELD_NUMBER: _ClassVar[int]
    FAILOVER_VERSION_FIELD_NUMBER: _ClassVar[int]
    IS_GLOBAL_NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    namespace_info: _message_pb2_1_1_1_1_1_1_1_1_1.NamespaceInfo
    config: _message_pb2_1_1_1_1_1_1_1_1_1.NamespaceConfig
    replication_config: _message_pb2_1_1_1_1_1_1_1_1_1_1_1.NamespaceReplicationConfig
    failover_version: int
    is_global_namespace: bool
    def __init__(self, namespace_info: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1.NamespaceInfo, _Mapping]] = ..., config: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1.NamespaceConfig, _Mapping]] = ..., replication_config: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1.NamespaceReplicationConfig, _Mapping]] = ..., failover_version: _Optional[int] = ..., is_global_namespace: _Optional[bool] = ...) -> None: ...

class DeprecateNamespaceRequest(_message.Message):
    __slots__ = ("namespace", "security_token")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    SECURITY_TOKEN_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    security_token: str
    def __init__(self, namespace: _Optional[str] = ..., security_token: _Optional[str] = ...) -> None: ...

class DeprecateNamespaceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StartWorkflowExecutionRequest(_message.Message):
    __slots__ = ("namespace", "workflow_id", "workflow_type", "task_queue", "input", "workflow_execution_timeout", "workflow_run_timeout", "workflow_task_timeout", "identity", "request_id", "workflow_id_reuse_policy", "workflow_id_conflict_policy", "retry_policy", "cron_schedule", "memo", "search_attributes", "header", "request_eager_execution", "continued_failure", "last_completion_result", "workflow_start_delay", "completion_callbacks", "user_metadata", "links", "versioning_override", "on_conflict_options", "priority", "eager_worker_deployment_options", "time_skipping_config")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_RUN_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_REUSE_POLICY_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_CONFLICT_POLICY_FIELD_NUMBER: _ClassVar[int]
    RETRY_POLICY_FIELD_NUMBER: _ClassVar[int]
    CRON_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    REQUEST_EAGER_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    CONTINUED_FAILURE_FIELD_NUMBER: _ClassVar[int]
    LAST_COMPLETION_RESULT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_START_DELAY_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_CALLBACKS_FIELD_NUMBER: _ClassVar[int]
    USER_METADATA_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    VERSIONING_OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    ON_CONFLICT_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    EAGER_WORKER_DEPLOYMENT_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    TIME_SKIPPING_CONFIG_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_id: str
    workflow_type: _message_pb2_1.WorkflowType
    task_queue: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue
    input: _message_pb2_1.Payloads
    workflow_execution_timeout: _duration_pb2.Duration
    workflow_run_timeout: _duration_pb2.Duration
    workflow_task_timeout: _duration_pb2.Duration
    identity: str
    request_id: str
    workflow_id_reuse_policy: _workflow_pb2.WorkflowIdReusePolicy
    workflow_id_conflict_policy: _workflow_pb2.WorkflowIdConflictPolicy
    retry_policy: _message_pb2_1.RetryPolicy
    cron_schedule: str
    memo: _message_pb2_1.Memo
    search_attributes: _message_pb2_1.SearchAttributes
    header: _message_pb2_1.Header
    request_eager_execution: bool
    continued_failure: _message_pb2_1_1_1_1_1_1.Failure
    last_completion_result: _message_pb2_1.Payloads
    workflow_start_delay: _duration_pb2.Duration
    completion_callbacks: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Callback]
    user_metadata: _user_metadata_pb2.UserMetadata
    links: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Link]
    versioning_override: _message_pb2_1_1_1.VersioningOverride
    on_conflict_options: _message_pb2_1_1_1.OnConflictOptions
    priority: _message_pb2_1.Priority
    eager_worker_deployment_options: _message_pb2_1_1_1_1_1.WorkerDeploymentOptions
    time_skipping_config: _message_pb2_1.TimeSkippingConfig
    def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., workflow_type: _Optional[_Union[_message_pb2_1.WorkflowType, _Mapping]] = ..., task_queue: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue, _Mapping]] = ..., input: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., workflow_execution_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_run_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_task_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., workflow_id_reuse_policy: _Optional[_Union[_workflow_pb2.WorkflowIdReusePolicy, str]] = ..., workflow_id_conflict_policy: _Optional[_Union[_workflow_pb2.WorkflowIdConflictPolicy, str]] = ..., retry_policy: _Optional[_Union[_message_pb2_1.RetryPolicy, _Mapping]] = ..., cron_schedule: _Optional[str] = ..., memo: _Optional[_Union[_message_pb2_1.Memo, _Mapping]] = ..., search_attributes: _Optional[_Union[_message_pb2_1.SearchAttributes, _Mapping]] = ..., header: _Optional[_Union[_message_pb2_1.Header, _Mapping]] = ..., request_eager_execution: _Optional[bool] = ..., continued_failure: _Optional[_Union[_message_pb2_1_1_1_1_1_1.Failure, _Mapping]] = ..., last_completion_result: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., workflow_start_delay: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., completion_callbacks: _Optional[_Iterable[_Union[_message_pb2_1.Callback, _Mapping]]] = ..., user_metadata: _Optional[_Union[_user_metadata_pb2.UserMetadata, _Mapping]] = ..., links: _Optional[_Iterable[_Union[_message_pb2_1.Link, _Mapping]]] = ..., versioning_override: _Optional[_Union[_message_pb2_1_1_1.VersioningOverride, _Mapping]] = ..., on_conflict_options: _Optional[_Union[_message_pb2_1_1_1.OnConflictOptions, _Mapping]] = ..., priority: _Optional[_Union[_message_pb2_1.Priority, _Mapping]] = ..., eager_worker_deployment_options: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentOptions, _Mapping]] = ..., time_skipping_config: _Optional[_Union[_message_pb2_1.TimeSkippingConfig, _Mapping]] = ...) -> None: ...

class StartWorkflowExecutionResponse(_message.Message):
    __slots__ = ("run_id", "first_execution_run_id", "started", "status", "eager_workflow_task", "link")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    FIRST_EXECUTION_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EAGER_WORKFLOW_TASK_FIELD_NUMBER: _ClassVar[int]
    LINK_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    first_execution_run_id: str
    started: bool
    status: _workflow_pb2.WorkflowExecutionStatus
    eager_workflow_task: PollWorkflowTaskQueueResponse
    link: _message_pb2_1.Link
    def __init__(self, run_id: _Optional[str] = ..., first_execution_run_id: _Optional[str] = ..., started: _Optional[bool] = ..., status: _Optional[_Union[_workflow_pb2.WorkflowExecutionStatus, str]] = ..., eager_workflow_task: _Optional[_Union[PollWorkflowTaskQueueResponse, _Mapping]] = ..., link: _Optional[_Union[_message_pb2_1.Link, _Mapping]] = ...) -> None: ...

class GetWorkflowExecutionHistoryRequest(_message.Message):
    __slots__ = ("namespace", "execution", "maximum_page_size", "next_page_token", "wait_new_event", "history_event_filter_type", "skip_archival")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    WAIT_NEW_EVENT_FIELD_NUMBER: _ClassVar[int]
    HISTORY_EVENT_FILTER_TYPE_FIELD_NUMBER: _ClassVar[int]
    SKIP_ARCHIVAL_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    execution: _message_pb2_1.WorkflowExecution
    maximum_page_size: int
    next_page_token: bytes
    wait_new_event: bool
    history_event_filter_type: _workflow_pb2.HistoryEventFilterType
    skip_archival: bool
    def __init__(self, namespace: _Optional[str] = ..., execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., maximum_page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ..., wait_new_event: _Optional[bool] = ..., history_event_filter_type: _Optional[_Union[_workflow_pb2.HistoryEventFilterType, str]] = ..., skip_archival: _Optional[bool] = ...) -> None: ...

class GetWorkflowExecutionHistoryResponse(_message.Message):
    __slots__ = ("history", "raw_history", "next_page_token", "archived")
    HISTORY_FIELD_NUMBER: _ClassVar[int]
    RAW_HISTORY_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    history: _message_pb2_1_1.History
    raw_history: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.DataBlob]
    next_page_token: bytes
    archived: bool
    def __init__(self, history: _Optional[_Union[_message_pb2_1_1.History, _Mapping]] = ..., raw_history: _Optional[_Iterable[_Union[_message_pb2_1.DataBlob, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ..., archived: _Optional[bool] = ...) -> None: ...

class GetWorkflowExecutionHistoryReverseRequest(_message.Message):
    __slots__ = ("namespace", "execution", "maximum_page_size", "next_page_token")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    execution: _message_pb2_1.WorkflowExecution
    maximum_page_size: int
    next_page_token: bytes
    def __init__(self, namespace: _Optional[str] = ..., execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., maximum_page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class GetWorkflowExecutionHistoryReverseResponse(_message.Message):
    __slots__ = ("history", "next_page_token")
    HISTORY_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    history: _message_pb2_1_1.History
    next_page_token: bytes
    def __init__(self, history: _Optional[_Union[_message_pb2_1_1.History, _Mapping]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class PollWorkflowTaskQueueRequest(_message.Message):
    __slots__ = ("namespace", "task_queue", "poller_group_id", "identity", "worker_instance_key", "worker_control_task_queue", "binary_checksum", "worker_version_capabilities", "deployment_options")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    WORKER_INSTANCE_KEY_FIELD_NUMBER: _ClassVar[int]
    WORKER_CONTROL_TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    BINARY_CHECKSUM_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_CAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    task_queue: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue
    poller_group_id: str
    identity: str
    worker_instance_key: str
    worker_control_task_queue: str
    binary_checksum: str
    worker_version_capabilities: _message_pb2_1.WorkerVersionCapabilities
    deployment_options: _message_pb2_1_1_1_1_1.WorkerDeploymentOptions
    def __init__(self, namespace: _Optional[str] = ..., task_queue: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue, _Mapping]] = ..., poller_group_id: _Optional[str] = ..., identity: _Optional[str] = ..., worker_instance_key: _Optional[str] = ..., worker_control_task_queue: _Optional[str] = ..., binary_checksum: _Optional[str] = ..., worker_version_capabilities: _Optional[_Union[_message_pb2_1.WorkerVersionCapabilities, _Mapping]] = ..., deployment_options: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentOptions, _Mapping]] = ...) -> None: ...

class PollWorkflowTaskQueueResponse(_message.Message):
    __slots__ = ("task_token", "workflow_execution", "workflow_type", "previous_started_event_id", "started_event_id", "attempt", "backlog_count_hint", "history", "next_page_token", "query", "workflow_execution_task_queue", "scheduled_time", "started_time", "queries", "messages", "poller_scaling_decision", "poller_group_id", "poller_group_infos", "poller_groups_info")
    class QueriesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _message_pb2_1_1_1_1_1_1_1_1_1_1.WorkflowQuery
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1.WorkflowQuery, _Mapping]] = ...) -> None: ...
    TASK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    BACKLOG_COUNT_HINT_FIELD_NUMBER: _ClassVar[int]
    HISTORY_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_TIME_FIELD_NUMBER: _ClassVar[int]
    STARTED_TIME_FIELD_NUMBER: _ClassVar[int]
    QUERIES_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    POLLER_SCALING_DECISION_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUP_INFOS_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUPS_INFO_FIELD_NUMBER: _ClassVar[int]
    task_token: bytes
    workflow_execution: _message_pb2_1.WorkflowExecution
    workflow_type: _message_pb2_1.WorkflowType
    previous_started_event_id: int
    started_event_id: int
    attempt: int
    backlog_count_hint: int
    history: _message_pb2_1_1.History
    next_page_token: bytes
    query: _message_pb2_1_1_1_1_1_1_1_1_1_1.WorkflowQuery
    workflow_execution_task_queue: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue
    scheduled_time: _timestamp_pb2.Timestamp
    started_time: _timestamp_pb2.Timestamp
    queries: _containers.MessageMap[str, _message_pb2_1_1_1_1_1_1_1_1_1_1.WorkflowQuery]
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1.Message]
    poller_scaling_decision: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerScalingDecision
    poller_group_id: str
    poller_group_infos: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupInfo]
    poller_groups_info: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupsInfo
    def __init__(self, task_token: _Optional[bytes] = ..., workflow_execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., workflow_type: _Optional[_Union[_message_pb2_1.WorkflowType, _Mapping]] = ..., previous_started_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ..., attempt: _Optional[int] = ..., backlog_count_hint: _Optional[int] = ..., history: _Optional[_Union[_message_pb2_1_1.History, _Mapping]] = ..., next_page_token: _Optional[bytes] = ..., query: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1.WorkflowQuery, _Mapping]] = ..., workflow_execution_task_queue: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue, _Mapping]] = ..., scheduled_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., started_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., queries: _Optional[_Mapping[str, _message_pb2_1_1_1_1_1_1_1_1_1_1.WorkflowQuery]] = ..., messages: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1.Message, _Mapping]]] = ..., poller_scaling_decision: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerScalingDecision, _Mapping]] = ..., poller_group_id: _Optional[str] = ..., poller_group_infos: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupInfo, _Mapping]]] = ..., poller_groups_info: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupsInfo, _Mapping]] = ...) -> None: ...

class RespondWorkflowTaskCompletedRequest(_message.Message):
    __slots__ = ("task_token", "commands", "identity", "sticky_attributes", "return_new_workflow_task", "force_create_new_workflow_task", "binary_checksum", "query_results", "namespace", "resource_id", "worker_version_stamp", "messages", "sdk_metadata", "metering_metadata", "capabilities", "deployment", "versioning_behavior", "deployment_options", "worker_instance_key", "worker_control_task_queue", "page_number", "intermediate_page")
    class QueryResultsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _message_pb2_1_1_1_1_1_1_1_1_1_1.WorkflowQueryResult
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1.WorkflowQueryResult, _Mapping]] = ...) -> None: ...
    class Capabilities(_message.Message):
        __slots__ = ("discard_speculative_workflow_task_with_events",)
        DISCARD_SPECULATIVE_WORKFLOW_TASK_WITH_EVENTS_FIELD_NUMBER: _ClassVar[int]
        discard_speculative_workflow_task_with_events: bool
        def __init__(self, discard_speculative_workflow_task_with_events: _Optional[bool] = ...) -> None: ...
    TASK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    COMMANDS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    STICKY_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    RETURN_NEW_WORKFLOW_TASK_FIELD_NUMBER: _ClassVar[int]
    FORCE_CREATE_NEW_WORKFLOW_TASK_FIELD_NUMBER: _ClassVar[int]
    BINARY_CHECKSUM_FIELD_NUMBER: _ClassVar[int]
    QUERY_RESULTS_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_STAMP_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    SDK_METADATA_FIELD_NUMBER: _ClassVar[int]
    METERING_METADATA_FIELD_NUMBER: _ClassVar[int]
    CAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_FIELD_NUMBER: _ClassVar[int]
    VERSIONING_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    WORKER_INSTANCE_KEY_FIELD_NUMBER: _ClassVar[int]
    WORKER_CONTROL_TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    PAGE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    INTERMEDIATE_PAGE_FIELD_NUMBER: _ClassVar[int]
    task_token: bytes
    commands: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1.Command]
    identity: str
    sticky_attributes: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.StickyExecutionAttributes
    return_new_workflow_task: bool
    force_create_new_workflow_task: bool
    binary_checksum: str
    query_results: _containers.MessageMap[str, _message_pb2_1_1_1_1_1_1_1_1_1_1.WorkflowQueryResult]
    namespace: str
    resource_id: str
    worker_version_stamp: _message_pb2_1.WorkerVersionStamp
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1.Message]
    sdk_metadata: _task_complete_metadata_pb2.WorkflowTaskCompletedMetadata
    metering_metadata: _message_pb2_1.MeteringMetadata
    capabilities: RespondWorkflowTaskCompletedRequest.Capabilities
    deployment: _message_pb2_1_1_1_1_1.Deployment
    versioning_behavior: _workflow_pb2.VersioningBehavior
    deployment_options: _message_pb2_1_1_1_1_1.WorkerDeploymentOptions
    worker_instance_key: str
    worker_control_task_queue: str
    page_number: int
    intermediate_page: bool
    def __init__(self, task_token: _Optional[bytes] = ..., commands: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1.Command, _Mapping]]] = ..., identity: _Optional[str] = ..., sticky_attributes: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.StickyExecutionAttributes, _Mapping]] = ..., return_new_workflow_task: _Optional[bool] = ..., force_create_new_workflow_task: _Optional[bool] = ..., binary_checksum: _Optional[str] = ..., query_results: _Optional[_Mapping[str, _message_pb2_1_1_1_1_1_1_1_1_1_1.WorkflowQueryResult]] = ..., namespace: _Optional[str] = ..., resource_id: _Optional[str] = ..., worker_version_stamp: _Optional[_Union[_message_pb2_1.WorkerVersionStamp, _Mapping]] = ..., messages: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1.Message, _Mapping]]] = ..., sdk_metadata: _Optional[_Union[_task_complete_metadata_pb2.WorkflowTaskCompletedMetadata, _Mapping]] = ..., metering_metadata: _Optional[_Union[_message_pb2_1.MeteringMetadata, _Mapping]] = ..., capabilities: _Optional[_Union[RespondWorkflowTaskCompletedRequest.Capabilities, _Mapping]] = ..., deployment: _Optional[_Union[_message_pb2_1_1_1_1_1.Deployment, _Mapping]] = ..., versioning_behavior: _Optional[_Union[_workflow_pb2.VersioningBehavior, str]] = ..., deployment_options: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentOptions, _Mapping]] = ..., worker_instance_key: _Optional[str] = ..., worker_control_task_queue: _Optional[str] = ..., page_number: _Optional[int] = ..., intermediate_page: _Optional[bool] = ...) -> None: ...

class RespondWorkflowTaskCompletedResponse(_message.Message):
    __slots__ = ("workflow_task", "activity_tasks", "reset_history_event_id")
    WORKFLOW_TASK_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TASKS_FIELD_NUMBER: _ClassVar[int]
    RESET_HISTORY_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    workflow_task: PollWorkflowTaskQueueResponse
    activity_tasks: _containers.RepeatedCompositeFieldContainer[PollActivityTaskQueueResponse]
    reset_history_event_id: int
    def __init__(self, workflow_task: _Optional[_Union[PollWorkflowTaskQueueResponse, _Mapping]] = ..., activity_tasks: _Optional[_Iterable[_Union[PollActivityTaskQueueResponse, _Mapping]]] = ..., reset_history_event_id: _Optional[int] = ...) -> None: ...

class RespondWorkflowTaskFailedRequest(_message.Message):
    __slots__ = ("task_token", "cause", "failure", "identity", "binary_checksum", "namespace", "resource_id", "messages", "worker_version", "deployment", "deployment_options")
    TASK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    BINARY_CHECKSUM_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    task_token: bytes
    cause: _failed_cause_pb2.WorkflowTaskFailedCause
    failure: _message_pb2_1_1_1_1_1_1.Failure
    identity: str
    binary_checksum: str
    namespace: str
    resource_id: str
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1.Message]
    worker_version: _message_pb2_1.WorkerVersionStamp
    deployment: _message_pb2_1_1_1_1_1.Deployment
    deployment_options: _message_pb2_1_1_1_1_1.WorkerDeploymentOptions
    def __init__(self, task_token: _Optional[bytes] = ..., cause: _Optional[_Union[_failed_cause_pb2.WorkflowTaskFailedCause, str]] = ..., failure: _Optional[_Union[_message_pb2_1_1_1_1_1_1.Failure, _Mapping]] = ..., identity: _Optional[str] = ..., binary_checksum: _Optional[str] = ..., namespace: _Optional[str] = ..., resource_id: _Optional[str] = ..., messages: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1.Message, _Mapping]]] = ..., worker_version: _Optional[_Union[_message_pb2_1.WorkerVersionStamp, _Mapping]] = ..., deployment: _Optional[_Union[_message_pb2_1_1_1_1_1.Deployment, _Mapping]] = ..., deployment_options: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentOptions, _Mapping]] = ...) -> None: ...

class RespondWorkflowTaskFailedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PollActivityTaskQueueRequest(_message.Message):
    __slots__ = ("namespace", "task_queue", "poller_group_id", "identity", "worker_instance_key", "worker_control_task_queue", "task_queue_metadata", "worker_version_capabilities", "deployment_options")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    WORKER_INSTANCE_KEY_FIELD_NUMBER: _ClassVar[int]
    WORKER_CONTROL_TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_METADATA_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_CAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    task_queue: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue
    poller_group_id: str
    identity: str
    worker_instance_key: str
    worker_control_task_queue: str
    task_queue_metadata: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueMetadata
    worker_version_capabilities: _message_pb2_1.WorkerVersionCapabilities
    deployment_options: _message_pb2_1_1_1_1_1.WorkerDeploymentOptions
    def __init__(self, namespace: _Optional[str] = ..., task_queue: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue, _Mapping]] = ..., poller_group_id: _Optional[str] = ..., identity: _Optional[str] = ..., worker_instance_key: _Optional[str] = ..., worker_control_task_queue: _Optional[str] = ..., task_queue_metadata: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueMetadata, _Mapping]] = ..., worker_version_capabilities: _Optional[_Union[_message_pb2_1.WorkerVersionCapabilities, _Mapping]] = ..., deployment_options: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentOptions, _Mapping]] = ...) -> None: ...

class PollActivityTaskQueueResponse(_message.Message):
    __slots__ = ("task_token", "workflow_namespace", "workflow_type", "workflow_execution", "activity_type", "activity_id", "header", "input", "heartbeat_details", "scheduled_time", "current_attempt_scheduled_time", "started_time", "attempt", "schedule_to_close_timeout", "start_to_close_timeout", "heartbeat_timeout", "retry_policy", "poller_scaling_decision", "priority", "activity_run_id", "poller_group_infos", "poller_groups_info")
    TASK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_DETAILS_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_TIME_FIELD_NUMBER: _ClassVar[int]
    CURRENT_ATTEMPT_SCHEDULED_TIME_FIELD_NUMBER: _ClassVar[int]
    STARTED_TIME_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    START_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    RETRY_POLICY_FIELD_NUMBER: _ClassVar[int]
    POLLER_SCALING_DECISION_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUP_INFOS_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUPS_INFO_FIELD_NUMBER: _ClassVar[int]
    task_token: bytes
    workflow_namespace: str
    workflow_type: _message_pb2_1.WorkflowType
    workflow_execution: _message_pb2_1.WorkflowExecution
    activity_type: _message_pb2_1.ActivityType
    activity_id: str
    header: _message_pb2_1.Header
    input: _message_pb2_1.Payloads
    heartbeat_details: _message_pb2_1.Payloads
    scheduled_time: _timestamp_pb2.Timestamp
    current_attempt_scheduled_time: _timestamp_pb2.Timestamp
    started_time: _timestamp_pb2.Timestamp
    attempt: int
    schedule_to_close_timeout: _duration_pb2.Duration
    start_to_close_timeout: _duration_pb2.Duration
    heartbeat_timeout: _duration_pb2.Duration
    retry_policy: _message_pb2_1.RetryPolicy
    poller_scaling_decision: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerScalingDecision
    priority: _message_pb2_1.Priority
    activity_run_id: str
    poller_group_infos: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupInfo]
    poller_groups_info: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupsInfo
    def __init__(self, task_token: _Optional[bytes] = ..., workflow_namespace: _Optional[str] = ..., workflow_type: _Optional[_Union[_message_pb2_1.WorkflowType, _Mapping]] = ..., workflow_execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., activity_type: _Optional[_Union[_message_pb2_1.ActivityType, _Mapping]] = ..., activity_id: _Optional[str] = ..., header: _Optional[_Union[_message_pb2_1.Header, _Mapping]] = ..., input: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., heartbeat_details: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., scheduled_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., current_attempt_scheduled_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., started_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., attempt: _Optional[int] = ..., schedule_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., start_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., heartbeat_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., retry_policy: _Optional[_Union[_message_pb2_1.RetryPolicy, _Mapping]] = ..., poller_scaling_decision: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerScalingDecision, _Mapping]] = ..., priority: _Optional[_Union[_message_pb2_1.Priority, _Mapping]] = ..., activity_run_id: _Optional[str] = ..., poller_group_infos: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupInfo, _Mapping]]] = ..., poller_groups_info: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupsInfo, _Mapping]] = ...) -> None: ...

class RecordActivityTaskHeartbeatRequest(_message.Message):
    __slots__ = ("task_token", "details", "identity", "namespace", "resource_id")
    TASK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    task_token: bytes
    details: _message_pb2_1.Payloads
    identity: str
    namespace: str
    resource_id: str
    def __init__(self, task_token: _Optional[bytes] = ..., details: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., identity: _Optional[str] = ..., namespace: _Optional[str] = ..., resource_id: _Optional[str] = ...) -> None: ...

class RecordActivityTaskHeartbeatResponse(_message.Message):
    __slots__ = ("cancel_requested", "activity_paused", "activity_reset")
    CANCEL_REQUESTED_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_PAUSED_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_RESET_FIELD_NUMBER: _ClassVar[int]
    cancel_requested: bool
    activity_paused: bool
    activity_reset: bool
    def __init__(self, cancel_requested: _Optional[bool] = ..., activity_paused: _Optional[bool] = ..., activity_reset: _Optional[bool] = ...) -> None: ...

class RecordActivityTaskHeartbeatByIdRequest(_message.Message):
    __slots__ = ("namespace", "workflow_id", "run_id", "activity_id", "details", "identity", "resource_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_id: str
    run_id: str
    activity_id: str
    details: _message_pb2_1.Payloads
    identity: str
    resource_id: str
    def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., run_id: _Optional[str] = ..., activity_id: _Optional[str] = ..., details: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., identity: _Optional[str] = ..., resource_id: _Optional[str] = ...) -> None: ...

class RecordActivityTaskHeartbeatByIdResponse(_message.Message):
    __slots__ = ("cancel_requested", "activity_paused", "activity_reset")
    CANCEL_REQUESTED_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_PAUSED_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_RESET_FIELD_NUMBER: _ClassVar[int]
    cancel_requested: bool
    activity_paused: bool
    activity_reset: bool
    def __init__(self, cancel_requested: _Optional[bool] = ..., activity_paused: _Optional[bool] = ..., activity_reset: _Optional[bool] = ...) -> None: ...

class RespondActivityTaskCompletedRequest(_message.Message):
    __slots__ = ("task_token", "result", "identity", "namespace", "resource_id", "worker_version", "deployment", "deployment_options")
    TASK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    task_token: bytes
    result: _message_pb2_1.Payloads
    identity: str
    namespace: str
    resource_id: str
    worker_version: _message_pb2_1.WorkerVersionStamp
    deployment: _message_pb2_1_1_1_1_1.Deployment
    deployment_options: _message_pb2_1_1_1_1_1.WorkerDeploymentOptions
    def __init__(self, task_token: _Optional[bytes] = ..., result: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., identity: _Optional[str] = ..., namespace: _Optional[str] = ..., resource_id: _Optional[str] = ..., worker_version: _Optional[_Union[_message_pb2_1.WorkerVersionStamp, _Mapping]] = ..., deployment: _Optional[_Union[_message_pb2_1_1_1_1_1.Deployment, _Mapping]] = ..., deployment_options: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentOptions, _Mapping]] = ...) -> None: ...

class RespondActivityTaskCompletedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RespondActivityTaskCompletedByIdRequest(_message.Message):
    __slots__ = ("namespace", "workflow_id", "run_id", "activity_id", "result", "identity", "resource_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_id: str
    run_id: str
    activity_id: str
    result: _message_pb2_1.Payloads
    identity: str
    resource_id: str
    def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., run_id: _Optional[str] = ..., activity_id: _Optional[str] = ..., result: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., identity: _Optional[str] = ..., resource_id: _Optional[str] = ...) -> None: ...

class RespondActivityTaskCompletedByIdResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RespondActivityTaskFailedRequest(_message.Message):
    __slots__ = ("task_token", "failure", "identity", "namespace", "resource_id", "last_heartbeat_details", "worker_version", "deployment", "deployment_options")
    TASK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_HEARTBEAT_DETAILS_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    task_token: bytes
    failure: _message_pb2_1_1_1_1_1_1.Failure
    identity: str
    namespace: str
    resource_id: str
    last_heartbeat_details: _message_pb2_1.Payloads
    worker_version: _message_pb2_1.WorkerVersionStamp
    deployment: _message_pb2_1_1_1_1_1.Deployment
    deployment_options: _message_pb2_1_1_1_1_1.WorkerDeploymentOptions
    def __init__(self, task_token: _Optional[bytes] = ..., failure: _Optional[_Union[_message_pb2_1_1_1_1_1_1.Failure, _Mapping]] = ..., identity: _Optional[str] = ..., namespace: _Optional[str] = ..., resource_id: _Optional[str] = ..., last_heartbeat_details: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., worker_version: _Optional[_Union[_message_pb2_1.WorkerVersionStamp, _Mapping]] = ..., deployment: _Optional[_Union[_message_pb2_1_1_1_1_1.Deployment, _Mapping]] = ..., deployment_options: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentOptions, _Mapping]] = ...) -> None: ...

class RespondActivityTaskFailedResponse(_message.Message):
    __slots__ = ("failures",)
    FAILURES_FIELD_NUMBER: _ClassVar[int]
    failures: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1.Failure]
    def __init__(self, failures: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1.Failure, _Mapping]]] = ...) -> None: ...

class RespondActivityTaskFailedByIdRequest(_message.Message):
    __slots__ = ("namespace", "workflow_id", "run_id", "activity_id", "failure", "identity", "last_heartbeat_details", "resource_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    LAST_HEARTBEAT_DETAILS_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_id: str
    run_id: str
    activity_id: str
    failure: _message_pb2_1_1_1_1_1_1.Failure
    identity: str
    last_heartbeat_details: _message_pb2_1.Payloads
    resource_id: str
    def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., run_id: _Optional[str] = ..., activity_id: _Optional[str] = ..., failure: _Optional[_Union[_message_pb2_1_1_1_1_1_1.Failure, _Mapping]] = ..., identity: _Optional[str] = ..., last_heartbeat_details: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., resource_id: _Optional[str] = ...) -> None: ...

class RespondActivityTaskFailedByIdResponse(_message.Message):
    __slots__ = ("failures",)
    FAILURES_FIELD_NUMBER: _ClassVar[int]
    failures: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1.Failure]
    def __init__(self, failures: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1.Failure, _Mapping]]] = ...) -> None: ...

class RespondActivityTaskCanceledRequest(_message.Message):
    __slots__ = ("task_token", "details", "identity", "namespace", "resource_id", "worker_version", "deployment", "deployment_options")
    TASK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    task_token: bytes
    details: _message_pb2_1.Payloads
    identity: str
    namespace: str
    resource_id: str
    worker_version: _message_pb2_1.WorkerVersionStamp
    deployment: _message_pb2_1_1_1_1_1.Deployment
    deployment_options: _message_pb2_1_1_1_1_1.WorkerDeploymentOptions
    def __init__(self, task_token: _Optional[bytes] = ..., details: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., identity: _Optional[str] = ..., namespace: _Optional[str] = ..., resource_id: _Optional[str] = ..., worker_version: _Optional[_Union[_message_pb2_1.WorkerVersionStamp, _Mapping]] = ..., deployment: _Optional[_Union[_message_pb2_1_1_1_1_1.Deployment, _Mapping]] = ..., deployment_options: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentOptions, _Mapping]] = ...) -> None: ...

class RespondActivityTaskCanceledResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RespondActivityTaskCanceledByIdRequest(_message.Message):
    __slots__ = ("namespace", "workflow_id", "run_id", "activity_id", "details", "identity", "deployment_options", "resource_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_id: str
    run_id: str
    activity_id: str
    details: _message_pb2_1.Payloads
    identity: str
    deployment_options: _message_pb2_1_1_1_1_1.WorkerDeploymentOptions
    resource_id: str
    def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., run_id: _Optional[str] = ..., activity_id: _Optional[str] = ..., details: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., identity: _Optional[str] = ..., deployment_options: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentOptions, _Mapping]] = ..., resource_id: _Optional[str] = ...) -> None: ...

class RespondActivityTaskCanceledByIdResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RequestCancelWorkflowExecutionRequest(_message.Message):
    __slots__ = ("namespace", "workflow_execution", "identity", "request_id", "first_execution_run_id", "reason", "links")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    FIRST_EXECUTION_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_execution: _message_pb2_1.WorkflowExecution
    identity: str
    request_id: str
    first_execution_run_id: str
    reason: str
    links: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Link]
    def __init__(self, namespace: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., first_execution_run_id: _Optional[str] = ..., reason: _Optional[str] = ..., links: _Optional[_Iterable[_Union[_message_pb2_1.Link, _Mapping]]] = ...) -> None: ...

class RequestCancelWorkflowExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SignalWorkflowExecutionRequest(_message.Message):
    __slots__ = ("namespace", "workflow_execution", "signal_name", "input", "identity", "request_id", "control", "header", "links")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    SIGNAL_NAME_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CONTROL_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_execution: _message_pb2_1.WorkflowExecution
    signal_name: str
    input: _message_pb2_1.Payloads
    identity: str
    request_id: str
    control: str
    header: _message_pb2_1.Header
    links: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Link]
    def __init__(self, namespace: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., signal_name: _Optional[str] = ..., input: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., control: _Optional[str] = ..., header: _Optional[_Union[_message_pb2_1.Header, _Mapping]] = ..., links: _Optional[_Iterable[_Union[_message_pb2_1.Link, _Mapping]]] = ...) -> None: ...

class SignalWorkflowExecutionResponse(_message.Message):
    __slots__ = ("link",)
    LINK_FIELD_NUMBER: _ClassVar[int]
    link: _message_pb2_1.Link
    def __init__(self, link: _Optional[_Union[_message_pb2_1.Link, _Mapping]] = ...) -> None: ...

class SignalWithStartWorkflowExecutionRequest(_message.Message):
    __slots__ = ("namespace", "workflow_id", "workflow_type", "task_queue", "input", "workflow_execution_timeout", "workflow_run_timeout", "workflow_task_timeout", "identity", "request_id", "workflow_id_reuse_policy", "workflow_id_conflict_policy", "signal_name", "signal_input", "control", "retry_policy", "cron_schedule", "memo", "search_attributes", "header", "workflow_start_delay", "user_metadata", "links", "versioning_override", "priority", "time_skipping_config")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_RUN_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_REUSE_POLICY_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_CONFLICT_POLICY_FIELD_NUMBER: _ClassVar[int]
    SIGNAL_NAME_FIELD_NUMBER: _ClassVar[int]
    SIGNAL_INPUT_FIELD_NUMBER: _ClassVar[int]
    CONTROL_FIELD_NUMBER: _ClassVar[int]
    RETRY_POLICY_FIELD_NUMBER: _ClassVar[int]
    CRON_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_START_DELAY_FIELD_NUMBER: _ClassVar[int]
    USER_METADATA_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    VERSIONING_OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    TIME_SKIPPING_CONFIG_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_id: str
    workflow_type: _message_pb2_1.WorkflowType
    task_queue: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue
    input: _message_pb2_1.Payloads
    workflow_execution_timeout: _duration_pb2.Duration
    workflow_run_timeout: _duration_pb2.Duration
    workflow_task_timeout: _duration_pb2.Duration
    identity: str
    request_id: str
    workflow_id_reuse_policy: _workflow_pb2.WorkflowIdReusePolicy
    workflow_id_conflict_policy: _workflow_pb2.WorkflowIdConflictPolicy
    signal_name: str
    signal_input: _message_pb2_1.Payloads
    control: str
    retry_policy: _message_pb2_1.RetryPolicy
    cron_schedule: str
    memo: _message_pb2_1.Memo
    search_attributes: _message_pb2_1.SearchAttributes
    header: _message_pb2_1.Header
    workflow_start_delay: _duration_pb2.Duration
    user_metadata: _user_metadata_pb2.UserMetadata
    links: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Link]
    versioning_override: _message_pb2_1_1_1.VersioningOverride
    priority: _message_pb2_1.Priority
    time_skipping_config: _message_pb2_1.TimeSkippingConfig
    def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., workflow_type: _Optional[_Union[_message_pb2_1.WorkflowType, _Mapping]] = ..., task_queue: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue, _Mapping]] = ..., input: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., workflow_execution_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_run_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_task_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., workflow_id_reuse_policy: _Optional[_Union[_workflow_pb2.WorkflowIdReusePolicy, str]] = ..., workflow_id_conflict_policy: _Optional[_Union[_workflow_pb2.WorkflowIdConflictPolicy, str]] = ..., signal_name: _Optional[str] = ..., signal_input: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., control: _Optional[str] = ..., retry_policy: _Optional[_Union[_message_pb2_1.RetryPolicy, _Mapping]] = ..., cron_schedule: _Optional[str] = ..., memo: _Optional[_Union[_message_pb2_1.Memo, _Mapping]] = ..., search_attributes: _Optional[_Union[_message_pb2_1.SearchAttributes, _Mapping]] = ..., header: _Optional[_Union[_message_pb2_1.Header, _Mapping]] = ..., workflow_start_delay: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., user_metadata: _Optional[_Union[_user_metadata_pb2.UserMetadata, _Mapping]] = ..., links: _Optional[_Iterable[_Union[_message_pb2_1.Link, _Mapping]]] = ..., versioning_override: _Optional[_Union[_message_pb2_1_1_1.VersioningOverride, _Mapping]] = ..., priority: _Optional[_Union[_message_pb2_1.Priority, _Mapping]] = ..., time_skipping_config: _Optional[_Union[_message_pb2_1.TimeSkippingConfig, _Mapping]] = ...) -> None: ...

class SignalWithStartWorkflowExecutionResponse(_message.Message):
    __slots__ = ("run_id", "first_execution_run_id", "started", "signal_link")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    FIRST_EXECUTION_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_FIELD_NUMBER: _ClassVar[int]
    SIGNAL_LINK_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    first_execution_run_id: str
    started: bool
    signal_link: _message_pb2_1.Link
    def __init__(self, run_id: _Optional[str] = ..., first_execution_run_id: _Optional[str] = ..., started: _Optional[bool] = ..., signal_link: _Optional[_Union[_message_pb2_1.Link, _Mapping]] = ...) -> None: ...

class ResetWorkflowExecutionRequest(_message.Message):
    __slots__ = ("namespace", "workflow_execution", "reason", "workflow_task_finish_event_id", "request_id", "reset_reapply_type", "reset_reapply_exclude_types", "post_reset_operations", "identity")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_FINISH_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RESET_REAPPLY_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESET_REAPPLY_EXCLUDE_TYPES_FIELD_NUMBER: _ClassVar[int]
    POST_RESET_OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_execution: _message_pb2_1.WorkflowExecution
    reason: str
    workflow_task_finish_event_id: int
    request_id: str
    reset_reapply_type: _reset_pb2.ResetReapplyType
    reset_reapply_exclude_types: _containers.RepeatedScalarFieldContainer[_reset_pb2.ResetReapplyExcludeType]
    post_reset_operations: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1.PostResetOperation]
    identity: str
    def __init__(self, namespace: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., reason: _Optional[str] = ..., workflow_task_finish_event_id: _Optional[int] = ..., request_id: _Optional[str] = ..., reset_reapply_type: _Optional[_Union[_reset_pb2.ResetReapplyType, str]] = ..., reset_reapply_exclude_types: _Optional[_Iterable[_Union[_reset_pb2.ResetReapplyExcludeType, str]]] = ..., post_reset_operations: _Optional[_Iterable[_Union[_message_pb2_1_1_1.PostResetOperation, _Mapping]]] = ..., identity: _Optional[str] = ...) -> None: ...

class ResetWorkflowExecutionResponse(_message.Message):
    __slots__ = ("run_id",)
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    def __init__(self, run_id: _Optional[str] = ...) -> None: ...

class TerminateWorkflowExecutionRequest(_message.Message):
    __slots__ = ("namespace", "workflow_execution", "reason", "details", "identity", "first_execution_run_id", "links")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    FIRST_EXECUTION_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_execution: _message_pb2_1.WorkflowExecution
    reason: str
    details: _message_pb2_1.Payloads
    identity: str
    first_execution_run_id: str
    links: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Link]
    def __init__(self, namespace: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., reason: _Optional[str] = ..., details: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., identity: _Optional[str] = ..., first_execution_run_id: _Optional[str] = ..., links: _Optional[_Iterable[_Union[_message_pb2_1.Link, _Mapping]]] = ...) -> None: ...

class TerminateWorkflowExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteWorkflowExecutionRequest(_message.Message):
    __slots__ = ("namespace", "workflow_execution")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_execution: _message_pb2_1.WorkflowExecution
    def __init__(self, namespace: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ...) -> None: ...

class DeleteWorkflowExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListOpenWorkflowExecutionsRequest(_message.Message):
    __slots__ = ("namespace", "maximum_page_size", "next_page_token", "start_time_filter", "execution_filter", "type_filter")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FILTER_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_FILTER_FIELD_NUMBER: _ClassVar[int]
    TYPE_FILTER_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    maximum_page_size: int
    next_page_token: bytes
    start_time_filter: _message_pb2_1_1_1_1_1_1_1.StartTimeFilter
    execution_filter: _message_pb2_1_1_1_1_1_1_1.WorkflowExecutionFilter
    type_filter: _message_pb2_1_1_1_1_1_1_1.WorkflowTypeFilter
    def __init__(self, namespace: _Optional[str] = ..., maximum_page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ..., start_time_filter: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1.StartTimeFilter, _Mapping]] = ..., execution_filter: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1.WorkflowExecutionFilter, _Mapping]] = ..., type_filter: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1.WorkflowTypeFilter, _Mapping]] = ...) -> None: ...

class ListOpenWorkflowExecutionsResponse(_message.Message):
    __slots__ = ("executions", "next_page_token")
    EXECUTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    executions: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1.WorkflowExecutionInfo]
    next_page_token: bytes
    def __init__(self, executions: _Optional[_Iterable[_Union[_message_pb2_1_1_1.WorkflowExecutionInfo, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class ListClosedWorkflowExecutionsRequest(_message.Message):
    __slots__ = ("namespace", "maximum_page_size", "next_page_token", "start_time_filter", "execution_filter", "type_filter", "status_filter")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FILTER_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_FILTER_FIELD_NUMBER: _ClassVar[int]
    TYPE_FILTER_FIELD_NUMBER: _ClassVar[int]
    STATUS_FILTER_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    maximum_page_size: int
    next_page_token: bytes
    start_time_filter: _message_pb2_1_1_1_1_1_1_1.StartTimeFilter
    execution_filter: _message_pb2_1_1_1_1_1_1_1.WorkflowExecutionFilter
    type_filter: _message_pb2_1_1_1_1_1_1_1.WorkflowTypeFilter
    status_filter: _message_pb2_1_1_1_1_1_1_1.StatusFilter
    def __init__(self, namespace: _Optional[str] = ..., maximum_page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ..., start_time_filter: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1.StartTimeFilter, _Mapping]] = ..., execution_filter: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1.WorkflowExecutionFilter, _Mapping]] = ..., type_filter: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1.WorkflowTypeFilter, _Mapping]] = ..., status_filter: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1.StatusFilter, _Mapping]] = ...) -> None: ...

class ListClosedWorkflowExecutionsResponse(_message.Message):
    __slots__ = ("executions", "next_page_token")
    EXECUTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    executions: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1.WorkflowExecutionInfo]
    next_page_token: bytes
    def __init__(self, executions: _Optional[_Iterable[_Union[_message_pb2_1_1_1.WorkflowExecutionInfo, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class ListWorkflowExecutionsRequest(_message.Message):
    __slots__ = ("namespace", "page_size", "next_page_token", "query")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    page_size: int
    next_page_token: bytes
    query: str
    def __init__(self, namespace: _Optional[str] = ..., page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ..., query: _Optional[str] = ...) -> None: ...

class ListWorkflowExecutionsResponse(_message.Message):
    __slots__ = ("executions", "next_page_token")
    EXECUTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    executions: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1.WorkflowExecutionInfo]
    next_page_token: bytes
    def __init__(self, executions: _Optional[_Iterable[_Union[_message_pb2_1_1_1.WorkflowExecutionInfo, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class ListArchivedWorkflowExecutionsRequest(_message.Message):
    __slots__ = ("namespace", "page_size", "next_page_token", "query")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    page_size: int
    next_page_token: bytes
    query: str
    def __init__(self, namespace: _Optional[str] = ..., page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ..., query: _Optional[str] = ...) -> None: ...

class ListArchivedWorkflowExecutionsResponse(_message.Message):
    __slots__ = ("executions", "next_page_token")
    EXECUTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    executions: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1.WorkflowExecutionInfo]
    next_page_token: bytes
    def __init__(self, executions: _Optional[_Iterable[_Union[_message_pb2_1_1_1.WorkflowExecutionInfo, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class ScanWorkflowExecutionsRequest(_message.Message):
    __slots__ = ("namespace", "page_size", "next_page_token", "query")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    page_size: int
    next_page_token: bytes
    query: str
    def __init__(self, namespace: _Optional[str] = ..., page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ..., query: _Optional[str] = ...) -> None: ...

class ScanWorkflowExecutionsResponse(_message.Message):
    __slots__ = ("executions", "next_page_token")
    EXECUTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    executions: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1.WorkflowExecutionInfo]
    next_page_token: bytes
    def __init__(self, executions: _Optional[_Iterable[_Union[_message_pb2_1_1_1.WorkflowExecutionInfo, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class CountWorkflowExecutionsRequest(_message.Message):
    __slots__ = ("namespace", "query")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    query: str
    def __init__(self, namespace: _Optional[str] = ..., query: _Optional[str] = ...) -> None: ...

class CountWorkflowExecutionsResponse(_message.Message):
    __slots__ = ("count", "groups")
    class AggregationGroup(_message.Message):
        __slots__ = ("group_values", "count")
        GROUP_VALUES_FIELD_NUMBER: _ClassVar[int]
        COUNT_FIELD_NUMBER: _ClassVar[int]
        group_values: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Payload]
        count: int
        def __init__(self, group_values: _Optional[_Iterable[_Union[_message_pb2_1.Payload, _Mapping]]] = ..., count: _Optional[int] = ...) -> None: ...
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[CountWorkflowExecutionsResponse.AggregationGroup]
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[CountWorkflowExecutionsResponse.AggregationGroup, _Mapping]]] = ...) -> None: ...

class GetSearchAttributesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetSearchAttributesResponse(_message.Message):
    __slots__ = ("keys",)
    class KeysEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _common_pb2.IndexedValueType
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_common_pb2.IndexedValueType, str]] = ...) -> None: ...
    KEYS_FIELD_NUMBER: _ClassVar[int]
    keys: _containers.ScalarMap[str, _common_pb2.IndexedValueType]
    def __init__(self, keys: _Optional[_Mapping[str, _common_pb2.IndexedValueType]] = ...) -> None: ...

class RespondQueryTaskCompletedRequest(_message.Message):
    __slots__ = ("task_token", "completed_type", "query_result", "error_message", "namespace", "failure", "cause", "poller_group_id")
    TASK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_TYPE_FIELD_NUMBER: _ClassVar[int]
    QUERY_RESULT_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    task_token: bytes
    completed_type: _query_pb2.QueryResultType
    query_result: _message_pb2_1.Payloads
    error_message: str
    namespace: str
    failure: _message_pb2_1_1_1_1_1_1.Failure
    cause: _failed_cause_pb2.WorkflowTaskFailedCause
    poller_group_id: str
    def __init__(self, task_token: _Optional[bytes] = ..., completed_type: _Optional[_Union[_query_pb2.QueryResultType, str]] = ..., query_result: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., error_message: _Optional[str] = ..., namespace: _Optional[str] = ..., failure: _Optional[_Union[_message_pb2_1_1_1_1_1_1.Failure, _Mapping]] = ..., cause: _Optional[_Union[_failed_cause_pb2.WorkflowTaskFailedCause, str]] = ..., poller_group_id: _Optional[str] = ...) -> None: ...

class RespondQueryTaskCompletedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ResetStickyTaskQueueRequest(_message.Message):
    __slots__ = ("namespace", "execution")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    execution: _message_pb2_1.WorkflowExecution
    def __init__(self, namespace: _Optional[str] = ..., execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ...) -> None: ...

class ResetStickyTaskQueueResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ShutdownWorkerRequest(_message.Message):
    __slots__ = ("namespace", "sticky_task_queue", "identity", "reason", "worker_heartbeat", "worker_instance_key", "task_queue", "task_queue_types")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    STICKY_TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    WORKER_HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    WORKER_INSTANCE_KEY_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_TYPES_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    sticky_task_queue: str
    identity: str
    reason: str
    worker_heartbeat: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WorkerHeartbeat
    worker_instance_key: str
    task_queue: str
    task_queue_types: _containers.RepeatedScalarFieldContainer[_task_queue_pb2.TaskQueueType]
    def __init__(self, namespace: _Optional[str] = ..., sticky_task_queue: _Optional[str] = ..., identity: _Optional[str] = ..., reason: _Optional[str] = ..., worker_heartbeat: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WorkerHeartbeat, _Mapping]] = ..., worker_instance_key: _Optional[str] = ..., task_queue: _Optional[str] = ..., task_queue_types: _Optional[_Iterable[_Union[_task_queue_pb2.TaskQueueType, str]]] = ...) -> None: ...

class ShutdownWorkerResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class QueryWorkflowRequest(_message.Message):
    __slots__ = ("namespace", "execution", "query", "query_reject_condition")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    QUERY_REJECT_CONDITION_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    execution: _message_pb2_1.WorkflowExecution
    query: _message_pb2_1_1_1_1_1_1_1_1_1_1.WorkflowQuery
    query_reject_condition: _query_pb2.QueryRejectCondition
    def __init__(self, namespace: _Optional[str] = ..., execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., query: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1.WorkflowQuery, _Mapping]] = ..., query_reject_condition: _Optional[_Union[_query_pb2.QueryRejectCondition, str]] = ...) -> None: ...

class QueryWorkflowResponse(_message.Message):
    __slots__ = ("query_result", "query_rejected", "link")
    QUERY_RESULT_FIELD_NUMBER: _ClassVar[int]
    QUERY_REJECTED_FIELD_NUMBER: _ClassVar[int]
    LINK_FIELD_NUMBER: _ClassVar[int]
    query_result: _message_pb2_1.Payloads
    query_rejected: _message_pb2_1_1_1_1_1_1_1_1_1_1.QueryRejected
    link: _message_pb2_1.Link
    def __init__(self, query_result: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., query_rejected: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1.QueryRejected, _Mapping]] = ..., link: _Optional[_Union[_message_pb2_1.Link, _Mapping]] = ...) -> None: ...

class DescribeWorkflowExecutionRequest(_message.Message):
    __slots__ = ("namespace", "execution")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    execution: _message_pb2_1.WorkflowExecution
    def __init__(self, namespace: _Optional[str] = ..., execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ...) -> None: ...

class DescribeWorkflowExecutionResponse(_message.Message):
    __slots__ = ("execution_config", "workflow_execution_info", "pending_activities", "pending_children", "pending_workflow_task", "callbacks", "pending_nexus_operations", "workflow_extended_info")
    EXECUTION_CONFIG_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_INFO_FIELD_NUMBER: _ClassVar[int]
    PENDING_ACTIVITIES_FIELD_NUMBER: _ClassVar[int]
    PENDING_CHILDREN_FIELD_NUMBER: _ClassVar[int]
    PENDING_WORKFLOW_TASK_FIELD_NUMBER: _ClassVar[int]
    CALLBACKS_FIELD_NUMBER: _ClassVar[int]
    PENDING_NEXUS_OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXTENDED_INFO_FIELD_NUMBER: _ClassVar[int]
    execution_config: _message_pb2_1_1_1.WorkflowExecutionConfig
    workflow_execution_info: _message_pb2_1_1_1.WorkflowExecutionInfo
    pending_activities: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1.PendingActivityInfo]
    pending_children: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1.PendingChildExecutionInfo]
    pending_workflow_task: _message_pb2_1_1_1.PendingWorkflowTaskInfo
    callbacks: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1.CallbackInfo]
    pending_nexus_operations: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1.PendingNexusOperationInfo]
    workflow_extended_info: _message_pb2_1_1_1.WorkflowExecutionExtendedInfo
    def __init__(self, execution_config: _Optional[_Union[_message_pb2_1_1_1.WorkflowExecutionConfig, _Mapping]] = ..., workflow_execution_info: _Optional[_Union[_message_pb2_1_1_1.WorkflowExecutionInfo, _Mapping]] = ..., pending_activities: _Optional[_Iterable[_Union[_message_pb2_1_1_1.PendingActivityInfo, _Mapping]]] = ..., pending_children: _Optional[_Iterable[_Union[_message_pb2_1_1_1.PendingChildExecutionInfo, _Mapping]]] = ..., pending_workflow_task: _Optional[_Union[_message_pb2_1_1_1.PendingWorkflowTaskInfo, _Mapping]] = ..., callbacks: _Optional[_Iterable[_Union[_message_pb2_1_1_1.CallbackInfo, _Mapping]]] = ..., pending_nexus_operations: _Optional[_Iterable[_Union[_message_pb2_1_1_1.PendingNexusOperationInfo, _Mapping]]] = ..., workflow_extended_info: _Optional[_Union[_message_pb2_1_1_1.WorkflowExecutionExtendedInfo, _Mapping]] = ...) -> None: ...

class DescribeTaskQueueRequest(_message.Message):
    __slots__ = ("namespace", "task_queue", "task_queue_type", "report_stats", "report_config", "include_task_queue_status", "api_mode", "versions", "task_queue_types", "report_pollers", "report_task_reachability")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REPORT_STATS_FIELD_NUMBER: _ClassVar[int]
    REPORT_CONFIG_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_TASK_QUEUE_STATUS_FIELD_NUMBER: _ClassVar[int]
    API_MODE_FIELD_NUMBER: _ClassVar[int]
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_TYPES_FIELD_NUMBER: _ClassVar[int]
    REPORT_POLLERS_FIELD_NUMBER: _ClassVar[int]
    REPORT_TASK_REACHABILITY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    task_queue: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue
    task_queue_type: _task_queue_pb2.TaskQueueType
    report_stats: bool
    report_config: bool
    include_task_queue_status: bool
    api_mode: _task_queue_pb2.DescribeTaskQueueMode
    versions: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueVersionSelection
    task_queue_types: _containers.RepeatedScalarFieldContainer[_task_queue_pb2.TaskQueueType]
    report_pollers: bool
    report_task_reachability: bool
    def __init__(self, namespace: _Optional[str] = ..., task_queue: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue, _Mapping]] = ..., task_queue_type: _Optional[_Union[_task_queue_pb2.TaskQueueType, str]] = ..., report_stats: _Optional[bool] = ..., report_config: _Optional[bool] = ..., include_task_queue_status: _Optional[bool] = ..., api_mode: _Optional[_Union[_task_queue_pb2.DescribeTaskQueueMode, str]] = ..., versions: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueVersionSelection, _Mapping]] = ..., task_queue_types: _Optional[_Iterable[_Union[_task_queue_pb2.TaskQueueType, str]]] = ..., report_pollers: _Optional[bool] = ..., report_task_reachability: _Optional[bool] = ...) -> None: ...

class DescribeTaskQueueResponse(_message.Message):
    __slots__ = ("pollers", "stats", "stats_by_priority_key", "versioning_info", "config", "effective_rate_limit", "task_queue_status", "versions_info")
    class StatsByPriorityKeyEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStats
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStats, _Mapping]] = ...) -> None: ...
    class EffectiveRateLimit(_message.Message):
        __slots__ = ("requests_per_second", "rate_limit_source")
        REQUESTS_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
        RATE_LIMIT_SOURCE_FIELD_NUMBER: _ClassVar[int]
        requests_per_second: float
        rate_limit_source: _task_queue_pb2.RateLimitSource
        def __init__(self, requests_per_second: _Optional[float] = ..., rate_limit_source: _Optional[_Union[_task_queue_pb2.RateLimitSource, str]] = ...) -> None: ...
    class VersionsInfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueVersionInfo
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueVersionInfo, _Mapping]] = ...) -> None: ...
    POLLERS_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    STATS_BY_PRIORITY_KEY_FIELD_NUMBER: _ClassVar[int]
    VERSIONING_INFO_FIELD_NUMBER: _ClassVar[int]
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_RATE_LIMIT_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_STATUS_FIELD_NUMBER: _ClassVar[int]
    VERSIONS_INFO_FIELD_NUMBER: _ClassVar[int]
    pollers: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerInfo]
    stats: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStats
    stats_by_priority_key: _containers.MessageMap[int, _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStats]
    versioning_info: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueVersioningInfo
    config: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueConfig
    effective_rate_limit: DescribeTaskQueueResponse.EffectiveRateLimit
    task_queue_status: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStatus
    versions_info: _containers.MessageMap[str, _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueVersionInfo]
    def __init__(self, pollers: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerInfo, _Mapping]]] = ..., stats: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStats, _Mapping]] = ..., stats_by_priority_key: _Optional[_Mapping[int, _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStats]] = ..., versioning_info: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueVersioningInfo, _Mapping]] = ..., config: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueConfig, _Mapping]] = ..., effective_rate_limit: _Optional[_Union[DescribeTaskQueueResponse.EffectiveRateLimit, _Mapping]] = ..., task_queue_status: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStatus, _Mapping]] = ..., versions_info: _Optional[_Mapping[str, _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueVersionInfo]] = ...) -> None: ...

class GetClusterInfoRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetClusterInfoResponse(_message.Message):
    __slots__ = ("supported_clients", "server_version", "cluster_id", "version_info", "cluster_name", "history_shard_count", "persistence_store", "visibility_store", "initial_failover_version", "failover_version_increment")
    class SupportedClientsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    SUPPORTED_CLIENTS_FIELD_NUMBER: _ClassVar[int]
    SERVER_VERSION_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_INFO_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_NAME_FIELD_NUMBER: _ClassVar[int]
    HISTORY_SHARD_COUNT_FIELD_NUMBER: _ClassVar[int]
    PERSISTENCE_STORE_FIELD_NUMBER: _ClassVar[int]
    VISIBILITY_STORE_FIELD_NUMBER: _ClassVar[int]
    INITIAL_FAILOVER_VERSION_FIELD_NUMBER: _ClassVar[int]
    FAILOVER_VERSION_INCREMENT_FIELD_NUMBER: _ClassVar[int]
    supported_clients: _containers.ScalarMap[str, str]
    server_version: str
    cluster_id: str
    version_info: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.VersionInfo
    cluster_name: str
    history_shard_count: int
    persistence_store: str
    visibility_store: str
    initial_failover_version: int
    failover_version_increment: int
    def __init__(self, supported_clients: _Optional[_Mapping[str, str]] = ..., server_version: _Optional[str] = ..., cluster_id: _Optional[str] = ..., version_info: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.VersionInfo, _Mapping]] = ..., cluster_name: _Optional[str] = ..., history_shard_count: _Optional[int] = ..., persistence_store: _Optional[str] = ..., visibility_store: _Optional[str] = ..., initial_failover_version: _Optional[int] = ..., failover_version_increment: _Optional[int] = ...) -> None: ...

class GetSystemInfoRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetSystemInfoResponse(_message.Message):
    __slots__ = ("server_version", "capabilities")
    class Capabilities(_message.Message):
        __slots__ = ("signal_and_query_header", "internal_error_differentiation", "activity_failure_include_heartbeat", "supports_schedules", "encoded_failure_attributes", "build_id_based_versioning", "upsert_memo", "eager_workflow_start", "sdk_metadata", "count_group_by_execution_status", "nexus", "server_scaled_deployments", "server_scaled_provider_cloud_run")
        SIGNAL_AND_QUERY_HEADER_FIELD_NUMBER: _ClassVar[int]
        INTERNAL_ERROR_DIFFERENTIATION_FIELD_NUMBER: _ClassVar[int]
        ACTIVITY_FAILURE_INCLUDE_HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
        SUPPORTS_SCHEDULES_FIELD_NUMBER: _ClassVar[int]
        ENCODED_FAILURE_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
        BUILD_ID_BASED_VERSIONING_FIELD_NUMBER: _ClassVar[int]
        UPSERT_MEMO_FIELD_NUMBER: _ClassVar[int]
        EAGER_WORKFLOW_START_FIELD_NUMBER: _ClassVar[int]
        SDK_METADATA_FIELD_NUMBER: _ClassVar[int]
        COUNT_GROUP_BY_EXECUTION_STATUS_FIELD_NUMBER: _ClassVar[int]
        NEXUS_FIELD_NUMBER: _ClassVar[int]
        SERVER_SCALED_DEPLOYMENTS_FIELD_NUMBER: _ClassVar[int]
        SERVER_SCALED_PROVIDER_CLOUD_RUN_FIELD_NUMBER: _ClassVar[int]
        signal_and_query_header: bool
        internal_error_differentiation: bool
        activity_failure_include_heartbeat: bool
        supports_schedules: bool
        encoded_failure_attributes: bool
        build_id_based_versioning: bool
        upsert_memo: bool
        eager_workflow_start: bool
        sdk_metadata: bool
        count_group_by_execution_status: bool
        nexus: bool
        server_scaled_deployments: bool
        server_scaled_provider_cloud_run: bool
        def __init__(self, signal_and_query_header: _Optional[bool] = ..., internal_error_differentiation: _Optional[bool] = ..., activity_failure_include_heartbeat: _Optional[bool] = ..., supports_schedules: _Optional[bool] = ..., encoded_failure_attributes: _Optional[bool] = ..., build_id_based_versioning: _Optional[bool] = ..., upsert_memo: _Optional[bool] = ..., eager_workflow_start: _Optional[bool] = ..., sdk_metadata: _Optional[bool] = ..., count_group_by_execution_status: _Optional[bool] = ..., nexus: _Optional[bool] = ..., server_scaled_deployments: _Optional[bool] = ..., server_scaled_provider_cloud_run: _Optional[bool] = ...) -> None: ...
    SERVER_VERSION_FIELD_NUMBER: _ClassVar[int]
    CAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    server_version: str
    capabilities: GetSystemInfoResponse.Capabilities
    def __init__(self, server_version: _Optional[str] = ..., capabilities: _Optional[_Union[GetSystemInfoResponse.Capabilities, _Mapping]] = ...) -> None: ...

class ListTaskQueuePartitionsRequest(_message.Message):
    __slots__ = ("namespace", "task_queue")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    task_queue: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue
    def __init__(self, namespace: _Optional[str] = ..., task_queue: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue, _Mapping]] = ...) -> None: ...

class ListTaskQueuePartitionsResponse(_message.Message):
    __slots__ = ("activity_task_queue_partitions", "workflow_task_queue_partitions")
    ACTIVITY_TASK_QUEUE_PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_QUEUE_PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    activity_task_queue_partitions: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueuePartitionMetadata]
    workflow_task_queue_partitions: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueuePartitionMetadata]
    def __init__(self, activity_task_queue_partitions: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueuePartitionMetadata, _Mapping]]] = ..., workflow_task_queue_partitions: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueuePartitionMetadata, _Mapping]]] = ...) -> None: ...

class CreateScheduleRequest(_message.Message):
    __slots__ = ("namespace", "schedule_id", "schedule", "initial_patch", "identity", "request_id", "memo", "search_attributes")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    INITIAL_PATCH_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    schedule_id: str
    schedule: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.Schedule
    initial_patch: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.SchedulePatch
    identity: str
    request_id: str
    memo: _message_pb2_1.Memo
    search_attributes: _message_pb2_1.SearchAttributes
    def __init__(self, namespace: _Optional[str] = ..., schedule_id: _Optional[str] = ..., schedule: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.Schedule, _Mapping]] = ..., initial_patch: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.SchedulePatch, _Mapping]] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., memo: _Optional[_Union[_message_pb2_1.Memo, _Mapping]] = ..., search_attributes: _Optional[_Union[_message_pb2_1.SearchAttributes, _Mapping]] = ...) -> None: ...

class CreateScheduleResponse(_message.Message):
    __slots__ = ("conflict_token",)
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    conflict_token: bytes
    def __init__(self, conflict_token: _Optional[bytes] = ...) -> None: ...

class DescribeScheduleRequest(_message.Message):
    __slots__ = ("namespace", "schedule_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    schedule_id: str
    def __init__(self, namespace: _Optional[str] = ..., schedule_id: _Optional[str] = ...) -> None: ...

class DescribeScheduleResponse(_message.Message):
    __slots__ = ("schedule", "info", "memo", "search_attributes", "conflict_token")
    SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    schedule: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.Schedule
    info: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.ScheduleInfo
    memo: _message_pb2_1.Memo
    search_attributes: _message_pb2_1.SearchAttributes
    conflict_token: bytes
    def __init__(self, schedule: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.Schedule, _Mapping]] = ..., info: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.ScheduleInfo, _Mapping]] = ..., memo: _Optional[_Union[_message_pb2_1.Memo, _Mapping]] = ..., search_attributes: _Optional[_Union[_message_pb2_1.SearchAttributes, _Mapping]] = ..., conflict_token: _Optional[bytes] = ...) -> None: ...

class UpdateScheduleRequest(_message.Message):
    __slots__ = ("namespace", "schedule_id", "schedule", "conflict_token", "identity", "request_id", "search_attributes", "memo")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    schedule_id: str
    schedule: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.Schedule
    conflict_token: bytes
    identity: str
    request_id: str
    search_attributes: _message_pb2_1.SearchAttributes
    memo: _message_pb2_1.Memo
    def __init__(self, namespace: _Optional[str] = ..., schedule_id: _Optional[str] = ..., schedule: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.Schedule, _Mapping]] = ..., conflict_token: _Optional[bytes] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., search_attributes: _Optional[_Union[_message_pb2_1.SearchAttributes, _Mapping]] = ..., memo: _Optional[_Union[_message_pb2_1.Memo, _Mapping]] = ...) -> None: ...

class UpdateScheduleResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PatchScheduleRequest(_message.Message):
    __slots__ = ("namespace", "schedule_id", "patch", "identity", "request_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_ID_FIELD_NUMBER: _ClassVar[int]
    PATCH_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    schedule_id: str
    patch: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.SchedulePatch
    identity: str
    request_id: str
    def __init__(self, namespace: _Optional[str] = ..., schedule_id: _Optional[str] = ..., patch: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.SchedulePatch, _Mapping]] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class PatchScheduleResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListScheduleMatchingTimesRequest(_message.Message):
    __slots__ = ("namespace", "schedule_id", "start_time", "end_time")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_ID_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    schedule_id: str
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, namespace: _Optional[str] = ..., schedule_id: _Optional[str] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListScheduleMatchingTimesResponse(_message.Message):
    __slots__ = ("start_time",)
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    start_time: _containers.RepeatedCompositeFieldContainer[_timestamp_pb2.Timestamp]
    def __init__(self, start_time: _Optional[_Iterable[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]]] = ...) -> None: ...

class DeleteScheduleRequest(_message.Message):
    __slots__ = ("namespace", "schedule_id", "identity")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    schedule_id: str
    identity: str
    def __init__(self, namespace: _Optional[str] = ..., schedule_id: _Optional[str] = ..., identity: _Optional[str] = ...) -> None: ...

class DeleteScheduleResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListSchedulesRequest(_message.Message):
    __slots__ = ("namespace", "maximum_page_size", "next_page_token", "query")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    maximum_page_size: int
    next_page_token: bytes
    query: str
    def __init__(self, namespace: _Optional[str] = ..., maximum_page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ..., query: _Optional[str] = ...) -> None: ...

class ListSchedulesResponse(_message.Message):
    __slots__ = ("schedules", "next_page_token")
    SCHEDULES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    schedules: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.ScheduleListEntry]
    next_page_token: bytes
    def __init__(self, schedules: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1.ScheduleListEntry, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class CountSchedulesRequest(_message.Message):
    __slots__ = ("namespace", "query")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    query: str
    def __init__(self, namespace: _Optional[str] = ..., query: _Optional[str] = ...) -> None: ...

class CountSchedulesResponse(_message.Message):
    __slots__ = ("count", "groups")
    class AggregationGroup(_message.Message):
        __slots__ = ("group_values", "count")
        GROUP_VALUES_FIELD_NUMBER: _ClassVar[int]
        COUNT_FIELD_NUMBER: _ClassVar[int]
        group_values: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Payload]
        count: int
        def __init__(self, group_values: _Optional[_Iterable[_Union[_message_pb2_1.Payload, _Mapping]]] = ..., count: _Optional[int] = ...) -> None: ...
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[CountSchedulesResponse.AggregationGroup]
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[CountSchedulesResponse.AggregationGroup, _Mapping]]] = ...) -> None: ...

class UpdateWorkerBuildIdCompatibilityRequest(_message.Message):
    __slots__ = ("namespace", "task_queue", "add_new_build_id_in_new_default_set", "add_new_compatible_build_id", "promote_set_by_build_id", "promote_build_id_within_set", "merge_sets")
    class AddNewCompatibleVersion(_message.Message):
        __slots__ = ("new_build_id", "existing_compatible_build_id", "make_set_default")
        NEW_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
        EXISTING_COMPATIBLE_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
        MAKE_SET_DEFAULT_FIELD_NUMBER: _ClassVar[int]
        new_build_id: str
        existing_compatible_build_id: str
        make_set_default: bool
        def __init__(self, new_build_id: _Optional[str] = ..., existing_compatible_build_id: _Optional[str] = ..., make_set_default: _Optional[bool] = ...) -> None: ...
    class MergeSets(_message.Message):
        __slots__ = ("primary_set_build_id", "secondary_set_build_id")
        PRIMARY_SET_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
        SECONDARY_SET_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
        primary_set_build_id: str
        secondary_set_build_id: str
        def __init__(self, primary_set_build_id: _Optional[str] = ..., secondary_set_build_id: _Optional[str] = ...) -> None: ...
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    ADD_NEW_BUILD_ID_IN_NEW_DEFAULT_SET_FIELD_NUMBER: _ClassVar[int]
    ADD_NEW_COMPATIBLE_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    PROMOTE_SET_BY_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    PROMOTE_BUILD_ID_WITHIN_SET_FIELD_NUMBER: _ClassVar[int]
    MERGE_SETS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    task_queue: str
    add_new_build_id_in_new_default_set: str
    add_new_compatible_build_id: UpdateWorkerBuildIdCompatibilityRequest.AddNewCompatibleVersion
    promote_set_by_build_id: str
    promote_build_id_within_set: str
    merge_sets: UpdateWorkerBuildIdCompatibilityRequest.MergeSets
    def __init__(self, namespace: _Optional[str] = ..., task_queue: _Optional[str] = ..., add_new_build_id_in_new_default_set: _Optional[str] = ..., add_new_compatible_build_id: _Optional[_Union[UpdateWorkerBuildIdCompatibilityRequest.AddNewCompatibleVersion, _Mapping]] = ..., promote_set_by_build_id: _Optional[str] = ..., promote_build_id_within_set: _Optional[str] = ..., merge_sets: _Optional[_Union[UpdateWorkerBuildIdCompatibilityRequest.MergeSets, _Mapping]] = ...) -> None: ...

class UpdateWorkerBuildIdCompatibilityResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetWorkerBuildIdCompatibilityRequest(_message.Message):
    __slots__ = ("namespace", "task_queue", "max_sets")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    MAX_SETS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    task_queue: str
    max_sets: int
    def __init__(self, namespace: _Optional[str] = ..., task_queue: _Optional[str] = ..., max_sets: _Optional[int] = ...) -> None: ...

class GetWorkerBuildIdCompatibilityResponse(_message.Message):
    __slots__ = ("major_version_sets",)
    MAJOR_VERSION_SETS_FIELD_NUMBER: _ClassVar[int]
    major_version_sets: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.CompatibleVersionSet]
    def __init__(self, major_version_sets: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.CompatibleVersionSet, _Mapping]]] = ...) -> None: ...

class UpdateWorkerVersioningRulesRequest(_message.Message):
    __slots__ = ("namespace", "task_queue", "conflict_token", "insert_assignment_rule", "replace_assignment_rule", "delete_assignment_rule", "add_compatible_redirect_rule", "replace_compatible_redirect_rule", "delete_compatible_redirect_rule", "commit_build_id")
    class InsertBuildIdAssignmentRule(_message.Message):
        __slots__ = ("rule_index", "rule")
        RULE_INDEX_FIELD_NUMBER: _ClassVar[int]
        RULE_FIELD_NUMBER: _ClassVar[int]
        rule_index: int
        rule: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BuildIdAssignmentRule
        def __init__(self, rule_index: _Optional[int] = ..., rule: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BuildIdAssignmentRule, _Mapping]] = ...) -> None: ...
    class ReplaceBuildIdAssignmentRule(_message.Message):
        __slots__ = ("rule_index", "rule", "force")
        RULE_INDEX_FIELD_NUMBER: _ClassVar[int]
        RULE_FIELD_NUMBER: _ClassVar[int]
        FORCE_FIELD_NUMBER: _ClassVar[int]
        rule_index: int
        rule: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BuildIdAssignmentRule
        force: bool
        def __init__(self, rule_index: _Optional[int] = ..., rule: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BuildIdAssignmentRule, _Mapping]] = ..., force: _Optional[bool] = ...) -> None: ...
    class DeleteBuildIdAssignmentRule(_message.Message):
        __slots__ = ("rule_index", "force")
        RULE_INDEX_FIELD_NUMBER: _ClassVar[int]
        FORCE_FIELD_NUMBER: _ClassVar[int]
        rule_index: int
        force: bool
        def __init__(self, rule_index: _Optional[int] = ..., force: _Optional[bool] = ...) -> None: ...
    class AddCompatibleBuildIdRedirectRule(_message.Message):
        __slots__ = ("rule",)
        RULE_FIELD_NUMBER: _ClassVar[int]
        rule: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.CompatibleBuildIdRedirectRule
        def __init__(self, rule: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.CompatibleBuildIdRedirectRule, _Mapping]] = ...) -> None: ...
    class ReplaceCompatibleBuildIdRedirectRule(_message.Message):
        __slots__ = ("rule",)
        RULE_FIELD_NUMBER: _ClassVar[int]
        rule: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.CompatibleBuildIdRedirectRule
        def __init__(self, rule: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.CompatibleBuildIdRedirectRule, _Mapping]] = ...) -> None: ...
    class DeleteCompatibleBuildIdRedirectRule(_message.Message):
        __slots__ = ("source_build_id",)
        SOURCE_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
        source_build_id: str
        def __init__(self, source_build_id: _Optional[str] = ...) -> None: ...
    class CommitBuildId(_message.Message):
        __slots__ = ("target_build_id", "force")
        TARGET_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
        FORCE_FIELD_NUMBER: _ClassVar[int]
        target_build_id: str
        force: bool
        def __init__(self, target_build_id: _Optional[str] = ..., force: _Optional[bool] = ...) -> None: ...
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    INSERT_ASSIGNMENT_RULE_FIELD_NUMBER: _ClassVar[int]
    REPLACE_ASSIGNMENT_RULE_FIELD_NUMBER: _ClassVar[int]
    DELETE_ASSIGNMENT_RULE_FIELD_NUMBER: _ClassVar[int]
    ADD_COMPATIBLE_REDIRECT_RULE_FIELD_NUMBER: _ClassVar[int]
    REPLACE_COMPATIBLE_REDIRECT_RULE_FIELD_NUMBER: _ClassVar[int]
    DELETE_COMPATIBLE_REDIRECT_RULE_FIELD_NUMBER: _ClassVar[int]
    COMMIT_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    task_queue: str
    conflict_token: bytes
    insert_assignment_rule: UpdateWorkerVersioningRulesRequest.InsertBuildIdAssignmentRule
    replace_assignment_rule: UpdateWorkerVersioningRulesRequest.ReplaceBuildIdAssignmentRule
    delete_assignment_rule: UpdateWorkerVersioningRulesRequest.DeleteBuildIdAssignmentRule
    add_compatible_redirect_rule: UpdateWorkerVersioningRulesRequest.AddCompatibleBuildIdRedirectRule
    replace_compatible_redirect_rule: UpdateWorkerVersioningRulesRequest.ReplaceCompatibleBuildIdRedirectRule
    delete_compatible_redirect_rule: UpdateWorkerVersioningRulesRequest.DeleteCompatibleBuildIdRedirectRule
    commit_build_id: UpdateWorkerVersioningRulesRequest.CommitBuildId
    def __init__(self, namespace: _Optional[str] = ..., task_queue: _Optional[str] = ..., conflict_token: _Optional[bytes] = ..., insert_assignment_rule: _Optional[_Union[UpdateWorkerVersioningRulesRequest.InsertBuildIdAssignmentRule, _Mapping]] = ..., replace_assignment_rule: _Optional[_Union[UpdateWorkerVersioningRulesRequest.ReplaceBuildIdAssignmentRule, _Mapping]] = ..., delete_assignment_rule: _Optional[_Union[UpdateWorkerVersioningRulesRequest.DeleteBuildIdAssignmentRule, _Mapping]] = ..., add_compatible_redirect_rule: _Optional[_Union[UpdateWorkerVersioningRulesRequest.AddCompatibleBuildIdRedirectRule, _Mapping]] = ..., replace_compatible_redirect_rule: _Optional[_Union[UpdateWorkerVersioningRulesRequest.ReplaceCompatibleBuildIdRedirectRule, _Mapping]] = ..., delete_compatible_redirect_rule: _Optional[_Union[UpdateWorkerVersioningRulesRequest.DeleteCompatibleBuildIdRedirectRule, _Mapping]] = ..., commit_build_id: _Optional[_Union[UpdateWorkerVersioningRulesRequest.CommitBuildId, _Mapping]] = ...) -> None: ...

class UpdateWorkerVersioningRulesResponse(_message.Message):
    __slots__ = ("assignment_rules", "compatible_redirect_rules", "conflict_token")
    ASSIGNMENT_RULES_FIELD_NUMBER: _ClassVar[int]
    COMPATIBLE_REDIRECT_RULES_FIELD_NUMBER: _ClassVar[int]
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    assignment_rules: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TimestampedBuildIdAssignmentRule]
    compatible_redirect_rules: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TimestampedCompatibleBuildIdRedirectRule]
    conflict_token: bytes
    def __init__(self, assignment_rules: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TimestampedBuildIdAssignmentRule, _Mapping]]] = ..., compatible_redirect_rules: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TimestampedCompatibleBuildIdRedirectRule, _Mapping]]] = ..., conflict_token: _Optional[bytes] = ...) -> None: ...

class GetWorkerVersioningRulesRequest(_message.Message):
    __slots__ = ("namespace", "task_queue")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    task_queue: str
    def __init__(self, namespace: _Optional[str] = ..., task_queue: _Optional[str] = ...) -> None: ...

class GetWorkerVersioningRulesResponse(_message.Message):
    __slots__ = ("assignment_rules", "compatible_redirect_rules", "conflict_token")
    ASSIGNMENT_RULES_FIELD_NUMBER: _ClassVar[int]
    COMPATIBLE_REDIRECT_RULES_FIELD_NUMBER: _ClassVar[int]
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    assignment_rules: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TimestampedBuildIdAssignmentRule]
    compatible_redirect_rules: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TimestampedCompatibleBuildIdRedirectRule]
    conflict_token: bytes
    def __init__(self, assignment_rules: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TimestampedBuildIdAssignmentRule, _Mapping]]] = ..., compatible_redirect_rules: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TimestampedCompatibleBuildIdRedirectRule, _Mapping]]] = ..., conflict_token: _Optional[bytes] = ...) -> None: ...

class GetWorkerTaskReachabilityRequest(_message.Message):
    __slots__ = ("namespace", "build_ids", "task_queues", "reachability")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    BUILD_IDS_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUES_FIELD_NUMBER: _ClassVar[int]
    REACHABILITY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    build_ids: _containers.RepeatedScalarFieldContainer[str]
    task_queues: _containers.RepeatedScalarFieldContainer[str]
    reachability: _task_queue_pb2.TaskReachability
    def __init__(self, namespace: _Optional[str] = ..., build_ids: _Optional[_Iterable[str]] = ..., task_queues: _Optional[_Iterable[str]] = ..., reachability: _Optional[_Union[_task_queue_pb2.TaskReachability, str]] = ...) -> None: ...

class GetWorkerTaskReachabilityResponse(_message.Message):
    __slots__ = ("build_id_reachability",)
    BUILD_ID_REACHABILITY_FIELD_NUMBER: _ClassVar[int]
    build_id_reachability: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BuildIdReachability]
    def __init__(self, build_id_reachability: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BuildIdReachability, _Mapping]]] = ...) -> None: ...

class UpdateWorkflowExecutionRequest(_message.Message):
    __slots__ = ("namespace", "workflow_execution", "first_execution_run_id", "wait_policy", "request")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    FIRST_EXECUTION_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    WAIT_POLICY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_execution: _message_pb2_1.WorkflowExecution
    first_execution_run_id: str
    wait_policy: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WaitPolicy
    request: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.Request
    def __init__(self, namespace: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., first_execution_run_id: _Optional[str] = ..., wait_policy: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WaitPolicy, _Mapping]] = ..., request: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.Request, _Mapping]] = ...) -> None: ...

class UpdateWorkflowExecutionResponse(_message.Message):
    __slots__ = ("update_ref", "outcome", "stage", "link")
    UPDATE_REF_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    LINK_FIELD_NUMBER: _ClassVar[int]
    update_ref: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.UpdateRef
    outcome: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.Outcome
    stage: _update_pb2.UpdateWorkflowExecutionLifecycleStage
    link: _message_pb2_1.Link
    def __init__(self, update_ref: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.UpdateRef, _Mapping]] = ..., outcome: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.Outcome, _Mapping]] = ..., stage: _Optional[_Union[_update_pb2.UpdateWorkflowExecutionLifecycleStage, str]] = ..., link: _Optional[_Union[_message_pb2_1.Link, _Mapping]] = ...) -> None: ...

class StartBatchOperationRequest(_message.Message):
    __slots__ = ("namespace", "visibility_query", "job_id", "reason", "executions", "target_executions", "max_operations_per_second", "termination_operation", "signal_operation", "cancellation_operation", "deletion_operation", "reset_operation", "update_workflow_options_operation", "unpause_activities_operation", "reset_activities_operation", "update_activity_options_operation", "cancel_activities_operation", "terminate_activities_operation", "delete_activities_operation")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    VISIBILITY_QUERY_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    EXECUTIONS_FIELD_NUMBER: _ClassVar[int]
    TARGET_EXECUTIONS_FIELD_NUMBER: _ClassVar[int]
    MAX_OPERATIONS_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    TERMINATION_OPERATION_FIELD_NUMBER: _ClassVar[int]
    SIGNAL_OPERATION_FIELD_NUMBER: _ClassVar[int]
    CANCELLATION_OPERATION_FIELD_NUMBER: _ClassVar[int]
    DELETION_OPERATION_FIELD_NUMBER: _ClassVar[int]
    RESET_OPERATION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_WORKFLOW_OPTIONS_OPERATION_FIELD_NUMBER: _ClassVar[int]
    UNPAUSE_ACTIVITIES_OPERATION_FIELD_NUMBER: _ClassVar[int]
    RESET_ACTIVITIES_OPERATION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_ACTIVITY_OPTIONS_OPERATION_FIELD_NUMBER: _ClassVar[int]
    CANCEL_ACTIVITIES_OPERATION_FIELD_NUMBER: _ClassVar[int]
    TERMINATE_ACTIVITIES_OPERATION_FIELD_NUMBER: _ClassVar[int]
    DELETE_ACTIVITIES_OPERATION_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    visibility_query: str
    job_id: str
    reason: str
    executions: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.WorkflowExecution]
    target_executions: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Execution]
    max_operations_per_second: float
    termination_operation: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationTermination
    signal_operation: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationSignal
    cancellation_operation: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationCancellation
    deletion_operation: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationDeletion
    reset_operation: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationReset
    update_workflow_options_operation: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationUpdateWorkflowExecutionOptions
    unpause_activities_operation: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationUnpauseActivities
    reset_activities_operation: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationResetActivities
    update_activity_options_operation: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationUpdateActivityOptions
    cancel_activities_operation: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationCancelActivities
    terminate_activities_operation: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationTerminateActivities
    delete_activities_operation: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationDeleteActivities
    def __init__(self, namespace: _Optional[str] = ..., visibility_query: _Optional[str] = ..., job_id: _Optional[str] = ..., reason: _Optional[str] = ..., executions: _Optional[_Iterable[_Union[_message_pb2_1.WorkflowExecution, _Mapping]]] = ..., target_executions: _Optional[_Iterable[_Union[_message_pb2_1.Execution, _Mapping]]] = ..., max_operations_per_second: _Optional[float] = ..., termination_operation: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationTermination, _Mapping]] = ..., signal_operation: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationSignal, _Mapping]] = ..., cancellation_operation: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationCancellation, _Mapping]] = ..., deletion_operation: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationDeletion, _Mapping]] = ..., reset_operation: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationReset, _Mapping]] = ..., update_workflow_options_operation: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationUpdateWorkflowExecutionOptions, _Mapping]] = ..., unpause_activities_operation: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationUnpauseActivities, _Mapping]] = ..., reset_activities_operation: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationResetActivities, _Mapping]] = ..., update_activity_options_operation: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationUpdateActivityOptions, _Mapping]] = ..., cancel_activities_operation: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationCancelActivities, _Mapping]] = ..., terminate_activities_operation: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationTerminateActivities, _Mapping]] = ..., delete_activities_operation: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationDeleteActivities, _Mapping]] = ...) -> None: ...

class StartBatchOperationResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StopBatchOperationRequest(_message.Message):
    __slots__ = ("namespace", "job_id", "reason", "identity")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    job_id: str
    reason: str
    identity: str
    def __init__(self, namespace: _Optional[str] = ..., job_id: _Optional[str] = ..., reason: _Optional[str] = ..., identity: _Optional[str] = ...) -> None: ...

class StopBatchOperationResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DescribeBatchOperationRequest(_message.Message):
    __slots__ = ("namespace", "job_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    job_id: str
    def __init__(self, namespace: _Optional[str] = ..., job_id: _Optional[str] = ...) -> None: ...

class DescribeBatchOperationResponse(_message.Message):
    __slots__ = ("operation_type", "job_id", "state", "start_time", "close_time", "total_operation_count", "complete_operation_count", "failure_operation_count", "identity", "reason", "query", "executions")
    OPERATION_TYPE_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    CLOSE_TIME_FIELD_NUMBER: _ClassVar[int]
    TOTAL_OPERATION_COUNT_FIELD_NUMBER: _ClassVar[int]
    COMPLETE_OPERATION_COUNT_FIELD_NUMBER: _ClassVar[int]
    FAILURE_OPERATION_COUNT_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    EXECUTIONS_FIELD_NUMBER: _ClassVar[int]
    operation_type: _batch_operation_pb2.BatchOperationType
    job_id: str
    state: _batch_operation_pb2.BatchOperationState
    start_time: _timestamp_pb2.Timestamp
    close_time: _timestamp_pb2.Timestamp
    total_operation_count: int
    complete_operation_count: int
    failure_operation_count: int
    identity: str
    reason: str
    query: str
    executions: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Execution]
    def __init__(self, operation_type: _Optional[_Union[_batch_operation_pb2.BatchOperationType, str]] = ..., job_id: _Optional[str] = ..., state: _Optional[_Union[_batch_operation_pb2.BatchOperationState, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., close_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., total_operation_count: _Optional[int] = ..., complete_operation_count: _Optional[int] = ..., failure_operation_count: _Optional[int] = ..., identity: _Optional[str] = ..., reason: _Optional[str] = ..., query: _Optional[str] = ..., executions: _Optional[_Iterable[_Union[_message_pb2_1.Execution, _Mapping]]] = ...) -> None: ...

class ListBatchOperationsRequest(_message.Message):
    __slots__ = ("namespace", "page_size", "next_page_token")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    page_size: int
    next_page_token: bytes
    def __init__(self, namespace: _Optional[str] = ..., page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class ListBatchOperationsResponse(_message.Message):
    __slots__ = ("operation_info", "next_page_token")
    OPERATION_INFO_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    operation_info: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationInfo]
    next_page_token: bytes
    def __init__(self, operation_info: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.BatchOperationInfo, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class PollWorkflowExecutionUpdateRequest(_message.Message):
    __slots__ = ("namespace", "update_ref", "identity", "wait_policy")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_REF_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    WAIT_POLICY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    update_ref: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.UpdateRef
    identity: str
    wait_policy: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WaitPolicy
    def __init__(self, namespace: _Optional[str] = ..., update_ref: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.UpdateRef, _Mapping]] = ..., identity: _Optional[str] = ..., wait_policy: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WaitPolicy, _Mapping]] = ...) -> None: ...

class PollWorkflowExecutionUpdateResponse(_message.Message):
    __slots__ = ("outcome", "stage", "update_ref")
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_REF_FIELD_NUMBER: _ClassVar[int]
    outcome: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.Outcome
    stage: _update_pb2.UpdateWorkflowExecutionLifecycleStage
    update_ref: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.UpdateRef
    def __init__(self, outcome: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.Outcome, _Mapping]] = ..., stage: _Optional[_Union[_update_pb2.UpdateWorkflowExecutionLifecycleStage, str]] = ..., update_ref: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.UpdateRef, _Mapping]] = ...) -> None: ...

class PollNexusTaskQueueRequest(_message.Message):
    __slots__ = ("namespace", "task_queue", "poller_group_id", "identity", "worker_instance_key", "worker_version_capabilities", "deployment_options", "worker_heartbeat")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    WORKER_INSTANCE_KEY_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_CAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    WORKER_HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    task_queue: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue
    poller_group_id: str
    identity: str
    worker_instance_key: str
    worker_version_capabilities: _message_pb2_1.WorkerVersionCapabilities
    deployment_options: _message_pb2_1_1_1_1_1.WorkerDeploymentOptions
    worker_heartbeat: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WorkerHeartbeat]
    def __init__(self, namespace: _Optional[str] = ..., task_queue: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue, _Mapping]] = ..., poller_group_id: _Optional[str] = ..., identity: _Optional[str] = ..., worker_instance_key: _Optional[str] = ..., worker_version_capabilities: _Optional[_Union[_message_pb2_1.WorkerVersionCapabilities, _Mapping]] = ..., deployment_options: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentOptions, _Mapping]] = ..., worker_heartbeat: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WorkerHeartbeat, _Mapping]]] = ...) -> None: ...

class PollNexusTaskQueueResponse(_message.Message):
    __slots__ = ("task_token", "request", "poller_scaling_decision", "poller_group_id", "poller_group_infos", "poller_groups_info")
    TASK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    POLLER_SCALING_DECISION_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUP_INFOS_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUPS_INFO_FIELD_NUMBER: _ClassVar[int]
    task_token: bytes
    request: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.Request
    poller_scaling_decision: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerScalingDecision
    poller_group_id: str
    poller_group_infos: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupInfo]
    poller_groups_info: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupsInfo
    def __init__(self, task_token: _Optional[bytes] = ..., request: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.Request, _Mapping]] = ..., poller_scaling_decision: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerScalingDecision, _Mapping]] = ..., poller_group_id: _Optional[str] = ..., poller_group_infos: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupInfo, _Mapping]]] = ..., poller_groups_info: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.PollerGroupsInfo, _Mapping]] = ...) -> None: ...

class RespondNexusTaskCompletedRequest(_message.Message):
    __slots__ = ("namespace", "identity", "task_token", "response", "poller_group_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    TASK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    identity: str
    task_token: bytes
    response: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.Response
    poller_group_id: str
    def __init__(self, namespace: _Optional[str] = ..., identity: _Optional[str] = ..., task_token: _Optional[bytes] = ..., response: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.Response, _Mapping]] = ..., poller_group_id: _Optional[str] = ...) -> None: ...

class RespondNexusTaskCompletedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RespondNexusTaskFailedRequest(_message.Message):
    __slots__ = ("namespace", "identity", "task_token", "error", "failure", "poller_group_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    TASK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    POLLER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    identity: str
    task_token: bytes
    error: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.HandlerError
    failure: _message_pb2_1_1_1_1_1_1.Failure
    poller_group_id: str
    def __init__(self, namespace: _Optional[str] = ..., identity: _Optional[str] = ..., task_token: _Optional[bytes] = ..., error: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.HandlerError, _Mapping]] = ..., failure: _Optional[_Union[_message_pb2_1_1_1_1_1_1.Failure, _Mapping]] = ..., poller_group_id: _Optional[str] = ...) -> None: ...

class RespondNexusTaskFailedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ExecuteMultiOperationRequest(_message.Message):
    __slots__ = ("namespace", "operations", "resource_id")
    class Operation(_message.Message):
        __slots__ = ("start_workflow", "update_workflow")
        START_WORKFLOW_FIELD_NUMBER: _ClassVar[int]
        UPDATE_WORKFLOW_FIELD_NUMBER: _ClassVar[int]
        start_workflow: StartWorkflowExecutionRequest
        update_workflow: UpdateWorkflowExecutionRequest
        def __init__(self, start_workflow: _Optional[_Union[StartWorkflowExecutionRequest, _Mapping]] = ..., update_workflow: _Optional[_Union[UpdateWorkflowExecutionRequest, _Mapping]] = ...) -> None: ...
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    operations: _containers.RepeatedCompositeFieldContainer[ExecuteMultiOperationRequest.Operation]
    resource_id: str
    def __init__(self, namespace: _Optional[str] = ..., operations: _Optional[_Iterable[_Union[ExecuteMultiOperationRequest.Operation, _Mapping]]] = ..., resource_id: _Optional[str] = ...) -> None: ...

class ExecuteMultiOperationResponse(_message.Message):
    __slots__ = ("responses",)
    class Response(_message.Message):
        __slots__ = ("start_workflow", "update_workflow")
        START_WORKFLOW_FIELD_NUMBER: _ClassVar[int]
        UPDATE_WORKFLOW_FIELD_NUMBER: _ClassVar[int]
        start_workflow: StartWorkflowExecutionResponse
        update_workflow: UpdateWorkflowExecutionResponse
        def __init__(self, start_workflow: _Optional[_Union[StartWorkflowExecutionResponse, _Mapping]] = ..., update_workflow: _Optional[_Union[UpdateWorkflowExecutionResponse, _Mapping]] = ...) -> None: ...
    RESPONSES_FIELD_NUMBER: _ClassVar[int]
    responses: _containers.RepeatedCompositeFieldContainer[ExecuteMultiOperationResponse.Response]
    def __init__(self, responses: _Optional[_Iterable[_Union[ExecuteMultiOperationResponse.Response, _Mapping]]] = ...) -> None: ...

class UpdateActivityOptionsRequest(_message.Message):
    __slots__ = ("namespace", "execution", "identity", "activity_options", "update_mask", "id", "type", "match_all", "restore_original")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ALL_FIELD_NUMBER: _ClassVar[int]
    RESTORE_ORIGINAL_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    execution: _message_pb2_1.WorkflowExecution
    identity: str
    activity_options: _message_pb2.ActivityOptions
    update_mask: _field_mask_pb2.FieldMask
    id: str
    type: str
    match_all: bool
    restore_original: bool
    def __init__(self, namespace: _Optional[str] = ..., execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., identity: _Optional[str] = ..., activity_options: _Optional[_Union[_message_pb2.ActivityOptions, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., id: _Optional[str] = ..., type: _Optional[str] = ..., match_all: _Optional[bool] = ..., restore_original: _Optional[bool] = ...) -> None: ...

class UpdateActivityExecutionOptionsRequest(_message.Message):
    __slots__ = ("namespace", "workflow_id", "activity_id", "run_id", "identity", "activity_options", "update_mask", "restore_original", "resource_id", "request_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    RESTORE_ORIGINAL_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_id: str
    activity_id: str
    run_id: str
    identity: str
    activity_options: _message_pb2.ActivityOptions
    update_mask: _field_mask_pb2.FieldMask
    restore_original: bool
    resource_id: str
    request_id: str
    def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., activity_id: _Optional[str] = ..., run_id: _Optional[str] = ..., identity: _Optional[str] = ..., activity_options: _Optional[_Union[_message_pb2.ActivityOptions, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., restore_original: _Optional[bool] = ..., resource_id: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateActivityOptionsResponse(_message.Message):
    __slots__ = ("activity_options",)
    ACTIVITY_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    activity_options: _message_pb2.ActivityOptions
    def __init__(self, activity_options: _Optional[_Union[_message_pb2.ActivityOptions, _Mapping]] = ...) -> None: ...

class UpdateActivityExecutionOptionsResponse(_message.Message):
    __slots__ = ("activity_options",)
    ACTIVITY_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    activity_options: _message_pb2.ActivityOptions
    def __init__(self, activity_options: _Optional[_Union[_message_pb2.ActivityOptions, _Mapping]] = ...) -> None: ...

class PauseActivityRequest(_message.Message):
    __slots__ = ("namespace", "execution", "identity", "id", "type", "reason", "request_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    execution: _message_pb2_1.WorkflowExecution
    identity: str
    id: str
    type: str
    reason: str
    request_id: str
    def __init__(self, namespace: _Optional[str] = ..., execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., identity: _Optional[str] = ..., id: _Optional[str] = ..., type: _Optional[str] = ..., reason: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class PauseActivityExecutionRequest(_message.Message):
    __slots__ = ("namespace", "workflow_id", "activity_id", "run_id", "identity", "reason", "resource_id", "request_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_id: str
    activity_id: str
    run_id: str
    identity: str
    reason: str
    resource_id: str
    request_id: str
    def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., activity_id: _Optional[str] = ..., run_id: _Optional[str] = ..., identity: _Optional[str] = ..., reason: _Optional[str] = ..., resource_id: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class PauseActivityResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PauseActivityExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UnpauseActivityRequest(_message.Message):
    __slots__ = ("namespace", "execution", "identity", "id", "type", "unpause_all", "reset_attempts", "reset_heartbeat", "jitter")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    UNPAUSE_ALL_FIELD_NUMBER: _ClassVar[int]
    RESET_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    RESET_HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    JITTER_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    execution: _message_pb2_1.WorkflowExecution
    identity: str
    id: str
    type: str
    unpause_all: bool
    reset_attempts: bool
    reset_heartbeat: bool
    jitter: _duration_pb2.Duration
    def __init__(self, namespace: _Optional[str] = ..., execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., identity: _Optional[str] = ..., id: _Optional[str] = ..., type: _Optional[str] = ..., unpause_all: _Optional[bool] = ..., reset_attempts: _Optional[bool] = ..., reset_heartbeat: _Optional[bool] = ..., jitter: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class UnpauseActivityExecutionRequest(_message.Message):
    __slots__ = ("namespace", "workflow_id", "activity_id", "run_id", "identity", "reason", "jitter", "resource_id", "request_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    JITTER_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_id: str
    activity_id: str
    run_id: str
    identity: str
    reason: str
    jitter: _duration_pb2.Duration
    resource_id: str
    request_id: str
    def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., activity_id: _Optional[str] = ..., run_id: _Optional[str] = ..., identity: _Optional[str] = ..., reason: _Optional[str] = ..., jitter: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., resource_id: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class UnpauseActivityResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UnpauseActivityExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ResetActivityRequest(_message.Message):
    __slots__ = ("namespace", "execution", "identity", "id", "type", "match_all", "reset_heartbeat", "keep_paused", "jitter", "restore_original_options")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ALL_FIELD_NUMBER: _ClassVar[int]
    RESET_HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    KEEP_PAUSED_FIELD_NUMBER: _ClassVar[int]
    JITTER_FIELD_NUMBER: _ClassVar[int]
    RESTORE_ORIGINAL_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    execution: _message_pb2_1.WorkflowExecution
    identity: str
    id: str
    type: str
    match_all: bool
    reset_heartbeat: bool
    keep_paused: bool
    jitter: _duration_pb2.Duration
    restore_original_options: bool
    def __init__(self, namespace: _Optional[str] = ..., execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., identity: _Optional[str] = ..., id: _Optional[str] = ..., type: _Optional[str] = ..., match_all: _Optional[bool] = ..., reset_heartbeat: _Optional[bool] = ..., keep_paused: _Optional[bool] = ..., jitter: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., restore_original_options: _Optional[bool] = ...) -> None: ...

class ResetActivityExecutionRequest(_message.Message):
    __slots__ = ("namespace", "workflow_id", "activity_id", "run_id", "identity", "keep_paused", "jitter", "restore_original_options", "resource_id", "request_id", "reset_heartbeat")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    KEEP_PAUSED_FIELD_NUMBER: _ClassVar[int]
    JITTER_FIELD_NUMBER: _ClassVar[int]
    RESTORE_ORIGINAL_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RESET_HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_id: str
    activity_id: str
    run_id: str
    identity: str
    keep_paused: bool
    jitter: _duration_pb2.Duration
    restore_original_options: bool
    resource_id: str
    request_id: str
    reset_heartbeat: bool
    def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., activity_id: _Optional[str] = ..., run_id: _Optional[str] = ..., identity: _Optional[str] = ..., keep_paused: _Optional[bool] = ..., jitter: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., restore_original_options: _Optional[bool] = ..., resource_id: _Optional[str] = ..., request_id: _Optional[str] = ..., reset_heartbeat: _Optional[bool] = ...) -> None: ...

class ResetActivityResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ResetActivityExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateWorkflowExecutionOptionsRequest(_message.Message):
    __slots__ = ("namespace", "workflow_execution", "workflow_execution_options", "update_mask", "identity")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_execution: _message_pb2_1.WorkflowExecution
    workflow_execution_options: _message_pb2_1_1_1.WorkflowExecutionOptions
    update_mask: _field_mask_pb2.FieldMask
    identity: str
    def __init__(self, namespace: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., workflow_execution_options: _Optional[_Union[_message_pb2_1_1_1.WorkflowExecutionOptions, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., identity: _Optional[str] = ...) -> None: ...

class UpdateWorkflowExecutionOptionsResponse(_message.Message):
    __slots__ = ("workflow_execution_options", "update_time")
    WORKFLOW_EXECUTION_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    workflow_execution_options: _message_pb2_1_1_1.WorkflowExecutionOptions
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, workflow_execution_options: _Optional[_Union[_message_pb2_1_1_1.WorkflowExecutionOptions, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class DescribeDeploymentRequest(_message.Message):
    __slots__ = ("namespace", "deployment")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    deployment: _message_pb2_1_1_1_1_1.Deployment
    def __init__(self, namespace: _Optional[str] = ..., deployment: _Optional[_Union[_message_pb2_1_1_1_1_1.Deployment, _Mapping]] = ...) -> None: ...

class DescribeDeploymentResponse(_message.Message):
    __slots__ = ("deployment_info",)
    DEPLOYMENT_INFO_FIELD_NUMBER: _ClassVar[int]
    deployment_info: _message_pb2_1_1_1_1_1.DeploymentInfo
    def __init__(self, deployment_info: _Optional[_Union[_message_pb2_1_1_1_1_1.DeploymentInfo, _Mapping]] = ...) -> None: ...

class DescribeWorkerDeploymentVersionRequest(_message.Message):
    __slots__ = ("namespace", "version", "deployment_version", "report_task_queue_stats")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    REPORT_TASK_QUEUE_STATS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    version: str
    deployment_version: _message_pb2_1_1_1_1_1.WorkerDeploymentVersion
    report_task_queue_stats: bool
    def __init__(self, namespace: _Optional[str] = ..., version: _Optional[str] = ..., deployment_version: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentVersion, _Mapping]] = ..., report_task_queue_stats: _Optional[bool] = ...) -> None: ...

class DescribeWorkerDeploymentVersionResponse(_message.Message):
    __slots__ = ("worker_deployment_version_info", "version_task_queues")
    class VersionTaskQueue(_message.Message):
        __slots__ = ("name", "type", "stats", "stats_by_priority_key")
        class StatsByPriorityKeyEntry(_message.Message):
            __slots__ = ("key", "value")
            KEY_FIELD_NUMBER: _ClassVar[int]
            VALUE_FIELD_NUMBER: _ClassVar[int]
            key: int
            value: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStats
            def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStats, _Mapping]] = ...) -> None: ...
        NAME_FIELD_NUMBER: _ClassVar[int]
        TYPE_FIELD_NUMBER: _ClassVar[int]
        STATS_FIELD_NUMBER: _ClassVar[int]
        STATS_BY_PRIORITY_KEY_FIELD_NUMBER: _ClassVar[int]
        name: str
        type: _task_queue_pb2.TaskQueueType
        stats: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStats
        stats_by_priority_key: _containers.MessageMap[int, _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStats]
        def __init__(self, name: _Optional[str] = ..., type: _Optional[_Union[_task_queue_pb2.TaskQueueType, str]] = ..., stats: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStats, _Mapping]] = ..., stats_by_priority_key: _Optional[_Mapping[int, _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueStats]] = ...) -> None: ...
    WORKER_DEPLOYMENT_VERSION_INFO_FIELD_NUMBER: _ClassVar[int]
    VERSION_TASK_QUEUES_FIELD_NUMBER: _ClassVar[int]
    worker_deployment_version_info: _message_pb2_1_1_1_1_1.WorkerDeploymentVersionInfo
    version_task_queues: _containers.RepeatedCompositeFieldContainer[DescribeWorkerDeploymentVersionResponse.VersionTaskQueue]
    def __init__(self, worker_deployment_version_info: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentVersionInfo, _Mapping]] = ..., version_task_queues: _Optional[_Iterable[_Union[DescribeWorkerDeploymentVersionResponse.VersionTaskQueue, _Mapping]]] = ...) -> None: ...

class DescribeWorkerDeploymentRequest(_message.Message):
    __slots__ = ("namespace", "deployment_name")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_NAME_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    deployment_name: str
    def __init__(self, namespace: _Optional[str] = ..., deployment_name: _Optional[str] = ...) -> None: ...

class DescribeWorkerDeploymentResponse(_message.Message):
    __slots__ = ("conflict_token", "worker_deployment_info")
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    WORKER_DEPLOYMENT_INFO_FIELD_NUMBER: _ClassVar[int]
    conflict_token: bytes
    worker_deployment_info: _message_pb2_1_1_1_1_1.WorkerDeploymentInfo
    def __init__(self, conflict_token: _Optional[bytes] = ..., worker_deployment_info: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentInfo, _Mapping]] = ...) -> None: ...

class ListDeploymentsRequest(_message.Message):
    __slots__ = ("namespace", "page_size", "next_page_token", "series_name")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SERIES_NAME_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    page_size: int
    next_page_token: bytes
    series_name: str
    def __init__(self, namespace: _Optional[str] = ..., page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ..., series_name: _Optional[str] = ...) -> None: ...

class ListDeploymentsResponse(_message.Message):
    __slots__ = ("next_page_token", "deployments")
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENTS_FIELD_NUMBER: _ClassVar[int]
    next_page_token: bytes
    deployments: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1.DeploymentListInfo]
    def __init__(self, next_page_token: _Optional[bytes] = ..., deployments: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1.DeploymentListInfo, _Mapping]]] = ...) -> None: ...

class SetCurrentDeploymentRequest(_message.Message):
    __slots__ = ("namespace", "deployment", "identity", "update_metadata")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    UPDATE_METADATA_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    deployment: _message_pb2_1_1_1_1_1.Deployment
    identity: str
    update_metadata: _message_pb2_1_1_1_1_1.UpdateDeploymentMetadata
    def __init__(self, namespace: _Optional[str] = ..., deployment: _Optional[_Union[_message_pb2_1_1_1_1_1.Deployment, _Mapping]] = ..., identity: _Optional[str] = ..., update_metadata: _Optional[_Union[_message_pb2_1_1_1_1_1.UpdateDeploymentMetadata, _Mapping]] = ...) -> None: ...

class SetCurrentDeploymentResponse(_message.Message):
    __slots__ = ("current_deployment_info", "previous_deployment_info")
    CURRENT_DEPLOYMENT_INFO_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_DEPLOYMENT_INFO_FIELD_NUMBER: _ClassVar[int]
    current_deployment_info: _message_pb2_1_1_1_1_1.DeploymentInfo
    previous_deployment_info: _message_pb2_1_1_1_1_1.DeploymentInfo
    def __init__(self, current_deployment_info: _Optional[_Union[_message_pb2_1_1_1_1_1.DeploymentInfo, _Mapping]] = ..., previous_deployment_info: _Optional[_Union[_message_pb2_1_1_1_1_1.DeploymentInfo, _Mapping]] = ...) -> None: ...

class SetWorkerDeploymentCurrentVersionRequest(_message.Message):
    __slots__ = ("namespace", "deployment_name", "version", "build_id", "conflict_token", "identity", "ignore_missing_task_queues", "allow_no_pollers")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    IGNORE_MISSING_TASK_QUEUES_FIELD_NUMBER: _ClassVar[int]
    ALLOW_NO_POLLERS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    deployment_name: str
    version: str
    build_id: str
    conflict_token: bytes
    identity: str
    ignore_missing_task_queues: bool
    allow_no_pollers: bool
    def __init__(self, namespace: _Optional[str] = ..., deployment_name: _Optional[str] = ..., version: _Optional[str] = ..., build_id: _Optional[str] = ..., conflict_token: _Optional[bytes] = ..., identity: _Optional[str] = ..., ignore_missing_task_queues: _Optional[bool] = ..., allow_no_pollers: _Optional[bool] = ...) -> None: ...

class SetWorkerDeploymentCurrentVersionResponse(_message.Message):
    __slots__ = ("conflict_token", "previous_version", "previous_deployment_version")
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_VERSION_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    conflict_token: bytes
    previous_version: str
    previous_deployment_version: _message_pb2_1_1_1_1_1.WorkerDeploymentVersion
    def __init__(self, conflict_token: _Optional[bytes] = ..., previous_version: _Optional[str] = ..., previous_deployment_version: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentVersion, _Mapping]] = ...) -> None: ...

class SetWorkerDeploymentRampingVersionRequest(_message.Message):
    __slots__ = ("namespace", "deployment_name", "version", "build_id", "percentage", "conflict_token", "identity", "ignore_missing_task_queues", "allow_no_pollers")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    IGNORE_MISSING_TASK_QUEUES_FIELD_NUMBER: _ClassVar[int]
    ALLOW_NO_POLLERS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    deployment_name: str
    version: str
    build_id: str
    percentage: float
    conflict_token: bytes
    identity: str
    ignore_missing_task_queues: bool
    allow_no_pollers: bool
    def __init__(self, namespace: _Optional[str] = ..., deployment_name: _Optional[str] = ..., version: _Optional[str] = ..., build_id: _Optional[str] = ..., percentage: _Optional[float] = ..., conflict_token: _Optional[bytes] = ..., identity: _Optional[str] = ..., ignore_missing_task_queues: _Optional[bool] = ..., allow_no_pollers: _Optional[bool] = ...) -> None: ...

class SetWorkerDeploymentRampingVersionResponse(_message.Message):
    __slots__ = ("conflict_token", "previous_version", "previous_deployment_version", "previous_percentage")
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_VERSION_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    conflict_token: bytes
    previous_version: str
    previous_deployment_version: _message_pb2_1_1_1_1_1.WorkerDeploymentVersion
    previous_percentage: float
    def __init__(self, conflict_token: _Optional[bytes] = ..., previous_version: _Optional[str] = ..., previous_deployment_version: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentVersion, _Mapping]] = ..., previous_percentage: _Optional[float] = ...) -> None: ...

class CreateWorkerDeploymentRequest(_message.Message):
    __slots__ = ("namespace", "deployment_name", "identity", "request_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_NAME_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    deployment_name: str
    identity: str
    request_id: str
    def __init__(self, namespace: _Optional[str] = ..., deployment_name: _Optional[str] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateWorkerDeploymentResponse(_message.Message):
    __slots__ = ("conflict_token",)
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    conflict_token: bytes
    def __init__(self, conflict_token: _Optional[bytes] = ...) -> None: ...

class ListWorkerDeploymentsRequest(_message.Message):
    __slots__ = ("namespace", "page_size", "next_page_token")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    page_size: int
    next_page_token: bytes
    def __init__(self, namespace: _Optional[str] = ..., page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class ListWorkerDeploymentsResponse(_message.Message):
    __slots__ = ("next_page_token", "worker_deployments")
    class WorkerDeploymentSummary(_message.Message):
        __slots__ = ("name", "create_time", "routing_config", "latest_version_summary", "current_version_summary", "ramping_version_summary")
        NAME_FIELD_NUMBER: _ClassVar[int]
        CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
        ROUTING_CONFIG_FIELD_NUMBER: _ClassVar[int]
        LATEST_VERSION_SUMMARY_FIELD_NUMBER: _ClassVar[int]
        CURRENT_VERSION_SUMMARY_FIELD_NUMBER: _ClassVar[int]
        RAMPING_VERSION_SUMMARY_FIELD_NUMBER: _ClassVar[int]
        name: str
        create_time: _timestamp_pb2.Timestamp
        routing_config: _message_pb2_1_1_1_1_1.RoutingConfig
        latest_version_summary: _message_pb2_1_1_1_1_1.WorkerDeploymentInfo.WorkerDeploymentVersionSummary
        current_version_summary: _message_pb2_1_1_1_1_1.WorkerDeploymentInfo.WorkerDeploymentVersionSummary
        ramping_version_summary: _message_pb2_1_1_1_1_1.WorkerDeploymentInfo.WorkerDeploymentVersionSummary
        def __init__(self, name: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., routing_config: _Optional[_Union[_message_pb2_1_1_1_1_1.RoutingConfig, _Mapping]] = ..., latest_version_summary: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentInfo.WorkerDeploymentVersionSummary, _Mapping]] = ..., current_version_summary: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentInfo.WorkerDeploymentVersionSummary, _Mapping]] = ..., ramping_version_summary: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentInfo.WorkerDeploymentVersionSummary, _Mapping]] = ...) -> None: ...
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    WORKER_DEPLOYMENTS_FIELD_NUMBER: _ClassVar[int]
    next_page_token: bytes
    worker_deployments: _containers.RepeatedCompositeFieldContainer[ListWorkerDeploymentsResponse.WorkerDeploymentSummary]
    def __init__(self, next_page_token: _Optional[bytes] = ..., worker_deployments: _Optional[_Iterable[_Union[ListWorkerDeploymentsResponse.WorkerDeploymentSummary, _Mapping]]] = ...) -> None: ...

class CreateWorkerDeploymentVersionRequest(_message.Message):
    __slots__ = ("namespace", "deployment_version", "compute_config", "identity", "request_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    COMPUTE_CONFIG_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    deployment_version: _message_pb2_1_1_1_1_1.WorkerDeploymentVersion
    compute_config: _config_pb2.ComputeConfig
    identity: str
    request_id: str
    def __init__(self, namespace: _Optional[str] = ..., deployment_version: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentVersion, _Mapping]] = ..., compute_config: _Optional[_Union[_config_pb2.ComputeConfig, _Mapping]] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateWorkerDeploymentVersionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteWorkerDeploymentVersionRequest(_message.Message):
    __slots__ = ("namespace", "version", "deployment_version", "skip_drainage", "identity")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    SKIP_DRAINAGE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    version: str
    deployment_version: _message_pb2_1_1_1_1_1.WorkerDeploymentVersion
    skip_drainage: bool
    identity: str
    def __init__(self, namespace: _Optional[str] = ..., version: _Optional[str] = ..., deployment_version: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentVersion, _Mapping]] = ..., skip_drainage: _Optional[bool] = ..., identity: _Optional[str] = ...) -> None: ...

class DeleteWorkerDeploymentVersionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteWorkerDeploymentRequest(_message.Message):
    __slots__ = ("namespace", "deployment_name", "identity")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_NAME_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    deployment_name: str
    identity: str
    def __init__(self, namespace: _Optional[str] = ..., deployment_name: _Optional[str] = ..., identity: _Optional[str] = ...) -> None: ...

class DeleteWorkerDeploymentResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateWorkerDeploymentVersionComputeConfigRequest(_message.Message):
    __slots__ = ("namespace", "deployment_version", "compute_config_scaling_groups", "remove_compute_config_scaling_groups", "identity", "request_id")
    class ComputeConfigScalingGroupsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _config_pb2.ComputeConfigScalingGroupUpdate
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_config_pb2.ComputeConfigScalingGroupUpdate, _Mapping]] = ...) -> None: ...
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    COMPUTE_CONFIG_SCALING_GROUPS_FIELD_NUMBER: _ClassVar[int]
    REMOVE_COMPUTE_CONFIG_SCALING_GROUPS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    deployment_version: _message_pb2_1_1_1_1_1.WorkerDeploymentVersion
    compute_config_scaling_groups: _containers.MessageMap[str, _config_pb2.ComputeConfigScalingGroupUpdate]
    remove_compute_config_scaling_groups: _containers.RepeatedScalarFieldContainer[str]
    identity: str
    request_id: str
    def __init__(self, namespace: _Optional[str] = ..., deployment_version: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentVersion, _Mapping]] = ..., compute_config_scaling_groups: _Optional[_Mapping[str, _config_pb2.ComputeConfigScalingGroupUpdate]] = ..., remove_compute_config_scaling_groups: _Optional[_Iterable[str]] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateWorkerDeploymentVersionComputeConfigResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ValidateWorkerDeploymentVersionComputeConfigRequest(_message.Message):
    __slots__ = ("namespace", "deployment_version", "compute_config_scaling_groups", "remove_compute_config_scaling_groups", "identity")
    class ComputeConfigScalingGroupsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _config_pb2.ComputeConfigScalingGroupUpdate
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_config_pb2.ComputeConfigScalingGroupUpdate, _Mapping]] = ...) -> None: ...
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    COMPUTE_CONFIG_SCALING_GROUPS_FIELD_NUMBER: _ClassVar[int]
    REMOVE_COMPUTE_CONFIG_SCALING_GROUPS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    deployment_version: _message_pb2_1_1_1_1_1.WorkerDeploymentVersion
    compute_config_scaling_groups: _containers.MessageMap[str, _config_pb2.ComputeConfigScalingGroupUpdate]
    remove_compute_config_scaling_groups: _containers.RepeatedScalarFieldContainer[str]
    identity: str
    def __init__(self, namespace: _Optional[str] = ..., deployment_version: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentVersion, _Mapping]] = ..., compute_config_scaling_groups: _Optional[_Mapping[str, _config_pb2.ComputeConfigScalingGroupUpdate]] = ..., remove_compute_config_scaling_groups: _Optional[_Iterable[str]] = ..., identity: _Optional[str] = ...) -> None: ...

class ValidateWorkerDeploymentVersionComputeConfigResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateWorkerDeploymentVersionMetadataRequest(_message.Message):
    __slots__ = ("namespace", "version", "deployment_version", "upsert_entries", "remove_entries", "identity")
    class UpsertEntriesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _message_pb2_1.Payload
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_message_pb2_1.Payload, _Mapping]] = ...) -> None: ...
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    UPSERT_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    REMOVE_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    version: str
    deployment_version: _message_pb2_1_1_1_1_1.WorkerDeploymentVersion
    upsert_entries: _containers.MessageMap[str, _message_pb2_1.Payload]
    remove_entries: _containers.RepeatedScalarFieldContainer[str]
    identity: str
    def __init__(self, namespace: _Optional[str] = ..., version: _Optional[str] = ..., deployment_version: _Optional[_Union[_message_pb2_1_1_1_1_1.WorkerDeploymentVersion, _Mapping]] = ..., upsert_entries: _Optional[_Mapping[str, _message_pb2_1.Payload]] = ..., remove_entries: _Optional[_Iterable[str]] = ..., identity: _Optional[str] = ...) -> None: ...

class UpdateWorkerDeploymentVersionMetadataResponse(_message.Message):
    __slots__ = ("metadata",)
    METADATA_FIELD_NUMBER: _ClassVar[int]
    metadata: _message_pb2_1_1_1_1_1.VersionMetadata
    def __init__(self, metadata: _Optional[_Union[_message_pb2_1_1_1_1_1.VersionMetadata, _Mapping]] = ...) -> None: ...

class SetWorkerDeploymentManagerRequest(_message.Message):
    __slots__ = ("namespace", "deployment_name", "manager_identity", "self", "conflict_token", "identity")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_NAME_FIELD_NUMBER: _ClassVar[int]
    MANAGER_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    SELF_FIELD_NUMBER: _ClassVar[int]
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    deployment_name: str
    manager_identity: str
    self: bool
    conflict_token: bytes
    identity: str
    def __init__(self_, namespace: _Optional[str] = ..., deployment_name: _Optional[str] = ..., manager_identity: _Optional[str] = ..., self: _Optional[bool] = ..., conflict_token: _Optional[bytes] = ..., identity: _Optional[str] = ...) -> None: ...

class SetWorkerDeploymentManagerResponse(_message.Message):
    __slots__ = ("conflict_token", "previous_manager_identity")
    CONFLICT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_MANAGER_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    conflict_token: bytes
    previous_manager_identity: str
    def __init__(self, conflict_token: _Optional[bytes] = ..., previous_manager_identity: _Optional[str] = ...) -> None: ...

class GetCurrentDeploymentRequest(_message.Message):
    __slots__ = ("namespace", "series_name")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    SERIES_NAME_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    series_name: str
    def __init__(self, namespace: _Optional[str] = ..., series_name: _Optional[str] = ...) -> None: ...

class GetCurrentDeploymentResponse(_message.Message):
    __slots__ = ("current_deployment_info",)
    CURRENT_DEPLOYMENT_INFO_FIELD_NUMBER: _ClassVar[int]
    current_deployment_info: _message_pb2_1_1_1_1_1.DeploymentInfo
    def __init__(self, current_deployment_info: _Optional[_Union[_message_pb2_1_1_1_1_1.DeploymentInfo, _Mapping]] = ...) -> None: ...

class GetDeploymentReachabilityRequest(_message.Message):
    __slots__ = ("namespace", "deployment")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    deployment: _message_pb2_1_1_1_1_1.Deployment
    def __init__(self, namespace: _Optional[str] = ..., deployment: _Optional[_Union[_message_pb2_1_1_1_1_1.Deployment, _Mapping]] = ...) -> None: ...

class GetDeploymentReachabilityResponse(_message.Message):
    __slots__ = ("deployment_info", "reachability", "last_update_time")
    DEPLOYMENT_INFO_FIELD_NUMBER: _ClassVar[int]
    REACHABILITY_FIELD_NUMBER: _ClassVar[int]
    LAST_UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    deployment_info: _message_pb2_1_1_1_1_1.DeploymentInfo
    reachability: _deployment_pb2.DeploymentReachability
    last_update_time: _timestamp_pb2.Timestamp
    def __init__(self, deployment_info: _Optional[_Union[_message_pb2_1_1_1_1_1.DeploymentInfo, _Mapping]] = ..., reachability: _Optional[_Union[_deployment_pb2.DeploymentReachability, str]] = ..., last_update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateWorkflowRuleRequest(_message.Message):
    __slots__ = ("namespace", "spec", "force_scan", "request_id", "identity", "description")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    SPEC_FIELD_NUMBER: _ClassVar[int]
    FORCE_SCAN_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    spec: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1.WorkflowRuleSpec
    force_scan: bool
    request_id: str
    identity: str
    description: str
    def __init__(self, namespace: _Optional[str] = ..., spec: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1.WorkflowRuleSpec, _Mapping]] = ..., force_scan: _Optional[bool] = ..., request_id: _Optional[str] = ..., identity: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...

class CreateWorkflowRuleResponse(_message.Message):
    __slots__ = ("rule", "job_id")
    RULE_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    rule: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1.WorkflowRule
    job_id: str
    def __init__(self, rule: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1.WorkflowRule, _Mapping]] = ..., job_id: _Optional[str] = ...) -> None: ...

class DescribeWorkflowRuleRequest(_message.Message):
    __slots__ = ("namespace", "rule_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    RULE_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    rule_id: str
    def __init__(self, namespace: _Optional[str] = ..., rule_id: _Optional[str] = ...) -> None: ...

class DescribeWorkflowRuleResponse(_message.Message):
    __slots__ = ("rule",)
    RULE_FIELD_NUMBER: _ClassVar[int]
    rule: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1.WorkflowRule
    def __init__(self, rule: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1.WorkflowRule, _Mapping]] = ...) -> None: ...

class DeleteWorkflowRuleRequest(_message.Message):
    __slots__ = ("namespace", "rule_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    RULE_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    rule_id: str
    def __init__(self, namespace: _Optional[str] = ..., rule_id: _Optional[str] = ...) -> None: ...

class DeleteWorkflowRuleResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListWorkflowRulesRequest(_message.Message):
    __slots__ = ("namespace", "next_page_token")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    next_page_token: bytes
    def __init__(self, namespace: _Optional[str] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class ListWorkflowRulesResponse(_message.Message):
    __slots__ = ("rules", "next_page_token")
    RULES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    rules: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1.WorkflowRule]
    next_page_token: bytes
    def __init__(self, rules: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1.WorkflowRule, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class TriggerWorkflowRuleRequest(_message.Message):
    __slots__ = ("namespace", "execution", "id", "spec", "identity")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    SPEC_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    execution: _message_pb2_1.WorkflowExecution
    id: str
    spec: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1.WorkflowRuleSpec
    identity: str
    def __init__(self, namespace: _Optional[str] = ..., execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., id: _Optional[str] = ..., spec: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1.WorkflowRuleSpec, _Mapping]] = ..., identity: _Optional[str] = ...) -> None: ...

class TriggerWorkflowRuleResponse(_message.Message):
    __slots__ = ("applied",)
    APPLIED_FIELD_NUMBER: _ClassVar[int]
    applied: bool
    def __init__(self, applied: _Optional[bool] = ...) -> None: ...

class RecordWorkerHeartbeatRequest(_message.Message):
    __slots__ = ("namespace", "identity", "worker_heartbeat", "resource_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    WORKER_HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    identity: str
    worker_heartbeat: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WorkerHeartbeat]
    resource_id: str
    def __init__(self, namespace: _Optional[str] = ..., identity: _Optional[str] = ..., worker_heartbeat: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WorkerHeartbeat, _Mapping]]] = ..., resource_id: _Optional[str] = ...) -> None: ...

class RecordWorkerHeartbeatResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListWorkersRequest(_message.Message):
    __slots__ = ("namespace", "page_size", "next_page_token", "query", "include_system_workers")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_SYSTEM_WORKERS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    page_size: int
    next_page_token: bytes
    query: str
    include_system_workers: bool
    def __init__(self, namespace: _Optional[str] = ..., page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ..., query: _Optional[str] = ..., include_system_workers: _Optional[bool] = ...) -> None: ...

class ListWorkersResponse(_message.Message):
    __slots__ = ("workers_info", "workers", "next_page_token")
    WORKERS_INFO_FIELD_NUMBER: _ClassVar[int]
    WORKERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    workers_info: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WorkerInfo]
    workers: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WorkerListInfo]
    next_page_token: bytes
    def __init__(self, workers_info: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WorkerInfo, _Mapping]]] = ..., workers: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WorkerListInfo, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class UpdateTaskQueueConfigRequest(_message.Message):
    __slots__ = ("namespace", "identity", "task_queue", "task_queue_type", "update_queue_rate_limit", "update_fairness_key_rate_limit_default", "set_fairness_weight_overrides", "unset_fairness_weight_overrides")
    class RateLimitUpdate(_message.Message):
        __slots__ = ("rate_limit", "reason")
        RATE_LIMIT_FIELD_NUMBER: _ClassVar[int]
        REASON_FIELD_NUMBER: _ClassVar[int]
        rate_limit: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.RateLimit
        reason: str
        def __init__(self, rate_limit: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.RateLimit, _Mapping]] = ..., reason: _Optional[str] = ...) -> None: ...
    class SetFairnessWeightOverridesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: float
        def __init__(self, key: _Optional[str] = ..., value: _Optional[float] = ...) -> None: ...
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_TYPE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_QUEUE_RATE_LIMIT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_FAIRNESS_KEY_RATE_LIMIT_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    SET_FAIRNESS_WEIGHT_OVERRIDES_FIELD_NUMBER: _ClassVar[int]
    UNSET_FAIRNESS_WEIGHT_OVERRIDES_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    identity: str
    task_queue: str
    task_queue_type: _task_queue_pb2.TaskQueueType
    update_queue_rate_limit: UpdateTaskQueueConfigRequest.RateLimitUpdate
    update_fairness_key_rate_limit_default: UpdateTaskQueueConfigRequest.RateLimitUpdate
    set_fairness_weight_overrides: _containers.ScalarMap[str, float]
    unset_fairness_weight_overrides: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, namespace: _Optional[str] = ..., identity: _Optional[str] = ..., task_queue: _Optional[str] = ..., task_queue_type: _Optional[_Union[_task_queue_pb2.TaskQueueType, str]] = ..., update_queue_rate_limit: _Optional[_Union[UpdateTaskQueueConfigRequest.RateLimitUpdate, _Mapping]] = ..., update_fairness_key_rate_limit_default: _Optional[_Union[UpdateTaskQueueConfigRequest.RateLimitUpdate, _Mapping]] = ..., set_fairness_weight_overrides: _Optional[_Mapping[str, float]] = ..., unset_fairness_weight_overrides: _Optional[_Iterable[str]] = ...) -> None: ...

class UpdateTaskQueueConfigResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueConfig
    def __init__(self, config: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueueConfig, _Mapping]] = ...) -> None: ...

class FetchWorkerConfigRequest(_message.Message):
    __slots__ = ("namespace", "identity", "reason", "selector", "resource_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    identity: str
    reason: str
    selector: _message_pb2_1.WorkerSelector
    resource_id: str
    def __init__(self, namespace: _Optional[str] = ..., identity: _Optional[str] = ..., reason: _Optional[str] = ..., selector: _Optional[_Union[_message_pb2_1.WorkerSelector, _Mapping]] = ..., resource_id: _Optional[str] = ...) -> None: ...

class FetchWorkerConfigResponse(_message.Message):
    __slots__ = ("worker_config",)
    WORKER_CONFIG_FIELD_NUMBER: _ClassVar[int]
    worker_config: _worker_config_pb2.WorkerConfig
    def __init__(self, worker_config: _Optional[_Union[_worker_config_pb2.WorkerConfig, _Mapping]] = ...) -> None: ...

class UpdateWorkerConfigRequest(_message.Message):
    __slots__ = ("namespace", "identity", "reason", "worker_config", "update_mask", "selector", "resource_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    WORKER_CONFIG_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    identity: str
    reason: str
    worker_config: _worker_config_pb2.WorkerConfig
    update_mask: _field_mask_pb2.FieldMask
    selector: _message_pb2_1.WorkerSelector
    resource_id: str
    def __init__(self, namespace: _Optional[str] = ..., identity: _Optional[str] = ..., reason: _Optional[str] = ..., worker_config: _Optional[_Union[_worker_config_pb2.WorkerConfig, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., selector: _Optional[_Union[_message_pb2_1.WorkerSelector, _Mapping]] = ..., resource_id: _Optional[str] = ...) -> None: ...

class UpdateWorkerConfigResponse(_message.Message):
    __slots__ = ("worker_config",)
    WORKER_CONFIG_FIELD_NUMBER: _ClassVar[int]
    worker_config: _worker_config_pb2.WorkerConfig
    def __init__(self, worker_config: _Optional[_Union[_worker_config_pb2.WorkerConfig, _Mapping]] = ...) -> None: ...

class DescribeWorkerRequest(_message.Message):
    __slots__ = ("namespace", "worker_instance_key")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKER_INSTANCE_KEY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    worker_instance_key: str
    def __init__(self, namespace: _Optional[str] = ..., worker_instance_key: _Optional[str] = ...) -> None: ...

class DescribeWorkerResponse(_message.Message):
    __slots__ = ("worker_info",)
    WORKER_INFO_FIELD_NUMBER: _ClassVar[int]
    worker_info: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WorkerInfo
    def __init__(self, worker_info: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.WorkerInfo, _Mapping]] = ...) -> None: ...

class CountWorkersRequest(_message.Message):
    __slots__ = ("namespace", "query", "include_system_workers")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_SYSTEM_WORKERS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    query: str
    include_system_workers: bool
    def __init__(self, namespace: _Optional[str] = ..., query: _Optional[str] = ..., include_system_workers: _Optional[bool] = ...) -> None: ...

class CountWorkersResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class PauseWorkflowExecutionRequest(_message.Message):
    __slots__ = ("namespace", "workflow_id", "run_id", "identity", "reason", "request_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_id: str
    run_id: str
    identity: str
    reason: str
    request_id: str
    def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., run_id: _Optional[str] = ..., identity: _Optional[str] = ..., reason: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class PauseWorkflowExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UnpauseWorkflowExecutionRequest(_message.Message):
    __slots__ = ("namespace", "workflow_id", "run_id", "identity", "reason", "request_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_id: str
    run_id: str
    identity: str
    reason: str
    request_id: str
    def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., run_id: _Optional[str] = ..., identity: _Optional[str] = ..., reason: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class UnpauseWorkflowExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StartActivityExecutionRequest(_message.Message):
    __slots__ = ("namespace", "identity", "request_id", "activity_id", "activity_type", "task_queue", "schedule_to_close_timeout", "schedule_to_start_timeout", "start_to_close_timeout", "heartbeat_timeout", "retry_policy", "input", "id_reuse_policy", "id_conflict_policy", "search_attributes", "header", "user_metadata", "priority", "completion_callbacks", "links", "on_conflict_options", "start_delay")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_START_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    START_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    RETRY_POLICY_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    ID_REUSE_POLICY_FIELD_NUMBER: _ClassVar[int]
    ID_CONFLICT_POLICY_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    USER_METADATA_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_CALLBACKS_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    ON_CONFLICT_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    START_DELAY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    identity: str
    request_id: str
    activity_id: str
    activity_type: _message_pb2_1.ActivityType
    task_queue: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue
    schedule_to_close_timeout: _duration_pb2.Duration
    schedule_to_start_timeout: _duration_pb2.Duration
    start_to_close_timeout: _duration_pb2.Duration
    heartbeat_timeout: _duration_pb2.Duration
    retry_policy: _message_pb2_1.RetryPolicy
    input: _message_pb2_1.Payloads
    id_reuse_policy: _activity_pb2.ActivityIdReusePolicy
    id_conflict_policy: _activity_pb2.ActivityIdConflictPolicy
    search_attributes: _message_pb2_1.SearchAttributes
    header: _message_pb2_1.Header
    user_metadata: _user_metadata_pb2.UserMetadata
    priority: _message_pb2_1.Priority
    completion_callbacks: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Callback]
    links: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Link]
    on_conflict_options: _message_pb2_1.OnConflictOptions
    start_delay: _duration_pb2.Duration
    def __init__(self, namespace: _Optional[str] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., activity_id: _Optional[str] = ..., activity_type: _Optional[_Union[_message_pb2_1.ActivityType, _Mapping]] = ..., task_queue: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1.TaskQueue, _Mapping]] = ..., schedule_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., schedule_to_start_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., start_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., heartbeat_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., retry_policy: _Optional[_Union[_message_pb2_1.RetryPolicy, _Mapping]] = ..., input: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., id_reuse_policy: _Optional[_Union[_activity_pb2.ActivityIdReusePolicy, str]] = ..., id_conflict_policy: _Optional[_Union[_activity_pb2.ActivityIdConflictPolicy, str]] = ..., search_attributes: _Optional[_Union[_message_pb2_1.SearchAttributes, _Mapping]] = ..., header: _Optional[_Union[_message_pb2_1.Header, _Mapping]] = ..., user_metadata: _Optional[_Union[_user_metadata_pb2.UserMetadata, _Mapping]] = ..., priority: _Optional[_Union[_message_pb2_1.Priority, _Mapping]] = ..., completion_callbacks: _Optional[_Iterable[_Union[_message_pb2_1.Callback, _Mapping]]] = ..., links: _Optional[_Iterable[_Union[_message_pb2_1.Link, _Mapping]]] = ..., on_conflict_options: _Optional[_Union[_message_pb2_1.OnConflictOptions, _Mapping]] = ..., start_delay: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class StartActivityExecutionResponse(_message.Message):
    __slots__ = ("run_id", "started", "link")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_FIELD_NUMBER: _ClassVar[int]
    LINK_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    started: bool
    link: _message_pb2_1.Link
    def __init__(self, run_id: _Optional[str] = ..., started: _Optional[bool] = ..., link: _Optional[_Union[_message_pb2_1.Link, _Mapping]] = ...) -> None: ...

class DescribeActivityExecutionRequest(_message.Message):
    __slots__ = ("namespace", "activity_id", "run_id", "include_input", "include_outcome", "long_poll_token", "include_heartbeat_details", "include_last_failure")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_INPUT_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_OUTCOME_FIELD_NUMBER: _ClassVar[int]
    LONG_POLL_TOKEN_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_HEARTBEAT_DETAILS_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_LAST_FAILURE_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    activity_id: str
    run_id: str
    include_input: bool
    include_outcome: bool
    long_poll_token: bytes
    include_heartbeat_details: bool
    include_last_failure: bool
    def __init__(self, namespace: _Optional[str] = ..., activity_id: _Optional[str] = ..., run_id: _Optional[str] = ..., include_input: _Optional[bool] = ..., include_outcome: _Optional[bool] = ..., long_poll_token: _Optional[bytes] = ..., include_heartbeat_details: _Optional[bool] = ..., include_last_failure: _Optional[bool] = ...) -> None: ...

class DescribeActivityExecutionResponse(_message.Message):
    __slots__ = ("run_id", "info", "input", "outcome", "long_poll_token", "callbacks")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    LONG_POLL_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CALLBACKS_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    info: _message_pb2.ActivityExecutionInfo
    input: _message_pb2_1.Payloads
    outcome: _message_pb2.ActivityExecutionOutcome
    long_poll_token: bytes
    callbacks: _containers.RepeatedCompositeFieldContainer[_message_pb2.CallbackInfo]
    def __init__(self, run_id: _Optional[str] = ..., info: _Optional[_Union[_message_pb2.ActivityExecutionInfo, _Mapping]] = ..., input: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., outcome: _Optional[_Union[_message_pb2.ActivityExecutionOutcome, _Mapping]] = ..., long_poll_token: _Optional[bytes] = ..., callbacks: _Optional[_Iterable[_Union[_message_pb2.CallbackInfo, _Mapping]]] = ...) -> None: ...

class PollActivityExecutionRequest(_message.Message):
    __slots__ = ("namespace", "activity_id", "run_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    activity_id: str
    run_id: str
    def __init__(self, namespace: _Optional[str] = ..., activity_id: _Optional[str] = ..., run_id: _Optional[str] = ...) -> None: ...

class PollActivityExecutionResponse(_message.Message):
    __slots__ = ("run_id", "outcome")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    outcome: _message_pb2.ActivityExecutionOutcome
    def __init__(self, run_id: _Optional[str] = ..., outcome: _Optional[_Union[_message_pb2.ActivityExecutionOutcome, _Mapping]] = ...) -> None: ...

class ListActivityExecutionsRequest(_message.Message):
    __slots__ = ("namespace", "page_size", "next_page_token", "query")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    page_size: int
    next_page_token: bytes
    query: str
    def __init__(self, namespace: _Optional[str] = ..., page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ..., query: _Optional[str] = ...) -> None: ...

class ListActivityExecutionsResponse(_message.Message):
    __slots__ = ("executions", "next_page_token")
    EXECUTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    executions: _containers.RepeatedCompositeFieldContainer[_message_pb2.ActivityExecutionListInfo]
    next_page_token: bytes
    def __init__(self, executions: _Optional[_Iterable[_Union[_message_pb2.ActivityExecutionListInfo, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class StartNexusOperationExecutionRequest(_message.Message):
    __slots__ = ("namespace", "identity", "request_id", "operation_id", "endpoint", "service", "operation", "schedule_to_close_timeout", "schedule_to_start_timeout", "start_to_close_timeout", "input", "id_reuse_policy", "id_conflict_policy", "search_attributes", "nexus_header", "user_metadata")
    class NexusHeaderEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_START_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    START_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    ID_REUSE_POLICY_FIELD_NUMBER: _ClassVar[int]
    ID_CONFLICT_POLICY_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    NEXUS_HEADER_FIELD_NUMBER: _ClassVar[int]
    USER_METADATA_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    identity: str
    request_id: str
    operation_id: str
    endpoint: str
    service: str
    operation: str
    schedule_to_close_timeout: _duration_pb2.Duration
    schedule_to_start_timeout: _duration_pb2.Duration
    start_to_close_timeout: _duration_pb2.Duration
    input: _message_pb2_1.Payload
    id_reuse_policy: _nexus_pb2.NexusOperationIdReusePolicy
    id_conflict_policy: _nexus_pb2.NexusOperationIdConflictPolicy
    search_attributes: _message_pb2_1.SearchAttributes
    nexus_header: _containers.ScalarMap[str, str]
    user_metadata: _user_metadata_pb2.UserMetadata
    def __init__(self, namespace: _Optional[str] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., operation_id: _Optional[str] = ..., endpoint: _Optional[str] = ..., service: _Optional[str] = ..., operation: _Optional[str] = ..., schedule_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., schedule_to_start_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., start_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., input: _Optional[_Union[_message_pb2_1.Payload, _Mapping]] = ..., id_reuse_policy: _Optional[_Union[_nexus_pb2.NexusOperationIdReusePolicy, str]] = ..., id_conflict_policy: _Optional[_Union[_nexus_pb2.NexusOperationIdConflictPolicy, str]] = ..., search_attributes: _Optional[_Union[_message_pb2_1.SearchAttributes, _Mapping]] = ..., nexus_header: _Optional[_Mapping[str, str]] = ..., user_metadata: _Optional[_Union[_user_metadata_pb2.UserMetadata, _Mapping]] = ...) -> None: ...

class StartNexusOperationExecutionResponse(_message.Message):
    __slots__ = ("run_id", "started")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    started: bool
    def __init__(self, run_id: _Optional[str] = ..., started: _Optional[bool] = ...) -> None: ...

class DescribeNexusOperationExecutionRequest(_message.Message):
    __slots__ = ("namespace", "operation_id", "run_id", "include_input", "include_outcome", "long_poll_token")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_INPUT_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_OUTCOME_FIELD_NUMBER: _ClassVar[int]
    LONG_POLL_TOKEN_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    operation_id: str
    run_id: str
    include_input: bool
    include_outcome: bool
    long_poll_token: bytes
    def __init__(self, namespace: _Optional[str] = ..., operation_id: _Optional[str] = ..., run_id: _Optional[str] = ..., include_input: _Optional[bool] = ..., include_outcome: _Optional[bool] = ..., long_poll_token: _Optional[bytes] = ...) -> None: ...

class DescribeNexusOperationExecutionResponse(_message.Message):
    __slots__ = ("run_id", "info", "input", "result", "failure", "long_poll_token")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    LONG_POLL_TOKEN_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    info: _message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.NexusOperationExecutionInfo
    input: _message_pb2_1.Payload
    result: _message_pb2_1.Payload
    failure: _message_pb2_1_1_1_1_1_1.Failure
    long_poll_token: bytes
    def __init__(self, run_id: _Optional[str] = ..., info: _Optional[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.NexusOperationExecutionInfo, _Mapping]] = ..., input: _Optional[_Union[_message_pb2_1.Payload, _Mapping]] = ..., result: _Optional[_Union[_message_pb2_1.Payload, _Mapping]] = ..., failure: _Optional[_Union[_message_pb2_1_1_1_1_1_1.Failure, _Mapping]] = ..., long_poll_token: _Optional[bytes] = ...) -> None: ...

class PollNexusOperationExecutionRequest(_message.Message):
    __slots__ = ("namespace", "operation_id", "run_id", "wait_stage")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    WAIT_STAGE_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    operation_id: str
    run_id: str
    wait_stage: _nexus_pb2.NexusOperationWaitStage
    def __init__(self, namespace: _Optional[str] = ..., operation_id: _Optional[str] = ..., run_id: _Optional[str] = ..., wait_stage: _Optional[_Union[_nexus_pb2.NexusOperationWaitStage, str]] = ...) -> None: ...

class PollNexusOperationExecutionResponse(_message.Message):
    __slots__ = ("run_id", "wait_stage", "operation_token", "result", "failure")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    WAIT_STAGE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    wait_stage: _nexus_pb2.NexusOperationWaitStage
    operation_token: str
    result: _message_pb2_1.Payload
    failure: _message_pb2_1_1_1_1_1_1.Failure
    def __init__(self, run_id: _Optional[str] = ..., wait_stage: _Optional[_Union[_nexus_pb2.NexusOperationWaitStage, str]] = ..., operation_token: _Optional[str] = ..., result: _Optional[_Union[_message_pb2_1.Payload, _Mapping]] = ..., failure: _Optional[_Union[_message_pb2_1_1_1_1_1_1.Failure, _Mapping]] = ...) -> None: ...

class ListNexusOperationExecutionsRequest(_message.Message):
    __slots__ = ("namespace", "page_size", "next_page_token", "query")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    page_size: int
    next_page_token: bytes
    query: str
    def __init__(self, namespace: _Optional[str] = ..., page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ..., query: _Optional[str] = ...) -> None: ...

class ListNexusOperationExecutionsResponse(_message.Message):
    __slots__ = ("operations", "next_page_token")
    OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    operations: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.NexusOperationExecutionListInfo]
    next_page_token: bytes
    def __init__(self, operations: _Optional[_Iterable[_Union[_message_pb2_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.NexusOperationExecutionListInfo, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class CountActivityExecutionsRequest(_message.Message):
    __slots__ = ("namespace", "query")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    query: str
    def __init__(self, namespace: _Optional[str] = ..., query: _Optional[str] = ...) -> None: ...

class CountActivityExecutionsResponse(_message.Message):
    __slots__ = ("count", "groups")
    class AggregationGroup(_message.Message):
        __slots__ = ("group_values", "count")
        GROUP_VALUES_FIELD_NUMBER: _ClassVar[int]
        COUNT_FIELD_NUMBER: _ClassVar[int]
        group_values: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Payload]
        count: int
        def __init__(self, group_values: _Optional[_Iterable[_Union[_message_pb2_1.Payload, _Mapping]]] = ..., count: _Optional[int] = ...) -> None: ...
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[CountActivityExecutionsResponse.AggregationGroup]
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[CountActivityExecutionsResponse.AggregationGroup, _Mapping]]] = ...) -> None: ...

class CountNexusOperationExecutionsRequest(_message.Message):
    __slots__ = ("namespace", "query")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    query: str
    def __init__(self, namespace: _Optional[str] = ..., query: _Optional[str] = ...) -> None: ...

class CountNexusOperationExecutionsResponse(_message.Message):
    __slots__ = ("count", "groups")
    class AggregationGroup(_message.Message):
        __slots__ = ("group_values", "count")
        GROUP_VALUES_FIELD_NUMBER: _ClassVar[int]
        COUNT_FIELD_NUMBER: _ClassVar[int]
        group_values: _containers.RepeatedCompositeFieldContainer[_message_pb2_1.Payload]
        count: int
        def __init__(self, group_values: _Optional[_Iterable[_Union[_message_pb2_1.Payload, _Mapping]]] = ..., count: _Optional[int] = ...) -> None: ...
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[CountNexusOperationExecutionsResponse.AggregationGroup]
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[CountNexusOperationExecutionsResponse.AggregationGroup, _Mapping]]] = ...) -> None: ...

class RequestCancelActivityExecutionRequest(_message.Message):
    __slots__ = ("namespace", "activity_id", "run_id", "identity", "request_id", "reason")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    activity_id: str
    run_id: str
    identity: str
    request_id: str
    reason: str
    def __init__(self, namespace: _Optional[str] = ..., activity_id: _Optional[str] = ..., run_id: _Optional[str] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class RequestCancelActivityExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TerminateActivityExecutionRequest(_message.Message):
    __slots__ = ("namespace", "activity_id", "run_id", "identity", "request_id", "reason")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    activity_id: str
    run_id: str
    identity: str
    request_id: str
    reason: str
    def __init__(self, namespace: _Optional[str] = ..., activity_id: _Optional[str] = ..., run_id: _Optional[str] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class TerminateActivityExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteActivityExecutionRequest(_message.Message):
    __slots__ = ("namespace", "activity_id", "run_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    activity_id: str
    run_id: str
    def __init__(self, namespace: _Optional[str] = ..., activity_id: _Optional[str] = ..., run_id: _Optional[str] = ...) -> None: ...

class DeleteActivityExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RequestCancelNexusOperationExecutionRequest(_message.Message):
    __slots__ = ("namespace", "operation_id", "run_id", "identity", "request_id", "reason")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    operation_id: str
    run_id: str
    identity: str
    request_id: str
    reason: str
    def __init__(self, namespace: _Optional[str] = ..., operation_id: _Optional[str] = ..., run_id: _Optional[str] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class RequestCancelNexusOperationExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TerminateNexusOperationExecutionRequest(_message.Message):
    __slots__ = ("namespace", "operation_id", "run_id", "identity", "request_id", "reason")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    operation_id: str
    run_id: str
    identity: str
    request_id: str
    reason: str
    def __init__(self, namespace: _Optional[str] = ..., operation_id: _Optional[str] = ..., run_id: _Optional[str] = ..., identity: _Optional[str] = ..., request_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class TerminateNexusOperationExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteNexusOperationExecutionRequest(_message.Message):
    __slots__ = ("namespace", "operation_id", "run_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    operation_id: str
    run_id: str
    def __init__(self, namespace: _Optional[str] = ..., operation_id: _Optional[str] = ..., run_id: _Optional[str] = ...) -> None: ...

class DeleteNexusOperationExecutionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PollWorkflowExecutionTimeSkippingRequest(_message.Message):
    __slots__ = ("namespace", "workflow_execution", "fast_forward_id")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    FAST_FORWARD_ID_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_execution: _message_pb2_1.WorkflowExecution
    fast_forward_id: str
    def __init__(self, namespace: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2_1.WorkflowExecution, _Mapping]] = ..., fast_forward_id: _Optional[str] = ...) -> None: ...

class PollWorkflowExecutionTimeSkippingResponse(_message.Message):
    __slots__ = ("fast_forward_polling_result", "failed_reason", "fast_forward_info")
    FAST_FORWARD_POLLING_RESULT_FIELD_NUMBER: _ClassVar[int]
    FAILED_REASON_FIELD_NUMBER: _ClassVar[int]
    FAST_FORWARD_INFO_FIELD_NUMBER: _ClassVar[int]
    fast_forward_polling_result: _time_skipping_pb2.FastForwardPollingResult
    failed_reason: str
    fast_forward_info: _message_pb2_1.TimeSkippingFastForwardInfo
    def __init__(self, fast_forward_polling_result: _Optional[_Union[_time_skipping_pb2.FastForwardPollingResult, str]] = ..., failed_reason: _Optional[str] = ..., fast_forward_info: _Optional[_Union[_message_pb2_1.TimeSkippingFastForwardInfo, _Mapping]] = ...) -> None: ...
