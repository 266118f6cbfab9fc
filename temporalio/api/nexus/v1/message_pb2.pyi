import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from temporalio.api.common.v1 import message_pb2 as _message_pb2
from temporalio.api.enums.v1 import common_pb2 as _common_pb2
from temporalio.api.enums.v1 import nexus_pb2 as _nexus_pb2
from temporalio.api.failure.v1 import message_pb2 as _message_pb2_1
from temporalio.api.sdk.v1 import user_metadata_pb2 as _user_metadata_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Failure(_message.Message):
    __slots__ = ("message", "stack_trace", "metadata", "details", "cause")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    STACK_TRACE_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    message: str
    stack_trace: str
    metadata: _containers.ScalarMap[str, str]
    details: bytes
    cause: Failure
    def __init__(self, message: _Optional[str] = ..., stack_trace: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., details: _Optional[bytes] = ..., cause: _Optional[_Union[Failure, _Mapping]] = ...) -> None: ...

class HandlerError(_message.Message):
    __slots__ = ("error_type", "failure", "retry_behavior")
    ERROR_TYPE_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    RETRY_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    error_type: str
    failure: Failure
    retry_behavior: _nexus_pb2.NexusHandlerErrorRetryBehavior
    def __init__(self, error_type: _Optional[str] = ..., failure: _Optional[_Union[Failure, _Mapping]] = ..., retry_behavior: _Optional[_Union[_nexus_pb2.NexusHandlerErrorRetryBehavior, str]] = ...) -> None: ...

class UnsuccessfulOperationError(_message.Message):
    __slots__ = ("operation_state", "failure")
    OPERATION_STATE_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    operation_state: str
    failure: Failure
    def __init__(self, operation_state: _Optional[str] = ..., failure: _Optional[_Union[Failure, _Mapping]] = ...) -> None: ...

class Link(_message.Message):
    __slots__ = ("url", "type")
    URL_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    url: str
    type: str
    def __init__(self, url: _Optional[str] = ..., type: _Optional[str] = ...) -> None: ...

class StartOperationRequest(_message.Message):
    __slots__ = ("service", "operation", "request_id", "callback", "payload", "callback_header", "links")
    class CallbackHeaderEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CALLBACK_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    CALLBACK_HEADER_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    service: str
    operation: str
    request_id: str
    callback: str
    payload: _message_pb2.Payload
    callback_header: _containers.ScalarMap[str, str]
    links: _containers.RepeatedCompositeFieldContainer[Link]
    def __init__(self, service: _Optional[str] = ..., operation: _Optional[str] = ..., request_id: _Optional[str] = ..., callback: _Optional[str] = ..., payload: _Optional[_Union[_message_pb2.Payload, _Mapping]] = ..., callback_header: _Optional[_Mapping[str, str]] = ..., links: _Optional[_Iterable[_Union[Link, _Mapping]]] = ...) -> None: ...

class CancelOperationRequest(_message.Message):
    __slots__ = ("service", "operation", "operation_id", "operation_token")
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    OPERATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    service: str
    operation: str
    operation_id: str
    operation_token: str
    def __init__(self, service: _Optional[str] = ..., operation: _Optional[str] = ..., operation_id: _Optional[str] = ..., operation_token: _Optional[str] = ...) -> None: ...

