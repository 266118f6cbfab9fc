import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from temporalio.api.activity.v1 import message_pb2 as _message_pb2
from temporalio.api.common.v1 import message_pb2 as _message_pb2_1
from temporalio.api.enums.v1 import batch_operation_pb2 as _batch_operation_pb2
from temporalio.api.enums.v1 import reset_pb2 as _reset_pb2
from temporalio.api.rules.v1 import message_pb2 as _message_pb2_1_1
from temporalio.api.workflow.v1 import message_pb2 as _message_pb2_1_1_1
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BatchOperationInfo(_message.Message):
    __slots__ = ("job_id", "state", "start_time", "close_time", "operation_type")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    CLOSE_TIME_FIELD_NUMBER: _ClassVar[int]
    OPERATION_TYPE_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    state: _batch_operation_pb2.BatchOperationState
    start_time: _timestamp_pb2.Timestamp
    close_time: _timestamp_pb2.Timestamp
    operation_type: _batch_operation_pb2.BatchOperationType
    def __init__(self, job_id: _Optional[str] = ..., state: _Optional[_Union[_batch_operation_pb2.BatchOperationState, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., close_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., operation_type: _Optional[_Union[_batch_operation_pb2.BatchOperationType, str]] = ...) -> None: ...

class BatchOperationTermination(_message.Message):
    __slots__ = ("details", "identity")
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    details: _message_pb2_1.Payloads
    identity: str
    def __init__(self, details: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., identity: _Optional[str] = ...) -> None: ...

class BatchOperationTerminateActivities(_message.Message):
    __slots__ = ("identity", "reason")
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    identity: str
    reason: str
    def __init__(self, identity: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class BatchOperationSignal(_message.Message):
    __slots__ = ("signal", "input", "header", "identity")
    SIGNAL_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    signal: str
    input: _message_pb2_1.Payloads
    header: _message_pb2_1.Header
    identity: str
    def __init__(self, signal: _Optional[str] = ..., input: _Optional[_Union[_message_pb2_1.Payloads, _Mapping]] = ..., header: _Optional[_Union[_message_pb2_1.Header, _Mapping]] = ..., identity: _Optional[str] = ...) -> None: ...

class BatchOperationCancellation(_message.Message):
    __slots__ = ("identity",)
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    identity: str
    def __init__(self, identity: _Optional[str] = ...) -> None: ...

class BatchOperationCancelActivities(_message.Message):
    __slots__ = ("identity", "reason")
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    identity: str
    reason: str
    def __init__(self, identity: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class BatchOperationDeletion(_message.Message):
    __slots__ = ("identity",)
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    identity: str
    def __init__(self, identity: _Optional[str] = ...) -> None: ...

class BatchOperationDeleteActivities(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BatchOperationReset(_message.Message):
    __slots__ = ("identity", "options", "reset_type", "reset_reapply_type", "post_reset_operations")
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    RESET_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESET_REAPPLY_TYPE_FIELD_NUMBER: _ClassVar[int]
    POST_RESET_OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    identity: str
    options: _message_pb2_1.ResetOptions
    reset_type: _reset_pb2.ResetType
    reset_reapply_type: _reset_pb2.ResetReapplyType
    post_reset_operations: _containers.RepeatedCompositeFieldContainer[_message_pb2_1_1_1.PostResetOperation]
    def __init__(self, identity: _Optional[str] = ..., options: _Optional[_Union[_message_pb2_1.ResetOptions, _Mapping]] = ..., reset_type: _Optional[_Union[_reset_pb2.ResetType, str]] = ..., reset_reapply_type: _Optional[_Union[_reset_pb2.ResetReapplyType, str]] = ..., post_reset_operations: _Optional[_Iterable[_Union[_message_pb2_1_1_1.PostResetOperation, _Mapping]]] = ...) -> None: ...

class BatchOperationUpdateWorkflowExecutionOptions(_message.Message):
    __slots__ = ("identity", "workflow_execution_options", "update_mask")
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_EXECUTION_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    identity: str
    workflow_execution_options: _message_pb2_1_1_1.WorkflowExecutionOptions
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, identity: _Optional[str] = ..., workflow_execution_options: _Optional[_Union[_message_pb2_1_1_1.WorkflowExecutionOptions, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class BatchOperationUnpauseActivities(_message.Message):
    __slots__ = ("identity", "type", "match_all", "reset_attempts", "reset_heartbeat", "jitter")
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ALL_FIELD_NUMBER: _ClassVar[int]
    RESET_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    RESET_HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    JITTER_FIELD_NUMBER: _ClassVar[int]
    identity: str
    type: str
    match_all: bool
    reset_attempts: bool
    reset_heartbeat: bool
    jitter: _duration_pb2.Duration
    def __init__(self, identity: _Optional[str] = ..., type: _Optional[str] = ..., match_all: _Optional[bool] = ..., reset_attempts: _Optional[bool] = ..., reset_heartbeat: _Optional[bool] = ..., jitter: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class BatchOperationTriggerWorkflowRule(_message.Message):
    __slots__ = ("identity", "id", "spec")
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    SPEC_FIELD_NUMBER: _ClassVar[int]
    identity: str
    id: str
    spec: _message_pb2_1_1.WorkflowRuleSpec
    def __init__(self, identity: _Optional[str] = ..., id: _Optional[str] = ..., spec: _Optional[_Union[_message_pb2_1_1.WorkflowRuleSpec, _Mapping]] = ...) -> None: ...

class BatchOperationResetActivities(_message.Message):
    __slots__ = ("identity", "type", "match_all", "reset_attempts", "reset_heartbeat", "keep_paused", "jitter", "restore_original_options")
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ALL_FIELD_NUMBER: _ClassVar[int]
    RESET_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    RESET_HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    KEEP_PAUSED_FIELD_NUMBER: _ClassVar[int]
    JITTER_FIELD_NUMBER: _ClassVar[int]
    RESTORE_ORIGINAL_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    identity: str
    type: str
    match_all: bool
    reset_attempts: bool
    reset_heartbeat: bool
    keep_paused: bool
    jitter: _duration_pb2.Duration
    restore_original_options: bool
    def __init__(self, identity: _Optional[str] = ..., type: _Optional[str] = ..., match_all: _Optional[bool] = ..., reset_attempts: _Optional[bool] = ..., reset_heartbeat: _Optional[bool] = ..., keep_paused: _Optional[bool] = ..., jitter: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., restore_original_options: _Optional[bool] = ...) -> None: ...

class BatchOperationUpdateActivityOptions(_message.Message):
    __slots__ = ("identity", "type", "match_all", "activity_options", "update_mask", "restore_original")
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ALL_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    RESTORE_ORIGINAL_FIELD_NUMBER: _ClassVar[int]
    identity: str
    type: str
    match_all: bool
    activity_options: _message_pb2.ActivityOptions
    update_mask: _field_mask_pb2.FieldMask
    restore_original: bool
    def __init__(self, identity: _Optional[str] = ..., type: _Optional[str] = ..., match_all: _Optional[bool] = ..., activity_options: _Optional[_Union[_message_pb2.ActivityOptions, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., restore_original: _Optional[bool] = ...) -> None: ...
