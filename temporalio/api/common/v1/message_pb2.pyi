import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from temporalio.api.enums.v1 import common_pb2 as _common_pb2
from temporalio.api.enums.v1 import event_type_pb2 as _event_type_pb2
from temporalio.api.enums.v1 import reset_pb2 as _reset_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DataBlob(_message.Message):
    __slots__ = ("encoding_type", "data")
    ENCODING_TYPE_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    encoding_type: _common_pb2.EncodingType
    data: bytes
    def __init__(self, encoding_type: _Optional[_Union[_common_pb2.EncodingType, str]] = ..., data: _Optional[bytes] = ...) -> None: ...

class Payloads(_message.Message):
    __slots__ = ("payloads",)
    PAYLOADS_FIELD_NUMBER: _ClassVar[int]
    payloads: _containers.RepeatedCompositeFieldContainer[Payload]
    def __init__(self, payloads: _Optional[_Iterable[_Union[Payload, _Mapping]]] = ...) -> None: ...

class Payload(_message.Message):
    __slots__ = ("metadata", "data", "external_payloads")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: bytes
        def __init__(self, key: _Optional[str] = ..., value: _Optional[bytes] = ...) -> None: ...
    class ExternalPayloadDetails(_message.Message):
        __slots__ = ("size_bytes",)
        SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
        size_bytes: int
        def __init__(self, size_bytes: _Optional[int] = ...) -> None: ...
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_PAYLOADS_FIELD_NUMBER: _ClassVar[int]
    metadata: _containers.ScalarMap[str, bytes]
    data: bytes
    external_payloads: _containers.RepeatedCompositeFieldContainer[Payload.ExternalPayloadDetails]
    def __init__(self, metadata: _Optional[_Mapping[str, bytes]] = ..., data: _Optional[bytes] = ..., external_payloads: _Optional[_Iterable[_Union[Payload.ExternalPayloadDetails, _Mapping]]] = ...) -> None: ...

class SearchAttributes(_message.Message):
    __slots__ = ("indexed_fields",)
    class IndexedFieldsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: Payload
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[Payload, _Mapping]] = ...) -> None: ...
    INDEXED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    indexed_fields: _containers.MessageMap[str, Payload]
    def __init__(self, indexed_fields: _Optional[_Mapping[str, Payload]] = ...) -> None: ...

class Memo(_message.Message):
    __slots__ = ("fields",)
    class FieldsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: Payload
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[Payload, _Mapping]] = ...) -> None: ...
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.MessageMap[str, Payload]
    def __init__(self, fields: _Optional[_Mapping[str, Payload]] = ...) -> None: ...

class Header(_message.Message):
    __slots__ = ("fields",)
    class FieldsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: Payload
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[Payload, _Mapping]] = ...) -> None: ...
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.MessageMap[str, Payload]
    def __init__(self, fields: _Optional[_Mapping[str, Payload]] = ...) -> None: ...

class WorkflowExecution(_message.Message):
    __slots__ = ("workflow_id", "run_id")
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    workflow_id: str
    run_id: str
    def __init__(self, workflow_id: _Optional[str] = ..., run_id: _Optional[str] = ...) -> None: ...

class Execution(_message.Message):
    __slots__ = ("type", "business_id", "run_id")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    type: _common_pb2.ExecutionType
    business_id: str
    run_id: str
    def __init__(self, type: _Optional[_Union[_common_pb2.ExecutionType, str]] = ..., business_id: _Optional[str] = ..., run_id: _Optional[str] = ...) -> None: ...

