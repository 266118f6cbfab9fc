from google.protobuf import any_pb2 as _any_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Message(_message.Message):
    __slots__ = ("id", "protocol_instance_id", "event_id", "command_index", "body")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_INSTANCE_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    COMMAND_INDEX_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    id: str
    protocol_instance_id: str
    event_id: int
    command_index: int
    body: _any_pb2.Any
    def __init__(self, id: _Optional[str] = ..., protocol_instance_id: _Optional[str] = ..., event_id: _Optional[int] = ..., command_index: _Optional[int] = ..., body: _Optional[_Union[_any_pb2.Any, _Mapping]] = ...) -> None: ...
