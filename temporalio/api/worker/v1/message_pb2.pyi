import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from temporalio.api.deployment.v1 import message_pb2 as _message_pb2
from temporalio.api.enums.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WorkerPollerInfo(_message.Message):
    __slots__ = ("current_pollers", "last_successful_poll_time", "is_autoscaling")
    CURRENT_POLLERS_FIELD_NUMBER: _ClassVar[int]
    LAST_SUCCESSFUL_POLL_TIME_FIELD_NUMBER: _ClassVar[int]
    IS_AUTOSCALING_FIELD_NUMBER: _ClassVar[int]
    current_pollers: int
    last_successful_poll_time: _timestamp_pb2.Timestamp
    is_autoscaling: bool
    def __init__(self, current_pollers: _Optional[int] = ..., last_successful_poll_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., is_autoscaling: _Optional[bool] = ...) -> None: ...

class WorkerSlotsInfo(_message.Message):
    __slots__ = ("current_available_slots", "current_used_slots", "slot_supplier_kind", "total_processed_tasks", "total_failed_tasks", "last_interval_processed_tasks", "last_interval_failure_tasks")
    CURRENT_AVAILABLE_SLOTS_FIELD_NUMBER: _ClassVar[int]
    CURRENT_USED_SLOTS_FIELD_NUMBER: _ClassVar[int]
    SLOT_SUPPLIER_KIND_FIELD_NUMBER: _ClassVar[int]
    TOTAL_PROCESSED_TASKS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FAILED_TASKS_FIELD_NUMBER: _ClassVar[int]
    LAST_INTERVAL_PROCESSED_TASKS_FIELD_NUMBER: _ClassVar[int]
    LAST_INTERVAL_FAILURE_TASKS_FIELD_NUMBER: _ClassVar[int]
    current_available_slots: int
    current_used_slots: int
    slot_supplier_kind: str
    total_processed_tasks: int
    total_failed_tasks: int
    last_interval_processed_tasks: int
    last_interval_failure_tasks: int
    def __init__(self, current_available_slots: _Optional[int] = ..., current_used_slots: _Optional[int] = ..., slot_supplier_kind: _Optional[str] = ..., total_processed_tasks: _Optional[int] = ..., total_failed_tasks: _Optional[int] = ..., last_interval_processed_tasks: _Optional[int] = ..., last_interval_failure_tasks: _Optional[int] = ...) -> None: ...

class WorkerHostInfo(_message.Message):
    __slots__ = ("host_name", "worker_grouping_key", "process_id", "current_host_cpu_usage", "current_host_mem_usage")
    HOST_NAME_FIELD_NUMBER: _ClassVar[int]
    WORKER_GROUPING_KEY_FIELD_NUMBER: _ClassVar[int]
    PROCESS_ID_FIELD_NUMBER: _ClassVar[int]
    CURRENT_HOST_CPU_USAGE_FIELD_NUMBER: _ClassVar[int]
    CURRENT_HOST_MEM_USAGE_FIELD_NUMBER: _ClassVar[int]
    host_name: str
    worker_grouping_key: str
    process_id: str
    current_host_cpu_usage: float
    current_host_mem_usage: float
    def __init__(self, host_name: _Optional[str] = ..., worker_grouping_key: _Optional[str] = ..., process_id: _Optional[str] = ..., current_host_cpu_usage: _Optional[float] = ..., current_host_mem_usage: _Optional[float] = ...) -> None: ...

