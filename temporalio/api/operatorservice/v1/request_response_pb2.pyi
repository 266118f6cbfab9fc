import datetime

from temporalio.api.enums.v1 import common_pb2 as _common_pb2
from temporalio.api.nexus.v1 import message_pb2 as _message_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AddSearchAttributesRequest(_message.Message):
    __slots__ = ("search_attributes", "namespace")
    class SearchAttributesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _common_pb2.IndexedValueType
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_common_pb2.IndexedValueType, str]] = ...) -> None: ...
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    search_attributes: _containers.ScalarMap[str, _common_pb2.IndexedValueType]
    namespace: str
    def __init__(self, search_attributes: _Optional[_Mapping[str, _common_pb2.IndexedValueType]] = ..., namespace: _Optional[str] = ...) -> None: ...

class AddSearchAttributesResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RemoveSearchAttributesRequest(_message.Message):
    __slots__ = ("search_attributes", "namespace")
    SEARCH_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    search_attributes: _containers.RepeatedScalarFieldContainer[str]
    namespace: str
    def __init__(self, search_attributes: _Optional[_Iterable[str]] = ..., namespace: _Optional[str] = ...) -> None: ...

class RemoveSearchAttributesResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListSearchAttributesRequest(_message.Message):
    __slots__ = ("namespace",)
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    def __init__(self, namespace: _Optional[str] = ...) -> None: ...

class ListSearchAttributesResponse(_message.Message):
    __slots__ = ("custom_attributes", "system_attributes", "storage_schema")
    class CustomAttributesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _common_pb2.IndexedValueType
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_common_pb2.IndexedValueType, str]] = ...) -> None: ...
    class SystemAttributesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _common_pb2.IndexedValueType
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_common_pb2.IndexedValueType, str]] = ...) -> None: ...
    class StorageSchemaEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CUSTOM_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    STORAGE_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    custom_attributes: _containers.ScalarMap[str, _common_pb2.IndexedValueType]
    system_attributes: _containers.ScalarMap[str, _common_pb2.IndexedValueType]
    storage_schema: _containers.ScalarMap[str, str]
    def __init__(self, custom_attributes: _Optional[_Mapping[str, _common_pb2.IndexedValueType]] = ..., system_attributes: _Optional[_Mapping[str, _common_pb2.IndexedValueType]] = ..., storage_schema: _Optional[_Mapping[str, str]] = ...) -> None: ...

