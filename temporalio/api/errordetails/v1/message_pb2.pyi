from google.protobuf import any_pb2 as _any_pb2
from temporalio.api.common.v1 import message_pb2 as _message_pb2
from temporalio.api.enums.v1 import failed_cause_pb2 as _failed_cause_pb2
from temporalio.api.enums.v1 import namespace_pb2 as _namespace_pb2
from temporalio.api.failure.v1 import message_pb2 as _message_pb2_1
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class NotFoundFailure(_message.Message):
    __slots__ = ("current_cluster", "active_cluster")
    CURRENT_CLUSTER_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_CLUSTER_FIELD_NUMBER: _ClassVar[int]
    current_cluster: str
    active_cluster: str
    def __init__(self, current_cluster: _Optional[str] = ..., active_cluster: _Optional[str] = ...) -> None: ...

class WorkflowExecutionAlreadyStartedFailure(_message.Message):
    __slots__ = ("start_request_id", "run_id", "first_execution_run_id")
    START_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    FIRST_EXECUTION_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    start_request_id: str
    run_id: str
    first_execution_run_id: str
    def __init__(self, start_request_id: _Optional[str] = ..., run_id: _Optional[str] = ..., first_execution_run_id: _Optional[str] = ...) -> None: ...

class NamespaceNotActiveFailure(_message.Message):
    __slots__ = ("namespace", "current_cluster", "active_cluster")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    CURRENT_CLUSTER_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_CLUSTER_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    current_cluster: str
    active_cluster: str
    def __init__(self, namespace: _Optional[str] = ..., current_cluster: _Optional[str] = ..., active_cluster: _Optional[str] = ...) -> None: ...

class NamespaceUnavailableFailure(_message.Message):
    __slots__ = ("namespace",)
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    def __init__(self, namespace: _Optional[str] = ...) -> None: ...

class NamespaceInvalidStateFailure(_message.Message):
    __slots__ = ("namespace", "state", "allowed_states")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_STATES_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    state: _namespace_pb2.NamespaceState
    allowed_states: _containers.RepeatedScalarFieldContainer[_namespace_pb2.NamespaceState]
    def __init__(self, namespace: _Optional[str] = ..., state: _Optional[_Union[_namespace_pb2.NamespaceState, str]] = ..., allowed_states: _Optional[_Iterable[_Union[_namespace_pb2.NamespaceState, str]]] = ...) -> None: ...

class NamespaceNotFoundFailure(_message.Message):
    __slots__ = ("namespace",)
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    def __init__(self, namespace: _Optional[str] = ...) -> None: ...

class NamespaceAlreadyExistsFailure(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ClientVersionNotSupportedFailure(_message.Message):
    __slots__ = ("client_version", "client_name", "supported_versions")
    CLIENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    CLIENT_NAME_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_VERSIONS_FIELD_NUMBER: _ClassVar[int]
    client_version: str
    client_name: str
    supported_versions: str
    def __init__(self, client_version: _Optional[str] = ..., client_name: _Optional[str] = ..., supported_versions: _Optional[str] = ...) -> None: ...

class ServerVersionNotSupportedFailure(_message.Message):
    __slots__ = ("server_version", "client_supported_server_versions")
    SERVER_VERSION_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SUPPORTED_SERVER_VERSIONS_FIELD_NUMBER: _ClassVar[int]
    server_version: str
    client_supported_server_versions: str
    def __init__(self, server_version: _Optional[str] = ..., client_supported_server_versions: _Optional[str] = ...) -> None: ...

class CancellationAlreadyRequestedFailure(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class QueryFailedFailure(_message.Message):
    __slots__ = ("failure",)
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    failure: _message_pb2_1.Failure
    def __init__(self, failure: _Optional[_Union[_message_pb2_1.Failure, _Mapping]] = ...) -> None: ...

class PermissionDeniedFailure(_message.Message):
    __slots__ = ("reason",)
    REASON_FIELD_NUMBER: _ClassVar[int]
    reason: str
    def __init__(self, reason: _Optional[str] = ...) -> None: ...

class ResourceExhaustedFailure(_message.Message):
    __slots__ = ("cause", "scope")
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    cause: _failed_cause_pb2.ResourceExhaustedCause
    scope: _failed_cause_pb2.ResourceExhaustedScope
    def __init__(self, cause: _Optional[_Union[_failed_cause_pb2.ResourceExhaustedCause, str]] = ..., scope: _Optional[_Union[_failed_cause_pb2.ResourceExhaustedScope, str]] = ...) -> None: ...

class SystemWorkflowFailure(_message.Message):
    __slots__ = ("workflow_execution", "workflow_error")
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ERROR_FIELD_NUMBER: _ClassVar[int]
    workflow_execution: _message_pb2.WorkflowExecution
    workflow_error: str
    def __init__(self, workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., workflow_error: _Optional[str] = ...) -> None: ...

class WorkflowNotReadyFailure(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class NewerBuildExistsFailure(_message.Message):
    __slots__ = ("default_build_id",)
    DEFAULT_BUILD_ID_FIELD_NUMBER: _ClassVar[int]
    default_build_id: str
    def __init__(self, default_build_id: _Optional[str] = ...) -> None: ...

class MultiOperationExecutionFailure(_message.Message):
    __slots__ = ("statuses",)
    class OperationStatus(_message.Message):
        __slots__ = ("code", "message", "details")
        CODE_FIELD_NUMBER: _ClassVar[int]
        MESSAGE_FIELD_NUMBER: _ClassVar[int]
        DETAILS_FIELD_NUMBER: _ClassVar[int]
        code: int
        message: str
        details: _containers.RepeatedCompositeFieldContainer[_any_pb2.Any]
        def __init__(self, code: _Optional[int] = ..., message: _Optional[str] = ..., details: _Optional[_Iterable[_Union[_any_pb2.Any, _Mapping]]] = ...) -> None: ...
    STATUSES_FIELD_NUMBER: _ClassVar[int]
    statuses: _containers.RepeatedCompositeFieldContainer[MultiOperationExecutionFailure.OperationStatus]
    def __init__(self, statuses: _Optional[_Iterable[_Union[MultiOperationExecutionFailure.OperationStatus, _Mapping]]] = ...) -> None: ...

class ActivityExecutionAlreadyStartedFailure(_message.Message):
    __slots__ = ("start_request_id", "run_id")
    START_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    start_request_id: str
    run_id: str
    def __init__(self, start_request_id: _Optional[str] = ..., run_id: _Optional[str] = ...) -> None: ...

class NexusOperationExecutionAlreadyStartedFailure(_message.Message):
    __slots__ = ("start_request_id", "run_id")
    START_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    start_request_id: str
    run_id: str
    def __init__(self, start_request_id: _Optional[str] = ..., run_id: _Optional[str] = ...) -> None: ...

class WorkflowTaskCompletionBufferLostFailure(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
