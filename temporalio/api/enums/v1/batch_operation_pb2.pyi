from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class BatchOperationType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BATCH_OPERATION_TYPE_UNSPECIFIED: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_TERMINATE: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_TERMINATE_WORKFLOW: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_CANCEL: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_CANCEL_WORKFLOW: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_SIGNAL: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_SIGNAL_WORKFLOW: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_DELETE: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_DELETE_WORKFLOW: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_RESET: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_RESET_WORKFLOW: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_UPDATE_EXECUTION_OPTIONS: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_UPDATE_WORKFLOW_EXECUTION_OPTIONS: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_UNPAUSE_ACTIVITY: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_UPDATE_ACTIVITY_OPTIONS: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_RESET_ACTIVITY: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_TERMINATE_ACTIVITY: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_CANCEL_ACTIVITY: _ClassVar[BatchOperationType]
    BATCH_OPERATION_TYPE_DELETE_ACTIVITY: _ClassVar[BatchOperationType]

class BatchOperationState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BATCH_OPERATION_STATE_UNSPECIFIED: _ClassVar[BatchOperationState]
    BATCH_OPERATION_STATE_RUNNING: _ClassVar[BatchOperationState]
    BATCH_OPERATION_STATE_COMPLETED: _ClassVar[BatchOperationState]
    BATCH_OPERATION_STATE_FAILED: _ClassVar[BatchOperationState]
BATCH_OPERATION_TYPE_UNSPECIFIED: BatchOperationType
BATCH_OPERATION_TYPE_TERMINATE: BatchOperationType
BATCH_OPERATION_TYPE_TERMINATE_WORKFLOW: BatchOperationType
BATCH_OPERATION_TYPE_CANCEL: BatchOperationType
BATCH_OPERATION_TYPE_CANCEL_WORKFLOW: BatchOperationType
BATCH_OPERATION_TYPE_SIGNAL: BatchOperationType
BATCH_OPERATION_TYPE_SIGNAL_WORKFLOW: BatchOperationType
BATCH_OPERATION_TYPE_DELETE: BatchOperationType
BATCH_OPERATION_TYPE_DELETE_WORKFLOW: BatchOperationType
BATCH_OPERATION_TYPE_RESET: BatchOperationType
BATCH_OPERATION_TYPE_RESET_WORKFLOW: BatchOperationType
BATCH_OPERATION_TYPE_UPDATE_EXECUTION_OPTIONS: BatchOperationType
BATCH_OPERATION_TYPE_UPDATE_WORKFLOW_EXECUTION_OPTIONS: BatchOperationType
BATCH_OPERATION_TYPE_UNPAUSE_ACTIVITY: BatchOperationType
BATCH_OPERATION_TYPE_UPDATE_ACTIVITY_OPTIONS: BatchOperationType
BATCH_OPERATION_TYPE_RESET_ACTIVITY: BatchOperationType
BATCH_OPERATION_TYPE_TERMINATE_ACTIVITY: BatchOperationType
BATCH_OPERATION_TYPE_CANCEL_ACTIVITY: BatchOperationType
BATCH_OPERATION_TYPE_DELETE_ACTIVITY: BatchOperationType
BATCH_OPERATION_STATE_UNSPECIFIED: BatchOperationState
BATCH_OPERATION_STATE_RUNNING: BatchOperationState
BATCH_OPERATION_STATE_COMPLETED: BatchOperationState
BATCH_OPERATION_STATE_FAILED: BatchOperationState
