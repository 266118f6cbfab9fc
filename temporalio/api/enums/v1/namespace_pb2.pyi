from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class NamespaceState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    NAMESPACE_STATE_UNSPECIFIED: _ClassVar[NamespaceState]
    NAMESPACE_STATE_REGISTERED: _ClassVar[NamespaceState]
    NAMESPACE_STATE_DEPRECATED: _ClassVar[NamespaceState]
    NAMESPACE_STATE_DELETED: _ClassVar[NamespaceState]

class ArchivalState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ARCHIVAL_STATE_UNSPECIFIED: _ClassVar[ArchivalState]
    ARCHIVAL_STATE_DISABLED: _ClassVar[ArchivalState]
    ARCHIVAL_STATE_ENABLED: _ClassVar[ArchivalState]

class ReplicationState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REPLICATION_STATE_UNSPECIFIED: _ClassVar[ReplicationState]
    REPLICATION_STATE_NORMAL: _ClassVar[ReplicationState]
    REPLICATION_STATE_HANDOVER: _ClassVar[ReplicationState]
NAMESPACE_STATE_UNSPECIFIED: NamespaceState
NAMESPACE_STATE_REGISTERED: NamespaceState
NAMESPACE_STATE_DEPRECATED: NamespaceState
NAMESPACE_STATE_DELETED: NamespaceState
ARCHIVAL_STATE_UNSPECIFIED: ArchivalState
ARCHIVAL_STATE_DISABLED: ArchivalState
ARCHIVAL_STATE_ENABLED: ArchivalState
REPLICATION_STATE_UNSPECIFIED: ReplicationState
REPLICATION_STATE_NORMAL: ReplicationState
REPLICATION_STATE_HANDOVER: ReplicationState
