from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class ResetReapplyExcludeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RESET_REAPPLY_EXCLUDE_TYPE_UNSPECIFIED: _ClassVar[ResetReapplyExcludeType]
    RESET_REAPPLY_EXCLUDE_TYPE_SIGNAL: _ClassVar[ResetReapplyExcludeType]
    RESET_REAPPLY_EXCLUDE_TYPE_UPDATE: _ClassVar[ResetReapplyExcludeType]
    RESET_REAPPLY_EXCLUDE_TYPE_NEXUS: _ClassVar[ResetReapplyExcludeType]
    RESET_REAPPLY_EXCLUDE_TYPE_CANCEL_REQUEST: _ClassVar[ResetReapplyExcludeType]

class ResetReapplyType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RESET_REAPPLY_TYPE_UNSPECIFIED: _ClassVar[ResetReapplyType]
    RESET_REAPPLY_TYPE_SIGNAL: _ClassVar[ResetReapplyType]
    RESET_REAPPLY_TYPE_NONE: _ClassVar[ResetReapplyType]
    RESET_REAPPLY_TYPE_ALL_ELIGIBLE: _ClassVar[ResetReapplyType]

class ResetType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RESET_TYPE_UNSPECIFIED: _ClassVar[ResetType]
    RESET_TYPE_FIRST_WORKFLOW_TASK: _ClassVar[ResetType]
    RESET_TYPE_LAST_WORKFLOW_TASK: _ClassVar[ResetType]
RESET_REAPPLY_EXCLUDE_TYPE_UNSPECIFIED: ResetReapplyExcludeType
RESET_REAPPLY_EXCLUDE_TYPE_SIGNAL: ResetReapplyExcludeType
RESET_REAPPLY_EXCLUDE_TYPE_UPDATE: ResetReapplyExcludeType
RESET_REAPPLY_EXCLUDE_TYPE_NEXUS: ResetReapplyExcludeType
RESET_REAPPLY_EXCLUDE_TYPE_CANCEL_REQUEST: ResetReapplyExcludeType
RESET_REAPPLY_TYPE_UNSPECIFIED: ResetReapplyType
RESET_REAPPLY_TYPE_SIGNAL: ResetReapplyType
RESET_REAPPLY_TYPE_NONE: ResetReapplyType
RESET_REAPPLY_TYPE_ALL_ELIGIBLE: ResetReapplyType
RESET_TYPE_UNSPECIFIED: ResetType
RESET_TYPE_FIRST_WORKFLOW_TASK: ResetType
RESET_TYPE_LAST_WORKFLOW_TASK: ResetType
