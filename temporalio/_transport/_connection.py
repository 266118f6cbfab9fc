"""One gRPC channel and the single code path every unary RPC goes through.

A call starts the RPC with grpcio's sync multi-callable ``.future()`` and parks
the calling anyio task in :func:`temporalio._compat._wake.wait_done` until
grpcio's channel thread reports completion.  So:

* the RPC's deadline is ``min(timeout, time left in the enclosing anyio cancel
  scopes)``, sent to the server;
* cancelling the task cancels the RPC on the wire (``future.cancel()``) and
  returns at once;
* a lost completion callback cannot hang the caller: the wait is limited to
  the deadline plus :data:`_GRACE`.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any, TypeVar

import anyio
import grpc
from google.protobuf.message import Message

import temporalio
from temporalio._compat._wake import wait_done

from ._config import RetryConfig
from ._errors import RPCError, RPCStatusCode

__all__ = ["Connection", "is_message_too_large", "to_rpc_error"]

_M = TypeVar("_M", bound=Message)

Metadata = tuple[tuple[str, str], ...]

CLIENT_NAME = "temporalio-anyio"
"""Value of the ``client-name`` header: not a name the server version-checks,
and not ``temporal-cli``/``temporal-ui``, which get filtered histories."""

_GRACE = 1.0

_KEEPER_PATH = "/grpc.health.v1.Health/Watch"
"""A server-streaming call that stays open: see :meth:`Connection._keep_spinning`."""

_KEEPER_RETRY = 5.0
"""Seconds between attempts to re-open the keeper call after it ended."""
"""Seconds past an RPC's own deadline that we still wait for grpcio to report."""

_CLOCK_SLACK = 0.1
"""grpcio and anyio may disagree this much (seconds) on when a deadline passes."""

_DEADLINE_ENDINGS = frozenset({RPCStatusCode.DEADLINE_EXCEEDED, RPCStatusCode.CANCELLED})
"""How an RPC bounded by the enclosing scope's deadline ends when that deadline passes."""

_RETRYABLE = frozenset(
    {
        RPCStatusCode.UNAVAILABLE,
        RPCStatusCode.RESOURCE_EXHAUSTED,
        RPCStatusCode.ABORTED,
        RPCStatusCode.INTERNAL,
        RPCStatusCode.UNKNOWN,
        RPCStatusCode.DATA_LOSS,
        RPCStatusCode.OUT_OF_RANGE,
    }
)

# Throttling backoff, applied at least on RESOURCE_EXHAUSTED (as Temporal's
# core SDK does): 1 s, doubling, capped at 10 s.
_THROTTLE_INITIAL = 1.0
_THROTTLE_MULTIPLIER = 2.0
_THROTTLE_MAX = 10.0

_STATUS_OF_GRPC_CODE: dict[grpc.StatusCode, RPCStatusCode] = {
    code: RPCStatusCode(code.value[0]) for code in grpc.StatusCode
}

_DETAILS_KEY = "grpc-status-details-bin"

DEFAULT_MAX_REQUEST_SIZE = 4 * 1024 * 1024
"""The server's gRPC receive limit unless configured otherwise (grpc-go's default)."""

_TOO_LARGE_MARKERS = ("larger than max", "message limit")
"""Said by a RESOURCE_EXHAUSTED error about the size of a message: grpc-go's
"received message larger than max (N vs. M)", grpcio's "Sent message larger than
max", and our own refusal (:meth:`Connection.call`)."""

_BLOB_LIMIT_MESSAGE = "Blob data size exceeds limit"
_BLOB_LIMIT_HINT = (
    " (the server refuses any single payload over its blob size limit, "
    "limit.blobSize.error: 2 MiB by default; pass large data by reference)"
)

_Callable = Any
"""A grpcio ``UnaryUnaryMultiCallable`` (typed loosely: grpc-stubs lacks
``_registered_method`` and mistypes metadata)."""


