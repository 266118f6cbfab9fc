from temporalio.api.common.v1 import message_pb2 as _message_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class UserMetadata(_message.Message):
    __slots__ = ("summary", "details")
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    summary: _message_pb2.Payload
    details: _message_pb2.Payload
    def __init__(self, summary: _Optional[_Union[_message_pb2.Payload, _Mapping]] = ..., details: _Optional[_Union[_message_pb2.Payload, _Mapping]] = ...) -> None: ...
