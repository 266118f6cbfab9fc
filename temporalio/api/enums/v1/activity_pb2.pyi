from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class ActivityExecutionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACTIVITY_EXECUTION_STATUS_UNSPECIFIED: _ClassVar[ActivityExecutionStatus]
    ACTIVITY_EXECUTION_STATUS_RUNNING: _ClassVar[ActivityExecutionStatus]
    ACTIVITY_EXECUTION_STATUS_COMPLETED: _ClassVar[ActivityExecutionStatus]
    ACTIVITY_EXECUTION_STATUS_FAILED: _ClassVar[ActivityExecutionStatus]
    ACTIVITY_EXECUTION_STATUS_CANCELED: _ClassVar[ActivityExecutionStatus]
    ACTIVITY_EXECUTION_STATUS_TERMINATED: _ClassVar[ActivityExecutionStatus]
    ACTIVITY_EXECUTION_STATUS_TIMED_OUT: _ClassVar[ActivityExecutionStatus]
    ACTIVITY_EXECUTION_STATUS_PAUSED: _ClassVar[ActivityExecutionStatus]

class ActivityIdReusePolicy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACTIVITY_ID_REUSE_POLICY_UNSPECIFIED: _ClassVar[ActivityIdReusePolicy]
    ACTIVITY_ID_REUSE_POLICY_ALLOW_DUPLICATE: _ClassVar[ActivityIdReusePolicy]
    ACTIVITY_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY: _ClassVar[ActivityIdReusePolicy]
    ACTIVITY_ID_REUSE_POLICY_REJECT_DUPLICATE: _ClassVar[ActivityIdReusePolicy]

class ActivityIdConflictPolicy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACTIVITY_ID_CONFLICT_POLICY_UNSPECIFIED: _ClassVar[ActivityIdConflictPolicy]
    ACTIVITY_ID_CONFLICT_POLICY_FAIL: _ClassVar[ActivityIdConflictPolicy]
    ACTIVITY_ID_CONFLICT_POLICY_USE_EXISTING: _ClassVar[ActivityIdConflictPolicy]
ACTIVITY_EXECUTION_STATUS_UNSPECIFIED: ActivityExecutionStatus
ACTIVITY_EXECUTION_STATUS_RUNNING: ActivityExecutionStatus
ACTIVITY_EXECUTION_STATUS_COMPLETED: ActivityExecutionStatus
ACTIVITY_EXECUTION_STATUS_FAILED: ActivityExecutionStatus
ACTIVITY_EXECUTION_STATUS_CANCELED: ActivityExecutionStatus
ACTIVITY_EXECUTION_STATUS_TERMINATED: ActivityExecutionStatus
ACTIVITY_EXECUTION_STATUS_TIMED_OUT: ActivityExecutionStatus
ACTIVITY_EXECUTION_STATUS_PAUSED: ActivityExecutionStatus
ACTIVITY_ID_REUSE_POLICY_UNSPECIFIED: ActivityIdReusePolicy
ACTIVITY_ID_REUSE_POLICY_ALLOW_DUPLICATE: ActivityIdReusePolicy
ACTIVITY_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY: ActivityIdReusePolicy
ACTIVITY_ID_REUSE_POLICY_REJECT_DUPLICATE: ActivityIdReusePolicy
ACTIVITY_ID_CONFLICT_POLICY_UNSPECIFIED: ActivityIdConflictPolicy
ACTIVITY_ID_CONFLICT_POLICY_FAIL: ActivityIdConflictPolicy
ACTIVITY_ID_CONFLICT_POLICY_USE_EXISTING: ActivityIdConflictPolicy
