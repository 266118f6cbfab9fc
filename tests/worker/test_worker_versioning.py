"""Worker versioning: a worker with a ``WorkerDeploymentConfig`` reports its version on
its polls and completions; with ``use_worker_versioning`` the server routes by version,
records each workflow's versioning behavior, keeps pinned workflows on their version
and moves auto-upgrade ones to the current one."""

from __future__ import annotations

import uuid
from typing import Any

import anyio
import pytest

from temporalio import workflow
from temporalio.api.enums.v1 import RoutingConfigUpdateState
from temporalio.api.enums.v1 import VersioningBehavior as VersioningBehaviorProto
from temporalio.api.workflowservice.v1 import (
    DescribeWorkerDeploymentRequest,
    DescribeWorkflowExecutionRequest,
    SetWorkerDeploymentCurrentVersionRequest,
)
from temporalio.client import Client, WorkflowHandle
from temporalio.common import VersioningBehavior, WorkerDeploymentVersion
from temporalio.service import RPCError
from temporalio.worker import Worker, WorkerDeploymentConfig
from tests.worker.helpers import new_id


class _Waits:
    def __init__(self) -> None:
        self.go = False
        self.builds: list[str] = []

    @workflow.signal
    def proceed(self, build: str) -> None:
        self.builds.append(build)
        self.go = True

    async def _wait(self) -> list[str]:
        await workflow.wait_condition(lambda: self.go)
        return self.builds


@workflow.defn(name="Versioned", versioning_behavior=VersioningBehavior.PINNED)
class PinnedV1(_Waits):
    @workflow.run
    async def run(self) -> list[str]:
        return ["v1", *await self._wait()]


@workflow.defn(name="Versioned", versioning_behavior=VersioningBehavior.PINNED)
class PinnedV2(_Waits):
    @workflow.run
    async def run(self) -> list[str]:
        return ["v2", *await self._wait()]


@workflow.defn(name="Upgrading", versioning_behavior=VersioningBehavior.AUTO_UPGRADE)
class UpgradingV1(_Waits):
    @workflow.run
    async def run(self) -> list[str]:
        return ["started on v1", *await self._wait()]


@workflow.defn(name="Upgrading", versioning_behavior=VersioningBehavior.AUTO_UPGRADE)
class UpgradingV2(_Waits):
    @workflow.run
    async def run(self) -> list[str]:
        return ["started on v1", *await self._wait()]


@workflow.defn
class NoBehavior:
    @workflow.run
    async def run(self) -> None:
        pass


def _config(name: str, build: str) -> WorkerDeploymentConfig:
    return WorkerDeploymentConfig(
        version=WorkerDeploymentVersion(name, build), use_worker_versioning=True
    )


async def _make_current(client: Client, name: str, build: str) -> None:
    """Wait until the server knows the version (from the worker's polls), make it current."""
    service = client.workflow_service
    with anyio.fail_after(30):
        while True:
            try:
                described = await service.describe_worker_deployment(
                    DescribeWorkerDeploymentRequest(
                        namespace=client.namespace, deployment_name=name
                    )
                )
                builds = [
                    s.deployment_version.build_id
                    for s in described.worker_deployment_info.version_summaries
                ]
                if build in builds:
                    break
            except RPCError:
                pass  # not created yet
            await anyio.sleep(0.2)
        while True:
            try:
                await service.set_worker_deployment_current_version(
                    SetWorkerDeploymentCurrentVersionRequest(
                        namespace=client.namespace,
                        deployment_name=name,
                        build_id=build,
                        identity="test",
                        ignore_missing_task_queues=True,
                    )
                )
                break
            except RPCError as err:  # the version's task queues may still be registering
                if "not" not in str(err).lower():
                    raise
                await anyio.sleep(0.2)
        # The new routing reaches the task queues asynchronously: wait until it has.
        while True:
            info = (
                await service.describe_worker_deployment(
                    DescribeWorkerDeploymentRequest(
                        namespace=client.namespace, deployment_name=name
                    )
                )
            ).worker_deployment_info
            if (
                info.routing_config.current_deployment_version.build_id == build
                and info.routing_config_update_state
                == RoutingConfigUpdateState.ROUTING_CONFIG_UPDATE_STATE_COMPLETED
            ):
                return
            await anyio.sleep(0.1)


