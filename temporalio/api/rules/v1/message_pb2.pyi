import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WorkflowRuleAction(_message.Message):
    __slots__ = ("activity_pause",)
    class ActionActivityPause(_message.Message):
        __slots__ = ()
        def __init__(self) -> None: ...
    ACTIVITY_PAUSE_FIELD_NUMBER: _ClassVar[int]
    activity_pause: WorkflowRuleAction.ActionActivityPause
    def __init__(self, activity_pause: _Optional[_Union[WorkflowRuleAction.ActionActivityPause, _Mapping]] = ...) -> None: ...

class WorkflowRuleSpec(_message.Message):
    __slots__ = ("id", "activity_start", "visibility_query", "actions", "expiration_time")
    class ActivityStartingTrigger(_message.Message):
        __slots__ = ("predicate",)
        PREDICATE_FIELD_NUMBER: _ClassVar[int]
        predicate: str
        def __init__(self, predicate: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_START_FIELD_NUMBER: _ClassVar[int]
    VISIBILITY_QUERY_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    EXPIRATION_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    activity_start: WorkflowRuleSpec.ActivityStartingTrigger
    visibility_query: str
    actions: _containers.RepeatedCompositeFieldContainer[WorkflowRuleAction]
    expiration_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., activity_start: _Optional[_Union[WorkflowRuleSpec.ActivityStartingTrigger, _Mapping]] = ..., visibility_query: _Optional[str] = ..., actions: _Optional[_Iterable[_Union[WorkflowRuleAction, _Mapping]]] = ..., expiration_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class WorkflowRule(_message.Message):
    __slots__ = ("create_time", "spec", "created_by_identity", "description")
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    SPEC_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    create_time: _timestamp_pb2.Timestamp
    spec: WorkflowRuleSpec
    created_by_identity: str
    description: str
    def __init__(self, create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., spec: _Optional[_Union[WorkflowRuleSpec, _Mapping]] = ..., created_by_identity: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...
