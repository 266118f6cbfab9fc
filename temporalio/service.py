"""Low-level access to the Temporal server's gRPC services.

Most code uses :mod:`temporalio.client`; this module is for raw RPCs::

    client = await ServiceClient.connect(ConnectConfig("localhost:7233"))
    resp = await client.workflow_service.describe_namespace(
        DescribeNamespaceRequest(namespace="default"), retry=True
    )

Calls run under asyncio or trio (through anyio), honour the enclosing cancel
scopes' deadlines, and are cancelled on the wire when the calling task is.
"""

from temporalio._transport._client import ServiceClient as ServiceClient
from temporalio._transport._config import ConnectConfig as ConnectConfig
from temporalio._transport._config import KeepAliveConfig as KeepAliveConfig
from temporalio._transport._config import RetryConfig as RetryConfig
from temporalio._transport._config import TLSConfig as TLSConfig
from temporalio._transport._errors import RPCError as RPCError
from temporalio._transport._errors import RPCStatusCode as RPCStatusCode
from temporalio._transport._operator_service import OperatorService as OperatorService
from temporalio._transport._test_service import TestService as TestService
from temporalio._transport._workflow_service import WorkflowService as WorkflowService

__all__ = [
    "ConnectConfig",
    "KeepAliveConfig",
    "OperatorService",
    "RPCError",
    "RPCStatusCode",
    "RetryConfig",
    "ServiceClient",
    "TLSConfig",
    "TestService",
    "WorkflowService",
]
