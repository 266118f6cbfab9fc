from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class TaskQueueKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TASK_QUEUE_KIND_UNSPECIFIED: _ClassVar[TaskQueueKind]
    TASK_QUEUE_KIND_NORMAL: _ClassVar[TaskQueueKind]
    TASK_QUEUE_KIND_STICKY: _ClassVar[TaskQueueKind]
    TASK_QUEUE_KIND_WORKER_COMMANDS: _ClassVar[TaskQueueKind]

class TaskQueueType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TASK_QUEUE_TYPE_UNSPECIFIED: _ClassVar[TaskQueueType]
    TASK_QUEUE_TYPE_WORKFLOW: _ClassVar[TaskQueueType]
    TASK_QUEUE_TYPE_ACTIVITY: _ClassVar[TaskQueueType]
    TASK_QUEUE_TYPE_NEXUS: _ClassVar[TaskQueueType]

class TaskReachability(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TASK_REACHABILITY_UNSPECIFIED: _ClassVar[TaskReachability]
    TASK_REACHABILITY_NEW_WORKFLOWS: _ClassVar[TaskReachability]
    TASK_REACHABILITY_EXISTING_WORKFLOWS: _ClassVar[TaskReachability]
    TASK_REACHABILITY_OPEN_WORKFLOWS: _ClassVar[TaskReachability]
    TASK_REACHABILITY_CLOSED_WORKFLOWS: _ClassVar[TaskReachability]

class BuildIdTaskReachability(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BUILD_ID_TASK_REACHABILITY_UNSPECIFIED: _ClassVar[BuildIdTaskReachability]
    BUILD_ID_TASK_REACHABILITY_REACHABLE: _ClassVar[BuildIdTaskReachability]
    BUILD_ID_TASK_REACHABILITY_CLOSED_WORKFLOWS_ONLY: _ClassVar[BuildIdTaskReachability]
    BUILD_ID_TASK_REACHABILITY_UNREACHABLE: _ClassVar[BuildIdTaskReachability]

class DescribeTaskQueueMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DESCRIBE_TASK_QUEUE_MODE_UNSPECIFIED: _ClassVar[DescribeTaskQueueMode]
    DESCRIBE_TASK_QUEUE_MODE_ENHANCED: _ClassVar[DescribeTaskQueueMode]

class RateLimitSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RATE_LIMIT_SOURCE_UNSPECIFIED: _ClassVar[RateLimitSource]
    RATE_LIMIT_SOURCE_API: _ClassVar[RateLimitSource]
    RATE_LIMIT_SOURCE_WORKER: _ClassVar[RateLimitSource]
    RATE_LIMIT_SOURCE_SYSTEM: _ClassVar[RateLimitSource]

class RoutingConfigUpdateState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ROUTING_CONFIG_UPDATE_STATE_UNSPECIFIED: _ClassVar[RoutingConfigUpdateState]
    ROUTING_CONFIG_UPDATE_STATE_IN_PROGRESS: _ClassVar[RoutingConfigUpdateState]
    ROUTING_CONFIG_UPDATE_STATE_COMPLETED: _ClassVar[RoutingConfigUpdateState]
TASK_QUEUE_KIND_UNSPECIFIED: TaskQueueKind
TASK_QUEUE_KIND_NORMAL: TaskQueueKind
TASK_QUEUE_KIND_STICKY: TaskQueueKind
TASK_QUEUE_KIND_WORKER_COMMANDS: TaskQueueKind
TASK_QUEUE_TYPE_UNSPECIFIED: TaskQueueType
TASK_QUEUE_TYPE_WORKFLOW: TaskQueueType
TASK_QUEUE_TYPE_ACTIVITY: TaskQueueType
TASK_QUEUE_TYPE_NEXUS: TaskQueueType
TASK_REACHABILITY_UNSPECIFIED: TaskReachability
TASK_REACHABILITY_NEW_WORKFLOWS: TaskReachability
TASK_REACHABILITY_EXISTING_WORKFLOWS: TaskReachability
TASK_REACHABILITY_OPEN_WORKFLOWS: TaskReachability
TASK_REACHABILITY_CLOSED_WORKFLOWS: TaskReachability
BUILD_ID_TASK_REACHABILITY_UNSPECIFIED: BuildIdTaskReachability
BUILD_ID_TASK_REACHABILITY_REACHABLE: BuildIdTaskReachability
BUILD_ID_TASK_REACHABILITY_CLOSED_WORKFLOWS_ONLY: BuildIdTaskReachability
BUILD_ID_TASK_REACHABILITY_UNREACHABLE: BuildIdTaskReachability
DESCRIBE_TASK_QUEUE_MODE_UNSPECIFIED: DescribeTaskQueueMode
DESCRIBE_TASK_QUEUE_MODE_ENHANCED: DescribeTaskQueueMode
RATE_LIMIT_SOURCE_UNSPECIFIED: RateLimitSource
RATE_LIMIT_SOURCE_API: RateLimitSource
RATE_LIMIT_SOURCE_WORKER: RateLimitSource
RATE_LIMIT_SOURCE_SYSTEM: RateLimitSource
ROUTING_CONFIG_UPDATE_STATE_UNSPECIFIED: RoutingConfigUpdateState
ROUTING_CONFIG_UPDATE_STATE_IN_PROGRESS: RoutingConfigUpdateState
ROUTING_CONFIG_UPDATE_STATE_COMPLETED: RoutingConfigUpdateState