def to_rpc_error(err: grpc.RpcError) -> RPCError:
    """Convert a failed grpcio call into an :class:`RPCError`."""
    status = _STATUS_OF_GRPC_CODE.get(err.code(), RPCStatusCode.UNKNOWN)
    raw: bytes | None = None
    trailers: Sequence[tuple[str, str | bytes]] = err.trailing_metadata() or ()  # type: ignore[assignment]
    for key, value in trailers:
        if key == _DETAILS_KEY and isinstance(value, bytes):
            raw = value
            break
    message = err.details() or status.name
    if status is RPCStatusCode.INVALID_ARGUMENT and message.startswith(_BLOB_LIMIT_MESSAGE):
        message += _BLOB_LIMIT_HINT
    return RPCError(message, status, raw)


def is_message_too_large(err: RPCError) -> bool:
    """Whether ``err`` says a request (or its answer) exceeded a gRPC size limit.

    Such an error is final: sending the same message again fails the same way.
    """
    return err.status is RPCStatusCode.RESOURCE_EXHAUSTED and any(
        marker in err.message for marker in _TOO_LARGE_MARKERS
    )


def backoff_seconds(config: RetryConfig, retry: int, status: RPCStatusCode) -> float:
    """Jittered wait before the ``retry``-th retry (1-based) after ``status``."""
    interval = min(
        config.initial_interval_millis / 1000 * config.multiplier ** (retry - 1),
        config.max_interval_millis / 1000,
    )
    if status is RPCStatusCode.RESOURCE_EXHAUSTED:
        throttle = min(_THROTTLE_INITIAL * _THROTTLE_MULTIPLIER ** (retry - 1), _THROTTLE_MAX)
        interval = max(interval, throttle)
    jitter = config.randomization_factor
    return max(0.0, interval * (1.0 + random.uniform(-jitter, jitter)))


async def _yield_to_enclosing_deadline() -> None:
    """Wait (briefly) for the enclosing cancel scope to cancel this task.

    Called when the scope's deadline has passed, so that the scope ends the
    call with its own exception (``fail_after`` raises TimeoutError,
    ``move_on_after`` moves on) rather than an RPCError.  Returns only if
    nothing cancelled the task within :data:`_GRACE`.
    """
    with anyio.move_on_after(_GRACE):
        await anyio.sleep_forever()