class Request(_message.Message):
    __slots__ = ("header", "scheduled_time", "capabilities", "start_operation", "cancel_operation", "endpoint")
    class Capabilities(_message.Message):
        __slots__ = ("temporal_failure_responses",)
        TEMPORAL_FAILURE_RESPONSES_FIELD_NUMBER: _ClassVar[int]
        temporal_failure_responses: bool
        def __init__(self, temporal_failure_responses: _Optional[bool] = ...) -> None: ...
    class HeaderEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    HEADER_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_TIME_FIELD_NUMBER: _ClassVar[int]
    CAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    START_OPERATION_FIELD_NUMBER: _ClassVar[int]
    CANCEL_OPERATION_FIELD_NUMBER: _ClassVar[int]
    ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    header: _containers.ScalarMap[str, str]
    scheduled_time: _timestamp_pb2.Timestamp
    capabilities: Request.Capabilities
    start_operation: StartOperationRequest
    cancel_operation: CancelOperationRequest
    endpoint: str
    def __init__(self, header: _Optional[_Mapping[str, str]] = ..., scheduled_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., capabilities: _Optional[_Union[Request.Capabilities, _Mapping]] = ..., start_operation: _Optional[_Union[StartOperationRequest, _Mapping]] = ..., cancel_operation: _Optional[_Union[CancelOperationRequest, _Mapping]] = ..., endpoint: _Optional[str] = ...) -> None: ...

class StartOperationResponse(_message.Message):
    __slots__ = ("sync_success", "async_success", "operation_error", "failure")
    class Sync(_message.Message):
        __slots__ = ("payload", "links")
        PAYLOAD_FIELD_NUMBER: _ClassVar[int]
        LINKS_FIELD_NUMBER: _ClassVar[int]
        payload: _message_pb2.Payload
        links: _containers.RepeatedCompositeFieldContainer[Link]
        def __init__(self, payload: _Optional[_Union[_message_pb2.Payload, _Mapping]] = ..., links: _Optional[_Iterable[_Union[Link, _Mapping]]] = ...) -> None: ...
    class Async(_message.Message):
        __slots__ = ("operation_id", "links", "operation_token")
        OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
        LINKS_FIELD_NUMBER: _ClassVar[int]
        OPERATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
        operation_id: str
        links: _containers.RepeatedCompositeFieldContainer[Link]
        operation_token: str
        def __init__(self, operation_id: _Optional[str] = ..., links: _Optional[_Iterable[_Union[Link, _Mapping]]] = ..., operation_token: _Optional[str] = ...) -> None: ...
    SYNC_SUCCESS_FIELD_NUMBER: _ClassVar[int]
    ASYNC_SUCCESS_FIELD_NUMBER: _ClassVar[int]
    OPERATION_ERROR_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    sync_success: StartOperationResponse.Sync
    async_success: StartOperationResponse.Async
    operation_error: UnsuccessfulOperationError
    failure: _message_pb2_1.Failure
    def __init__(self, sync_success: _Optional[_Union[StartOperationResponse.Sync, _Mapping]] = ..., async_success: _Optional[_Union[StartOperationResponse.Async, _Mapping]] = ..., operation_error: _Optional[_Union[UnsuccessfulOperationError, _Mapping]] = ..., failure: _Optional[_Union[_message_pb2_1.Failure, _Mapping]] = ...) -> None: ...

class CancelOperationResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Response(_message.Message):
    __slots__ = ("start_operation", "cancel_operation")
    START_OPERATION_FIELD_NUMBER: _ClassVar[int]
    CANCEL_OPERATION_FIELD_NUMBER: _ClassVar[int]
    start_operation: StartOperationResponse
    cancel_operation: CancelOperationResponse
    def __init__(self, start_operation: _Optional[_Union[StartOperationResponse, _Mapping]] = ..., cancel_operation: _Optional[_Union[CancelOperationResponse, _Mapping]] = ...) -> None: ...

class Endpoint(_message.Message):
    __slots__ = ("version", "id", "spec", "created_time", "last_modified_time", "url_prefix")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    SPEC_FIELD_NUMBER: _ClassVar[int]
    CREATED_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_MODIFIED_TIME_FIELD_NUMBER: _ClassVar[int]
    URL_PREFIX_FIELD_NUMBER: _ClassVar[int]
    version: int
    id: str
    spec: EndpointSpec
    created_time: _timestamp_pb2.Timestamp
    last_modified_time: _timestamp_pb2.Timestamp
    url_prefix: str
    def __init__(self, version: _Optional[int] = ..., id: _Optional[str] = ..., spec: _Optional[_Union[EndpointSpec, _Mapping]] = ..., created_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_modified_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., url_prefix: _Optional[str] = ...) -> None: ...

