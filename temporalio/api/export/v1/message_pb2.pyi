from temporalio.api.history.v1 import message_pb2 as _message_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WorkflowExecution(_message.Message):
    __slots__ = ("history",)
    HISTORY_FIELD_NUMBER: _ClassVar[int]
    history: _message_pb2.History
    def __init__(self, history: _Optional[_Union[_message_pb2.History, _Mapping]] = ...) -> None: ...

class WorkflowExecutions(_message.Message):
    __slots__ = ("items",)
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[WorkflowExecution]
    def __init__(self, items: _Optional[_Iterable[_Union[WorkflowExecution, _Mapping]]] = ...) -> None: ...