class Connection:
    """A grpcio channel plus the headers, retries and deadlines of every call.

    Not thread-safe: use it from one event loop (grpcio's own thread only ever
    runs the wake-up callback).
    """

    def __init__(
        self,
        channel: grpc.Channel,
        target: str,
        *,
        retry_config: RetryConfig | None,
        api_key: str | None,
        rpc_metadata: Mapping[str, str],
        max_request_size: int = DEFAULT_MAX_REQUEST_SIZE,
    ) -> None:
        """Wrap ``channel`` (which this object then owns and closes)."""
        self._channel = channel
        self.target = target
        self._max_request_size = max_request_size
        self._retry_config = retry_config
        self._api_key = api_key
        self._rpc_metadata: dict[str, str] = dict(rpc_metadata)
        self._closed = False
        # path -> (multi-callable, whether the request has a ``namespace``).
        # Filled on first use of each method, never invalidated.
        self._callables: dict[str, tuple[_Callable, bool]] = {}
        # Headers of every call, rebuilt whenever api_key or rpc_metadata
        # change; ``_by_namespace`` caches them plus ``temporal-namespace``.
        self._headers: dict[str, str] = {}
        self._metadata: Metadata = ()
        self._by_namespace: dict[str, Metadata] = {}
        self._rebuild_headers()
        # The open keeper call (or None) and when we may try to open it again.
        self._keeper: Any = None
        self._keeper_retry_at = 0.0

    # --- headers -----------------------------------------------------------

    @property
    def api_key(self) -> str | None:
        """API key sent as ``authorization: Bearer <key>``."""
        return self._api_key

    @api_key.setter
    def api_key(self, value: str | None) -> None:
        self._api_key = value
        self._rebuild_headers()

    @property
    def rpc_metadata(self) -> Mapping[str, str]:
        """Extra headers sent on every call (a copy)."""
        return dict(self._rpc_metadata)

    @rpc_metadata.setter
    def rpc_metadata(self, value: Mapping[str, str]) -> None:
        self._rpc_metadata = dict(value)
        self._rebuild_headers()

    def _rebuild_headers(self) -> None:
        headers = {"client-name": CLIENT_NAME, "client-version": temporalio.__version__}
        headers.update((key.lower(), value) for key, value in self._rpc_metadata.items())
        if self._api_key:
            headers["authorization"] = f"Bearer {self._api_key}"
        self._headers = headers
        self._metadata = tuple(headers.items())
        self._by_namespace = {}

    def _metadata_for(self, namespace: str, extra: Mapping[str, str] | None) -> Metadata:
        if extra is None:
            if not namespace:
                return self._metadata
            metadata = self._by_namespace.get(namespace)
            if metadata is None:
                if len(self._by_namespace) > 64:
                    self._by_namespace.clear()
                metadata = (*self._metadata, ("temporal-namespace", namespace))
                self._by_namespace[namespace] = metadata
            return metadata
        headers = dict(self._headers)
        if namespace:
            headers["temporal-namespace"] = namespace
        headers.update((key.lower(), value) for key, value in extra.items())
        return tuple(headers.items())

    # --- calls -------------------------------------------------------------

    def _callable(
        self, path: str, req: Message, resp_type: type[Message]
    ) -> tuple[_Callable, bool]:
        entry = self._callables.get(path)
        if entry is None:
            callable_ = self._channel.unary_unary(  # type: ignore[call-arg]
                path,
                request_serializer=type(req).SerializeToString,
                response_deserializer=resp_type.FromString,
                _registered_method=True,
            )
            has_namespace = "namespace" in req.DESCRIPTOR.fields_by_name
            entry = (callable_, has_namespace)
            self._callables[path] = entry
        return entry

    async def call(
        self,
        path: str,
        req: Message,
        resp_type: type[_M],
        retry: bool,
        metadata: Mapping[str, str] | None,
        timeout: timedelta | None,
    ) -> _M:
        """Make one unary RPC, retrying transient failures if ``retry``.

        Args:
            path: ``/<package>.<Service>/<Method>``.
            req: The request message.
            resp_type: The response message class.
            retry: Retry transient failures per the retry config.
            metadata: Extra headers for this call only.
            timeout: Deadline of each attempt; the enclosing anyio cancel
                scopes limit the whole call in any case.

        Returns:
            The response.

        Raises:
            RPCError: The RPC failed (after any retries), or the request is
                larger than ``max_request_size`` (``RESOURCE_EXHAUSTED``, not
                sent).
        """
        if self._closed:
            raise RPCError(f"connection to {self.target} is closed", RPCStatusCode.CANCELLED)
        size = req.ByteSize()
        if size > self._max_request_size:
            # The server would refuse it (RESOURCE_EXHAUSTED) after receiving it
            # all; say so now, with the limit, and do not retry.
            method = path.rpartition("/")[2]
            raise RPCError(
                f"{method} request of {size} bytes not sent: over the {self._max_request_size}-byte "
                f"gRPC message limit of the server ({self._max_request_size / 2**20:g} MiB, "
                "ConnectConfig.max_request_size); make payloads smaller or pass large data "
                "by reference",
                RPCStatusCode.RESOURCE_EXHAUSTED,
            )
        if self._keeper is None:
            self._keep_spinning()
        callable_, has_namespace = self._callable(path, req, resp_type)
        namespace: str = req.namespace if has_namespace else ""  # type: ignore[attr-defined]
        md = self._metadata_for(namespace, metadata)
        seconds = None if timeout is None else timeout.total_seconds()
        if not retry or self._retry_config is None:
            result: _M = await self._attempt(callable_, req, md, seconds)
            return result
        retried: _M = await self._call_with_retries(callable_, req, md, seconds, self._retry_config)
        return retried

    async def _call_with_retries(
        self,
        callable_: _Callable,
        req: Message,
        md: Metadata,
        timeout: float | None,
        config: RetryConfig,
    ) -> Any:
        started = time.monotonic()
        retries = 0
        while True:
            try:
                return await self._attempt(callable_, req, md, timeout)
            except RPCError as err:
                if (
                    err.status not in _RETRYABLE
                    or retries >= config.max_retries
                    or is_message_too_large(err)
                ):
                    raise
                retries += 1
                delay = backoff_seconds(config, retries, err.status)
                elapsed = time.monotonic() - started
                if elapsed + delay > config.max_elapsed_time_millis / 1000:
                    raise
                # Do not sleep into the enclosing deadline: the error is a
                # better answer than a timeout with no cause.
                if anyio.current_time() + delay >= anyio.current_effective_deadline():
                    raise
            await anyio.sleep(delay)

    async def _attempt(
        self, callable_: _Callable, req: Message, md: Metadata, timeout: float | None
    ) -> Any:
        deadline = anyio.current_effective_deadline()
        scope_bound = False  # the enclosing cancel scope sets the RPC deadline
        if deadline != math.inf:
            remaining = deadline - anyio.current_time()
            if remaining <= 0:
                # Already cancelled or past the deadline: let the scope act.
                await _yield_to_enclosing_deadline()
                raise RPCError("deadline already passed", RPCStatusCode.DEADLINE_EXCEEDED)
            if timeout is None or remaining < timeout:
                timeout = remaining
                scope_bound = True
        future = callable_.future(req, timeout=timeout, metadata=md)
        # With a scope-bound deadline, the scope itself stops the wait.
        guard = None if timeout is None or scope_bound else timeout + _GRACE
        if not await wait_done(future, guard):
            future.cancel()
            raise RPCError(
                f"no reply from {self.target} within {timeout:.3f}s (+{_GRACE}s)",
                RPCStatusCode.DEADLINE_EXCEEDED,
            )
        try:
            return future.result()
        except grpc.RpcError as err:
            error = to_rpc_error(err)
        except grpc.FutureCancelledError:
            # Someone else cancelled it (the channel was closed under us).
            error = RPCError(f"call to {self.target} was cancelled", RPCStatusCode.CANCELLED)
        if (
            scope_bound
            and error.status in _DEADLINE_ENDINGS
            and deadline - anyio.current_time() < _CLOCK_SLACK
        ):
            # grpcio noticed the scope's deadline a hair before anyio did (the server
            # may also reset the stream at that deadline: CANCELLED).
            await _yield_to_enclosing_deadline()
        raise error

    def _keep_spinning(self) -> None:
        """Keep one call open on the channel so grpcio keeps its polling thread.

        grpcio serves ``.future()`` calls from a thread that exits whenever the
        channel has no call in flight, and starts a new one for the next call:
        a thread per call for a client making calls one after another, which
        costs about a third of the CPU of a small call. A health ``Watch``
        stream stays open for the life of the connection and keeps that thread
        alive. A server without the health service just ends the call; we try
        again at most every few seconds, so nothing else changes.
        """
        now = time.monotonic()
        if self._closed or now < self._keeper_retry_at:
            return
        self._keeper_retry_at = now + _KEEPER_RETRY
        try:
            watch = self._channel.unary_stream(
                _KEEPER_PATH,
                request_serializer=_identity_bytes,
                response_deserializer=_identity_bytes,
            )
            # An empty HealthCheckRequest (service "") serializes to no bytes.
            keeper = watch(b"", metadata=self._metadata)
        except Exception:
            return
        self._keeper = keeper

        def ended(_: object) -> None:
            # grpcio's thread; a plain attribute store is atomic.
            if self._keeper is keeper:
                self._keeper = None

        keeper.add_done_callback(ended)  # type: ignore[attr-defined]

    def close(self) -> None:
        """Close the channel; RPCs in flight fail with ``CANCELLED``."""
        if not self._closed:
            self._closed = True
            keeper, self._keeper = self._keeper, None
            if keeper is not None:
                keeper.cancel()
            self._channel.close()


def _identity_bytes(value: bytes) -> bytes:
    return value
