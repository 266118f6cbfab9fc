import datetime

from temporalio.api.common.v1 import message_pb2 as _message_pb2
from temporalio.api.enums.v1 import workflow_pb2 as _workflow_pb2
from temporalio.api.enums.v1 import nexus_pb2 as _nexus_pb2
from temporalio.api.enums.v1 import common_pb2 as _common_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ApplicationFailureInfo(_message.Message):
    __slots__ = ("type", "non_retryable", "details", "next_retry_delay", "category")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    NON_RETRYABLE_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    NEXT_RETRY_DELAY_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    type: str
    non_retryable: bool
    details: _message_pb2.Payloads
    next_retry_delay: _duration_pb2.Duration
    category: _common_pb2.ApplicationErrorCategory
    def __init__(self, type: _Optional[str] = ..., non_retryable: _Optional[bool] = ..., details: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., next_retry_delay: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., category: _Optional[_Union[_common_pb2.ApplicationErrorCategory, str]] = ...) -> None: ...

class TimeoutFailureInfo(_message.Message):
    __slots__ = ("timeout_type", "last_heartbeat_details")
    TIMEOUT_TYPE_FIELD_NUMBER: _ClassVar[int]
    LAST_HEARTBEAT_DETAILS_FIELD_NUMBER: _ClassVar[int]
    timeout_type: _workflow_pb2.TimeoutType
    last_heartbeat_details: _message_pb2.Payloads
    def __init__(self, timeout_type: _Optional[_Union[_workflow_pb2.TimeoutType, str]] = ..., last_heartbeat_details: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ...) -> None: ...

class CanceledFailureInfo(_message.Message):
    __slots__ = ("details", "identity")
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    details: _message_pb2.Payloads
    identity: str
    def __init__(self, details: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., identity: _Optional[str] = ...) -> None: ...

class TerminatedFailureInfo(_message.Message):
    __slots__ = ("identity",)
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    identity: str
    def __init__(self, identity: _Optional[str] = ...) -> None: ...

class ServerFailureInfo(_message.Message):
    __slots__ = ("non_retryable",)
    NON_RETRYABLE_FIELD_NUMBER: _ClassVar[int]
    non_retryable: bool
    def __init__(self, non_retryable: _Optional[bool] = ...) -> None: ...

class ResetWorkflowFailureInfo(_message.Message):
    __slots__ = ("last_heartbeat_details",)
    LAST_HEARTBEAT_DETAILS_FIELD_NUMBER: _ClassVar[int]
    last_heartbeat_details: _message_pb2.Payloads
    def __init__(self, last_heartbeat_details: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ...) -> None: ...

class ActivityFailureInfo(_message.Message):
    __slots__ = ("scheduled_event_id", "started_event_id", "identity", "activity_type", "activity_id", "retry_state")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    RETRY_STATE_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    started_event_id: int
    identity: str
    activity_type: _message_pb2.ActivityType
    activity_id: str
    retry_state: _workflow_pb2.RetryState
    def __init__(self, scheduled_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ..., identity: _Optional[str] = ..., activity_type: _Optional[_Union[_message_pb2.ActivityType, _Mapping]] = ..., activity_id: _Optional[str] = ..., retry_state: _Optional[_Union[_workflow_pb2.RetryState, str]] = ...) -> None: ...

class ChildWorkflowExecutionFailureInfo(_message.Message):
    __slots__ = ("namespace", "workflow_execution", "workflow_type", "initiated_event_id", "started_event_id", "retry_state")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    INITIATED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    RETRY_STATE_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    workflow_execution: _message_pb2.WorkflowExecution
    workflow_type: _message_pb2.WorkflowType
    initiated_event_id: int
    started_event_id: int
    retry_state: _workflow_pb2.RetryState
    def __init__(self, namespace: _Optional[str] = ..., workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., workflow_type: _Optional[_Union[_message_pb2.WorkflowType, _Mapping]] = ..., initiated_event_id: _Optional[int] = ..., started_event_id: _Optional[int] = ..., retry_state: _Optional[_Union[_workflow_pb2.RetryState, str]] = ...) -> None: ...