async def _versioning(client: Client, handle: WorkflowHandle[Any, Any]) -> Any:
    raw = await client.workflow_service.describe_workflow_execution(
        DescribeWorkflowExecutionRequest(
            namespace=client.namespace, execution={"workflow_id": handle.id}
        )
    )
    return raw.workflow_execution_info.versioning_info


async def test_pinned_stays_and_auto_upgrade_moves(client: Client, task_queue: str) -> None:
    name = f"deploy-{uuid.uuid4().hex[:8]}"
    v1 = Worker(
        client,
        task_queue=task_queue,
        workflows=[PinnedV1, UpgradingV1],
        deployment_config=_config(name, "1.0"),
    )
    v2 = Worker(
        client,
        task_queue=task_queue,
        workflows=[PinnedV2, UpgradingV2],
        deployment_config=_config(name, "2.0"),
    )
    async with v1:
        await _make_current(client, name, "1.0")
        pinned = await client.start_workflow("Versioned", id=new_id(), task_queue=task_queue)
        upgrading = await client.start_workflow("Upgrading", id=new_id(), task_queue=task_queue)
        with anyio.fail_after(20):
            while (await _versioning(client, upgrading)).behavior == 0 or (
                await _versioning(client, pinned)
            ).behavior == 0:
                await anyio.sleep(0.1)
        info = await _versioning(client, pinned)
        assert info.behavior == VersioningBehaviorProto.VERSIONING_BEHAVIOR_PINNED
        assert info.deployment_version.deployment_name == name
        assert info.deployment_version.build_id == "1.0"
        assert (
            await _versioning(client, upgrading)
        ).behavior == VersioningBehaviorProto.VERSIONING_BEHAVIOR_AUTO_UPGRADE
        async with v2:
            await _make_current(client, name, "2.0")
            # The pinned run stays on 1.0 (served by v1); the other moves to 2.0.
            await pinned.signal(PinnedV1.proceed, "after 2.0")
            await upgrading.signal(UpgradingV1.proceed, "after 2.0")
            with anyio.fail_after(30):
                assert await pinned.result() == ["v1", "after 2.0"]
                assert await upgrading.result() == ["started on v1", "after 2.0"]
            assert (await _versioning(client, upgrading)).deployment_version.build_id == "2.0"
            assert (await _versioning(client, pinned)).deployment_version.build_id == "1.0"
            fresh = await client.start_workflow("Versioned", id=new_id(), task_queue=task_queue)
            await fresh.signal(PinnedV2.proceed, "new")
            with anyio.fail_after(30):
                assert await fresh.result() == ["v2", "new"]


async def test_versioning_needs_a_behavior_for_every_workflow(client: Client) -> None:
    with pytest.raises(ValueError, match=r"NoBehavior have no versioning behavior.*PINNED"):
        Worker(
            client,
            task_queue="q",
            workflows=[NoBehavior, PinnedV1],
            deployment_config=_config("d", "1"),
        )
    # A default covers them; an unversioned deployment needs none.
    Worker(
        client,
        task_queue="q",
        workflows=[NoBehavior],
        deployment_config=WorkerDeploymentConfig(
            version=WorkerDeploymentVersion("d", "1"),
            use_worker_versioning=True,
            default_versioning_behavior=VersioningBehavior.AUTO_UPGRADE,
        ),
    )
    Worker(
        client,
        task_queue="q",
        workflows=[NoBehavior],
        deployment_config=WorkerDeploymentConfig(version=WorkerDeploymentVersion("d", "1")),
    )


def test_deployment_version_strings() -> None:
    version = WorkerDeploymentVersion.from_canonical_string("orders.2024-06.1")
    assert version == WorkerDeploymentVersion("orders", "2024-06.1")
    assert version.to_canonical_string() == "orders.2024-06.1"
    with pytest.raises(ValueError, match="not a worker deployment version"):
        WorkerDeploymentVersion.from_canonical_string("orders")
    with pytest.raises(ValueError, match="needs a deployment_name and a build_id"):
        WorkerDeploymentVersion("orders", "")