class DeleteNamespaceRequest(_message.Message):
    __slots__ = ("namespace", "namespace_id", "namespace_delete_delay")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_ID_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_DELETE_DELAY_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    namespace_id: str
    namespace_delete_delay: _duration_pb2.Duration
    def __init__(self, namespace: _Optional[str] = ..., namespace_id: _Optional[str] = ..., namespace_delete_delay: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class DeleteNamespaceResponse(_message.Message):
    __slots__ = ("deleted_namespace",)
    DELETED_NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    deleted_namespace: str
    def __init__(self, deleted_namespace: _Optional[str] = ...) -> None: ...

class AddOrUpdateRemoteClusterRequest(_message.Message):
    __slots__ = ("frontend_address", "enable_remote_cluster_connection", "frontend_http_address", "enable_replication")
    FRONTEND_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_REMOTE_CLUSTER_CONNECTION_FIELD_NUMBER: _ClassVar[int]
    FRONTEND_HTTP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_REPLICATION_FIELD_NUMBER: _ClassVar[int]
    frontend_address: str
    enable_remote_cluster_connection: bool
    frontend_http_address: str
    enable_replication: bool
    def __init__(self, frontend_address: _Optional[str] = ..., enable_remote_cluster_connection: _Optional[bool] = ..., frontend_http_address: _Optional[str] = ..., enable_replication: _Optional[bool] = ...) -> None: ...

class AddOrUpdateRemoteClusterResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RemoveRemoteClusterRequest(_message.Message):
    __slots__ = ("cluster_name",)
    CLUSTER_NAME_FIELD_NUMBER: _ClassVar[int]
    cluster_name: str
    def __init__(self, cluster_name: _Optional[str] = ...) -> None: ...

class RemoveRemoteClusterResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListClustersRequest(_message.Message):
    __slots__ = ("page_size", "next_page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    next_page_token: bytes
    def __init__(self, page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class ListClustersResponse(_message.Message):
    __slots__ = ("clusters", "next_page_token")
    CLUSTERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    clusters: _containers.RepeatedCompositeFieldContainer[ClusterMetadata]
    next_page_token: bytes
    def __init__(self, clusters: _Optional[_Iterable[_Union[ClusterMetadata, _Mapping]]] = ..., next_page_token: _Optional[bytes] = ...) -> None: ...

class ClusterMetadata(_message.Message):
    __slots__ = ("cluster_name", "cluster_id", "address", "http_address", "initial_failover_version", "history_shard_count", "is_connection_enabled", "is_replication_enabled")
    CLUSTER_NAME_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    HTTP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    INITIAL_FAILOVER_VERSION_FIELD_NUMBER: _ClassVar[int]
    HISTORY_SHARD_COUNT_FIELD_NUMBER: _ClassVar[int]
    IS_CONNECTION_ENABLED_FIELD_NUMBER: _ClassVar[int]
    IS_REPLICATION_ENABLED_FIELD_NUMBER: _ClassVar[int]
    cluster_name: str
    cluster_id: str
    address: str
    http_address: str
    initial_failover_version: int
    history_shard_count: int
    is_connection_enabled: bool
    is_replication_enabled: bool
    def __init__(self, cluster_name: _Optional[str] = ..., cluster_id: _Optional[str] = ..., address: _Optional[str] = ..., http_address: _Optional[str] = ..., initial_failover_version: _Optional[int] = ..., history_shard_count: _Optional[int] = ..., is_connection_enabled: _Optional[bool] = ..., is_replication_enabled: _Optional[bool] = ...) -> None: ...

class GetNexusEndpointRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetNexusEndpointResponse(_message.Message):
    __slots__ = ("endpoint",)
    ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    endpoint: _message_pb2.Endpoint
    def __init__(self, endpoint: _Optional[_Union[_message_pb2.Endpoint, _Mapping]] = ...) -> None: ...

class CreateNexusEndpointRequest(_message.Message):
    __slots__ = ("spec",)
    SPEC_FIELD_NUMBER: _ClassVar[int]
    spec: _message_pb2.EndpointSpec
    def __init__(self, spec: _Optional[_Union[_message_pb2.EndpointSpec, _Mapping]] = ...) -> None: ...

class CreateNexusEndpointResponse(_message.Message):
    __slots__ = ("endpoint",)
    ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    endpoint: _message_pb2.Endpoint
    def __init__(self, endpoint: _Optional[_Union[_message_pb2.Endpoint, _Mapping]] = ...) -> None: ...

class UpdateNexusEndpointRequest(_message.Message):
    __slots__ = ("id", "version", "spec")
    ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SPEC_FIELD_NUMBER: _ClassVar[int]
    id: str
    version: int
    spec: _message_pb2.EndpointSpec
    def __init__(self, id: _Optional[str] = ..., version: _Optional[int] = ..., spec: _Optional[_Union[_message_pb2.EndpointSpec, _Mapping]] = ...) -> None: ...

class UpdateNexusEndpointResponse(_message.Message):
    __slots__ = ("endpoint",)
    ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    endpoint: _message_pb2.Endpoint
    def __init__(self, endpoint: _Optional[_Union[_message_pb2.Endpoint, _Mapping]] = ...) -> None: ...

class DeleteNexusEndpointRequest(_message.Message):
    __slots__ = ("id", "version")
    ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    id: str
    version: int
    def __init__(self, id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class DeleteNexusEndpointResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListNexusEndpointsRequest(_message.Message):
    __slots__ = ("page_size", "next_page_token", "name")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    next_page_token: bytes
    name: str
    def __init__(self, page_size: _Optional[int] = ..., next_page_token: _Optional[bytes] = ..., name: _Optional[str] = ...) -> None: ...

class ListNexusEndpointsResponse(_message.Message):
    __slots__ = ("next_page_token", "endpoints")
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ENDPOINTS_FIELD_NUMBER: _ClassVar[int]
    next_page_token: bytes
    endpoints: _containers.RepeatedCompositeFieldContainer[_message_pb2.Endpoint]
    def __init__(self, next_page_token: _Optional[bytes] = ..., endpoints: _Optional[_Iterable[_Union[_message_pb2.Endpoint, _Mapping]]] = ...) -> None: ...