class NexusOperationFailureInfo(_message.Message):
    __slots__ = ("scheduled_event_id", "endpoint", "service", "operation", "operation_id", "operation_token")
    SCHEDULED_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    OPERATION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    scheduled_event_id: int
    endpoint: str
    service: str
    operation: str
    operation_id: str
    operation_token: str
    def __init__(self, scheduled_event_id: _Optional[int] = ..., endpoint: _Optional[str] = ..., service: _Optional[str] = ..., operation: _Optional[str] = ..., operation_id: _Optional[str] = ..., operation_token: _Optional[str] = ...) -> None: ...

class NexusHandlerFailureInfo(_message.Message):
    __slots__ = ("type", "retry_behavior")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    RETRY_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    type: str
    retry_behavior: _nexus_pb2.NexusHandlerErrorRetryBehavior
    def __init__(self, type: _Optional[str] = ..., retry_behavior: _Optional[_Union[_nexus_pb2.NexusHandlerErrorRetryBehavior, str]] = ...) -> None: ...

class Failure(_message.Message):
    __slots__ = ("message", "source", "stack_trace", "encoded_attributes", "cause", "application_failure_info", "timeout_failure_info", "canceled_failure_info", "terminated_failure_info", "server_failure_info", "reset_workflow_failure_info", "activity_failure_info", "child_workflow_execution_failure_info", "nexus_operation_execution_failure_info", "nexus_handler_failure_info")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    STACK_TRACE_FIELD_NUMBER: _ClassVar[int]
    ENCODED_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    APPLICATION_FAILURE_INFO_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FAILURE_INFO_FIELD_NUMBER: _ClassVar[int]
    CANCELED_FAILURE_INFO_FIELD_NUMBER: _ClassVar[int]
    TERMINATED_FAILURE_INFO_FIELD_NUMBER: _ClassVar[int]
    SERVER_FAILURE_INFO_FIELD_NUMBER: _ClassVar[int]
    RESET_WORKFLOW_FAILURE_INFO_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_FAILURE_INFO_FIELD_NUMBER: _ClassVar[int]
    CHILD_WORKFLOW_EXECUTION_FAILURE_INFO_FIELD_NUMBER: _ClassVar[int]
    NEXUS_OPERATION_EXECUTION_FAILURE_INFO_FIELD_NUMBER: _ClassVar[int]
    NEXUS_HANDLER_FAILURE_INFO_FIELD_NUMBER: _ClassVar[int]
    message: str
    source: str
    stack_trace: str
    encoded_attributes: _message_pb2.Payload
    cause: Failure
    application_failure_info: ApplicationFailureInfo
    timeout_failure_info: TimeoutFailureInfo
    canceled_failure_info: CanceledFailureInfo
    terminated_failure_info: TerminatedFailureInfo
    server_failure_info: ServerFailureInfo
    reset_workflow_failure_info: ResetWorkflowFailureInfo
    activity_failure_info: ActivityFailureInfo
    child_workflow_execution_failure_info: ChildWorkflowExecutionFailureInfo
    nexus_operation_execution_failure_info: NexusOperationFailureInfo
    nexus_handler_failure_info: NexusHandlerFailureInfo
    def __init__(self, message: _Optional[str] = ..., source: _Optional[str] = ..., stack_trace: _Optional[str] = ..., encoded_attributes: _Optional[_Union[_message_pb2.Payload, _Mapping]] = ..., cause: _Optional[_Union[Failure, _Mapping]] = ..., application_failure_info: _Optional[_Union[ApplicationFailureInfo, _Mapping]] = ..., timeout_failure_info: _Optional[_Union[TimeoutFailureInfo, _Mapping]] = ..., canceled_failure_info: _Optional[_Union[CanceledFailureInfo, _Mapping]] = ..., terminated_failure_info: _Optional[_Union[TerminatedFailureInfo, _Mapping]] = ..., server_failure_info: _Optional[_Union[ServerFailureInfo, _Mapping]] = ..., reset_workflow_failure_info: _Optional[_Union[ResetWorkflowFailureInfo, _Mapping]] = ..., activity_failure_info: _Optional[_Union[ActivityFailureInfo, _Mapping]] = ..., child_workflow_execution_failure_info: _Optional[_Union[ChildWorkflowExecutionFailureInfo, _Mapping]] = ..., nexus_operation_execution_failure_info: _Optional[_Union[NexusOperationFailureInfo, _Mapping]] = ..., nexus_handler_failure_info: _Optional[_Union[NexusHandlerFailureInfo, _Mapping]] = ...) -> None: ...

class MultiOperationExecutionAborted(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