class EndpointSpec(_message.Message):
    __slots__ = ("name", "description", "target")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    name: str
    description: _message_pb2.Payload
    target: EndpointTarget
    def __init__(self, name: _Optional[str] = ..., description: _Optional[_Union[_message_pb2.Payload, _Mapping]] = ..., target: _Optional[_Union[EndpointTarget, _Mapping]] = ...) -> None: ...

class EndpointTarget(_message.Message):
    __slots__ = ("worker", "external")
    class Worker(_message.Message):
        __slots__ = ("namespace", "task_queue")
        NAMESPACE_FIELD_NUMBER: _ClassVar[int]
        TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
        namespace: str
        task_queue: str
        def __init__(self, namespace: _Optional[str] = ..., task_queue: _Optional[str] = ...) -> None: ...
    class External(_message.Message):
        __slots__ = ("url",)
        URL_FIELD_NUMBER: _ClassVar[int]
        url: str
        def __init__(self, url: _Optional[str] = ...) -> None: ...
    WORKER_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_FIELD_NUMBER: _ClassVar[int]
    worker: EndpointTarget.Worker
    external: EndpointTarget.External
    def __init__(self, worker: _Optional[_Union[EndpointTarget.Worker, _Mapping]] = ..., external: _Optional[_Union[EndpointTarget.External, _Mapping]] = ...) -> None: ...

