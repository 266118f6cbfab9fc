from temporalio.api.compute.v1 import provider_pb2 as _provider_pb2
from temporalio.api.compute.v1 import scaler_pb2 as _scaler_pb2
from temporalio.api.enums.v1 import task_queue_pb2 as _task_queue_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ComputeConfigScalingGroup(_message.Message):
    __slots__ = ("task_queue_types", "provider", "scaler")
    TASK_QUEUE_TYPES_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    SCALER_FIELD_NUMBER: _ClassVar[int]
    task_queue_types: _containers.RepeatedScalarFieldContainer[_task_queue_pb2.TaskQueueType]
    provider: _provider_pb2.ComputeProvider
    scaler: _scaler_pb2.ComputeScaler
    def __init__(self, task_queue_types: _Optional[_Iterable[_Union[_task_queue_pb2.TaskQueueType, str]]] = ..., provider: _Optional[_Union[_provider_pb2.ComputeProvider, _Mapping]] = ..., scaler: _Optional[_Union[_scaler_pb2.ComputeScaler, _Mapping]] = ...) -> None: ...

class ComputeConfig(_message.Message):
    __slots__ = ("scaling_groups",)
    class ScalingGroupsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: ComputeConfigScalingGroup
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[ComputeConfigScalingGroup, _Mapping]] = ...) -> None: ...
    SCALING_GROUPS_FIELD_NUMBER: _ClassVar[int]
    scaling_groups: _containers.MessageMap[str, ComputeConfigScalingGroup]
    def __init__(self, scaling_groups: _Optional[_Mapping[str, ComputeConfigScalingGroup]] = ...) -> None: ...

class ComputeConfigScalingGroupUpdate(_message.Message):
    __slots__ = ("scaling_group", "update_mask")
    SCALING_GROUP_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    scaling_group: ComputeConfigScalingGroup
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, scaling_group: _Optional[_Union[ComputeConfigScalingGroup, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class ComputeConfigSummary(_message.Message):
    __slots__ = ("scaling_groups",)
    class ScalingGroupsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: ComputeConfigScalingGroupSummary
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[ComputeConfigScalingGroupSummary, _Mapping]] = ...) -> None: ...
    SCALING_GROUPS_FIELD_NUMBER: _ClassVar[int]
    scaling_groups: _containers.MessageMap[str, ComputeConfigScalingGroupSummary]
    def __init__(self, scaling_groups: _Optional[_Mapping[str, ComputeConfigScalingGroupSummary]] = ...) -> None: ...

class ComputeConfigScalingGroupSummary(_message.Message):
    __slots__ = ("task_queue_types", "provider_type")
    TASK_QUEUE_TYPES_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_TYPE_FIELD_NUMBER: _ClassVar[int]
    task_queue_types: _containers.RepeatedScalarFieldContainer[_task_queue_pb2.TaskQueueType]
    provider_type: str
    def __init__(self, task_queue_types: _Optional[_Iterable[_Union[_task_queue_pb2.TaskQueueType, str]]] = ..., provider_type: _Optional[str] = ...) -> None: ...