class WorkflowType(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ActivityType(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class RetryPolicy(_message.Message):
    __slots__ = ("initial_interval", "backoff_coefficient", "maximum_interval", "maximum_attempts", "non_retryable_error_types")
    INITIAL_INTERVAL_FIELD_NUMBER: _ClassVar[int]
    BACKOFF_COEFFICIENT_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_INTERVAL_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    NON_RETRYABLE_ERROR_TYPES_FIELD_NUMBER: _ClassVar[int]
    initial_interval: _duration_pb2.Duration
    backoff_coefficient: float
    maximum_interval: _duration_pb2.Duration
    maximum_attempts: int
    non_retryable_error_types: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, initial_interval: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., backoff_coefficient: _Optional[float] = ..., maximum_interval: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., maximum_attempts: _Optional[int] = ..., non_retryable_error_types: _Optional[_Iterable[str]] = ...) -> None: ...

class MeteringMetadata(_message.Message):
    __slots__ = ("nonfirst_local_activity_execution_attempts",)
    NONFIRST_LOCAL_ACTIVITY_EXECUTION_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    nonfirst_local_activity_execution_attempts: int
    def __init__(self, nonfirst_local_activity_execution_attempts: _Optional[int] = ...) -> None: ...

class WorkerVersionStamp(_message.Message):
    __slots__ = ("build_id", "use_versioning")
    BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    USE_VERSIONING_FIELD_NUMBER: _ClassVar[int]
    build_id: str
    use_versioning: bool
    def __init__(self, build_id: _Optional[str] = ..., use_versioning: _Optional[bool] = ...) -> None: ...

class WorkerVersionCapabilities(_message.Message):
    __slots__ = ("build_id", "use_versioning", "deployment_series_name")
    BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    USE_VERSIONING_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_SERIES_NAME_FIELD_NUMBER: _ClassVar[int]
    build_id: str
    use_versioning: bool
    deployment_series_name: str
    def __init__(self, build_id: _Optional[str] = ..., use_versioning: _Optional[bool] = ..., deployment_series_name: _Optional[str] = ...) -> None: ...

class ResetOptions(_message.Message):
    __slots__ = ("first_workflow_task", "last_workflow_task", "workflow_task_id", "build_id", "reset_reapply_type", "current_run_only", "reset_reapply_exclude_types")
    FIRST_WORKFLOW_TASK_FIELD_NUMBER: _ClassVar[int]
    LAST_WORKFLOW_TASK_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_ID_FIELD_NUMBER: _ClassVar[int]
    BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    RESET_REAPPLY_TYPE_FIELD_NUMBER: _ClassVar[int]
    CURRENT_RUN_ONLY_FIELD_NUMBER: _ClassVar[int]
    RESET_REAPPLY_EXCLUDE_TYPES_FIELD_NUMBER: _ClassVar[int]
    first_workflow_task: _empty_pb2.Empty
    last_workflow_task: _empty_pb2.Empty
    workflow_task_id: int
    build_id: str
    reset_reapply_type: _reset_pb2.ResetReapplyType
    current_run_only: bool
    reset_reapply_exclude_types: _containers.RepeatedScalarFieldContainer[_reset_pb2.ResetReapplyExcludeType]
    def __init__(self, first_workflow_task: _Optional[_Union[_empty_pb2.Empty, _Mapping]] = ..., last_workflow_task: _Optional[_Union[_empty_pb2.Empty, _Mapping]] = ..., workflow_task_id: _Optional[int] = ..., build_id: _Optional[str] = ..., reset_reapply_type: _Optional[_Union[_reset_pb2.ResetReapplyType, str]] = ..., current_run_only: _Optional[bool] = ..., reset_reapply_exclude_types: _Optional[_Iterable[_Union[_reset_pb2.ResetReapplyExcludeType, str]]] = ...) -> None: ...

class Callback(_message.Message):
    __slots__ = ("nexus", "internal", "links")
    class Nexus(_message.Message):
        __slots__ = ("url", "header")
        class HeaderEntry(_message.Message):
            __slots__ = ("key", "value")
            KEY_FIELD_NUMBER: _ClassVar[int]
            VALUE_FIELD_NUMBER: _ClassVar[int]
            key: str
            value: str
            def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
        URL_FIELD_NUMBER: _ClassVar[int]
        HEADER_FIELD_NUMBER: _ClassVar[int]
        url: str
        header: _containers.ScalarMap[str, str]
        def __init__(self, url: _Optional[str] = ..., header: _Optional[_Mapping[str, str]] = ...) -> None: ...
    class Internal(_message.Message):
        __slots__ = ("data",)
        DATA_FIELD_NUMBER: _ClassVar[int]
        data: bytes
        def __init__(self, data: _Optional[bytes] = ...) -> None: ...
    NEXUS_FIELD_NUMBER: _ClassVar[int]
    INTERNAL_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    nexus: Callback.Nexus
    internal: Callback.Internal
    links: _containers.RepeatedCompositeFieldContainer[Link]
    def __init__(self, nexus: _Optional[_Union[Callback.Nexus, _Mapping]] = ..., internal: _Optional[_Union[Callback.Internal, _Mapping]] = ..., links: _Optional[_Iterable[_Union[Link, _Mapping]]] = ...) -> None: ...

class Link(_message.Message):
    __slots__ = ("workflow_event", "batch_job", "activity", "nexus_operation", "workflow")
    class WorkflowEvent(_message.Message):
        __slots__ = ("namespace", "workflow_id", "run_id", "event_ref", "request_id_ref")
        class EventReference(_message.Message):
            __slots__ = ("event_id", "event_type")
            EVENT_ID_FIELD_NUMBER: _ClassVar[int]
            EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
            event_id: int
            event_type: _event_type_pb2.EventType
            def __init__(self, event_id: _Optional[int] = ..., event_type: _Optional[_Union[_event_type_pb2.EventType, str]] = ...) -> None: ...
        class RequestIdReference(_message.Message):
            __slots__ = ("request_id", "event_type")
            REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
            EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
            request_id: str
            event_type: _event_type_pb2.EventType
            def __init__(self, request_id: _Optional[str] = ..., event_type: _Optional[_Union[_event_type_pb2.EventType, str]] = ...) -> None: ...
        NAMESPACE_FIELD_NUMBER: _ClassVar[int]
        WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
        RUN_ID_FIELD_NUMBER: _ClassVar[int]
        EVENT_REF_FIELD_NUMBER: _ClassVar[int]
        REQUEST_ID_REF_FIELD_NUMBER: _ClassVar[int]
        namespace: str
        workflow_id: str
        run_id: str
        event_ref: Link.WorkflowEvent.EventReference
        request_id_ref: Link.WorkflowEvent.RequestIdReference
        def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., run_id: _Optional[str] = ..., event_ref: _Optional[_Union[Link.WorkflowEvent.EventReference, _Mapping]] = ..., request_id_ref: _Optional[_Union[Link.WorkflowEvent.RequestIdReference, _Mapping]] = ...) -> None: ...
    class BatchJob(_message.Message):
        __slots__ = ("job_id",)
        JOB_ID_FIELD_NUMBER: _ClassVar[int]
        job_id: str
        def __init__(self, job_id: _Optional[str] = ...) -> None: ...
    class Activity(_message.Message):
        __slots__ = ("namespace", "activity_id", "run_id")
        NAMESPACE_FIELD_NUMBER: _ClassVar[int]
        ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
        RUN_ID_FIELD_NUMBER: _ClassVar[int]
        namespace: str
        activity_id: str
        run_id: str
        def __init__(self, namespace: _Optional[str] = ..., activity_id: _Optional[str] = ..., run_id: _Optional[str] = ...) -> None: ...
    class NexusOperation(_message.Message):
        __slots__ = ("namespace", "operation_id", "run_id")
        NAMESPACE_FIELD_NUMBER: _ClassVar[int]
        OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
        RUN_ID_FIELD_NUMBER: _ClassVar[int]
        namespace: str
        operation_id: str
        run_id: str
        def __init__(self, namespace: _Optional[str] = ..., operation_id: _Optional[str] = ..., run_id: _Optional[str] = ...) -> None: ...
    class Workflow(_message.Message):
        __slots__ = ("namespace", "workflow_id", "run_id", "reason")
        NAMESPACE_FIELD_NUMBER: _ClassVar[int]
        WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
        RUN_ID_FIELD_NUMBER: _ClassVar[int]
        REASON_FIELD_NUMBER: _ClassVar[int]
        namespace: str
        workflow_id: str
        run_id: str
        reason: str
        def __init__(self, namespace: _Optional[str] = ..., workflow_id: _Optional[str] = ..., run_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...
    WORKFLOW_EVENT_FIELD_NUMBER: _ClassVar[int]
    BATCH_JOB_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_FIELD_NUMBER: _ClassVar[int]
    NEXUS_OPERATION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    workflow_event: Link.WorkflowEvent
    batch_job: Link.BatchJob
    activity: Link.Activity
    nexus_operation: Link.NexusOperation
    workflow: Link.Workflow
    def __init__(self, workflow_event: _Optional[_Union[Link.WorkflowEvent, _Mapping]] = ..., batch_job: _Optional[_Union[Link.BatchJob, _Mapping]] = ..., activity: _Optional[_Union[Link.Activity, _Mapping]] = ..., nexus_operation: _Optional[_Union[Link.NexusOperation, _Mapping]] = ..., workflow: _Optional[_Union[Link.Workflow, _Mapping]] = ...) -> None: ...

class Principal(_message.Message):
    __slots__ = ("type", "name")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    type: str
    name: str
    def __init__(self, type: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class Priority(_message.Message):
    __slots__ = ("priority_key", "fairness_key", "fairness_weight")
    PRIORITY_KEY_FIELD_NUMBER: _ClassVar[int]
    FAIRNESS_KEY_FIELD_NUMBER: _ClassVar[int]
    FAIRNESS_WEIGHT_FIELD_NUMBER: _ClassVar[int]
    priority_key: int
    fairness_key: str
    fairness_weight: float
    def __init__(self, priority_key: _Optional[int] = ..., fairness_key: _Optional[str] = ..., fairness_weight: _Optional[float] = ...) -> None: ...

class WorkerSelector(_message.Message):
    __slots__ = ("worker_instance_key",)
    WORKER_INSTANCE_KEY_FIELD_NUMBER: _ClassVar[int]
    worker_instance_key: str
    def __init__(self, worker_instance_key: _Optional[str] = ...) -> None: ...

class OnConflictOptions(_message.Message):
    __slots__ = ("attach_request_id", "attach_completion_callbacks", "attach_links")
    ATTACH_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ATTACH_COMPLETION_CALLBACKS_FIELD_NUMBER: _ClassVar[int]
    ATTACH_LINKS_FIELD_NUMBER: _ClassVar[int]
    attach_request_id: bool
    attach_completion_callbacks: bool
    attach_links: bool
    def __init__(self, attach_request_id: _Optional[bool] = ..., attach_completion_callbacks: _Optional[bool] = ..., attach_links: _Optional[bool] = ...) -> None: ...

class TimeSkippingConfig(_message.Message):
    __slots__ = ("enabled", "fast_forward_config", "disable_propagation", "max_session_skip_count")
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    FAST_FORWARD_CONFIG_FIELD_NUMBER: _ClassVar[int]
    DISABLE_PROPAGATION_FIELD_NUMBER: _ClassVar[int]
    MAX_SESSION_SKIP_COUNT_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    fast_forward_config: FastForwardConfig
    disable_propagation: bool
    max_session_skip_count: int
    def __init__(self, enabled: _Optional[bool] = ..., fast_forward_config: _Optional[_Union[FastForwardConfig, _Mapping]] = ..., disable_propagation: _Optional[bool] = ..., max_session_skip_count: _Optional[int] = ...) -> None: ...

class FastForwardConfig(_message.Message):
    __slots__ = ("id", "duration")
    ID_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    id: str
    duration: _duration_pb2.Duration
    def __init__(self, id: _Optional[str] = ..., duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class TimeSkippingStatePropagation(_message.Message):
    __slots__ = ("initial_skipped_duration", "fast_forward_target_time", "initial_skip_count")
    INITIAL_SKIPPED_DURATION_FIELD_NUMBER: _ClassVar[int]
    FAST_FORWARD_TARGET_TIME_FIELD_NUMBER: _ClassVar[int]
    INITIAL_SKIP_COUNT_FIELD_NUMBER: _ClassVar[int]
    initial_skipped_duration: _duration_pb2.Duration
    fast_forward_target_time: _timestamp_pb2.Timestamp
    initial_skip_count: int
    def __init__(self, initial_skipped_duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., fast_forward_target_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., initial_skip_count: _Optional[int] = ...) -> None: ...

class TimeSkippingInfo(_message.Message):
    __slots__ = ("current_time", "effective_config", "fast_forward_info", "current_session_skip_count")
    CURRENT_TIME_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_CONFIG_FIELD_NUMBER: _ClassVar[int]
    FAST_FORWARD_INFO_FIELD_NUMBER: _ClassVar[int]
    CURRENT_SESSION_SKIP_COUNT_FIELD_NUMBER: _ClassVar[int]
    current_time: _timestamp_pb2.Timestamp
    effective_config: TimeSkippingConfig
    fast_forward_info: TimeSkippingFastForwardInfo
    current_session_skip_count: int
    def __init__(self, current_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., effective_config: _Optional[_Union[TimeSkippingConfig, _Mapping]] = ..., fast_forward_info: _Optional[_Union[TimeSkippingFastForwardInfo, _Mapping]] = ..., current_session_skip_count: _Optional[int] = ...) -> None: ...

class TimeSkippingFastForwardInfo(_message.Message):
    __slots__ = ("fast_forward_duration", "fast_forward_id", "target_time", "has_completed")
    FAST_FORWARD_DURATION_FIELD_NUMBER: _ClassVar[int]
    FAST_FORWARD_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_TIME_FIELD_NUMBER: _ClassVar[int]
    HAS_COMPLETED_FIELD_NUMBER: _ClassVar[int]
    fast_forward_duration: _duration_pb2.Duration
    fast_forward_id: str
    target_time: _timestamp_pb2.Timestamp
    has_completed: bool
    def __init__(self, fast_forward_duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., fast_forward_id: _Optional[str] = ..., target_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., has_completed: _Optional[bool] = ...) -> None: ...
