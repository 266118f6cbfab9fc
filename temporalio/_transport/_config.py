"""How to reach a Temporal server: target, TLS, credentials, retries, keepalive."""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

__all__ = ["ConnectConfig", "KeepAliveConfig", "RetryConfig", "TLSConfig"]


@dataclass(frozen=True)
class TLSConfig:
    """TLS settings of the connection.

    Attributes:
        server_root_ca_cert: PEM root certificates to verify the server with;
            None uses gRPC's default roots.
        domain: Name to verify the server's certificate against, instead of
            the host of the target (``grpc.ssl_target_name_override``).
        client_cert: PEM certificate chain of the client, for mutual TLS.
        client_private_key: PEM private key of the client, for mutual TLS.
            Never shown by ``repr``.
    """

    server_root_ca_cert: bytes | None = None
    domain: str | None = None
    client_cert: bytes | None = None
    client_private_key: bytes | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if (self.client_cert is None) != (self.client_private_key is None):
            raise ValueError("client_cert and client_private_key must be given together")


@dataclass(frozen=True)
class RetryConfig:
    """Backoff of the transport's own retries of failed RPCs.

    Only RPCs made with ``retry=True`` are retried, and only on transient
    status codes (``UNAVAILABLE``, ``RESOURCE_EXHAUSTED``, ``ABORTED``,
    ``INTERNAL``, ``UNKNOWN``, ``DATA_LOSS``, ``OUT_OF_RANGE``).  The n-th retry
    waits ``min(initial * multiplier**(n-1), max_interval)`` ± the randomization
    factor; ``RESOURCE_EXHAUSTED`` waits at least a throttling backoff that
    starts at 1 s and doubles up to 10 s.

    Attributes:
        initial_interval_millis: Wait before the first retry.
        randomization_factor: Jitter, as a fraction of each wait.
        multiplier: Growth of the wait from one retry to the next.
        max_interval_millis: Cap of a single wait.
        max_elapsed_time_millis: No retry starts after this long since the
            first attempt.
        max_retries: Most retries (attempts after the first).
    """

    initial_interval_millis: int = 100
    randomization_factor: float = 0.2
    multiplier: float = 1.7
    max_interval_millis: int = 5000
    max_elapsed_time_millis: int = 10000
    max_retries: int = 10


@dataclass(frozen=True)
class KeepAliveConfig:
    """HTTP/2 keepalive pings of the connection.

    Attributes:
        interval_millis: Time between pings.
        timeout_millis: Time to wait for a ping's acknowledgement before the
            connection is considered dead.
    """

    interval_millis: int = 30000
    timeout_millis: int = 15000


def _default_identity() -> str:
    return f"{os.getpid()}@{socket.gethostname()}"


@dataclass
class ConnectConfig:
    """Everything :meth:`ServiceClient.connect` needs.

    Attributes:
        target_host: ``host:port`` of the server's frontend; a leading
            ``http://`` or ``https://`` is dropped.
        tls: False for plaintext, True for TLS with default roots, or a
            :class:`TLSConfig`.
        api_key: Sent as ``authorization: Bearer <api_key>`` on every call.
            Never shown by ``repr``.
        rpc_metadata: Extra gRPC headers sent on every call.  Never shown by
            ``repr`` (headers may carry credentials, e.g. ``authorization``).
        identity: Identity of this process, recorded by the server in
            history events; defaults to ``"<pid>@<hostname>"``.
        retry_config: Backoff of ``retry=True`` calls; None disables retries.
        keep_alive_config: HTTP/2 keepalive; None disables pings.
        connect_timeout: Limit of the first ``GetSystemInfo`` call during
            ``connect`` (including its retries); None for no limit.
        lazy: Skip that first call; the connection is made on first use.
        max_message_size: Largest message sent or received, in bytes.
        max_request_size: Largest request sent, in bytes: a larger one fails
            before it is sent (``RESOURCE_EXHAUSTED``, naming this limit) instead
            of being refused by the server.  The default is the server's own
            limit (gRPC's 4 MiB); raise it only for a server configured higher.
    """

    target_host: str
    tls: bool | TLSConfig = False
    api_key: str | None = field(default=None, repr=False)
    rpc_metadata: Mapping[str, str] = field(default_factory=dict, repr=False)
    identity: str = field(default_factory=_default_identity)
    retry_config: RetryConfig | None = field(default_factory=RetryConfig)
    keep_alive_config: KeepAliveConfig | None = field(default_factory=KeepAliveConfig)
    connect_timeout: timedelta | None = timedelta(seconds=10)
    lazy: bool = False
    max_message_size: int = 128 * 1024 * 1024
    max_request_size: int = 4 * 1024 * 1024

    def __post_init__(self) -> None:
        for scheme in ("http://", "https://"):
            if self.target_host.startswith(scheme):
                self.target_host = self.target_host[len(scheme) :]
                break
        self.target_host = self.target_host.rstrip("/")
