import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from temporalio.api.common.v1 import message_pb2 as _message_pb2
from temporalio.api.enums.v1 import common_pb2 as _common_pb2
from temporalio.api.failure.v1 import message_pb2 as _message_pb2_1
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CallbackInfo(_message.Message):
    __slots__ = ("callback", "registration_time", "state", "attempt", "last_attempt_complete_time", "last_attempt_failure", "next_attempt_schedule_time", "blocked_reason")
    CALLBACK_FIELD_NUMBER: _ClassVar[int]
    REGISTRATION_TIME_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_COMPLETE_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_ATTEMPT_FAILURE_FIELD_NUMBER: _ClassVar[int]
    NEXT_ATTEMPT_SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_REASON_FIELD_NUMBER: _ClassVar[int]
    callback: _message_pb2.Callback
    registration_time: _timestamp_pb2.Timestamp
    state: _common_pb2.CallbackState
    attempt: int
    last_attempt_complete_time: _timestamp_pb2.Timestamp
    last_attempt_failure: _message_pb2_1.Failure
    next_attempt_schedule_time: _timestamp_pb2.Timestamp
    blocked_reason: str
    def __init__(self, callback: _Optional[_Union[_message_pb2.Callback, _Mapping]] = ..., registration_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., state: _Optional[_Union[_common_pb2.CallbackState, str]] = ..., attempt: _Optional[int] = ..., last_attempt_complete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_attempt_failure: _Optional[_Union[_message_pb2_1.Failure, _Mapping]] = ..., next_attempt_schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., blocked_reason: _Optional[str] = ...) -> None: ...
