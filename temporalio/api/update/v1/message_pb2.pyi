from temporalio.api.common.v1 import message_pb2 as _message_pb2
from temporalio.api.enums.v1 import update_pb2 as _update_pb2
from temporalio.api.failure.v1 import message_pb2 as _message_pb2_1
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WaitPolicy(_message.Message):
    __slots__ = ("lifecycle_stage",)
    LIFECYCLE_STAGE_FIELD_NUMBER: _ClassVar[int]
    lifecycle_stage: _update_pb2.UpdateWorkflowExecutionLifecycleStage
    def __init__(self, lifecycle_stage: _Optional[_Union[_update_pb2.UpdateWorkflowExecutionLifecycleStage, str]] = ...) -> None: ...

class UpdateRef(_message.Message):
    __slots__ = ("workflow_execution", "update_id")
    WORKFLOW_EXECUTION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_ID_FIELD_NUMBER: _ClassVar[int]
    workflow_execution: _message_pb2.WorkflowExecution
    update_id: str
    def __init__(self, workflow_execution: _Optional[_Union[_message_pb2.WorkflowExecution, _Mapping]] = ..., update_id: _Optional[str] = ...) -> None: ...

class Outcome(_message.Message):
    __slots__ = ("success", "failure")
    SUCCESS_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    success: _message_pb2.Payloads
    failure: _message_pb2_1.Failure
    def __init__(self, success: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., failure: _Optional[_Union[_message_pb2_1.Failure, _Mapping]] = ...) -> None: ...

class Meta(_message.Message):
    __slots__ = ("update_id", "identity")
    UPDATE_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    update_id: str
    identity: str
    def __init__(self, update_id: _Optional[str] = ..., identity: _Optional[str] = ...) -> None: ...

class Input(_message.Message):
    __slots__ = ("header", "name", "args")
    HEADER_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    header: _message_pb2.Header
    name: str
    args: _message_pb2.Payloads
    def __init__(self, header: _Optional[_Union[_message_pb2.Header, _Mapping]] = ..., name: _Optional[str] = ..., args: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ...) -> None: ...

class Request(_message.Message):
    __slots__ = ("meta", "input", "request_id", "completion_callbacks", "links")
    META_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_CALLBACKS_FIELD_NUMBER: _ClassVar[int]
    LINKS_FIELD_NUMBER: _ClassVar[int]
    meta: Meta
    input: Input
    request_id: str
    completion_callbacks: _containers.RepeatedCompositeFieldContainer[_message_pb2.Callback]
    links: _containers.RepeatedCompositeFieldContainer[_message_pb2.Link]
    def __init__(self, meta: _Optional[_Union[Meta, _Mapping]] = ..., input: _Optional[_Union[Input, _Mapping]] = ..., request_id: _Optional[str] = ..., completion_callbacks: _Optional[_Iterable[_Union[_message_pb2.Callback, _Mapping]]] = ..., links: _Optional[_Iterable[_Union[_message_pb2.Link, _Mapping]]] = ...) -> None: ...

class Rejection(_message.Message):
    __slots__ = ("rejected_request_message_id", "rejected_request_sequencing_event_id", "rejected_request", "failure")
    REJECTED_REQUEST_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    REJECTED_REQUEST_SEQUENCING_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    REJECTED_REQUEST_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    rejected_request_message_id: str
    rejected_request_sequencing_event_id: int
    rejected_request: Request
    failure: _message_pb2_1.Failure
    def __init__(self, rejected_request_message_id: _Optional[str] = ..., rejected_request_sequencing_event_id: _Optional[int] = ..., rejected_request: _Optional[_Union[Request, _Mapping]] = ..., failure: _Optional[_Union[_message_pb2_1.Failure, _Mapping]] = ...) -> None: ...

class Acceptance(_message.Message):
    __slots__ = ("accepted_request_message_id", "accepted_request_sequencing_event_id", "accepted_request")
    ACCEPTED_REQUEST_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_REQUEST_SEQUENCING_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_REQUEST_FIELD_NUMBER: _ClassVar[int]
    accepted_request_message_id: str
    accepted_request_sequencing_event_id: int
    accepted_request: Request
    def __init__(self, accepted_request_message_id: _Optional[str] = ..., accepted_request_sequencing_event_id: _Optional[int] = ..., accepted_request: _Optional[_Union[Request, _Mapping]] = ...) -> None: ...

class Response(_message.Message):
    __slots__ = ("meta", "outcome")
    META_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    meta: Meta
    outcome: Outcome
    def __init__(self, meta: _Optional[_Union[Meta, _Mapping]] = ..., outcome: _Optional[_Union[Outcome, _Mapping]] = ...) -> None: ...