class WorkerHeartbeat(_message.Message):
    __slots__ = ("worker_instance_key", "worker_identity", "host_info", "task_queue", "deployment_version", "sdk_name", "sdk_version", "status", "start_time", "heartbeat_time", "elapsed_since_last_heartbeat", "workflow_task_slots_info", "activity_task_slots_info", "nexus_task_slots_info", "local_activity_slots_info", "workflow_poller_info", "workflow_sticky_poller_info", "activity_poller_info", "nexus_poller_info", "total_sticky_cache_hit", "total_sticky_cache_miss", "current_sticky_cache_size", "plugins", "drivers", "environment")
    WORKER_INSTANCE_KEY_FIELD_NUMBER: _ClassVar[int]
    WORKER_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    HOST_INFO_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    SDK_NAME_FIELD_NUMBER: _ClassVar[int]
    SDK_VERSION_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_TIME_FIELD_NUMBER: _ClassVar[int]
    ELAPSED_SINCE_LAST_HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TASK_SLOTS_INFO_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_TASK_SLOTS_INFO_FIELD_NUMBER: _ClassVar[int]
    NEXUS_TASK_SLOTS_INFO_FIELD_NUMBER: _ClassVar[int]
    LOCAL_ACTIVITY_SLOTS_INFO_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_POLLER_INFO_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_STICKY_POLLER_INFO_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_POLLER_INFO_FIELD_NUMBER: _ClassVar[int]
    NEXUS_POLLER_INFO_FIELD_NUMBER: _ClassVar[int]
    TOTAL_STICKY_CACHE_HIT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_STICKY_CACHE_MISS_FIELD_NUMBER: _ClassVar[int]
    CURRENT_STICKY_CACHE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PLUGINS_FIELD_NUMBER: _ClassVar[int]
    DRIVERS_FIELD_NUMBER: _ClassVar[int]
    ENVIRONMENT_FIELD_NUMBER: _ClassVar[int]
    worker_instance_key: str
    worker_identity: str
    host_info: WorkerHostInfo
    task_queue: str
    deployment_version: _message_pb2.WorkerDeploymentVersion
    sdk_name: str
    sdk_version: str
    status: _common_pb2.WorkerStatus
    start_time: _timestamp_pb2.Timestamp
    heartbeat_time: _timestamp_pb2.Timestamp
    elapsed_since_last_heartbeat: _duration_pb2.Duration
    workflow_task_slots_info: WorkerSlotsInfo
    activity_task_slots_info: WorkerSlotsInfo
    nexus_task_slots_info: WorkerSlotsInfo
    local_activity_slots_info: WorkerSlotsInfo
    workflow_poller_info: WorkerPollerInfo
    workflow_sticky_poller_info: WorkerPollerInfo
    activity_poller_info: WorkerPollerInfo
    nexus_poller_info: WorkerPollerInfo
    total_sticky_cache_hit: int
    total_sticky_cache_miss: int
    current_sticky_cache_size: int
    plugins: _containers.RepeatedCompositeFieldContainer[PluginInfo]
    drivers: _containers.RepeatedCompositeFieldContainer[StorageDriverInfo]
    environment: EnvironmentInfo
    def __init__(self, worker_instance_key: _Optional[str] = ..., worker_identity: _Optional[str] = ..., host_info: _Optional[_Union[WorkerHostInfo, _Mapping]] = ..., task_queue: _Optional[str] = ..., deployment_version: _Optional[_Union[_message_pb2.WorkerDeploymentVersion, _Mapping]] = ..., sdk_name: _Optional[str] = ..., sdk_version: _Optional[str] = ..., status: _Optional[_Union[_common_pb2.WorkerStatus, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., heartbeat_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., elapsed_since_last_heartbeat: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., workflow_task_slots_info: _Optional[_Union[WorkerSlotsInfo, _Mapping]] = ..., activity_task_slots_info: _Optional[_Union[WorkerSlotsInfo, _Mapping]] = ..., nexus_task_slots_info: _Optional[_Union[WorkerSlotsInfo, _Mapping]] = ..., local_activity_slots_info: _Optional[_Union[WorkerSlotsInfo, _Mapping]] = ..., workflow_poller_info: _Optional[_Union[WorkerPollerInfo, _Mapping]] = ..., workflow_sticky_poller_info: _Optional[_Union[WorkerPollerInfo, _Mapping]] = ..., activity_poller_info: _Optional[_Union[WorkerPollerInfo, _Mapping]] = ..., nexus_poller_info: _Optional[_Union[WorkerPollerInfo, _Mapping]] = ..., total_sticky_cache_hit: _Optional[int] = ..., total_sticky_cache_miss: _Optional[int] = ..., current_sticky_cache_size: _Optional[int] = ..., plugins: _Optional[_Iterable[_Union[PluginInfo, _Mapping]]] = ..., drivers: _Optional[_Iterable[_Union[StorageDriverInfo, _Mapping]]] = ..., environment: _Optional[_Union[EnvironmentInfo, _Mapping]] = ...) -> None: ...

class WorkerInfo(_message.Message):
    __slots__ = ("worker_heartbeat",)
    WORKER_HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    worker_heartbeat: WorkerHeartbeat
    def __init__(self, worker_heartbeat: _Optional[_Union[WorkerHeartbeat, _Mapping]] = ...) -> None: ...

class WorkerListInfo(_message.Message):
    __slots__ = ("worker_instance_key", "worker_identity", "task_queue", "deployment_version", "sdk_name", "sdk_version", "status", "start_time", "host_name", "worker_grouping_key", "process_id", "plugins", "drivers")
    WORKER_INSTANCE_KEY_FIELD_NUMBER: _ClassVar[int]
    WORKER_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    TASK_QUEUE_FIELD_NUMBER: _ClassVar[int]
    DEPLOYMENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    SDK_NAME_FIELD_NUMBER: _ClassVar[int]
    SDK_VERSION_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    HOST_NAME_FIELD_NUMBER: _ClassVar[int]
    WORKER_GROUPING_KEY_FIELD_NUMBER: _ClassVar[int]
    PROCESS_ID_FIELD_NUMBER: _ClassVar[int]
    PLUGINS_FIELD_NUMBER: _ClassVar[int]
    DRIVERS_FIELD_NUMBER: _ClassVar[int]
    worker_instance_key: str
    worker_identity: str
    task_queue: str
    deployment_version: _message_pb2.WorkerDeploymentVersion
    sdk_name: str
    sdk_version: str
    status: _common_pb2.WorkerStatus
    start_time: _timestamp_pb2.Timestamp
    host_name: str
    worker_grouping_key: str
    process_id: str
    plugins: _containers.RepeatedCompositeFieldContainer[PluginInfo]
    drivers: _containers.RepeatedCompositeFieldContainer[StorageDriverInfo]
    def __init__(self, worker_instance_key: _Optional[str] = ..., worker_identity: _Optional[str] = ..., task_queue: _Optional[str] = ..., deployment_version: _Optional[_Union[_message_pb2.WorkerDeploymentVersion, _Mapping]] = ..., sdk_name: _Optional[str] = ..., sdk_version: _Optional[str] = ..., status: _Optional[_Union[_common_pb2.WorkerStatus, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., host_name: _Optional[str] = ..., worker_grouping_key: _Optional[str] = ..., process_id: _Optional[str] = ..., plugins: _Optional[_Iterable[_Union[PluginInfo, _Mapping]]] = ..., drivers: _Optional[_Iterable[_Union[StorageDriverInfo, _Mapping]]] = ...) -> None: ...

class PluginInfo(_message.Message):
    __slots__ = ("name", "version")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    name: str
    version: str
    def __init__(self, name: _Optional[str] = ..., version: _Optional[str] = ...) -> None: ...

class StorageDriverInfo(_message.Message):
    __slots__ = ("type",)
    TYPE_FIELD_NUMBER: _ClassVar[int]
    type: str
    def __init__(self, type: _Optional[str] = ...) -> None: ...

class EnvironmentInfo(_message.Message):
    __slots__ = ("runtimes", "hosting_environments", "platform")
    class Architecture(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        ARCHITECTURE_UNSPECIFIED: _ClassVar[EnvironmentInfo.Architecture]
        ARCHITECTURE_AMD64: _ClassVar[EnvironmentInfo.Architecture]
        ARCHITECTURE_ARM64: _ClassVar[EnvironmentInfo.Architecture]
    ARCHITECTURE_UNSPECIFIED: EnvironmentInfo.Architecture
    ARCHITECTURE_AMD64: EnvironmentInfo.Architecture
    ARCHITECTURE_ARM64: EnvironmentInfo.Architecture
    class Runtime(_message.Message):
        __slots__ = ("type", "version")
        class RuntimeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            RUNTIME_TYPE_UNSPECIFIED: _ClassVar[EnvironmentInfo.Runtime.RuntimeType]
            RUNTIME_TYPE_JVM: _ClassVar[EnvironmentInfo.Runtime.RuntimeType]
            RUNTIME_TYPE_CPYTHON: _ClassVar[EnvironmentInfo.Runtime.RuntimeType]
            RUNTIME_TYPE_NODE: _ClassVar[EnvironmentInfo.Runtime.RuntimeType]
            RUNTIME_TYPE_BUN: _ClassVar[EnvironmentInfo.Runtime.RuntimeType]
            RUNTIME_TYPE_CRUBY: _ClassVar[EnvironmentInfo.Runtime.RuntimeType]
            RUNTIME_TYPE_GO: _ClassVar[EnvironmentInfo.Runtime.RuntimeType]
            RUNTIME_TYPE_DOTNET_FRAMEWORK: _ClassVar[EnvironmentInfo.Runtime.RuntimeType]
            RUNTIME_TYPE_DOTNET_CORE: _ClassVar[EnvironmentInfo.Runtime.RuntimeType]
            RUNTIME_TYPE_NATIVE: _ClassVar[EnvironmentInfo.Runtime.RuntimeType]
            RUNTIME_TYPE_ROADRUNNER: _ClassVar[EnvironmentInfo.Runtime.RuntimeType]
        RUNTIME_TYPE_UNSPECIFIED: EnvironmentInfo.Runtime.RuntimeType
        RUNTIME_TYPE_JVM: EnvironmentInfo.Runtime.RuntimeType
        RUNTIME_TYPE_CPYTHON: EnvironmentInfo.Runtime.RuntimeType
        RUNTIME_TYPE_NODE: EnvironmentInfo.Runtime.RuntimeType
        RUNTIME_TYPE_BUN: EnvironmentInfo.Runtime.RuntimeType
        RUNTIME_TYPE_CRUBY: EnvironmentInfo.Runtime.RuntimeType
        RUNTIME_TYPE_GO: EnvironmentInfo.Runtime.RuntimeType
        RUNTIME_TYPE_DOTNET_FRAMEWORK: EnvironmentInfo.Runtime.RuntimeType
        RUNTIME_TYPE_DOTNET_CORE: EnvironmentInfo.Runtime.RuntimeType
        RUNTIME_TYPE_NATIVE: EnvironmentInfo.Runtime.RuntimeType
        RUNTIME_TYPE_ROADRUNNER: EnvironmentInfo.Runtime.RuntimeType
        TYPE_FIELD_NUMBER: _ClassVar[int]
        VERSION_FIELD_NUMBER: _ClassVar[int]
        type: EnvironmentInfo.Runtime.RuntimeType
        version: str
        def __init__(self, type: _Optional[_Union[EnvironmentInfo.Runtime.RuntimeType, str]] = ..., version: _Optional[str] = ...) -> None: ...
    class HostingEnvironment(_message.Message):
        __slots__ = ("type", "version")
        class HostingEnvironmentType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            HOSTING_ENVIRONMENT_TYPE_UNSPECIFIED: _ClassVar[EnvironmentInfo.HostingEnvironment.HostingEnvironmentType]
            HOSTING_ENVIRONMENT_TYPE_DOCKER: _ClassVar[EnvironmentInfo.HostingEnvironment.HostingEnvironmentType]
            HOSTING_ENVIRONMENT_TYPE_K8S: _ClassVar[EnvironmentInfo.HostingEnvironment.HostingEnvironmentType]
            HOSTING_ENVIRONMENT_TYPE_AWS_LAMBDA: _ClassVar[EnvironmentInfo.HostingEnvironment.HostingEnvironmentType]
            HOSTING_ENVIRONMENT_TYPE_AWS_ECS: _ClassVar[EnvironmentInfo.HostingEnvironment.HostingEnvironmentType]
            HOSTING_ENVIRONMENT_TYPE_GOOGLE_CLOUD_RUN: _ClassVar[EnvironmentInfo.HostingEnvironment.HostingEnvironmentType]
            HOSTING_ENVIRONMENT_TYPE_GOOGLE_APP_ENGINE: _ClassVar[EnvironmentInfo.HostingEnvironment.HostingEnvironmentType]
            HOSTING_ENVIRONMENT_TYPE_AZURE_APP_SERVICE: _ClassVar[EnvironmentInfo.HostingEnvironment.HostingEnvironmentType]
            HOSTING_ENVIRONMENT_TYPE_AZURE_FUNCTIONS: _ClassVar[EnvironmentInfo.HostingEnvironment.HostingEnvironmentType]
            HOSTING_ENVIRONMENT_TYPE_AZURE_CONTAINER_APPS: _ClassVar[EnvironmentInfo.HostingEnvironment.HostingEnvironmentType]
        HOSTING_ENVIRONMENT_TYPE_UNSPECIFIED: EnvironmentInfo.HostingEnvironment.HostingEnvironmentType
        HOSTING_ENVIRONMENT_TYPE_DOCKER: EnvironmentInfo.HostingEnvironment.HostingEnvironmentType
        HOSTING_ENVIRONMENT_TYPE_K8S: EnvironmentInfo.HostingEnvironment.HostingEnvironmentType
        HOSTING_ENVIRONMENT_TYPE_AWS_LAMBDA: EnvironmentInfo.HostingEnvironment.HostingEnvironmentType
        HOSTING_ENVIRONMENT_TYPE_AWS_ECS: EnvironmentInfo.HostingEnvironment.HostingEnvironmentType
        HOSTING_ENVIRONMENT_TYPE_GOOGLE_CLOUD_RUN: EnvironmentInfo.HostingEnvironment.HostingEnvironmentType
        HOSTING_ENVIRONMENT_TYPE_GOOGLE_APP_ENGINE: EnvironmentInfo.HostingEnvironment.HostingEnvironmentType
        HOSTING_ENVIRONMENT_TYPE_AZURE_APP_SERVICE: EnvironmentInfo.HostingEnvironment.HostingEnvironmentType
        HOSTING_ENVIRONMENT_TYPE_AZURE_FUNCTIONS: EnvironmentInfo.HostingEnvironment.HostingEnvironmentType
        HOSTING_ENVIRONMENT_TYPE_AZURE_CONTAINER_APPS: EnvironmentInfo.HostingEnvironment.HostingEnvironmentType
        TYPE_FIELD_NUMBER: _ClassVar[int]
        VERSION_FIELD_NUMBER: _ClassVar[int]
        type: EnvironmentInfo.HostingEnvironment.HostingEnvironmentType
        version: str
        def __init__(self, type: _Optional[_Union[EnvironmentInfo.HostingEnvironment.HostingEnvironmentType, str]] = ..., version: _Optional[str] = ...) -> None: ...
    class Platform(_message.Message):
        __slots__ = ("linux", "macos", "windows")
        LINUX_FIELD_NUMBER: _ClassVar[int]
        MACOS_FIELD_NUMBER: _ClassVar[int]
        WINDOWS_FIELD_NUMBER: _ClassVar[int]
        linux: EnvironmentInfo.LinuxPlatform
        macos: EnvironmentInfo.MacOSPlatform
        windows: EnvironmentInfo.WindowsPlatform
        def __init__(self, linux: _Optional[_Union[EnvironmentInfo.LinuxPlatform, _Mapping]] = ..., macos: _Optional[_Union[EnvironmentInfo.MacOSPlatform, _Mapping]] = ..., windows: _Optional[_Union[EnvironmentInfo.WindowsPlatform, _Mapping]] = ...) -> None: ...
    class LinuxPlatform(_message.Message):
        __slots__ = ("version", "architecture", "libc")
        class Libc(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            LIBC_UNSPECIFIED: _ClassVar[EnvironmentInfo.LinuxPlatform.Libc]
            LIBC_GLIBC: _ClassVar[EnvironmentInfo.LinuxPlatform.Libc]
            LIBC_MUSL: _ClassVar[EnvironmentInfo.LinuxPlatform.Libc]
        LIBC_UNSPECIFIED: EnvironmentInfo.LinuxPlatform.Libc
        LIBC_GLIBC: EnvironmentInfo.LinuxPlatform.Libc
        LIBC_MUSL: EnvironmentInfo.LinuxPlatform.Libc
        VERSION_FIELD_NUMBER: _ClassVar[int]
        ARCHITECTURE_FIELD_NUMBER: _ClassVar[int]
        LIBC_FIELD_NUMBER: _ClassVar[int]
        version: str
        architecture: EnvironmentInfo.Architecture
        libc: EnvironmentInfo.LinuxPlatform.Libc
        def __init__(self, version: _Optional[str] = ..., architecture: _Optional[_Union[EnvironmentInfo.Architecture, str]] = ..., libc: _Optional[_Union[EnvironmentInfo.LinuxPlatform.Libc, str]] = ...) -> None: ...
    class MacOSPlatform(_message.Message):
        __slots__ = ("version", "architecture")
        VERSION_FIELD_NUMBER: _ClassVar[int]
        ARCHITECTURE_FIELD_NUMBER: _ClassVar[int]
        version: str
        architecture: EnvironmentInfo.Architecture
        def __init__(self, version: _Optional[str] = ..., architecture: _Optional[_Union[EnvironmentInfo.Architecture, str]] = ...) -> None: ...
    class WindowsPlatform(_message.Message):
        __slots__ = ("version", "architecture", "crt")
        class Crt(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            CRT_UNSPECIFIED: _ClassVar[EnvironmentInfo.WindowsPlatform.Crt]
            CRT_UCRT: _ClassVar[EnvironmentInfo.WindowsPlatform.Crt]
            CRT_MSVCRT: _ClassVar[EnvironmentInfo.WindowsPlatform.Crt]
            CRT_MINGW: _ClassVar[EnvironmentInfo.WindowsPlatform.Crt]
            CRT_CYGWIN: _ClassVar[EnvironmentInfo.WindowsPlatform.Crt]
        CRT_UNSPECIFIED: EnvironmentInfo.WindowsPlatform.Crt
        CRT_UCRT: EnvironmentInfo.WindowsPlatform.Crt
        CRT_MSVCRT: EnvironmentInfo.WindowsPlatform.Crt
        CRT_MINGW: EnvironmentInfo.WindowsPlatform.Crt
        CRT_CYGWIN: EnvironmentInfo.WindowsPlatform.Crt
        VERSION_FIELD_NUMBER: _ClassVar[int]
        ARCHITECTURE_FIELD_NUMBER: _ClassVar[int]
        CRT_FIELD_NUMBER: _ClassVar[int]
        version: str
        architecture: EnvironmentInfo.Architecture
        crt: EnvironmentInfo.WindowsPlatform.Crt
        def __init__(self, version: _Optional[str] = ..., architecture: _Optional[_Union[EnvironmentInfo.Architecture, str]] = ..., crt: _Optional[_Union[EnvironmentInfo.WindowsPlatform.Crt, str]] = ...) -> None: ...
    RUNTIMES_FIELD_NUMBER: _ClassVar[int]
    HOSTING_ENVIRONMENTS_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_FIELD_NUMBER: _ClassVar[int]
    runtimes: _containers.RepeatedCompositeFieldContainer[EnvironmentInfo.Runtime]
    hosting_environments: _containers.RepeatedCompositeFieldContainer[EnvironmentInfo.HostingEnvironment]
    platform: EnvironmentInfo.Platform
    def __init__(self, runtimes: _Optional[_Iterable[_Union[EnvironmentInfo.Runtime, _Mapping]]] = ..., hosting_environments: _Optional[_Iterable[_Union[EnvironmentInfo.HostingEnvironment, _Mapping]]] = ..., platform: _Optional[_Union[EnvironmentInfo.Platform, _Mapping]] = ...) -> None: ...

class WorkerCommand(_message.Message):
    __slots__ = ("cancel_activity",)
    CANCEL_ACTIVITY_FIELD_NUMBER: _ClassVar[int]
    cancel_activity: CancelActivityCommand
    def __init__(self, cancel_activity: _Optional[_Union[CancelActivityCommand, _Mapping]] = ...) -> None: ...

class CancelActivityCommand(_message.Message):
    __slots__ = ("task_token",)
    TASK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    task_token: bytes
    def __init__(self, task_token: _Optional[bytes] = ...) -> None: ...

class WorkerCommandResult(_message.Message):
    __slots__ = ("cancel_activity",)
    CANCEL_ACTIVITY_FIELD_NUMBER: _ClassVar[int]
    cancel_activity: CancelActivityResult
    def __init__(self, cancel_activity: _Optional[_Union[CancelActivityResult, _Mapping]] = ...) -> None: ...

class CancelActivityResult(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
