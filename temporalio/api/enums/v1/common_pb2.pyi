from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class EncodingType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENCODING_TYPE_UNSPECIFIED: _ClassVar[EncodingType]
    ENCODING_TYPE_PROTO3: _ClassVar[EncodingType]
    ENCODING_TYPE_JSON: _ClassVar[EncodingType]

class IndexedValueType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INDEXED_VALUE_TYPE_UNSPECIFIED: _ClassVar[IndexedValueType]
    INDEXED_VALUE_TYPE_TEXT: _ClassVar[IndexedValueType]
    INDEXED_VALUE_TYPE_KEYWORD: _ClassVar[IndexedValueType]
    INDEXED_VALUE_TYPE_INT: _ClassVar[IndexedValueType]
    INDEXED_VALUE_TYPE_DOUBLE: _ClassVar[IndexedValueType]
    INDEXED_VALUE_TYPE_BOOL: _ClassVar[IndexedValueType]
    INDEXED_VALUE_TYPE_DATETIME: _ClassVar[IndexedValueType]
    INDEXED_VALUE_TYPE_KEYWORD_LIST: _ClassVar[IndexedValueType]

class Severity(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEVERITY_UNSPECIFIED: _ClassVar[Severity]
    SEVERITY_HIGH: _ClassVar[Severity]
    SEVERITY_MEDIUM: _ClassVar[Severity]
    SEVERITY_LOW: _ClassVar[Severity]

class CallbackState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CALLBACK_STATE_UNSPECIFIED: _ClassVar[CallbackState]
    CALLBACK_STATE_STANDBY: _ClassVar[CallbackState]
    CALLBACK_STATE_SCHEDULED: _ClassVar[CallbackState]
    CALLBACK_STATE_BACKING_OFF: _ClassVar[CallbackState]
    CALLBACK_STATE_FAILED: _ClassVar[CallbackState]
    CALLBACK_STATE_SUCCEEDED: _ClassVar[CallbackState]
    CALLBACK_STATE_BLOCKED: _ClassVar[CallbackState]

class PendingNexusOperationState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PENDING_NEXUS_OPERATION_STATE_UNSPECIFIED: _ClassVar[PendingNexusOperationState]
    PENDING_NEXUS_OPERATION_STATE_SCHEDULED: _ClassVar[PendingNexusOperationState]
    PENDING_NEXUS_OPERATION_STATE_BACKING_OFF: _ClassVar[PendingNexusOperationState]
    PENDING_NEXUS_OPERATION_STATE_STARTED: _ClassVar[PendingNexusOperationState]
    PENDING_NEXUS_OPERATION_STATE_BLOCKED: _ClassVar[PendingNexusOperationState]

class NexusOperationCancellationState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    NEXUS_OPERATION_CANCELLATION_STATE_UNSPECIFIED: _ClassVar[NexusOperationCancellationState]
    NEXUS_OPERATION_CANCELLATION_STATE_SCHEDULED: _ClassVar[NexusOperationCancellationState]
    NEXUS_OPERATION_CANCELLATION_STATE_BACKING_OFF: _ClassVar[NexusOperationCancellationState]
    NEXUS_OPERATION_CANCELLATION_STATE_SUCCEEDED: _ClassVar[NexusOperationCancellationState]
    NEXUS_OPERATION_CANCELLATION_STATE_FAILED: _ClassVar[NexusOperationCancellationState]
    NEXUS_OPERATION_CANCELLATION_STATE_TIMED_OUT: _ClassVar[NexusOperationCancellationState]
    NEXUS_OPERATION_CANCELLATION_STATE_BLOCKED: _ClassVar[NexusOperationCancellationState]

class WorkflowRuleActionScope(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WORKFLOW_RULE_ACTION_SCOPE_UNSPECIFIED: _ClassVar[WorkflowRuleActionScope]
    WORKFLOW_RULE_ACTION_SCOPE_WORKFLOW: _ClassVar[WorkflowRuleActionScope]
    WORKFLOW_RULE_ACTION_SCOPE_ACTIVITY: _ClassVar[WorkflowRuleActionScope]

class ApplicationErrorCategory(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    APPLICATION_ERROR_CATEGORY_UNSPECIFIED: _ClassVar[ApplicationErrorCategory]
    APPLICATION_ERROR_CATEGORY_BENIGN: _ClassVar[ApplicationErrorCategory]

class WorkerStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WORKER_STATUS_UNSPECIFIED: _ClassVar[WorkerStatus]
    WORKER_STATUS_RUNNING: _ClassVar[WorkerStatus]
    WORKER_STATUS_SHUTTING_DOWN: _ClassVar[WorkerStatus]
    WORKER_STATUS_SHUTDOWN: _ClassVar[WorkerStatus]

class ExecutionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EXECUTION_TYPE_UNSPECIFIED: _ClassVar[ExecutionType]
    EXECUTION_TYPE_WORKFLOW: _ClassVar[ExecutionType]
    EXECUTION_TYPE_ACTIVITY: _ClassVar[ExecutionType]
ENCODING_TYPE_UNSPECIFIED: EncodingType
ENCODING_TYPE_PROTO3: EncodingType
ENCODING_TYPE_JSON: EncodingType
INDEXED_VALUE_TYPE_UNSPECIFIED: IndexedValueType
INDEXED_VALUE_TYPE_TEXT: IndexedValueType
INDEXED_VALUE_TYPE_KEYWORD: IndexedValueType
INDEXED_VALUE_TYPE_INT: IndexedValueType
INDEXED_VALUE_TYPE_DOUBLE: IndexedValueType
INDEXED_VALUE_TYPE_BOOL: IndexedValueType
INDEXED_VALUE_TYPE_DATETIME: IndexedValueType
INDEXED_VALUE_TYPE_KEYWORD_LIST: IndexedValueType
SEVERITY_UNSPECIFIED: Severity
SEVERITY_HIGH: Severity
SEVERITY_MEDIUM: Severity
SEVERITY_LOW: Severity
CALLBACK_STATE_UNSPECIFIED: CallbackState
CALLBACK_STATE_STANDBY: CallbackState
CALLBACK_STATE_SCHEDULED: CallbackState
CALLBACK_STATE_BACKING_OFF: CallbackState
CALLBACK_STATE_FAILED: CallbackState
CALLBACK_STATE_SUCCEEDED: CallbackState
CALLBACK_STATE_BLOCKED: CallbackState
PENDING_NEXUS_OPERATION_STATE_UNSPECIFIED: PendingNexusOperationState
PENDING_NEXUS_OPERATION_STATE_SCHEDULED: PendingNexusOperationState
PENDING_NEXUS_OPERATION_STATE_BACKING_OFF: PendingNexusOperationState
PENDING_NEXUS_OPERATION_STATE_STARTED: PendingNexusOperationState
PENDING_NEXUS_OPERATION_STATE_BLOCKED: PendingNexusOperationState
NEXUS_OPERATION_CANCELLATION_STATE_UNSPECIFIED: NexusOperationCancellationState
NEXUS_OPERATION_CANCELLATION_STATE_SCHEDULED: NexusOperationCancellationState
NEXUS_OPERATION_CANCELLATION_STATE_BACKING_OFF: NexusOperationCancellationState
NEXUS_OPERATION_CANCELLATION_STATE_SUCCEEDED: NexusOperationCancellationState
NEXUS_OPERATION_CANCELLATION_STATE_FAILED: NexusOperationCancellationState
NEXUS_OPERATION_CANCELLATION_STATE_TIMED_OUT: NexusOperationCancellationState
NEXUS_OPERATION_CANCELLATION_STATE_BLOCKED: NexusOperationCancellationState
WORKFLOW_RULE_ACTION_SCOPE_UNSPECIFIED: WorkflowRuleActionScope
WORKFLOW_RULE_ACTION_SCOPE_WORKFLOW: WorkflowRuleActionScope
WORKFLOW_RULE_ACTION_SCOPE_ACTIVITY: WorkflowRuleActionScope
APPLICATION_ERROR_CATEGORY_UNSPECIFIED: ApplicationErrorCategory
APPLICATION_ERROR_CATEGORY_BENIGN: ApplicationErrorCategory
WORKER_STATUS_UNSPECIFIED: WorkerStatus
WORKER_STATUS_RUNNING: WorkerStatus
WORKER_STATUS_SHUTTING_DOWN: WorkerStatus
WORKER_STATUS_SHUTDOWN: WorkerStatus
EXECUTION_TYPE_UNSPECIFIED: ExecutionType
EXECUTION_TYPE_WORKFLOW: ExecutionType
EXECUTION_TYPE_ACTIVITY: ExecutionType
