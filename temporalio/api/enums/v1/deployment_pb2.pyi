from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class DeploymentReachability(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DEPLOYMENT_REACHABILITY_UNSPECIFIED: _ClassVar[DeploymentReachability]
    DEPLOYMENT_REACHABILITY_REACHABLE: _ClassVar[DeploymentReachability]
    DEPLOYMENT_REACHABILITY_CLOSED_WORKFLOWS_ONLY: _ClassVar[DeploymentReachability]
    DEPLOYMENT_REACHABILITY_UNREACHABLE: _ClassVar[DeploymentReachability]

class VersionDrainageStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VERSION_DRAINAGE_STATUS_UNSPECIFIED: _ClassVar[VersionDrainageStatus]
    VERSION_DRAINAGE_STATUS_DRAINING: _ClassVar[VersionDrainageStatus]
    VERSION_DRAINAGE_STATUS_DRAINED: _ClassVar[VersionDrainageStatus]

class WorkerVersioningMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WORKER_VERSIONING_MODE_UNSPECIFIED: _ClassVar[WorkerVersioningMode]
    WORKER_VERSIONING_MODE_UNVERSIONED: _ClassVar[WorkerVersioningMode]
    WORKER_VERSIONING_MODE_VERSIONED: _ClassVar[WorkerVersioningMode]

class WorkerDeploymentVersionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WORKER_DEPLOYMENT_VERSION_STATUS_UNSPECIFIED: _ClassVar[WorkerDeploymentVersionStatus]
    WORKER_DEPLOYMENT_VERSION_STATUS_INACTIVE: _ClassVar[WorkerDeploymentVersionStatus]
    WORKER_DEPLOYMENT_VERSION_STATUS_CURRENT: _ClassVar[WorkerDeploymentVersionStatus]
    WORKER_DEPLOYMENT_VERSION_STATUS_RAMPING: _ClassVar[WorkerDeploymentVersionStatus]
    WORKER_DEPLOYMENT_VERSION_STATUS_DRAINING: _ClassVar[WorkerDeploymentVersionStatus]
    WORKER_DEPLOYMENT_VERSION_STATUS_DRAINED: _ClassVar[WorkerDeploymentVersionStatus]
    WORKER_DEPLOYMENT_VERSION_STATUS_CREATED: _ClassVar[WorkerDeploymentVersionStatus]
DEPLOYMENT_REACHABILITY_UNSPECIFIED: DeploymentReachability
DEPLOYMENT_REACHABILITY_REACHABLE: DeploymentReachability
DEPLOYMENT_REACHABILITY_CLOSED_WORKFLOWS_ONLY: DeploymentReachability
DEPLOYMENT_REACHABILITY_UNREACHABLE: DeploymentReachability
VERSION_DRAINAGE_STATUS_UNSPECIFIED: VersionDrainageStatus
VERSION_DRAINAGE_STATUS_DRAINING: VersionDrainageStatus
VERSION_DRAINAGE_STATUS_DRAINED: VersionDrainageStatus
WORKER_VERSIONING_MODE_UNSPECIFIED: WorkerVersioningMode
WORKER_VERSIONING_MODE_UNVERSIONED: WorkerVersioningMode
WORKER_VERSIONING_MODE_VERSIONED: WorkerVersioningMode
WORKER_DEPLOYMENT_VERSION_STATUS_UNSPECIFIED: WorkerDeploymentVersionStatus
WORKER_DEPLOYMENT_VERSION_STATUS_INACTIVE: WorkerDeploymentVersionStatus
WORKER_DEPLOYMENT_VERSION_STATUS_CURRENT: WorkerDeploymentVersionStatus
WORKER_DEPLOYMENT_VERSION_STATUS_RAMPING: WorkerDeploymentVersionStatus
WORKER_DEPLOYMENT_VERSION_STATUS_DRAINING: WorkerDeploymentVersionStatus
WORKER_DEPLOYMENT_VERSION_STATUS_DRAINED: WorkerDeploymentVersionStatus
WORKER_DEPLOYMENT_VERSION_STATUS_CREATED: WorkerDeploymentVersionStatus
