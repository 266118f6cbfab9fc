import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from temporalio.api.enums.v1 import namespace_pb2 as _namespace_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ClusterReplicationConfig(_message.Message):
    __slots__ = ("cluster_name",)
    CLUSTER_NAME_FIELD_NUMBER: _ClassVar[int]
    cluster_name: str
    def __init__(self, cluster_name: _Optional[str] = ...) -> None: ...

class NamespaceReplicationConfig(_message.Message):
    __slots__ = ("active_cluster_name", "clusters", "state")
    ACTIVE_CLUSTER_NAME_FIELD_NUMBER: _ClassVar[int]
    CLUSTERS_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    active_cluster_name: str
    clusters: _containers.RepeatedCompositeFieldContainer[ClusterReplicationConfig]
    state: _namespace_pb2.ReplicationState
    def __init__(self, active_cluster_name: _Optional[str] = ..., clusters: _Optional[_Iterable[_Union[ClusterReplicationConfig, _Mapping]]] = ..., state: _Optional[_Union[_namespace_pb2.ReplicationState, str]] = ...) -> None: ...

class FailoverStatus(_message.Message):
    __slots__ = ("failover_time", "failover_version")
    FAILOVER_TIME_FIELD_NUMBER: _ClassVar[int]
    FAILOVER_VERSION_FIELD_NUMBER: _ClassVar[int]
    failover_time: _timestamp_pb2.Timestamp
    failover_version: int
    def __init__(self, failover_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., failover_version: _Optional[int] = ...) -> None: ...
