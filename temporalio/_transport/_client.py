"""``ServiceClient``: a connection to a Temporal server's frontend."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from types import TracebackType

import anyio
import grpc

import temporalio
from temporalio.api.workflowservice.v1 import request_response_pb2 as rr

from ._config import ConnectConfig, TLSConfig
from ._connection import Connection
from ._errors import RPCError, RPCStatusCode
from ._operator_service import OperatorService
from ._test_service import TestService
from ._workflow_service import WorkflowService

__all__ = ["ServiceClient"]

_GET_SYSTEM_INFO = "/temporal.api.workflowservice.v1.WorkflowService/GetSystemInfo"


def _open_channel(config: ConnectConfig) -> grpc.Channel:
    options: list[tuple[str, str | int]] = [
        ("grpc.max_send_message_length", config.max_message_size),
        ("grpc.max_receive_message_length", config.max_message_size),
        ("grpc.primary_user_agent", f"temporalio-anyio/{temporalio.__version__}"),
    ]
    if config.keep_alive_config is not None:
        options += [
            ("grpc.keepalive_time_ms", config.keep_alive_config.interval_millis),
            ("grpc.keepalive_timeout_ms", config.keep_alive_config.timeout_millis),
            ("grpc.keepalive_permit_without_calls", 1),
            ("grpc.http2.max_pings_without_data", 0),
        ]
    if config.tls is False:
        return grpc.insecure_channel(config.target_host, options=options)
    tls = TLSConfig() if config.tls is True else config.tls
    if tls.domain:
        options.append(("grpc.ssl_target_name_override", tls.domain))
    credentials = grpc.ssl_channel_credentials(
        root_certificates=tls.server_root_ca_cert,
        private_key=tls.client_private_key,
        certificate_chain=tls.client_cert,
    )
    return grpc.secure_channel(config.target_host, credentials, options=options)


class ServiceClient:
    """A connection to a Temporal server, with typed access to its services.

    Create it with :meth:`connect`; close it with :meth:`close` (or use it as
    an async context manager).  One client serves any number of concurrent
    calls from tasks of the event loop that uses it.

    Attributes:
        workflow_service: The ``WorkflowService`` RPCs.
        operator_service: The ``OperatorService`` RPCs.
        test_service: The ``TestService`` RPCs (only the time-skipping test
            server answers them).
    """

    def __init__(self, config: ConnectConfig, connection: Connection) -> None:
        """Wrap an open connection; use :meth:`connect` instead."""
        self._config = config
        self._connection = connection
        self.workflow_service = WorkflowService(connection)
        self.operator_service = OperatorService(connection)
        self.test_service = TestService(connection)
        self._system_info: rr.GetSystemInfoResponse | None = None

    @staticmethod
    async def connect(config: ConnectConfig) -> ServiceClient:
        """Open a connection to ``config.target_host``.

        Unless ``config.lazy``, calls ``GetSystemInfo`` (retrying transient
        failures) to check the server answers, within ``config.connect_timeout``.

        Args:
            config: Where and how to connect.

        Returns:
            The connected client.

        Raises:
            RPCError: The server did not answer in time (``UNAVAILABLE``), or
                refused the call; the message names the target.
        """
        channel = _open_channel(config)
        connection = Connection(
            channel,
            config.target_host,
            retry_config=config.retry_config,
            api_key=config.api_key,
            rpc_metadata=config.rpc_metadata,
            max_request_size=config.max_request_size,
        )
        client = ServiceClient(config, connection)
        if config.lazy:
            return client
        try:
            await client._first_system_info()
        except BaseException:
            connection.close()
            raise
        return client

    async def _first_system_info(self) -> None:
        target = self._config.target_host
        timeout = self._config.connect_timeout
        seconds = None if timeout is None else timeout.total_seconds()
        try:
            with anyio.move_on_after(seconds) as scope:
                await self.get_system_info()
        except RPCError as err:
            raise RPCError(
                f"cannot connect to Temporal server at {target}: {err.message}",
                err.status,
                err.raw_grpc_status,
            ) from None
        if scope.cancelled_caught:
            raise RPCError(
                f"cannot connect to Temporal server at {target}: "
                f"no answer within {seconds:g}s (connect_timeout)",
                RPCStatusCode.UNAVAILABLE,
            )

    @property
    def config(self) -> ConnectConfig:
        """The configuration, with the current ``api_key`` and ``rpc_metadata``."""
        return self._config

    @property
    def api_key(self) -> str | None:
        """API key sent as ``authorization: Bearer <key>``; settable at run time."""
        return self._connection.api_key

    @api_key.setter
    def api_key(self, value: str | None) -> None:
        self._connection.api_key = value
        self._config = dataclasses.replace(self._config, api_key=value)

    @property
    def rpc_metadata(self) -> Mapping[str, str]:
        """Headers added to every call; settable at run time (replaces all)."""
        return self._connection.rpc_metadata

    @rpc_metadata.setter
    def rpc_metadata(self, value: Mapping[str, str]) -> None:
        self._connection.rpc_metadata = value
        self._config = dataclasses.replace(self._config, rpc_metadata=dict(value))

    async def get_system_info(self) -> rr.GetSystemInfoResponse:
        """The server's version and capabilities (cached after the first success).

        Returns:
            The ``GetSystemInfo`` response.

        Raises:
            RPCError: The call failed (after retries).
        """
        info = self._system_info
        if info is None:
            info = await self._connection.call(
                _GET_SYSTEM_INFO,
                rr.GetSystemInfoRequest(),
                rr.GetSystemInfoResponse,
                True,
                None,
                None,
            )
            self._system_info = info
        return info

    @property
    def capabilities(self) -> rr.GetSystemInfoResponse.Capabilities | None:
        """The server's capabilities, or None before ``GetSystemInfo`` succeeded."""
        info = self._system_info
        return None if info is None else info.capabilities

    @property
    def server_version(self) -> str | None:
        """The server's version, or None before ``GetSystemInfo`` succeeded."""
        info = self._system_info
        return None if info is None else info.server_version

    async def close(self) -> None:
        """Close the connection; calls in flight fail with ``CANCELLED``."""
        self._connection.close()

    async def __aenter__(self) -> ServiceClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
