"""``WorkerDeploymentConfig``: which deployment version a worker is, and whether the
server routes tasks by version (worker versioning)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from temporalio._common._versioning import VersioningBehavior, WorkerDeploymentVersion
from temporalio.api.deployment.v1 import WorkerDeploymentOptions
from temporalio.api.enums.v1 import WorkerVersioningMode
from temporalio.api.workflowservice.v1 import RespondWorkflowTaskCompletedRequest
from temporalio.workflow._definition import WorkflowDefinition

__all__ = ["WorkerDeploymentConfig", "check_behaviors", "stamp_completion"]


@dataclass(frozen=True)
class WorkerDeploymentConfig:
    """The worker's deployment version, sent with every poll and task completion.

    With ``use_worker_versioning`` the server sends this worker only tasks of its
    version: new workflows once the version is made current (or ramping) in the
    deployment (``temporal worker deployment set-current-version``, or the
    ``SetWorkerDeploymentCurrentVersion`` RPC), and tasks of workflows pinned to it.
    Every workflow then needs a versioning behavior: ``@workflow.defn(
    versioning_behavior=...)`` or ``default_versioning_behavior`` here.
    Without it the version is only reported (for the UI and describe).
    """

    version: WorkerDeploymentVersion
    """This worker's deployment name and build ID."""
    use_worker_versioning: bool = False
    """Let the server route tasks by version."""
    default_versioning_behavior: VersioningBehavior = VersioningBehavior.UNSPECIFIED
    """Behavior of workflows whose definition sets none."""

    def __post_init__(self) -> None:
        """Check the fields."""
        if not isinstance(self.version, WorkerDeploymentVersion):
            raise TypeError(
                "WorkerDeploymentConfig.version must be a "
                f"temporalio.common.WorkerDeploymentVersion, got {self.version!r}"
            )
        if not isinstance(self.default_versioning_behavior, VersioningBehavior):
            raise TypeError(
                "WorkerDeploymentConfig.default_versioning_behavior must be a "
                f"temporalio.common.VersioningBehavior, got {self.default_versioning_behavior!r}"
            )

    @cached_property
    def options(self) -> WorkerDeploymentOptions:
        """The ``deployment_options`` of polls and completions (made once; callers
        copy it into their requests)."""
        mode = (
            WorkerVersioningMode.WORKER_VERSIONING_MODE_VERSIONED
            if self.use_worker_versioning
            else WorkerVersioningMode.WORKER_VERSIONING_MODE_UNVERSIONED
        )
        return WorkerDeploymentOptions(
            deployment_name=self.version.deployment_name,
            build_id=self.version.build_id,
            worker_versioning_mode=mode,
        )


def check_behaviors(
    config: WorkerDeploymentConfig, definitions: Iterable[WorkflowDefinition]
) -> None:
    """With worker versioning, every workflow needs a versioning behavior.

    Raises:
        ValueError: Some workflow has none and the config gives no default (the
            message names them and the two fixes).
    """
    if not config.use_worker_versioning:
        return
    if config.default_versioning_behavior != VersioningBehavior.UNSPECIFIED:
        return
    missing = [
        d.cls.__qualname__
        for d in definitions
        if d.versioning_behavior == VersioningBehavior.UNSPECIFIED
    ]
    if missing:
        raise ValueError(
            f"worker versioning is on (deployment {config.version.to_canonical_string()!r}) "
            f"but workflow(s) {', '.join(missing)} have no versioning behavior: pass "
            "@workflow.defn(versioning_behavior=VersioningBehavior.PINNED or AUTO_UPGRADE), "
            "or WorkerDeploymentConfig(default_versioning_behavior=...)"
        )


def stamp_completion(
    req: RespondWorkflowTaskCompletedRequest,
    config: WorkerDeploymentConfig,
    definition: WorkflowDefinition | None,
) -> None:
    """Set a workflow task completion's deployment options and, with worker
    versioning, the workflow's versioning behavior (its own, or the default)."""
    req.deployment_options.CopyFrom(config.options)
    if not config.use_worker_versioning:
        return
    behavior = config.default_versioning_behavior
    if definition is not None and definition.versioning_behavior:
        behavior = definition.versioning_behavior
    req.versioning_behavior = int(behavior)  # type: ignore[assignment]
