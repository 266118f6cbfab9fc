from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WorkflowMetadata(_message.Message):
    __slots__ = ("definition", "current_details")
    DEFINITION_FIELD_NUMBER: _ClassVar[int]
    CURRENT_DETAILS_FIELD_NUMBER: _ClassVar[int]
    definition: WorkflowDefinition
    current_details: str
    def __init__(self, definition: _Optional[_Union[WorkflowDefinition, _Mapping]] = ..., current_details: _Optional[str] = ...) -> None: ...

class WorkflowDefinition(_message.Message):
    __slots__ = ("type", "query_definitions", "signal_definitions", "update_definitions")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    QUERY_DEFINITIONS_FIELD_NUMBER: _ClassVar[int]
    SIGNAL_DEFINITIONS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_DEFINITIONS_FIELD_NUMBER: _ClassVar[int]
    type: str
    query_definitions: _containers.RepeatedCompositeFieldContainer[WorkflowInteractionDefinition]
    signal_definitions: _containers.RepeatedCompositeFieldContainer[WorkflowInteractionDefinition]
    update_definitions: _containers.RepeatedCompositeFieldContainer[WorkflowInteractionDefinition]
    def __init__(self, type: _Optional[str] = ..., query_definitions: _Optional[_Iterable[_Union[WorkflowInteractionDefinition, _Mapping]]] = ..., signal_definitions: _Optional[_Iterable[_Union[WorkflowInteractionDefinition, _Mapping]]] = ..., update_definitions: _Optional[_Iterable[_Union[WorkflowInteractionDefinition, _Mapping]]] = ...) -> None: ...

class WorkflowInteractionDefinition(_message.Message):
    __slots__ = ("name", "description")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    name: str
    description: str
    def __init__(self, name: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...
