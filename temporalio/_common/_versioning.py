"""Worker versioning: deployment versions and workflow versioning behaviors."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

__all__ = ["VersioningBehavior", "WorkerDeploymentVersion"]


class VersioningBehavior(IntEnum):
    """How a workflow moves between versions of a worker deployment (the values are
    those of the API's ``VersioningBehavior``)."""

    UNSPECIFIED = 0
    """Not set: the worker's default applies (an unversioned worker needs none)."""
    PINNED = 1
    """The workflow stays on the deployment version it started on, until it ends."""
    AUTO_UPGRADE = 2
    """The workflow moves to the deployment's current version at its next task."""


@dataclass(frozen=True)
class WorkerDeploymentVersion:
    """One version (build) of a worker deployment."""

    deployment_name: str
    """Name of the deployment (e.g. the service's name)."""
    build_id: str
    """Build of the workers' code (e.g. a git SHA or a release number)."""

    def __post_init__(self) -> None:
        """Check the fields."""
        if not self.deployment_name or not self.build_id:
            raise ValueError(
                "WorkerDeploymentVersion needs a deployment_name and a build_id, got "
                f"{self.deployment_name!r} and {self.build_id!r}"
            )

    def to_canonical_string(self) -> str:
        """``deployment_name.build_id``, the form the CLI and the UI show."""
        return f"{self.deployment_name}.{self.build_id}"

    @staticmethod
    def from_canonical_string(text: str) -> WorkerDeploymentVersion:
        """Parse ``deployment_name.build_id`` (split at the first dot).

        Raises:
            ValueError: ``text`` has no dot, or an empty part.
        """
        name, dot, build = text.partition(".")
        if not dot:
            raise ValueError(f"{text!r} is not a worker deployment version (deployment.build)")
        return WorkerDeploymentVersion(name, build)
