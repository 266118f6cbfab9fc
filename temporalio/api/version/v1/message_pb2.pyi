import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from temporalio.api.enums.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ReleaseInfo(_message.Message):
    __slots__ = ("version", "release_time", "notes")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    RELEASE_TIME_FIELD_NUMBER: _ClassVar[int]
    NOTES_FIELD_NUMBER: _ClassVar[int]
    version: str
    release_time: _timestamp_pb2.Timestamp
    notes: str
    def __init__(self, version: _Optional[str] = ..., release_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., notes: _Optional[str] = ...) -> None: ...

class Alert(_message.Message):
    __slots__ = ("message", "severity")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    message: str
    severity: _common_pb2.Severity
    def __init__(self, message: _Optional[str] = ..., severity: _Optional[_Union[_common_pb2.Severity, str]] = ...) -> None: ...

class VersionInfo(_message.Message):
    __slots__ = ("current", "recommended", "instructions", "alerts", "last_update_time")
    CURRENT_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_FIELD_NUMBER: _ClassVar[int]
    INSTRUCTIONS_FIELD_NUMBER: _ClassVar[int]
    ALERTS_FIELD_NUMBER: _ClassVar[int]
    LAST_UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    current: ReleaseInfo
    recommended: ReleaseInfo
    instructions: str
    alerts: _containers.RepeatedCompositeFieldContainer[Alert]
    last_update_time: _timestamp_pb2.Timestamp
    def __init__(self, current: _Optional[_Union[ReleaseInfo, _Mapping]] = ..., recommended: _Optional[_Union[ReleaseInfo, _Mapping]] = ..., instructions: _Optional[str] = ..., alerts: _Optional[_Iterable[_Union[Alert, _Mapping]]] = ..., last_update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
