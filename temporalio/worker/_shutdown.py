"""Server-assisted ending of a stopping worker's polls.

A worker that cancels its long polls when it stops can lose a task: the server
may hand one to a poll at the moment the worker cancels it, and the task then
waits for its timeout (an activity's start-to-close timeout may be hours).
Servers whose namespace reports the ``worker_poll_complete_on_shutdown``
capability avoid that: every poll carries the worker's ``worker_instance_key``,
and ``ShutdownWorker`` with that key makes the server answer the worker's
outstanding polls at once, empty, and send it nothing more. The worker then lets
its polls end by themselves, runs whatever they brought, and polls no more.

Without the capability, or when ``ShutdownWorker`` fails, the worker cancels its
polls as before.
"""

from __future__ import annotations

import logging

import anyio

from temporalio.api.enums.v1 import TaskQueueType
from temporalio.api.workflowservice.v1 import DescribeNamespaceRequest, ShutdownWorkerRequest
from temporalio.client import Client
from temporalio.service import RPCError

__all__ = ["POLL_DRAIN_LIMIT", "send_shutdown_worker", "server_completes_polls_on_shutdown"]

logger = logging.getLogger(__name__)

POLL_DRAIN_LIMIT = 10.0
"""Seconds a stopping worker waits for the server to end its polls before
cancelling them itself."""

_RPC_LIMIT = 5.0


async def server_completes_polls_on_shutdown(client: Client) -> bool:
    """Whether the client's namespace reports ``worker_poll_complete_on_shutdown``.

    False when the server cannot say (an older server, or ``DescribeNamespace``
    failing): the worker then cancels its polls when it stops.
    """
    try:
        with anyio.fail_after(_RPC_LIMIT):
            resp = await client.workflow_service.describe_namespace(
                DescribeNamespaceRequest(namespace=client.namespace), retry=True
            )
    except (RPCError, TimeoutError) as err:
        logger.debug("DescribeNamespace failed; polls are cancelled on shutdown: %s", err)
        return False
    return bool(resp.namespace_info.capabilities.worker_poll_complete_on_shutdown)


async def send_shutdown_worker(
    client: Client,
    *,
    task_queue: str,
    identity: str,
    instance_key: str,
    sticky_queue: str,
    workflows: bool,
    activities: bool,
) -> bool:
    """Tell the server this worker stops, so that it ends the worker's polls.

    Returns:
        Whether the server accepted it (if not, the caller cancels its polls).
    """
    types = []
    if workflows:
        types.append(TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW)
    if activities:
        types.append(TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY)
    req = ShutdownWorkerRequest(
        namespace=client.namespace,
        sticky_task_queue=sticky_queue,
        identity=identity,
        reason="graceful shutdown",
        worker_instance_key=instance_key,
        task_queue=task_queue,
        task_queue_types=types,
    )
    try:
        with anyio.fail_after(_RPC_LIMIT):
            await client.workflow_service.shutdown_worker(req)
    except (RPCError, TimeoutError) as err:
        logger.warning(
            "ShutdownWorker for task queue %r failed, cancelling the worker's polls "
            "(a task the server was handing over at that moment is retried after its "
            "timeout): %s",
            task_queue,
            err,
        )
        return False
    return True
