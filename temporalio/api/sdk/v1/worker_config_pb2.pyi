from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WorkerConfig(_message.Message):
    __slots__ = ("workflow_cache_size", "simple_poller_behavior", "autoscaling_poller_behavior")
    class SimplePollerBehavior(_message.Message):
        __slots__ = ("max_pollers",)
        MAX_POLLERS_FIELD_NUMBER: _ClassVar[int]
        max_pollers: int
        def __init__(self, max_pollers: _Optional[int] = ...) -> None: ...
    class AutoscalingPollerBehavior(_message.Message):
        __slots__ = ("min_pollers", "max_pollers", "initial_pollers")
        MIN_POLLERS_FIELD_NUMBER: _ClassVar[int]
        MAX_POLLERS_FIELD_NUMBER: _ClassVar[int]
        INITIAL_POLLERS_FIELD_NUMBER: _ClassVar[int]
        min_pollers: int
        max_pollers: int
        initial_pollers: int
        def __init__(self, min_pollers: _Optional[int] = ..., max_pollers: _Optional[int] = ..., initial_pollers: _Optional[int] = ...) -> None: ...
    WORKFLOW_CACHE_SIZE_FIELD_NUMBER: _ClassVar[int]
    SIMPLE_POLLER_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    AUTOSCALING_POLLER_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    workflow_cache_size: int
    simple_poller_behavior: WorkerConfig.SimplePollerBehavior
    autoscaling_poller_behavior: WorkerConfig.AutoscalingPollerBehavior
    def __init__(self, workflow_cache_size: _Optional[int] = ..., simple_poller_behavior: _Optional[_Union[WorkerConfig.SimplePollerBehavior, _Mapping]] = ..., autoscaling_poller_behavior: _Optional[_Union[WorkerConfig.AutoscalingPollerBehavior, _Mapping]] = ...) -> None: ...