class NexusOperationExecutionCancellationInfo(_message.Message):
    __slots__ = ("requested_time", "state", "attempt", "last_attempt_complete_time", "last_attempt_failure", "next_attempt_schedule_time", "blocked_reason", "reason")
    REQUESTED_TIME_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_COMPLETE_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_FAILURE_FIELD_NUMBER: _ClassVar[int]
    NEXT_ATTEMPT_SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_REASON_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    requested_time: _timestamp_pb2.Timestamp
    state: _common_pb2.NexusOperationCancellationState
    attempt: int
    last_attempt_complete_time: _timestamp_pb2.Timestamp
    last_attempt_failure: _message_pb2_1.Failure
    next_attempt_schedule_time: _timestamp_pb2.Timestamp
    blocked_reason: str
    reason: str
    def __init__(self, requested_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., state: _Optional[_Union[_common_pb2.NexusOperationCancellationState, str]] = ..., attempt: _Optional[int] = ..., last_attempt_complete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_attempt_failure: _Optional[_Union[_message_pb2_1.Failure, _Mapping]] = ..., next_attempt_schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., blocked_reason: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class NexusOperationExecutionInfo(_message.Message):
    __slots__ = ("operation_id", "run_id", "endpoint", "service", "operation", "status", "state", "schedule_to_close_timeout", "schedule_to_start_timeout", "start_to_close_timeout", "attempt", "schedule_time", "expiration_time", "close_time", "last_attempt_complete_time", "last_attempt_failure", "next_attempt_schedule_time", "execution_duration", "cancellation_info", "blocked_reason", "request_id", "operation_token", "state_transition_count", "search_attributes", "nexus_header", "user_metadata", "links", "identity", "state_size_bytes")
    class NexusHeaderEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TO_START_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    START_TO_CLOSE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRATION_TIME_FIELD_NUMBER: _ClassVar[int]
    CLOSE_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_COMPLETE_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_FAILURE_FIELD_NUMBER: _ClassVar[int]
    NEXT_ATTEMPT_SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_DURATION_FIELD_NUMBER: _ClassVar[int]
    CANCELLATION_INFO_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_REASON_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    OPERATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATE_TRANSITION_COUNT_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    NEXUS_HEADER_FIELD_NUMBER: _ClassVar[int]
    USER_METADATA_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    STATE_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    operation_id: str
    run_id: str
    endpoint: str
    service: str
    operation: str
    status: _nexus_pb2.NexusOperationExecutionStatus
    state: _common_pb2.PendingNexusOperationState
    schedule_to_close_timeout: _duration_pb2.Duration
    schedule_to_start_timeout: _duration_pb2.Duration
    start_to_close_timeout: _duration_pb2.Duration
    attempt: int
    schedule_time: _timestamp_pb2.Timestamp
    expiration_time: _timestamp_pb2.Timestamp
    close_time: _timestamp_pb2.Timestamp
    last_attempt_complete_time: _timestamp_pb2.Timestamp
    last_attempt_failure: _message_pb2_1.Failure
    next_attempt_schedule_time: _timestamp_pb2.Timestamp
    execution_duration: _duration_pb2.Duration
    cancellation_info: NexusOperationExecutionCancellationInfo
    blocked_reason: str
    request_id: str
    operation_token: str
    state_transition_count: int
    search_attributes: _message_pb2.SearchAttributes
    nexus_header: _containers.ScalarMap[str, str]
    user_metadata: _user_metadata_pb2.UserMetadata
    links: _containers.RepeatedCompositeFieldContainer[_message_pb2.Link]
    identity: str
    state_size_bytes: int
    def __init__(self, operation_id: _Optional[str] = ..., run_id: _Optional[str] = ..., endpoint: _Optional[str] = ..., service: _Optional[str] = ..., operation: _Optional[str] = ..., status: _Optional[_Union[_nexus_pb2.NexusOperationExecutionStatus, str]] = ..., state: _Optional[_Union[_common_pb2.PendingNexusOperationState, str]] = ..., schedule_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., schedule_to_start_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., start_to_close_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., attempt: _Optional[int] = ..., schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expiration_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., close_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_attempt_complete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_attempt_failure: _Optional[_Union[_message_pb2_1.Failure, _Mapping]] = ..., next_attempt_schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., execution_duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., cancellation_info: _Optional[_Union[NexusOperationExecutionCancellationInfo, _Mapping]] = ..., blocked_reason: _Optional[str] = ..., request_id: _Optional[str] = ..., operation_token: _Optional[str] = ..., state_transition_count: _Optional[int] = ..., search_attributes: _Optional[_Union[_message_pb2.SearchAttributes, _Mapping]] = ..., nexus_header: _Optional[_Mapping[str, str]] = ..., user_metadata: _Optional[_Union[_user_metadata_pb2.UserMetadata, _Mapping]] = ..., links: _Optional[_Iterable[_Union[_message_pb2.Link, _Mapping]]] = ..., identity: _Optional[str] = ..., state_size_bytes: _Optional[int] = ...) -> None: ...

class NexusOperationExecutionListInfo(_message.Message):
    __slots__ = ("operation_id", "run_id", "endpoint", "service", "operation", "schedule_time", "close_time", "status", "search_attributes", "state_transition_count", "execution_duration", "state_size_bytes")
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    CLOSE_TIME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    STATE_TRANSITION_COUNT_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_DURATION_FIELD_NUMBER: _ClassVar[int]
    STATE_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    operation_id: str
    run_id: str
    endpoint: str
    service: str
    operation: str
    schedule_time: _timestamp_pb2.Timestamp
    close_time: _timestamp_pb2.Timestamp
    status: _nexus_pb2.NexusOperationExecutionStatus
    search_attributes: _message_pb2.SearchAttributes
    state_transition_count: int
    execution_duration: _duration_pb2.Duration
    state_size_bytes: int
    def __init__(self, operation_id: _Optional[str] = ..., run_id: _Optional[str] = ..., endpoint: _Optional[str] = ..., service: _Optional[str] = ..., operation: _Optional[str] = ..., schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., close_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., status: _Optional[_Union[_nexus_pb2.NexusOperationExecutionStatus, str]] = ..., search_attributes: _Optional[_Union[_message_pb2.SearchAttributes, _Mapping]] = ..., state_transition_count: _Optional[int] = ..., execution_duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., state_size_bytes: _Optional[int] = ...) -> None: ...
