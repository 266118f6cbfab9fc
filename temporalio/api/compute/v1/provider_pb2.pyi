from temporalio.api.common.v1 import message_pb2 as _message_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ComputeProvider(_message.Message):
    __slots__ = ("type", "details", "nexus_endpoint")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    NEXUS_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    type: str
    details: _message_pb2.Payload
    nexus_endpoint: str
    def __init__(self, type: _Optional[str] = ..., details: _Optional[_Union[_message_pb2.Payload, _Mapping]] = ..., nexus_endpoint: _Optional[str] = ...) -> None: ...
