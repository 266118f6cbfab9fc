from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class WorkflowTaskCompletedMetadata(_message.Message):
    __slots__ = ("core_used_flags", "lang_used_flags", "sdk_name", "sdk_version")
    CORE_USED_FLAGS_FIELD_NUMBER: _ClassVar[int]
    LANG_USED_FLAGS_FIELD_NUMBER: _ClassVar[int]
    SDK_NAME_FIELD_NUMBER: _ClassVar[int]
    SDK_VERSION_FIELD_NUMBER: _ClassVar[int]
    core_used_flags: _containers.RepeatedScalarFieldContainer[int]
    lang_used_flags: _containers.RepeatedScalarFieldContainer[int]
    sdk_name: str
    sdk_version: str
    def __init__(self, core_used_flags: _Optional[_Iterable[int]] = ..., lang_used_flags: _Optional[_Iterable[int]] = ..., sdk_name: _Optional[str] = ..., sdk_version: _Optional[str] = ...) -> None: ...
