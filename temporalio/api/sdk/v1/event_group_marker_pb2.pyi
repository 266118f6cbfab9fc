from temporalio.api.common.v1 import message_pb2 as _message_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EventGroupMarker(_message.Message):
    __slots__ = ("label", "inbound_event", "inbound_update")
    class Label(_message.Message):
        __slots__ = ("id", "label")
        ID_FIELD_NUMBER: _ClassVar[int]
        LABEL_FIELD_NUMBER: _ClassVar[int]
        id: str
        label: _message_pb2.Payload
        def __init__(self, id: _Optional[str] = ..., label: _Optional[_Union[_message_pb2.Payload, _Mapping]] = ...) -> None: ...
    class InboundEvent(_message.Message):
        __slots__ = ("inbound_event_id",)
        INBOUND_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
        inbound_event_id: int
        def __init__(self, inbound_event_id: _Optional[int] = ...) -> None: ...
    class InboundUpdate(_message.Message):
        __slots__ = ("inbound_update_id",)
        INBOUND_UPDATE_ID_FIELD_NUMBER: _ClassVar[int]
        inbound_update_id: str
        def __init__(self, inbound_update_id: _Optional[str] = ...) -> None: ...
    LABEL_FIELD_NUMBER: _ClassVar[int]
    INBOUND_EVENT_FIELD_NUMBER: _ClassVar[int]
    INBOUND_UPDATE_FIELD_NUMBER: _ClassVar[int]
    label: EventGroupMarker.Label
    inbound_event: EventGroupMarker.InboundEvent
    inbound_update: EventGroupMarker.InboundUpdate
    def __init__(self, label: _Optional[_Union[EventGroupMarker.Label, _Mapping]] = ..., inbound_event: _Optional[_Union[EventGroupMarker.InboundEvent, _Mapping]] = ..., inbound_update: _Optional[_Union[EventGroupMarker.InboundUpdate, _Mapping]] = ...) -> None: ...
